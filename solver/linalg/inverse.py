"""Inverses: the adjugate formula for 2×2, Gauss-Jordan on [A | I] for larger matrices.

The determinant comes first: when it is 0 the working stops there and says why.
"""

from __future__ import annotations

import logging

import sympy as sp
from sympy.polys.matrices import DomainMatrix

from ..problem import Problem
from ..solution import Solution, Step
from ._common import (
    MISMATCH_NOTE,
    entry_point,
    field_matrix,
    fmt,
    is_zero,
    need_matrices,
    simp,
    simp_matrix,
    square,
    unformal,
    verified,
)
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
    if m.free_symbols:
        return _adjugate_steps(m, det, steps, notes)
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


def _adjugate_steps(m: sp.Matrix, det: sp.Expr, steps: list[Step], notes: list[str]
                    ) -> tuple[sp.Matrix, list[Step], list[str]]:
    """A⁻¹ = adj(A)/det A for a matrix with symbols: one minor per entry, no pivots to
    assume nonzero (Gauss-Jordan on symbols builds nested fractions: seconds for 4×4)."""
    n = m.rows
    cof = sp.Matrix(n, n, lambda i, j: (-1) ** (i + j) * simp(
        m.minor_submatrix(i, j).det(method="berkowitz")))
    adj = cof.T
    inv = adj.applyfunc(lambda x: simp(x / det))
    steps.append(Step("With symbols, use A⁻¹ = adj(A) / det A",
                      ["Cofactors C_ij = (−1)^(i+j)·M_ij (M_ij: the determinant left after "
                       "deleting row i and column j)", cof],
                      why="Row reduction with symbols divides by expressions that might be 0; "
                          "the adjugate formula needs only det A ≠ 0."))
    steps.append(Step("Adjugate: the transpose of the cofactor matrix", [adj], detail=True))
    if _long(inv):  # a 4×4's entries are 6 terms over 24: shown as adj(A)/det A
        steps.append(Step("Divide every entry of adj(A) by det A",
                          [f"A⁻¹ = adj(A) / ({fmt(det)})"],
                          why="Written out, the 16 fractions would not fit in a message."))
    else:
        steps.append(Step(f"Divide every entry by det A = {fmt(det)}", [inv]))
    return inv, steps, notes


def _long(m: sp.Matrix) -> bool:
    return sum(len(fmt(x)) for x in m) > 1200


def _is_inverse(m: sp.Matrix, answer: sp.Matrix | None, det: sp.Expr) -> bool:
    """Exactly: singular iff det = 0, else A·X = I (in the fraction field when possible)."""
    if answer is None or is_zero(det):
        return answer is None and is_zero(det)
    a, x = field_matrix(m, formal_i=True), field_matrix(answer, formal_i=True)
    if a is not None and x is not None:
        a, x = a.unify(x)
        product = a * x
        if product == DomainMatrix.eye(m.rows, product.domain):
            return True
        # with i as a formal generator j the product may equal I only once j² = −1
        return unformal(product.to_Matrix()) == sp.eye(m.rows)
    return all(is_zero(e) for e in m * answer - sp.eye(m.rows))


def _den(det: sp.Expr) -> str:
    text = fmt(det)
    return text if det.is_Atom and not det.could_extract_minus_sign() else f"({text})"


@entry_point
def solve_inverse(problem: Problem) -> Solution:
    """A⁻¹ with the working, or ``None`` with the reason when A is singular."""
    (m,) = need_matrices(problem, 1, "an inverse")
    square(m, "inverses")
    inv, steps, notes = inverse_steps(m)
    det = m.det(method="berkowitz")
    if m.free_symbols:
        # exact: singular iff SymPy's (Berkowitz) det is 0, else A·X = I entry by entry in
        # the fraction field; SymPy's inv() of a symbolic 4×4 takes seconds
        out = verified(problem, inv, det, steps, notes=notes,
                       check=lambda a, d: _is_inverse(m, a, d),
                       fallback=lambda: None if is_zero(det) else simp_matrix(m.inv("ADJ")))
    else:
        truth = None if is_zero(det) else simp_matrix(m.inv())
        out = verified(problem, inv, truth, steps, notes=notes)
    if out.answer is None:
        out.answer_text = "no inverse: det A = 0, so A is singular"
    elif m.free_symbols and _long(out.answer) and MISMATCH_NOTE not in out.notes:
        out.answer_text = (f"A⁻¹ = adj(A) / det A, with adj(A) = Cᵀ (the cofactor matrix in "
                           f"the working) and det A = {fmt(det)}")
    return out
