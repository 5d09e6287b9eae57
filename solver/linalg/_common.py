"""Shared helpers for the linear algebra solvers: limits, exactness, comparison, verification.

Every solver ends with ``verified(...)``: the answer worked out in the steps is compared with
SymPy's direct computation; on a mismatch the mismatch is logged and the student gets the
SymPy answer with a note instead of the steps.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from typing import Any

import numpy as np
import sympy as sp
from sympy.core.cache import cacheit
from sympy.polys.fields import FracField
from sympy.polys.matrices import DomainMatrix
from sympy.polys.polyerrors import CoercionFailed

from ..errors import ParseError, TooHard
from ..problem import Problem
from ..render import inline
from ..solution import VERIFIED_NOTE, Solution, Step

logger = logging.getLogger(__name__)

MAX_SIZE = 6  # rows or columns of any matrix
MAX_SYMBOLIC = 4  # rows or columns of a matrix with symbols in it
LAMBDA = sp.Symbol("λ")
MISMATCH_NOTE = (
    "My step-by-step working did not match a direct computation, so I show only the verified "
    "answer."
)


_DECIMALS: ContextVar[bool] = ContextVar("linalg_decimals", default=False)


def entry_point(fn: Callable[[Problem], Solution]) -> Callable[[Problem], Solution]:
    """Wrap a solver: decimals are shown throughout when the student typed any."""

    @functools.wraps(fn)
    def run(problem: Problem) -> Solution:
        token = _DECIMALS.set(has_float(*problem.matrices, *problem.vectors,
                                        *problem.equations))
        try:
            return fn(problem)
        finally:
            _DECIMALS.reset(token)

    return run


def fmt(x: Any) -> str:
    """``inline`` for the current solution: decimals when the student typed decimals."""
    return inline(decimal(x) if _DECIMALS.get() and not isinstance(x, str) else x)


MESSY = 36  # characters: past this an exact number is shown as a decimal on a phone


@cacheit  # SymPy's cache: cleared with clear_cache()
def root_value(r: sp.CRootOf) -> sp.Expr:
    """A 20-digit value of an exact root, by the secant method from its isolating interval
    (``eval_approx``), once per root: SymPy's ``evalf`` of a CRootOf refines intervals by
    bisection and costs ~0.2 s each time."""
    return r.eval_approx(20)


def numeric(x: Any, digits: int = 15) -> sp.Expr:
    """``sp.N(x, digits)``, with CRootOf atoms replaced by their cached values first."""
    x = sp.sympify(x, strict=True)  # safe: a SymPy object built by the solver
    roots = x.atoms(sp.CRootOf)
    if roots:
        x = x.xreplace({r: root_value(r) for r in roots})
    return sp.N(x, digits, chop=True)


def readable(x: Any) -> str:
    """``fmt`` unless an exact number (or a vector of them) is too long to read on a phone:
    then ≈ a 6-significant-figure decimal (cubic roots in radicals help nobody)."""
    text = fmt(x)
    if isinstance(x, sp.Basic) and x.has(sp.CRootOf):  # an exact root with no formula shown
        return "≈ " + inline(x.applyfunc(lambda e: numeric(e, 6))
                             if isinstance(x, sp.MatrixBase) else numeric(x, 6))
    if len(text) <= MESSY or isinstance(x, str):
        return text
    if isinstance(x, sp.MatrixBase):
        if x.free_symbols or x.has(sp.Float):  # symbols, or already decimals
            return text
        return "≈ " + inline(x.applyfunc(lambda e: sp.N(e, 6, chop=True)))
    x = sp.sympify(x, strict=True)  # safe: a SymPy object built by the solver
    if x.free_symbols or x.has(sp.Float):
        return text
    return "≈ " + inline(sp.N(x, 6, chop=True))


def paren(x: Any) -> str:
    """``3``, ``(−2)``, ``(a + b)``: a factor as it is written inside a product."""
    x = sp.sympify(x, strict=True)  # safe: a SymPy object or number built by the solver
    if _DECIMALS.get():
        x = decimal(x)
    text = inline(x)
    if (x.is_Atom and not x.is_Rational and not x.could_extract_minus_sign()) or (
            x.is_Integer and x >= 0) or (x.is_Pow and not x.is_Rational):
        return text
    return f"({text})"


def shape(m: sp.MatrixBase) -> str:
    """``2×3``: the shape as a student writes it."""
    return f"{m.rows}×{m.cols}"


def check_limits(*mats: sp.MatrixBase) -> None:
    """Raise ``TooHard`` when a matrix is beyond what the step-by-step solver explains."""
    for m in mats:
        big = max(m.rows, m.cols)
        if big > MAX_SIZE:
            raise TooHard(
                f"That matrix is {shape(m)}; I explain steps for matrices up to "
                f"{MAX_SIZE}×{MAX_SIZE}."
            )
        if big > MAX_SYMBOLIC and m.free_symbols:
            raise TooHard(
                f"That matrix is {shape(m)} with symbols in it; with symbols I explain steps "
                f"up to {MAX_SYMBOLIC}×{MAX_SYMBOLIC}."
            )
        if m.rows == 0 or m.cols == 0:
            raise ParseError("That matrix is empty.", "Write it like [1 2; 3 4].")


def has_float(*objs: Any) -> bool:
    """Did the student type decimals anywhere in these operands?"""
    return any(isinstance(obj, sp.MatrixBase | sp.Basic) and bool(obj.atoms(sp.Float))
               for obj in objs)


def exact(m: sp.MatrixBase) -> sp.Matrix:
    """A mutable copy with decimals turned into the fractions they denote (0.5 → 1/2)."""
    return sp.Matrix(m).applyfunc(
        lambda e: sp.nsimplify(e, rational=True) if e.atoms(sp.Float) else e
    )


def decimal(obj: Any) -> Any:
    """Decimals for an answer or step item, used when the student typed decimals."""
    if isinstance(obj, dict):
        return {decimal(k) if not isinstance(k, sp.Symbol) else k: decimal(v)
                for k, v in obj.items()}
    if isinstance(obj, list):
        return [decimal(o) for o in obj]
    if isinstance(obj, tuple):
        return tuple(decimal(o) for o in obj)
    if isinstance(obj, sp.MatrixBase | sp.Basic) and not isinstance(obj, sp.Symbol):
        return obj.evalf(12)
    return obj


@cacheit  # SymPy's cache: cleared with clear_cache()
def _field(gens: tuple[sp.Symbol, ...]) -> FracField:
    return FracField(gens, sp.QQ, sp.polys.orderings.lex)


_J = sp.Dummy("j")


def _field_cancel(e: sp.Expr) -> sp.Expr | None:
    """A rational function of symbols (and e, which is transcendental), cancelled in SymPy's
    sparse fraction field: several times faster than together + cancel, whose Expr-level
    term gathering dominated symbolic 4×4 elimination. ``None`` when ``e`` is not one
    (radicals, functions). The imaginary unit is cancelled as a generator j and put back
    (j = i is a ring map; the reduced denominator divides the original, which is nonzero
    at j = i because the expression was defined), then i² = −1 is applied by expanding."""
    unit = e.has(sp.I)
    if unit:
        e = e.xreplace({sp.I: _J})
    gens = tuple(sorted(e.free_symbols | ({sp.E} if e.has(sp.E) else set()), key=str))
    try:
        out = _field(gens).from_expr(e).as_expr()
    except (ValueError, CoercionFailed):
        return None
    if unit:
        num, den = sp.fraction(out.xreplace({_J: sp.I}))
        out = sp.expand(num) / sp.expand(den)
    return out


def simp(e: Any) -> sp.Expr:
    """Cheap normal form for one entry: rationals stay as they are, the rest are cancelled."""
    e = sp.sympify(e, strict=True)  # safe: strict
    if e.is_Rational or e.is_Symbol:
        return e
    if e.free_symbols and expanded_polynomial(e):
        return e  # already the field's normal form (like terms merged, nothing to cancel)
    if e.free_symbols and not e.has(sp.Float):
        fast = _field_cancel(e)
        if fast is not None:
            return fast
    if e.free_symbols:
        together = sp.together(e)
        if sp.fraction(together)[1].free_symbols:
            return sp.cancel(together)
        return sp.expand(e)
    if e.has(sp.Float):  # decimals stay decimals: nsimplify would invent an exact form
        return sp.expand(e)
    if sp.count_ops(e) > 30:  # cubic-formula roots: radsimp is slow and helps no reader
        return e
    return sp.radsimp(sp.expand(e))


def field_matrix(m: sp.MatrixBase, formal_i: bool = False) -> DomainMatrix | None:
    """``m`` over SymPy's fraction field of its symbols (e allowed: it is transcendental),
    for fast exact rref/rank of symbolic matrices; ``None`` for numbers only or radicals.
    With ``formal_i`` the imaginary unit becomes a generator j (Gaussian domains are far
    slower): a result computed so is only a candidate, to be mapped back with ``unformal``
    and compared with an independent computation."""
    if not m.free_symbols:
        return None
    if m.has(sp.I):
        if not formal_i:
            return None
        m = m.xreplace({sp.I: _J})
    try:
        dm = DomainMatrix.from_Matrix(sp.Matrix(m)).to_field()
    except (ValueError, TypeError, CoercionFailed):
        return None
    k = dm.domain
    if k.is_FractionField and (k.domain.is_ZZ or k.domain.is_QQ):
        return dm
    return None


def unformal(m: sp.MatrixBase) -> sp.Matrix:
    """Put i back for the generator j of ``field_matrix(..., formal_i=True)``."""
    if not m.has(_J):
        return sp.Matrix(m)
    return sp.Matrix(m).applyfunc(lambda e: simp(e.xreplace({_J: sp.I})))


def simp_matrix(m: sp.MatrixBase) -> sp.Matrix:
    return sp.Matrix(m).applyfunc(simp)


def is_zero(e: Any) -> bool:
    """Is the expression identically zero (exactly, or after simplification)?

    A rational function of symbols is decided exactly in the fraction field (cancelled to
    0 or not), which is both exact and fast; other expressions by a high-precision sample
    point, then ``simplify``."""
    e = sp.sympify(e, strict=True)  # safe: a SymPy object built by the solver
    if e.is_Rational:
        return e == 0
    if e.free_symbols and expanded_polynomial(e):
        return False  # like terms are merged on construction, so only 0 itself is zero
    # (checked before SymPy's assumptions, whose is_zero query on a polynomial in fresh
    # symbols costs ~1 ms and says only "unknown")
    if e.is_zero is not None:
        return bool(e.is_zero)
    if e.free_symbols and not e.has(sp.Float):
        fast = _field_cancel(e)
        if fast is not None:
            return fast == 0
    if _clearly_nonzero(e):  # cheap: most comparisons are between different values
        return False
    expanded = sp.expand(e)  # exact sufficient tests first: surds cancel on expanding
    if expanded == 0 or (not expanded.free_symbols and sp.radsimp(expanded) == 0):
        return True
    return sp.simplify(e) == 0


def expanded_polynomial(e: sp.Expr) -> bool:
    """A sum of rational multiples of distinct monomials in symbols (SymPy's Add merges
    equal monomials, so such a sum is 0 only when it has no terms). At most one term is a
    constant (Add merges them too); a bare number is not such a sum."""
    if e.is_Number:
        return False
    for term in sp.Add.make_args(e):
        coeff, rest = term.as_coeff_Mul()
        if not coeff.is_Rational:
            return False
        if rest is sp.S.One:  # the constant term
            continue
        for f in sp.Mul.make_args(rest):
            if f.is_Symbol:
                continue
            if not (f.is_Pow and f.base.is_Symbol and f.exp.is_Integer and f.exp > 0):
                return False
    return True


def polynomial(e: sp.Expr) -> bool:
    """A rational number or an expanded polynomial in symbols with rational coefficients
    (its expand() is simp()'s normal form)."""
    return bool(e.is_Rational or (e.free_symbols and expanded_polynomial(e)))


def _clearly_nonzero(e: sp.Expr) -> bool:
    """Nonzero at a sample point (high precision), so not identically zero."""
    point = {s: sp.Rational(7 + 3 * i, 11 + 2 * i) for i, s in
             enumerate(sorted(e.free_symbols, key=lambda s: s.name))}
    try:
        value = complex(sp.N(e.subs(point) if point else e, 40))
    except (TypeError, ValueError, ZeroDivisionError):
        return False
    return bool(np.isfinite(value)) and abs(value) > 1e-25


def same(a: Any, b: Any) -> bool:
    """Exact equality of two answers of the same kind (numbers, matrices, lists, dicts)."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, sp.MatrixBase) or isinstance(b, sp.MatrixBase):
        if not (isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase)):
            return False
        return a.shape == b.shape and all(is_zero(x - y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        if len(a) != len(b):
            return False
        for k, v in a.items():
            match = [k2 for k2 in b if same(k, k2)]
            if not match or not same(v, b[match[0]]):
                return False
        return True
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return is_zero(sp.sympify(a, strict=True) - sp.sympify(b, strict=True))  # safe: strict


def verified(
    problem: Problem,
    answer: Any,
    truth: Any,
    steps: list[Step],
    *,
    check: Callable[[Any, Any], bool] = same,
    answer_text: str = "",
    notes: Iterable[str] = (),
    decimals: bool | None = None,
    fallback: Callable[[], Any] | None = None,
) -> Solution:
    """The solution, after checking the worked answer against SymPy's own.

    On a mismatch (a bug in the steps) the mismatch is logged and the SymPy answer is returned
    with a note, without the steps that led elsewhere. ``fallback`` computes that answer when
    ``truth`` is only what the check needs (e.g. the matrix, for an exact root test).
    """
    kind = problem.kind or ""
    notes = list(notes)
    decimals = _DECIMALS.get() if decimals is None else decimals
    try:
        ok = check(answer, truth)
    except Exception:  # a checker crash counts as a mismatch, never as a pass
        logger.exception("verification crashed for %s", kind)
        ok = False
    if ok:
        notes.append(VERIFIED_NOTE)
    else:
        if fallback is not None:  # the reference answer itself, not what the check needed
            truth = fallback()
        logger.error("linalg %s: steps gave %r but SymPy gives %r (%s)", kind, answer, truth,
                     problem.source or problem.restated)
        answer, answer_text = truth, ""
        steps = [Step("Direct computation", [truth] if truth is not None else [],
                      why="Computed directly by SymPy.")]
        notes.append(MISMATCH_NOTE)
    if decimals:
        answer = decimal(answer)
        for step in steps:
            step.math = [m if isinstance(m, str) else decimal(m) for m in step.math]
        if answer_text:
            answer_text = ""  # restated from the decimal answer below
    return Solution(kind=kind, problem=problem, answer=answer, steps=steps,
                    answer_text=answer_text, notes=notes)


def need_matrices(problem: Problem, count: int, what: str) -> tuple[sp.Matrix, ...]:
    """The first ``count`` matrices of the problem, exact, within limits."""
    if len(problem.matrices) < count:
        raise ParseError(
            f"I need {count} matri{'x' if count == 1 else 'ces'} for {what}.",
            "Write matrices like [1 2; 3 4] (rows separated by ;).",
        )
    mats = tuple(exact(m) for m in problem.matrices[:count])
    check_limits(*mats)
    return mats


def need_vectors(problem: Problem, count: int, what: str) -> tuple[sp.Matrix, ...]:
    """The first ``count`` vectors as exact columns (row vectors are turned into columns)."""
    if len(problem.vectors) < count:
        raise ParseError(
            f"I need {count} vector{'s' if count > 1 else ''} for {what}.",
            "Write vectors like (1, 2, 3).",
        )
    vecs = tuple(as_column(v) for v in problem.vectors[:count])
    check_limits(*vecs)
    return vecs


def as_column(v: sp.MatrixBase) -> sp.Matrix:
    v = exact(v)
    if v.rows == 1 and v.cols > 1:
        v = v.T
    if v.cols != 1:
        raise ParseError(f"Expected a vector but got a {shape(v)} matrix.",
                         "Write vectors like (1, 2, 3).")
    return v


def square(m: sp.MatrixBase, what: str) -> None:
    if m.rows != m.cols:
        rows = f"{m.rows} row{'s' if m.rows != 1 else ''}"
        cols = f"{m.cols} column{'s' if m.cols != 1 else ''}"
        raise ParseError(
            f"Only square matrices have {what}; yours is {shape(m)} ({rows}, {cols}).",
            "Check the matrix: every row needs as many entries as there are rows.",
        )


def coeff_text(c: sp.Expr) -> str:
    """A factor in a row operation: ``3``, ``½``, ``(2/5)``, ``(a + 1)``."""
    vulgar = {
        (1, 2): "½", (1, 3): "⅓", (2, 3): "⅔", (1, 4): "¼", (3, 4): "¾", (1, 5): "⅕",
        (2, 5): "⅖", (3, 5): "⅗", (4, 5): "⅘", (1, 6): "⅙", (5, 6): "⅚", (1, 8): "⅛",
        (3, 8): "⅜", (5, 8): "⅝", (7, 8): "⅞",
    }
    if c.is_Rational and not c.is_Integer and not _DECIMALS.get():
        key = (int(abs(c.p)), int(c.q))
        sign = "−" if c < 0 else ""
        return sign + vulgar[key] if key in vulgar else f"({inline(c)})"
    text = fmt(c)
    if (c.is_Atom and not c.is_Rational) or c.is_Integer or (c.is_Pow and c.exp == sp.S.Half):
        return text
    return f"({text})"
