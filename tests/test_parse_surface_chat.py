"""The surface of a message (chat helper, issue 10): WhatsApp shorthand, typos, Hinglish, pasted
NumPy and LaTeX, layouts, words for notation, Unicode. Each family is read as the problem typed
(the reading and the answer are checked against SymPy) or asked back, never answered as another
problem. The messages are new ones, written for this file, in the ways students type them."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import ParseError, solve
from solver.parsing import parse
from solver.parsing.lexicon import respell

x, y, t = sp.symbols("x y t")
M = sp.Matrix


def _read(text: str, kind: str, *restated: str) -> sp.Basic:
    """Parse and solve ``text``: the kind and the restatement are checked, the answer returned."""
    problem = parse(text)
    assert problem.kind == kind, (text, problem.kind, problem.restated)
    for part in restated:
        assert part in problem.restated, (text, problem.restated)
    return solve(text).answer


def _asked_back(text: str) -> str:
    with pytest.raises(ParseError) as info:
        parse(text)
    return info.value.message


# ------------------------------------------------------------------ WhatsApp shorthand
@pytest.mark.parametrize(("text", "kind"), [
    ("evals of [[2,1],[1,2]] pls", "eigenvalues"),
    ("Eigvals [[2,1],[1,2]]??", "eigenvalues"),
    ("e vals of [[2,1],[1,2]]", "eigenvalues"),
    ("e-values of [[2,1],[1,2]]", "eigenvalues"),
    ("eig([[2,1],[1,2]])", "eigenvalues"),
    ("λ's of [[2,1],[1,2]]", "eigenvalues"),
    ("λ1, λ2 of [[2,1],[1,2]]", "eigenvalues"),
])
def test_eigenvalue_shorthand(text: str, kind: str) -> None:
    assert _read(text, kind) == {1: 1, 3: 1}


@pytest.mark.parametrize("text", ["evecs of [[2,0],[0,3]]", "eigen vals n vecs of [[2,0],[0,3]]",
                                  "eigen values and vectors of [[2,0],[0,3]]"])
def test_eigenvector_shorthand_names_both(text: str) -> None:
    _read(text, "eigenvectors", "eigenvalues and eigenvectors")
    result = solve(text)  # both named: solve() answers each task (the eigenvectors one here)
    (answer,) = [s.answer for s in (result if isinstance(result, tuple) else (result,))
                 if s.kind == "eigenvectors"]
    assert {val: vecs[0] for val, _mult, vecs in answer} == {2: M([1, 0]), 3: M([0, 1])}


@pytest.mark.parametrize(("text", "kind", "want"), [
    ("critical pts of x^4 - 2x^2", "critical_points", [{x: -1}, {x: 0}, {x: 1}]),
    ("dist b/w (0,0,0) & (1,2,2)", "distance", 3),
    ("avg of 1, 2, 3, 4", "mean", sp.Rational(5, 2)),
    ("ker A, A = [1 -1 2; 2 -2 4; 0 0 1]", "nullspace", [M([1, 1, 0])]),
    ("hess of x^3 + y^3", "hessian", M([[6 * x, 0], [0, 6 * y]])),
    ("jac of (x^2 y, x + y)", "jacobian", M([[2 * x * y, x**2], [1, 1]])),
    ("cross prod of (1,2,3) & (4,5,6)", "cross", M([-3, 6, -3])),
    ("grad of x^2+y^2 @ (1,1)", "gradient", M([2, 2])),
    ("tr A, A = [[1,2],[3,4]]", "trace", 5),
])
def test_abbreviations(text: str, kind: str, want: object) -> None:
    assert _read(text, kind) == want


def test_projection_and_covariance_shorthand() -> None:
    assert _read("proj of b=(1,2,2) on a=(0,3,4) plz", "projection") == M(
        [0, sp.Rational(42, 25), sp.Rational(56, 25)])
    cov = _read("cov mat of (1,2),(3,4),(5,9)", "covariance")
    data = M([[1, 2], [3, 4], [5, 9]])
    centred = data - M.ones(3, 1) * (M.ones(1, 3) * data) / 3
    assert cov == centred.T * centred / 3


def test_gradient_descent_and_gram_schmidt_shorthand() -> None:
    steps = _read("gd 3 steps f(x)=(x-1)^2 x0=0 lr 0.25", "gradient_descent", "from x = 0")
    assert [float(s[x]) for s in steps] == [0, 0.5, 0.75, 0.875]
    basis = _read("GS on (1,2,2) aur (1,0,1)", "gram_schmidt")
    assert basis[0] == M([1, 2, 2]) / 3


def test_and_written_n_only_between_words() -> None:
    problem = parse("det n inverse of [[2,1],[1,1]]")
    assert problem.kind == "det" and "inverse" in problem.options["also"]
    assert sp.simplify(parse("d/dx x^n n").expr - sp.Symbol("n") * x ** sp.Symbol("n")) == 0


# --------------------------------------------------------------------------- typos
@pytest.mark.parametrize(("typed", "meant"), [
    ("rnak", "rank"), ("slove", "solve"), ("tarce", "trace"), ("vales", "values"),
    ("vlaues", "values"), ("hesian", None),
])
def test_a_typo_is_read_when_only_one_word_fits(typed: str, meant: str | None) -> None:
    got = respell(typed)
    assert got == meant or (meant is None and got is None)


@pytest.mark.parametrize("word", ["square", "dose", "mode", "median", "sine", "slop"])
def test_real_words_are_not_respelled(word: str) -> None:
    assert respell(word) is None  # "square" is not "squared"; unknown words are asked back


def test_typos_through_the_solver() -> None:
    assert _read("rnak of matrix 1 2 ; 2 4", "rank") == 1
    assert _read("slove 3a + b = 7, a - b = 1", "solve_system") == {
        sp.Symbol("a"): 2, sp.Symbol("b"): 1}
    assert _read("eigen vales of [[4,1],[2,3]]", "eigenvalues") == {2: 1, 5: 1}
    assert _read("determinnant of [[1,2],[3,4]]", "det") == -2
    assert "square" in _asked_back("is [[1,2],[3,4]] a square matrix")


# -------------------------------------------------------------------------- Hinglish
@pytest.mark.parametrize(("text", "kind", "want"), [
    ("mujhe [[1,2],[3,4]] ka rank chahiye", "rank", 2),
    ("[[1,2],[3,4]] ka transpose karke dikhao", "transpose", M([[1, 3], [2, 4]])),
    ("ye vectors ka dot product kya hoga (1,2) aur (3,4)", "dot", 11),
    ("bhai (1,2,2) ka norm kitna hai", "norm", 3),
    ("dono vectors (1,0) aur (0,1) ke beech ka angle", "angle", sp.pi / 2),
    ("(1,2) aur (4,6) ke beech ki distance", "distance", 5),
    ("x^5 ka dusra derivative", "higher_derivative", 20 * x**3),
    ("pehla derivative of x^4 batao", "derivative", 4 * x**3),
    ("3x + 2y = 7 aur x - y = 1 ko hal karo", "solve_system", {x: sp.Rational(9, 5),
                                                               y: sp.Rational(4, 5)}),
    ("in numbers ka variance nikalo 10 12 14", "variance", sp.Rational(8, 3)),
    ("tanh ka derivative", "derivative", 1 - sp.tanh(x) ** 2),
])
def test_hinglish(text: str, kind: str, want: object) -> None:
    got = _read(text, kind)
    assert got == want or sp.simplify(sp.sympify(got) - want) == 0


def test_hinglish_near_a_point_and_up_to_an_order() -> None:
    answer = _read("sigmoid ka taylor series x=0 ke paas 3rd order tak", "taylor", "about x = 0",
                   "order 3")
    want = sp.series(1 / (1 + sp.exp(-x)), x, 0, 4).removeO()
    assert sp.expand(answer - want) == 0
    assert _read("sin x ka taylor series 0 ke aas paas order 3 tak", "taylor") == x - x**3 / 6


def test_hinglish_both_is_another_task() -> None:
    problem = parse("is matrix ka det aur inverse dono batao [[3,1],[2,1]]")
    assert problem.kind == "det" and problem.options["also"] == ["inverse"]


# ----------------------------------------------------------------------------- NumPy
@pytest.mark.parametrize(("text", "kind", "want"), [
    ("np.linalg.det(np.array([[4, 7], [2, 6]]))", "det", 10),
    ("np.linalg.det gives 10.000000000000002 for this\narray([[4, 7],\n       [2, 6]])\n"
     "what is the exact det?", "det", 10),
    ("np.linalg.inv(A) where A = np.array([[2, 1], [1, 1]])", "inverse", M([[1, -1], [-1, 2]])),
    ("np.linalg.matrix_rank(np.array([[1, 2], [2, 4]]))", "rank", 1),
    ("np.dot(u, v), u = (1, 2), v = (3, 4)", "dot", 11),
    ("np.cross([1,0,0], [0,1,0])", "cross", M([0, 0, 1])),
    ("np.linalg.norm([3, 4])", "norm", 5),
    ("np.mean([1, 2, 3, 4])", "mean", sp.Rational(5, 2)),
    ("A = np.array([[1, 2], [3, 4]])\nB = np.array([[2, 0], [1, 2]])\nA @ B = ?", "multiply",
     M([[4, 4], [10, 8]])),
    ("Matrix([[1, 2], [3, 4]]).det()", "det", -2),
    ("matrix([[1, 2], [3, 4]]).inv()", "inverse", M([[-2, 1], [sp.Rational(3, 2),
                                                            -sp.Rational(1, 2)]])),
    ("A.T @ A for A = [[1,2],[3,4]]", "matrix_expr", M([[10, 14], [14, 20]])),
    ("det of array([[1, 2], [3, 4]], dtype=float64)", "det", -2),
    ("det [[1. 2.]\n [3. 4.]]", "det", -2),
    ("det of [[1 2]\n [3 4]]", "det", -2),
])
def test_numpy_pasted(text: str, kind: str, want: object) -> None:
    assert _read(text, kind) == want


def test_a_call_inside_an_expression_keeps_its_place() -> None:
    a, b = M([[2, 1], [1, 1]]), M([[1, 0], [1, 1]])
    assert _read("np.linalg.inv(A) @ B for A = [[2,1],[1,1]], B = [[1,0],[1,1]]",
                 "matrix_expr", "⁻¹ ·") == a.inv() * b  # A⁻¹B, not (AB)⁻¹
    assert _read("A.inv() @ b for A = [[2,1],[1,1]], b = [1,2]", "matrix_expr") == M([-1, 3])
    _asked_back("np.linalg.det(A) + 1 for A = [[1,2],[3,4]]")  # no words for det(A) + 1


def test_numpy_solve_is_the_system() -> None:
    answer = _read("np.linalg.solve(A, b) with A = [[2,1],[1,3]], b = [3,5]", "solve_system")
    assert list(answer.values()) == [sp.Rational(4, 5), sp.Rational(7, 5)]


@pytest.mark.parametrize("text", [
    "np.linalg.norm(v, 1) for v = (1,2)",  # the L1 norm, not the length
    "np.mean(x, axis=1) for x = [[1, 2], [3, 4]]",  # the mean of each row (axis=0: v3refused)
    "np.linalg.pinv(A) for A = [[1,2],[3,4]]",
    "[[1, 2], [3, 4]].inv()",  # a bare literal with a method stays code
])
def test_numpy_calls_that_mean_something_else_stay_code(text: str) -> None:
    _asked_back(text)


# ----------------------------------------------------------------------------- LaTeX
@pytest.mark.parametrize(("text", "kind", "want"), [
    (r"Jacobian of $\begin{pmatrix} e^x \sin y \\ e^x \cos y \end{pmatrix}$", "jacobian",
     M([[sp.exp(x) * sp.sin(y), sp.exp(x) * sp.cos(y)],
        [sp.exp(x) * sp.cos(y), -sp.exp(x) * sp.sin(y)]])),
    (r"Evaluate $\lVert (1, 2, 2) \rVert$", "norm", 3),
    (r"$\left\| (3, 4) \right\|$", "norm", 5),
    (r"$\operatorname{Tr}(A)$, $A=\begin{bmatrix}1&2\\3&4\end{bmatrix}$", "trace", 5),
    (r"$\langle u, v \rangle$ for u = (1,2), v = (3,4)", "dot", 11),
    (r"$\mathrm{proj}_{\mathbf{u}}\mathbf{v}$ for $\mathbf{u}=(2,1)$, $\mathbf{v}=(3,4)$",
     "projection", M([4, 2])),
    (r"$\nabla^2 f$ (the Hessian) for $f = \sin(x) \cos(y)$", "hessian",
     sp.hessian(sp.sin(x) * sp.cos(y), (x, y))),
    (r"angle $\theta$ between $\mathbf{a}=(1,-1)$ and $\mathbf{b}=(-1,1)$", "angle", sp.pi),
    (r"$\frac{d}{dx}\left(\frac{x^2}{1+x}\right)$", "derivative",
     sp.diff(x**2 / (1 + x), x)),
])
def test_latex(text: str, kind: str, want: sp.Basic) -> None:
    got = _read(text, kind)
    assert got == want or sp.simplify(got - want) == 0


def test_latex_transpose_and_two_norm() -> None:
    a = M([[1, 2], [3, 4]])
    assert _read(r"$A^{T}A$ for $A = \begin{bmatrix}1&2\\3&4\end{bmatrix}$",
                 "matrix_expr") == a.T * a
    assert _read(r"Let $\mathbf{v} = \begin{bmatrix} 1 \\ 2 \end{bmatrix}$. Find "
                 r"$\|\mathbf{v}\|_2$", "norm") == sp.sqrt(5)
    # the subscript names the norm (was asked back before norm subscripts were read)
    assert _read(r"$\|\mathbf{v}\|_1$ for v = (1,-2)", "norm") == 3


def test_latex_evaluated_at_a_point() -> None:
    problem = parse(r"$\left.\frac{d}{dx}(x^3)\right|_{x=2}$")
    assert problem.kind == "derivative" and problem.point == {x: 2}


@pytest.mark.parametrize("text", [r"d/dw $(y - \hat{y})^2$", r"$\bar{x}$ of 1, 2, 3",
                                  "d/dx ŷ^2"])
def test_accents_are_not_the_bare_letter(text: str) -> None:
    _asked_back(text)  # (y − ŷ)² is not (y − y)² = 0


def test_nabla_squared_alone_is_asked_back() -> None:
    _asked_back("∇²f for f = x^2 y")  # the Hessian or the Laplacian: not guessed


# ---------------------------------------------------------------------------- layouts
@pytest.mark.parametrize(("text", "kind", "want"), [
    ("inverse of (4 7 | 2 6)", "inverse", M([[4, 7], [2, 6]]).inv()),
    ("det [1 2 | 3 4]", "det", -2),
    ("det |1 2|\n|3 4|", "det", -2),
    ("find |2 1 0|\n|1 3 1|\n|0 1 4|", "det", 18),
    ("mean of 1.5 2 -3", "mean", sp.Rational(1, 6)),
    ("det of 2 by 2 matrix [[1,2],[3,4]]", "det", -2),
])
def test_layouts(text: str, kind: str, want: object) -> None:
    got = _read(text, kind)
    assert got == want or abs(float(got) - float(want)) < 1e-9


def test_a_bare_system_matrix_times_x() -> None:
    answer = _read("[[1,1,1],[0,2,5],[2,5,-1]] x = [6,-4,27]", "solve_system")
    assert list(answer.values()) == [5, 3, -2]


# -------------------------------------------------------------------------- multiline
def test_matrix_vector_product_is_not_the_cross_product() -> None:
    answer = _read("matrix vector product plz\nA =\n1 0 2\n0 3 1\nx = (2, 1, 1)", "multiply")
    assert answer == M([[1, 0, 2], [0, 3, 1]]) * M([2, 1, 1])


@pytest.mark.parametrize("text", [
    "data matrix (each row one sample)\n1 0\n3 2\n5 4\nwhat is PC1",
    "one sample per row\n1 0\n3 2\n5 4\nfirst PC",
    "samples as rows: [[1, 0], [3, 2], [5, 4]], PC1?",
])
def test_rows_are_samples(text: str) -> None:
    problem = parse(text)
    assert problem.kind == "pca" and problem.matrices[0] == M([[1, 0], [3, 2], [5, 4]])


# --------------------------------------------------------------------- words for math
@pytest.mark.parametrize(("text", "want"), [
    ("d/dx log base 2 of x", sp.log(x, 2)),
    ("d/dx log to the base 10 of x", sp.log(x, 10)),
    ("d/dx log of x to the base 3", sp.log(x, 3)),
    ("derivative of sin inverse x", sp.asin(x)),
    ("derivative of cos inverse of x", sp.acos(x)),
    ("derivative of tan inverse (x/2)", sp.atan(x / 2)),
    ("derivative of inverse sine x", sp.asin(x)),
    ("derivative of arc tan x", sp.atan(x)),
    ("diff of x squared times e to the minus x", x**2 * sp.exp(-x)),
    ("d/dx e to the negative 2x", sp.exp(-2 * x)),
    ("x to the 3rd power ka derivative", x**3),
    ("d/dx x square plus 3x", x**2 + 3 * x),
    ("d/dx (x+1) square", (x + 1) ** 2),
    ("d/dx x cube", x**3),
    ("derivative of one by x", 1 / x),
    ("d/dx (x+1) by (x-1)", (x + 1) / (x - 1)),
    ("d/dx x into sin x", x * sp.sin(x)),
    ("d/dx x^2 into e^x", x**2 * sp.exp(x)),
    ("d/dx x squared plus two x", x**2 + 2 * x),
    ("d/dx x over two", x / 2),
])
def test_words_for_math(text: str, want: sp.Expr) -> None:
    problem = parse(text)
    assert problem.kind == "derivative"
    assert sp.simplify(problem.expr - want) == 0
    assert sp.simplify(solve(text).answer - sp.diff(want, x)) == 0


@pytest.mark.parametrize("text", ["is A square, A = [[1,2],[3,4]]",
                                  "is [[1,2],[3,4]] a square matrix"])
def test_square_after_a_matrix_is_asked_back(text: str) -> None:
    assert "square" in _asked_back(text)  # "is A square?" is not A²


def test_a_start_value_is_split_off_only_in_an_iteration() -> None:
    answer = _read("solve x1 - 2 x0 = 1, x1 + x0 = 4", "solve_system")
    assert answer == {sp.Symbol("x0"): 1, sp.Symbol("x1"): 3}


@pytest.mark.parametrize("text", ["twice the derivative of x^3", "half the determinant of "
                                  "[[1,2],[3,4]]", "3 times the dot product of (1,2) and (3,4)"])
def test_a_multiple_of_an_answer_is_asked_back(text: str) -> None:
    assert "multiple" in _asked_back(text)  # not the second derivative, not 11 with the 3 lost


def test_twice_after_the_verb_is_the_order() -> None:
    assert _read("differentiate x^3 twice", "higher_derivative") == 6 * x
    assert _read("double derivative of x^3", "higher_derivative") == 6 * x


def test_by_is_not_a_division_after_multiply_or_in_a_size() -> None:
    assert _read("multiply A by B for A = [[1,2],[3,4]], B = [[0,1],[1,0]]", "multiply") == M(
        [[2, 1], [4, 3]])
    assert "three" in _asked_back("three times the derivative of x^2")


# -------------------------------------------------------------- superscripts, Unicode
@pytest.mark.parametrize(("text", "kind", "want"), [
    ("u = (1, 2)ᵀ, v = (3, -1)ᵀ, uᵀv?", "matrix_expr", 1),  # a number, not [[1]]
    ("v = (3, -1)^T, norm of v", "norm", sp.sqrt(10)),
    ("‖u - v‖ for u = (1,2), v = (4,6)", "distance", 5),
    ("‖(3,4)‖", "norm", 5),
    ("|(3,4)|", "norm", 5),
    ("σ² for 1, 1, 2, 4", "variance", sp.Rational(3, 2)),
    ("σ of 2, 4, 6", "variance", 2 * sp.sqrt(6) / 3),
    ("μ of 1, 2, 3", "mean", 2),
    ("λ for [[2,0],[0,3]]", "eigenvalues", {2: 1, 3: 1}),
])
def test_unicode_notation(text: str, kind: str, want: object) -> None:
    assert _read(text, kind) == want


def test_degrees_are_radians_for_the_math() -> None:
    problem = parse("derivative of sin x at x = 30°")
    assert problem.point == {x: sp.pi / 6}
    assert parse("sin 30° ka derivative").expr == sp.Rational(1, 2)


@pytest.mark.parametrize("text", [
    "x ± 1 derivative", "d/dx x² for x ≥ 0", "x^2 का derivative", "d/dx x^२", "d/dx x̄^2",
])
def test_signs_other_scripts_and_accents_never_vanish(text: str) -> None:
    assert "did not understand" in _asked_back(text)


def test_emoji_still_vanish() -> None:
    assert _read("d/dx x^2 😊😊 thanks!!", "derivative") == 2 * x
    assert _read("pls 😭 det [[1,2],[3,4]] 🙏", "det") == -2


# ------------------------------------------------------------------- norms, distances
@pytest.mark.parametrize(("text", "kind", "want"), [
    ("L2 norm of (3,4)", "norm", 5),
    ("2-norm of (3,4)", "norm", 5),
    ("how far apart are u = (2, 3, 1) and v = (0, 1, 0)", "distance", 3),
    ("how far is (1,2) from (4,6)", "distance", 5),
    ("d(x, y) for x = (1,2,3,4), y = (2,2,2,2)", "distance", sp.sqrt(6)),
])
def test_norms_and_distances(text: str, kind: str, want: sp.Expr) -> None:
    assert _read(text, kind) == want


@pytest.mark.parametrize(("text", "want"), [("L1 norm of (1,-2,3)", 6),
                                           ("infinity norm of (3, -7, 2)", 7)])
def test_other_norms_are_not_the_euclidean_length(text: str, want: int) -> None:
    assert _read(text, "norm") == want  # their own norms (v3refused), never the length


# ------------------------------------------------------------------ cross versus dot
@pytest.mark.parametrize(("text", "kind", "want"), [
    ("u x v for u=(1,0,0) v=(0,1,0)", "cross", M([0, 0, 1])),
    ("(1,0,0) x (0,1,0)", "cross", M([0, 0, 1])),
    ("a x b, a = (1,2,3), b = (4,5,6)", "cross", M([-3, 6, -3])),
    ("u·v where u=(1,2,3) v=(4,5,6)", "dot", 32),
    ("A x B for A = [[1,2],[3,4]], B = [[0,1],[1,0]]", "multiply", M([[2, 1], [4, 3]])),
])
def test_cross_or_dot(text: str, kind: str, want: object) -> None:
    assert _read(text, kind) == want


@pytest.mark.parametrize("text", ["2<u, v> for u = (1,2), v = (3,4)", "2 |(3,4)|",
                                  "2 d(u, v) for u = (1,2), v = (4,6)"])
def test_notation_inside_an_expression_is_not_said_in_words(text: str) -> None:
    _asked_back(text)  # never "the dot product of u and v" with the 2 lost


def test_x_between_numbers_or_scalars_is_not_a_cross_product() -> None:
    _asked_back("(1,2) x (3,4)")
    assert parse("d/dx x sin x").expr == x * sp.sin(x)


# --------------------------------------------------------------------- trailing chat
@pytest.mark.parametrize("text", [
    "d/dx x^3 = ?", "d/dx x^3 ??", "d/dx x^3 :)", "d/dx x^3 bhai jaldi",
    "hi sir, d/dx x^3. thank you sir", "d/dx x^3... pls", "sir plz d/dx x^3 urgent!!",
    "d/dx x^3 !!!", "d/dx x^3?!", "gm sir, d/dx x^3", "kal exam hai bhai d/dx x^3 batao",
    "thanks in advance, d/dx x^3", "our prof gave this in the midsem: d/dx x^3 🤔",
])
def test_trailing_chat(text: str) -> None:
    assert _read(text, "derivative") == 3 * x**2


def test_a_factorial_is_still_a_factorial() -> None:
    assert parse("d/dx 5! x").expr == 120 * x


# ------------------------------------------------------ a lone letter never vanishes
@pytest.mark.parametrize("text", [
    "derivative of x and sin x",  # two functions: was d/dx sin x
    "derivative of x with sin x",
    "partial derivative of x^2 y, y",  # was taken in x
    "gradient of x^2 y z, x, y",  # was the gradient in (x, y, z)
    "hessian of x^2 y^2 z in x, y",
])
def test_a_lone_letter_that_is_not_used_is_asked_back(text: str) -> None:
    assert "what to do with" in _asked_back(text)


def test_a_variable_list_that_is_used_is_fine() -> None:
    assert _read("hessian of x^2 + y^2 in x, y", "hessian") == M([[2, 0], [0, 2]])
    assert _read("d/dx of x", "derivative") == 1


@pytest.mark.parametrize("text", ["dot product of (1,2) and (3,4), 2",
                                  "2 dot product of u and v for u = (1,2), v = (3,4)"])
def test_a_lone_number_is_not_taken_for_a_vector_entry(text: str) -> None:
    assert "what to do with “2”" in _asked_back(text)  # was u·v = 11, the 2 unused
