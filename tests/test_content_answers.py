"""Comparing answers: every solver answer shape, and what students type."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import sympy as sp

from content.answers import answers_match, check_free_answer, values_equal
from solver import ParseError

x, y, t, w, b = sp.symbols("x y t w b")
M = sp.Matrix


# --------------------------------------------------------------------- values
@pytest.mark.parametrize("a, b_", [
    (sp.sin(x) ** 2 + sp.cos(x) ** 2, sp.Integer(1)),
    (2 * x * (x + 1), 2 * x**2 + 2 * x),
    (sp.Rational(1, 3), sp.Float(0.333)),
    (sp.sqrt(2), sp.Float(1.414)),
    (M([[1, 2], [3, 4]]), M([[1, 2], [3, 4]])),
    (M([1, 2]), M([[1, 2]])),  # a row typed for a column
    (M([[5]]), sp.Integer(5)),
    ({x: 1, y: 2}, {sp.Symbol("y", real=True): 2, sp.Symbol("x", real=True): 1}),
    (sp.exp(2 * x), sp.exp(x) ** 2),
])
def test_equal(a, b_) -> None:
    assert values_equal(a, b_)


@pytest.mark.parametrize("a, b_", [
    (sp.Rational(1, 3), sp.Float(0.3)),
    (x**2, x**3),
    (M([[1, 2], [3, 4]]), M([[1, 2], [3, 5]])),
    (M([[1, 2], [3, 4]]), M([1, 2, 3, 4])),
    ({x: 1, y: 2}, {x: 1}),
    (sp.Integer(1), None),
])
def test_not_equal(a, b_) -> None:
    assert not values_equal(a, b_)


# --------------------------------------------------------------------- solver shapes
def test_eigenvalue_dict_against_list_with_repeats() -> None:
    answer = {2: 2, 5: 1}
    assert answers_match([2, 2, 5], answer)
    assert answers_match([5, 2, 2], answer)
    assert not answers_match([2, 5], answer)
    assert answers_match({2: 2, 5: 1}, answer)
    assert answers_match(sp.Integer(3), {3: 2})
    assert not answers_match(sp.Integer(3), {3: 1, 1: 1})


def test_complex_eigenvalues() -> None:
    assert answers_match([1 + 2 * sp.I, 1 - 2 * sp.I], {1 - 2 * sp.I: 1, 1 + 2 * sp.I: 1})


def test_eigenvectors_any_scaling() -> None:
    a = M([[2, 1], [1, 2]])
    answer = a.eigenvects()
    assert answers_match([M([1, 1]), M([1, -1])], answer)
    assert answers_match([M([[-2, 2]]), M([3, 3])], answer)
    assert not answers_match([M([1, 2]), M([1, -1])], answer)
    assert not answers_match([M([1, 1])], answer)


def test_solve_system_dict() -> None:
    answer = {sp.Symbol("x"): 2, sp.Symbol("y"): 1}
    assert answers_match({x: 2, y: 1}, answer)
    assert not answers_match({x: 1, y: 2}, answer)
    # parametric: a free unknown may map to itself
    assert answers_match({x: 3 - y}, {x: 3 - y, y: y})
    assert answers_match(None, None) and not answers_match(None, answer)


def test_vector_lists_and_nullspace() -> None:
    gs = [M([1, 0]), M([0, 1])]
    assert answers_match([M([1, 0]), M([0, 1])], gs)
    assert not answers_match([M([0, 1]), M([1, 0])], gs)
    assert answers_match([M([-2, 1, 0])], [M([2, -1, 0])], kind="nullspace")
    assert not answers_match([M([-2, 1, 0])], [M([2, -1, 0])], kind="gram_schmidt")
    assert answers_match(M([1, 2]), [M([1, 2])])


def test_critical_points() -> None:
    answer = [{x: 0, y: 0}, {x: 1, y: -1}]
    assert answers_match([{x: 1, y: -1}, {x: 0, y: 0}], answer)
    assert answers_match({x: 2}, [{x: 2}])
    assert not answers_match([{x: 0, y: 0}], answer)


def test_pca_tuple() -> None:
    answer = ([sp.Integer(9), sp.Integer(3)], [M([1, 1]) / sp.sqrt(2), M([1, -1]) / sp.sqrt(2)])
    assert answers_match([9, 3], answer)
    assert answers_match(sp.Integer(9), answer)
    assert not answers_match([3, 9], answer)


def test_matrix_expression_scalar() -> None:
    assert answers_match(M([[2 * y, 2 * x], [2 * x, 0]]), M([[2 * y, 2 * x], [2 * x, 0]]))
    assert answers_match(x**2 * sp.cos(x) + 2 * x * sp.sin(x),
                         x * (x * sp.cos(x) + 2 * sp.sin(x)))
    assert answers_match(sp.Integer(-2), sp.Integer(-2))
    assert not answers_match(sp.Integer(2), sp.Integer(-2))


# --------------------------------------------------------------------- typed answers
def test_generated_question_compares_values_directly() -> None:
    q = SimpleNamespace(value=M([1, 2]), answer="ignored")
    assert check_free_answer(q, "[1, 2]") and check_free_answer(q, "1, 2")
    assert not check_free_answer(q, "[2, 1]")


@pytest.mark.parametrize("key, typed, ok", [
    ("[[1, -1], [-1, 2]]", "[[1,-1],[-1,2]]", True),
    ("[[1, -1], [-1, 2]]", "[1 -1; -1 2]", True),
    ("[[1, -1], [-1, 2]]", "[[1,-1],[-1,3]]", False),
    ("1/3", "0.333", True),
    ("1/3", "0.3", False),
    ("2*x*(x + 1)", "2x^2 + 2x", True),
    ("x = 2, y = 1", "y = 1, x = 2", True),
    ("x = 2, y = 1", "x = 1, y = 2", False),
    ("1, 3", "3, 1", True),
    ("[1, 2]", "(1, 2)", True),
    ("-2", "-2", True),
    ("-2", "2", False),
    ("-2", "−2", True),
    ("x = 2, y = 1", "x=2,y=1", True),
    ("2*x*(x + 1)", "2x² + 2x", True),
    ("[1, 2]", "[[1], [2]]", True),
    ("[1, 2]", "[[1, 2]]", True),
    ("sqrt(2)", "1.414", True),
    ("sqrt(2)", "√2", True),
    ("3/4", "0.75", True),
])
def test_check_free_answer(key: str, typed: str, ok: bool) -> None:
    q = SimpleNamespace(answer=key)
    assert check_free_answer(q, typed) is ok


def test_unreadable_answer_raises_parse_error() -> None:
    with pytest.raises(ParseError):
        check_free_answer(SimpleNamespace(answer="5"), "__import__('os')")
