"""Solvers for derivative, higher_derivative, partial and chain_rule problems."""

from __future__ import annotations

import logging

import sympy as sp

from ..errors import TooHard
from ..problem import Problem
from ..render import headline, inline
from ..solution import Solution, Step
from .build import build_rule
from .check import Real, at_point, checked, point_text, same, solution, tidy, variables_of
from .rules import AbsRule, MaxMinRule, PiecewiseRule, Rule
from .sample import derivative_agrees
from .steps import arg, d_op, rule_steps, show, wrap

logger = logging.getLogger(__name__)

MAX_ORDER = 12


def differentiate(expr: sp.Expr, var: sp.Symbol, partial: bool = False,
                  detail: bool = False, direct: sp.Expr | None = None
                  ) -> tuple[sp.Expr, list[Step], list[str]]:
    """One derivative with its rule steps, the tidy result and notes on corners.

    The result is checked against ``sympy.diff`` (SymPy's answer is used on a mismatch), or
    against ``direct`` when the caller has SymPy's own derivative already (a Hessian entry
    from ``sympy.hessian`` of f: the same check, without differentiating twice).
    """
    rule = build_rule(expr, var)
    steps = rule_steps(rule, partial)
    raw = rule.eval()
    result = tidy(raw)
    if result != raw:
        steps.append(Step("Simplify", [f"= {inline(result)}"]))
    notes = corner_notes(rule)
    result = checked(result, sp.diff(expr, var) if direct is None else direct,
                     f"{d_op(var, partial)}{arg(expr)}", notes)
    if detail:
        for step in steps:
            step.detail = True
    return result, steps, notes


def corner_notes(rule: Rule) -> list[str]:
    """Notes for |u|, max/min (ReLU) and piecewise pieces: where the derivative may not exist."""
    notes: list[str] = []
    todo = [rule]
    while todo:
        node = todo.pop()
        todo += node.children()
        if isinstance(node, AbsRule) and not notes:
            notes.append("|u| has a corner where u = 0: the derivative does not exist there.")
        if isinstance(node, MaxMinRule):
            notes.append("max/min (ReLU) has a corner where the pieces are equal: no derivative "
                         "there (H is the unit step).")
        if isinstance(node, PiecewiseRule):
            notes.append("At the boundaries between pieces check the one-sided derivatives.")
    return list(dict.fromkeys(notes))


def _one_expr(problem: Problem, real: Real) -> sp.Expr:
    if problem.expr is None:
        raise TooHard("I need a function to differentiate.")
    return real(problem.expr)


def derivative(problem: Problem) -> Solution:
    """d/dx f, rule by rule; the value at a point too when one is given."""
    real = Real(problem)
    f = _one_expr(problem, real)
    x = real(variables_of(problem, [f])[0])
    result, steps, notes = differentiate(f, x)
    text = f"f′({inline(x)}) = {show(real.undo(result))}" if result.has(sp.Piecewise) else ""
    steps += typed_form(problem, f, x, result)
    at = _at_point(problem, real, result, steps, "f′ = ")
    if at:
        text = f"f′({inline(x)}) = {inline(result)};  {at}"
    return solution(problem, real, result, steps, notes, text)


def typed_form(problem: Problem, f: sp.Expr, x: sp.Symbol, result: sp.Expr) -> list[Step]:
    """A last step with the answer in the functions the student typed, when the answer uses
    others (sec² for tan) or the student wrote sigmoid (σ′ = σ·(1 − σ)); each one checked."""
    typed = {type(a) for a in f.atoms(sp.Function)}
    if "sigmoid" in problem.source.lower() or "σ" in problem.source:
        sigma = 1 / (1 + sp.exp(-x))
        if f == sigma and same(result, sigma * (1 - sigma)):
            return [Step("In terms of σ, as you wrote it",
                         [f"σ′({inline(x)}) = σ({inline(x)})·(1 − σ({inline(x)}))"],
                         why=f"σ({inline(x)}) = {inline(sigma)}")]
    if {type(a) for a in result.atoms(sp.Function)} <= typed:
        return []
    other = tidy(sp.diff(f, x))
    if other == result or not {type(a) for a in other.atoms(sp.Function)} <= typed:
        return []
    if not same(other, result):
        return []
    names = ", ".join(sorted(t.__name__ for t in typed - {sp.exp, sp.log}))
    identities = ((sp.tan, "sec² u = 1 + tan² u"), (sp.cot, "csc² u = 1 + cot² u"))
    why = "; ".join(w for t, w in identities if t in typed)
    return [Step(f"In terms of {names}, as you wrote it", [f"= {inline(other)}"],
                 why=f"the same function ({why})" if why else "the same function")]


def _at_point(problem: Problem, real: Real, result: sp.Expr, steps: list[Step],
              label: str) -> str:
    """Evaluate at the student's point (a step, and "at (…): value"); "" without a point."""
    if not problem.point:
        return ""
    point = real(problem.point)
    value = at_point(result, point)
    steps.append(Step(f"At {point_text(point)}", [f"{label}{inline(value)}"]))
    return f"at {point_text(point)}: {headline(value)}"


