"""Sample-point evaluation for the check: both sides of an identity at three points, 60 digits.

``sampled_size(a, b)`` walks the two SymPy trees (built by the solvers, never text) with mpmath
at a fixed precision: much cheaper than ``evalf`` at 50 digits, which raises its precision again
and again on a difference that is exactly zero, and than compiling with ``lambdify``. A node the
walker does not know is evaluated with ``evalf`` instead.
"""

from __future__ import annotations

import math
from typing import Any

import mpmath
import sympy as sp


def agree_at_samples(a: Any, b: Any) -> bool:
    """a and b agree to 30 digits (relative) at the three sample points (entrywise)."""
    if isinstance(a, sp.MatrixBase) or isinstance(b, sp.MatrixBase):
        return (isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase)
                and a.shape == b.shape
                and all(agree_at_samples(p, q) for p, q in zip(a, b, strict=True)))
    a, b = sp.sympify(a, strict=True), sp.sympify(b, strict=True)  # safe: strict
    if a == b:
        return True
    sampled = sampled_size(a, b)
    return sampled is not None and sampled <= SAMPLE_TOLERANCE


_SAMPLES = (sp.Rational(7, 11), sp.Rational(13, 9), sp.Rational(-5, 17))
SAMPLE_DIGITS = 60  # working precision of the sample evaluation
SAMPLE_TOLERANCE = 1e-30  # |a − b| / (1 + |a| + |b|) above this at a sample: a mismatch


def _sample_points(symbols: list[sp.Symbol]) -> list[dict[sp.Symbol, sp.Rational]]:
    return [{s: base + sp.Rational(j, 7 + i) for j, s in enumerate(symbols)}
            for i, base in enumerate(_SAMPLES)]


def sampled_size(a: sp.Expr, b: sp.Expr) -> float | None:
    """max over three sample points of |a − b| / (1 + |a| + |b|), computed with 60 digits;
    None where either side cannot be evaluated there.

    Both sides are SymPy trees built by the solvers (never text); ``_mp`` walks them with
    mpmath at a fixed precision. That is much cheaper than ``evalf`` at 50 digits, which raises
    its precision again and again on a difference that is exactly zero (and than compiling
    with ``lambdify``). A node ``_mp`` does not know is evaluated with ``evalf`` instead.
    """
    symbols = sorted(a.free_symbols | b.free_symbols, key=lambda s: s.name)
    worst = 0.0
    with mpmath.workdps(SAMPLE_DIGITS):
        for point in _sample_points(symbols):
            env = {s: mpmath.mpf(v.p) / v.q for s, v in point.items()}
            try:
                memo: dict[sp.Basic, Any] = {}
                va, vb = _mp(a, env, memo), _mp(b, env, memo)
            except _Unknown:
                values = _evalf_values(a, b, point)
                if values is None:
                    return None
                va, vb = values
            except (ZeroDivisionError, ValueError, OverflowError):
                return None
            if not (mpmath.isfinite(va) and mpmath.isfinite(vb)):
                return None
            worst = max(worst, float(abs(va - vb) / (1 + abs(va) + abs(vb))))
    return worst


_KINKS = (sp.Abs, sp.sign, sp.Max, sp.Min, sp.Heaviside, sp.Piecewise)


def derivative_agrees(ours: sp.Expr, g: sp.Expr, t: sp.Symbol) -> bool:
    """``ours`` equals dg/dt to 30 digits (relative) at the three sample points, dg/dt taken
    numerically from g's own values (``mpmath.diff`` at 60 digits, g evaluated by the walker).

    For the chain rule: SymPy's symbolic d/dt of the composed f(x(t), y(t)) cost as much as the
    whole bare call, only to be sampled at these points. False (then the caller compares with
    SymPy's derivative) when either side cannot be evaluated, is not finite, or has a kink
    (|u|, max, a piecewise) where a numerical derivative is not to be trusted.
    """
    if not isinstance(ours, sp.Expr) or ours.has(*_KINKS) or g.has(*_KINKS):
        return False
    symbols = sorted(ours.free_symbols | g.free_symbols | {t}, key=lambda s: s.name)
    with mpmath.workdps(SAMPLE_DIGITS):
        for point in _sample_points(symbols):
            env = {s: mpmath.mpf(v.p) / v.q for s, v in point.items()}

            def along(u: Any, env: dict = env) -> Any:
                return _mp(g, {**env, t: u}, {})

            try:
                direct = mpmath.diff(along, env[t])
                value = _mp(ours, env, {})
            except (_Unknown, ZeroDivisionError, ValueError, OverflowError, TypeError):
                return False
            if not (mpmath.isfinite(value) and mpmath.isfinite(direct)):
                return False
            if abs(value - direct) / (1 + abs(value) + abs(direct)) > SAMPLE_TOLERANCE:
                return False
    return True


