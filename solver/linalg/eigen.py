"""Eigenvalues from the characteristic polynomial; eigenvectors as null spaces of A − λI.

Repeated eigenvalues compare algebraic with geometric multiplicity (defective or not), and
a diagonalisation A = P D P⁻¹ is offered when there are enough eigenvectors.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np
import sympy as sp
from sympy.core.cache import cacheit
from sympy.polys.matrices import DomainMatrix
from sympy.polys.polyerrors import CoercionFailed

from ..errors import ParseError, TooHard
from ..problem import Problem
from ..solution import Solution, Step
from ._common import (
    _DECIMALS,
    LAMBDA,
    MESSY,
    MISMATCH_NOTE,
    entry_point,
    fmt,
    is_zero,
    need_matrices,
    numeric,
    readable,
    simp,
    simp_matrix,
    square,
    verified,
)
from ._rules import eliminate
from .det import det_steps, minor_det
from .eigen_numeric import DIGITS, TOLERANCE, needs_decimals, numeric_eigenvectors
from .reduce import nullspace_from

logger = logging.getLogger(__name__)


@cacheit  # SymPy's cache (cleared with clear_cache()): sorting and checks ask again and again
def _numeric(value: sp.Expr) -> complex:
    return complex(numeric(value, 15))


def _sort_key(value: sp.Expr) -> tuple:
    """Real eigenvalues first, ascending; then complex ones by real and imaginary part.
    Symbolic ones last, in SymPy's canonical order (never by printing radicals)."""
    if value.free_symbols:
        return (2, 0.0, 0.0, sp.default_sort_key(value))
    num = _numeric(value)
    return (0 if abs(num.imag) < 1e-12 else 1, num.real, num.imag, ())


@dataclass
class RootFacts:
    """What is known about the roots of p(λ), derived exactly from its factorisation.

    ``real`` and ``nonreal`` count roots with multiplicity (``None`` when the coefficients
    have symbols or non-real numbers, so that the count depends on values not known);
    ``casus``: an irreducible factor of degree ≥ 3 whose roots are all real (their radicals
    pass through complex numbers); ``decimal``: some root has no short exact form.
    """

    n: int
    real: int | None
    nonreal: int | None
    repeated: bool
    casus: bool
    decimal: bool
    symmetric: bool
    distinct: int = 0  # different roots
    paired: bool = True  # real coefficients: non-real roots come in conjugate pairs
    symbolic: bool = False  # symbols in A (else complex numbers, when ``real`` is None)

    @property
    def rep_text(self) -> str:
        return ("; a repeated root counts with its multiplicity"
                if self.repeated and self.distinct > 1 else "")


DECIMAL_DIGITS = 30


def decimal_roots(f: sp.Poly) -> list[sp.Expr]:
    """The roots of an irreducible rational polynomial to 30 digits (mpmath's polyroots):
    exactly ``count_roots()`` of them real (Sturm), the rest in conjugate pairs."""
    found = f.nroots(n=DECIMAL_DIGITS, maxsteps=200)
    real = f.count_roots()
    found = sorted(found, key=lambda r: abs(complex(r).imag))
    reals = [sp.Float(sp.re(r), DECIMAL_DIGITS) for r in found[:real]]
    return reals + list(found[real:])


def _root_bound(g: sp.Poly, z: sp.Expr) -> float:
    """A disc radius around ``z`` that surely holds a root of ``g``: deg·|g(z)/g′(z)| (a
    classical bound), from exact rational arithmetic (Horner in Gaussian fractions) at the
    decimal ``z``'s exact binary value."""
    re, im = (Fraction(*sp.Rational(x).as_numer_denom()) for x in _parts(z))
    coeffs = [Fraction(*sp.Rational(c).as_numer_denom()) for c in g.all_coeffs()]
    n = len(coeffs) - 1
    slopes = [c * (n - k) for k, c in enumerate(coeffs[:-1])]

    def horner(cs: list[Fraction]) -> tuple[Fraction, Fraction]:
        vr, vi = Fraction(0), Fraction(0)
        for c in cs:
            vr, vi = vr * re - vi * im + c, vr * im + vi * re
        return vr, vi

    vr, vi = horner(coeffs)
    sr, si = horner(slopes)
    slope2 = sr * sr + si * si
    if slope2 == 0:
        return float("inf")
    return float(n * math.sqrt(float((vr * vr + vi * vi) / slope2)))


