"""Transpose, product and sum/difference: the shape check first, then the entries."""

from __future__ import annotations

import logging

import sympy as sp

from ..errors import ParseError
from ..problem import Problem
from ..solution import Solution, Step
from ._common import entry_point, fmt, need_matrices, paren, shape, simp, simp_matrix, verified

logger = logging.getLogger(__name__)

MAX_SHOWN_ENTRIES = 9  # products with more entries show only the first few as examples


@entry_point
def solve_transpose(problem: Problem) -> Solution:
    (m,) = need_matrices(problem, 1, "a transpose")
    t = sp.Matrix(m.cols, m.rows, lambda i, j: m[j, i])
    steps = [
        Step(f"Shape {shape(m)} becomes {shape(t)}", [m],
             why="Transposing swaps rows and columns."),
        Step("Row i of A becomes column i of Aᵀ", [t], why="(Aᵀ)ᵢⱼ = Aⱼᵢ."),
    ]
    return verified(problem, t, m.T, steps)


def _row_times_col(a: sp.Matrix, b: sp.Matrix, i: int, j: int) -> str:
    terms = " + ".join(f"{paren(a[i, k])}·{paren(b[k, j])}" for k in range(a.cols))
    return f"c{i + 1}{j + 1} = {terms} = {fmt(simp((a.row(i) * b.col(j))[0]))}"


@entry_point
def solve_multiply(problem: Problem) -> Solution:
    a, b = need_matrices(problem, 2, "a product")
    if a.cols != b.rows:
        raise ParseError(
            f"These cannot be multiplied: A is {shape(a)} and B is {shape(b)}. "
            f"A·B needs A's column count ({a.cols}) to equal B's row count ({b.rows}).",
            "Check the order (A·B and B·A differ) or the entries; for a vector, "
            "write it as a column.",
        )
    product = simp_matrix(a * b)
    steps = [Step(
        f"Shapes: ({shape(a)})·({shape(b)}) gives {shape(product)}",
        [f"inner sizes match: {a.cols} = {b.rows}"],
        why="Entry (i, j) is row i of A dotted with column j of B.",
    )]
    cells = [(i, j) for i in range(product.rows) for j in range(product.cols)]
    shown = cells[:MAX_SHOWN_ENTRIES]
    steps.append(Step(
        "Each entry: row i · column j" + ("" if len(shown) == len(cells)
                                          else f" (first {len(shown)} of {len(cells)})"),
        [_row_times_col(a, b, i, j) for i, j in shown],
        detail=len(cells) > 4,
    ))
    steps.append(Step("The product", [product]))
    return verified(problem, product, a * b, steps)


@entry_point
def solve_add(problem: Problem) -> Solution:
    a, b = need_matrices(problem, 2, "a sum")
    subtract = bool(problem.options.get("subtract"))
    op, word = ("−", "subtracted") if subtract else ("+", "added")
    if a.shape != b.shape:
        raise ParseError(
            f"These cannot be {word}: A is {shape(a)} and B is {shape(b)}. "
            "Matrices are added entry by entry, so they need the same shape.",
            "Check that both have the same number of rows and of columns.",
        )
    result = simp_matrix(a - b if subtract else a + b)
    first = f"{paren(a[0, 0])} {op} {paren(b[0, 0])} = {fmt(result[0, 0])}"
    steps = [
        Step(f"Both are {shape(a)}, so A {op} B is defined", [],
             why="Sums and differences work entry by entry."),
        Step(f"Entry by entry, e.g. (1, 1): {first}", [result]),
    ]
    return verified(problem, result, a - b if subtract else a + b, steps)
