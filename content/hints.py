"""Recognising a student's mistake, for a targeted hint: pure functions over SymPy objects.

Usage::

    from content.hints import diagnose
    diagnose(expected, given, problem)   # -> "Check the sign: ..." or None

Each recogniser takes the right value, the student's value (both parsed SymPy objects) and,
where it needs them, the solver ``Problem`` the question is about (its function, its data). It
returns a hint that names the mistake without giving the answer away, or ``None``. A hint is
only given when the student's value is *exactly* what that mistake produces, so the hint is
never a guess: sign slip, transposed matrix, product rule written u′v′, chain rule missing the
inner derivative, divided by N instead of N − 1 (or the reverse), off by a constant factor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sympy as sp

SIGN = "Check a sign: your answer is the right one with the opposite sign{where}."
TRANSPOSED = "Your matrix is the transpose of the answer: check rows against columns."
PRODUCT_RULE = ("Product rule: (uv)′ = u′v + uv′, not u′·v′. Differentiate one factor at a "
                "time and add the two terms.")
CHAIN_RULE = ("Chain rule: after differentiating the outer function, multiply by the "
              "derivative of the inside ({inner}).")
SAMPLE = ("This question asks for the sample value: divide by N − 1 = {n1}, not by N = {n}.")
POPULATION = ("In this course the variance divides by N = {n} (the population formula), not "
              "by N − 1.")
# the factors a slip produces (a missed 2 from a square, a halved term, a power of ten); any
# two numbers differ by *some* factor, so other ratios say nothing
FACTORS = frozenset(sp.Rational(p, q) for p, q in ((2, 1), (3, 1), (4, 1), (1, 2), (1, 3),
                                                    (1, 4), (10, 1), (1, 10)))
FACTOR = "Close: your answer is {factor} times the right one. Check a constant factor."


def _plain(e: Any) -> Any:
    if isinstance(e, sp.Basic):
        return e.xreplace({s: sp.Symbol(s.name) for s in e.free_symbols
                           if isinstance(s, sp.Symbol)})
    return e


def _is_zero(e: Any) -> bool:
    try:
        return bool(sp.simplify(e) == 0)
    except (TypeError, ValueError, NotImplementedError):
        return False


def _same(a: Any, b: Any) -> bool:
    """Exact equality of two scalars or matrices (symbols by name)."""
    if isinstance(a, sp.MatrixBase) or isinstance(b, sp.MatrixBase):
        if not (isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase)):
            return False
        if a.shape != b.shape:
            return False
        return all(_same(x, y) for x, y in zip(a, b, strict=True))
    if not (isinstance(a, sp.Basic | int) and isinstance(b, sp.Basic | int)):
        return False
    # safe: a and b are SymPy objects or ints (checked above); strict=True refuses strings
    return _is_zero(_plain(sp.sympify(a, strict=True)) - _plain(sp.sympify(b, strict=True)))


def _scalars(value: Any) -> list[Any] | None:
    if isinstance(value, sp.MatrixBase):
        return list(value)
    if isinstance(value, list | tuple) and all(isinstance(v, sp.Basic | int) for v in value):
        return list(value)
    return None


# ------------------------------------------------------------------ recognisers
def sign_slip(expected: Any, given: Any) -> str | None:
    """The whole answer negated, or exactly one entry of a matrix or list negated."""
    if _is_nonzero_value(expected) and _same(_neg(expected), given):
        return SIGN.format(where="")
    e, g = _scalars(expected), _scalars(given)
    if e is None or g is None or len(e) != len(g) or len(e) < 2:
        return None
    if isinstance(expected, sp.MatrixBase) != isinstance(given, sp.MatrixBase):
        return None
    if isinstance(expected, sp.MatrixBase) and expected.shape != given.shape:
        return None
    wrong = [i for i, (a, b) in enumerate(zip(e, g, strict=True)) if not _same(a, b)]
    if len(wrong) == 1 and _same(-e[wrong[0]], g[wrong[0]]):
        if isinstance(expected, sp.MatrixBase) and expected.cols > 1:
            r, c = divmod(wrong[0], expected.cols)
            return SIGN.format(where=f" in row {r + 1}, column {c + 1}")
        return SIGN.format(where=f" in entry {wrong[0] + 1}")
    return None


def transposed(expected: Any, given: Any) -> str | None:
    if not (isinstance(expected, sp.MatrixBase) and isinstance(given, sp.MatrixBase)):
        return None
    if expected.rows == 1 or expected.cols == 1:  # a vector written as a row is not a mistake
        return None
    if _same(expected, expected.T):
        return None
    return TRANSPOSED if _same(expected.T, given) else None


def product_rule_uv(expr: Any, var: sp.Symbol, given: Any) -> str | None:
    """d/dx of u·v written as u′·v′."""
    if not isinstance(expr, sp.Mul):
        return None
    factors = [f for f in expr.args if f.has(var)]
    if len(factors) < 2:
        return None
    const = sp.Mul(*[f for f in expr.args if not f.has(var)])
    wrong = const * sp.Mul(*[sp.diff(f, var) for f in factors])
    if _same(wrong, sp.diff(expr, var)):
        return None  # the mistake gives the right answer here: nothing to point out
    return PRODUCT_RULE if _same(wrong, given) else None


def _inner(expr: sp.Basic, var: sp.Symbol) -> sp.Basic | None:
    """The inside of an outer function or power, when it is not just the variable."""
    if isinstance(expr, sp.Pow) and expr.base.has(var) and not expr.exp.has(var):
        inner = expr.base
    elif isinstance(expr, sp.Pow) and expr.exp.has(var) and not expr.base.has(var):
        inner = expr.exp  # e^(g(x)), 2^(g(x))
    elif isinstance(expr, sp.Function) and len(expr.args) == 1:
        inner = expr.args[0]
    else:
        return None
    return inner if inner != var and inner.has(var) else None


def chain_rule_inner(expr: Any, var: sp.Symbol, given: Any) -> str | None:
    """d/dx of g(h(x)) written as g′(h(x)), without the factor h′(x)."""
    if not isinstance(expr, sp.Basic):
        return None
    const, rest = expr.as_independent(var, as_Add=False)
    inner = _inner(rest, var)
    if inner is None:
        return None
    d_inner = sp.diff(inner, var)
    if _same(d_inner, 1):
        return None
    u = sp.Dummy("u")
    outer = rest.xreplace({inner: u})
    wrong = const * sp.diff(outer, u).xreplace({u: inner})
    if _same(wrong, sp.diff(expr, var)):
        return None
    from solver.render import inline

    return CHAIN_RULE.format(inner=inline(inner)) if _same(wrong, given) else None


def divided_by_n(expected: Any, given: Any, n: int, sample: bool) -> str | None:
    """A variance (or covariance) divided by N where N − 1 was asked, or the reverse."""
    if n < 2:
        return None
    if sample:  # right: ÷(N−1); the slip gives expected·(N−1)/N
        wrong, text = _scale(expected, sp.Rational(n - 1, n)), SAMPLE.format(n=n, n1=n - 1)
    else:
        wrong, text = _scale(expected, sp.Rational(n, n - 1)), POPULATION.format(n=n)
    return text if wrong is not None and _same(wrong, given) else None


def off_by_factor(expected: Any, given: Any) -> str | None:
    """The student's answer is a constant multiple (not ±1) of the right one."""
    e, g = _scalars(expected), _scalars(given)
    if e is None and _scalars([expected]) and _scalars([given]):
        e, g = [expected], [given]
    if e is None or g is None or len(e) != len(g):
        return None
    if isinstance(expected, sp.MatrixBase) and (
            not isinstance(given, sp.MatrixBase) or expected.shape != given.shape):
        return None
    ratio = None
    for a, b in zip(e, g, strict=True):
        if _is_zero(a):
            if not _is_zero(b):
                return None
            continue
        # safe: entries of two SymPy matrices; strict=True refuses strings
        r = sp.simplify(_plain(sp.sympify(b, strict=True)) / _plain(sp.sympify(a, strict=True)))
        if not r.is_number or r.free_symbols:
            return None
        if ratio is None:
            ratio = r
        elif not _is_zero(r - ratio):
            return None
    if ratio is None or not ratio.is_Rational or abs(ratio) not in FACTORS:
        return None
    from solver.render import inline

    return FACTOR.format(factor=inline(sp.nsimplify(ratio)))