def _parts(z: sp.Expr) -> tuple[sp.Expr, sp.Expr]:
    """(re z, im z) of a decimal a + b·i, read off its terms (``sp.re``/``sp.im`` are
    function evaluations, slow on a cold cache); ``sp.re``/``sp.im`` for any other form."""
    a, rest = z.as_coeff_Add()
    b, unit = rest.as_coeff_Mul()
    if a.is_Number and b.is_Number and (unit is sp.I or rest is sp.S.Zero):
        return a, (b if unit is sp.I else sp.S.Zero)
    return sp.re(z), sp.im(z)


def _short_roots(f: sp.Poly) -> dict[sp.Expr, int] | None:
    """Exact roots of one factor when they are readable (degree ≤ 2, or radicals that are
    short, e.g. a biquadratic's), else ``None``."""
    if f.degree() == 1 and f.domain.is_Numerical:  # what sp.roots does, without its set-up
        return {-f.nth(0) / f.nth(1): 1}
    if f.degree() <= 2:
        found = sp.roots(f, multiple=False)
        return found if sum(found.values()) == f.degree() else None
    if f.free_symbols - {LAMBDA}:
        return None
    if any(c for k, c in enumerate(reversed(f.all_coeffs())) if k % 2):  # odd powers: cubic
        return None  # formula roots, which are never short
    found = sp.roots(f, multiple=False)
    if sum(found.values()) != f.degree() or any(len(fmt(r)) > MESSY for r in found):
        return None
    return found


def roots_with_facts(poly: sp.Expr, m: sp.Matrix) -> tuple[dict[sp.Expr, int], RootFacts]:
    """The roots of p(λ) with multiplicities, from its factorisation, and what they are.

    Factors of degree ≤ 2 give exact roots; an irreducible rational factor of degree ≥ 3 gives
    30-digit decimal roots (``decimal_roots``, each proven close to a root of the factor by
    ``check_eigenvalues``) instead of formula radicals hundreds of characters long, whose
    evaluation (or SymPy's CRootOf isolation of complex roots) costs seconds. Real roots are
    counted by Sturm sequences (``count_roots``), not guessed from how the roots print.
    """
    n = m.rows
    p = sp.Poly(poly, LAMBDA)
    rational = p.domain.is_ZZ or p.domain.is_QQ
    _, factors = factor_list(p)
    values: dict[sp.Expr, int] = {}
    real = 0
    casus = decimal = False
    for f, e in factors:
        found = _short_roots(f)
        if found is None:
            if not rational:
                what = ("symbols" if f.free_symbols - {LAMBDA} else
                        "complex (or irrational) coefficients")
                raise TooHard(
                    f"The characteristic polynomial has a factor of degree {f.degree()} "
                    f"with {what}: its roots have no readable closed form."
                    + (" Try numbers instead of symbols." if what == "symbols" else ""))
            found = {r: 1 for r in decimal_roots(f)}
            decimal = True
            casus = casus or (f.degree() in (3, 4) and f.count_roots() == f.degree())
        for r, k in found.items():
            r = r if r.has(sp.Float) else simp(r)
            values[r] = values.get(r, 0) + k * e
        if rational:
            real += f.count_roots() * e
    values = dict(sorted(values.items(), key=lambda kv: _sort_key(kv[0])))
    symmetric = not m.free_symbols and not m.has(sp.I) and m.is_symmetric()
    if not rational and not m.free_symbols:
        # numbers with i (or surds): exact roots, each decided real or not by SymPy
        flags = [(k.is_real, v) for k, v in values.items()]
        real = sum(v for r, v in flags if r) if all(r is not None for r, _ in flags) else None
    elif not rational:
        real = None
    facts = RootFacts(
        n=n, real=real, nonreal=None if real is None else n - real, paired=rational,
        repeated=any(v > 1 for v in values.values()), casus=casus,
        decimal=decimal or any(len(fmt(k)) > MESSY for k in values), symmetric=symmetric,
        distinct=len(values), symbolic=bool(m.free_symbols))
    return values, facts


