"""Operands that are expressions (issue 10, "more than two operands"): a vector operand typed
as a sum or multiple of named vectors, three or more matrices in one product, and the inner
product a symmetric positive definite matrix defines. Every answer is compared with SymPy's
own computation of the problem as the student typed it (not with the solver's reading)."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import ParseError, parse, solve

U, V, W = sp.Matrix([1, 0, 2]), sp.Matrix([0, 3, 1]), sp.Matrix([2, 1, 1])
GIVEN = "u = (1,0,2), v = (0,3,1), w = (2,1,1)"


def _answer(text: str) -> object:
    solution = solve(text)
    return getattr(solution, "answer", None) if not isinstance(solution, list) else (
        solution[0].answer)


def _angle(a: sp.Matrix, b: sp.Matrix) -> sp.Expr:
    return sp.acos(a.dot(b) / (a.norm() * b.norm()))


# ------------------------------------------------ vector expressions as operands
@pytest.mark.parametrize(("text", "want"), [
    (f"dot product of u + v and w where {GIVEN}", (U + V).dot(W)),
    (f"dot of 2u - v and w, {GIVEN}", (2 * U - V).dot(W)),
    (f"find the dot product of u and v - w where {GIVEN}", U.dot(V - W)),
    (f"cross product of u - w and v where {GIVEN}", (U - W).cross(V)),
    (f"angle between 2u - v and w where {GIVEN}", _angle(2 * U - V, W)),
    (f"distance between u + v and w where {GIVEN}", (U + V - W).norm()),
    (f"project u + v onto w where {GIVEN}", W * (U + V).dot(W) / W.dot(W)),
    (f"project w onto u - v where {GIVEN}", (U - V) * W.dot(U - V) / (U - V).dot(U - V)),
    (f"scalar projection of 2u onto v + w where {GIVEN}", (2 * U).dot(V + W) / (V + W).norm()),
    ("dot product of (1,2) + (3,4) and (1,1)", sp.Matrix([4, 6]).dot(sp.Matrix([1, 1]))),
    ("dot product of u+v and u-v where u = (1,2), v = (3,4)",
     sp.Matrix([4, 6]).dot(sp.Matrix([-2, -2]))),
])
def test_a_vector_expression_operand_is_worked_out_first(text: str, want: object) -> None:
    got = _answer(text)
    if isinstance(want, sp.MatrixBase):
        assert sp.Matrix(got) == sp.simplify(want)
    else:
        assert sp.simplify(got - want) == 0


def test_the_restatement_shows_each_worked_out_operand() -> None:
    p = parse(f"dot product of u + v and w where {GIVEN}")
    assert p.kind == "dot"
    assert p.restated == ("the dot product (1, 3, 3) · (2, 1, 1), where (1, 3, 3) = "
                          "(1, 0, 2) + (0, 3, 1)")
    assert [w for w, where in p.options["account"] if where is None] == []


def test_vectors_of_different_lengths_in_an_operand_are_explained() -> None:
    with pytest.raises(ParseError, match="different lengths"):
        parse("dot product of u + v and w where u = (1,0), v = (0,3,1), w = (2,1,1)")


# ------------------------------------------------ three or more matrices in one product
A, B, C = sp.Matrix([[1, 2, 3]]), sp.Matrix([[1], [0], [2]]), sp.Matrix([[4, 5]])


@pytest.mark.parametrize(("text", "want"), [
    ("multiply [[1, 2, 3]], [[1], [0], [2]] and [[4, 5]]", A * B * C),
    ("multiply A, B and C where A = [[1, 2, 3]], B = [[1], [0], [2]], C = [[4, 5]]", A * B * C),
    ("find the product of [[1,0],[0,1]], [[1,2],[3,4]], [[5],[6]]",
     sp.Matrix([[1, 2], [3, 4]]) * sp.Matrix([5, 6])),
    ("multiply [[1,2],[3,4]], [[0,1],[1,0]], [[2,0],[0,2]] and [[1,1],[0,1]]",
     sp.Matrix([[1, 2], [3, 4]]) * sp.Matrix([[0, 1], [1, 0]]) * 2 * sp.Matrix([[1, 1], [0, 1]])),
    ("add [[1,2]], [[3,4]] and [[5,6]]", sp.Matrix([[9, 12]])),
])
def test_three_or_more_matrices_are_one_product(text: str, want: sp.Matrix) -> None:
    assert parse(text).kind == "matrix_expr"
    assert sp.Matrix(_answer(text)) == want


@pytest.mark.parametrize(("text", "said"), [
    ("multiply [[1, 2, 3]], [[1, 2]] and [[4, 5]]", "the first matrix is 1×3 and matrix 2 is 1×2"),
    ("multiply [[1,2],[3,4]], [[1],[1]] and (2,3)",
     "the product of the first 2 is 2×1 and matrix 3 is 2×1"),
    ("multiply (1,2), (3,4) and (5,6)", "the first matrix is 2×1"),  # never read as u·v
    ("add [[1,2]], [[3,4,5]] and [[5,6]]", "matrix 2 is 1×3"),
])
def test_a_step_whose_sizes_do_not_fit_is_explained_not_computed(text: str, said: str) -> None:
    with pytest.raises(ParseError, match=said):
        parse(text)


def test_two_matrices_stay_the_multiply_kind() -> None:
    assert parse("multiply [[1,2],[3,4]] and [[0,1],[1,0]]").kind == "multiply"


# ------------------------------------------------ ⟨u, v⟩_A = uᵀAv
M = sp.Matrix([[2, 1], [1, 3]])
X, Y = sp.Matrix([1, 2]), sp.Matrix([3, 1])


@pytest.mark.parametrize("text", [
    "inner product of u = (1,2) and v = (3,1) under A = [[2,1],[1,3]]",
    "inner product of u and v under A where u = (1,2), v = (3,1), A = [[2,1],[1,3]]",
    "find <u, v>_A where u = (1,2), v = (3,1), A = [[2,1],[1,3]]",
    "compute the inner product ⟨u, v⟩_A = uᵀAv for u = (1,2), v = (3,1), A = [[2,1],[1,3]]",
    "inner product of (1,2) and (3,1) with respect to A = [[2,1],[1,3]]",
    "inner product of (1,2) and (3,1) with respect to [[2,1],[1,3]]",
    "A-inner product of u and v, A = [[2,1],[1,3]], u = (1,2), v = (3,1)",
    "inner product of p and q defined by the matrix M, p = (1,2), q = (3,1), M = [[2,1],[1,3]]",
])
def test_the_inner_product_a_matrix_defines(text: str) -> None:
    p = parse(text)
    assert p.options.get("inner") is True
    assert p.restated.startswith("the inner product ⟨u, v⟩_A = uᵀAv")
    assert _answer(text) == (X.T * M * Y)[0]


def test_the_inner_product_in_three_dimensions() -> None:
    a = sp.Matrix([[2, 0, 0], [0, 3, 1], [0, 1, 1]])
    u, v = sp.Matrix([1, 0, 1]), sp.Matrix([2, 1, 0])
    text = "<u,v>_A = u^T A v with u = (1, 0, 1), v = (2, 1, 0), A = [[2,0,0],[0,3,1],[0,1,1]]"
    assert _answer(text) == (u.T * a * v)[0]


@pytest.mark.parametrize(("matrix", "why"), [
    ("[[1,2],[2,1]]", "is not: it is not positive definite"),  # eigenvalues 3 and −1
    ("[[1,2],[0,1]]", "is not: it is not symmetric"),
    ("[[a,0],[0,1]]", "can't tell"),
])
def test_a_matrix_that_defines_no_inner_product_is_said(matrix: str, why: str) -> None:
    with pytest.raises(ParseError, match=why):
        parse(f"inner product of u and v w.r.t. A, u = (1,2), v = (3,1), A = {matrix}")


def test_a_plain_inner_product_is_still_the_dot_product() -> None:
    p = parse("inner product of u = (1,2) and v = (3,1)")
    assert p.kind == "dot" and "inner" not in p.options


# ------------------------------------------------ a task on the result of the one before
@pytest.mark.parametrize(("text", "a", "b", "c", "op2"), [
    ("compute (1,2,0) cross (0,1,3) and then its dot with (1,1,1)",
     (1, 2, 0), (0, 1, 3), (1, 1, 1), "dot"),
    ("(2,0,1) cross (1,1,0), then the result's dot product with (3,1,2)",
     (2, 0, 1), (1, 1, 0), (3, 1, 2), "dot"),
    ("find (1,0,2) × (0,1,1) and then its dot product with (2,2,1)", (1, 0, 2), (0, 1, 1),
     (2, 2, 1), "dot"),
    ("find (1,0,2) × (0,1,1) and then cross that with (2,2,1)", (1, 0, 2), (0, 1, 1),
     (2, 2, 1), "cross"),
    ("u cross v, then its dot with w where u = (1,2,0), v = (0,1,3), w = (1,1,1)",
     (1, 2, 0), (0, 1, 3), (1, 1, 1), "dot"),
    ("u cross v, then dot the result with w where u = (1,2,0), v = (0,1,3), w = (1,1,1)",
     (1, 2, 0), (0, 1, 3), (1, 1, 1), "dot"),
    ("u = (3,1,0), v = (0,1,3), w = (1,2,1): find u × v and then its cross product with w",
     (3, 1, 0), (0, 1, 3), (1, 2, 1), "cross"),
])
def test_a_task_on_the_result_of_the_one_before(text: str, a: tuple, b: tuple, c: tuple,
                                                op2: str) -> None:
    first = sp.Matrix(a).cross(sp.Matrix(b))
    then = first.dot(sp.Matrix(c)) if op2 == "dot" else first.cross(sp.Matrix(c))
    solutions = list(solve(text))
    assert [s.kind for s in solutions] == ["cross", "matrix_expr"]
    assert sp.Matrix(solutions[0].answer) == first
    got = solutions[1].answer
    assert (sp.Matrix(got) == then) if op2 == "cross" else got == then


@pytest.mark.parametrize(("text", "first", "then"), [
    ("unit vector in direction of (3, 0, 4): first find its norm", "norm", "unit_vector"),
    ("unit vector along (1, 2, 2), first find the norm", "norm", "unit_vector"),
    ("unit vector in the direction of (1, 2, 2) and its norm", "unit_vector", "norm"),
])
def test_first_puts_a_task_first(text: str, first: str, then: str) -> None:
    p = parse(text)
    assert (p.kind, p.options.get("also")) == (first, [then])
    v = next(s for s in solve(text) if s.kind == "norm")
    assert v.answer == sp.Matrix(p.vectors[0]).norm()


# ------------------------------------------------ tasks in sentences after the givens
X_, Y_ = sp.symbols("x y")


def test_each_sentence_is_a_task_with_its_own_point() -> None:
    f = X_**2 * Y_ - 3 * Y_
    text = ("Let f(x, y) = x**2*y - 3*y. Find df/dx. Also find df/dy. Finally give the "
            "gradient at (1, 2).")
    got = [(s.kind, s.answer) for s in solve(text)]
    grad = sp.Matrix([sp.diff(f, X_), sp.diff(f, Y_)]).subs({X_: 1, Y_: 2})
    assert got == [("derivative", sp.diff(f, X_)), ("derivative", sp.diff(f, Y_)),
                   ("gradient", grad)]  # the point is the gradient's alone


@pytest.mark.parametrize(("text", "kinds"), [
    ("Let f(x, y) = x^2 y + y^3. Find the gradient at (1, 1). Then find the hessian.",
     ["gradient", "hessian"]),
    ("Given A = [[2,1],[1,3]]. Find the determinant. Also find the inverse.", ["det", "inverse"]),
])
def test_sentences_after_the_givens_are_tasks(text: str, kinds: list[str]) -> None:
    assert [s.kind for s in solve(text)] == kinds


def test_sentences_with_no_word_of_sequence_stay_one_message() -> None:
    from solver.parsing import _sentence_tasks

    text = "Let f(x) = x^3. Find f'(x). Find f''(x)."
    assert _sentence_tasks(text) == text


@pytest.mark.parametrize(("text", "want"), [
    ("((1,0,2) × (0,1,1)) × (2,2,1)",
     sp.Matrix([1, 0, 2]).cross(sp.Matrix([0, 1, 1])).cross(sp.Matrix([2, 2, 1]))),
    ("a × (b × c) where a = (1,0,2), b = (0,1,1), c = (2,2,1)",
     sp.Matrix([1, 0, 2]).cross(sp.Matrix([0, 1, 1]).cross(sp.Matrix([2, 2, 1])))),
])
def test_a_cross_product_of_a_cross_product(text: str, want: sp.Matrix) -> None:
    assert sp.Matrix(_answer(text)) == want


def test_the_angle_between_two_expressions_is_between_them() -> None:
    u, v = sp.Matrix([1, 2]), sp.Matrix([3, 1])
    text = "angle between u + v and u - v where u = (1, 2), v = (3, 1)"
    p = parse(text)
    assert p.kind == "angle" and "also" not in p.options  # was u + v, u − v, angle(u, v)
    assert sp.simplify(_answer(text) - _angle(u + v, u - v)) == 0
    d = "distance between u + v and u - v where u = (1, 2), v = (3, 1)"
    assert _answer(d) == (2 * v).norm()


def test_tasks_beside_the_angle_between_them_stay_tasks() -> None:
    text = "u = (1, 2, 0), v = (2, 1, 2): find u·v, u×v and the angle between them"
    p = parse(text)  # (a list since session 7: each item read on its own, ids by kind)
    assert (p.kind, p.options["also"]) == ("dot", ["cross", "angle"])
    assert parse(text, kind="cross").vectors == (sp.Matrix([1, 2, 0]), sp.Matrix([2, 1, 2]))


@pytest.mark.parametrize(("text", "word"), [
    ("(u + v) · w where u = (1,0,2), v = (0,3,1), w = (2,1,1)", "the number"),
    ("find (2u - v) · w, u = (1,0,2), v = (0,3,1), w = (2,1,1)", "the number"),
    ("((1,0,2) × (0,1,1)) × (2,2,1)", "the vector"),
])
def test_the_restatement_names_what_the_expression_is(text: str, word: str) -> None:
    assert parse(text).restated.startswith(word + " ")
