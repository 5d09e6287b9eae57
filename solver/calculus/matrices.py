"""Solvers for gradient, jacobian and hessian problems: each entry, then the assembled matrix."""

from __future__ import annotations

import logging

import sympy as sp

from ..errors import TooHard
from ..problem import Problem
from ..render import headline, inline
from ..solution import Solution, Step
from .check import Real, at_point, checked, point_text, same, solution, variables_of
from .derivatives import differentiate

logger = logging.getLogger(__name__)

MAX_VARS = 6


def held(expr: sp.Expr, var: sp.Symbol) -> str:
    """'y, a held constant' for a partial derivative in ``var``."""
    others = sorted(s.name for s in expr.free_symbols if s != var)
    return f"{', '.join(others)} held constant" if others else ""


def partial_entries(f: sp.Expr, variables: tuple[sp.Symbol, ...], name: str = "f",
                    direct: list[sp.Expr] | None = None
                    ) -> tuple[list[sp.Expr], list[Step], list[str]]:
    """∂f/∂v for each variable: the rule working as detail steps, one short summary step.
    ``direct``: SymPy's own ∂f/∂v for each v, when the caller has them (each entry is checked
    against it instead of differentiating again)."""
    results, steps, notes, lines = [], [], [], []
    for k, v in enumerate(variables):
        d, sub, sub_notes = differentiate(f, v, partial=True, detail=True,
                                          direct=None if direct is None else direct[k])
        results.append(d)
        steps += sub
        notes += [n for n in sub_notes if n not in notes]
        why = held(f, v)
        lines.append(f"∂{name}/∂{inline(v)} = {inline(d)}" + (f"   ({why})" if why else ""))
    steps.append(Step(f"Partial derivatives of {name} = {inline(f)}", lines))
    return results, steps, notes


def _setup(problem: Problem, real: Real) -> tuple[sp.Expr, tuple[sp.Symbol, ...]]:
    if problem.expr is None:
        raise TooHard("I need a function f(x, y, ...) for this.")
    f = real(problem.expr)
    variables = tuple(real(v) for v in variables_of(problem, [f]))
    if len(variables) > MAX_VARS:
        raise TooHard(f"I work with at most {MAX_VARS} variables step by step.")
    return f, variables


def _at(problem: Problem, real: Real, matrix: sp.Matrix, name: str, steps: list[Step]
        ) -> tuple[sp.Matrix, str]:
    """The matrix evaluated at the problem's point (when given) and the answer text."""
    if not problem.point:
        return matrix, ""
    point = real(problem.point)
    value = at_point(matrix, point)
    steps.append(Step(f"At {point_text(point)}", [f"{name} =", value]))
    shown = headline(value)
    return value, f"{name} at {point_text(point)} {'' if shown.startswith('≈') else '= '}{shown}"


def gradient(problem: Problem) -> Solution:
    """∇f as a column of partial derivatives (evaluated at the point when one is given)."""
    real = Real(problem)
    f, variables = _setup(problem, real)
    direct = [sp.diff(f, v) for v in variables]  # SymPy's own, once: each entry's check
    entries, steps, notes = partial_entries(f, variables, direct=direct)
    grad = sp.Matrix(entries)
    grad = checked(grad, sp.Matrix(direct), "the gradient", notes, implied=True)
    steps.append(Step("Assemble the gradient", ["∇f =", grad],
                      why="One partial derivative per variable, in order "
                      + ", ".join(inline(v) for v in variables) + "."))
    answer, text = _at(problem, real, grad, "∇f", steps)
    return solution(problem, real, answer, steps, notes, text)


def jacobian(problem: Problem) -> Solution:
    """J with rows the component functions and columns the variables."""
    real = Real(problem)
    exprs = [real(e) for e in problem.exprs] or ([real(problem.expr)] if problem.expr is not None
                                                  else [])
    if not exprs:
        raise TooHard("I need the component functions, e.g. jacobian of (x^2 y, x + y).")
    variables = tuple(real(v) for v in variables_of(problem, exprs))
    if len(variables) > MAX_VARS or len(exprs) > MAX_VARS:
        raise TooHard(f"I work with at most {MAX_VARS} functions and variables step by step.")
    direct = sp.Matrix(exprs).jacobian(list(variables))  # SymPy's own, once
    rows, steps, notes = [], [], []
    for i, e in enumerate(exprs, 1):
        name = f"f{i}" if len(exprs) > 1 else "f"
        row, sub, sub_notes = partial_entries(e, variables, name,
                                              direct=list(direct.row(i - 1)))
        sub[-1].title = f"Row {i}: partial derivatives of {name} = {inline(e)}"
        rows.append(row)
        steps += sub
        notes += [n for n in sub_notes if n not in notes]
    jac = sp.Matrix(rows)
    jac = checked(jac, direct, "the Jacobian", notes, implied=True)
    steps.append(Step("Assemble the Jacobian", ["J =", jac],
                      why="Row i holds the partial derivatives of fᵢ; the columns are "
                      + ", ".join(inline(v) for v in variables) + " in order."))
    answer, text = _at(problem, real, jac, "J", steps)
    return solution(problem, real, answer, steps, notes, text)


def hessian(problem: Problem) -> Solution:
    """H[i, j] = ∂²f/∂xᵢ∂xⱼ: the gradient first, then each second derivative."""
    real = Real(problem)
    f, variables = _setup(problem, real)
    n = len(variables)
    # SymPy's own, once: ∂f/∂xᵢ, then H[i, j] = ∂/∂xⱼ of it for j ≥ i, mirrored (what
    # sympy.hessian computes, without differentiating f again for every j)
    grad = [sp.diff(f, v) for v in variables]
    direct = sp.Matrix(n, n, lambda i, j: grad[min(i, j)].diff(variables[max(i, j)]))
    first, steps, notes = partial_entries(f, variables, direct=grad)
    entries: dict[tuple[int, int], sp.Expr] = {}
    lines = []
    for i in range(n):
        for j in range(i, n):
            d, sub, sub_notes = differentiate(first[i], variables[j], partial=True,
                                              detail=True, direct=direct[i, j])
            notes += [note for note in sub_notes if note not in notes]
            entries[i, j] = entries[j, i] = d
            steps += sub
            label = f"∂²f/∂{inline(variables[i])}∂{inline(variables[j])}"
            if i == j:
                label = f"∂²f/∂{inline(variables[i])}²"
            lines.append(f"{label} = {inline(d)}")
    steps.append(Step("Second partial derivatives", lines))
    # The other order of each mixed partial, for the symmetry statement: ∂/∂xᵢ of SymPy's
    # ∂f/∂xⱼ against H[i, j] = ∂/∂xⱼ of its ∂f/∂xᵢ (both from f; SymPy's raw forms are most
    # often equal as written, where our tidied ∂f/∂xⱼ needed a proof)
    symmetric = all(same(grad[j].diff(variables[i]), direct[i, j])
                    for i in range(n) for j in range(i + 1, n))
    hess = sp.Matrix(n, n, lambda i, j: entries[i, j])
    hess = checked(hess, direct, "the Hessian", notes, implied=True)
    why = ("Mixed partials agree (∂²f/∂x∂y = ∂²f/∂y∂x), so H is symmetric."
           if symmetric else "H is symmetric for smooth f (I could not confirm the two orders of "
           "the mixed partials agree symbolically here).")
    steps.append(Step("Assemble the Hessian", ["H =", hess], why=why if n > 1 else ""))
    answer, text = _at(problem, real, hess, "H", steps)
    return solution(problem, real, answer, steps, notes, text)