def roots_why(facts: RootFacts, name: str = "A") -> str:
    """The sentence under "Solve p(λ) = 0", derived from the counted roots."""
    n = facts.n
    distinct = facts.distinct
    if facts.real is None:
        if facts.symbolic:
            return (f"Each root of p(λ) is an eigenvalue{facts.rep_text}. With symbols in "
                    f"{name}, whether they are real depends on the values of the symbols.")
        return f"Each root of p(λ) is an eigenvalue{facts.rep_text}."
    if not facts.paired and facts.nonreal:  # complex entries: no conjugate pairs
        real_text = {0: "no real roots", 1: "one real root"}.get(facts.real,
                                                                 f"{facts.real} real roots")
        return (f"p(λ) has {real_text} and {facts.nonreal} non-real "
                f"root{'s' * (facts.nonreal != 1)} (A has complex entries, so they need not "
                f"come in conjugate pairs){facts.rep_text}.")
    pairs = facts.nonreal // 2
    pair_text = ("one complex-conjugate pair" if pairs == 1 else
                 f"{pairs} complex-conjugate pairs")
    if facts.nonreal == 0:
        count = (f"{n} different real roots" if distinct == n else
                 f"one real root, counted {n} times" if distinct == 1 else
                 f"{distinct} different real roots ({n} counted with multiplicity)")
        if facts.symmetric:
            text = f"{name} is symmetric, so its eigenvalues are real: p(λ) has {count}."
        else:
            text = f"Every root of p(λ) is real: {count}."
        if facts.casus:
            text += (" Their exact radicals (cubic or quartic formula) pass through complex "
                     "numbers even though the roots are real, so decimals are shown.")
        elif facts.decimal:
            text += " The exact roots have no short form, so decimals are shown."
        return text
    if facts.real == 0:
        text = (f"p(λ) has no real roots: its roots form {pair_text}, so {name} turns every "
                f"real direction and has no real eigenvector{facts.rep_text}.")
    else:
        real_text = "one real root" if facts.real == 1 else f"{facts.real} real roots"
        text = (f"p(λ) has {real_text} and {pair_text}: only the real "
                + ("eigenvalue has" if facts.real == 1 else "eigenvalues have")
                + f" real eigenvectors{facts.rep_text}.")
    if facts.decimal:
        text += " The exact roots have no short form, so decimals are shown."
    return text


def _sum_product_step(m: sp.Matrix, values: dict[sp.Expr, int], name: str = "A"
                      ) -> Step | None:
    """Sum = trace, product = det, computed (exactly, or in decimals for CRootOf roots) and
    compared: the line is shown only when the comparison holds."""
    tr, det = simp(m.trace()), simp(m.det(method="berkowitz"))
    if any(k.has(sp.CRootOf, sp.Float) for k in values):
        total = sum((_numeric(k) * v for k, v in values.items()), 0j)
        prod = complex(np.prod([_numeric(k) ** v for k, v in values.items()]))
        scale = 1 + abs(complex(tr)) + abs(complex(det))
        if abs(total - complex(tr)) > 1e-9 * scale or abs(prod - complex(det)) > 1e-9 * scale:
            logger.error("sum/product check failed for %s", m)
            return None
        return Step("Check: sum = trace, product = det",
                    [f"sum ≈ {_dec(total)} (trace {name} = {fmt(tr)}), "
                     f"product ≈ {_dec(prod)} (det {name} = {fmt(det)})"], detail=True)
    total = simp(sum((k * v for k, v in values.items()), sp.Integer(0)))
    prod = simp(sp.Mul(*[k**v for k, v in values.items()]))
    if not (is_zero(total - tr) and is_zero(prod - det)):
        logger.error("sum/product check failed for %s", m)
        return None
    return Step("Check: sum = trace, product = det",
                [f"sum = {readable(total)} = trace {name}, "
                 f"product = {readable(prod)} = det {name}"],
                detail=True)


def _dec(z: complex) -> str:
    re = 0.0 if abs(z.real) < 1e-12 * (1 + abs(z)) else z.real
    return f"{re:.6g}".replace("-", "−")


def eigenvalue_steps(m: sp.Matrix) -> tuple[dict[sp.Expr, int], list[Step], sp.Expr]:
    """Eigenvalues with multiplicities, the steps, and the characteristic polynomial."""
    values, steps, poly, _ = eigenvalue_working(m)
    return values, steps, poly


