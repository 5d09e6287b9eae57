"""NumPy and sentences pasted in, and loss functions written out (issue 10, session 6):
a sentence's full stop is not code, np.outer and A Aᵀ are read, a loss over columns x, y
and with (1/N) is the loss over the data points."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import ParseError, parse, solve
from solver.dispatch import solve_problem

x, y, w, b = sp.symbols("x y w b")


# ------------------------------------------- a full stop ends a sentence; x.attr( is code
@pytest.mark.parametrize(("text", "kind"), [
    ("Find the inverse of [[1, 3], [2, 7]]. Thanks!", "inverse"),
    ("Find the inverse of [[1, 3], [2, 7]].Thanks!", "inverse"),
    ("det of [[1, 2], [3, 4]]. Thanks (bhai)", "det"),
    ("eigenvalues of [[2, 0], [0, 3]]. Thank you.", "eigenvalues"),
    ("Let A = [[1, 2], [3, 4]]. Then find det A.", "det"),
    ("d/dx x^3. Then evaluate at x = 1.", "derivative"),
    ("e.g. det([[1, 2], [3, 4]])", "det"),
    ("d/dx x^2 w.r.t. x", "derivative"),
    ("determinant of [[1.5, 2], [3, 4]]. Thanks", "det"),
])
def test_a_sentence_full_stop_is_not_attribute_access(text: str, kind: str) -> None:
    assert parse(text).kind == kind


@pytest.mark.parametrize("text", [
    "[[1, 2], [3, 4]].inv()", "x.subs(x, 2)",
    "Matrix([[1, 2]]).applyfunc(f)", "a.b.c", "os.path.join(x)", "x.__class__",
])
def test_attribute_access_is_still_refused(text: str) -> None:
    with pytest.raises(ParseError):
        parse(text)


def test_numpy_calls_are_still_read() -> None:
    assert parse("np.linalg.det([[1, 2], [3, 4]])").kind == "det"
    assert parse("A.T for A = [[1, 2], [3, 4]]").kind == "transpose"


# ----------------------------------------------------------- outer product: u vᵀ
@pytest.mark.parametrize("text", [
    "np.outer([1, 2], [3, 4])",
    "np.outer(np.array([1, 2]), np.array([3, 4]))",
    "outer product of (1, 2) and (3, 4)",
    "compute the outer product of [1, 2] and [3, 4]",
    "np.outer(u, v) for u = [1, 2], v = [3, 4]",
    "outer product of u and v where u = (1, 2) and v = (3, 4)",
    "outer product of u = (1, 2) and v = (3, 4)",
    "u = [1, 2]\nv = [3, 4]\nnp.outer(u, v)",
])
def test_outer_product_is_u_v_transposed(text: str) -> None:
    assert solve(text).answer == sp.Matrix([[3, 4], [6, 8]])


def test_outer_product_of_different_lengths() -> None:
    assert solve("outer product of (1, 2, 3) with (0, 1)").answer == sp.Matrix(
        [[0, 1], [0, 2], [0, 3]])


@pytest.mark.parametrize("text", [
    "np.outer(A, B) for A = [[1, 2], [3, 4]], B = [[1, 0], [0, 1]]",  # NumPy flattens: not read
    "outer product of u and v",  # nothing given
])
def test_outer_product_of_what_is_not_a_vector_is_not_guessed(text: str) -> None:
    with pytest.raises(ParseError):
        parse(text)


# ----------------------------------------------- A Aᵀ, AAᵀ, AᵀA, A.T @ A: never "aa" (chat)
_A = sp.Matrix([[1, 2], [3, 4]])


@pytest.mark.parametrize(("text", "answer"), [
    ("AAᵀ where A=[[1,2],[3,4]]", _A * _A.T),
    ("AA^T for A = [[1,2],[3,4]]", _A * _A.T),
    ("A Aᵀ where A=[[1,2],[3,4]]", _A * _A.T),
    ("AᵀA where A=[[1,2],[3,4]]", _A.T * _A),
    ("A^TA for A = [[1,2],[3,4]]", _A.T * _A),
    ("A.T @ A where A=[[1,2],[3,4]]", _A.T * _A),
    ("AA for A = [[1,2],[3,4]]", _A * _A),  # was read as the chat word "aa": the matrix A
])
def test_a_product_of_a_named_matrix_with_itself(text: str, answer: sp.Matrix) -> None:
    assert solve(text).answer == answer


def test_a_product_of_a_3x2_with_its_transpose() -> None:
    m = sp.Matrix([[1, 2], [3, 4], [5, 6]])
    assert solve("compute AᵀA, A = [[1, 2], [3, 4], [5, 6]]").answer == m.T * m


# ------------------------------------------------- losses over data written out
def _sse_grad(points, ws, wb=None):
    """d/dw (and d/db) of Σ (w x + b − y)² at w = ws, b = wb, computed here by hand."""
    e = [(ws * px + (wb or 0) - py) for px, py in points]
    gw = sum(2 * ei * px for ei, (px, _py) in zip(e, points, strict=True))
    gb = sum(2 * ei for ei in e)
    return gw, gb


@pytest.mark.parametrize("text", [
    "x = [1, 2, 3, 4]\ny = [2, 4, 5, 8]\nloss = sum (w*x - y)^2\ndL/dw at w = 2",
    "x = [1, 2, 3, 4], y = [2, 4, 5, 8], loss = sum (w*x - y)^2, dL/dw at w = 2",
    "x = (1, 2, 3, 4)\ny = (2, 4, 5, 8)\nloss L = sum (w x - y)^2\ndL/dw at w = 2",
])
def test_a_loss_summed_over_columns_x_and_y(text: str) -> None:
    gw, _ = _sse_grad([(1, 2), (2, 4), (3, 5), (4, 8)], 2)
    answer = solve(text).answer
    assert (answer[0] if isinstance(answer, sp.MatrixBase) else answer) == gw


@pytest.mark.parametrize(("text", "name"), [
    ("For the data (x, y) = (1, 2), (2, 3), (3, 5) and the model y = wx + b, compute the "
     "gradient of the mean squared error L = (1/N) sum (w x_i + b - y_i)^2 with respect to w "
     "and b at w = 1, b = 0.", "N"),
    ("data (1, 2), (2, 3), (3, 5): gradient of L = (1/n) sum (w x_i + b - y_i)^2 at w = 1, "
     "b = 0", "n"),
])
def test_one_over_n_is_the_number_of_data_points(text: str, name: str) -> None:
    s = solve(text)
    gw, gb = _sse_grad([(1, 2), (2, 3), (3, 5)], 1, 0)
    assert list(s.answer) == [sp.Rational(gw, 3), sp.Rational(gb, 3)]
    assert any(f"{name} = 3" in n for n in s.notes)  # said, not silently put in


def test_n_given_a_value_beside_the_data_is_asked() -> None:
    with pytest.raises(ParseError, match="number of points"):
        parse("data (1, 2), (2, 3), (3, 5): gradient of L = (1/N) sum (w x_i - y_i)^2 "
              "at w = 1, N = 4")


def test_mse_written_with_one_over_the_count_is_not_asked() -> None:
    s = solve("For the data (1, 2), (2, 3), (3, 5), find the gradient of the mean squared "
              "error L(m, c) = (1/3) * sum of (m x_i + c - y_i)^2 at m = 1, c = 0.")
    gw, gb = _sse_grad([(1, 2), (2, 3), (3, 5)], 1, 0)
    assert list(s.answer) == [sp.Rational(gw, 3), sp.Rational(gb, 3)]


def test_mse_written_with_another_factor_is_still_asked() -> None:
    with pytest.raises(ParseError, match="divide"):
        parse("For the data (1, 2), (2, 3), (3, 5), find the gradient of the mean squared "
              "error L(m, c) = (1/2) * sum of (m x_i + c - y_i)^2 at m = 1, c = 0.")


@pytest.mark.parametrize("text", [
    "x = [0, 1, 2], y = [1, 3, 7], J = sum (w x + b - y)^2 / (2n), gradient of J at w = 2, b = 1",
    r"$L(w, b) = \frac{1}{2n}\sum_{i=1}^{n} (w x_i + b - y_i)^2$ with $x = (0, 1, 2)$, "
    r"$y = (1, 3, 7)$; compute $\nabla L$ at $w = 2, b = 1$",
])
def test_a_loss_named_by_its_letter_over_columns(text: str) -> None:
    gw, gb = _sse_grad([(0, 1), (1, 3), (2, 7)], 2, 1)
    assert list(solve(text).answer) == [sp.Rational(gw, 6), sp.Rational(gb, 6)]


# ------------------------------------- NumPy's ** is entry by entry; the matrix power a button
@pytest.mark.parametrize(("text", "n"), [
    ("A**2 in numpy for A = np.array([[1, 2], [3, 4]])", 2),
    ("np.array([[1, 2], [3, 4]])**3", 3),
    ("A = np.array([[1, 2], [3, 4]])\nA**2 = ?", 2),
])
def test_numpy_double_star_is_entrywise_with_the_matrix_power_as_the_other_reading(
        text: str, n: int) -> None:
    s = solve_problem(parse(text))
    assert s.answer == _A.applyfunc(lambda e: e ** n)
    assert "entry" in s.problem.restated
    assert [r.key for r in s.problem.options["readings"]] == ["npow"]
    other = solve_problem(parse(text, flip={"npow"}))
    assert other.answer == _A ** n
    assert "entry" not in other.problem.restated


def test_entrywise_power_inside_a_larger_expression() -> None:
    s = solve("trace of A**2 in numpy for A = np.array([[1, 2], [3, 4]])")
    assert s.answer == 1 + 16


@pytest.mark.parametrize("text", [
    "A**-1 in numpy for A = np.array([[1, 2], [3, 4]])",  # entrywise reciprocal: asked
    "A**2 and A^2 in numpy for A = np.array([[1, 2], [3, 4]])",  # two notations: asked
    "A*B in numpy for A = np.array([[1, 2], [3, 4]]), B = np.array([[1, 0], [0, 1]])",
])
def test_other_numpy_operators_are_still_asked(text: str) -> None:
    with pytest.raises(ParseError, match="entry by entry"):
        parse(text)


def test_double_star_without_numpy_is_the_matrix_power() -> None:
    s = solve("A**2 for A = [[1, 2], [3, 4]]")
    assert s.answer == _A * _A and not s.problem.options.get("readings")


# ------------------------------------------- a NumPy session's loss: names, unpacking, (dL/dw, ..)
def test_a_numpy_loss_named_by_the_word_with_unpacked_start_values() -> None:
    s = solve("x = np.array([1, 2, 3, 4])\ny = np.array([2, 3, 5, 6])\nw, b = 0.0, 0.0\n"
              "loss = np.mean((w*x + b - y)**2)\nwhat is the gradient of loss wrt w and b")
    gw, gb = _sse_grad([(1, 2), (2, 3), (3, 5), (4, 6)], 0, 0)
    assert list(s.answer) == [sp.Rational(gw, 4), sp.Rational(gb, 4)]
    assert "w = 0, b = 0" in s.problem.restated  # a float 0.0 was printed as nothing


def test_the_gradient_written_as_a_tuple_of_partials() -> None:
    s = solve("X = np.array([1, 2, 4]); y = np.array([3, 5, 9])\n"
              "loss = np.mean((w*X + b - y)**2)\nwhat is the gradient (dL/dw, dL/db) at w = 0, "
              "b = 0")
    gw, gb = _sse_grad([(1, 3), (2, 5), (4, 9)], 0, 0)
    assert list(s.answer) == [sp.Rational(gw, 3), sp.Rational(gb, 3)]


def test_a_loss_word_beside_its_own_l_is_left_alone() -> None:
    with pytest.raises(ParseError):  # L is something else here: "loss" is not renamed to it
        parse("L = 5\nloss = (w - 1)^2\ngradient of the loss at w = 0")


@pytest.mark.parametrize("text", [
    "x: 0, 1, 2 | y: 1, 3, 7 — fit y = mx + c, gradient of sum of squared errors wrt m, c at "
    "m = 0, c = 0",
    "x = [0, 1, 2] | y = [1, 3, 7], fit y = mx + c, gradient of sum of squared errors wrt m, c "
    "at m = 0, c = 0",
])
def test_columns_split_by_a_bar_and_a_dash_before_words(text: str) -> None:
    s = solve(text)
    e = [0 * px + 0 - py for px, py in [(0, 1), (1, 3), (2, 7)]]  # m x + c − y at m = c = 0
    assert list(s.answer) == [sum(2 * ei * px for ei, px in zip(e, (0, 1, 2), strict=True)),
                              sum(2 * ei for ei in e)]


def test_an_em_dash_before_a_function_is_still_a_minus() -> None:
    assert sp.simplify(parse("d/dx x^2 — sin x").expr - (x ** 2 - sp.sin(x))) == 0
