"""Taylor polynomials in one variable and in several (gradient and Hessian form)."""

from __future__ import annotations

import itertools
import logging
import math

import sympy as sp

from ..errors import TooHard
from ..problem import Problem
from ..render import inline
from ..solution import Solution, Step
from .check import Real, at_point, checked, point_text, solution, tidy, variables_of

logger = logging.getLogger(__name__)

MAX_ORDER_1D = 10
MAX_ORDER_ND = 4


def _finite(value: sp.Expr) -> bool:
    return not value.has(sp.zoo, sp.oo, -sp.oo, sp.nan)


def _not_defined(where: str) -> TooHard:
    return TooHard(f"f or one of its derivatives is not defined at {where}, so there is no "
                   "Taylor polynomial about that point (try another point).")


def taylor(problem: Problem) -> Solution:
    """The Taylor polynomial up to ``order`` about ``point`` (default 0), without O()."""
    real = Real(problem)
    if problem.expr is None:
        raise TooHard("I need a function to expand.")
    f = real(problem.expr)
    variables = tuple(real(v) for v in variables_of(problem, [f]))
    point = {v: sp.S.Zero for v in variables}
    point.update(real(problem.point or {}))
    point = {v: point[v] for v in variables}
    if len(variables) == 1:
        return _one(problem, real, f, variables[0], point, problem.order or 3)
    return _several(problem, real, f, variables, point, problem.order or 2)


def _one(problem: Problem, real: Real, f: sp.Expr, x: sp.Symbol, point: dict, n: int
         ) -> Solution:
    if n > MAX_ORDER_1D:
        raise TooHard(f"I expand up to order {MAX_ORDER_1D} step by step.")
    a = point[x]
    where = point_text(point)
    derivs, values, lines, coeff_lines = [f], [], [], []
    for k in range(n + 1):
        if k:
            derivs.append(tidy(sp.diff(derivs[-1], x), light=True))
        value = at_point(derivs[k], {x: a}, light=True)
        if not _finite(value):
            raise _not_defined(where)
        values.append(value)
        name = "f" + ("′" * k if k <= 3 else f"⁽{k}⁾")
        lines.append(f"{name}({inline(x)}) = {inline(derivs[k])},   {name}({inline(a)}) = "
                     f"{inline(value)}")
        coeff = value / math.factorial(k)
        coeff_lines.append(f"c{k} = {name}({inline(a)})/{k}! = {inline(coeff)}")
    dx = x - a
    poly = _sum([_term(values[k] / math.factorial(k), dx**k) for k in range(n + 1)])
    power = f"({inline(dx)})ᵏ" if dx.is_Add else f"{inline(dx)}ᵏ"
    steps = [
        Step(f"Derivatives at {where}", lines, detail=n > 4),
        Step("Coefficients", coeff_lines, why="cₖ = f⁽ᵏ⁾(a)/k!"),
        Step(f"Taylor polynomial of order {n}",
             [f"T{n}({inline(x)}) = {inline(poly, ordered=True)}"],
             why=f"Sum of cₖ·{power} for k = 0..{n}, in ascending powers."),
    ]
    notes: list[str] = []
    direct = reference(f, (x,), point, n)
    if direct is None:
        try:
            direct = sp.series(f, x, a, n + 1).removeO()
        except (NotImplementedError, ValueError) as exc:
            raise TooHard("SymPy cannot expand this function about that point.") from exc
    poly = checked(poly, direct, "the Taylor polynomial", notes)
    return solution(problem, real, poly, steps, notes, keep_form=True)


def _several(problem: Problem, real: Real, f: sp.Expr, variables: tuple[sp.Symbol, ...],
             point: dict, n: int) -> Solution:
    if n > MAX_ORDER_ND:
        raise TooHard(f"For several variables I expand up to order {MAX_ORDER_ND}.")
    where = point_text(point)
    delta = sp.Matrix([v - point[v] for v in variables])
    f0 = at_point(f, point, light=True)
    grad = sp.Matrix([sp.diff(f, v) for v in variables])
    grad0 = at_point(grad, point, light=True)
    hess0 = at_point(sp.hessian(f, variables), point, light=True)
    if not all(_finite(e) for e in [f0, *grad0, *hess0]):
        raise _not_defined(where)
    steps = [
        Step(f"Value at {where}", [f"f = {inline(f0)}"]),
        Step("Gradient", ["∇f =", grad, f"at {where}:", grad0], why="first partial derivatives"),
    ]
    terms = [f0]
    if n >= 1:
        terms += [_term(g, d) for g, d in zip(grad0, delta, strict=True)]
    if n >= 2:
        steps.append(Step("Hessian", ["H at the point =", hess0],
                          why="second partial derivatives, symmetric"))
        m = len(variables)
        # order 2 in the natural order of monomials: Δx², Δx·Δy, Δy², ...
        terms += [_term(hess0[i, j] / (2 if i == j else 1), delta[i] * delta[j])
                  for i in range(m) for j in range(i, m)]
    extra = _higher_terms(f, variables, point, delta, n, steps, where)
    poly = _sum([*terms, *extra])
    form = "f(a) + ∇f(a)ᵀΔ" + (" + ½ΔᵀH(a)Δ" if n >= 2 else "") + (
        " + higher terms" if n > 2 else "")
    steps.append(Step(f"Taylor polynomial of order {n}",
                      [f"Δ = ({', '.join(inline(d) for d in delta)})", form,
                       f"= {inline(poly, ordered=True)}"]))
    notes: list[str] = []
    direct = reference(f, variables, point, n)
    if direct is None:
        t = sp.Dummy("t")
        path = f.subs({v: point[v] + t * d for v, d in zip(variables, delta, strict=True)},
                      simultaneous=True)
        try:
            direct = sp.series(path, t, 0, n + 1).removeO().subs(t, 1)
        except (NotImplementedError, ValueError) as exc:
            raise TooHard("SymPy cannot expand this function about that point.") from exc
    poly = checked(poly, direct, "the Taylor polynomial", notes)
    return solution(problem, real, poly, steps, notes, keep_form=True)


