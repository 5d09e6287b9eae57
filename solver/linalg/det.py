"""Determinants: ad − bc for 2×2, cofactor expansion for 3×3 (and symbolic 4×4), elimination
for larger numeric matrices. Also used by the inverse solver to decide singularity."""

from __future__ import annotations

import logging

import sympy as sp

from ..problem import Problem
from ..solution import Solution, Step
from ._common import (
    entry_point,
    fmt,
    need_matrices,
    paren,
    polynomial,
    simp,
    square,
    verified,
)
from ._rules import cofactor_expansion, eliminate, elimination_steps

logger = logging.getLogger(__name__)


def _det2_text(m: sp.Matrix) -> str:
    a, b, c, d = m
    return f"{paren(a)}·{paren(d)} − {paren(b)}·{paren(c)}"


def det_steps(m: sp.Matrix, name: str = "A") -> tuple[sp.Expr, list[Step]]:
    """The determinant of a square matrix and the steps that compute it."""
    n = m.rows
    if n == 1:
        return m[0, 0], [Step(f"A 1×1 determinant is the entry itself: det {name} = "
                              f"{fmt(m[0, 0])}")]
    if n == 2:
        value = minor_det(m)
        return value, [Step(
            "2×2 determinant: det = ad − bc",
            [f"det {name} = {_det2_text(m)} = {fmt(value)}"],
            why="Main diagonal product minus the other diagonal product.",
        )]
    if n == 3 or m.free_symbols:
        return _cofactor_steps(m, name)
    return _elimination_steps(m, name)


def minor_det(minor: sp.Matrix) -> sp.Expr:
    """det of a small matrix in the working, in simp()'s normal form.

    With rational or polynomial entries a 2×2 or 3×3 is expanded from its formula (ad − bc,
    as the step shows it; the rule of Sarrus): an expanded polynomial is simp()'s normal form
    already, the same as for SymPy's det (the same formulas, then a dotprodsimp that cost
    more than the rest of a minor)."""
    if minor.rows in (2, 3) and all(polynomial(e) for e in minor):
        if minor.rows == 2:
            a, b, c, d = minor
            return simp(sp.expand(a * d - b * c))
        m = minor
        return simp(sp.expand(
            m[0, 0] * m[1, 1] * m[2, 2] + m[0, 1] * m[1, 2] * m[2, 0]
            + m[0, 2] * m[1, 0] * m[2, 1] - m[0, 2] * m[1, 1] * m[2, 0]
            - m[0, 0] * m[1, 2] * m[2, 1] - m[0, 1] * m[1, 0] * m[2, 2]))
    return simp(minor.det(method="berkowitz"))


def _cofactor_steps(m: sp.Matrix, name: str) -> tuple[sp.Expr, list[Step]]:
    exp = cofactor_expansion(m, minor_det)
    line = f"{exp.axis} {exp.index + 1}"
    zeros = m.rows - len(exp.terms)
    why = ("Each zero entry drops a whole minor, so the line with the most zeros is least work."
           if zeros else "Any row or column gives the same value; this one is as easy as any.")
    steps = [Step(f"Cofactor expansion along {line}",
                  [f"det {name} = Σ (−1)^(i+j)·a_ij·M_ij over the entries of {line}"], why=why)]
    parts: list[str] = []
    for t in exp.terms:
        label = f"M{t.i + 1}{t.j + 1}"
        math: list = [t.minor]
        if t.minor.rows == 2:
            math.append(f"{label} = {_det2_text(t.minor)} = {fmt(t.minor_det)}")
        else:
            math.append(f"{label} = {fmt(t.minor_det)}")
        steps.append(Step(f"Minor {label}: delete row {t.i + 1} and column {t.j + 1}", math,
                          detail=True))
        sign = "+" if t.sign > 0 else "−"
        parts.append(f"{sign} {paren(t.entry)}·{paren(t.minor_det)}")
    value = exp.value()
    if not parts:
        text = f"det {name} = 0 (the {line} is all zeros)"
    else:
        joined = " ".join(parts)
        joined = joined[2:] if joined.startswith("+ ") else "−" + joined[2:]
        text = f"det {name} = {joined} = {fmt(value)}"
    steps.append(Step("Add the signed terms", [text],
                      why="Signs follow the chessboard pattern + − + starting at the top left."))
    return value, steps


def _elimination_steps(m: sp.Matrix, name: str) -> tuple[sp.Expr, list[Step]]:
    elim = eliminate(m, reduced=False, scale=False)
    u = elim.eval()  # replayed from the operations: the value never rests on the display
    swaps = sum(1 for op in elim.ops if op.det_factor == -1)
    diag = [u[i, i] for i in range(u.rows)]
    prod = simp(sp.Mul(*diag))
    value = simp(prod / elim.det_factor())
    steps = elimination_steps(elim, name)
    steps[0] = Step(f"Reduce {name} to upper triangular form",
                    steps[0].math,
                    why="Adding a multiple of one row to another keeps the determinant; "
                        "each swap flips its sign.")
    diag_text = "·".join(paren(d) for d in diag)
    steps.append(Step("Multiply the diagonal", [f"det U = {diag_text} = {fmt(prod)}"],
                      why="A triangular matrix's determinant is the product of its diagonal."))
    sign_text = (f"{swaps} row swap{'s' * (swaps != 1)}, so det {name} = "
                 f"{'−' if swaps % 2 else ''}det U = {fmt(value)}")
    steps.append(Step("Undo the swaps' sign changes", [sign_text]))
    return value, steps


@entry_point
def solve_det(problem: Problem) -> Solution:
    """det A with the working."""
    (m,) = need_matrices(problem, 1, "a determinant")
    square(m, "determinants")
    value, steps = det_steps(m)
    # Berkowitz: division-free, so symbolic 4×4 takes milliseconds (Bareiss's default
    # cancellations took over 10 s with e and i among the entries)
    truth = simp(m.det(method="berkowitz"))
    return verified(problem, value, truth, steps)
