"""Families the held-out set v6 found outside chat (measured once on main, then fixed as
families, each with variants of our own): a header row of column names over statistics data,
LaTeX from course notes, NumPy code and output pasted in, and layouts typed over lines."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import ParseError, parse, solve

x, y, t, w, b = sp.symbols("x y t w b")


def _one(text: str):
    s = solve(text)
    return s[0] if isinstance(s, (list, tuple)) else s


# ------------------------------------------- a row of names over statistics data is a header
@pytest.mark.parametrize(("text", "data"), [
    ("Data:\na  b\n2  1\n4  3\n6  8\ncovariance matrix?", [[2, 1], [4, 3], [6, 8]]),
    ("mean of the points\np q\n1 5\n3 7", [[1, 5], [3, 7]]),
    ("u v w\n1 0 2\n3 1 1\n0 2 2\nfind the covariance", [[1, 0, 2], [3, 1, 1], [0, 2, 2]]),
])
def test_a_row_of_names_over_numbers_is_the_columns_header(text: str, data: list) -> None:
    s = _one(text)
    assert s.problem.matrices[0] == sp.Matrix(data)
    assert not s.problem.matrices[0].free_symbols


@pytest.mark.parametrize("text", [
    "covariance matrix of [[p, q], [1, 2], [3, 3]]",
    "mean of the data [[a, 1], [2, 3]]",
    "sample variance of [[k], [2], [5]]",
])
def test_letters_in_statistics_data_are_asked_back_never_computed(text: str) -> None:
    with pytest.raises(ParseError, match="numbers"):
        solve(text)


def test_a_row_of_letters_is_still_a_matrix_row_outside_statistics() -> None:
    assert parse("det of\na b\n1 2").matrices[0] == sp.Matrix([[sp.Symbol("a"), sp.Symbol("b")],
                                                              [1, 2]])


# ------------------------------- "to the" after an English word is the word, not a power
@pytest.mark.parametrize("text", [
    "Use Gram-Schmidt to the vectors (1, 0, 1) and (1, 1, 0)",
    "apply the Gram-Schmidt process to the vectors (2, 0), (1, 1)",
    "columns are the vectors: [1 1; 0 1; 1 0]. apply gram schmidt to the columns",
])
def test_to_the_after_a_word_is_not_a_power(text: str) -> None:
    s = _one(text)
    assert s.problem.kind == "gram_schmidt"
    assert len(s.problem.vectors) == 2


@pytest.mark.parametrize(("text", "expr"), [
    ("d/dx x to the 4", 4 * x ** 3),
    ("d/dx e to the 3x", 3 * sp.exp(3 * x)),
    ("d/dx (x + 2) to the 2", 2 * (x + 2)),
])
def test_to_the_after_math_is_still_a_power(text: str, expr: sp.Expr) -> None:
    assert sp.simplify(_one(text).answer - expr) == 0
