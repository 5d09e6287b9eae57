"""Several tasks in one message are answered, each in the order the student named them.

Issue 10, point 3: ``rank and nullspace`` is the rank first (the kind with the more specific
phrase used to come first); ``first and second derivative`` is two answers; ``f_x and f_y`` is
two partial derivatives, not the gradient.
"""

from __future__ import annotations

import sympy as sp

from solver import parse, solve
from solver.dispatch import Solutions

x, y = sp.symbols("x y")
M = sp.Matrix


def _answers(text: str) -> list:
    result = solve(text)
    sols = list(result) if isinstance(result, Solutions) else [result]
    return [(s.kind, s.answer) for s in sols]


def test_two_kinds_are_answered_in_the_order_named() -> None:
    assert _answers("find rank and nullspace of [[1,2],[2,4]]") == [
        ("rank", 1), ("nullspace", [M([-2, 1])])]
    assert _answers("nullspace and rank of [[1,2],[2,4]]") == [
        ("nullspace", [M([-2, 1])]), ("rank", 1)]
    assert _answers("mean and variance of 3, 7, 8") == [
        ("mean", 6), ("variance", sp.Rational(14, 3))]
    assert _answers("dot and cross product of (1,1,0) and (0,1,1)") == [
        ("dot", 1), ("cross", M([1, -1, 1]))]
    assert _answers("gradient and hessian of x^2 y + y^3") == [
        ("gradient", M([2 * x * y, x**2 + 3 * y**2])),
        ("hessian", M([[2 * y, 2 * x], [2 * x, 6 * y]]))]
    assert _answers("hessian and gradient of x^2 y + y^3")[0][0] == "hessian"


def test_the_first_named_task_is_the_one_the_bot_shows() -> None:
    p = parse("find rank and nullspace of [[1,2],[2,4]]")
    assert p.kind == "rank" and p.options["also"] == ["nullspace"]
    assert p.restated.startswith("the rank of")


def test_a_covered_kind_named_with_and_is_its_own_task() -> None:
    # critical points' working mentions the Hessian, but the student asked for it
    assert _answers("critical points and hessian of x^2 - y^2") == [
        ("critical_points", [{x: 0, y: 0}]), ("hessian", M([[2, 0], [0, -2]]))]
    got = _answers("covariance matrix and first principal component of (1,1), (2,3), (3,2)")
    assert got[0] == ("covariance", M([[sp.Rational(2, 3), sp.Rational(1, 3)],
                                       [sp.Rational(1, 3), sp.Rational(2, 3)]]))
    assert got[1][0] == "pca"
    # the eigenvectors answer holds the eigenvalues: one answer
    assert "also" not in parse("eigenvalues and eigenvectors of [[2,1],[1,2]]").options


def test_first_and_second_derivative_are_two_answers() -> None:
    f = x**3 * sp.exp(x)
    for text in ("first and second derivative of x^3 e^x",
                 "derivative and second derivative of x^3 e^x",
                 "derivative aur second derivative dono of x^3 e^x",
                 "d/dx and d^2/dx^2 of x^3 e^x"):
        (k1, a1), (k2, a2) = _answers(text)
        assert (k1, k2) == ("derivative", "higher_derivative"), text
        assert sp.simplify(a1 - f.diff(x)) == 0 and sp.simplify(a2 - f.diff(x, 2)) == 0, text
    assert "second derivative" in parse("first and second derivative of x^3").restated
    (_k, a1), (_k2, a2) = _answers("second and third derivative of x^4")
    assert (a1, a2) == (12 * x**2, 24 * x)


def test_two_derivative_notations_of_two_functions_are_not_merged() -> None:
    from solver.parsing.account import Unclear

    try:
        parse("d/dx x^2 and d^2/dx^2 x^3")
    except Unclear:
        return
    raise AssertionError("x^3 was dropped")


def test_f_x_and_f_y_are_two_partials_not_the_gradient() -> None:
    assert _answers("f = x^2 + 3xy: find f_x and f_y") == [
        ("partial", 2 * x + 3 * y), ("partial", 3 * x)]
    assert _answers("∂f/∂x and ∂f/∂y for f = x^2 y") == [("partial", 2 * x * y),
                                                           ("partial", x**2)]
    # each partial its own order: not the gradient of (x, y), not ∂²/∂x∂y
    assert _answers("∂f/∂x and ∂²f/∂y² for f = x^2 y^3") == [
        ("partial", 2 * x * y**3), ("partial", 6 * x**2 * y)]
    p = parse("f = x^2 + 3xy: find f_x and f_y")
    assert "∂/∂y" in p.restated