def eigenvalue_working(m: sp.Matrix, name: str = "A"
                       ) -> tuple[dict[sp.Expr, int], list[Step], sp.Expr, RootFacts]:
    """``eigenvalue_steps`` plus the facts about the roots; ``name``: the matrix's letter."""
    n = m.rows
    shifted = simp_matrix(m - LAMBDA * sp.eye(n))
    steps = [Step(f"Set up det({name} − λI) = 0", [shifted],
                  why=f"λ is an eigenvalue exactly when {name} − λI squashes some nonzero "
                      "vector to 0, i.e. when it is singular.")]
    if n == 2:
        tr, det = simp(m.trace()), minor_det(m)
        poly = sp.expand(LAMBDA**2 - tr * LAMBDA + det)
        steps.append(Step(f"For 2×2: det({name} − λI) = λ² − (trace)·λ + det {name}",
                          [f"trace = {fmt(tr)}, det {name} = {fmt(det)}",
                           f"p(λ) = {fmt(poly)}"]))
    else:
        value, sub = det_steps(shifted, f"({name} − λI)")
        for s in sub:
            s.detail = True
        steps += sub
        poly = sp.expand(value)
        steps.append(Step("Characteristic polynomial, expanded", [f"p(λ) = {fmt(poly)}"]))
    direct = charpoly(m)
    if not is_zero(poly - direct):
        logger.error("characteristic polynomial mismatch: %s vs %s", poly, direct)
        poly = direct  # and the working that led elsewhere is not shown
        steps[1:] = [Step("Characteristic polynomial, expanded", [f"p(λ) = {fmt(poly)}"])]
    factored = _factored(poly)
    if _splits(factored):
        steps.append(Step("Factor it", [f"p(λ) = {fmt(factored)}"]))
    values, facts = roots_with_facts(poly, m)
    lines = [f"λ {_shown(k)}" if _shown(k).startswith("≈") else f"λ = {fmt(k)}"
             for k in values]
    lines = [line + (f" (multiplicity {v})" if v > 1 else "")
             for line, v in zip(lines, values.values(), strict=True)]
    steps.append(Step("Solve p(λ) = 0", lines, why=roots_why(facts, name)))
    if not m.free_symbols or n == 2:
        check = _sum_product_step(m, values, name)
        if check is not None:
            steps.append(check)
    return values, steps, poly, facts


def charpoly(m: sp.Matrix) -> sp.Expr:
    """det(A − λI), computed directly by SymPy (Berkowitz), expanded; once per matrix and
    solve (the working's cross-check and the answer's check both need it)."""
    return _charpoly(sp.ImmutableMatrix(m))


@cacheit  # SymPy's cache: cleared with clear_cache(), as the benchmark does between runs
def _charpoly(m: sp.ImmutableMatrix) -> sp.Expr:
    return sp.expand((-1) ** m.rows * m.charpoly(LAMBDA).as_expr())


def check_eigenvalues(answer: dict[sp.Expr, int], m: sp.Matrix) -> bool:
    """Is ``answer`` exactly the multiset of roots of SymPy's characteristic polynomial?

    Exact, and cheaper than comparing formula radicals: each value's minimal polynomial g
    (CRootOf carries its own) must divide det(A − λI) exactly as many times as the claimed
    multiplicity, the multiplicities must add up to n, and the values must be different.
    Symbolic matrices: the claimed multiset must give the characteristic polynomial,
    ∏ (λ − value)^multiplicity = det(λI − A) coefficient by coefficient. This is exact and
    needs no pairing of roots, so two forms of one root (cos θ + i·sin θ against
    cos θ + √(cos²θ − 1), equal as a pair for real θ though not one by one) agree.
    """
    if m.free_symbols or m.has(sp.I):
        if sum(answer.values()) != m.rows:
            return False
        claimed = sp.Mul(*((LAMBDA - sp.sympify(k, strict=True)) ** v  # safe: strict
                           for k, v in answer.items()))
        gap = sp.Poly(sp.expand((-1) ** m.rows * claimed - charpoly(m)), LAMBDA)
        return all(is_zero(c) for c in gap.all_coeffs())
    answer = {sp.sympify(k, strict=True): v for k, v in answer.items()}  # safe: strict
    direct = sp.Poly(charpoly(m), LAMBDA)
    if sum(answer.values()) != m.rows:
        return False
    decimals = {k: v for k, v in answer.items() if k.has(sp.Float)}
    if decimals and not _check_decimal_roots(decimals, direct):
        return False
    for value, mult in answer.items():
        if value in decimals:
            continue
        if isinstance(value, sp.CRootOf):
            g = sp.Poly(value.poly.as_expr().subs(value.poly.gen, LAMBDA), LAMBDA)
            if not g.is_irreducible:
                return False
        else:
            g = minimal_poly(value)
        times, rest = 0, direct
        while True:
            q, r = sp.div(rest, g)
            if not r.is_zero:
                break
            times, rest = times + 1, q
        if times != mult:
            return False
    nums = [_numeric(k) for k in answer]
    return all(abs(a - b) > 1e-12 for i, a in enumerate(nums) for b in nums[i + 1:])


