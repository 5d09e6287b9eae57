"""Print a rule tree (``solver.calculus.rules``) as the steps a teacher would write.

Simple rules (power, trig, exp, ... applied straight to the variable, and constant multiples of
them) appear as one line inside the step that uses them, tagged with the rule's name; the
structural rules (sum, product, quotient, chain, ...) each get a step, pieces first. Steps nested
more than one structural level deep are ``detail`` steps, shown under "More detail".

Usage::

    steps = rule_steps(build_rule(x**2 * sp.sin(x), x))
"""

from __future__ import annotations

import logging

import sympy as sp

from ..render import inline
from ..solution import Step
from .rules import (
    ChainRule,
    ConstantMultipleRule,
    ConstantRule,
    FallbackRule,
    MaxMinRule,
    PiecewiseRule,
    ProductRule,
    QuotientRule,
    RewriteRule,
    Rule,
    SumRule,
)

logger = logging.getLogger(__name__)

MAX_SHOWN = 12  # above this many steps, only the last (the whole expression) stays in summary


def show(expr: sp.Expr) -> str:
    """``inline`` with piecewise results read out: '0 where x < 0; 1 otherwise'."""
    if isinstance(expr, sp.Piecewise):
        parts = [f"{inline(e)} where {inline(c)}" if c is not sp.true else f"{inline(e)} otherwise"
                 for e, c in expr.args]
        return "; ".join(parts)
    return inline(expr)


def d_op(var: sp.Symbol, partial: bool = False) -> str:
    """``d/dx`` or ``∂/∂x``."""
    name = inline(var)
    return f"∂/∂{name}" if partial else f"d/d{name}"


def wrap(expr: sp.Expr) -> str:
    """Bracket an expression when it is a factor that would otherwise read wrongly."""
    text = inline(expr)
    needs = (expr.is_Add or (expr.is_Number and not expr.is_Integer)
             or isinstance(expr, sp.Piecewise) or expr.could_extract_minus_sign()
             or (expr.is_Pow and expr.exp.is_negative) or "/" in text)
    return f"({text})" if needs else text


def arg(expr: sp.Expr) -> str:
    """The argument of d/dx: bracketed unless a single symbol or number."""
    text = show(expr)
    return f" {text}" if expr.is_Atom else f"({text})"


def rule_steps(rule: Rule, partial: bool = False) -> list[Step]:
    """The steps for one rule tree, ending with the derivative of the whole expression."""
    printer = _Printer(rule.var, partial)
    line = printer.visit(rule, 0)
    if not printer.steps:  # a single simple rule
        printer.steps.append(Step(f"{rule.name}: {printer.d(rule)}", [line], why=rule.formula))
    if len(printer.steps) > MAX_SHOWN:
        for step in printer.steps[:-1]:
            step.detail = True
    return printer.steps


def is_simple(rule: Rule) -> bool:
    """Rules written as one line inside the step that uses them."""
    if isinstance(rule, ConstantMultipleRule):
        return rule.other is not None and is_simple(rule.other)
    return rule.is_leaf and not isinstance(rule, FallbackRule)


class _Printer:
    def __init__(self, var: sp.Symbol, partial: bool) -> None:
        self.var = var
        self.partial = partial
        self.steps: list[Step] = []

    def d(self, rule: Rule, expr: sp.Expr | None = None) -> str:
        expr = rule.expr if expr is None else expr
        return f"{d_op(rule.var, self.partial and rule.var == self.var)}{arg(expr)}"

    def line(self, rule: Rule) -> str:
        return f"{self.d(rule)} = {show(rule.eval())}"

    def visit(self, rule: Rule, depth: int) -> str:
        """Emit the steps of ``rule`` (pieces first) and return its one-line result."""
        if is_simple(rule):
            label = rule.name if not isinstance(rule, ConstantMultipleRule) else (
                f"constant multiple, {_inner_name(rule)}")
            return f"{self.line(rule)}   ({label.lower()})"
        children = [self.visit(c, depth + 1) for c in rule.children()]
        math = self._math(rule, children)
        title = f"{rule.name}: {self.d(rule)}"
        self.steps.append(Step(title, math, why=rule.formula, detail=depth > 1))
        return f"{self.line(rule)}   (worked above)"

    def _math(self, rule: Rule, children: list[str]) -> list[str]:
        result = f"= {show(rule.eval())}"
        if isinstance(rule, SumRule):
            head = " + ".join(self.d(t) for t in rule.terms)
            kept = [c for t, c in zip(rule.terms, children, strict=True)
                    if not isinstance(t, ConstantRule)]
            return [f"{self.d(rule)} = {head}", *kept, result]
        if isinstance(rule, ConstantMultipleRule):
            return [f"{self.d(rule)} = {inline(rule.const)}·{self.d(rule.children()[0])}",
                    *children, result]
        if isinstance(rule, ProductRule):
            f, g = rule.children()
            head = f"{self.d(f)}·{wrap(rule.g)} + {wrap(rule.f)}·{self.d(g)}"
            return [f"{self.d(rule)} = {head}", *children, result]
        if isinstance(rule, QuotientRule):
            f, g = rule.children()
            den = wrap(rule.den)
            head = f"({self.d(f)}·{den} − {wrap(rule.num)}·{self.d(g)}) / {den}²"
            return [f"{self.d(rule)} = {head}", *children, result]
        if isinstance(rule, ChainRule):
            return self._chain(rule, children, result)
        if isinstance(rule, MaxMinRule):
            return [*children, result, "(H is the unit step: 1 where its argument is positive, "
                    "0 where negative; there is a corner where the pieces meet)"]
        if isinstance(rule, PiecewiseRule):
            lines = [f"where {inline(cond)}: {c}" if cond is not sp.true else f"otherwise: {c}"
                     for (_, cond), c in zip(rule.pieces, children, strict=True)]
            return [*lines, result]
        if isinstance(rule, RewriteRule):
            return [f"{inline(rule.expr)} = {inline(rule.rewritten)}", *children, result]
        return [self.line(rule)]  # fallback

    def _chain(self, rule: ChainRule, children: list[str], result: str) -> list[str]:
        u = inline(rule.u)
        outer = rule.children()[0]
        du = f"d{u}/d{inline(rule.var)}" if not self.partial else f"∂{u}/∂{inline(rule.var)}"
        outer_d = outer.eval()
        with sp.evaluate(False):  # 2·(x² + 1), as the substitution reads, not 2·x² + 2
            at_inner = outer_d.xreplace({rule.u: rule.inner})
        return [
            f"Let {u} = {inline(rule.inner)}, so the function is {inline(outer.expr)}",
            f"{children[0]}",
            f"{du} = {children[1].split(' = ', 1)[1]}",
            f"{self.d(rule)} = {wrap(at_inner)}·{du}",
            result,
        ]


def _inner_name(rule: ConstantMultipleRule) -> str:
    inner = rule.other
    while isinstance(inner, ConstantMultipleRule):
        inner = inner.other
    return inner.name if inner is not None else ""
