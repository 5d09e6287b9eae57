"""End to end: what students type, through solver.solve, to a verified calculus answer."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import solve

x, y, t, w, b = sp.symbols("x y t w b")


@pytest.mark.parametrize(("text", "expected"), [
    ("d/dx x^2 sin x", sp.diff(x**2 * sp.sin(x), x)),
    ("derivative of sigmoid(x)", sp.diff(1 / (1 + sp.exp(-x)), x)),
    ("d/dx tanh(3x)", 3 - 3 * sp.tanh(3 * x) ** 2),
    ("d/dx log_2(x^2 + 1)", 2 * x / ((x**2 + 1) * sp.log(2))),
    ("d/dx |x|", sp.sign(x)),
    ("d^3/dx^3 x^3 e^x", sp.diff(x**3 * sp.exp(x), x, 3)),
    ("partial of x^2 y^3 wrt x then y", 6 * x * y**2),
    ("df/dt for f = x^2 y, x = cos t, y = sin t", sp.diff(sp.cos(t) ** 2 * sp.sin(t), t)),
    ("taylor series of e^x about x = 1 order 3", sp.series(sp.exp(x), x, 1, 4).removeO()),
])
def test_expression_answers(text: str, expected: sp.Expr) -> None:
    sol = solve(text)
    assert sp.simplify(sol.answer - expected) == 0
    assert len(sol.render("html")) <= 4096


def test_relu_carries_parser_note_once() -> None:
    sol = solve("d/dx relu(x)")
    assert sol.notes[0] == "relu is not differentiable at x = 0"
    assert not any("corner" in n or "boundaries" in n for n in sol.notes)
    assert sol.answer_text == "f′(x) = 0 where x < 0; 1 otherwise"


def test_matrices_and_points() -> None:
    assert solve("gradient of x^2 y + e^(xy) at (1, 0)").answer == sp.Matrix([0, 2])
    assert solve("jacobian of (x^2 y, x + sin y)").answer == sp.Matrix(
        [[2 * x * y, x**2], [1, sp.cos(y)]])
    assert solve("hessian of x^2 + 3 x y + y^2 at (1, 1)").answer == sp.Matrix([[2, 3], [3, 2]])


def test_optimisation_texts() -> None:
    crit = solve("critical points of x^3 + x y^2 - 3x")
    assert {(p[x], p[y]) for p in crit.answer} == {(-1, 0), (1, 0), (0, sp.sqrt(3)),
                                                    (0, -sp.sqrt(3))}
    newton = solve("newton raphson for x^3 - 2x - 5 from x0 = 2, 3 steps")
    assert newton.answer[1] == sp.Rational(21, 10)
    descent = solve("gradient descent on x^2 + 3y^2 from (1, 1) learning rate 0.1, 3 steps")
    assert len(descent.answer) == 4 and abs(float(descent.answer[-1][y]) - 0.064) < 1e-12
    loss = solve("gradient of (y - (w x + b))^2 wrt w, b for data (1, 2), (2, 3), (3, 5)")
    assert loss.answer == sp.Matrix([28 * w + 12 * b - 46, 12 * w + 6 * b - 20])


def test_long_exact_answers_are_summarised_in_decimals_with_the_exact_form_kept() -> None:
    import sympy as sp

    from solver import solve

    sol = solve("taylor series of (1/(1+e^-x))/(cos(x) + 3) about x = 1 up to order 3")
    summary = sol.summary()
    assert summary.startswith("≈ ") and len(summary) < 90
    assert "(x − 1)³" in summary
    x = sp.Symbol("x")
    exact = sp.series((1 / (1 + sp.exp(-x))) / (sp.cos(x) + 3), x, 1, 4).removeO()
    # every decimal shown agrees with the exact coefficient to 6 figures (ascending powers)
    shown = sp.Add(*[sp.Float(c) * (x - 1) ** k for k, c in enumerate(
        [t.split("·")[0] for t in summary[2:].replace("−", "-").split(" + ")])])
    for k in range(4):
        want = float(sp.N(exact.diff(x, k).subs(x, 1) / sp.factorial(k)))
        got = float(shown.diff(x, k).subs(x, 1) / sp.factorial(k))
        assert abs(got - want) <= 1e-5 * abs(want)
    assert sol.shown_steps(detail=False)[-1].title == "Exact answer"
    assert (sol.answer.has(sp.E) or sol.answer.has(sp.exp(-1))) and not sol.answer.atoms(sp.Float)
