"""Iterative methods: Newton-Raphson in one variable and gradient descent.

Iterates stay exact (Rationals) while they are rational with at most ``EXACT_DIGITS`` digits in
numerator and denominator; from the first iterate that is not, they are Floats (15 digits).
Each run is replayed independently in 30-digit floating point as the check.
"""

from __future__ import annotations

import logging
from typing import Any

import sympy as sp

from ..errors import ParseError, TooHard
from ..problem import Problem
from ..render import inline
from ..solution import Solution, Step
from .check import Real, bounded, point_text, solution, variables_of
from .derivatives import differentiate
from .matrices import _setup, partial_entries

logger = logging.getLogger(__name__)

EXACT_DIGITS = 12
MAX_STEPS = 20
DEFAULT_STEPS = 3
DEFAULT_LR = sp.Rational(1, 10)
_CHECK_DIGITS = 30


def _small(value: sp.Expr) -> bool:
    return value.is_Rational and max(len(str(abs(value.p))), len(str(value.q))) <= EXACT_DIGITS


def _approx(value: sp.Expr) -> str:
    return inline(value) if value.is_Integer or value.is_Float else (
        f"{inline(value)} ≈ {inline(sp.N(value, 15))}")


def _steps_option(problem: Problem) -> int:
    n = int(problem.options.get("steps") or DEFAULT_STEPS)
    if not 1 <= n <= MAX_STEPS:
        raise TooHard(f"I show between 1 and {MAX_STEPS} iterations.")
    return n


def _close(a: sp.Expr, b: sp.Expr) -> bool:
    a_f, b_f = complex(sp.N(a, _CHECK_DIGITS)), complex(sp.N(b, _CHECK_DIGITS))
    return abs(a_f - b_f) <= 1e-9 * max(1.0, abs(b_f))


def newton(problem: Problem) -> Solution:
    """xₙ₊₁ = xₙ − f(xₙ)/f′(xₙ); the answer is the list [x0, x1, ..., xn]."""
    real = Real(problem)
    if problem.expr is None:
        raise ParseError("I need the function f for f(x) = 0.", "e.g. newton x^3 - 2x - 5, x0 = 2")
    f = real(problem.expr)
    x = real(variables_of(problem, [f])[0])
    point = real(problem.point or {})
    if x not in point:
        raise ParseError("Newton-Raphson needs a starting value.",
                         "e.g. newton raphson for x^3 - 2x - 5 from x0 = 2, 3 steps")
    n = _steps_option(problem)
    fp, steps, notes = differentiate(f, x, detail=True)
    steps.append(Step("Derivative", [f"f′({inline(x)}) = {inline(fp)}"],
                      why="xₙ₊₁ = xₙ − f(xₙ)/f′(xₙ)"))
    current = sp.nsimplify(point[x]) if point[x].is_Rational else sp.N(point[x], 15)
    exact = _small(current)
    iterates = [current]
    for k in range(n):
        where = f"at x{k} = {inline(current)}"
        f_k, fp_k = bounded(f.subs(x, current), where), bounded(fp.subs(x, current), where)
        exact = exact and f_k.is_Rational and fp_k.is_Rational
        if not exact:
            f_k, fp_k = sp.N(f_k, 15), sp.N(fp_k, 15)
        if fp_k == 0:
            notes.append(f"f′(x{k}) = 0: the tangent is flat, so Newton's method stops here.")
            break
        nxt = current - f_k / fp_k
        if exact and not _small(nxt):
            exact = False
        nxt = nxt if exact else sp.N(nxt, 15)
        steps.append(Step(f"Iteration {k + 1}", [
            f"f(x{k}) = {_approx(f_k)},  f′(x{k}) = {_approx(fp_k)}",
            f"x{k + 1} = {inline(current)} − ({inline(f_k)})/({inline(fp_k)}) = {_approx(nxt)}",
        ], detail=k >= 4))
        if not nxt.is_real:
            raise TooHard("The iteration left the real numbers; try another starting value.")
        iterates.append(nxt)
        current = nxt
    _check_newton(f, x, iterates, notes)
    last = iterates[-1]
    residual = inline(sp.N(f.subs(x, last), 6))
    steps.append(Step("Check", [f"f(x{len(iterates) - 1}) ≈ {residual}"],
                      why="close to 0 when the iteration is converging"))
    text = (f"x{len(iterates) - 1} = {_approx(last)}   (iterates: "
            + ", ".join(inline(v) for v in iterates) + ")")
    return solution(problem, real, iterates, steps, notes, text)


