"""The known functions: how each name builds its SymPy object, and what notes it carries.

Only names in ``FUNCTIONS`` (see ``lexer``) ever become function calls; anything else followed
by brackets is a product (``x(x+1)``) or an error (an unknown function name).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import sympy as sp

from ..errors import ParseError
from ..render import inline

logger = logging.getLogger(__name__)

_ONE: dict[str, Callable[[sp.Expr], sp.Expr]] = {
    "sin": sp.sin, "cos": sp.cos, "tan": sp.tan, "sec": sp.sec, "csc": sp.csc,
    "cosec": sp.csc, "cot": sp.cot, "sinh": sp.sinh, "cosh": sp.cosh, "tanh": sp.tanh,
    "sech": sp.sech, "csch": sp.csch, "coth": sp.coth, "asin": sp.asin, "acos": sp.acos,
    "atan": sp.atan, "arcsin": sp.asin, "arccos": sp.acos, "arctan": sp.atan,
    "arcsec": sp.asec, "arccsc": sp.acsc, "arccot": sp.acot, "asinh": sp.asinh,
    "acosh": sp.acosh, "atanh": sp.atanh, "exp": sp.exp, "ln": sp.log, "sqrt": sp.sqrt,
    "cbrt": sp.cbrt, "sign": sp.sign,
    "sigmoid": lambda a: 1 / (1 + sp.exp(-a)),
    "softplus": lambda a: sp.log(1 + sp.exp(a)),
    "swish": lambda a: a / (1 + sp.exp(-a)),  # x·sigmoid(x); SiLU is the same function
    "silu": lambda a: a / (1 + sp.exp(-a)),
}
INVERSE = {  # sin^-1 x is arcsin x
    "sin": "asin", "cos": "acos", "tan": "atan", "sec": "arcsec", "csc": "arccsc",
    "cosec": "arccsc", "cot": "arccot", "sinh": "asinh", "cosh": "acosh", "tanh": "atanh",
}


def _scalar(name: str, arg: object) -> sp.Expr:
    if not isinstance(arg, sp.Expr):
        raise ParseError(f"{name}(…) needs a number or an expression inside.",
                         f"For example {name}(x) or {name}(2x + 1).")
    if name in ("relu", "max", "min", "sign") and arg.is_number and arg.is_real is False:
        raise ParseError(f"{name} compares real numbers; {inline(arg)} is not real.",
                         f"For example {name}(x).")
    return arg


def apply(name: str, args: list[object], notes: list[str], base: sp.Expr | None = None) -> sp.Expr:
    """``name(*args)`` as a SymPy expression; non-smooth functions add a note."""
    if name in ("max", "min"):
        vals = [_scalar(name, a) for a in args]
        if len(vals) < 2:
            raise ParseError(f"{name} needs at least two values.", f"For example {name}(0, x).")
        if name == "max" and len(vals) == 2 and 0 in vals and vals[0] != vals[1]:
            return apply("relu", [vals[1] if vals[0] == 0 else vals[0]], notes)  # max(0, x)
        out = (sp.Max if name == "max" else sp.Min)(*vals)
        if out.free_symbols:
            notes.append(f"{name}({', '.join(inline(v) for v in vals)}) is not differentiable "
                         "where its arguments are equal")
        return out
    if name in ("log", "lg"):
        if len(args) not in (1, 2):
            raise ParseError("log takes one value (or a value and a base).", "log(x) or log_2 x")
        arg = _scalar(name, args[0])
        if len(args) == 2:
            base = _scalar(name, args[1])
        if name == "lg" and base is None:
            base = sp.Integer(10)
        return sp.log(arg) if base is None else sp.log(arg, base)
    if len(args) != 1:
        raise ParseError(f"{name} takes one value, not {len(args)}.", f"For example {name}(x).")
    arg = _scalar(name, args[0])
    if name == "abs":
        if arg.free_symbols:
            notes.append(f"|{inline(arg)}| is not differentiable at {inline(arg)} = 0")
        return sp.Abs(arg)
    if name == "relu":
        if arg.free_symbols:
            notes.append(f"relu is not differentiable at {inline(arg)} = 0")
        try:
            return sp.Piecewise((0, arg < 0), (arg, True))
        except TypeError:  # a branch of the argument is not real: relu(ln(relu(x))) is zoo at 0
            raise ParseError("relu compares real numbers; part of its argument is not real.",
                             "For example relu(x).") from None
    return _ONE[name](arg)
