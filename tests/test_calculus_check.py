"""The check against SymPy: cheaper sampling (mpmath at 60 digits), never a weaker verdict."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import solve
from solver.calculus import check, sample
from solver.calculus.check import same
from solver.calculus.rules import HyperbolicRule, ProductRule, TrigRule
from solver.calculus.sample import _mp
from solver.calculus.sample import sampled_size as _sampled_size

x = sp.Symbol("x", real=True)
y = sp.Symbol("y", real=True)
SIGMOID = 1 / (1 + sp.exp(-x))


@pytest.mark.parametrize("expr", [
    sp.tanh(x) * SIGMOID, sp.sec(x) ** 2 * sp.atan(x), sp.log(x**2 + 1, 2),
    sp.sqrt(1 - x**2), x**x, sp.Abs(x - 1) * sp.sign(x), sp.Max(0, x - 1),
    sp.Piecewise((x**2, x < 1), (2 * x, True)), sp.exp(x * y) + sp.acosh(x + 2), sp.pi * sp.E,
])
def test_mpmath_walk_agrees_with_evalf(expr: sp.Expr) -> None:
    point = {x: sp.Rational(7, 11), y: sp.Rational(13, 9)}
    env = {s: sp.Float(v, 60)._to_mpmath(200) for s, v in point.items()}
    import mpmath

    with mpmath.workdps(60):
        ours = complex(_mp(expr, env, {}))
    direct = complex(sp.N(expr.subs(point), 50))
    assert abs(ours - direct) <= 1e-40 * (1 + abs(direct))


def test_off_by_a_constant_fails() -> None:
    d = sp.diff(sp.tanh(x) * SIGMOID, x, 2)
    assert same(d, d.expand())  # the same function in another form
    assert not same(d + 1, d)
    assert not same(d + sp.Rational(1, 10**20), d)  # tiny, still caught
    assert not same(d * (1 + sp.Rational(1, 10**25)), d)


def test_wrong_matrix_entry_fails() -> None:
    h = sp.hessian(sp.exp(x * y) * sp.sin(x), (x, y))
    bad = h.copy()
    bad[0, 1] += x / 10**15
    assert same(h, h.applyfunc(sp.expand)) and not same(bad, h)


def test_unknown_nodes_fall_back_to_evalf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sample._MP_FUNCTIONS, sp.tanh)
    f = sp.tanh(x) ** 2 + x
    assert _sampled_size(f, 1 - 1 / sp.cosh(x) ** 2 + x) < 1e-30
    assert _sampled_size(f, f + 1) > 0.1


def test_corrupted_step_in_a_rule_tree_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    # tanh′ = 1 − tanh² made wrong by a factor: the product and chain rules above it replay it.
    original = HyperbolicRule.eval
    monkeypatch.setattr(HyperbolicRule, "eval", lambda self: original(self) * 2)
    sol = solve("second derivative of 5 tanh(x) sigmoid(x)")
    assert any("did not match" in n for n in sol.notes)
    t = sp.Symbol("x")
    direct = sp.diff(5 * sp.tanh(t) / (1 + sp.exp(-t)), t, 2)
    assert abs(sp.N((sol.answer - direct).subs(t, sp.Rational(1, 3)))) < 1e-12  # SymPy's


def test_corrupted_product_rule_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ProductRule, "eval",
                        lambda self: sp.Add(*[c.eval() for c in self.children()]))
    sol = solve("hessian of sin(x) e^(x y)")
    assert any("did not match" in n for n in sol.notes)


def test_a_wrong_trig_table_entry_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TrigRule, "eval", lambda self: sp.sec(self.expr.args[0]) ** 2 + 1)
    sol = solve("d/dx tan x")
    assert any("did not match" in n for n in sol.notes)


def test_right_answers_pass_without_a_note() -> None:
    for text in ("second derivative of 5 tanh(x) sigmoid(x)", "hessian of sin(x) e^(x y)",
                 "taylor series of e^x about x = 1 order 3"):
        assert not any("did not match" in n for n in solve(text).notes), text


def test_implied_check_still_catches_an_entry_in_the_wrong_place(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from solver.calculus import matrices

    original = matrices.partial_entries

    def swapped(f, variables, name="f", direct=None):
        results, steps, notes = original(f, variables, name, direct)
        return results[::-1], steps, notes  # ∂f/∂y where ∂f/∂x belongs

    monkeypatch.setattr(matrices, "partial_entries", swapped)
    sol = solve("gradient of x^2 y + sin(y)")
    assert any("did not match" in n for n in sol.notes)
    t, u = sp.symbols("x y")
    assert sol.answer == sp.Matrix([2 * t * u, t**2 + sp.cos(u)])  # SymPy's, in order


def test_implied_check_on_matrices_directly() -> None:
    h = sp.Matrix([[2 * y, 2 * x], [2 * x, 0]])
    notes: list[str] = []
    assert check.checked(h, h.T, "H", notes, implied=True) == h and not notes
    wrong = sp.Matrix([[2 * x, 2 * y], [2 * x, 0]])
    assert check.checked(wrong, h, "H", notes, implied=True) == h and notes


def test_chain_rule_pairing_slip_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    from solver.calculus import derivatives

    real_tidy = derivatives.tidy

    def off_by_one(expr, light=False):  # the combined df/dt (in t, after the subs) + 1
        names = {s.name for s in getattr(expr, "free_symbols", ())}
        return real_tidy(expr, light) + (1 if names == {"t"} and expr.has(sp.sin) else 0)

    monkeypatch.setattr(derivatives, "tidy", off_by_one)
    sol = solve("df/dt for f = x^2 y, x = cos t, y = sin t")
    assert any("did not match" in n for n in sol.notes)
