"""The derivative rule tree: every rule's eval() replays to sympy.diff, and the step printer."""

from __future__ import annotations

import pytest
import sympy as sp

from solver.calculus.build import build_rule
from solver.calculus.check import same
from solver.calculus.rules import (
    ALL_RULES,
    AbsRule,
    ChainRule,
    ConstantMultipleRule,
    ExpRule,
    FallbackRule,
    HyperbolicRule,
    InverseTrigRule,
    LogRule,
    MaxMinRule,
    PiecewiseRule,
    PowerRule,
    ProductRule,
    QuotientRule,
    RewriteRule,
    Rule,
    SumRule,
    TrigRule,
)
from solver.calculus.steps import rule_steps

x = sp.Symbol("x", real=True)
a, b = sp.symbols("a b", real=True)

EXAMPLES = [
    x**2 * sp.sin(x),  # product, power, trig
    sp.sin(x) / x,  # quotient
    1 / (1 + sp.exp(-x)),  # sigmoid: chain, sum, constant, exp
    sp.tanh(3 * x),  # hyperbolic in a chain
    sp.Max(0, x),  # relu
    sp.log(x, 2),  # log base 2
    sp.log(x**2 + 1, 2),
    sp.Abs(x**2 - 1),
    x**x,  # rewrite
    a * x**3 + b * x - 5,  # constants a, b
    sp.sqrt(1 - x**2),
    sp.atan(x**2),
    sp.asin(2 * x),
    sp.asec(x),
    sp.acosh(x),
    sp.exp(sp.sin(x) ** 2),
    2**x,
    3 ** (x**2),
    sp.Piecewise((0, x < 0), (x**2, True)),
    sp.erf(x),  # fallback
    sp.Min(x, x**2),
    sp.sin(sp.cos(sp.tan(x))),
    x * sp.exp(-x),
    (x + 1) / (x - 1) ** 2,
    sp.cot(x) + sp.sec(x) + sp.csc(x) + sp.cos(x),
    sp.acot(x) + sp.acos(x) + sp.acsc(x),
    sp.sinh(x) + sp.cosh(x) + sp.coth(x) + sp.sech(x) + sp.csch(x) + sp.asinh(x) + sp.atanh(x),
    sp.log(sp.sin(x)) * sp.exp(2 * x) / (1 + x**2),
]


def _nodes(rule: Rule) -> list[Rule]:
    out, todo = [], [rule]
    while todo:
        node = todo.pop()
        out.append(node)
        todo += node.children()
    return out


@pytest.mark.parametrize("expr", EXAMPLES, ids=str)
def test_every_node_replays_to_sympy_diff(expr: sp.Expr) -> None:
    for node in _nodes(build_rule(expr, x)):
        assert same(node.eval(), sp.diff(node.expr, node.var)), (type(node).__name__, node.expr)


def test_examples_cover_every_rule_type() -> None:
    seen = {type(n) for e in EXAMPLES for n in _nodes(build_rule(e, x))}
    assert seen == set(ALL_RULES)


@pytest.mark.parametrize(("expr", "rule_type"), [
    (x**5, PowerRule),
    (3 * x**2, ConstantMultipleRule),
    (x**2 + x, SumRule),
    (x * sp.sin(x), ProductRule),
    (sp.sin(x) / x**2, QuotientRule),
    (sp.sin(3 * x), ChainRule),
    (sp.exp(x), ExpRule),
    (sp.log(x, 2), LogRule),
    (sp.cos(x), TrigRule),
    (sp.atan(x), InverseTrigRule),
    (sp.tanh(x), HyperbolicRule),
    (sp.Abs(x), AbsRule),
    (sp.Max(0, x), MaxMinRule),
    (sp.Piecewise((x, x > 0), (0, True)), PiecewiseRule),
    (x**x, RewriteRule),
    (sp.erf(x), FallbackRule),
])
def test_dispatcher_picks_the_rule(expr: sp.Expr, rule_type: type) -> None:
    assert isinstance(build_rule(expr, x), rule_type)


def test_log_base_two_is_one_rule() -> None:
    rule = build_rule(sp.log(x, 2), x)
    assert isinstance(rule, LogRule) and rule.base == 2
    assert rule.eval() == 1 / (x * sp.log(2))


def test_chain_names_the_substitution() -> None:
    rule = build_rule(sp.sin(x**2), x)
    assert isinstance(rule, ChainRule) and rule.inner == x**2
    steps = rule_steps(rule)
    assert any("Let u = x²" in m for s in steps for m in s.math)


def test_nested_chains_use_distinct_names() -> None:
    rule = build_rule(sp.sin(sp.cos(x**2)), x)
    names = {n.u.name for n in _nodes(rule) if isinstance(n, ChainRule)}
    assert len(names) == 2


def test_constant_multiple_is_one_line_not_a_step() -> None:
    steps = rule_steps(build_rule(3 * x**2 + 2 * x, x))
    assert len(steps) == 1 and steps[0].title.startswith("Sum rule")
    text = "\n".join(steps[0].math)
    assert "= 6·x + 2" in text
    assert "multiply by 1" not in text.lower() and "·1" not in text


def test_quotient_steps_show_the_formula() -> None:
    steps = rule_steps(build_rule(sp.sin(x) / x, x))
    assert steps[-1].title.startswith("Quotient rule")
    assert steps[-1].why == "(f/g)′ = (f′·g − f·g′)/g²"


def test_deep_trees_keep_summary_short() -> None:
    expr = sp.sin(sp.exp(sp.cos(sp.log(x**2 + 1)))) * sp.tan(x**3 + x) / (x**4 + 1)
    steps = rule_steps(build_rule(expr, x))
    assert sum(not s.detail for s in steps) <= 4
    assert not steps[-1].detail
