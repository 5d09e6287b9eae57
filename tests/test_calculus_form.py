"""Answers in the form a course writes them (issue 14): expanded or factored as in a textbook,
sec² kept, ln when the student wrote ln, Taylor polynomials in ascending powers."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import solve
from solver.calculus.check import tidy

x = sp.Symbol("x")


@pytest.mark.parametrize(("text", "shown"), [
    ("d/dx x^2 sin x", "x²·cos(x) + 2·x·sin(x)"),  # not x·(x·cos(x) + 2·sin(x))
    ("d/dx x^3 sin x", "x³·cos(x) + 3·x²·sin(x)"),
    ("d/dx x^4 - 3x^2", "4·x³ − 6·x"),  # not 2·x·(2·x² − 3)
    ("d/dx (x+1)/(x-1)^2", "(−x − 3)/(x − 1)³"),  # a quotient still reduced
    ("d/dx x^2 e^x", "x·(x + 2)·e^x"),  # a factor e^x still taken out
    ("d/dx sin(x)^2", "2·sin(x)·cos(x)"),  # not sin(2·x)
])
def test_derivative_forms(text: str, shown: str) -> None:
    sol = solve(text)
    assert sol.summary() == shown
    assert sp.simplify(sol.answer - sp.diff(sol.problem.expr, x)) == 0


@pytest.mark.parametrize(("text", "shown"), [
    ("d/dx tan x", "sec²(x)"), ("d/dx cot(3x)", "−3·csc²(3·x)"),
    ("d/dx tan(x)^2", "2·tan(x)·sec²(x)"),
])
def test_sec_squared_stays(text: str, shown: str) -> None:
    sol = solve(text)
    assert sol.summary() == shown and "tan²(x) + 1" not in sol.summary()
    assert not any("did not match" in n for n in sol.notes)  # sec² = 1 + tan² was proved


def test_tidy_keeps_exponentials_whole() -> None:
    y = sp.Symbol("y")
    e = sp.exp(x + y)
    assert not tidy((x * e + 3 * e) / (e + 3) ** 2).has(sp.exp(x) * sp.exp(y))


@pytest.mark.parametrize(("text", "shown"), [
    ("taylor series of e^x about x = 1 order 3", "e + e·(x − 1) + e·(x − 1)²/2 + e·(x − 1)³/6"),
    ("taylor series of ln(1+x) order 4", "x − x²/2 + x³/3 − x⁴/4"),
    ("maclaurin series of cos x order 4", "1 − x²/2 + x⁴/24"),
    ("taylor expansion of x^2 y + y^3 about (1, 1) order 2",
     "2 + 2·(x − 1) + 4·(y − 1) + (x − 1)² + 2·(x − 1)·(y − 1) + 3·(y − 1)²"),
])
def test_taylor_polynomials_in_ascending_powers(text: str, shown: str) -> None:
    sol = solve(text)
    assert sol.summary() == shown
    assert f"= {shown}" in sol.render("text")  # the working's last line too


def test_taylor_keeps_a_unit_coefficient_bracket_whole() -> None:
    # 7·(y − 1) and (y − 1) are terms; the old flattening printed "y + … − 1"
    sol = solve("taylor expansion of 5(x^2) - tanh(x) + x y about (1, 1) order 2")
    assert sol.summary().startswith("6 − tanh(1) + ") and " + (y − 1) + " in sol.summary()


def test_ln_when_the_student_wrote_ln() -> None:
    sol = solve("d/dx x^2 ln x")
    out = sol.render("text") + sol.render("html") + str(sol.to_json()["steps"])
    assert "ln(x)" in sol.summary() and "log(" not in out
    assert sol.problem.restated == "d/dx of x²·ln(x)"


def test_log_when_the_student_wrote_log() -> None:
    sol = solve("d/dx x^2 log(x)")
    assert "log(x)" in sol.summary() and "ln(" not in sol.render("text")


def test_long_surds_in_a_headline_become_decimals_exact_in_the_working() -> None:
    sol = solve("critical points of x^3 - 7x + y^2 + 3xy")
    assert sol.summary() == "≈ (−0.9517, 1.428) saddle point; ≈ (2.452, −3.678) minimum"
    assert "x = (9 − √417)/12, y = (−9 + √417)/8" in sol.render("text")  # exact, one tap away
    hess = solve("hessian of sqrt(x^2+y^2) at (3, 7)")
    assert hess.summary() == "H at x = 3, y = 7 ≈ [[0.1109, −0.04754], [−0.04754, 0.02038]]"
    assert "49·√58/3364" in hess.render("text")


def test_short_exact_values_keep_their_form_and_gain_a_decimal() -> None:
    assert solve("d/dx sqrt(x^2+1) at x = 2").summary().endswith("at x = 2: 2·√5/5 ≈ 0.8944")
    assert solve("d/dx x^3 at x = 2").summary().endswith("at x = 2: 12")
    assert solve("gradient of x^2 y + e^(xy) at (1, 0)").summary().endswith("= (0, 2)")


def test_json_answer_is_structured() -> None:
    data = solve("taylor series of ln(1+x) order 3").to_json()
    assert data["restated"] == "the Taylor polynomial of order 3 of ln(x + 1) about x = 0"
    assert data["answer"] == {"text": "x − x²/2 + x³/3",
                              "latex": r"x - \frac{x^{2}}{2} + \frac{x^{3}}{3}",
                              "sympy": "x - x**2/2 + x**3/3"}
    surd = solve("critical points of x^3 - 7x + y^2 + 3xy").to_json()["answer"]
    assert surd["text"].startswith("≈ (−0.9517") and "√417" in surd["exact_text"]
    assert r"\sqrt{417}" in surd["latex"]


def test_the_working_ends_with_the_form_the_student_typed() -> None:
    tan = solve("d/dx tan x")
    last = tan.shown_steps(detail=True)[-1]
    assert tan.summary() == "sec²(x)" and last.title == "In terms of tan, as you wrote it"
    assert last.math == ["= tan²(x) + 1"]
    sig = solve("derivative of sigmoid(x)")
    assert sig.shown_steps(detail=True)[-1].math == ["σ′(x) = σ(x)·(1 − σ(x))"]
    plain = solve("d/dx x^2 sin x")  # nothing to restate
    assert "as you wrote it" not in plain.render("text")
