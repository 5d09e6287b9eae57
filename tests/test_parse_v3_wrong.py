"""Wrong answers the held-out set v3 found (measured once, then fixed as families): each is now
read as asked, or asked back, never answered as another problem."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import ParseError, parse, solve
from solver.dispatch import solve_problem

x, y, z = sp.symbols("x y z")
A = sp.Matrix([[5, 3], [2, 7]])
B = sp.Matrix([[1, 1], [1, 1]])


def _one(text: str):
    s = solve(text)
    return s[0] if isinstance(s, list) else s


# --------------------------------------------------------------- subtract A from B is B − A
@pytest.mark.parametrize(("text", "want"), [
    ("Subtract [[1, 1], [1, 1]] from [[5, 3], [2, 7]]", A - B),
    ("subtract B from A where A = [[5,3],[2,7]], B = [[1,1],[1,1]]", A - B),
    ("subtract A from B where A = [[5,3],[2,7]], B = [[1,1],[1,1]]", B - A),
    ("subtract (1, 2) from (4, 4)", sp.Matrix([3, 2])),
    ("from [[5, 3], [2, 7]] subtract [[1, 1], [1, 1]]", A - B),
    ("[[5, 3], [2, 7]] minus [[1, 1], [1, 1]]", A - B),
])
def test_subtract_from_is_the_second_minus_the_first(text: str, want: sp.Matrix) -> None:
    s = _one(text)
    assert s.kind == "add" and s.problem.options.get("subtract")
    assert sp.Matrix(s.answer) == want
    first = s.problem.matrices[0]
    assert sp.Matrix(first) == (want + sp.Matrix(s.problem.matrices[1]))


# --------------------------------------------------------------- ÷(N − 1) only when asked
PTS = "(1, 2), (2, 3), (3, 5)"
POP = sp.Matrix([[sp.Rational(2, 3), 1], [1, sp.Rational(14, 9)]])


@pytest.mark.parametrize(("text", "divisor"), [
    (f"Find the covariance matrix of the points {PTS}. Each point is one sample.", 3),
    (f"covariance matrix of {PTS}, rows are samples", 3),
    (f"covariance of the samples {PTS}", 3),
    (f"covariance matrix of {PTS}", 3),
    (f"sample covariance matrix of {PTS}", 2),
    (f"unbiased covariance of {PTS}", 2),
])
def test_the_word_sample_alone_does_not_choose_n_minus_1(text: str, divisor: int) -> None:
    s = _one(text)
    assert s.kind == "covariance"
    assert bool(s.problem.options.get("sample")) == (divisor == 2)
    assert sp.Matrix(s.answer) == POP * 3 / divisor


def test_variance_of_samples_divides_by_n() -> None:
    assert _one("variance of the samples 1, 2, 3, 4").answer == sp.Rational(5, 4)
    assert _one("sample variance of 1, 2, 3, 4").answer == sp.Rational(5, 3)


# --------------------------------------------------------------- PCA's covariance is ÷ N
PCA_PTS = "(2,2), (-2,-2), (1,-1), (-1,1)"


@pytest.mark.parametrize(("text", "want"), [
    (f"PCA karna hai: points {PCA_PTS}, rows samples hai, covariance ke eigenvalues batao",
     [4, 1]),
    (f"pca of {PCA_PTS}", [4, 1]),
    (f"principal components of {PCA_PTS}, each point is one sample", [4, 1]),
    (f"pca of {PCA_PTS} using the sample covariance", [sp.Rational(16, 3), sp.Rational(4, 3)]),
])
def test_pca_divides_by_n_unless_the_sample_covariance_is_asked(text: str, want: list) -> None:
    s = _one(text)
    assert s.kind == "pca"
    assert list(s.answer[0]) == want
    assert ("sample covariance" in s.problem.restated) == (want != [4, 1])


# a/bx (1/2x, x/2y) and a/b x: tests/test_parse_juxtaposition.py (asked back since v7)


# --------------------------------------------------------------- A transpose inside more math
AM = sp.Matrix([[1, 2], [3, 4]])
WHERE = "where A = [[1, 2], [3, 4]]"


@pytest.mark.parametrize(("text", "want"), [
    (f"what is A transpose times A {WHERE}", AM.T * AM),
    ("A = [[1,2],[3,4]] hai to A transpose A kya aayega", AM.T * AM),
    (f"A transpose into A {WHERE}", AM.T * AM),
    (f"A times A transpose {WHERE}", AM * AM.T),
    (f"transpose of A times A {WHERE}", AM.T * AM),
    (f"A^T A {WHERE}", AM.T * AM),
    (f"A transpose b {WHERE}, b = (1, 1)", AM.T * sp.Matrix([1, 1])),
])
def test_a_transpose_followed_by_more_math_is_an_expression(text: str, want) -> None:
    s = _one(text)
    assert s.kind == "matrix_expr"
    assert sp.Matrix(s.answer) == want


@pytest.mark.parametrize(("text", "kind", "want"), [
    ("inverse of A transpose for A = [[2, 1], [3, 1]]", "inverse",
     sp.Matrix([[2, 1], [3, 1]]).T.inv()),
    ("A transpose inverse where A = [[2, 1], [3, 1]]", "inverse",
     sp.Matrix([[2, 1], [3, 1]]).T.inv()),
    ("find A transpose for A = [[1, 2], [3, 4]]", "transpose", AM.T),
    (f"A transpose {WHERE}", "transpose", AM.T),
    (f"transpose A {WHERE}", "transpose", AM.T),
])
def test_a_transpose_alone_or_under_one_operation(text: str, kind: str, want) -> None:
    s = _one(text)
    assert s.kind == kind and sp.Matrix(s.answer) == want


def test_the_same_matrix_typed_twice_and_used_once_is_asked_back() -> None:
    # the hole "A transpose times A" fell through: both A's reached the one matrix of the
    # transpose; a second typed copy the Problem does not hold now stops the solve
    from solver.parsing.account import Unclear, check_reached
    from solver.parsing.items import Parsed

    pieces = [Parsed(value=AM, role="main"), Parsed(value=AM, role="main")]
    with pytest.raises(Unclear):
        check_reached(pieces, {"kind": "transpose", "matrices": (AM,), "options": {}})
    assert check_reached(pieces, {"kind": "multiply", "matrices": (AM, AM), "options": {}})
    assert check_reached(pieces, {"kind": "transpose", "matrices": (AM,), "options": {}},
                         several=True)  # "A^-1 and det(A)": one copy serves each task



def test_without_the_transpose_rewrite_the_message_is_asked_back(monkeypatch) -> None:
    from solver.parsing import lexicon

    kept = [w for w in lexicon.WORD_MATH if "transpose" not in w[0].pattern]
    monkeypatch.setattr(lexicon, "WORD_MATH", kept)
    with pytest.raises(ParseError):  # before: "the transpose of [[1, 2], [3, 4]]"
        parse(f"what is A transpose times A {WHERE}")


# --------------------------------------------------------------- indexed names keep their index
t0, t1, t2, w0, w1 = sp.symbols("theta0 theta1 theta2 w0 w1")


@pytest.mark.parametrize(("text", "a", "b"), [
    ("gradient wrt (theta_0, theta_1) of (theta_0 + 3 theta_1 - 7)^2 at theta_0 = 1, "
     "theta_1 = 1", t0, t1),
    ("gradient of (theta_0 + 3 theta_1 - 7)^2 at theta_1 = 1, theta_0 = 1", t0, t1),
    ("gradient of (theta_1 + 3 theta_2 - 7)^2 at theta_1 = 1, theta_2 = 1", t1, t2),
    ("gradient of (w_0 + 3 w_1 - 7)^2 at w_0 = 1, w_1 = 1", w0, w1),
    ("gradient of (θ₀ + 3θ₁ - 7)^2 at (θ_0, θ_1) = (1, 1)", t0, t1),
    ("gradient of (theta0 + 3 theta1 - 7)^2 at theta0 = 1, theta1 = 1", t0, t1),
])
def test_indexed_names_keep_their_index_in_the_point(text: str, a, b) -> None:
    s = _one(text)
    assert s.problem.point == {a: 1, b: 1}
    assert sp.Matrix(s.answer) == sp.Matrix([-6, -18])


def test_start_value_x0_is_still_the_start_of_x() -> None:
    for text in ("newton method on x^2 - 2 from x0 = 1", "newton method on x^2 - 2 from x_0 = 1"):
        assert parse(text).point == {x: 1}


@pytest.mark.parametrize("text", [
    "partial derivative of x^2 y wrt x at z = 1",
    "derivative of x^2 at y = 2",
    "gradient of (theta_0 + theta_1)^2 at theta_2 = 1, theta_0 = 1",
    "gradient of x^2 + y^2 at (theta_0, theta_1) = (1, 2)",
])
def test_a_point_in_other_variables_is_asked_back(text: str) -> None:
    with pytest.raises(ParseError, match="does not have"):
        parse(text)


# --------------------------------------------------------------- WhatsApp "4" = "for"
@pytest.mark.parametrize(("text", "kind", "want", "other"), [
    ("need hessian 4 x^3+y^3 urgent", "hessian", sp.hessian(x**3 + y**3, (x, y)),
     sp.hessian(4 * x**3 + y**3, (x, y))),
    ("derivative 4 x^2+1", "derivative", 2 * x, 8 * x),
    ("eigenvalues 4 [[2,1],[1,2]]", "eigenvalues", {1: 1, 3: 1}, {4: 1, 12: 1}),
])
def test_a_lone_4_after_a_task_word_is_for(text: str, kind: str, want, other) -> None:
    s = _one(text)
    assert s.kind == kind and s.answer == want
    (r,) = [r for r in s.problem.options["readings"] if r.key == "four"]
    assert "for" in r.taken and "factor" in r.other
    assert solve_problem(parse(text, flip={"four"})).answer == other


@pytest.mark.parametrize(("text", "want"), [
    ("derivative of 4 x^2", 8 * x), ("derivative 4x^2", 8 * x), ("d/dx 4 x^2", 8 * x),
])
def test_4_as_a_factor_where_no_task_word_precedes_it_with_spaces(text: str, want) -> None:
    s = _one(text)
    assert s.answer == want
    assert "four" not in [r.key for r in s.problem.options.get("readings", [])]


# --------------------------------------------------------------- a named ML function written out
@pytest.mark.parametrize(("text", "value"), [
    ("derivative of softplus(x) = ln(1 + e^x) at x = 0", sp.Rational(1, 2)),
    ("derivative of relu(x) = max(0, x) at x = -3", 0),
    ("derivative of relu(x) = max(0, x) at x = 2", 1),
])
def test_a_named_function_defined_in_the_message_is_the_function(text: str, value) -> None:
    s = _one(text)
    assert s.kind == "derivative"
    assert s.answer.subs(s.problem.point) == value


# --------------------------------------------------------------- iteration targets as steps
@pytest.mark.parametrize(("text", "steps"), [
    ("Newton Raphson\nf(x) = x^2 - 5\nx0 = 2\ngive x1 and x2", 2),
    ("$f(x) = x^3 - 2x - 5$, apply Newton's method once from $x_0 = 2$", 1),
    ("newton\ng(x) = x^3 - 8\nx0 = 3\nfind x1", 1),
    ("newton on x^2 - 2 from x0 = 1, find x3", 3),
    ("apply Newton's method twice to x^2 - 2 from x0 = 1", 2),
    ("gradient descent on x^2 from x = 5 lr 0.1, give x1, x2", 2),
])
def test_the_iterates_asked_are_the_steps(text: str, steps: int) -> None:
    p = parse(text)
    assert p.kind in ("newton", "gradient_descent") and p.options["steps"] == steps
    assert p.restated.startswith(f"{steps} ") and ("steps" in p.restated) == (steps > 1)


def test_x1_outside_an_iteration_is_not_a_step_count() -> None:
    with pytest.raises(ParseError):
        parse("hessian of x1^2 + x2^2, find x1")
