"""The step engine: one small rule class per technique, each able to replay itself.

Usage::

    elim = eliminate(Matrix([[0, 2], [1, 3]]))
    elim.ops          # [RowSwap(0, 1), RowScale(1, 1/2), RowAdd(0, 1, -3)]
    elim.eval()       # replays every operation from the start: equals elim.final

``RowSwap``, ``RowScale`` and ``RowAdd`` are the elementary row operations; ``Elimination``
records a Gauss(-Jordan) run; ``CofactorExpansion`` is a Laplace expansion along one line.
Printing them as steps happens in ``steps_for``; computing never depends on printing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import sympy as sp

from ..solution import Step
from ._common import coeff_text, is_zero, polynomial, simp

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RowSwap:
    """R_i ↔ R_j."""

    i: int
    j: int

    def apply(self, m: sp.Matrix) -> sp.Matrix:
        out = m.copy()
        out.row_swap(self.i, self.j)
        return out

    def label(self) -> str:
        return f"R{self.i + 1} ↔ R{self.j + 1}"

    @property
    def det_factor(self) -> sp.Expr:
        return sp.Integer(-1)


@dataclass(frozen=True)
class RowScale:
    """R_i → c·R_i (c ≠ 0)."""

    i: int
    c: sp.Expr

    def __post_init__(self) -> None:
        object.__setattr__(self, "c", sp.sympify(self.c, strict=True))  # safe: strict

    def apply(self, m: sp.Matrix) -> sp.Matrix:
        return _set_row(m, self.i, [m[self.i, j] * self.c for j in range(m.cols)])

    def label(self) -> str:
        return f"R{self.i + 1} → {coeff_text(self.c)}·R{self.i + 1}"

    @property
    def det_factor(self) -> sp.Expr:
        return self.c


@dataclass(frozen=True)
class RowAdd:
    """R_target → R_target + c·R_source."""

    target: int
    source: int
    c: sp.Expr

    def __post_init__(self) -> None:
        object.__setattr__(self, "c", sp.sympify(self.c, strict=True))  # safe: strict

    def apply(self, m: sp.Matrix) -> sp.Matrix:
        c, source = self.c, self.source
        return _set_row(m, self.target, [m[self.target, j] + c * m[source, j]
                                          for j in range(m.cols)])

    def label(self) -> str:
        c = self.c
        negative = c.could_extract_minus_sign()
        mag = -c if negative else c
        factor = "" if mag == 1 else f"{coeff_text(mag)}·"
        sign = "−" if negative else "+"
        return f"R{self.target + 1} → R{self.target + 1} {sign} {factor}R{self.source + 1}"

    @property
    def det_factor(self) -> sp.Expr:
        return sp.Integer(1)


RowOp = RowSwap | RowScale | RowAdd


def _set_row(m: sp.Matrix, i: int, entries: list[sp.Expr]) -> sp.Matrix:
    """A copy of ``m`` with row ``i`` replaced by ``entries``, each in ``simp``'s normal form
    (a rational is its own: the entry-by-entry arithmetic of the row slices, without
    building three 1×n matrices and calling simp on numbers; half of a numeric row
    operation's cost)."""
    out = m.copy()
    for j, e in enumerate(entries):
        out[i, j] = e if e.is_Rational else simp(e)
    return out


@dataclass
class Elimination:
    """A row reduction: the start, each operation, and the matrix after each one."""

    start: sp.Matrix
    ops: list[RowOp] = field(default_factory=list)
    after: list[sp.Matrix] = field(default_factory=list)
    pivots: list[int] = field(default_factory=list)  # pivot columns, in row order
    assumed_nonzero: list[sp.Expr] = field(default_factory=list)  # symbolic pivots
    _replayed: tuple[int, sp.Matrix] | None = field(default=None, repr=False, compare=False)

    @property
    def final(self) -> sp.Matrix:
        return self.after[-1] if self.after else self.start

    def record(self, op: RowOp) -> None:
        self.ops.append(op)
        self.after.append(op.apply(self.final))

    def eval(self) -> sp.Matrix:
        """Replay every operation from the start (independent of the recorded matrices);
        the replay is done once per list of operations (the operations are immutable)."""
        if self._replayed is None or self._replayed[0] != len(self.ops):
            m = self.start.copy()
            for op in self.ops:
                m = op.apply(m)
            self._replayed = (len(self.ops), m)
        return self._replayed[1].copy()

    def det_factor(self) -> sp.Expr:
        """det(final) = det_factor · det(start)."""
        out = sp.Integer(1)
        for op in self.ops:
            out *= op.det_factor
        return out


def _choose_pivot(m: sp.Matrix, col: int, first: int) -> int | None:
    """The row at or below ``first`` to pivot on in ``col``: the current row when possible,
    else one with a ±1 there (easy arithmetic), else the first nonzero."""
    rows = [r for r in range(first, m.rows) if not is_zero(m[r, col])]
    if not rows:
        return None
    if rows[0] == first:
        return first
    ones = [r for r in rows if m[r, col] in (1, -1)]
    return ones[0] if ones else rows[0]


def eliminate(m: sp.Matrix, *, reduced: bool = True, scale: bool = True,
              ncols: int | None = None) -> Elimination:
    """Row reduce ``m``: to RREF (``reduced``) or to echelon form.

    ``ncols`` limits the pivot columns (the coefficient part of an augmented matrix).
    ``scale=False`` keeps pivots as they are (determinants by elimination).
    """
    elim = Elimination(start=sp.Matrix(m))
    ncols = m.cols if ncols is None else ncols
    row = 0
    for col in range(ncols):
        if row >= m.rows:
            break
        cur = elim.final
        pick = _choose_pivot(cur, col, row)
        if pick is None:
            continue
        if pick != row:
            elim.record(RowSwap(row, pick))
        pivot = elim.final[row, col]
        if pivot.free_symbols:
            elim.assumed_nonzero.append(pivot)
        if scale and pivot != 1:
            elim.record(RowScale(row, simp(1 / pivot)))
            pivot = sp.Integer(1)
        targets = range(m.rows) if reduced else range(row + 1, m.rows)
        for r in targets:
            if r == row:
                continue
            entry = elim.final[r, col]
            if not is_zero(entry):
                elim.record(RowAdd(r, row, simp(-entry / pivot)))
        elim.pivots.append(col)
        row += 1
    return elim


def elimination_steps(elim: Elimination, name: str = "the matrix") -> list[Step]:
    """A one-line summary of all row operations, then one detail step per operation."""
    if not elim.ops:
        return [Step(f"No row operations needed: {name} is already in the required form",
                     [elim.start])]
    labels = [op.label() for op in elim.ops]
    steps = [Step(f"Row reduce {name} ({len(labels)} operation{'s' * (len(labels) > 1)})",
                  ["; ".join(labels)],
                  why="Each operation is reversible, so the solutions do not change.")]
    steps.append(Step(f"Start: {name}", [elim.start], detail=True))
    for label, after in zip(labels, elim.after, strict=True):  # each label printed once
        steps.append(Step(label, [after], detail=True))
    return steps


@dataclass
class CofactorTerm:
    i: int
    j: int
    entry: sp.Expr
    sign: int
    minor: sp.Matrix
    minor_det: sp.Expr


@dataclass
class CofactorExpansion:
    """det A = Σ (−1)^(i+j)·a_ij·M_ij along one row or column."""

    matrix: sp.Matrix
    axis: str  # "row" or "column"
    index: int
    terms: list[CofactorTerm] = field(default_factory=list)

    def eval(self) -> sp.Expr:
        return simp(sum((t.sign * t.entry * t.minor.det() for t in self.terms), sp.Integer(0)))

    def value(self) -> sp.Expr:
        total = sum((t.sign * t.entry * t.minor_det for t in self.terms), sp.Integer(0))
        if all(polynomial(t.entry) and polynomial(t.minor_det) for t in self.terms):
            total = sp.expand(total)  # a polynomial: expanded is simp()'s normal form
        return simp(total)


def best_line(m: sp.Matrix) -> tuple[str, int]:
    """The row or column with the most zeros (row 1 on a tie)."""
    best = ("row", 0, -1)
    for axis in ("row", "column"):
        for k in range(m.rows):
            line = m.row(k) if axis == "row" else m.col(k)
            zeros = sum(1 for e in line if is_zero(e))
            if zeros > best[2]:
                best = (axis, k, zeros)
    return best[0], best[1]


def cofactor_expansion(m: sp.Matrix, minor_det=None) -> CofactorExpansion:
    """Expand along the line with the most zeros; zero entries contribute no term."""
    axis, k = best_line(m)
    exp = CofactorExpansion(matrix=m, axis=axis, index=k)
    for t in range(m.rows):
        i, j = (k, t) if axis == "row" else (t, k)
        if is_zero(m[i, j]):
            continue
        minor = m.minor_submatrix(i, j)
        value = minor_det(minor) if minor_det else simp(minor.det())
        exp.terms.append(CofactorTerm(i, j, m[i, j], (-1) ** (i + j), minor, value))
    return exp