def minimal_poly(value: sp.Expr) -> sp.Poly:
    """The minimal polynomial of an algebraic number over Q, in λ. Written down directly
    for a rational p/q (qλ − p) and for a + b·√r or a + b·i with a, b, r rational, b ≠ 0 and
    √r irrational ((λ − a)² − b²r: degree 2 with an irrational root, so irreducible); else
    SymPy's ``minimal_polynomial``, which costs milliseconds even for those simple forms."""
    if value.is_Rational:
        p, q = value.as_numer_denom()
        return sp.Poly(q * LAMBDA - p, LAMBDA)
    a, rest = value.as_coeff_Add()
    b, s = rest.as_coeff_Mul()
    r = None
    if s is sp.I:
        r = sp.Integer(-1)
    elif _is_surd(s):
        r = s.base
    elif s.is_Mul and len(s.args) == 2 and sp.I in s.args:  # i·√r: √(−r), non-real
        surd = s.args[0] if s.args[1] is sp.I else s.args[1]
        r = -surd.base if _is_surd(surd) else None
    if (r is not None and a.is_Rational and b.is_Rational and b != 0
            and not sp.sqrt(r).is_Rational):
        return sp.Poly((LAMBDA - a) ** 2 - b**2 * r, LAMBDA)
    return sp.Poly(sp.minimal_polynomial(value, LAMBDA), LAMBDA)


def _is_surd(s: sp.Expr) -> bool:
    """√r for a positive rational r (SymPy keeps √r only when r is not a square)."""
    return bool(s.is_Pow and s.exp is sp.S.Half and s.base.is_Rational and s.base > 0)


def _check_decimal_roots(decimals: dict[sp.Expr, int], direct: sp.Poly) -> bool:
    """Each decimal is within 10⁻²⁰·(1 + |z|) of a root of an irreducible factor g of degree
    ≥ 3 of det(A − λI) (a proven disc, see ``_root_bound``); the discs of one factor are
    disjoint, so they hold different roots; each factor's deg g roots all appear, with g's
    exponent as multiplicity."""
    _, factors = factor_list(direct)
    left = dict(decimals)
    for g, e in factors:
        if g.degree() < 3:
            continue
        mine = []
        for z in list(left):
            bound = _root_bound(g, z)
            if bound < 1e-20 * (1 + abs(_numeric(z))):
                mine.append((z, bound))
        if len(mine) != g.degree() or any(left[z] != e for z, _ in mine):
            return False
        for i, (z1, r1) in enumerate(mine):
            for z2, r2 in mine[i + 1:]:
                if abs(_numeric(z1) - _numeric(z2)) <= r1 + r2:
                    return False
        for z, _ in mine:
            del left[z]
    return not left


def _factored(poly: sp.Expr) -> sp.Expr:
    """p(λ) factored over the rationals (the same factor_list that roots_with_facts uses,
    cached by SymPy's polys, instead of a second ``factor`` of the expression)."""
    p = sp.Poly(poly, LAMBDA)
    coeff, factors = factor_list(p)
    return sp.Mul(coeff, *[f.as_expr() ** e for f, e in factors])


@cacheit  # SymPy's cache: cleared with clear_cache(), as the benchmark does between runs
def factor_list(p: sp.Poly) -> tuple[sp.Expr, list[tuple[sp.Poly, int]]]:
    """``p.factor_list()``, once per polynomial (the working, the facts and the check all
    need the same factorisation of the characteristic polynomial)."""
    return p.factor_list()