def test_a_button_for_the_second_task_is_valid() -> None:
    from bot.tutor import valid_button

    assert valid_button("S:op:12:partial.2") and valid_button("S:op:12:derivative.2")
    assert not valid_button("S:op:12:partial.x") and not valid_button("S:op:12:nothing.2")


def test_two_matrix_expressions_are_two_tasks_in_order() -> None:
    text = "A = [[1,2],[0,1]]\nB = [[3,0],[1,1]]\nfind AB and BA"
    a, b = M([[1, 2], [0, 1]]), M([[3, 0], [1, 1]])
    assert _answers(text) == [("multiply", a * b), ("multiply", b * a)]
    got = _answers("A = [[1,2],[0,1]], B = [[3,0],[1,1]], find AB, A + B and A^T B")
    assert got == [("multiply", a * b), ("add", a + b), ("matrix_expr", a.T * b)]


def test_tasks_with_their_own_operands_are_asked_about() -> None:
    from solver.parsing.account import Unclear

    # reading every vector for the projection would project onto the span of u, v and w
    for text in ("projection of u=(1,2) onto v=(3,1) and the distance between u and w",
                 "critical points of x^2+y^2 and hessian at (1,1)"):
        try:
            parse(text)
        except Unclear:
            continue
        raise AssertionError(text)
    # each task with its own typed vectors in its own part: answered (probe, session 4)
    text = "projection of (1,2) onto (3,1) and the distance between (1,2) and (5,5)"
    assert _answers(text) == [("projection", M([[sp.Rational(3, 2)], [sp.Rational(1, 2)]])),
                              ("distance", 5)]
    # shared operands after both task words, or the first task's operands only: answered
    assert parse("gradient and hessian of x^2 y + y^3 at (1,2)").options["also"] == ["hessian"]
    assert parse("hessian of x^3 + y^3 at (1,1) and its eigenvalues").options["also"] == [
        "eigenvalues"]


def test_eigenvalues_and_eigenvectors_each_answered_in_order() -> None:
    # the bot shows the one eigenvectors answer (it holds both); solve() gives each task
    assert parse("eigenvalues and eigenvectors of [[1,2],[2,1]]").kind == "eigenvectors"
    got = _answers("eigenvalues and eigenvectors of [[1,2],[2,1]]")
    assert [k for k, _a in got] == ["eigenvalues", "eigenvectors"]
    assert got[0][1] == {-1: 1, 3: 1}
    got = _answers("eigenvectors and eigenvalues of [[1,2],[2,1]]")
    assert [k for k, _a in got] == ["eigenvectors", "eigenvalues"]
    assert not isinstance(solve("eigenvectors of [[1,2],[2,1]]"), Solutions)


def test_three_orders_and_two_d_notations() -> None:
    got = _answers("first, second and third derivative of x^5")
    assert [a for _k, a in got] == [5 * x**4, 20 * x**3, 60 * x**2]
    # d/dx and d/dy: two partial derivatives (d/dy was dropped silently before)
    assert _answers("d/dx and d/dy of x^2 y") == [("partial", 2 * x * y), ("partial", x**2)]
    z = x**2 * y**3
    assert _answers("dz/dx and dz/dy for z = x^2 y^3") == [("partial", z.diff(x)),
                                                             ("partial", z.diff(y))]


def test_a_task_that_is_not_in_the_message_is_not_guessed() -> None:
    from solver.errors import ParseError

    for task in ("partial.2", "derivative.3", "gradient.2"):
        try:
            parse("derivative of x^2", kind=task)
        except ParseError:
            continue
        raise AssertionError(task)
    try:
        parse("first and second derivative of x^3", kind="derivative.3")
    except ParseError:
        return
    raise AssertionError("derivative.3")


def test_a_covered_task_named_after_its_kind_words_is_not_dropped() -> None:
    # "series", "points", "second" between the task words used to hide the second task
    assert _answers("taylor series and derivative of e^x")[1] == ("derivative", sp.exp(x))
    assert _answers("critical points and second derivative of x^3 - 3x")[1] == (
        "higher_derivative", 6 * x)


def test_partial_derivatives_plural_are_all_of_them() -> None:
    assert _answers("partial derivatives of x^2 y") == [("partial", 2 * x * y),
                                                        ("partial", x**2)]
    assert parse("partial derivative of x^2 y wrt y").options.get("also") is None
