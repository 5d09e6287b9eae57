"""Comparing answers: every solver answer shape, and what students type."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import sympy as sp

from content.answers import (
    answers_match,
    check_free_answer,
    grade,
    parse_key,
    read_answer,
    values_equal,
)
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


# --------------------------------------------------------------------- grade (issues 11, 15)
def _q(answer: str, kind: str = "expression", ordered: bool = False) -> SimpleNamespace:
    return SimpleNamespace(answer=answer, answer_kind=kind, ordered=ordered)


@pytest.mark.parametrize("question, typed", [
    (_q("2*x + 1"), "1 + 2*x"),
    (_q("2*x + 1"), "2x+1"),
    (_q("-2", "number"), "−2"),
    (_q("1/2", "number"), "0.5"),
    (_q("[[1, 2], [3, 4]]", "matrix"), "[1 2; 3 4]"),
    (_q("[[1, 2], [3, 4]]", "matrix"), "[[1,2],[3,4]]"),
    (_q("[1/2, 1/6, 1/3]", "matrix"), "1/2 1/6 1/3"),
    (_q("[1/2, 1/6, 1/3]", "matrix"), "0.5, 0.1667, 0.3333"),
    (_q("[1, 6]", "list"), "[6, 1]"),
    (_q("[1, 6]", "list"), "6 1"),
    (_q("[1, 6]", "list"), "6 and 1"),
    (_q("[1, 6]", "list"), "1, 6"),
    (_q("[3, 3, 5]", "list"), "3 5 3"),
    (_q("[3, 1]", "list", ordered=True), "[3, 1]"),
    (_q("[1, 1]", "eigenvectors"), "[2, 2]"),
    (_q("[1, 1]", "eigenvectors"), "[-1, -1]"),
    (_q("[1, 1], [1, -1]", "eigenvectors"), "[-3, 3], [5, 5]"),
    (_q("x = 2, y = 1"), "y=1, x=2"),
])
def test_grade_accepts_equivalent_forms(question: SimpleNamespace, typed: str) -> None:
    g = grade(question, typed)
    assert g.understood and g.correct, g
    assert check_free_answer(question, typed)


@pytest.mark.parametrize("question, typed", [
    (_q("2*x + 1"), "2x - 1"),
    (_q("-2", "number"), "2"),
    (_q("1/2", "number"), "0.4"),
    (_q("[[1, 2], [3, 4]]", "matrix"), "[[1, 3], [2, 4]]"),  # transposed
    (_q("[1/2, 1/6, 1/3]", "matrix"), "1/3 1/6 1/2"),  # a vector keeps its order
    (_q("[1/2, 1/6, 1/3]", "matrix"), "1/2 1/6"),
    (_q("[1, 6]", "list"), "[1, 7]"),
    (_q("[1, 6]", "list"), "1 6 6"),
    (_q("[3, 3, 5]", "list"), "3 5 5"),  # a multiset, not a set
    (_q("[3, 1]", "list", ordered=True), "[1, 3]"),  # the question asks largest first
    (_q("[1, 1]", "eigenvectors"), "[1, -1]"),
    (_q("[1, 1]", "eigenvectors"), "[0, 0]"),
    (_q("[1, 1], [1, -1]", "eigenvectors"), "[1, 1], [2, 2]"),
    (_q("x = 2, y = 1"), "x = 1, y = 2"),
])
def test_grade_rejects_different_answers(question: SimpleNamespace, typed: str) -> None:
    g = grade(question, typed)
    assert g.understood and not g.correct, g
    assert not check_free_answer(question, typed)


@pytest.mark.parametrize("question, typed, read_as", [
    (_q("[1/2, 1/6, 1/3]", "list"), "1/2 1/6 1/3", "read as the list 1/2, 1/6, 1/3"),
    (_q("[1, 6]", "list"), "[6, 1]", "read as the list 6, 1"),
    (_q("[1, 2]", "matrix"), "(1, 2)", "read as the vector (1, 2)"),
    (_q("[[1, 2], [3, 4]]", "matrix"), "[1 2; 3 4]", "read as the matrix [[1, 2], [3, 4]]"),
    (_q("2*x + 1"), "1+2x", "read as 2·x + 1"),
    (_q("x = 2, y = 1"), "x=2,y=1", "read as x = 2, y = 1"),
    (_q("[1, 1]", "eigenvectors"), "[2, 2]", "read as the vector (2, 2)"),
])
def test_grade_says_how_the_answer_was_read(question: SimpleNamespace, typed: str,
                                            read_as: str) -> None:
    assert grade(question, typed).read_as == read_as


def test_spaces_between_numbers_make_a_list_not_a_product() -> None:
    assert read_answer("1/2 1/6 1/3") == [sp.Rational(1, 2), sp.Rational(1, 6), sp.Rational(1, 3)]
    assert read_answer("2 x") == 2 * sp.Symbol("x")  # a product when a letter is involved


def test_grade_never_raises_on_unreadable_text() -> None:
    g = grade(_q("5", "number"), "__import__('os')")
    assert not g.understood and not g.correct and g.read_as.startswith("could not read it")


def test_generated_eigenvalues_any_order() -> None:
    q = SimpleNamespace(value=[sp.Integer(-3), sp.Integer(5)], answer="-3, 5",
                        answer_kind="list")
    assert grade(q, "5, -3").correct and grade(q, "[5, -3]").correct
    assert not grade(q, "5, 3").correct


def test_curriculum_list_questions_accept_any_order_unless_ordered() -> None:
    from content import load_curriculum

    lists = [q for q in load_curriculum().questions() if q.answer_kind == "list"]
    assert len(lists) >= 9
    for q in lists:
        values = list(parse_key(q.answer))
        reordered = ", ".join(sp.sstr(v) for v in reversed(values))
        if len(set(values)) == 1:
            continue
        assert grade(q, reordered).correct is (not q.ordered), q.id


def test_check_content_wants_list_kind_and_a_stated_order() -> None:
    from content.answers import verify_question
    from content.models import Question

    base = dict(id="la-w5-x", type="free", topic="eigenvalues", difficulty=1,
                question="Find the eigenvalues of [[2, 0], [0, 3]].", answer="[2, 3]",
                explanation="Diagonal entries.", verify={"solve": "eigenvalues of [[2,0],[0,3]]"})
    assert "answer_kind: list" in verify_question(Question(**base, answer_kind="matrix"))
    assert verify_question(Question(**base, answer_kind="list")) is None
    assert "does not say the order" in verify_question(
        Question(**base, answer_kind="list", ordered=True))


@pytest.mark.parametrize("typed", ["1 2; 3 4", "1, 2; 3, 4", "1 2\n3 4", "[[1, 2], [3, 4]]",
                                   "[1 2; 3 4]"])
def test_matrix_typed_row_by_row(typed: str) -> None:
    q = _q("[[1, 2], [3, 4]]", "matrix")
    g = grade(q, typed)
    assert g.correct and g.read_as == "read as the matrix [[1, 2], [3, 4]]", (typed, g)
    assert not grade(q, typed.replace("4", "5")).correct
    try:  # ragged rows are not a matrix: not read as one (or not read at all)
        ragged = read_answer("1 2; 3")
    except ParseError:
        ragged = None
    assert ragged != sp.Matrix([[1, 2], [3, 4]])


@pytest.mark.parametrize("question, typed, ok", [
    (_q("x/2"), "0.5x", True),  # an exact decimal
    (_q("x/3"), "0.333x", False),  # not x/3: the 1 % tolerance is for numeric answers
    (_q("1/3", "number"), "0.333", True),
    (_q("x = 1/2, y = 2"), "x = 0.5, y = 2", True),
    (_q("0.8*x"), "4x/5", True),  # a decimal key keeps its tolerance
])
def test_decimals_in_expressions_count_at_face_value(question, typed: str, ok: bool) -> None:
    assert grade(question, typed).correct is ok