def _splits(factored: sp.Expr) -> bool:
    """Does factoring show something (two or more factors in λ, or a repeated one)?"""
    parts = [f for f in sp.Mul.make_args(factored) if f.has(LAMBDA)]
    return len(parts) > 1 or any(f.is_Pow for f in parts)


def _shown(value: sp.Expr) -> str:
    """An eigenvalue for a phone: exact when short, else ``≈`` 6 significant figures."""
    if isinstance(value, sp.Expr) and value.has(sp.Float) and not _DECIMALS.get():
        return "≈ " + fmt(numeric(value, 6))
    if _DECIMALS.get() and isinstance(value, sp.Expr) and not value.is_Rational and not (
            value.is_Float and not value.has(sp.I)):  # a surd shown in decimals is rounded
        return "≈ " + fmt(value)
    return readable(value)


def _values_text(values: dict[sp.Expr, int]) -> str:
    return ", ".join(_shown(k) + (f" (×{v})" if v > 1 else "") for k, v in values.items())


@entry_point
def solve_eigenvalues(problem: Problem) -> Solution:
    (m,) = need_matrices(problem, 1, "eigenvalues")
    square(m, "eigenvalues")
    values, steps, _ = eigenvalue_steps(m)
    out = verified(problem, values, m, steps, check=check_eigenvalues,
                   fallback=lambda: _sympy_eigenvalues(m))
    if MISMATCH_NOTE in out.notes:
        out.steps[0].math = [f"λ {_shown(k)}" if _shown(k).startswith("≈") else
                             f"λ = {fmt(k)}" + (f" (multiplicity {v})" if v > 1 else "")
                             for k, v in out.answer.items()]
    # from the exact values (out.answer is in decimals when the student typed decimals)
    text = _values_text(out.answer if MISMATCH_NOTE in out.notes else values)
    out.answer_text = ("λ: " if "≈" in text else "λ = ") + text
    return out


def _sympy_eigenvalues(m: sp.Matrix) -> dict[sp.Expr, int]:
    """SymPy's ``eigenvals()``, long radicals replaced by 30-digit decimals."""
    return {(simp(k) if len(str(k)) <= 80 else sp.N(k, DECIMAL_DIGITS, chop=True)): v
            for k, v in m.eigenvals().items()}


def _sympy_eigenvects(m: sp.Matrix) -> list:
    try:
        return [(simp(k), mult, [simp_matrix(v) for v in vecs])
                for k, mult, vecs in m.eigenvects(simplify=True)]
    except (NotImplementedError, sp.MatrixError) as exc:
        raise TooHard("SymPy cannot find these eigenvectors in closed form.") from exc


def exact_rank(m: sp.Matrix) -> int:
    """Rank over the field of the entries (rationals and surds: QQ<√d>), by SymPy."""
    try:
        return DomainMatrix.from_Matrix(m, extension=True).to_field().rank()
    except (ValueError, TypeError, NotImplementedError, CoercionFailed):
        return m.rank(simplify=True)


def _check_vects_exact(answer: list, m: sp.Matrix) -> bool:
    n = m.rows
    if not check_eigenvalues({value: mult for value, mult, _ in answer}, m):
        return False
    for value, mult, vecs in answer:
        shifted = m - value * sp.eye(n)
        if any(not is_zero(x) for v in vecs for x in shifted * v):
            return False
        # a simple root (just verified) has a 1-dimensional eigenspace: 1 ≤ geo ≤ alg = 1
        geo = 1 if mult == 1 else n - exact_rank(shifted)
        if len(vecs) != geo:
            return False
        if len(vecs) == 1 and all(is_zero(x) for x in vecs[0]):
            return False
        if len(vecs) > 1 and exact_rank(sp.Matrix.hstack(*vecs)) != len(vecs):
            return False
    return True


def _check_vects(answer: list, truth: list, m: sp.Matrix) -> bool:
    if len(answer) != len(truth):
        return False
    for value, mult, vecs in truth:
        match = [t for t in answer if is_zero(t[0] - value)]
        if not match or match[0][1] != mult or len(match[0][2]) != len(vecs):
            return False
        mine = match[0][2]
        if any(not is_zero(x) for v in mine for x in simp_matrix(m * v - value * v)):
            return False
        if mine and sp.Matrix.hstack(*mine).rank(simplify=True) != len(mine):
            return False
    return True