class _Unknown(Exception):
    """A node the mpmath walker does not evaluate."""


_MP_FUNCTIONS = {
    sp.exp: mpmath.exp, sp.log: mpmath.log, sp.sin: mpmath.sin, sp.cos: mpmath.cos,
    sp.tan: mpmath.tan, sp.sec: mpmath.sec, sp.csc: mpmath.csc, sp.cot: mpmath.cot,
    sp.asin: mpmath.asin, sp.acos: mpmath.acos, sp.atan: mpmath.atan, sp.asec: mpmath.asec,
    sp.acsc: mpmath.acsc, sp.acot: mpmath.acot, sp.sinh: mpmath.sinh, sp.cosh: mpmath.cosh,
    sp.tanh: mpmath.tanh, sp.sech: mpmath.sech, sp.csch: mpmath.csch, sp.coth: mpmath.coth,
    sp.asinh: mpmath.asinh, sp.acosh: mpmath.acosh, sp.atanh: mpmath.atanh,
    sp.erf: mpmath.erf, sp.Abs: abs, sp.sign: mpmath.sign,
}
_MP_RELATIONS = {sp.StrictLessThan: lambda p, q: p < q, sp.LessThan: lambda p, q: p <= q,
                 sp.StrictGreaterThan: lambda p, q: p > q,
                 sp.GreaterThan: lambda p, q: p >= q}


def _mp(expr: sp.Basic, env: dict, memo: dict) -> Any:
    """``expr`` at the point ``env`` in mpmath (current precision); _Unknown if it cannot."""
    if expr in memo:
        return memo[expr]
    if expr.is_Symbol:
        value = env[expr]
    elif expr.is_Rational:
        value = mpmath.mpf(expr.p) / expr.q
    elif expr.is_Float:
        value = mpmath.mpf(expr._mpf_)
    elif expr is sp.pi:
        value = +mpmath.pi
    elif expr is sp.E:
        value = +mpmath.e
    elif expr is sp.I:
        value = mpmath.mpc(0, 1)
    elif expr.is_Add:
        value = mpmath.fsum(_mp(t, env, memo) for t in expr.args)
    elif expr.is_Mul:
        value = mpmath.fprod(_mp(t, env, memo) for t in expr.args)
    elif expr.is_Pow:
        base, exp = expr.args
        if exp.is_Integer:
            value = _mp(base, env, memo) ** int(exp)
        else:
            value = mpmath.power(_mp(base, env, memo), _mp(exp, env, memo))
    elif type(expr) in _MP_FUNCTIONS and len(expr.args) == 1:
        value = _MP_FUNCTIONS[type(expr)](_mp(expr.args[0], env, memo))
    elif isinstance(expr, sp.Max | sp.Min):
        values = [_mp(t, env, memo) for t in expr.args]
        if any(isinstance(v, mpmath.mpc) for v in values):
            raise _Unknown(expr)
        value = max(values) if isinstance(expr, sp.Max) else min(values)
    elif isinstance(expr, sp.Heaviside):
        arg = _mp(expr.args[0], env, memo)
        if isinstance(arg, mpmath.mpc) or arg == 0:
            raise _Unknown(expr)
        value = mpmath.mpf(1 if arg > 0 else 0)
    elif isinstance(expr, sp.Piecewise):
        value = next((_mp(e, env, memo) for e, c in expr.args if _mp_true(c, env, memo)), None)
        if value is None:
            raise _Unknown(expr)
    else:
        raise _Unknown(expr)
    memo[expr] = value
    return value


def _mp_true(cond: sp.Basic, env: dict, memo: dict) -> bool:
    if cond is sp.true:
        return True
    if cond is sp.false:
        return False
    if type(cond) in _MP_RELATIONS:
        p, q = _mp(cond.lhs, env, memo), _mp(cond.rhs, env, memo)
        if isinstance(p, mpmath.mpc) or isinstance(q, mpmath.mpc) or p == q:
            raise _Unknown(cond)  # on a boundary: let evalf decide
        return bool(_MP_RELATIONS[type(cond)](p, q))
    if isinstance(cond, sp.And):
        return all(_mp_true(c, env, memo) for c in cond.args)
    if isinstance(cond, sp.Or):
        return any(_mp_true(c, env, memo) for c in cond.args)
    raise _Unknown(cond)


def _evalf_values(a: sp.Expr, b: sp.Expr, point: dict) -> tuple[Any, Any] | None:
    try:
        va = complex(sp.N(a.subs(point), 50))
        vb = complex(sp.N(b.subs(point), 50))
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if not all(math.isfinite(z.real) and math.isfinite(z.imag) for z in (va, vb)):
        return None
    return mpmath.mpc(va), mpmath.mpc(vb)
