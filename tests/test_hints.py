"""content.hints: each mistake is recognised from the exact value it produces, and only then."""

from __future__ import annotations

import sympy as sp

from content import hints
from solver import parse

x = sp.Symbol("x")


def _derivative(text: str):
    problem = parse(text)
    var = problem.variables[0]
    return problem, var, sp.diff(problem.expr, var)


def test_sign_slip_whole_answer_and_one_entry() -> None:
    assert "sign" in hints.sign_slip(sp.Integer(-2), sp.Integer(2))
    m = sp.Matrix([[1, 2], [3, 4]])
    assert "row 2, column 1" in hints.sign_slip(m, sp.Matrix([[1, 2], [-3, 4]]))
    assert hints.sign_slip(m, sp.Matrix([[1, 2], [-3, -4]])) is None  # two entries: not a slip
    assert hints.sign_slip(sp.Integer(0), sp.Integer(0)) is None


def test_transposed_matrix() -> None:
    m = sp.Matrix([[1, 2], [3, 4]])
    assert hints.transposed(m, m.T) == hints.TRANSPOSED
    sym = sp.Matrix([[1, 2], [2, 1]])
    assert hints.transposed(sym, sym.T) is None  # symmetric: the transpose is the answer
    assert hints.transposed(sp.Matrix([1, 2]), sp.Matrix([[1, 2]])) is None  # a vector


def test_product_rule_written_u_prime_v_prime() -> None:
    problem, var, _ = _derivative("d/dx (x^2+1)*(x^3-2)")
    assert hints.diagnose(sp.diff(problem.expr, var), 6 * var**3, problem) == hints.PRODUCT_RULE
    assert hints.product_rule_uv(problem.expr, var, 5 * var**4) is None


def test_chain_rule_missing_the_inner_derivative() -> None:
    problem, var, right = _derivative("d/dx sin(x^2)")
    hint = hints.diagnose(right, sp.cos(var**2), problem)
    assert hint and "derivative of the inside" in hint
    problem, var, right = _derivative("d/dx (3x + 1)^5")
    assert "inside" in hints.diagnose(right, 5 * (3 * var + 1) ** 4, problem)
    assert hints.chain_rule_inner(problem.expr, var, right) is None  # right is not a slip


def test_off_by_a_factor_only_for_the_factors_a_slip_makes() -> None:
    assert "2 times" in hints.off_by_factor(sp.Rational(5, 4), sp.Rational(5, 2))
    assert "1/2 times" in hints.off_by_factor(sp.Integer(6), sp.Integer(3))
    assert hints.off_by_factor(sp.Integer(3), sp.Integer(5)) is None  # 5/3: says nothing
    m = sp.Matrix([[1, 2], [3, 4]])
    assert "10 times" in hints.off_by_factor(m, 10 * m)


def test_divided_by_n_instead_of_n_minus_1_and_back() -> None:
    sample = parse("sample variance of [1, 2, 3, 4]")
    assert "N − 1 = 3" in hints.diagnose(sp.Rational(5, 3), sp.Rational(5, 4), sample)
    population = parse("variance of 1, 2, 3, 4")
    assert "divides by N = 4" in hints.diagnose(sp.Rational(5, 4), sp.Rational(5, 3), population)


def test_no_hint_for_an_unrelated_wrong_answer() -> None:
    problem, var, right = _derivative("d/dx sin(x^2)")
    assert hints.diagnose(right, var**7 + 1, problem) is None