def eigenvector_steps(m: sp.Matrix, values: dict[sp.Expr, int]) -> tuple[list, list[Step]]:
    """For each eigenvalue: the null space of A − λI, with multiplicities compared."""
    n = m.rows
    result: list[tuple[sp.Expr, int, list[sp.Matrix]]] = []
    steps: list[Step] = []
    for value, mult in values.items():
        shifted = simp_matrix(m - value * sp.eye(n))
        elim = eliminate(shifted)
        basis = nullspace_from(elim.eval(), elim.pivots)
        result.append((value, mult, basis))
        steps.append(Step(f"λ = {fmt(value)}: solve (A − λI)v = 0", [shifted], detail=True))
        steps.append(Step(f"Row reduced ({len(elim.ops)} operations: "
                          + "; ".join(op.label() for op in elim.ops[:6])
                          + ("; …" if len(elim.ops) > 6 else "") + ")",
                          [elim.eval()], detail=True))
        geo = len(basis)
        title = f"λ = {fmt(value)}: eigenvector" + ("s" if geo > 1 else "")
        if mult == 1:
            why = "A simple eigenvalue has exactly one eigenvector direction."
        elif geo == mult:
            why = (f"Repeated eigenvalue (algebraic multiplicity {mult}) with {geo} "
                   "independent eigenvectors: not defective.")
        else:
            why = (f"Defective: algebraic multiplicity {mult} but geometric multiplicity "
                   f"only {geo} (one free variable per eigenvector), so eigenvectors cannot "
                   "fill the space.")
        steps.append(Step(title, list(basis), why=why))
    return result, steps


def _diagonalisation(m: sp.Matrix, vects: list) -> Step | None:
    if any(len(vecs) != mult for _, mult, vecs in vects):
        return None
    cols = [v for _, _, vecs in vects for v in vecs]
    p = sp.Matrix.hstack(*cols)
    d = sp.diag(*[value for value, _, vecs in vects for _ in vecs])
    if any(not is_zero(x) for x in simp_matrix(m * p - p * d)):
        logger.error("diagonalisation check failed for %s", m)
        return None
    return Step("Diagonalisation A = P D P⁻¹ (eigenvectors as the columns of P)",
                ["P =", p, "D =", d],
                why="A has a full set of independent eigenvectors, so in that basis it "
                    "only stretches: Aⁿ = P Dⁿ P⁻¹.")


@entry_point
def solve_eigenvectors(problem: Problem) -> Solution:
    (m,) = need_matrices(problem, 1, "eigenvectors")
    square(m, "eigenvectors")
    values, steps, _ = eigenvalue_steps(m)
    for s in steps:
        s.detail = s.detail or not s.title.startswith(("Solve p", "Factor", "Characteristic"))
    if needs_decimals(m, values):
        if problem.options.get("pick"):
            raise TooHard("This matrix's eigenvalues are not exact numbers, so I do not pick "
                          "one out: ask for all its eigenvectors and I will show each one.")
        return _decimal_eigenvectors(problem, m, values, steps)
    vects, more = eigenvector_steps(m, values)
    steps += more
    diag = _diagonalisation(m, vects)
    if diag is not None:
        steps.append(diag)
    elif len(vects) and sum(len(v) for _, _, v in vects) < m.rows:
        steps.append(Step("Not diagonalisable", [],
                          why="There are fewer independent eigenvectors than columns."))
    if not m.free_symbols and not m.has(sp.I):
        # exact, without SymPy's eigenvects(simplify=True) (most of the time): the values
        # are the roots of SymPy's characteristic polynomial (check_eigenvalues), each
        # vector solves (A − λI)v = 0 exactly, and each eigenspace has n − rank(A − λI)
        # independent vectors (ranks by SymPy over the numbers' algebraic field)
        out = verified(problem, vects, m, steps, check=_check_vects_exact,
                       fallback=lambda: _sympy_eigenvects(m))
    else:
        truth = _sympy_eigenvects(m)
        out = verified(problem, vects, truth, steps, check=lambda a, t: _check_vects(a, t, m))
    if problem.options.get("pick"):
        out = _picked(out, m, problem.options["pick"], bool(problem.options.get("unit")))
    out.answer_text = "; ".join(_vect_text(v) for v in out.answer)
    return out


