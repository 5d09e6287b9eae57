"""Values at a point stay within the digit limit: a friendly TooHard, never a ValueError."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import TooHard, solve
from solver.calculus.check import MAX_VALUE_DIGITS, bounded, digits
from solver.render import inline, scientific


@pytest.mark.parametrize(("text", "size"), [
    ("d/dx x^500 at x = 10^9", "4,000"),
    ("gradient of x^500 y at (10^9, 1)", "4,000"),
    ("taylor series of x^500 about x = 10^9 order 2", "4,000"),
    ("newton x^500 - 2 from 100000", "2,000"),
    ("gradient descent on x^400 + y^2 from (10^5, 1), lr 0.1", "1,000"),
    ("hessian of x^500 y at (10^9, 1)", "4,000"),
])
def test_huge_values_are_refused_with_their_size(text: str, size: str) -> None:
    with pytest.raises(TooHard) as caught:
        solve(text)
    message = caught.value.message
    assert f"over {size} digits" in message and "it is about " in message
    assert f"at most {MAX_VALUE_DIGITS:,} digits" in message


def test_the_refusal_states_the_value_in_powers_of_ten() -> None:
    with pytest.raises(TooHard) as caught:
        solve("d/dx x^500 at x = 10^9")
    assert "5×10⁴⁴⁹³" in caught.value.message  # 500·10^(9·499)
    assert caught.value.message.startswith("The value at x = 10⁹ has over 4,000 digits")


def test_values_below_the_limit_are_answered() -> None:
    sol = solve("d/dx x^100 at x = 10^9")
    assert "10" in sol.summary() and sol.render("text")
    assert digits(sp.Integer(10) ** 900) <= MAX_VALUE_DIGITS
    assert bounded(sp.Integer(10) ** 900, "here") == sp.Integer(10) ** 900


def test_bounded_checks_every_matrix_entry() -> None:
    with pytest.raises(TooHard):
        bounded(sp.Matrix([1, sp.Integer(10) ** 1200]), "at the point")


def test_huge_floats_print_as_powers_of_ten_not_inf() -> None:
    assert inline(sp.Float("1e2500")) == "10²⁵⁰⁰"
    assert inline(sp.Float("-3.5e400")) == "−3.5×10⁴⁰⁰"
    assert scientific(-sp.Integer(10) ** 2500) == "−10²⁵⁰⁰"
    assert scientific(sp.Symbol("x")) == ""
