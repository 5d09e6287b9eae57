"""The rules of differentiation as a tree: one small class per technique.

In the manner of SymPy's ``integrals/manualintegrate.py``: each rule records what it was applied
to (``expr``, with respect to ``var``) and the sub-rules it needs; ``eval()`` recomputes the
derivative from the tree alone, so a test can replay every tree against ``sympy.diff``.
Building the tree is ``solver.calculus.build``; printing it is ``solver.calculus.steps``.

Usage::

    rule = build_rule(x**2 * sp.sin(x), x)   # ProductRule(PowerRule, TrigRule)
    rule.eval()                              # 2*x*sin(x) + x**2*cos(x)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import sympy as sp

logger = logging.getLogger(__name__)

_U = sp.Symbol("u")
# d/du f(u) for the elementary functions: written out here, never taken from sympy.diff.
TRIG: dict[type, Callable[[sp.Expr], sp.Expr]] = {
    sp.sin: sp.cos,
    sp.cos: lambda u: -sp.sin(u),
    sp.tan: lambda u: sp.sec(u) ** 2,  # as a course writes it (SymPy says 1 + tan² u)
    sp.cot: lambda u: -sp.csc(u) ** 2,  # (SymPy: −1 − cot² u)
    sp.sec: lambda u: sp.sec(u) * sp.tan(u),
    sp.csc: lambda u: -sp.csc(u) * sp.cot(u),
}
INVERSE_TRIG: dict[type, Callable[[sp.Expr], sp.Expr]] = {
    sp.asin: lambda u: 1 / sp.sqrt(1 - u**2),
    sp.acos: lambda u: -1 / sp.sqrt(1 - u**2),
    sp.atan: lambda u: 1 / (1 + u**2),
    sp.acot: lambda u: -1 / (1 + u**2),
    sp.asec: lambda u: 1 / (u**2 * sp.sqrt(1 - 1 / u**2)),
    sp.acsc: lambda u: -1 / (u**2 * sp.sqrt(1 - 1 / u**2)),
}
HYPERBOLIC: dict[type, Callable[[sp.Expr], sp.Expr]] = {
    sp.sinh: sp.cosh,
    sp.cosh: sp.sinh,
    sp.tanh: lambda u: 1 - sp.tanh(u) ** 2,
    sp.coth: lambda u: -1 / sp.sinh(u) ** 2,
    sp.sech: lambda u: -sp.tanh(u) * sp.sech(u),
    sp.csch: lambda u: -sp.coth(u) * sp.csch(u),
    sp.asinh: lambda u: 1 / sp.sqrt(u**2 + 1),
    sp.acosh: lambda u: 1 / (sp.sqrt(u - 1) * sp.sqrt(u + 1)),
    sp.atanh: lambda u: 1 / (1 - u**2),
}
# How each table's rule reads to a student (f(u) on the left, the derivative on the right).
FORMULAS: dict[type, str] = {
    sp.sin: "(sin u)′ = cos u", sp.cos: "(cos u)′ = −sin u",
    sp.tan: "(tan u)′ = sec² u",
    sp.cot: "(cot u)′ = −csc² u", sp.sec: "(sec u)′ = sec u·tan u",
    sp.csc: "(csc u)′ = −csc u·cot u",
    sp.asin: "(arcsin u)′ = 1/√(1 − u²)", sp.acos: "(arccos u)′ = −1/√(1 − u²)",
    sp.atan: "(arctan u)′ = 1/(1 + u²)", sp.acot: "(arccot u)′ = −1/(1 + u²)",
    sp.asec: "(arcsec u)′ = 1/(|u|·√(u² − 1))", sp.acsc: "(arccsc u)′ = −1/(|u|·√(u² − 1))",
    sp.sinh: "(sinh u)′ = cosh u", sp.cosh: "(cosh u)′ = sinh u",
    sp.tanh: "(tanh u)′ = 1 − tanh² u", sp.coth: "(coth u)′ = −1/sinh² u",
    sp.sech: "(sech u)′ = −tanh u·sech u", sp.csch: "(csch u)′ = −coth u·csch u",
    sp.asinh: "(arsinh u)′ = 1/√(u² + 1)", sp.acosh: "(arcosh u)′ = 1/√(u² − 1)",
    sp.atanh: "(artanh u)′ = 1/(1 − u²)",
}


@dataclass
class Rule:
    """A differentiation step: d/d``var`` of ``expr``."""

    expr: sp.Expr
    var: sp.Symbol

    name = "rule"
    formula = ""

    def eval(self) -> sp.Expr:
        raise NotImplementedError

    def children(self) -> list[Rule]:
        return []

    @property
    def is_leaf(self) -> bool:
        return not self.children()


@dataclass
class ConstantRule(Rule):
    """The expression does not contain the variable: its derivative is 0."""

    name = "Constant rule"
    formula = "(c)′ = 0"

    def eval(self) -> sp.Expr:
        return sp.S.Zero


@dataclass
class VariableRule(Rule):
    """d/dx x = 1."""

    name = "Variable rule"
    formula = "(x)′ = 1"

    def eval(self) -> sp.Expr:
        return sp.S.One


@dataclass
class PowerRule(Rule):
    """d/dx xⁿ = n·xⁿ⁻¹ (``expr`` is var**exp, ``exp`` free of var)."""

    exp: sp.Expr = sp.S.One
    name = "Power rule"
    formula = "(xⁿ)′ = n·xⁿ⁻¹"

    def eval(self) -> sp.Expr:
        return self.exp * self.var ** (self.exp - 1)


@dataclass
class ConstantMultipleRule(Rule):
    """(c·f)′ = c·f′."""

    const: sp.Expr = sp.S.One
    other: Rule | None = None
    name = "Constant multiple rule"
    formula = "(c·f)′ = c·f′"

    def eval(self) -> sp.Expr:
        return self.const * _need(self.other).eval()

    def children(self) -> list[Rule]:
        return [_need(self.other)]


@dataclass
class SumRule(Rule):
    """(f + g)′ = f′ + g′."""

    terms: list[Rule] = field(default_factory=list)
    name = "Sum rule"
    formula = "(f + g)′ = f′ + g′"

    def eval(self) -> sp.Expr:
        return sp.Add(*[t.eval() for t in self.terms])

    def children(self) -> list[Rule]:
        return list(self.terms)


@dataclass
class ProductRule(Rule):
    """(f·g)′ = f′·g + f·g′."""

    f: sp.Expr = sp.S.One
    g: sp.Expr = sp.S.One
    f_rule: Rule | None = None
    g_rule: Rule | None = None
    name = "Product rule"
    formula = "(f·g)′ = f′·g + f·g′"

    def eval(self) -> sp.Expr:
        return _need(self.f_rule).eval() * self.g + self.f * _need(self.g_rule).eval()

    def children(self) -> list[Rule]:
        return [_need(self.f_rule), _need(self.g_rule)]


@dataclass
class QuotientRule(Rule):
    """(f/g)′ = (f′·g − f·g′)/g²."""

    num: sp.Expr = sp.S.One
    den: sp.Expr = sp.S.One
    num_rule: Rule | None = None
    den_rule: Rule | None = None
    name = "Quotient rule"
    formula = "(f/g)′ = (f′·g − f·g′)/g²"

    def eval(self) -> sp.Expr:
        f_d, g_d = _need(self.num_rule).eval(), _need(self.den_rule).eval()
        return (f_d * self.den - self.num * g_d) / self.den**2

    def children(self) -> list[Rule]:
        return [_need(self.num_rule), _need(self.den_rule)]


@dataclass
class ChainRule(Rule):
    """(f(u))′ = f′(u)·u′ with u = ``inner``; ``outer`` differentiates f(u) in ``u``."""

    u: sp.Symbol = _U
    inner: sp.Expr = sp.S.Zero
    outer: Rule | None = None
    inner_rule: Rule | None = None
    name = "Chain rule"
    formula = "d/dx f(u) = f′(u)·du/dx"

    def eval(self) -> sp.Expr:
        outer = _need(self.outer).eval().xreplace({self.u: self.inner})
        return outer * _need(self.inner_rule).eval()

    def children(self) -> list[Rule]:
        return [_need(self.outer), _need(self.inner_rule)]


@dataclass
class ExpRule(Rule):
    """(eˣ)′ = eˣ and (aˣ)′ = aˣ·ln a (``base`` free of the variable)."""

    base: sp.Expr = sp.E
    name = "Exponential rule"

    @property
    def formula(self) -> str:  # type: ignore[override]
        return "(eˣ)′ = eˣ" if self.base == sp.E else "(aˣ)′ = aˣ·ln a"

    def eval(self) -> sp.Expr:
        if self.base == sp.E:
            return sp.exp(self.var)
        return self.base**self.var * sp.log(self.base)


@dataclass
class LogRule(Rule):
    """(ln x)′ = 1/x and (log_b x)′ = 1/(x·ln b)."""

    base: sp.Expr = sp.E
    name = "Logarithm rule"

    @property
    def formula(self) -> str:  # type: ignore[override]
        return "(ln x)′ = 1/x" if self.base == sp.E else "(log_b x)′ = 1/(x·ln b)"

    def eval(self) -> sp.Expr:
        if self.base == sp.E:
            return 1 / self.var
        return 1 / (self.var * sp.log(self.base))


@dataclass
class _TableRule(Rule):
    """f(x) for a function whose derivative is in one of the tables above."""

    func: type = sp.sin
    table = TRIG

    @property
    def formula(self) -> str:  # type: ignore[override]
        return FORMULAS[self.func]

    def eval(self) -> sp.Expr:
        return self.table[self.func](self.var)


@dataclass
class TrigRule(_TableRule):
    name = "Trig rule"
    table = TRIG


@dataclass
class InverseTrigRule(_TableRule):
    func: type = sp.atan
    name = "Inverse trig rule"
    table = INVERSE_TRIG


@dataclass
class HyperbolicRule(_TableRule):
    func: type = sp.tanh
    name = "Hyperbolic rule"
    table = HYPERBOLIC


@dataclass
class AbsRule(Rule):
    """|x|′ = sign(x) for x ≠ 0 (|x| has a corner at 0)."""

    name = "Absolute value rule"
    formula = "|x|′ = x/|x| = sign(x), for x ≠ 0"

    def eval(self) -> sp.Expr:
        return sp.sign(self.var)


@dataclass
class MaxMinRule(Rule):
    """max/min of two or more pieces: the derivative of whichever piece is active.

    Written with Heaviside steps H (as SymPy does): max(f, g)′ = H(f − g)·f′ + H(g − f)·g′.
    """

    pieces: list[Rule] = field(default_factory=list)
    name = "Max/min rule (ReLU)"
    formula = "max(f, g)′ = f′ where f > g, g′ where g > f"

    def eval(self) -> sp.Expr:
        args = [p.expr for p in self.pieces]
        total = sp.S.Zero
        for i, piece in enumerate(self.pieces):
            others = args[:i] + args[i + 1:]
            if isinstance(self.expr, sp.Max):
                step = sp.Heaviside(args[i] - sp.Max(*others))
            else:
                step = sp.Heaviside(sp.Min(*others) - args[i])
            total += step * piece.eval()
        return total

    def children(self) -> list[Rule]:
        return list(self.pieces)


@dataclass
class PiecewiseRule(Rule):
    """Differentiate each piece on its own interval."""

    pieces: list[tuple[Rule, sp.Basic]] = field(default_factory=list)
    name = "Piecewise rule"
    formula = "differentiate each piece on its own interval"

    def eval(self) -> sp.Expr:
        return sp.Piecewise(*[(rule.eval(), cond) for rule, cond in self.pieces])

    def children(self) -> list[Rule]:
        return [rule for rule, _ in self.pieces]


@dataclass
class RewriteRule(Rule):
    """Rewrite first (e.g. xˣ = e^(x·ln x)), then differentiate the new form."""

    rewritten: sp.Expr = sp.S.Zero
    sub: Rule | None = None
    name = "Rewrite"
    formula = "f^g = e^(g·ln f)"

    def eval(self) -> sp.Expr:
        return _need(self.sub).eval().xreplace({self.rewritten: self.expr})

    def children(self) -> list[Rule]:
        return [_need(self.sub)]


@dataclass
class FallbackRule(Rule):
    """A function with no rule here: SymPy differentiates it directly (the answer is checked)."""

    name = "Direct differentiation"
    formula = "computed by SymPy"

    def eval(self) -> sp.Expr:
        return sp.diff(self.expr, self.var)


def _need(rule: Rule | None) -> Rule:
    if rule is None:
        raise ValueError("incomplete rule tree")
    return rule


ALL_RULES: tuple[type[Rule], ...] = (
    ConstantRule, VariableRule, PowerRule, ConstantMultipleRule, SumRule, ProductRule,
    QuotientRule, ChainRule, ExpRule, LogRule, TrigRule, InverseTrigRule, HyperbolicRule,
    AbsRule, MaxMinRule, PiecewiseRule, RewriteRule, FallbackRule,
)
