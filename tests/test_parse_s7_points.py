"""Several calculus tasks of one function, each at its own point (session 7, issue 10): "the
gradient, then its value at P" is two answers, a point named in one task's part is never
another's (the critical points are never "at (0, 0)"), "the Hessian there" beside the critical
points is the Hessian in general, and the variables said in the gradient's part are never the
chain rule's beside its d/dt. Every answer is compared with SymPy computed here."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import parse, solve

x, y, u, v, t = sp.symbols("x y u v t")


def _answers(text: str) -> list[tuple[str, object]]:
    got = solve(text)
    sols = list(got) if isinstance(got, tuple) else [got]
    return [(s.kind, s.answer) for s in sols]


def _same(a: object, b: object) -> bool:
    if isinstance(b, sp.MatrixBase):
        return isinstance(a, sp.MatrixBase) and a.shape == b.shape and sp.simplify(a - b) == \
            sp.zeros(*b.shape)
    return sp.simplify(a - b) == 0  # (answers are SymPy objects: no text is evaluated)


def _grad(f: sp.Expr, vs: list[sp.Symbol]) -> sp.Matrix:
    return sp.Matrix([sp.diff(f, s) for s in vs])


# ------------------------------------------------- the task, then its value at a point
@pytest.mark.parametrize(("text", "f", "vs", "point"), [
    ("the gradient of the function g(u, v) = u^2 v + e^(u v) with respect to u and v, and then "
     "its value at u = 0, v = 1", u**2 * v + sp.exp(u * v), [u, v], {u: 0, v: 1}),
    ("f(x, y) = x^2 y + y^3. Find the gradient, and evaluate it at (1, 2)",
     x**2 * y + y**3, [x, y], {x: 1, y: 2}),
    ("find the gradient of f = x^3 y - y^2 and its value at x = 2, y = -1",
     x**3 * y - y**2, [x, y], {x: 2, y: -1}),
])
def test_the_gradient_then_its_value_at_a_point_is_two_answers(
        text: str, f: sp.Expr, vs: list[sp.Symbol], point: dict) -> None:
    got = _answers(text)
    assert [k for k, _a in got] == ["gradient", "gradient"]
    assert _same(got[0][1], _grad(f, vs))
    assert _same(got[1][1], _grad(f, vs).subs(point))
    p = parse(text)
    assert p.point is None and "at" in p.options["task_names"]["gradient.2"]
    assert any(where == "the task gradient.2" for _typed, where in p.options["account"])


@pytest.mark.parametrize("text", [
    "find the derivative of f(x) = x^3 - 2x and its value at x = 1",
    "differentiate x^3 - 2x, then evaluate it at x = 1",
])
def test_the_derivative_and_its_value_at_x_is_one_answer_showing_both(text: str) -> None:
    f = x**3 - 2 * x
    got = solve(text)
    assert got.kind == "derivative" and got.problem.point == {x: 1}
    assert _same(got.answer, sp.diff(f, x))  # f'(x), and its value in the summary
    assert f"at x = 1: {sp.diff(f, x).subs(x, 1)}" in got.summary()


@pytest.mark.parametrize("text", [
    "f(x, y) = x^3 y. Find the Hessian and its value at (1, 2)",
    "the jacobian of (x^2 y, x + y), then evaluate it at (1, 2)",
])
def test_a_matrix_then_its_value_at_a_point(text: str) -> None:
    p = parse(text)
    got = _answers(text)
    assert len(got) == 2 and got[0][0] == got[1][0] == p.kind
    full = sp.hessian(x**3 * y, (x, y)) if p.kind == "hessian" else sp.Matrix(
        [x**2 * y, x + y]).jacobian([x, y])
    assert _same(got[0][1], full)
    assert _same(got[1][1], full.subs({x: 1, y: 2}))


def test_a_task_already_at_a_point_is_not_split() -> None:
    p = parse("gradient of x^2 y at (1, 2)")
    assert p.kind == "gradient" and p.point == {x: 1, y: 2} and not p.options.get("also")
    # "the value at P" alone may be f's own value: never split into a second gradient task
    q = parse("find the gradient of f = x^2 y and the value at (1, 2)")
    assert "gradient.2" not in q.options.get("also", ())


# ------------------------------------------------- a point is the task's it follows
F = x**2 - x * y + y**2 - 3 * x


@pytest.mark.parametrize("text", [
    "f(x, y) = x^2 - xy + y^2 - 3x. Find all critical points and the Hessian there, and tell "
    "me the gradient at (0, 0) too.",
    "f(x, y) = x^2 - xy + y^2 - 3x. Find the critical points and the Hessian at each critical "
    "point, and the gradient at (0, 0)",
])
def test_the_critical_points_and_the_hessian_there_take_no_other_point(text: str) -> None:
    p = parse(text)
    assert p.kind == "critical_points" and p.point is None
    assert p.options["also"] == ["hessian", "gradient"]
    got = _answers(text)
    assert [k for k, _a in got] == ["critical_points", "hessian", "gradient"]
    crit = sp.solve(list(_grad(F, [x, y])), [x, y], dict=True)
    assert [{str(k): val for k, val in c.items()} for c in got[0][1]] == [
        {str(k): val for k, val in c.items()} for c in crit]
    assert _same(got[1][1], sp.hessian(F, (x, y)))
    assert _same(got[2][1], _grad(F, [x, y]).subs({x: 0, y: 0}))


def test_the_hessian_at_each_critical_point_is_shown_in_general_with_a_note() -> None:
    text = ("f(x, y) = x^3 - 3x + y^2. Find the critical points and the Hessian at each "
            "critical point")
    got = _answers(text)
    assert [k for k, _a in got] == ["critical_points", "hessian"]
    assert parse(text, kind="hessian").point is None
    assert any("The Hessian there" in n for n in solve(text)[1].notes)
    assert _same(got[1][1], sp.hessian(x**3 - 3 * x + y**2, (x, y)))


def test_the_critical_points_beside_a_gradient_at_a_point() -> None:
    text = "f(x, y) = x^2 - xy + y^2 - 3x. Find the critical points and the gradient at (0, 0)."
    p = parse(text)
    assert p.kind == "critical_points" and p.point is None
    assert parse(text, kind="gradient").point == {x: 0, y: 0}


def test_the_gradient_at_one_point_and_the_hessian_at_another() -> None:
    f = x**2 * y + y**3
    got = _answers("f(x, y) = x^2 y + y^3. Find the gradient at (1, 1) and the Hessian at (0, 2)")
    assert _same(got[0][1], _grad(f, [x, y]).subs({x: 1, y: 1}))
    assert _same(got[1][1], sp.hessian(f, (x, y)).subs({x: 0, y: 2}))


# ------------------------------------------------- the chain rule's variable is its own
@pytest.mark.parametrize("said", ["in x, y", "wrt x, y", "in x and y", ""])
def test_the_chain_rule_and_the_gradient_of_f_in_x_y(said: str) -> None:
    text = ("If x = t^2 and y = sin t and f = x*y, find df/dt using the chain rule, and also the "
            f"gradient of f {said}").strip()
    got = _answers(text)
    assert [k for k, _a in got] == ["chain_rule", "gradient"]
    assert _same(got[0][1], sp.diff((x * y).subs({x: t**2, y: sp.sin(t)}), t))
    assert _same(got[1][1], _grad(x * y, [x, y]))
    assert parse(text).variables == (t,)


def test_the_gradient_of_a_named_function_in_its_variables() -> None:
    p = parse("f = x*y^2, find the gradient of f in x, y")
    assert p.kind == "gradient" and p.variables == (x, y)
    assert _same(solve("f = x*y^2, find the gradient of f in y, x").answer,
                 _grad(x * y**2, [y, x]))


def test_df_dt_and_also_a_partial_is_answered_or_named() -> None:
    text = "If x = t^2 and y = sin t and f = x*y, find df/dt and also ∂f/∂x"
    p = parse(text)
    assert p.kind == "chain_rule" and p.variables == (t,)
    others = p.options.get("also", [])
    assert others or any("∂f/∂x" in n for n in p.options.get("notes", []))  # never dropped
