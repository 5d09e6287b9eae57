"""The calculus solvers: answers equal SymPy's, the steps say what they should, renders fit."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
import sympy as sp

from solver import CALCULUS_KINDS, Problem, Solution, TooHard
from solver.calculus import SOLVERS
from solver.calculus.rules import PowerRule
from solver.dispatch import solve_problem

x, y, z, t, a, b, w = sp.symbols("x y z t a b w")


def solve(kind: str, **fields) -> Solution:
    return solve_problem(Problem(kind, **fields))


def text_of(sol: Solution) -> str:
    return sol.render("text")


def test_every_calculus_kind_has_a_solver() -> None:
    assert set(SOLVERS) == set(CALCULUS_KINDS)


# ---------------------------------------------------------------- derivatives
@pytest.mark.parametrize("expr", [
    x**2 * sp.sin(x),
    sp.sin(x) / x,
    1 / (1 + sp.exp(-x)),
    sp.tanh(x),
    sp.log(x, 2),
    sp.exp(x) * sp.cos(x) / (1 + x**2),
    sp.sqrt(x**2 + 1) * sp.atan(x),
    sp.sin(sp.cos(x**2)),
    x**x,
])
def test_derivative_matches_sympy(expr: sp.Expr) -> None:
    sol = solve("derivative", expr=expr, variables=(x,))
    assert sp.simplify(sol.answer - sp.diff(expr, x)) == 0
    assert sol.answer.free_symbols <= {x}  # the student's own symbols, not real copies
    assert not any("did not match" in n for n in sol.notes)


def test_product_steps_name_the_rule_and_pieces() -> None:
    out = text_of(solve("derivative", expr=x**2 * sp.sin(x), variables=(x,)))
    assert "Product rule" in out and "d/dx(x²) = 2·x   (power rule)" in out
    assert "d/dx(sin(x)) = cos(x)   (trig rule)" in out


def test_sigmoid_keeps_exponentials() -> None:
    sol = solve("derivative", expr=1 / (1 + sp.exp(-x)), variables=(x,))
    assert not sol.answer.has(sp.cosh)
    assert "Chain rule" in text_of(sol)


def test_tanh() -> None:
    sol = solve("derivative", expr=sp.tanh(x), variables=(x,))
    assert sp.simplify(sol.answer - (1 - sp.tanh(x) ** 2)) == 0
    assert "Hyperbolic rule" in text_of(sol)


def test_relu_with_parser_note() -> None:
    note = "relu is not differentiable at x = 0"
    sol = solve("derivative", expr=sp.Max(0, x), variables=(x,), options={"notes": [note]})
    assert sol.answer == sp.Heaviside(x)
    assert sol.notes[0] == note
    assert not any("corner" in n for n in sol.notes)  # said once, by the parser
    bare = solve("derivative", expr=sp.Max(0, x), variables=(x,))
    assert any("corner" in n for n in bare.notes)


def test_abs_has_piecewise_note() -> None:
    sol = solve("derivative", expr=sp.Abs(x), variables=(x,))
    assert sol.answer == sp.sign(x)
    assert any("corner" in n for n in sol.notes)


def test_log_base_two() -> None:
    sol = solve("derivative", expr=sp.log(x**2, 2), variables=(x,))
    assert sp.simplify(sol.answer - 2 / (x * sp.log(2))) == 0
    assert "logarithm rule" in text_of(sol)


def test_derivative_at_a_point() -> None:
    sol = solve("derivative", expr=x**3, variables=(x,), point={x: 2})
    assert sol.answer == 3 * x**2
    assert "12" in sol.answer_text


def test_variable_defaults_to_x() -> None:
    assert solve("derivative", expr=a * x**2).answer == 2 * a * x


def test_mismatch_returns_sympy_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PowerRule, "eval", lambda self: self.var ** self.exp)  # a wrong rule
    sol = solve("derivative", expr=x**3, variables=(x,))
    assert sol.answer == 3 * x**2
    assert any("did not match" in n for n in sol.notes)


def test_higher_derivative() -> None:
    sol = solve("higher_derivative", expr=x**3 * sp.exp(x), variables=(x,), order=3)
    assert sp.simplify(sol.answer - sp.diff(x**3 * sp.exp(x), x, 3)) == 0
    assert "Derivative number 3" in text_of(sol)


# ---------------------------------------------------------------- partials
def test_partial_with_constants() -> None:
    f = a * x**2 + b * y + w * x * y
    sol = solve("partial", expr=f, variables=(x,))
    assert sp.expand(sol.answer - (2 * a * x + w * y)) == 0
    assert "Hold a, b, w, y constant" in text_of(sol)
    assert "∂/∂x" in text_of(sol)


def test_mixed_partial() -> None:
    f = x**2 * y**3 + sp.sin(x * y)
    sol = solve("partial", expr=f, variables=(x, y))
    assert sp.simplify(sol.answer - sp.diff(f, x, y)) == 0


def test_gradient_at_point() -> None:
    f = x**2 * y + sp.exp(x * y)
    sol = solve("gradient", expr=f, variables=(x, y), point={x: 1, y: 0})
    assert sol.answer == sp.Matrix([0, 2])
    assert "y held constant" in text_of(sol)


def test_gradient_symbolic_order() -> None:
    sol = solve("gradient", expr=y * z + x**2)
    assert sol.answer == sp.Matrix([2 * x, z, y])


def test_jacobian_of_u_v() -> None:
    u, v = x**2 * y, x + sp.sin(y)
    sol = solve("jacobian", exprs=(u, v), variables=(x, y))
    assert sol.answer == sp.Matrix([[2 * x * y, x**2], [1, sp.cos(y)]])
    assert "Row 2" in text_of(sol)


def test_jacobian_polar() -> None:
    r, th = sp.symbols("r theta")
    sol = solve("jacobian", exprs=(r * sp.cos(th), r * sp.sin(th)), variables=(r, th))
    assert sp.simplify(sol.answer.det() - r) == 0


def test_hessian_symmetric_and_noted() -> None:
    f = x**3 + x * y**2 - 3 * x + sp.exp(x * y)
    sol = solve("hessian", expr=f, variables=(x, y))
    assert sp.simplify(sol.answer - sp.hessian(f, (x, y))) == sp.zeros(2, 2)
    assert sol.answer == sol.answer.T
    assert "symmetric" in text_of(sol)


def test_hessian_at_point() -> None:
    sol = solve("hessian", expr=x**2 * y + y**3, variables=(x, y), point={x: 1, y: 2})
    assert sol.answer == sp.Matrix([[4, 2], [2, 12]])


# ---------------------------------------------------------------- Taylor
def test_taylor_about_a_point() -> None:
    sol = solve("taylor", expr=sp.exp(x), variables=(x,), point={x: 1}, order=3)
    expected = sp.series(sp.exp(x), x, 1, 4).removeO()
    assert sp.expand(sol.answer - expected) == 0
    assert "c3 = f′′′(1)/3! = e/6" in text_of(sol)


def test_taylor_default_order_one_variable() -> None:
    sol = solve("taylor", expr=sp.sin(x), variables=(x,))
    assert sp.expand(sol.answer - (x - x**3 / 6)) == 0


def test_taylor_two_variables_gradient_hessian_form() -> None:
    f = sp.exp(x) * sp.sin(y)
    sol = solve("taylor", expr=f, variables=(x, y), point={x: 0, y: sp.pi / 2})
    assert sp.expand(sol.answer - (1 + x + x**2 / 2 - (y - sp.pi / 2) ** 2 / 2)) == 0
    assert "½ΔᵀH(a)Δ" in text_of(sol)


def test_taylor_two_variables_order_three() -> None:
    f = sp.exp(x) * sp.cos(y)
    sol = solve("taylor", expr=f, variables=(x, y), order=3)
    expected = 1 + x + x**2 / 2 - y**2 / 2 + x**3 / 6 - x * y**2 / 2
    assert sp.expand(sol.answer - expected) == 0


def test_taylor_not_defined() -> None:
    with pytest.raises(TooHard):
        solve("taylor", expr=sp.log(x), variables=(x,))


# ---------------------------------------------------------------- critical points
@pytest.mark.parametrize(("f", "kinds"), [
    (x**2 + y**2, ["minimum"]),
    (-(x**2) - y**2 + 2 * x, ["maximum"]),
    (x**2 - y**2, ["saddle point"]),
    (x**4 + y**4, ["test inconclusive"]),
    (x**3 + x * y**2 - 3 * x, ["maximum", "saddle point", "saddle point", "minimum"]),
])
def test_critical_points_classified(f: sp.Expr, kinds: list[str]) -> None:
    sol = solve("critical_points", expr=f, variables=(x, y))
    assert len(sol.answer) == len(kinds)
    for p in sol.answer:
        assert all(sp.simplify(sp.diff(f, v).subs(p)) == 0 for v in (x, y))
    found = re.findall(r"\) ([a-z ]+)", sol.answer_text)
    assert found == kinds
    assert "= 0" in text_of(sol)  # the ∇f = 0 system is shown


def test_critical_points_one_variable_and_three() -> None:
    sol = solve("critical_points", expr=x**3 - 3 * x, variables=(x,))
    assert sol.answer == [{x: -1}, {x: 1}]
    assert sol.answer_text == "(−1) maximum; (1) minimum"
    sol3 = solve("critical_points", expr=x**2 + y**2 + z**2 - x * y)
    assert sol3.answer == [{x: 0, y: 0, z: 0}] and "minimum" in sol3.answer_text


def test_critical_points_real_only() -> None:
    sol = solve("critical_points", expr=x**4 / 4 + x, variables=(x,))  # x³ = −1
    assert sol.answer == [{x: -1}]


# ---------------------------------------------------------------- chain rule, optimisation
def test_multivariate_chain_rule() -> None:
    f = x**2 * y
    sol = solve("chain_rule", expr=f, variables=(t,),
                options={"subs": {x: sp.cos(t), y: sp.sin(t)}})
    assert sp.simplify(sol.answer - sp.diff(sp.cos(t) ** 2 * sp.sin(t), t)) == 0
    assert "∂f/∂x·dx/dt + ∂f/∂y·dy/dt" in text_of(sol)


def test_newton_exact_then_float() -> None:
    sol = solve("newton", expr=x**3 - 2 * x - 5, variables=(x,), point={x: 2},
                options={"steps": 3})
    assert sol.answer[:3] == [2, sp.Rational(21, 10), sp.Rational(11761, 5615)]
    assert isinstance(sol.answer[3], sp.Float)
    assert abs(float(sol.answer[3]) - 2.0945514815423265) < 1e-6


def test_newton_transcendental_floats() -> None:
    sol = solve("newton", expr=sp.cos(x) - x, variables=(x,), point={x: 1})
    assert len(sol.answer) == 4 and abs(float(sol.answer[-1]) - 0.7390851332) < 1e-6


def test_gradient_descent_exact() -> None:
    sol = solve("gradient_descent", expr=x**2 + 3 * y**2, variables=(x, y),
                point={x: 1, y: 1}, options={"lr": sp.Rational(1, 10), "steps": 2})
    assert sol.answer == [{x: 1, y: 1}, {x: sp.Rational(4, 5), y: sp.Rational(2, 5)},
                          {x: sp.Rational(16, 25), y: sp.Rational(4, 25)}]


def test_gradient_descent_default_lr_note() -> None:
    sol = solve("gradient_descent", expr=(x - 1) ** 2, variables=(x,), point={x: 0})
    assert len(sol.answer) == 4 and any("0.1" in n for n in sol.notes)


def test_loss_gradient_squared_error() -> None:
    loss = (y - (w * x + b)) ** 2
    data = [{x: 1, y: 2}, {x: 2, y: 3}, {x: 3, y: 5}]
    sol = solve("loss_gradient", expr=loss, variables=(w, b), options={"data": data})
    total = sum(loss.subs(r) for r in data)
    assert sol.answer == sp.Matrix([sp.expand(sp.diff(total, w)), sp.expand(sp.diff(total, b))])
    at = solve("loss_gradient", expr=loss, variables=(w, b), options={"data": data},
               point={w: 0, b: 0})
    assert at.answer == sp.Matrix([-46, -20])


# ---------------------------------------------------------------- rendering
class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ok = True

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.ok = False


def _balanced(html: str) -> bool:
    parser = _Tags()
    parser.feed(html)
    return parser.ok and not parser.stack


RENDER_CASES = [
    Problem("derivative", expr=x**2 * sp.sin(x), variables=(x,)),
    Problem("derivative", expr=sp.sin(sp.exp(sp.cos(sp.log(x**2 + 1)))) * sp.tan(x**3 + x)
            / (x**4 + 1) * sp.atan(sp.sqrt(x)), variables=(x,)),
    Problem("higher_derivative", expr=sp.exp(x) * sp.sin(x) / x, variables=(x,), order=4),
    Problem("hessian", expr=sp.exp(x * y * z) + x**2 * sp.sin(y * z), variables=(x, y, z)),
    Problem("jacobian", exprs=(x * y * z, x**2 + sp.sin(y), sp.exp(z * x)), variables=(x, y, z)),
    Problem("taylor", expr=sp.exp(x) * sp.cos(y), variables=(x, y), order=3),
    Problem("critical_points", expr=x**3 + x * y**2 - 3 * x, variables=(x, y)),
    Problem("gradient_descent", expr=x**2 + 3 * y**2, variables=(x, y), point={x: 1, y: 1},
            options={"lr": 0.1, "steps": 10}),
]


@pytest.mark.parametrize("problem", RENDER_CASES, ids=lambda p: p.kind)
def test_render_fits_telegram_and_tags_balance(problem: Problem) -> None:
    sol = solve_problem(problem)
    for detail in (False, True):
        html = sol.render("html", detail=detail)
        assert len(html) <= 4096
        assert _balanced(html), html
    for page in sol.render_pages("html"):
        assert len(page) <= 4096 and _balanced(page)
    assert sol.render("text")


def test_same_rejects_near_misses_and_accepts_large_identities() -> None:
    from solver.calculus.check import same

    x = sp.Symbol("x")
    assert not same(x**2 + sp.exp(-1) * x**3, x**2 + sp.Rational(3679, 10000) * x**3)
    f = (1 / (1 + sp.exp(-x))) / (sp.cos(x) + 3)
    series = sp.series(f, x, 1, 4).removeO()
    ours = sum(sp.diff(f, x, k).subs(x, 1) / sp.factorial(k) * (x - 1) ** k for k in range(4))
    assert same(ours, series)
    assert not same(ours, series + sp.Rational(1, 10**12) * (x - 1) ** 3)
