"""The gradient of a loss summed over data: L = Σᵢ ℓ(params; dataᵢ), ∇L in the parameters."""

from __future__ import annotations

import logging

import sympy as sp

from ..errors import ParseError, TooHard
from ..problem import Problem
from ..render import inline
from ..solution import Solution, Step
from .check import Real, at_point, checked, point_text, solution, tidy
from .matrices import partial_entries

logger = logging.getLogger(__name__)

MAX_ROWS = 50


def _tidy_sum(expr: sp.Expr, params: tuple[sp.Symbol, ...]) -> sp.Expr:
    """Expanded when the result is a polynomial in the parameters (as for squared error)."""
    return sp.expand(expr) if expr.is_polynomial(*params) else tidy(expr)


def loss_gradient(problem: Problem) -> Solution:
    """∂L/∂θ for each parameter θ, as a column matrix in the parameters' order."""
    real = Real(problem)
    if problem.expr is None or not problem.variables:
        raise ParseError("I need the loss and its parameters.",
                         "e.g. gradient of (y - (w x + b))^2 wrt w, b for data (1, 2), (2, 3)")
    loss = real(problem.expr)
    params = tuple(real(v) for v in problem.variables)
    rows = [real(dict(r)) for r in problem.options.get("data") or []]
    if len(rows) > MAX_ROWS:
        raise TooHard(f"I work through at most {MAX_ROWS} data points step by step.")
    per_sample, steps, notes = partial_entries(loss, params, "ℓ")
    steps[-1].title = f"Derivatives of the per-sample loss ℓ = {inline(loss)}"
    if rows:
        total = sp.Add(*[loss.subs(r) for r in rows])
        steps.insert(0, Step("The total loss", [
            f"L = Σ ℓ over {len(rows)} data point" + ("s" if len(rows) > 1 else ""),
            *[f"point {i}: {point_text(r)}" for i, r in enumerate(rows, 1)],
        ], why="The gradient of a sum is the sum of the gradients."))
        entries = []
        for p, d in zip(params, per_sample, strict=True):
            parts = [d.subs(r) for r in rows]
            summed = _tidy_sum(sp.Add(*parts), params)
            entries.append(summed)
            steps.append(Step(f"∂L/∂{inline(p)}: add the data points", [
                " + ".join(f"({inline(part)})" for part in parts), f"= {inline(summed)}",
            ], detail=len(rows) > 6))
    else:
        total = loss
        entries = [_tidy_sum(d, params) for d in per_sample]
        notes.append("No data given: this is the gradient of the loss for one sample.")
    grad = sp.Matrix(entries)
    grad = checked(grad, sp.Matrix([sp.diff(total, p) for p in params]), "the loss gradient",
                   notes)
    steps.append(Step("Gradient of the loss", ["∇L =", grad],
                      why="in the order " + ", ".join(inline(p) for p in params)))
    answer, text = grad, ""
    if problem.point:
        point = real(problem.point)
        answer = at_point(grad, point)
        steps.append(Step(f"At {point_text(point)}", ["∇L =", answer],
                          why="A gradient-descent step moves the parameters against this."))
        text = f"∇L at {point_text(point)} = {inline(answer)}"
    return solution(problem, real, answer, steps, notes, text)
