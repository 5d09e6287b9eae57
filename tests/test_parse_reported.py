"""Reported parser bugs (issue 3 follow-up), checked end to end: the solver's answer for each
message equals SymPy's direct computation on the operands written out by hand."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

import solver
from solver import ParseError, parse, solve_problem

M = sp.Matrix
R = sp.Rational


def _answer(text: str) -> object:
    return solver.solve(text).answer


@pytest.mark.parametrize(("text", "left", "right"), [
    ("multiply [[-3, -1, 1]] and [[-1], [-2], [-1]]", M([[-3, -1, 1]]), M([[-1], [-2], [-1]])),
    ("[[-3, -1, 1]] times [[-1], [-2], [-1]]", M([[-3, -1, 1]]), M([[-1], [-2], [-1]])),
    ("multiply [[1],[2]] and [[1/5,2/5]]", M([[1], [2]]), M([[R(1, 5), R(2, 5)]])),
    ("product of [[1],[2]] and [[1/5,2/5]]", M([[1], [2]]), M([[R(1, 5), R(2, 5)]])),
    ("A = [[1,2]], B = [[3],[4]], multiply B and A", M([[3], [4]]), M([[1, 2]])),
    ("A = [[1,2]], B = [[3],[4]], A times B", M([[1, 2]]), M([[3], [4]])),
    ("[[1,2],[3,4]] * [1,1]", M([[1, 2], [3, 4]]), M([[1], [1]])),
    ("[[1,2],[3,4]] (1, 1)", M([[1, 2], [3, 4]]), M([[1], [1]])),
    ("A = [[1,2],[3,4]], B = [[0,1],[1,0]], find AB", M([[1, 2], [3, 4]]), M([[0, 1], [1, 0]])),
    ("find A^2 where A = [[1,1],[0,1]]", M([[1, 1], [0, 1]]), M([[1, 1], [0, 1]])),
])
def test_products_keep_order_and_shape(text: str, left: sp.Matrix, right: sp.Matrix) -> None:
    problem = parse(text)
    assert problem.kind == "multiply"
    assert problem.matrices == (left, right)
    assert _answer(text) == left * right


def test_reported_products_have_the_right_values() -> None:
    assert _answer("multiply [[-3, -1, 1]] and [[-1], [-2], [-1]]") == M([[4]])
    assert _answer("multiply [[1],[2]] and [[1/5,2/5]]").shape == (2, 2)


@pytest.mark.parametrize(("text", "want"), [
    ("[1,2] + [3,-1]", M([[4], [1]])),
    ("add (1, 2) and (3, -1)", M([[4], [1]])),
    ("(1, 2, 3) - (0, 1, 1)", M([[1], [1], [2]])),
])
def test_vector_sums_are_columns(text: str, want: sp.Matrix) -> None:
    assert parse(text).kind == "add"
    assert _answer(text) == want


def test_projection_matrix_onto_one_vector() -> None:
    problem = parse("projection matrix onto [1, 2]")
    assert problem.kind == "projection" and problem.options["matrix"] is True
    assert problem.vectors == (M([1, 2]),) and problem.matrices == ()
    v = M([1, 2])
    assert _answer("projection matrix onto [1, 2]") == v * v.T / v.dot(v)


def test_projection_matrix_onto_two_vectors() -> None:
    b = M([[1, 0], [0, 1], [1, 1]])
    direct = b * (b.T * b).inv() * b.T
    assert _answer("projection matrix onto span of (1,0,1) and (0,1,1)") == direct
    assert _answer("projection matrix onto the column space of [[1,0],[0,1],[1,1]]") == direct


def test_projection_onto_a_column_space_keeps_the_matrix() -> None:
    text = "projection of [1,2,3] onto the column space of [[1,0],[0,1],[1,1]]"
    problem = parse(text)
    b = M([[1, 0], [0, 1], [1, 1]])
    assert problem.matrices == (b,) and problem.vectors == (M([1, 2, 3]),)
    assert _answer(text) == b * (b.T * b).inv() * b.T * M([1, 2, 3])
    text = "project (2, 0, 1) onto the columns of [[1, 0], [1, 1], [0, 1]]"
    b = M([[1, 0], [1, 1], [0, 1]])
    assert _answer(text) == b * (b.T * b).inv() * b.T * M([2, 0, 1])


def _top_eigenvalues(cov: sp.Matrix) -> list[float]:
    return sorted(np.linalg.eigvalsh(np.array(cov.tolist(), dtype=float)), reverse=True)


@pytest.mark.parametrize("text", [
    "pca of [[2,0],[0,1],[3,1],[1,2]]",
    "PCA on the points [2,0], [0,1], [3,1], [1,2]",
])
def test_pca_data_points_are_rows(text: str) -> None:
    data = M([[2, 0], [0, 1], [3, 1], [1, 2]])
    problem = parse(text)
    assert problem.matrices == (data,) and problem.options["source"] == "data"
    centred = data - sp.ones(4, 1) * (sp.ones(1, 4) * data / 4)
    values, _ = _answer(text)
    want = _top_eigenvalues(centred.T * centred / 4)  # the course's covariance: ÷ N
    assert np.allclose([float(v) for v in values], want)


@pytest.mark.parametrize("text", ["pca of [[4], [1], [7], [2]]", "pca of 4, 1, 7, 2"])
def test_pca_on_one_column(text: str) -> None:
    problem = parse(text)
    assert problem.matrices == (M([[4], [1], [7], [2]]),)
    values, _ = _answer(text)
    assert values == [sp.Rational(21, 4)]  # variance ÷ N of 4, 1, 7, 2 (sample: 7)


@pytest.mark.parametrize("text", [
    "pca with covariance [[2,1],[1,2]] k=2",
    "principal components of covariance [[2,1],[1,2]], project onto 2 components",
])
def test_pca_from_a_covariance_matrix(text: str) -> None:
    problem = parse(text)
    assert problem.matrices == (M([[2, 1], [1, 2]]),)
    assert problem.options["source"] == "covariance" and problem.options["k"] == 2
    values, _ = _answer(text)
    assert values == [3, 1]


def test_matrix_powers_and_longer_expressions_are_read_whole() -> None:
    # issue 10: A^3 and A^2 + A are matrix expressions (never a silent A + A)
    a = M([[1, 1], [0, 1]])
    problem = parse("find A^3 where A = [[1,1],[0,1]]")
    assert problem.kind == "matrix_expr"
    assert solve_problem(problem).answer == a**3
    problem = parse("A = [[1,2],[3,4]], find A^2 + A")
    assert problem.kind == "matrix_expr"
    assert solve_problem(problem).answer == M([[1, 2], [3, 4]]) ** 2 + M([[1, 2], [3, 4]])
    with pytest.raises(ParseError):
        parse("A = [[1,2],[3,4]], find A^11")


def test_scientific_notation() -> None:
    x = sp.Symbol("x")
    assert parse("differentiate 1e-3 x^2").expr == sp.Float("0.001") * x**2
    assert parse("gradient descent on x^2 from x=1 lr=2.5E-1 2 steps").options["lr"] == 0.25
    assert parse("d/dx e^x").expr == sp.exp(x)  # e alone is still Euler's number
    assert parse("d/dx 2e^x").expr == 2 * sp.exp(x)


@pytest.mark.parametrize(("text", "want"), [
    ("sine of x", "sin"), ("derivative of sine of x", "sin"), ("cosine 2x", "cos"),
    ("tangent of x", "tan"), ("square root of x", "sqrt"), ("log of x", "log"),
])
def test_function_words(text: str, want: str) -> None:
    x = sp.Symbol("x")
    funcs = {"sin": sp.sin(x), "cos": sp.cos(2 * x), "tan": sp.tan(x), "sqrt": sp.sqrt(x),
             "log": sp.log(x)}
    assert parse(text).expr == funcs[want]


def test_function_words_in_english_stay_english() -> None:
    x = sp.Symbol("x")
    assert parse("d/dx x times sin x").expr == x * sp.sin(x)
    # issue 10: words that change the problem are asked about, never dropped
    with pytest.raises(ParseError, match=r"three|3"):
        parse("three times the derivative of x^2")
    with pytest.raises(ParseError, match=r"tangent|line"):
        parse("find the tangent line to x^2 at x = 1")


def test_inverse_question() -> None:
    assert _answer("what is the inverse of [[1,2],[3,4]]") == M([[1, 2], [3, 4]]).inv()