def higher_derivative(problem: Problem) -> Solution:
    """dⁿ/dxⁿ f: one derivative after another, the first in full."""
    real = Real(problem)
    f = _one_expr(problem, real)
    x = real(variables_of(problem, [f])[0])
    order = problem.order or 2
    if order > MAX_ORDER:
        raise TooHard(f"I show derivatives up to order {MAX_ORDER} step by step.")
    steps: list[Step] = []
    notes: list[str] = []
    current = f
    for k in range(1, order + 1):
        current, sub_steps, sub_notes = differentiate(current, x, detail=k > 1)
        notes += [n for n in sub_notes if n not in notes]
        steps += sub_steps
        label = "f" + "′" * k if k <= 3 else f"f⁽{k}⁾"
        steps.append(Step(f"Derivative number {k}", [f"{label}({inline(x)}) = {inline(current)}"]))
    current = checked(current, sp.diff(f, x, order), f"derivative {order} of f", notes,
                      implied=True)
    label = "f" + "′" * order if order <= 3 else f"f⁽{order}⁾"
    # "second derivative of x^3 at x = 1": its value there too (it was left at 6·x)
    at = _at_point(problem, real, current, steps, f"{label} = ")
    text = f"{label}({inline(x)}) = {inline(current)};  {at}" if at else ""
    return solution(problem, real, current, steps, notes, text)


def partial(problem: Problem) -> Solution:
    """∂f/∂x (and mixed partials in the given order), saying what is held constant."""
    real = Real(problem)
    f = _one_expr(problem, real)
    order = variables_of(problem, [f])
    variables = [real(v) for v in order] if problem.variables else [real(order[0])]
    steps: list[Step] = []
    notes: list[str] = []
    current = f
    for i, v in enumerate(variables):
        held = sorted((s for s in current.free_symbols if s != v), key=lambda s: s.name)
        why = (f"Hold {', '.join(inline(s) for s in held)} constant: they differentiate like "
               "numbers." if held else "Only this variable appears.")
        steps.append(Step(f"Differentiate with respect to {inline(v)}", [why]))
        current, sub_steps, sub_notes = differentiate(current, v, partial=True, detail=i > 0)
        notes += [n for n in sub_notes if n not in notes]
        steps += sub_steps
    current = checked(current, sp.diff(f, *variables), "the partial derivative", notes,
                      implied=True)
    at = _at_point(problem, real, current, steps, "= ")
    text = f"{inline(current)};  {at}" if at else ""
    return solution(problem, real, current, steps, notes, text)


def chain_rule(problem: Problem) -> Solution:
    """df/dt = Σ ∂f/∂xᵢ · dxᵢ/dt for f(x, y, ...) with x(t), y(t), ..."""
    real = Real(problem)
    f = _one_expr(problem, real)
    subs = real(dict(problem.options.get("subs") or {}))
    if not subs or not problem.variables:
        raise TooHard("For the chain rule I need f(x, y, ...), each of x, y, ... as functions "
                      "of t, and the variable t.")
    t = real(problem.variables[0])
    inner = list(subs)
    steps: list[Step] = []
    notes: list[str] = []
    partials, rates = [], []
    for v in inner:
        d_f, sub, sub_notes = differentiate(f, v, partial=True, detail=True)
        inner_fn = sp.sympify(subs[v], strict=True)  # safe: strict
        d_v, sub2, more_notes = differentiate(inner_fn, t, detail=True)
        notes += [n for n in (*sub_notes, *more_notes) if n not in notes]
        partials.append(d_f)
        rates.append(d_v)
        steps += sub + sub2
    steps.append(Step("Partial derivatives of f",
                      [f"∂f/∂{inline(v)} = {inline(p)}" for v, p in zip(inner, partials,
                                                                         strict=True)]))
    steps.append(Step(f"Derivatives with respect to {inline(t)}",
                      [f"d{inline(v)}/d{inline(t)} = {inline(r)}" for v, r in zip(inner, rates,
                                                                                  strict=True)]))
    formula = " + ".join(f"∂f/∂{inline(v)}·d{inline(v)}/d{inline(t)}" for v in inner)
    combined = " + ".join(f"{wrap(p)}·{wrap(r)}" for p, r in zip(partials, rates, strict=True))
    total = sp.Add(*[p * r for p, r in zip(partials, rates, strict=True)])
    in_t = total.subs(subs)
    result = tidy(in_t)
    steps.append(Step("Multivariate chain rule", [f"df/d{inline(t)} = {formula}",
                                                  f"= {combined}"],
                      why="Each variable's rate of change adds its share."))
    steps.append(Step(f"Write in terms of {inline(t)}",
                      [f"{point_text(subs)}", f"df/d{inline(t)} = {inline(result)}"]))
    # every ∂f/∂xᵢ and dxᵢ/dt above was proved; the sum of products is compared at the
    # sample points (a slip in pairing or substituting shows there) with d/dt of the
    # composed f(x(t), y(t)): numerically from its values first (SymPy's symbolic derivative
    # of the composition cost as much as the bare call), SymPy's derivative where that does
    # not agree or cannot be taken
    composed = f.subs(subs)
    if not derivative_agrees(result, composed, t):
        result = checked(result, sp.diff(composed, t), "df/dt", notes, implied=True)
    text = ""
    if problem.point:
        point = real(problem.point)
        value = at_point(result, point)
        steps.append(Step(f"At {point_text(point)}", [f"df/d{inline(t)} = {inline(value)}"]))
        text = (f"df/d{inline(t)} = {inline(result)};  at {point_text(point)}: "
                f"{headline(value)}")
    return solution(problem, real, result, steps, notes, text)