def reference(f: sp.Expr, variables: tuple[sp.Symbol, ...], point: dict, n: int
              ) -> sp.Expr | None:
    """SymPy's Taylor polynomial of order n by its definition, Σ ∂ᵅf(a)/α!·(x − a)ᵅ over
    |α| ≤ n, from SymPy's own derivatives of f (``sp.diff`` of the untouched input, values by
    ``subs``): none of the working's forms (tidy, at_point) and none of its assembly (the
    gradient and ½ΔᵀHΔ, the order of terms) enter it, so the comparison checks every
    coefficient shown. The same polynomial as ``sp.series`` at a fraction of its cost (series
    was 65-85% of a slow Taylor solve). None when a derivative has no finite value at a by
    substitution (a removable singularity: ``series`` decides there).
    """
    derivs: dict[tuple[int, ...], sp.Expr] = {(0,) * len(variables): f}
    terms = []
    for k in range(n + 1):
        for combo in itertools.combinations_with_replacement(range(len(variables)), k):
            counts = tuple(combo.count(i) for i in range(len(variables)))
            if counts not in derivs:  # one more derivative of one already taken
                last = combo[-1]
                lower = tuple(c - (i == last) for i, c in enumerate(counts))
                derivs[counts] = sp.diff(derivs[lower], variables[last])
            value = derivs[counts].subs(point)
            if not _finite(value):
                return None
            terms.append(value / math.prod(math.factorial(c) for c in counts)
                         * sp.Mul(*[(v - point[v]) ** c
                                    for v, c in zip(variables, counts, strict=True)]))
    return sp.Add(*terms)


def _term(coeff: sp.Expr, monomial: sp.Expr) -> sp.Expr:
    """coeff·(x − a)ᵏ kept in powers of (x − a): 2·(x − 1), not 2·x − 2."""
    if coeff == 0:
        return sp.S.Zero
    if monomial.is_Add and coeff.is_Number and coeff != 1:
        return sp.Mul(coeff, monomial, evaluate=False)
    return coeff * monomial


def _sum(terms: list[sp.Expr]) -> sp.Expr:
    """The terms as one unevaluated sum in the order given (ascending powers), each kept as
    written: 2·(x − 1) is not distributed into 2·x − 2, nor (x − 1) split into x and −1."""
    kept = [t for t in terms if t != 0]
    if not kept:
        return sp.S.Zero
    return kept[0] if len(kept) == 1 else sp.Add(*kept, evaluate=False)


def _higher_terms(f: sp.Expr, variables: tuple[sp.Symbol, ...], point: dict, delta: sp.Matrix,
                  n: int, steps: list[Step], where: str) -> list[sp.Expr]:
    """Terms of order 3..n: Σ ∂^α f(a)/α! · Δ^α over multi-indices with |α| = k."""
    terms, lines = [], []
    for k in range(3, n + 1):
        for combo in itertools.combinations_with_replacement(range(len(variables)), k):
            counts = [combo.count(i) for i in range(len(variables))]
            d = f
            for i, c in enumerate(counts):
                if c:
                    d = sp.diff(d, variables[i], c)
            value = at_point(d, point, light=True)
            if not _finite(value):
                raise _not_defined(where)
            denom = math.prod(math.factorial(c) for c in counts)
            monomial = sp.Mul(*[delta[i] ** c for i, c in enumerate(counts)])
            terms.append(_term(value / denom, monomial))
            if value != 0:
                lines.append(f"order {k}: {inline(value / denom)}·{inline(monomial)}")
    if lines:
        steps.append(Step("Higher-order terms", lines, why="∂ᵅf(a)/α!·Δᵅ", detail=True))
    return terms