def _picked(out: Solution, m: sp.Matrix, which: str, unit: bool) -> Solution:
    """The eigenvector of one eigenvalue ("for the largest eigenvalue", "for λ = 2"), chosen
    from the verified list by the numbers; complex values have no largest, ties ask back."""
    values = [value for value, _mult, _vecs in out.answer]
    listed = ", ".join(_shown(v) for v in values)
    if which in ("largest", "smallest"):
        if not all(sp.im(v).is_zero for v in values):
            raise ParseError(f"Some eigenvalues of this matrix are complex ({listed}), so none "
                             f"is the {which}.", "Ask for all the eigenvectors, or name one "
                             "eigenvalue: ... for λ = <value>.")
        key = [float(sp.N(v, 30)) for v in values]
        best = (max if which == "largest" else min)(range(len(values)), key=key.__getitem__)
        why = f"The eigenvalues are {listed}: the {which} is {_shown(values[best])}."
    elif which == "dominant":
        size = [float(sp.N(sp.Abs(v), 30)) for v in values]
        best = max(range(len(values)), key=size.__getitem__)
        if sum(1 for x in size if math.isclose(x, size[best], rel_tol=1e-12)) > 1:
            raise ParseError(f"Two eigenvalues of this matrix are equally large in size "
                             f"({listed}), so none is dominant.",
                             "Name the one you want: ... for λ = <value>.")
        why = (f"The eigenvalues are {listed}: the largest in size (|λ|) is "
               f"{_shown(values[best])}.")
    else:
        target = sp.Rational(Fraction(which))
        found = [i for i, v in enumerate(values) if sp.simplify(v - target) == 0]
        if not found:
            raise ParseError(f"{_shown(target)} is not an eigenvalue of this matrix: its "
                             f"eigenvalues are {listed}.", "Pick one of those.")
        best = found[0]
        why = f"The eigenvalues are {listed}; λ = {_shown(target)} is one of them."
    value, mult, vecs = out.answer[best]
    if unit:
        vecs = [simp_matrix(v / sp.sqrt(simp(sum(x**2 for x in v)))) for v in vecs]
    for v in vecs:  # each one checked again: A·v = λ·v, and length 1 when asked
        if any(simp(x) != 0 for x in m * v - value * v) or (
                unit and simp(sum(x**2 for x in v) - 1) != 0):
            raise TooHard("I could not check that eigenvector.")
    steps = [*out.steps, Step(f"The eigenvector asked for: λ = {_shown(value)}",
                              [readable(v) for v in vecs], why=why
                              + (" Divided by its length, so it has length 1." if unit else ""))]
    return Solution(kind=out.kind, problem=out.problem, answer=[(value, mult, vecs)],
                    steps=steps, notes=out.notes)


def _decimal_eigenvectors(problem: Problem, m: sp.Matrix, values: dict, steps: list[Step]
                          ) -> Solution:
    """Messy eigenvalues: decimal eigenvectors, verified by their residuals (not by SymPy's
    exact eigenvects, which takes minutes on cubic-formula roots)."""
    vects, more, worst = numeric_eigenvectors(m, values)
    if not worst < TOLERANCE:
        logger.error("numeric eigenvectors failed their check (%g) for %s", worst, m)
        raise TooHard("I could not find reliable eigenvectors for this matrix.")
    return Solution(
        kind="eigenvectors", problem=problem, answer=vects, steps=steps + more,
        answer_text="; ".join(_vect_text(v) for v in vects),
        notes=["✓ Checked: ‖Av − λv‖ < 10⁻⁹·‖v‖ for every eigenvector, before rounding to "
               f"{DIGITS} significant figures."],
    )


def _vect_text(item: tuple[Any, int, list]) -> str:
    value, mult, vecs = item
    shown = _shown(value)
    head = ("λ " if shown.startswith("≈") else "λ = ") + shown + (
        f" (×{mult})" if mult > 1 else "")
    return f"{head}: " + ", ".join(readable(v) for v in vecs)
