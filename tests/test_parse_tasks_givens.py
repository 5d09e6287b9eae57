"""Each task gets its own givens: points by the names given, task lists, chain-rule points,
a matrix kind of the Jacobian or Hessian (issue 10, points 2-3)."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import parse, solve
from solver.dispatch import Solutions, solve_problem
from solver.errors import ParseError

x, y, t, v, w = sp.symbols("x y t v w")
x1, x2 = sp.symbols("x1 x2")
M = sp.Matrix
half = sp.Rational(1, 2)


def _answers(text: str) -> list:
    result = solve(text)
    sols = list(result) if isinstance(result, Solutions) else [result]
    return [(s.kind, s.answer) for s in sols]


def test_a_point_with_names_is_read_by_the_names_not_alphabetically() -> None:
    # (w, v) = (1/2, 3): w is 1/2; alphabetically v would come first (a silent misreading)
    p = parse("∂f/∂v of f = w^2 v + v^3 at (w, v) = (1/2, 3)")
    assert p.point == {w: half, v: 3}
    p = parse("gradient of w^2 v + v^3 at (w, v) = (1/2, 3)")
    assert p.point == {w: half, v: 3}
    assert solve_problem(p).answer.subs(p.point) == M([sp.Rational(109, 4), 3])
    assert parse("∂f/∂y for f = x^2 y^3 at (y, x) = (2, 1)").point == {y: 2, x: 1}
    assert parse("partial of x^2 y wrt y at (1, 2)").point == {x: 1, y: 2}


def test_a_numbered_list_gives_each_task_its_own_point() -> None:
    text = "f(x, y) = e^x y\n1) gradient at (0, 2)\n2) hessian at (1, 0)"
    (k1, g), (k2, h) = _answers(text)
    p1, p2 = parse(text), parse(text, kind="hessian")
    assert (k1, k2) == ("gradient", "hessian") and p1.options["also"] == ["hessian"]
    assert p1.point == {x: 0, y: 2} and p2.point == {x: 1, y: 0}
    assert g.subs(p1.point) == M([2, 1])
    assert h.subs(p2.point) == M([[0, sp.E], [sp.E, 0]])


def test_a_lettered_list_under_a_definition() -> None:
    text = "For A = [[2,0],[0,5]]:\n(a) det A\n(b) A^-1\n(c) eigenvalues"
    got = _answers(text)
    assert got == [("det", 10), ("inverse", M([[half, 0], [0, sp.Rational(1, 5)]])),
                   ("eigenvalues", {2: 1, 5: 1})]


def test_two_items_of_one_kind_are_two_tasks() -> None:
    text = "f(x, y) = x^2 y\n1) gradient at (1, 2)\n2) gradient at (2, 1)"
    assert parse(text).options["also"] == ["gradient.2"]
    assert parse(text, kind="gradient.2").point == {x: 2, y: 1}


def test_an_item_that_cannot_be_read_is_named_not_dropped() -> None:
    p = parse("f(x, y) = x^2 y\n1) gradient at (1, 2)\n2) blorp the zorp")
    assert any("part 2" in n for n in p.options["notes"])


def test_lines_of_a_matrix_are_not_a_list() -> None:
    assert parse("A =\n1 2\n3 4\nfind det").matrices == (M([[1, 2], [3, 4]]),)


def test_the_determinant_of_the_jacobian() -> None:
    assert _answers("jacobian of (sin x, cos y) and its determinant") == [
        ("jacobian", M([[sp.cos(x), 0], [0, -sp.sin(y)]])),
        ("det", -sp.sin(y) * sp.cos(x))]
    p = parse("det of the jacobian of (x^2 y, x + y)")
    assert p.kind == "det" and "Jacobian" in p.restated
    assert sp.expand(solve_problem(p).answer - (2 * x * y - x**2)) == 0
    p = parse("determinant of the hessian of x^3 + y^3 - 3xy")
    assert sp.expand(solve_problem(p).answer - (36 * x * y - 9)) == 0
    got = _answers("hessian of x^3 + y^3 at (1,1) and its eigenvalues")
    assert got[1] == ("eigenvalues", {6: 2})


def test_a_non_square_jacobian_has_no_determinant() -> None:
    with pytest.raises(ParseError, match="not square"):
        parse("jacobian of (x y, x + y, x) and its determinant", kind="det")
    assert len(_answers("jacobian of (x y, x + y, x) and its determinant")) == 1


def test_chain_rule_at_a_value_of_t() -> None:
    p = parse("dz/dt at t=0 where z = e^(xy), x = t+1, y = t")
    assert p.kind == "chain_rule" and p.point == {t: 0} and "at t = 0" in p.restated
    assert solve_problem(p).answer.subs(p.point) == 1
    text = ("multivariate chain rule\nf(x, y) = x^2 - y\nx(t) = t + 1\ny(t) = t^2\n"
            "find df/dt at t = 1")
    p = parse(text)
    assert p.kind == "chain_rule" and p.options["subs"] == {x: t + 1, y: t**2}
    assert solve_problem(p).answer == 2


def test_total_derivative_of_a_composition() -> None:
    p = parse("f(x(t), y(t)) with f = sin(x) + y^2, x = t^2, y = 3t, find total derivative")
    assert p.kind == "chain_rule" and p.variables == (t,)
    assert sp.expand(solve_problem(p).answer - (2 * t * sp.cos(t**2) + 18 * t)) == 0
    # f(g(x)) with g not given is not a chain rule on f alone
    with pytest.raises(ParseError):
        parse("f(x)=sin(x) find f(g(x))")


def test_j_of_named_components_is_the_jacobian() -> None:
    p = parse("J for f1 = x1 + x2^2, f2 = x1 x2 at (1,2)")
    assert p.kind == "jacobian" and p.point == {x1: 1, x2: 2}
    assert solve_problem(p).answer.subs(p.point) == M([[1, 4], [2, 1]])


def test_a_definition_after_wrt_is_the_function() -> None:
    p = parse("differentiate wrt x: y = sin(x)/x")
    assert p.variables == (x,) and p.expr == sp.sin(x) / x
    assert parse("partial wrt y: f = x^2 y").variables == (y,)


def test_the_jacobian_of_one_function_as_a_row_vector() -> None:
    p = parse("jacobian of f(x, y) = x^2 + y^3 (row vector)")
    assert solve_problem(p).answer == M([[2 * x, 3 * y**2]])
    with pytest.raises(ParseError):  # the gradient is a column: asked, not reshaped silently
        parse("gradient of f(x, y) = x^2 + y^3 (row vector)")


def test_second_partial_derivatives_are_named_or_asked_about() -> None:
    with pytest.raises(ParseError, match="Which second partial"):
        parse("second partial derivatives of x^2 y^3")  # was the first partial in x
    p = parse("second partial derivative of x^2 y^3 wrt y")
    assert p.variables == (y, y) and solve_problem(p).answer == 6 * x**2 * y
    got = solve("first and second partial derivative of x^2 y wrt x")
    assert [s.answer for s in got] == [2 * x * y, 2 * y]


def test_a_point_named_in_other_variables_is_asked_about() -> None:
    with pytest.raises(ParseError, match="names w, v"):
        parse("gradient of f = x^2 y at (w, v) = (1, 2)")
