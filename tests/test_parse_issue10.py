"""Issue 10: read exactly what the student asked. Every class of the issue's "What went wrong"
list, from its own example messages and variants: the reading is right, or the student is asked
back; nothing is dropped silently."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import ParseError, parse, solve, solve_problem
from solver.parsing.account import Unclear

x, y, i_, q, t = sp.symbols("x y i q t")
M = sp.Matrix


def _expr(text: str) -> sp.Expr:
    return parse(text).expr


# ---------------------------------------------------------------- words dropped silently
@pytest.mark.parametrize(("text", "want"), [
    ("d/dx x squared", x**2),
    ("d/dx x cubed plus 2x", x**3 + 2 * x),
    ("d/dx e to the x", sp.exp(x)),
    ("d/dx e to the power x", sp.exp(x)),
    ("differentiate x raised to the power 3", x**3),
    ("d/dx x squared minus 3x", x**2 - 3 * x),
    ("d/dx x^2 divided by 2", x**2 / 2),
])
def test_math_words_become_math(text: str, want: sp.Expr) -> None:
    assert sp.simplify(_expr(text) - want) == 0


@pytest.mark.parametrize("text", [
    "det of [[1,2],[3,4]] banana 7", "d/dx x squared plus junk", "find the tangent line to x^2",
    "three times the derivative of x^2", "det [[1,2],[3,4]] % 5",
])
def test_unknown_words_or_symbols_are_asked_about(text: str) -> None:
    with pytest.raises(Unclear) as err:
        parse(text)
    assert "did not understand" in err.value.message


def test_numpy_transpose_and_array() -> None:
    assert parse("A = [[1,2],[3,4]], find A.T").kind == "transpose"
    p = parse("det array([[1, 2],\n       [3, 4]])")
    assert p.kind == "det" and p.matrices == (M([[1, 2], [3, 4]]),)
    assert parse("inverse of np.array([[2, 0], [0, 4]])").matrices == (M([[2, 0], [0, 4]]),)


# ---------------------------------------------------------------- exponentials and ML functions
@pytest.mark.parametrize(("text", "want"), [
    ("d/dx sigmoid 1/(1+e^-2x)", 1 / (1 + sp.exp(-2 * x))),
    ("d/dx e^3x", sp.exp(3 * x)),
    ("d/dx e^-2x", sp.exp(-2 * x)),
    ("d/dx log(1+e^x)", sp.log(1 + sp.exp(x))),
    ("d/dx exp(-x^2/2)", sp.exp(-x**2 / 2)),
    ("d/dx tanh(2x)", sp.tanh(2 * x)),
    ("derivative of softplus(x)", sp.log(1 + sp.exp(x))),
    ("derivative of sigmoid(x)", 1 / (1 + sp.exp(-x))),
    ("d/dx e^(2x) * ln(x)", sp.exp(2 * x) * sp.log(x)),
])
def test_exponentials_and_ml_functions(text: str, want: sp.Expr) -> None:
    assert sp.simplify(_expr(text) - want) == 0


def test_e_3x_reading_is_shown_with_the_other_one() -> None:
    p = parse("d/dx e^3x")
    assert [r.key for r in p.options["readings"]] == ["exp"]
    assert parse("d/dx e^3x", flip={"exp"}).expr == sp.E**3 * x


def test_relu_is_piecewise_with_a_note() -> None:
    p = parse("derivative of relu(x)")
    assert p.expr.subs(x, -2) == 0 and p.expr.subs(x, 3) == 3


# ---------------------------------------------------------------- superscripts and Unicode
@pytest.mark.parametrize(("text", "want"), [
    ("3rd derivative of x³ eˣ", x**3 * sp.exp(x)),
    ("d/dx x⁻¹", 1 / x),
    ("d/dx √x", sp.sqrt(x)),
    ("d/dx ½ x^2", x**2 / 2),
    ("d/dx ¾x⁴", sp.Rational(3, 4) * x**4),
    ("d/dx x²ʸ wrt x", x**(2 * y)),
])
def test_superscripts_and_unicode(text: str, want: sp.Expr) -> None:
    assert sp.simplify(_expr(text) - want) == 0


def test_third_derivative_of_x3_ex_is_right() -> None:
    sol = solve_problem(parse("3rd derivative of x³ eˣ"))
    assert sp.simplify(sol.answer - sp.diff(x**3 * sp.exp(x), x, 3)) == 0


def test_transpose_and_subscripts() -> None:
    assert parse("B = [1 2 3; 4 5 6], find Bᵀ").kind == "transpose"
    x1 = sp.Symbol("x1")
    assert parse("d/dx₁ x₁^2").expr == x1**2


# ---------------------------------------------------------------- indexed variables
def test_hessian_with_indexed_variables() -> None:
    x1, x2 = sp.symbols("x1 x2")
    p = parse("hessian of 3x1² - x1x2 + 5x2²")
    assert p.kind == "hessian" and p.expr == 3 * x1**2 - x1 * x2 + 5 * x2**2
    assert p.variables == (x1, x2)
    assert solve_problem(p).answer == M([[6, -1], [-1, 10]])


@pytest.mark.parametrize(("text", "names"), [
    ("gradient of x_1^2 + x_2^2", ("x1", "x2")),
    ("gradient of w1*x1 + w2*x2 wrt w1, w2", ("w1", "w2")),
    ("gradient of theta0 + theta1 x wrt theta0, theta1", ("theta0", "theta1")),
    ("gradient of x1^2 x2 + x2^3 x3", ("x1", "x2", "x3")),
])
def test_indexed_variables(text: str, names: tuple[str, ...]) -> None:
    p = parse(text)
    assert p.kind == "gradient" and p.variables == sp.symbols(names)
    assert all(v in p.expr.free_symbols for v in p.variables)


# ---------------------------------------------------------------- letters that are variables
def test_i_is_a_variable_when_named_after_wrt() -> None:
    p = parse("second derivative of 7*i**3 + 4*i - 9 wrt i")
    assert p.expr == 7 * i_**3 + 4 * i_ - 9 and p.variables == (i_,)
    assert solve_problem(p).answer == 42 * i_


def test_q_is_a_variable() -> None:
    p = parse("What is the derivative of 5*q**3 - 2*q + 1?")
    assert p.expr == 5 * q**3 - 2 * q + 1 and p.variables == (q,)


def test_i_reading_is_shown_and_can_be_flipped() -> None:
    p = parse("d/dx x^2 + 3i x")
    assert i_ in p.expr.free_symbols
    assert p.options["readings"][0].key == "i"
    flipped = parse("d/dx x^2 + 3i x", flip={"i"})
    assert flipped.expr == x**2 + 3 * sp.I * x
    assert parse("eigenvalues of [[0, i], [-i, 0]]").matrices[0][0, 1] == sp.I


def test_e_is_a_variable_after_wrt() -> None:
    e = sp.Symbol("e")
    assert parse("differentiate 3*e**2 + e wrt e").expr == 3 * e**2 + e


# ---------------------------------------------------------------- more than two operands
def test_rank_of_three_vectors_reads_all_three() -> None:
    p = parse("rank of (2,1,0), (1,1,1), (3,2,1)")
    assert p.matrices == (M([[2, 1, 0], [1, 1, 1], [3, 2, 1]]),)
    assert solve_problem(p).answer == 2


@pytest.mark.parametrize(("text", "want"), [
    ("A + Aᵀ for A = [[2,1],[0,3]]", M([[4, 1], [1, 6]])),
    ("v = (1,2), A = [[2,1],[1,3]], find vᵀAv", sp.Integer(18)),  # a number, not [[18]]
    ("A = [[1,2],[3,4]], B=[[0,1],[1,0]], C=[[1,1],[0,1]], find ABC",
     M([[1, 2], [3, 4]]) * M([[0, 1], [1, 0]]) * M([[1, 1], [0, 1]])),
    ("A = [[1,2],[3,4]], find A^3", M([[1, 2], [3, 4]]) ** 3),
    ("A = [[1,2],[3,4]], find 2A - 3I", 2 * M([[1, 2], [3, 4]]) - 3 * sp.eye(2)),
    ("A = [[1,1],[0,1]], A^2 + A", M([[1, 1], [0, 1]]) ** 2 + M([[1, 1], [0, 1]])),
])
def test_matrix_expressions(text: str, want: sp.Matrix) -> None:
    p = parse(text)
    assert p.kind == "matrix_expr"
    sol = solve_problem(p)
    assert sol.answer == want
    assert "SymPy" in " ".join(sol.notes)


def test_a_squared_is_a_times_a() -> None:
    p = parse("A = [[1,2],[3,4]], find A squared")
    assert p.kind == "multiply" and p.matrices == (M([[1, 2], [3, 4]]),) * 2


def test_unused_definition_is_asked_about() -> None:
    with pytest.raises(Unclear, match="B"):
        parse("A = [[1,2],[3,4]], B = [[0,1],[1,0]], find det A")


# ---------------------------------------------------------------- scope words
@pytest.mark.parametrize(("text", "order"), [
    ("taylor series of cos x till the x^4 term", 4),
    ("taylor series of cos x upto x^4", 4),
    ("taylor series of cos x up to x^4", 4),
    ("taylor series of cos x up to order 4", 4),
    ("taylor series of e^x upto x^3", 3),
    ("maclaurin series of sin x until x^5", 5),
    ("first three non-zero terms of taylor series of sin x", 5),
    ("taylor series of cos x, first 2 nonzero terms", 2),
])
def test_scope_words(text: str, order: int) -> None:
    p = parse(text)
    assert p.kind == "taylor" and p.order == order


def test_first_three_terms_answer() -> None:
    sol = solve_problem(parse("first three non-zero terms of taylor series of sin x"))
    assert sp.expand(sol.answer - (x - x**3 / 6 + x**5 / 120)) == 0


# ---------------------------------------------------------------- norms, distance, cross
def test_norm_of_a_difference_is_a_distance() -> None:
    p = parse("||u - v|| for u = (1,2), v = (4,6)")
    assert p.kind == "distance" and solve_problem(p).answer == 5


def test_distance_between_points() -> None:
    p = parse("distance between (1,1) and (4,5)")
    assert p.kind == "distance" and solve_problem(p).answer == 5


def test_cross_product_is_not_a_dot_product() -> None:
    p = parse("cross product of (2,0,-1) and (1,3,2)")
    assert p.kind == "cross"
    assert solve_problem(p).answer == M([2, 0, -1]).cross(M([1, 3, 2]))
    with pytest.raises(ParseError):
        solve_problem(parse("cross product of (1, 2) and (3, 4)"))


# ---------------------------------------------------------------- layouts
@pytest.mark.parametrize("text", [
    "| 5 1 ; 3 2 |", "det | 5 1 ; 3 2 |", "|5 1|\n|3 2|",
    "$\\begin{vmatrix} 5 & 1 \\\\ 3 & 2 \\end{vmatrix}$",
])
def test_determinant_bars(text: str) -> None:
    p = parse(text)
    assert p.kind == "det" and p.matrices == (M([[5, 1], [3, 2]]),)


def test_data_columns_and_named_points() -> None:
    p = parse("mean of x: 1, 3, -2, 0 | y: 2, 0, 1, -1")
    assert p.kind == "mean" and p.matrices == (M([[1, 2], [3, 0], [-2, 1], [0, -1]]),)
    p = parse("covariance of p1=(1,0), p2=(2,2), p3=(4,1)")
    assert p.matrices == (M([[1, 0], [2, 2], [4, 1]]),)


def test_rows_or_columns_are_samples() -> None:
    rows = parse("PCA of [[1,2],[3,4],[5,7]] rows are samples")
    assert rows.matrices == (M([[1, 2], [3, 4], [5, 7]]),)
    cols = parse("covariance of [[1,3,5],[2,4,7]], columns are samples")
    assert cols.matrices == (M([[1, 2], [3, 4], [5, 7]]),)
    assert any("column" in n for n in cols.options["notes"])


@pytest.mark.parametrize(("text", "want"), [
    ("norm of $\\mathbf{v} = (3,4)$", "norm"),
    ("d/dx $\\frac{1}{x}$", "derivative"),
    ("d/dx $x \\cdot \\sin x$", "derivative"),
    ("d/dx $\\left( x^2 + 1 \\right)^3$", "derivative"),
    ("find $\\det \\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}$ please", "det"),
])
def test_latex_mixed_with_words(text: str, want: str) -> None:
    assert parse(text).kind == want


# ---------------------------------------------------------------- punctuation and chat
@pytest.mark.parametrize("text", [
    "What is the derivative of 5*x**3 - 2*x + 1?", "d/dx 5x^3 - 2x + 1 = ?",
    "d/dx 5x^3 - 2x + 1 ??", "d/dx 5x^3 - 2x + 1 😀", "bhai d/dx 5x^3 - 2x + 1 plz",
    "sir pls d/dx of 5x^3 - 2x + 1 🙏🙏",
])
def test_chat_and_punctuation(text: str) -> None:
    assert parse(text).expr == 5 * x**3 - 2 * x + 1


# ---------------------------------------------------------------- juxtaposition and kinds
def test_projection_onto_a_span_is_a_projection() -> None:
    p = parse("orthogonal projection of (1,2,3) onto span (1,0,0), (0,1,0)")
    assert p.kind == "projection"
    assert solve_problem(p).answer == M([1, 2, 0])


def test_several_tasks_in_one_message() -> None:
    p = parse("det and inverse of [[1,2],[3,4]]")
    assert p.kind == "det" and p.options["also"] == ["inverse"]
    assert "inverse" in p.restated
    other = parse("det and inverse of [[1,2],[3,4]]", kind="inverse")
    assert other.kind == "inverse" and solve_problem(other).answer == M([[1, 2], [3, 4]]).inv()
    assert "also" not in parse("eigenvalues and eigenvectors of [[2,1],[1,2]]").options


def test_check_line_says_what_it_checked() -> None:
    sol = solve_problem(parse("det [[1,2],[3,4]]"))
    assert any("as read above" in n for n in sol.notes)
    assert sol.render("html").index("I read this as") < sol.render("html").index("Answer")


# ---------------------------------------------------------------- found while probing
def test_times_between_3_vectors_is_the_cross_product() -> None:
    p = parse("Find $\\mathbf{a} \\times \\mathbf{b}$ where $\\mathbf{a} = (1,0,0)$ and "
              "$\\mathbf{b} = (0,1,0)$.")
    assert p.kind == "cross" and solve_problem(p).answer == M([0, 0, 1])
    assert parse("(1,2,3) × (4,5,6)").kind == "cross"
    assert parse("[[1,2],[3,4]] × [[1,0],[0,1]]").kind == "multiply"
    assert parse("d/dx 2 × 3x").expr == 6 * x


def test_hinglish_filler_is_not_math() -> None:
    p = parse("bhai ye matrix ka inverse bata do [[1,2],[3,4]]")
    assert p.kind == "inverse" and p.matrices == (M([[1, 2], [3, 4]]),)
    assert parse("x^2 sin x ka derivative batao").expr == x**2 * sp.sin(x)


def test_numpy_float_output() -> None:
    p = parse("array([[2., 1.],\n       [1., 2.]]) eigenvalues")
    assert p.kind == "eigenvalues" and p.matrices == (M([[2, 1], [1, 2]]),)


def test_root_exponents() -> None:
    assert parse("d/dx x^1/3").expr == sp.cbrt(x)
    assert parse("d/dx x^1/3", flip={"pow"}).expr == x / 3
    assert parse("d/dx 3e^2x").expr == 3 * sp.exp(2 * x)


def test_n_terms_counts_non_zero_terms_with_the_other_reading() -> None:
    p = parse("taylor series of sin x at 0 upto 5 terms")
    assert p.order == 9 and p.options["readings"][0].key == "terms"
    assert parse("taylor series of sin x at 0 upto 5 terms", flip={"terms"}).order == 4


@pytest.mark.parametrize(("text", "want"), [
    ("Let a = 7 - 4. Differentiate a*w**3 + w wrt w.", 9 * sp.Symbol("w")**2 + 1),
    ("Let c be (-6)/(-2) + 1. What is the second derivative of c*k**3 wrt k?",
     24 * sp.Symbol("k")),
    ("Let g(u) = 3*u**2 - u. Let h(u) = u + 1. Let p(r) = 2*g(r) - h(r). "
     "Differentiate p(y) wrt y.", 12 * y - 3),
    ("Let m(n) be the second derivative of n**4/12 + 5*n. Find the derivative of m(t) wrt t.",
     2 * t),
    ("Suppose 2*a - b = 3, a + b = 6. Find the first derivative of a*x**2 + b*x wrt x.",
     6 * x + 3),
    ("Let r(s) = s**2 - 5. Let k be r(3). Differentiate k*z**2 wrt z.",
     8 * sp.Symbol("z")),
    ("Let i = 2. What is the derivative of i*x**3 wrt x?", 6 * x**2),
    ("Let f(x) = x**3 - 2*x. What is the derivative of f(i) wrt i?", 3 * i_**2 - 2),
])
def test_definitions_before_the_question(text: str, want: sp.Expr) -> None:
    sol = solve_problem(parse(text))
    assert sp.expand(sol.answer - want) == 0
    assert any(n.startswith("Using") for n in sol.problem.options["notes"])


@pytest.mark.parametrize("text", [
    "Let t be 3. Suppose 2*q = q**2. Differentiate q*x wrt x.",  # not linear: not guessed
    "Suppose a + b = 2. Differentiate a*x wrt x.",  # no unique solution
    "Let t be 3. What is the derivative of x**2 wrt x?",  # t is never used
])
def test_definitions_that_cannot_be_used_are_asked_about(text: str) -> None:
    with pytest.raises(ParseError):
        parse(text)


@pytest.mark.parametrize(("text", "kind", "matrix"), [
    ("A = [[1,2],[3,4]], B = [[0,1],[1,0]], find det of AB", "det", M([[2, 1], [4, 3]])),
    ("A = [[1,2],[3,4]], eigenvalues of A^T A", "eigenvalues", M([[10, 14], [14, 20]])),
    ("A = [[1,2],[3,4]], inverse of A^T", "inverse", M([[1, 3], [2, 4]])),
    ("A = [[1,2],[3,4]], det(2A)", "det", M([[2, 4], [6, 8]])),
    ("A = [[1,2],[3,4]], B = [[0,1],[1,0]], rank of A + B", "rank", M([[1, 3], [4, 4]])),
])
def test_an_operation_on_a_matrix_expression_keeps_both(text: str, kind: str,
                                                          matrix: sp.Matrix) -> None:
    # issue 10: "det of AB" was answered as the product AB (the det dropped)
    p = parse(text)
    assert p.kind == kind and p.matrices == (matrix,)
    assert "where that matrix is" in p.restated


def test_norm_of_a_sum_of_vectors() -> None:
    p = parse("u = (1,2), v = (3,4), norm of u + v")
    assert p.kind == "norm" and solve_problem(p).answer == sp.sqrt(52)


def test_bars_around_a_matrix_expression_are_a_determinant() -> None:
    p = parse("A = [[1,2],[3,4]], |A^2|")
    assert solve_problem(p).answer == (M([[1, 2], [3, 4]]) ** 2).det()


def test_prime_at_a_number_and_subscript_partials() -> None:
    p = parse("find f'(2) if f(x) = x^3")
    assert p.kind == "derivative" and p.point == {x: 2}
    p = parse("f(x,y) = x^2 y, find f_x and f_y")  # two partials, as asked (not the gradient)
    assert p.kind == "partial" and p.variables == (x,) and p.options["also"] == ["partial.2"]
    assert parse("f(x,y) = x^2 y, find f_x and f_y", kind="partial.2").variables == (y,)
    p = parse("f(x,y) = x^2 y, find ∂f/∂x at (1,2)")
    assert p.kind == "partial" and p.point == {x: 1, y: 2}


def test_max_min_words_and_start_points() -> None:
    assert parse("find the maximum of f(x) = -x^2 + 4x").kind == "critical_points"
    p = parse("gradient descent x^2 + y^2 start (1,1) alpha = 0.1 iterations 3")
    assert p.point == {x: 1, y: 1} and p.options["steps"] == 3


def test_inverse_and_det_of_the_same_matrix_are_two_tasks() -> None:
    p = parse("A = [[2, 0], [0, 3]]. Find A^-1 and det(A)")  # in the order asked (session 7)
    assert p.kind == "inverse" and p.matrices == (M([[2, 0], [0, 3]]),)
    assert p.options["also"] == ["det"]
    assert solve_problem(p).answer == M([[2, 0], [0, 3]]).inv()
    other = parse("A = [[2, 0], [0, 3]]. Find A^-1 and det(A)", kind="det")
    assert solve_problem(other).answer == 6


def test_std_dev_and_projection_matrix_restatement() -> None:
    p = parse("std dev of 2, 4, 4, 4, 5, 5, 7, 9")
    assert p.kind == "variance" and p.options["std"] and solve_problem(p).answer == 2
    assert parse("projection matrix for [[1],[1]]").restated.endswith("span of (1, 1)")


def test_a_flat_vector_left_of_a_matrix_is_a_row_with_a_note() -> None:
    p = parse("(5, 6) * [[1,2],[3,4]]")
    assert p.matrices[0] == M([[5, 6]]) and "row vector" in p.options["notes"][0]
    assert parse("u = [1, 0, 2], v = [3, 1, 1], find u·v").kind == "dot"


@pytest.mark.parametrize("text", ["d/dx t^2 + 3t", "d/dx x1^2 + 3", "partial of x^2 y wrt z",
                                  "second derivative of 7*i**3 + 4*i - 9 wrt x"])
def test_differentiating_by_a_variable_that_is_not_there_is_asked_about(text: str) -> None:
    with pytest.raises(ParseError, match="has no"):
        parse(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Find $\\frac{d}{dx}\\left[x^3 \\ln x\\right]$", "derivative"),
    ("$\\frac{d}{dx} \\frac{1}{1 + e^{-x}}$", "derivative"),
    ("Solve $\\begin{cases} x + y = 3 \\\\ x - y = 1 \\end{cases}$", "solve_system"),
    ("Find $\\|\\mathbf{u} - \\mathbf{v}\\|$ for $\\mathbf{u} = (1, 2)$, $\\mathbf{v} = (4, 6)$",
     "distance"),
    ("Find the gradient of $f(\\mathbf{x}) = x_1^2 + 3x_1x_2 + x_2^2$", "gradient"),
    ("Expand $\\cos x$ in a Maclaurin series up to the $x^4$ term", "taylor"),
])
def test_latex_from_course_notes(text: str, kind: str) -> None:
    assert parse(text).kind == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("derivative of x^2 sin x??? urgent exam tmrw", "derivative"),
    ("sir inverse of 2 1 ; 1 1 plzzz", "inverse"),
    ("1. find the det of [[1,2],[3,4]]", "det"),
    ("hi! det of [[1,0],[0,1]] thanks", "det"),
    ("y = x^3, dy/dx = ?", "derivative"),
    ("f(x) = x^2 + 2x + 1. f'(x) = ?", "derivative"),
    ("A=[[1,2],[3,4]] B=[[1,0],[0,1]] A*B", "multiply"),
    ("Find inverse of A. A = [[4, 7], [2, 6]]", "inverse"),
    ("det of 3x3 [[1,2,3],[4,5,6],[7,8,10]]", "det"),
])
def test_whatsapp_style(text: str, kind: str) -> None:
    assert parse(text).kind == kind


def test_a_kind_word_the_reading_would_drop_is_asked_about() -> None:
    with pytest.raises(Unclear, match="more than one thing"):
        parse("sum of eigenvalues of [[1,2],[3,4]]")
    assert parse("slope of x^2 - 4x at x = 3, i mean derivative").kind == "derivative"


@pytest.mark.parametrize(("text", "want"), [("d/dx 1 over x", 1 / x), ("d/dx x power 3", x**3)])
def test_over_and_power_words(text: str, want: sp.Expr) -> None:
    assert _expr(text) == want


def test_function_words_never_vanish() -> None:
    for text in ("d/dx root of x", "equation of tangent to y = x^2 at x = 1",
                 "first or second derivative of x^3"):
        with pytest.raises(Unclear):
            parse(text)
    assert _expr("d/dx square of x") == x**2  # read (the lexicon's "square of"), not dropped
    assert parse("first order taylor of e^x").order == 1
    assert parse("use newton raphson to find root of x^2 - 3 with x0 = 2").kind == "newton"


def test_a_named_loss_and_indexed_partials() -> None:
    w, b = sp.symbols("w b")
    p = parse("loss = (y - (w*x + b))^2, find gradient wrt w, b at x = 2, y = 3")
    assert p.kind == "gradient" and p.variables == (w, b)
    assert solve_problem(p).answer == M([8 * w + 4 * b - 12, 4 * w + 2 * b - 6])
    x1 = sp.Symbol("x1")
    assert parse("∂/∂x1 (x1^2 x2)").variables == (x1,)


def test_two_derivative_orders_in_one_message_are_asked_about() -> None:
    with pytest.raises(Unclear, match="different orders"):
        parse("d/dx d^2/dx^2 of x^3")
    # joined by "and": two tasks, answered in the order named (tests/test_parse_tasks_order.py)
    assert parse("d/dx and d^2/dx^2 of x^3").options["also"] == ["derivative.2"]
    p = parse("find eigenvalues, eigenvectors and det of [[2,0],[0,3]]")
    assert p.kind == "eigenvectors" and p.options["also"] == ["det"]


def test_trace_is_one_row_in_the_kinds_table() -> None:
    from solver.kinds import BY_NAME

    assert BY_NAME["trace"].restate == "the trace of"
    p = parse("trace of [[1,2],[3,4]]")
    assert p.kind == "trace" and solve_problem(p).answer == 5


@pytest.mark.parametrize(("text", "kind", "point"), [
    ("gradient nikalo f = x^2 y + y^3 ka (1,1) pe", "gradient", {x: 1, y: 1}),
    ("taylor series e^x ka x = 0 pe 3rd order tak", "taylor", {x: 0}),
    ("x^3 + 3x^2 ka double derivative", "higher_derivative", None),
])
def test_hinglish_postpositions(text: str, kind: str, point: dict | None) -> None:
    p = parse(text)
    assert p.kind == kind and p.point == point


def test_solve_answers_every_task_of_the_message() -> None:
    from solver import solve

    both = solve("det and inverse of [[1,2],[3,4]]")
    assert [s.kind for s in both] == ["det", "inverse"]
    assert both[0].answer == -2 and both[1].answer == M([[1, 2], [3, 4]]).inv()
    assert both.answer == -2  # the first task, for callers that expect one solution
    assert solve("det of [[1,2],[3,4]]").answer == -2


@pytest.mark.parametrize(("text", "kind"), [
    ("minimize x^2 using gradient descent from x = 3 with lr 0.1", "gradient_descent"),
    ("find the slope of tangent to y = x^2 at x = 1", "derivative"),
    ("project (2,3) onto the line through (1,1)", "projection"),
    ("gram schmidt on the columns of [[1,1],[0,1]]", "gram_schmidt"),
])
def test_words_with_a_meaning_for_their_kind(text: str, kind: str) -> None:
    assert parse(text).kind == kind


@pytest.mark.parametrize(("text", "want"), [
    ("u·v + v·w for u = (1,2), v = (3,4), w = (5,6)", 50),
    ("x^T y + 2 for x = (1,2), y = (3,4)", 13),
    ("3 - x^T y for x = (1,2), y = (3,4)", -8),
    ("u.v + 1 where u = (1, 2), v = (3, 1)", 6),
    ("x^T A x + b^T x for A = [[2,0],[0,3]], x = (1,2), b = (1,1)", 17),
    ("x^T y for x = (1,2), y = (3,4)", 11),
])
def test_sums_of_dot_products_are_numbers(text: str, want: int) -> None:
    # a sum of dot products (or xᵀy plus a number) is a number, never a 1×1 matrix
    sol = solve(text)
    assert sol.answer == want and not isinstance(sol.answer, sp.MatrixBase)
    assert parse(text).restated.startswith("the number ")


def test_a_number_plus_a_matrix_is_still_asked_back() -> None:
    with pytest.raises(ParseError, match="add numbers to numbers"):
        parse("A + 2 for A = [[1,2],[3,4]]")
