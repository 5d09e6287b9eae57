"""The bare SymPy call that gives each calculus kind's final form, for the benchmark.

``BASELINES[kind](problem)`` is what a student could type in a line or two of SymPy: no rule
tree, no steps, no verification, no rendering, and no added ``simplify`` (issue 16: the honest
baseline is the bare call, ``diff``, ``hessian``, ``series``, ``solve`` ...; a simplify in the
baseline would hide the cost of ours). ``bench_solver.py`` divides our time by this.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import sympy as sp

from solver import Problem

logger = logging.getLogger(__name__)


def _vars(p: Problem, exprs: list[sp.Expr]) -> list[sp.Symbol]:
    if p.variables:
        return list(p.variables)
    free = set().union(*(e.free_symbols for e in exprs))
    return sorted(free, key=lambda s: s.name) or [sp.Symbol("x")]


def _at(p: Problem, m: sp.Matrix) -> sp.Matrix:
    return m.subs(p.point) if p.point else m


def _derivative(p: Problem) -> sp.Expr:
    return sp.diff(p.expr, _vars(p, [p.expr])[0])


def _higher(p: Problem) -> sp.Expr:
    return sp.diff(p.expr, _vars(p, [p.expr])[0], p.order or 2)


def _partial(p: Problem) -> sp.Expr:
    variables = _vars(p, [p.expr])
    return sp.diff(p.expr, *(variables if p.variables else variables[:1]))


def _gradient(p: Problem) -> sp.Matrix:
    grad = sp.Matrix([sp.diff(p.expr, v) for v in _vars(p, [p.expr])])
    return _at(p, grad)


def _jacobian(p: Problem) -> sp.Matrix:
    exprs = list(p.exprs) or [p.expr]
    return _at(p, sp.Matrix(exprs).jacobian(_vars(p, exprs)))


def _hessian(p: Problem) -> sp.Matrix:
    return _at(p, sp.hessian(p.expr, _vars(p, [p.expr])))


def _taylor(p: Problem) -> sp.Expr:
    variables = _vars(p, [p.expr])
    point = {v: (p.point or {}).get(v, 0) for v in variables}
    if len(variables) == 1:
        x = variables[0]
        return sp.series(p.expr, x, point[x], (p.order or 3) + 1).removeO()
    t = sp.Dummy("t")
    path = p.expr.subs({v: point[v] + t * (v - point[v]) for v in variables}, simultaneous=True)
    return sp.series(path, t, 0, (p.order or 2) + 1).removeO().subs(t, 1)


def _critical(p: Problem) -> Any:
    variables = _vars(p, [p.expr])
    return sp.solve([sp.diff(p.expr, v) for v in variables], variables, dict=True)


def _chain(p: Problem) -> sp.Expr:
    return sp.diff(p.expr.subs(p.options["subs"]), p.variables[0])


def _newton(p: Problem) -> list[sp.Expr]:
    x = _vars(p, [p.expr])[0]
    step = x - p.expr / sp.diff(p.expr, x)
    out = [sp.sympify(p.point[x])]  # safe: a number from the parser
    for _ in range(int(p.options.get("steps") or 3)):
        out.append(sp.N(step.subs(x, out[-1]), 15))
    return out


def _descent(p: Problem) -> list[dict]:
    variables = _vars(p, [p.expr])
    grad = [sp.diff(p.expr, v) for v in variables]
    lr = p.options.get("lr") or sp.Rational(1, 10)
    points = [dict(p.point or {})]
    for _ in range(int(p.options.get("steps") or 3)):
        g = [d.subs(points[-1]) for d in grad]
        points.append({v: points[-1][v] - lr * g[i] for i, v in enumerate(variables)})
    return points


def _loss(p: Problem) -> sp.Matrix:
    rows = p.options.get("data") or [{}]
    total = sp.Add(*[p.expr.subs(r) for r in rows])
    return _at(p, sp.Matrix([sp.diff(total, v) for v in p.variables]))


BASELINES: dict[str, Callable[[Problem], Any]] = {
    "derivative": _derivative,
    "higher_derivative": _higher,
    "partial": _partial,
    "gradient": _gradient,
    "jacobian": _jacobian,
    "hessian": _hessian,
    "taylor": _taylor,
    "critical_points": _critical,
    "chain_rule": _chain,
    "newton": _newton,
    "gradient_descent": _descent,
    "loss_gradient": _loss,
}