def _check_newton(f: sp.Expr, x: sp.Symbol, iterates: list[sp.Expr], notes: list[str]) -> None:
    fp = sp.diff(f, x)
    value = sp.Float(iterates[0], _CHECK_DIGITS)
    for k, ours in enumerate(iterates[1:], 1):
        value = sp.N(value - f.subs(x, value) / fp.subs(x, value), _CHECK_DIGITS)
        if not _close(ours, value):
            logger.error("newton mismatch at step %d: ours=%s direct=%s", k, ours, value)
            raise TooHard("My Newton iterates failed the check; not answering.")


def gradient_descent(problem: Problem) -> Solution:
    """pₖ₊₁ = pₖ − η·∇f(pₖ); the answer is the list of points [p0, ..., pn] as dicts."""
    real = Real(problem)
    f, variables = _setup(problem, real)
    start = real(problem.point or {})
    if not all(v in start for v in variables):
        raise ParseError("Gradient descent needs a starting point.",
                         "e.g. gradient descent on x^2 + 3y^2 from (1, 1), learning rate 0.1")
    n = _steps_option(problem)
    lr = problem.options.get("lr")
    entries, steps, notes = partial_entries(f, variables)
    if lr is None:
        lr = DEFAULT_LR
        notes.append("No learning rate given: I used η = 0.1.")
    exact = sp.sympify(lr, strict=True).is_Rational  # safe: strict
    lr = sp.nsimplify(lr) if exact else sp.N(lr, 15)
    grad = sp.Matrix(entries)
    point = {v: sp.sympify(start[v], strict=True) for v in variables}  # safe: strict
    exact = all(_small(p) for p in point.values()) and _small(lr)
    if not exact:
        point = {v: sp.N(p, 15) for v, p in point.items()}
    points = [point]
    for k in range(n):
        g = bounded(grad.subs(point), f"of ∇f at p{k} = ({point_text(point)})")
        nxt = {v: point[v] - lr * g[i] for i, v in enumerate(variables)}
        if exact and not all(_small(p) for p in nxt.values()):
            exact = False
        if not exact:
            nxt = {v: sp.N(p, 15) for v, p in nxt.items()}
        if not all(p.is_real for p in nxt.values()):
            raise TooHard("The iteration left the real numbers here.")
        steps.append(Step(f"Step {k + 1}", [
            f"∇f(p{k}) = {_vec(g)}",
            f"p{k + 1} = p{k} − {inline(lr)}·∇f(p{k}) = {_vec(list(nxt.values()))}",
            f"f(p{k + 1}) = {_approx(bounded(f.subs(nxt), f'of f at p{k + 1}'))}",
        ], detail=k >= 4))
        points.append(nxt)
        point = nxt
    _check_descent(f, variables, lr, points)
    f0 = bounded(f.subs(points[0]), "of f at p0")
    steps.insert(len(steps) - n, Step("Update rule", [f"f(p0) = {_approx(f0)}"],
                                      why=f"pₖ₊₁ = pₖ − η·∇f(pₖ) with η = {inline(lr)}"))
    text = f"p{n} = {_vec(list(points[-1].values()))}"
    return solution(problem, real, points, steps, notes, text)


def _vec(values: Any) -> str:
    return "(" + ", ".join(inline(v) for v in values) + ")"


def _check_descent(f: sp.Expr, variables: tuple[sp.Symbol, ...], lr: sp.Expr,
                   points: list[dict]) -> None:
    grad = [sp.diff(f, v) for v in variables]
    current = {v: sp.Float(points[0][v], _CHECK_DIGITS) for v in variables}
    for k, ours in enumerate(points[1:], 1):
        g = [sp.N(d.subs(current), _CHECK_DIGITS) for d in grad]
        current = {v: sp.N(current[v] - lr * g[i], _CHECK_DIGITS)
                   for i, v in enumerate(variables)}
        if not all(_close(ours[v], current[v]) for v in variables):
            logger.error("descent mismatch at step %d: ours=%s direct=%s", k, ours, current)
            raise TooHard("My gradient descent steps failed the check; not answering.")
