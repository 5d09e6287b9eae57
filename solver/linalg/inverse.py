"""Inverses: the adjugate formula for 2×2, Gauss-Jordan on [A | I] for larger matrices.

The determinant comes first: when it is 0 the working stops there and says why.
"""

from __future__ import annotations

import logging

import sympy as sp

from ..problem import Problem
from ..solution import Solution, Step
from ._common import entry_point, fmt, is_zero, need_matrices, simp, simp_matrix, square, verified
from ._rules import eliminate, elimination_steps
from .det import det_steps

logger = logging.getLogger(__name__)


def _det_part(m: sp.Matrix) -> tuple[sp.Expr, list[Step]]:
    value, steps = det_steps(m)
    if m.rows > 2:
        for s in steps:
            s.detail = True
        steps.insert(0, Step("Determinant first", [f"det A = {fmt(value)}"],
                             why="A square matrix has an inverse exactly when det A ≠ 0."))
    return value, steps


def inverse_steps(m: sp.Matrix) -> tuple[sp.Matrix | None, list[Step], list[str]]:
    """The inverse (``None`` when singular), the steps, and notes on assumptions."""
    det, steps = _det_part(m)
    notes: list[str] = []
    if is_zero(det):
        steps.append(Step(
            "det A = 0, so A has no inverse",
            ["A is singular"],
            why="A flattens space onto a lower dimension (its columns are dependent), "
                "and no matrix can undo that.",
        ))
        return None, steps, notes
    if det.free_symbols:
        notes.append(f"Valid when {fmt(det)} ≠ 0; at those values A has no inverse.")
    if m.rows == 1:
        inv = sp.Matrix([[simp(1 / m[0, 0])]])
        steps.append(Step("The inverse of a 1×1 matrix is the reciprocal", [inv]))
        return inv, steps, notes
    if m.rows == 2:
        a, b, c, d = m
        adj = sp.Matrix([[d, -b], [-c, a]])
        inv = simp_matrix(adj / det)
        steps.append(Step(
            "2×2 inverse: swap a and d, negate b and c, divide by det",
            ["A⁻¹ = 1/(ad − bc) · [[d, −b], [−c, a]]", f"A⁻¹ = 1/{_den(det)} ·", adj,
             "= ", inv] if det != 1 else ["A⁻¹ = 1/(ad − bc) · [[d, −b], [−c, a]]", inv],
            why="Multiplying A by this matrix gives det·I, so dividing by det gives I.",
        ))
        return inv, steps, notes
    n = m.rows
    aug = m.row_join(sp.eye(n))
    elim = eliminate(aug, ncols=n)
    final = elim.eval()  # replayed: the answer rests on the operations, not on the display
    body = elimination_steps(elim, "[A | I]")
    body[0].title = f"Gauss-Jordan on [A | I] ({len(elim.ops)} row operations)"
    body[0].why = "The operations that turn A into I turn I into A⁻¹."
    steps += body
    inv = final[:, n:]
    steps.append(Step("The left half is now I, so the right half is A⁻¹", [inv]))
    if elim.assumed_nonzero:
        notes.append("Pivots with symbols were assumed nonzero: "
                     + ", ".join(fmt(p) for p in elim.assumed_nonzero[:4]) + ".")
    return inv, steps, notes


def _den(det: sp.Expr) -> str:
    text = fmt(det)
    return text if det.is_Atom and not det.could_extract_minus_sign() else f"({text})"


@entry_point
def solve_inverse(problem: Problem) -> Solution:
    """A⁻¹ with the working, or ``None`` with the reason when A is singular."""
    (m,) = need_matrices(problem, 1, "an inverse")
    square(m, "inverses")
    inv, steps, notes = inverse_steps(m)
    truth = None if is_zero(m.det()) else simp_matrix(m.inv())
    out = verified(problem, inv, truth, steps, notes=notes)
    if out.answer is None:
        out.answer_text = "no inverse: det A = 0, so A is singular"
    return out