# ------------------------------------------------------------------ dispatch
def diagnose(expected: Any, given: Any, problem: Any = None) -> str | None:
    """The first mistake that explains the student's value exactly, as a hint; else None."""
    checks: list[Callable[[], str | None]] = []
    if problem is not None:
        kind = getattr(problem, "kind", None)
        expr = getattr(problem, "expr", None)
        variables = getattr(problem, "variables", ()) or ()
        if kind == "derivative" and expr is not None and variables:
            var = variables[0]
            checks += [lambda: product_rule_uv(expr, var, given),
                       lambda: chain_rule_inner(expr, var, given)]
        if kind in ("variance", "covariance") and problem.matrices:
            n = problem.matrices[0].rows
            sample = bool(problem.options.get("sample"))
            checks.append(lambda: divided_by_n(expected, given, n, sample))
    checks += [lambda: transposed(expected, given), lambda: sign_slip(expected, given),
               lambda: off_by_factor(expected, given)]
    for check in checks:
        try:
            hint = check()
        except (TypeError, ValueError, AttributeError, NotImplementedError):
            hint = None
        if hint:
            return hint
    return None


def _neg(value: Any) -> Any:
    return -value if isinstance(value, sp.Basic | sp.MatrixBase | int) else None


def _is_nonzero_value(value: Any) -> bool:
    if isinstance(value, sp.MatrixBase):
        return not value.is_zero_matrix
    return isinstance(value, sp.Basic | int) and not _is_zero(value)


def _scale(value: Any, k: sp.Rational) -> Any:
    if isinstance(value, sp.MatrixBase | sp.Basic | int):
        return value * k
    return None
