"""Several tasks in one message, each with its own point or operand (session 6): the same
point typed for each task, "... and its determinant at P", different points per task (read as
a task list), and "the distance AB" for named points. Every answer is checked against SymPy's
direct computation, in the order the message names the tasks."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import ParseError, parse, solve
from solver.dispatch import Solutions

x, y = sp.symbols("x y")


def _answers(text: str) -> list[object]:
    got = solve(text)
    return [s.answer for s in got] if isinstance(got, Solutions) else [got.answer]


def _vec(m: object) -> sp.Matrix:
    return sp.Matrix(m).reshape(len(sp.Matrix(m)), 1)


# ------------------------------------------------------ one point typed for every task
@pytest.mark.parametrize(("text", "f", "point"), [
    ("for f(x, y) = e^x cos y find the gradient at (0, 0) and the Hessian at (0, 0).",
     sp.exp(x) * sp.cos(y), {x: 0, y: 0}),
    ("f(x, y) = x^2 y + y^3. gradient at (1, 2) and hessian at (1,2)",
     x**2 * y + y**3, {x: 1, y: 2}),
])
def test_the_same_point_for_gradient_and_hessian(text: str, f: sp.Expr,
                                                 point: dict[sp.Symbol, int]) -> None:
    grad, hess = _answers(text)
    assert _vec(grad) == sp.Matrix([sp.diff(f, v) for v in (x, y)]).subs(point)
    assert sp.Matrix(hess) == sp.hessian(f, (x, y)).subs(point)


def test_the_hessian_first_when_named_first() -> None:
    f = x**3 * y
    hess, grad = _answers("find the hessian of x^3 y at (1, 2) and the gradient at (1, 2)")
    assert sp.Matrix(hess) == sp.hessian(f, (x, y)).subs({x: 1, y: 2})
    assert _vec(grad) == sp.Matrix([sp.diff(f, v) for v in (x, y)]).subs({x: 1, y: 2})


# ------------------------------------------------------ a different point for each task
@pytest.mark.parametrize(("text", "f", "p1", "p2"), [
    ("for f(x, y) = e^x cos y find the gradient at (0, 0) and the Hessian at (1, 0).",
     sp.exp(x) * sp.cos(y), {x: 0, y: 0}, {x: 1, y: 0}),
    ("f(x, y) = x^2 y. find the gradient at (1, 2) and the hessian at (3, -1)",
     x**2 * y, {x: 1, y: 2}, {x: 3, y: -1}),
])
def test_each_task_at_its_own_point(text: str, f: sp.Expr, p1: dict, p2: dict) -> None:
    grad, hess = _answers(text)
    assert _vec(grad) == sp.Matrix([sp.diff(f, v) for v in (x, y)]).subs(p1)
    assert sp.Matrix(hess) == sp.hessian(f, (x, y)).subs(p2)


# ------------------------------------------------------ "its determinant at P"
@pytest.mark.parametrize(("text", "funcs", "point"), [
    ("compute the jacobian of (x^2 y, y - x) and its determinant at (1, 2)",
     [x**2 * y, y - x], {x: 1, y: 2}),
    ("jacobian of (x y, x + y) and its det at (2, 3)", [x * y, x + y], {x: 2, y: 3}),
])
def test_jacobian_and_its_determinant_at_a_point(text: str, funcs: list, point: dict) -> None:
    jac, det = _answers(text)
    j = sp.Matrix(funcs).jacobian([x, y]).subs(point)
    assert sp.Matrix(jac) == j
    assert sp.simplify(det - j.det()) == 0


# ------------------------------------------------------ the distance AB of named points
@pytest.mark.parametrize(("text", "a", "b"), [
    ("points A(-1.5, 2) and B(2.5, -1). find the distance AB", (-1.5, 2), (2.5, -1)),
    ("P = (1, 2), Q = (4, 6): distance PQ", (1, 2), (4, 6)),
])
def test_the_distance_of_two_named_points(text: str, a: tuple, b: tuple) -> None:
    p = parse(text)
    assert p.kind == "distance" and not p.options.get("also")
    want = (sp.Matrix([sp.nsimplify(c) for c in b])
            - sp.Matrix([sp.nsimplify(c) for c in a])).norm()
    assert sp.simplify(sp.nsimplify(solve(text).answer) - want) == 0


def test_the_distance_ab_and_the_norm_of_the_vector_ab() -> None:
    text = "points A(-1.5, 2) and B(2.5, -1). find the distance AB and the norm of the vector AB"
    answers = _answers(text)
    assert [sp.nsimplify(a) for a in answers] == [5, 5]


def test_distance_between_and_then_a_norm_are_two_tasks() -> None:
    text = "u = (1, 2), v = (4, 6). find the distance between u and v and the norm of u"
    dist, norm = _answers(text)
    assert sp.nsimplify(dist) == 5 and sp.simplify(norm - sp.sqrt(5)) == 0


def test_a_product_ab_of_matrices_is_not_a_distance() -> None:
    with pytest.raises(ParseError):
        parse("A = [[1,2],[3,4]], B = [[1,0],[0,1]]. distance AB")


# ------------------------------------------------------ a dot product listed among tasks
@pytest.mark.parametrize(("text", "u", "v", "tail"), [
    ("u = (1, 2, -2), v = (3, 0, 4). find u.v, |u|, |v| and the angle between u and v",
     (1, 2, -2), (3, 0, 4), "norms+angle"),
    ("u = (1, 2, -2), v = (3, 0, 4). find u.v, |u| and |v|", (1, 2, -2), (3, 0, 4), "norms"),
    ("a = (1, 0, 1), b = (2, 2, 0). a.b, the angle between a and b and the cross product of "
     "a and b", (1, 0, 1), (2, 2, 0), "angle+cross"),
])
def test_a_listed_dot_product_and_the_tasks_after_it(text: str, u: tuple, v: tuple,
                                                      tail: str) -> None:
    a, b = sp.Matrix(u), sp.Matrix(v)
    angle = sp.acos(a.dot(b) / (a.norm() * b.norm()))
    want = {"norms+angle": [a.dot(b), a.norm(), b.norm(), angle],
            "norms": [a.dot(b), a.norm(), b.norm()],
            "angle+cross": [a.dot(b), angle, a.cross(b)]}[tail]
    got = _answers(text)
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        if isinstance(w, sp.MatrixBase):
            assert _vec(g) == w
        else:
            assert sp.simplify(g - w) == 0


# ------------------------------------------------------ "check det = product of eigenvalues"
@pytest.mark.parametrize(("text", "side"), [
    ("I have the matrix [[-2, 1], [1, -2]] from my notes. Find its eigenvalues, eigenvectors "
     "and also the determinant, and check det = product of eigenvalues.", "det"),
    ("det of [[1,2],[3,4]] and check det = product of eigenvalues", "det"),
    ("trace of [[1,2],[3,4]], verify that the trace equals the sum of the eigenvalues",
     "trace"),
    ("eigenvalues of [[2, 0, 1], [0, 3, 0], [1, 0, 2]]. Verify det = product of eigenvalues",
     "det"),
])
def test_an_identity_check_is_computed_from_the_matrix(text: str, side: str) -> None:
    p = parse(text)
    (m,) = p.matrices
    values = [val for val, k in m.eigenvals().items() for _ in range(k)]
    lhs = m.det() if side == "det" else m.trace()
    rhs = sp.prod(values) if side == "det" else sp.Add(*values)
    (note,) = [n for n in p.options["notes"] if n.startswith("Check:")]
    assert f"{side} = {lhs};" in note
    assert ("they agree ✓" in note) == (sp.simplify(lhs - rhs) == 0)


def test_an_identity_check_without_a_matrix_is_asked_back() -> None:
    with pytest.raises(ParseError):
        parse("d/dx x^2 and check det = product of eigenvalues")


def test_a_mismatched_identity_is_not_read_as_one() -> None:
    with pytest.raises(ParseError):  # det = sum: no identity; the '=' is asked about
        parse("trace of [[1,2],[3,4]], verify det = sum of eigenvalues")


# ------------------------------------------------------ a matrix expression, then a task
R = sp.Rational


@pytest.mark.parametrize(("text", "a", "expr", "task"), [
    ("A = [[1.5, -2], [0.5, 4]]. find A transpose times A and the determinant of A",
     [[R(3, 2), -2], [R(1, 2), 4]], lambda a: a.T * a, lambda a: a.det()),
    ("A = [[1, 2], [3, 4]]. find A^T A and the determinant of A",
     [[1, 2], [3, 4]], lambda a: a.T * a, lambda a: a.det()),
    ("A = [[2, 1], [1, 3]]. compute A^-1 + A and the rank of A",
     [[2, 1], [1, 3]], lambda a: a.inv() + a, lambda a: a.rank()),
])
def test_an_expression_and_a_task_on_its_matrix(text: str, a: list, expr, task) -> None:
    m = sp.Matrix(a)
    got_expr, got_task = _answers(text)
    assert (sp.Matrix(got_expr).applyfunc(sp.nsimplify) - expr(m)).is_zero_matrix
    assert sp.nsimplify(got_task) == task(m)


def test_its_determinant_after_an_expression_is_the_expressions() -> None:
    a = sp.Matrix([[1, 2], [3, 4]])
    got = solve("A = [[1, 2], [3, 4]]. find A^T A and its determinant")
    assert sp.nsimplify(got.answer) == (a.T * a).det()


# ------------------------------------------------------ a column typed one number a line
@pytest.mark.parametrize(("text", "vector"), [
    ("v =\n1\n2\n2\nfind its norm", [1, 2, 2]),
    ("u =\n3\n-4\nnorm of u", [3, -4]),
    ("w =\n 1.5\n 2\n-6\nlength of w", [R(3, 2), 2, -6]),
])
def test_a_column_under_its_name_is_the_vector(text: str, vector: list) -> None:
    assert sp.nsimplify(solve(text).answer) == sp.Matrix(vector).norm()


@pytest.mark.parametrize(("text", "a", "v"), [
    ("A =\n2 1\n1 2\nv =\n1\n1\nfind Av", [[2, 1], [1, 2]], [1, 1]),
    ("A =\n1 2 0\n0 1 3\nx =\n1\n-1\n2\ncompute Ax", [[1, 2, 0], [0, 1, 3]], [1, -1, 2]),
])
def test_a_matrix_times_a_column_typed_on_lines(text: str, a: list, v: list) -> None:
    assert _vec(solve(text).answer) == sp.Matrix(a) * sp.Matrix(v)


# ------------------------------------------------------ the quadratic form xᵀAx
@pytest.mark.parametrize(("text", "a"), [
    ("f(x) = x^T A x with A = [[2,1],[1,3]], find the gradient and the Hessian in terms of "
     "x1, x2", [[2, 1], [1, 3]]),
    ("f(x) = x^T A x with A = [[2,1],[1,3]]. Find ∇f and the Hessian in terms of x_1, x_2.",
     [[2, 1], [1, 3]]),
    ("gradient and hessian of xᵀAx, A = [[1,2,0],[0,1,0],[0,0,3]]",
     [[1, 2, 0], [0, 1, 0], [0, 0, 3]]),
])
def test_the_quadratic_form_of_a_symbolic_vector(text: str, a: list) -> None:
    m = sp.Matrix(a)
    xs = sp.symbols(f"x1:{m.rows + 1}")
    f = (sp.Matrix([xs]) * m * sp.Matrix(xs))[0]
    grad, hess = _answers(text)
    assert (sp.Matrix(grad).reshape(m.rows, 1)
            - sp.Matrix([sp.diff(f, v) for v in xs])).applyfunc(sp.expand).is_zero_matrix
    assert sp.Matrix(hess) == sp.hessian(f, xs) == m + m.T
    assert "x₁" in parse(text).restated  # the form shown in x1, x2, ... (a misreading shows)


def test_a_quadratic_form_of_a_given_vector_is_not_rewritten() -> None:
    p = parse("x^T A x for A = [[2,1],[1,3]] and x = (1, 2)")
    assert sp.nsimplify(solve("x^T A x for A = [[2,1],[1,3]] and x = (1, 2)").answer) in (
        18, sp.Matrix([[18]]))
    assert not any("xᵀAx" in n for n in p.options.get("notes", ()))


def test_the_quadratic_form_is_said_in_a_note() -> None:
    p = parse("gradient of x^T A x for A = [[2,1],[1,3]]")
    assert any("xᵀAx" in n and "2·x₁²" in n for n in p.options["notes"])


# ------------------------------------------------------ "J = [[∂u/∂x, ..]], find J for u, v"
_J_LATEX = (r"From the notes: $J = \begin{bmatrix} \frac{\partial u}{\partial x} & "
            r"\frac{\partial u}{\partial y} \\ \frac{\partial v}{\partial x} & "
            r"\frac{\partial v}{\partial y}\end{bmatrix}$, find J for u = x^2 - y^2, v = 2xy")


@pytest.mark.parametrize(("text", "funcs", "variables"), [
    (_J_LATEX, [x**2 - y**2, 2 * x * y], [x, y]),
    ("J = [[∂u/∂y, ∂u/∂x], [∂v/∂y, ∂v/∂x]], find J for u = x^2 y, v = x + y",
     [x**2 * y, x + y], [y, x]),
    ("J = [[∂f/∂x, ∂f/∂y], [∂g/∂x, ∂g/∂y]]. compute J where f = sin(x) y, g = e^x",
     [sp.sin(x) * y, sp.exp(x)], [x, y]),
])
def test_a_jacobian_written_as_its_partials(text: str, funcs: list, variables: list) -> None:
    assert sp.Matrix(solve(text).answer) == sp.Matrix(funcs).jacobian(variables)


def test_partials_laid_out_transposed_are_not_read_as_the_jacobian() -> None:
    with pytest.raises(ParseError):
        parse("J = [[∂u/∂x, ∂v/∂x], [∂u/∂y, ∂v/∂y]], find J for u = x^2 y, v = x + y")
