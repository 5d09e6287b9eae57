"""Iterations and ML tasks read as asked (issue 10, point 3): NR and GD, starts given as
theta0 = 0, loss names (MSE, loss, cross entropy) that are names and never letters."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import parse, solve
from solver.dispatch import solve_problem
from solver.errors import ParseError

x, y, z, w, b = sp.symbols("x y z w b")
w1, w2, x1, x2 = sp.symbols("w1 w2 x1 x2")
th0, th1 = sp.symbols("theta0 theta1")


def test_nr_is_newton_raphson() -> None:
    p = parse("use NR to find root of cos x - x starting at x0 = 0, 2 iterations")
    assert p.kind == "newton" and p.point == {x: 0} and p.options["steps"] == 2
    assert p.expr == sp.cos(x) - x
    last = solve_problem(p).answer[-1]
    want = 1 - (sp.cos(1) - 1) / (-sp.sin(1) - 1)
    assert abs(float(last) - float(want)) < 1e-12


def test_gd_with_its_start_rate_and_steps() -> None:
    p = parse("GD on f(x,y) = x^2 + 2y^2 from (1,1), lr = 0.25, 2 steps")
    assert p.kind == "gradient_descent" and p.point == {x: 1, y: 1}
    assert p.options["steps"] == 2 and float(p.options["lr"]) == 0.25
    path = solve_problem(p).answer
    assert [(float(q[x]), float(q[y])) for q in path[1:]] == [(0.5, 0.0), (0.25, 0.0)]
    p = parse("gd 3 steps f(x)=(x-1)^2 x0=0 lr 0.25")  # no commas between the givens
    assert p.expr == (x - 1) ** 2 and p.point == {x: 0} and p.options["steps"] == 3
    assert [float(q[x]) for q in solve_problem(p).answer[1:]] == [0.5, 0.75, 0.875]


def test_a_start_given_as_theta0_theta1_first() -> None:
    p = parse("theta0 = 0, theta1 = 0, J = (theta0 + 2 theta1 - 4)^2, learning rate 0.05, "
              "one step of gradient descent")
    assert p.kind == "gradient_descent" and p.point == {th0: 0, th1: 0}
    (_start, step) = solve_problem(p).answer
    assert (float(step[th0]), float(step[th1])) == (0.4, 0.8)


def test_mse_is_a_name_never_the_letters_m_s_e() -> None:
    p = parse("gradient of MSE loss L = (w x + b - y)^2 wrt w and b")
    assert p.kind == "gradient" and p.variables == (w, b)
    assert not {s.name for s in p.expr.free_symbols} & {"M", "S", "E"}
    p = parse("MSE = 1/2 * ((w*1 - 1)^2 + (w*2 - 3)^2), find dMSE/dw")
    assert p.variables == (w,) and sp.expand(solve_problem(p).answer - (5 * w - 7)) == 0
    p = parse("loss = log(1 + e^(-y w x)), dloss/dw")
    want = sp.diff(sp.log(1 + sp.exp(-y * w * x)), w)
    assert sp.simplify(solve_problem(p).answer - want) == 0
    # a name never defined is not differentiated: no guess
    with pytest.raises(ParseError):
        solve("dKL/dw")


def test_cross_entropy_is_a_loss_not_a_cross_product() -> None:
    p = parse("gradient of cross entropy -y log(σ(z)) - (1-y) log(1-σ(z)) wrt z")
    assert p.kind == "gradient" and p.variables == (z,)
    s = 1 / (1 + sp.exp(-z))
    want = sp.diff(-y * sp.log(s) - (1 - y) * sp.log(1 - s), z)
    assert sp.simplify(solve_problem(p).answer[0] - want) == 0


def test_wrt_two_indexed_names_without_a_comma() -> None:
    p = parse("grad of loss (y - w1 x1 - w2 x2)^2 wrt w1 w2")
    assert p.kind == "gradient" and p.variables == (w1, w2)
    # "wrt xy" for a one-variable derivative stays a question
    with pytest.raises(ParseError):
        parse("derivative of x^2 wrt xy")


def test_a_bare_task_word_and_grad_equal_to_zero() -> None:
    p = parse("critical pts of x^4 - 2x^2")
    assert p.kind == "critical_points"
    assert solve_problem(p).answer == [{x: -1}, {x: 0}, {x: 1}]
    p = parse("find where grad f = 0 for f = x^2 + xy + y^2 - 3x")
    assert p.kind == "critical_points" and solve_problem(p).answer == [{x: 2, y: -1}]


def test_relu_on_one_side_of_zero() -> None:
    p = parse("derivative of tanh(x)^2 + relu(x) for x > 0")
    assert p.expr == x + sp.tanh(x) ** 2 and any("x > 0" in n for n in p.options["notes"])
    want = 2 * sp.tanh(x) * (1 - sp.tanh(x) ** 2) + 1
    assert sp.simplify(solve_problem(p).answer - want) == 0
    assert solve_problem(parse("derivative of relu(x) for x < 0")).answer == 0
    assert solve_problem(parse("derivative of sqrt(x^2) for x < 0")).answer == -1
    with pytest.raises(ParseError):  # a condition on a variable the function does not have
        parse("derivative of relu(x) for y > 0")


def test_sum_of_squared_errors_of_a_model_over_data() -> None:
    m, c = sp.symbols("m c")
    p = parse("data (1,2), (2,3), (3,5), model y = m x + c, gradient of sum of squared errors "
              "wrt m and c at m=1, c=0")
    assert p.kind == "loss_gradient" and p.variables == (m, c) and p.point == {m: 1, c: 0}
    assert p.expr == (y - (m * x + c)) ** 2 and "at m = 1, c = 0" in p.restated
    assert solve_problem(p).answer == sp.Matrix([-18, -8])
