"""Eigenvalues from the characteristic polynomial; eigenvectors as null spaces of A − λI.

Repeated eigenvalues compare algebraic with geometric multiplicity (defective or not), and
a diagonalisation A = P D P⁻¹ is offered when there are enough eigenvectors.
"""

from __future__ import annotations

import logging
from typing import Any

import sympy as sp

from ..errors import TooHard
from ..problem import Problem
from ..solution import Solution, Step
from ._common import (
    LAMBDA,
    entry_point,
    fmt,
    is_zero,
    need_matrices,
    readable,
    simp,
    simp_matrix,
    square,
    verified,
)
from ._rules import eliminate
from .det import det_steps
from .eigen_numeric import DIGITS, TOLERANCE, needs_decimals, numeric_eigenvectors
from .reduce import nullspace_from

logger = logging.getLogger(__name__)


def _sort_key(value: sp.Expr) -> tuple:
    """Real eigenvalues first, ascending; then complex ones by real and imaginary part."""
    if value.free_symbols:
        return (2, 0.0, 0.0, str(value))
    num = complex(sp.N(value))
    return (0 if abs(num.imag) < 1e-12 else 1, num.real, num.imag, str(value))


def eigenvalue_steps(m: sp.Matrix) -> tuple[dict[sp.Expr, int], list[Step], sp.Expr]:
    """Eigenvalues with multiplicities, the steps, and the characteristic polynomial."""
    n = m.rows
    shifted = simp_matrix(m - LAMBDA * sp.eye(n))
    steps = [Step("Set up det(A − λI) = 0", [shifted],
                  why="λ is an eigenvalue exactly when A − λI squashes some nonzero vector "
                      "to 0, i.e. when it is singular.")]
    if n == 2:
        tr, det = simp(m.trace()), simp(m.det())
        poly = sp.expand(LAMBDA**2 - tr * LAMBDA + det)
        steps.append(Step("For 2×2: det(A − λI) = λ² − (trace)·λ + det A",
                          [f"trace = {fmt(tr)}, det A = {fmt(det)}",
                           f"p(λ) = {fmt(poly)}"]))
    else:
        value, sub = det_steps(shifted, "(A − λI)")
        for s in sub:
            s.detail = True
        steps += sub
        poly = sp.expand(value)
        steps.append(Step("Characteristic polynomial, expanded", [f"p(λ) = {fmt(poly)}"]))
    direct = sp.expand((-1) ** n * m.charpoly(LAMBDA).as_expr())
    if not is_zero(poly - direct):
        logger.error("characteristic polynomial mismatch: %s vs %s", poly, direct)
        poly = direct
    factored = sp.factor(poly)
    if _splits(factored):
        steps.append(Step("Factor it", [f"p(λ) = {fmt(factored)}"]))
    found = sp.roots(sp.Poly(poly, LAMBDA))
    if sum(found.values()) < n:
        found = m.eigenvals()  # roots() gave up (no closed form): SymPy's own routine
    values = {simp(k): v for k, v in sorted(found.items(), key=lambda kv: _sort_key(kv[0]))}
    lines = [f"λ {readable(k)}" if readable(k).startswith("≈") else f"λ = {fmt(k)}"
             for k in values]
    lines = [line + (f" (multiplicity {v})" if v > 1 else "")
             for line, v in zip(lines, values.values(), strict=True)]
    complex_roots = any(k.has(sp.I) for k in values)
    why = ("The roots come in a complex-conjugate pair: A turns every real direction, so no "
           "real eigenvector exists." if complex_roots else "Each root of p(λ) is an "
           "eigenvalue; a repeated root counts with its multiplicity.")
    steps.append(Step("Solve p(λ) = 0", lines, why=why))
    if not m.free_symbols or n == 2:
        total = simp(sum((k * v for k, v in values.items()), sp.Integer(0)))
        prod = simp(sp.Mul(*[k**v for k, v in values.items()]))
        steps.append(Step("Check: sum = trace, product = det",
                          [f"sum = {fmt(total)}, product = {fmt(prod)}"], detail=True))
    return values, steps, poly


def _splits(factored: sp.Expr) -> bool:
    """Does factoring show something (two or more factors in λ, or a repeated one)?"""
    parts = [f for f in sp.Mul.make_args(factored) if f.has(LAMBDA)]
    return len(parts) > 1 or any(f.is_Pow for f in parts)


def _values_text(values: dict[sp.Expr, int]) -> str:
    return ", ".join(readable(k) + (f" (×{v})" if v > 1 else "") for k, v in values.items())


@entry_point
def solve_eigenvalues(problem: Problem) -> Solution:
    (m,) = need_matrices(problem, 1, "eigenvalues")
    square(m, "eigenvalues")
    values, steps, _ = eigenvalue_steps(m)
    truth = {simp(k): v for k, v in m.eigenvals().items()}
    out = verified(problem, values, truth, steps)
    text = _values_text(out.answer)
    out.answer_text = ("λ: " if "≈" in text else "λ = ") + text
    return out


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
        return _decimal_eigenvectors(problem, m, values, steps)
    vects, more = eigenvector_steps(m, values)
    steps += more
    diag = _diagonalisation(m, vects)
    if diag is not None:
        steps.append(diag)
    elif len(vects) and sum(len(v) for _, _, v in vects) < m.rows:
        steps.append(Step("Not diagonalisable", [],
                          why="There are fewer independent eigenvectors than columns."))
    try:
        truth = [(simp(k), mult, [simp_matrix(v) for v in vecs])
                 for k, mult, vecs in m.eigenvects(simplify=True)]
    except (NotImplementedError, sp.MatrixError) as exc:
        raise TooHard("SymPy cannot find these eigenvectors in closed form.") from exc
    order = {str(k): i for i, (k, _, _) in enumerate(truth)}
    vects.sort(key=lambda t: order.get(str(t[0]), len(order)))
    out = verified(problem, vects, truth, steps, check=lambda a, t: _check_vects(a, t, m))
    out.answer_text = "; ".join(_vect_text(v) for v in out.answer)
    return out


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
        notes=["✓ Checked: ‖Av − λv‖ < 10⁻⁹·‖v‖ for every eigenvector "
               f"(decimals to {DIGITS} significant figures)."],
    )


def _vect_text(item: tuple[Any, int, list]) -> str:
    value, mult, vecs = item
    shown = readable(value)
    head = ("λ " if shown.startswith("≈") else "λ = ") + shown + (
        f" (×{mult})" if mult > 1 else "")
    return f"{head}: " + ", ".join(readable(v) for v in vecs)
