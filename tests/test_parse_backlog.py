"""The known backlog of issue 10, each fixed as a family: the reading (kind, operands,
restatement) of the message and of variants written for this file, or a question back; never
the answer to another problem."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import ParseError, parse, solve, solve_problem
from solver.parsing.account import Unclear

x, y, w = sp.symbols("x y w")
M = sp.Matrix


def _col(*entries: object) -> sp.Matrix:
    return M(list(entries))


# ------------------------------------------------------------ 1. scalar projection
@pytest.mark.parametrize(("text", "u", "v"), [
    ("scalar projection of (2, 1) onto (1, 1)", (2, 1), (1, 1)),
    ("scalar projection of s = (3,4) onto r = (1,1)", (3, 4), (1, 1)),
    ("the scalar projection of u=[1,2] on v=[2,1] plz", (1, 2), (2, 1)),
    ("scalar proj of (1,2) onto (3,4)", (1, 2), (3, 4)),
    ("component of u along v where u = (1,2), v = (3,4)", (1, 2), (3, 4)),
    ("find the component of (2,3) along (1,1)", (2, 3), (1, 1)),
    ("scalar component of a = (1,2,2) in the direction of b = (2,1,2)", (1, 2, 2), (2, 1, 2)),
    ("what is the component of u = (5, 0) along v = (3, 4)?", (5, 0), (3, 4)),
    ("bhai comp of u along v batao, u = (4, 3), v = (0, 5)", (4, 3), (0, 5)),
    ("comp_v u for u = (1,2), v = (3,4)", (1, 2), (3, 4)),
    ("comp_b(a), a = (3, -1), b = (1, 1)", (3, -1), (1, 1)),
    ("compute comp_{v} u where u=(2,2) and v=(0,3)", (2, 2), (0, 3)),
    ("scalar projection of (4,1) along (1,0)", (4, 1), (1, 0)),
    ("signed length of projection of (1,2) onto (3,4)", (1, 2), (3, 4)),
    # the names say which is projected, whatever order they are defined in
    ("scalar projection of v onto u where u = (1,2), v = (3,4)", (3, 4), (1, 2)),
    ("comp_a b where a = (1,0), b = (3,4)", (3, 4), (1, 0)),
])
def test_scalar_projection_is_its_own_kind(text: str, u: tuple, v: tuple) -> None:
    p = parse(text)
    assert p.kind == "scalar_projection"
    assert p.vectors == (_col(*u), _col(*v))
    assert p.restated.startswith("the scalar projection")
    assert f"u = {'(' + ', '.join(str(a).replace('-', '−') for a in u) + ')'}" in p.restated
    s = solve_problem(p)
    uu, vv = _col(*u), _col(*v)
    assert sp.simplify(s.answer - uu.dot(vv) / vv.norm()) == 0


def test_scalar_projection_working_and_sign() -> None:
    s = solve("scalar projection of (-1, 2) onto (3, 4)")
    text = s.render("text", detail=True)
    assert s.answer == 1
    assert "u·v = (−1)·3 + 2·4 = 5" in text and "|v| = √(3² + 4²) = √25 = 5" in text
    assert "positive" in text
    negative = solve("scalar projection of (-1, 0) onto (1, 0)")
    assert negative.answer == -1 and "negative" in negative.render("text")
    assert "perpendicular" in solve("scalar projection of (0, 1) onto (1, 0)").render("text")
    symbolic = solve("scalar projection of (a, b) onto (1, 1)").render("text")
    assert "positive" not in symbolic and "negative" not in symbolic  # its sign is unknown
    assert sp.simplify(solve("scalar projection of (2, 1) onto (1, 1)").answer
                       - 3 * sp.sqrt(2) / 2) == 0


def test_vector_component_is_the_projection_and_scalar_product_the_dot() -> None:
    p = parse("vector component of (2,3) along (1,1)")
    assert p.kind == "projection" and p.vectors == (_col(2, 3), _col(1, 1))
    assert parse("scalar product of (1,2) and (3,4)").kind == "dot"
    assert parse("principal component of (1,2), (2,3), (3,5)").kind == "pca"


@pytest.mark.parametrize("text", [
    "scalar projection of (1,0) onto (0,0)",  # no direction
    "scalar projection of (1,2,3) onto (1,1)",  # different lengths
    "scalar projection of (1,2) onto (3,4) and (5,6)",  # a third vector, not dropped
    "length of the projection of (1,2) onto (3,4)",  # |comp| or ‖proj‖: asked, not guessed
])
def test_scalar_projection_refuses_or_asks(text: str) -> None:
    with pytest.raises(ParseError):
        solve(text)


# ------------------------------------------------------------ 2. transpose of M times N
P, Q = M([[1, 2], [3, 4]]), M([[0, 1], [1, 0]])


@pytest.mark.parametrize(("text", "sign"), [
    ("transpose of [[1,2],[3,4]] times [[0,1],[1,0]]", "T"),
    ("transpose of [[1,2],[3,4]] * [[0,1],[1,0]]", "T"),
    ("transpose of [[1,2],[3,4]] [[0,1],[1,0]]", "T"),
    ("find the transpose of the matrix [[1,2],[3,4]] multiplied by [[0,1],[1,0]]", "T"),
    ("transpose of [[1,2],[3,4]] into [[0,1],[1,0]]", "T"),
    ("Transpose of A times B where A = [[1,2],[3,4]], B = [[0,1],[1,0]]", "T"),
    ("inverse of [[1,2],[3,4]] times [[0,1],[1,0]]", "-1"),
    ("inverse of A times B where A = [[1,2],[3,4]], B = [[0,1],[1,0]]", "-1"),
    ("inv of A times B, A=[[1,2],[3,4]], B=[[0,1],[1,0]]", "-1"),
])
def test_transpose_or_inverse_of_a_product_takes_the_first_matrix(text: str, sign: str) -> None:
    first = P.T if sign == "T" else P.inv()
    whole = (P * Q).T if sign == "T" else (P * Q).inv()
    p = parse(text)
    assert p.kind == "matrix_expr"
    assert solve_problem(p).answer == first * Q
    mark = "ᵀ" if sign == "T" else "⁻¹"
    assert p.restated == f"the matrix [[1, 2], [3, 4]]{mark} · [[0, 1], [1, 0]]"
    (r,) = p.options["readings"]
    assert r.key == "scope" and r.other == f"(M·N){mark}"
    other = parse(text, flip={"scope"})
    assert solve_problem(other).answer == whole
    assert other.restated == f"the matrix ([[1, 2], [3, 4]] · [[0, 1], [1, 0]]){mark}"


def test_unambiguous_transposes_have_no_reading() -> None:
    for text in ("A transpose times B where A = [[1,2],[3,4]], B = [[0,1],[1,0]]",
                 "transpose of ([[1,2],[3,4]] * [[0,1],[1,0]])",
                 "([[1,2],[3,4]] [[0,1],[1,0]])^T", "transpose of [[1,2],[3,4]]"):
        p = parse(text)
        assert not p.options.get("readings"), text
    assert solve("transpose of ([[1,2],[3,4]] * [[0,1],[1,0]])").answer == (P * Q).T
    assert solve("A transpose times B where A = [[1,2],[3,4]], B = [[0,1],[1,0]]").answer \
        == P.T * Q


def test_inverse_times_a_vector_is_read_one_way() -> None:
    p = parse("inverse of A times b where A = [[1,2],[3,4]], b = (1, 1)")
    assert not p.options.get("readings")  # a vector has no inverse: nothing to flip
    assert solve_problem(p).answer == P.inv() * M([1, 1])
    q = parse("transpose of [[1,2],[3,4]] times (5, 6)", flip={"scope"})
    assert solve_problem(q).answer == (P * M([5, 6])).T


# ------------------------------------------------------------ 3. a role word of another kind
@pytest.mark.parametrize(("text", "math"), [
    ("partial derivative of x^2 y wrt x till x^3", "x³"),
    ("d/dx sin x till x^3", "x³"),  # was the third derivative
    ("d/dx x^3 upto x^2", "x²"),  # was the second derivative
    ("d/dx sin x upto order 3", "3"),
    ("second derivative of x^4 till x^2", "x²"),
    ("gradient of x^2 y at (1,2) till x^3", "x³"),  # was dropped
    ("hessian of x^3 y until x^2", "x²"),
    ("jacobian of (x y, x + y) upto order 2", "2"),
])
def test_up_to_belongs_to_taylor_and_is_asked_back_elsewhere(text: str, math: str) -> None:
    with pytest.raises(Unclear) as err:
        parse(text)
    assert f"“up to {math}”" in err.value.message and "Taylor" in err.value.message


@pytest.mark.parametrize("text", [
    "eigenvalues of [[1,2],[3,4]] upto 3 terms", "derivative of e^x first 3 terms",
])
def test_n_terms_of_anything_but_a_taylor_series_is_asked_back(text: str) -> None:
    with pytest.raises(Unclear) as err:
        parse(text)
    assert "3 terms" in err.value.message


def test_up_to_with_a_taylor_task_goes_to_that_task_only() -> None:
    for text in ("derivative and taylor series of sin x upto x^3",
                 "taylor series and derivative of sin x upto x^3"):
        answers = {s.kind: s.answer for s in solve(text)}
        assert answers["derivative"] == sp.cos(x)  # not the third derivative
        assert answers["taylor"] == x - x**3 / 6


@pytest.mark.parametrize(("text", "order"), [
    ("find the taylor series of e^x till x^4", 4), ("taylor series of cos x till the x^4 term", 4),
    ("taylor of sin x upto 4th order", 4), ("expand e^x upto x^3", 3),
    ("e^x ka taylor series x^3 tak", 3),
    ("maclaurin series of ln(1+x) up to and including the x^3 term", 3),
])
def test_up_to_still_gives_the_taylor_order(text: str, order: int) -> None:
    p = parse(text)
    assert p.kind == "taylor" and p.order == order


def test_order_is_still_the_order_of_a_derivative() -> None:
    p = parse("derivative of sin x order 3")
    assert p.kind == "higher_derivative" and p.order == 3


# ------------------------------------------------------------ 4. a known function redefined
@pytest.mark.parametrize(("text", "name"), [
    ("relu(x) = x^2", "relu"),
    ("d/dx relu(x) = x^2", "relu"),  # was d/dx x² with no word
    ("Let relu(x) = x^2. Find the derivative of relu(x)", "relu"),
    ("d/dx sigmoid(x) = 1/(1+e^(-2x))", "sigmoid"),  # a scaled sigmoid is not the sigmoid
    ("sigmoid(x) = x^3, find d/dx sigmoid(x)", "sigmoid"),
    ("let tanh(x) = x^2 + 1. find derivative", "tanh"),
    ("gradient of relu(x) = x^2 + y^2", "relu"),
    ("gradient of relu(x, y) = x^2 + y^2", "relu"),
])
def test_a_known_function_redefined_is_asked_back(text: str, name: str) -> None:
    with pytest.raises(Unclear) as err:
        parse(text)
    assert f"{name} is a known function" in err.value.message
    assert "another name" in err.value.hint


@pytest.mark.parametrize(("text", "want"), [
    ("derivative of sigmoid(x) = 1/(1+e^-x)", 1 / (1 + sp.exp(-x))),
    ("softplus(x) = log(1+e^x), derivative", sp.log(1 + sp.exp(x))),
    ("d/dx tanh(x) = (e^x - e^-x)/(e^x + e^-x)",
     (sp.exp(x) - sp.exp(-x)) / (sp.exp(x) + sp.exp(-x))),
    ("relu(x) = max(0, x), d/dx relu(x)", sp.Piecewise((0, x < 0), (x, True))),
])
def test_a_known_function_written_out_is_read_with_a_note(text: str, want: sp.Expr) -> None:
    p = parse(text)
    assert p.kind == "derivative" and p.expr == want
    assert any("is the usual" in n for n in p.options["notes"])


def test_other_names_are_still_defined_freely() -> None:
    assert parse("f(x) = x^2, d/dx f").expr == x**2
    assert parse("d/dz sigmoid(z) = 1/(1+exp(-z))").expr == 1 / (1 + sp.exp(-sp.Symbol("z")))


# ------------------------------------------------------------ 6. a difference is a difference
@pytest.mark.parametrize(("text", "left", "right"), [
    ("A - B for A = [[1,2],[3,4]], B = [[0,1],[1,0]]", P, Q),
    ("[[1,2],[3,4]] minus [[0,1],[1,0]]", P, Q),
    ("subtract [[1,2],[3,4]] from [[5,6],[7,8]]", M([[5, 6], [7, 8]]), P),
    ("subtract B from A where A = [[1,2],[3,4]], B = [[0,1],[1,0]]", P, Q),
    ("difference of [[1,2],[3,4]] and [[0,1],[1,0]]", P, Q),
    ("difference between A and B, A = [[1,2],[3,4]], B = [[0,1],[1,0]]", P, Q),
])
def test_subtraction_is_restated_as_the_difference(text: str, left: M, right: M) -> None:
    p = parse(text)
    assert p.kind == "add" and p.options.get("subtract")
    assert p.restated.startswith("the difference ") and "sum" not in p.restated
    assert solve_problem(p).answer == left - right


def test_a_sum_is_still_the_sum() -> None:
    p = parse("add [[1,2],[3,4]] and [[0,1],[1,0]]")
    assert p.restated == "the sum [[1, 2], [3, 4]] + [[0, 1], [1, 0]]"
    assert solve_problem(p).answer == P + Q


# ------------------------------------------------------------ 8. NumPy's ** and * are entrywise
@pytest.mark.parametrize("text", [
    "A**2 in numpy for A = [[1,2],[3,4]]",
    "A = np.array([[1,2],[3,4]]); A**2",  # was the matrix power, with no word
    "np.array([[1,2],[3,4]])**2",
    "in python, A = [[1,2],[3,4]], what is A**3",
    "A**2 in numpy where A = [[2,0],[0,3]]",
])
def test_numpy_power_of_an_array_is_entrywise_with_a_button(text: str) -> None:
    # session 6: answered as NumPy computes it (was asked back), the matrix power one press away
    n = int(text.split("**")[1][0])
    p = parse(text)
    base = p.matrices[0] if p.matrices else None
    assert "entry" in p.restated and [r.key for r in p.options["readings"]] == ["npow"]
    answer = solve_problem(p).answer
    assert base is None or answer == base.applyfunc(lambda e: e ** n)
    assert "entry" not in parse(text, flip={"npow"}).restated


@pytest.mark.parametrize("text", [
    "A * A in numpy, A = [[1,2],[3,4]]",
    "A = np.array([[1,2],[3,4]]); B = np.array([[0,1],[1,0]]); A * B",
])
def test_numpy_star_between_arrays_is_asked_back(text: str) -> None:
    with pytest.raises(Unclear) as err:
        parse(text)
    assert "entry by entry" in err.value.message and "A @ B" in err.value.message


@pytest.mark.parametrize(("text", "want"), [
    ("A @ A for A = [[1,2],[3,4]]", P * P),
    ("A = np.array([[1,2],[3,4]]); A @ A", P * P),
    ("A = np.array([[1,2],[3,4]]); np.linalg.matrix_power(A, 2)", P * P),
    ("A = np.array([[1,2],[3,4]]); 2 * A", 2 * P),  # a number times an array: the same
    ("A**2 for A = [[1,2],[3,4]]", P * P),  # no NumPy in sight: the matrix power
])
def test_matrix_products_are_still_answered(text: str, want: M) -> None:
    assert solve(text).answer == want


# ------------------------------------------------------------ 7. a loss summed with Σ or "sum"
_B = sp.Symbol("b")
_LOSS_W = 10 * w - 16  # d/dw of (2 − w)² + (3 − 2w)²


@pytest.mark.parametrize("text", [
    "gradient of Σ (y_i - w x_i)^2 wrt w for data (1,2),(2,3)",
    "d/dw sum (y - wx)^2 over (1,2),(2,3)",
    "gradient of sum of (y - w x)^2 wrt w for data (1,2),(2,3)",
    "d/dw Σ(y - w*x)^2 for data (1,2), (2,3)",
    "derivative of sum_i (y_i - w x_i)^2 wrt w, data (1,2),(2,3)",
    "d/dw of the sum over the data of (y - w x)^2, data (1, 2), (2, 3)",
    "gradient of \\sum_i (y_i - w x_i)^2 wrt w for data (1,2),(2,3)",
    "L(w) = Σ (y_i - w x_i)^2, data (1,2),(2,3), find dL/dw",
    "d/dw Σ (y_j - w x_j)^2 for data (1,2),(2,3)",
    "sum (y - wx)^2 over (1,2),(2,3) ka derivative w ke respect me",
    "derivative of the loss (y - w x)^2 wrt w for data (1,2),(2,3)",
])
def test_a_sum_over_the_data_is_the_loss_gradient(text: str) -> None:
    p = parse(text)
    assert p.kind == "loss_gradient" and p.variables == (w,)
    assert p.expr == (y - w * x) ** 2
    assert p.options["data"] == [{x: 1, y: 2}, {x: 2, y: 3}]
    assert "summed over 2 data points" in p.restated
    assert sp.expand(solve_problem(p).answer[0] - _LOSS_W) == 0


def test_a_sum_with_two_parameters_and_latex_limits() -> None:
    p = parse("gradient of \\sum_{i=1}^{n} (y_i - w x_i - b)^2 wrt w and b, "
              "data: (0,1), (1,3), (2,4)")
    assert p.kind == "loss_gradient" and p.variables == (w, _B)
    got = solve_problem(p).answer
    assert sp.expand(got[0] - (10 * w + 6 * _B - 22)) == 0
    assert sp.expand(got[1] - (6 * w + 6 * _B - 16)) == 0


@pytest.mark.parametrize(("text", "factor"), [
    ("gradient of (1/2) Σ (y_i - w x_i)^2 wrt w for data (1,2),(2,3)", sp.Rational(1, 2)),
    ("gradient of 1/2 * Σ (y_i - w x_i)^2 wrt w for data (1,2),(2,3)", sp.Rational(1, 2)),
    ("L = Σ (y_i - w x_i)^2 / 2, gradient wrt w, data (1,2),(2,3)", sp.Rational(1, 2)),
    ("gradient of 2 Σ (y_i - w x_i)^2 wrt w for data (1,2),(2,3)", 2),
])
def test_a_constant_factor_of_the_sum_is_kept(text: str, factor: object) -> None:
    p = parse(text)
    assert p.kind == "loss_gradient"
    assert sp.expand(solve_problem(p).answer[0] - factor * _LOSS_W) == 0


@pytest.mark.parametrize("text", [
    "gradient of Σ (y_i - w x_i)^2 + w^2 wrt w for data (1,2),(2,3)",  # + w² is not summed
    "gradient of w^2 + Σ (y_i - w x_i)^2 wrt w for data (1,2),(2,3)",
    "gradient of Σ (y_i - w x_i)^2 wrt w",  # no data: the sum is not a loss over points
    "Σ (x_i - 2)^2 for x = 1, 2, 3",
    "d/dw (y - wx)^2 over (1,2),(2,3)",  # no sum said: not read as one
])
def test_a_sum_without_data_is_asked_back(text: str) -> None:
    with pytest.raises(ParseError):
        solve(text)


# ------------------------------------------------------------ 5b. the characteristic polynomial
_LAM = sp.Symbol("lambda")


@pytest.mark.parametrize(("text", "sign"), [
    ("characteristic polynomial of [[1,2],[3,4]]", 1),  # was the eigenvalues
    ("char poly of [[1,2],[3,4]]", 1),
    ("characteristic polynomial of A where A = [[1,2],[3,4]]", 1),
    ("characteristic equation of A = [[1,2],[3,4]]", 1),
    ("find the characteristic equation of the matrix [[1,2],[3,4]]", 1),
    ("det(A - λI) for A = [[1,2],[3,4]]", 1),
    ("det(A - lambda I) where A = [[1,2],[3,4]]", 1),
    ("det(x I - A) for A = [[1,2],[3,4]]", 1),  # 2×2: det(xI − A) = det(A − xI)
])
def test_the_characteristic_polynomial_is_det_of_a_minus_lambda_i(text: str, sign: int) -> None:
    p = parse(text)
    assert p.kind == "det"
    (mat,) = p.matrices
    var = next(iter(mat.free_symbols))
    assert var.name in ("lambda", "x")
    assert sp.expand(solve_problem(p).answer - sign * (var**2 - 5 * var - 2)) == 0
    assert "the determinant of" in p.restated


def test_the_convention_is_said_and_the_other_one_is_a_button() -> None:
    a3 = "characteristic polynomial of [[1,2,0],[3,4,0],[0,0,1]]"
    p = parse(a3)
    (r,) = p.options["readings"]
    assert r.key == "charpoly" and "det(A − λI)" in r.taken and r.other == "det(λI − A)"
    want = (M([[1, 2, 0], [3, 4, 0], [0, 0, 1]]) - _LAM * sp.eye(3)).det()
    assert sp.expand(solve_problem(p).answer - want) == 0
    flipped = solve_problem(parse(a3, flip={"charpoly"})).answer
    assert sp.expand(flipped + want) == 0  # (−1)³ times: the same roots


def test_characteristic_polynomial_and_eigenvalues_are_the_eigenvalue_working() -> None:
    s = solve("characteristic polynomial and eigenvalues of [[2,1],[1,2]]")
    assert s.kind == "eigenvalues" and set(s.answer) == {1, 3}
    assert "p(λ) = λ² − 4·λ + 3" in s.render("text")
    assert solve("det(A - 2I) for A = [[1,2],[3,4]]").answer == -8  # a number still


# ------------------------------------------------------------ 5a. several tasks on named vectors
def _answers(text: str) -> list[tuple[str, object]]:
    return [(s.kind, s.answer) for s in solve(text)]


@pytest.mark.parametrize("text", [
    "norms of u and v and the angle between them, u = (1,2), v = (3,4)",
    "norm of u, norm of v and angle between u and v, u = (1,2), v = (3,4)",
])
def test_norms_and_the_angle_are_all_answered(text: str) -> None:
    (k1, n1), (k2, n2), (k3, angle) = _answers(text)
    assert (k1, k2, k3) == ("norm", "norm", "angle")
    assert n1 == sp.sqrt(5) and n2 == 5
    assert sp.simplify(sp.cos(angle) - sp.Rational(11, 25) * sp.sqrt(5)) == 0
    assert "norm #2" in parse(text).restated


@pytest.mark.parametrize(("text", "norms"), [
    ("norm of u and v where u = (3,4), v = (1,0)", [5, 1]),
    ("norm of v and norm of u, u = (1,0), v = (3,4)", [5, 1]),  # in the order named
    ("lengths of a and b where a = (1,1,1), b = (2,0,0)", [sp.sqrt(3), 2]),
])
def test_the_norm_of_each_named_vector(text: str, norms: list) -> None:
    assert _answers(text) == [("norm", n) for n in norms]


def test_each_task_keeps_its_own_names() -> None:
    assert _answers("norm of u and the angle between u and v, u = (1,2), v = (3,4)")[0] == (
        "norm", sp.sqrt(5))
    assert _answers("norm of u and dot product of u and v, u = (3,4), v = (1,0)") == [
        ("norm", 5), ("dot", 3)]
    assert _answers("dot product and angle between u = (1,0) and v = (1,1)") == [
        ("dot", 1), ("angle", sp.pi / 4)]


@pytest.mark.parametrize("text", [
    "norms of u and v, u = (1,2)",  # v is not given
    "angle between u and v and the norm of v, u = (1,0), v = (3,4)",
])
def test_tasks_on_vectors_that_do_not_fit_are_asked_back(text: str) -> None:
    with pytest.raises(ParseError):
        solve(text)


def test_projection_and_distance_each_read_their_own_names() -> None:
    # projection is a pair task (probe, session 4): u onto v, then the distance of u and w
    text = ("projection of u onto v and the distance between u and w, "
            "u = (1,0), v = (1,1), w = (0,2)")
    assert _answers(text) == [("projection", M([[sp.Rational(1, 2)], [sp.Rational(1, 2)]])),
                              ("distance", sp.sqrt(5))]


def test_a_task_named_after_the_taylor_order_is_not_dropped() -> None:
    # "upto x^3 and its derivative": the derivative was covered by the Taylor answer, unsaid
    kinds = [(s.kind, s.answer) for s in solve("taylor series of sin x till x^3 and its "
                                               "derivative")]
    assert kinds == [("taylor", x - x**3 / 6), ("derivative", sp.cos(x))]
    with pytest.raises(ParseError):  # its own point after the Taylor order: asked
        solve("taylor series of e^x upto x^4 and the derivative at 0")


def test_characteristic_polynomial_in_a_list_of_tasks_is_of_the_matrix() -> None:
    # it was "the eigenvalues of A − λI" (the polynomial's matrix): another problem
    s = solve("eigenvalues and characteristic polynomial of [[1,1],[1,1]]")
    assert s.kind == "eigenvalues" and set(s.answer) == {0, 2}
    assert s.problem.matrices == (M([[1, 1], [1, 1]]),)
    first, second = solve("trace and characteristic polynomial of [[1,2],[3,4]]")
    assert (first.kind, first.answer) == ("trace", 5) and second.kind == "eigenvalues"
    assert second.problem.matrices == (P,)


@pytest.mark.parametrize("text", [
    "x = np.array([1,2,3]); x**2",  # was the dot product x·x = 14
    "np.array([1,2,3])**2",
])
def test_numpy_power_of_a_vector_is_entrywise(text: str) -> None:
    # session 6: NumPy's [1, 4, 9] (was asked back); a vector has no matrix power to offer
    p = parse(text)
    assert solve_problem(p).answer == M([1, 4, 9]) and not p.options.get("readings")


@pytest.mark.parametrize("text", [
    "v = [1, 2]; w = [3, 4]; v * w in python",
])
def test_numpy_operators_on_vectors_are_asked_back(text: str) -> None:
    with pytest.raises(Unclear) as err:
        parse(text)
    assert "entry by entry" in err.value.message


def test_the_shapes_decide_when_only_one_scope_multiplies() -> None:
    row, col = "[[1,2,3]]", "[[1],[2],[3]]"
    p = parse(f"transpose of {row} times {col}")  # Mᵀ·N is 3×1 by 3×1: only (M·N)ᵀ
    assert not p.options.get("readings") and solve_problem(p).answer == 14  # 1×1: a number
    q = parse(f"transpose of {col} times {col}")  # only Mᵀ·N
    assert not q.options.get("readings") and solve_problem(q).answer == 14
