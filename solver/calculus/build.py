"""Build the rule tree for d/dx of an expression (the dispatcher of ``solver.calculus.rules``).

Usage::

    build_rule(sp.sin(x) / x, x)   # QuotientRule(num=sin(x), den=x, ...)
"""

from __future__ import annotations

import logging

import sympy as sp

from .rules import (
    HYPERBOLIC,
    INVERSE_TRIG,
    TRIG,
    AbsRule,
    ChainRule,
    ConstantMultipleRule,
    ConstantRule,
    ExpRule,
    FallbackRule,
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
    VariableRule,
)
from .rules import HyperbolicRule as _Hyp
from .rules import InverseTrigRule as _InvTrig

logger = logging.getLogger(__name__)

_U_NAMES = ("u", "v", "w", "p", "q", "r", "s", "z")
MAX_DEPTH = 40


def build_rule(expr: sp.Expr, var: sp.Symbol) -> Rule:
    """The tree of rules that differentiates ``expr`` with respect to ``var``."""
    return _Builder(expr, var).build(expr, var, 0)


class _Builder:
    """Holds the substitution names already used, so nested chains get u, v, w, ..."""

    def __init__(self, expr: sp.Expr, var: sp.Symbol) -> None:
        self.taken = {s.name for s in expr.free_symbols} | {var.name}

    def fresh(self) -> sp.Symbol:
        for name in _U_NAMES:
            if name not in self.taken:
                self.taken.add(name)
                return sp.Symbol(name, real=True)
        return sp.Dummy("u", real=True)

    def build(self, expr: sp.Expr, x: sp.Symbol, depth: int) -> Rule:
        if depth > MAX_DEPTH:
            return FallbackRule(expr, x)
        if not expr.has(x):
            return ConstantRule(expr, x)
        if expr == x:
            return VariableRule(expr, x)
        if expr.is_Add:
            terms = expr.as_ordered_terms()
            return SumRule(expr, x, [self.build(t, x, depth + 1) for t in terms])
        if expr.is_Mul:
            return self._mul(expr, x, depth)
        if expr.is_Pow:
            return self._pow(expr, x, depth)
        if isinstance(expr, sp.Max | sp.Min):
            return MaxMinRule(expr, x, [self.build(a, x, depth + 1) for a in expr.args])
        if isinstance(expr, sp.Piecewise):
            return PiecewiseRule(
                expr, x, [(self.build(e, x, depth + 1), c) for e, c in expr.args]
            )
        if isinstance(expr, sp.exp | sp.log | sp.Abs) or type(expr) in TRIG or type(
            expr
        ) in INVERSE_TRIG or type(expr) in HYPERBOLIC:
            if len(expr.args) != 1:
                return FallbackRule(expr, x)
            return self._function(expr, x, depth)
        return FallbackRule(expr, x)

    # ------------------------------------------------------------------ pieces
    def _leaf_function(self, expr: sp.Expr, x: sp.Symbol, base: sp.Expr = sp.E) -> Rule:
        """f(x) with the argument exactly the variable."""
        func = type(expr)
        if func is sp.exp:
            return ExpRule(expr, x)
        if func is sp.log:
            return LogRule(expr, x, base=base)
        if func is sp.Abs:
            return AbsRule(expr, x)
        if func in TRIG:
            return TrigRule(expr, x, func=func)
        if func in INVERSE_TRIG:
            return _InvTrig(expr, x, func=func)
        return _Hyp(expr, x, func=func)

    def _function(self, expr: sp.Expr, x: sp.Symbol, depth: int, base: sp.Expr = sp.E) -> Rule:
        arg = expr.args[0]
        if arg == x:
            return self._leaf_function(expr, x, base)
        u = self.fresh()
        outer = self._leaf_function(expr.func(u), u, base)
        if base != sp.E:
            outer.expr = sp.log(u) / sp.log(base)
        return ChainRule(expr, x, u=u, inner=arg, outer=outer,
                         inner_rule=self.build(arg, x, depth + 1))

    def _mul(self, expr: sp.Mul, x: sp.Symbol, depth: int) -> Rule:
        const, dep = expr.as_independent(x, as_Add=False)
        if const != 1:
            # log_b(u) = ln(u)/ln(b): one logarithm rule, not a constant multiple of ln.
            if isinstance(dep, sp.log) and _is_log_base(const):
                rule = self._function(dep, x, depth, base=_log_base(const))
                rule.expr = expr
                return rule
            return ConstantMultipleRule(expr, x, const=const,
                                        other=self.build(dep, x, depth + 1))
        factors = list(expr.args)
        den = [f for f in factors if f.is_Pow and f.exp.is_number and f.exp.is_negative]
        num = [f for f in factors if f not in den]
        if den and num:
            numer = sp.Mul(*num)
            denom = sp.Mul(*[f.base ** (-f.exp) for f in den])
            return QuotientRule(expr, x, num=numer, den=denom,
                                num_rule=self.build(numer, x, depth + 1),
                                den_rule=self.build(denom, x, depth + 1))
        f, g = factors[0], sp.Mul(*factors[1:])
        return ProductRule(expr, x, f=f, g=g, f_rule=self.build(f, x, depth + 1),
                           g_rule=self.build(g, x, depth + 1))

    def _pow(self, expr: sp.Pow, x: sp.Symbol, depth: int) -> Rule:
        base, exp = expr.args
        if not exp.has(x):
            if base == x:
                return PowerRule(expr, x, exp=exp)
            u = self.fresh()
            return ChainRule(expr, x, u=u, inner=base, outer=PowerRule(u**exp, u, exp=exp),
                             inner_rule=self.build(base, x, depth + 1))
        if not base.has(x):
            if exp == x:
                return ExpRule(expr, x, base=base)
            u = self.fresh()
            return ChainRule(expr, x, u=u, inner=exp, outer=ExpRule(base**u, u, base=base),
                             inner_rule=self.build(exp, x, depth + 1))
        rewritten = sp.exp(exp * sp.log(base))
        return RewriteRule(expr, x, rewritten=rewritten,
                           sub=self.build(rewritten, x, depth + 1))


def _is_log_base(const: sp.Expr) -> bool:
    return (const.is_Pow and const.exp == -1 and isinstance(const.base, sp.log)
            and const.base.args[0].is_number)


def _log_base(const: sp.Expr) -> sp.Expr:
    return const.base.args[0]
