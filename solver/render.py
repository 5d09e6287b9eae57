"""SymPy objects as text a phone can show: one-line Unicode math and small matrix blocks.

``inline(obj)`` gives a one-line form (``x²·sin(x)``, ``e^(−x)``, ``[[1, 2], [3, 4]]``);
``block(obj)`` gives a multi-line form for matrices (bracketed rows, aligned columns) and the
inline form for anything else. Both work for SymPy objects, numbers, lists, tuples and dicts.
"""

from __future__ import annotations

import contextvars
import functools
import html
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import mpmath
import sympy as sp
from sympy.printing.pretty.pretty_symbology import pretty_symbol
from sympy.printing.str import StrPrinter

_SUPERSCRIPT = str.maketrans("0123456789-()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁽⁾")
# sin²(x), sec²(x), tanh²(x): the power written after the name, not sin(x)².
_POWER_BEFORE_ARGUMENT = (sp.functions.elementary.trigonometric.TrigonometricFunction,
                          sp.functions.elementary.hyperbolic.HyperbolicFunction)
FIGURE_SPACE = "\u2007"  # as wide as a digit in most fonts: keeps matrix columns aligned
_LOG_NAME: contextvars.ContextVar[str] = contextvars.ContextVar("log_name", default="log")
_LN = re.compile(r"\bln\b", re.IGNORECASE)
_LOG = re.compile(r"\blog", re.IGNORECASE)


def log_name_for(source: str) -> str:
    """"ln" when the student wrote ln (and not log) for the natural logarithm, else "log"."""
    return "ln" if _LN.search(source or "") and not _LOG.search(source or "") else "log"


def log_name() -> str:
    """The natural logarithm's name in force ("ln" or "log"), as ``log_style`` set it."""
    return _LOG_NAME.get()


@contextmanager
def log_style(name: str) -> Iterator[None]:
    """Print the natural logarithm as ``name`` ("ln" or "log") inside this block."""
    token = _LOG_NAME.set(name)
    try:
        yield
    finally:
        _LOG_NAME.reset(token)


@functools.lru_cache(maxsize=1024)
def _pretty_name(name: str) -> str:
    return pretty_symbol(name)  # Greek letters, subscripts: slow, and names repeat


class _UnicodePrinter(StrPrinter):
    """StrPrinter with superscript powers, √, ·, Greek letters and subscripted indices."""

    def _print_Symbol(self, expr: sp.Symbol) -> str:
        return _pretty_name(expr.name)

    _print_Dummy = _print_Symbol

    def _print_Pi(self, expr: Any) -> str:
        return "π"

    def _print_Exp1(self, expr: Any) -> str:
        return "e"

    def _print_ImaginaryUnit(self, expr: Any) -> str:
        return "i"

    def _print_Infinity(self, expr: Any) -> str:
        return "∞"

    def _print_NegativeInfinity(self, expr: Any) -> str:
        return "−∞"

    def _print_exp(self, expr: Any) -> str:
        arg = expr.args[0]
        text = self._print(arg)
        if arg.is_Integer and 0 <= arg < 10**6:
            return "e" + str(arg).translate(_SUPERSCRIPT)
        if arg.is_Atom and not (arg.is_Number and arg < 0):
            return f"e^{text}"
        return f"e^({text})"

    def _print_log(self, expr: Any) -> str:
        return f"{_LOG_NAME.get()}(" + ", ".join(self._print(a) for a in expr.args) + ")"

    def _print_Abs(self, expr: Any) -> str:
        return f"|{self._print(expr.args[0])}|"

    def _print_Pow(self, expr: sp.Pow, rational: bool = False) -> str:
        base, exp = expr.args
        if exp == sp.S.Half:
            inner = self._print(base)
            return f"√{inner}" if base.is_Atom else f"√({inner})"
        if exp == -sp.S.Half:
            inner = self._print(base)
            return f"1/√{inner}" if base.is_Atom else f"1/√({inner})"
        if exp.is_Rational and exp < 0:  # 1/x², never x**(−2) or x⁻²
            flipped = sp.Pow(base, -exp, evaluate=False) if exp != -1 else base
            text = self._print(flipped)
            return f"1/{text}" if self._atomic(flipped) else f"1/({text})"
        base_text = self.parenthesize(base, sp.printing.precedence.PRECEDENCE["Pow"], strict=True)
        if isinstance(base, sp.Function) and not isinstance(base, sp.exp):
            base_text = self._print(base)  # sin(x)² reads fine without extra brackets
        if exp.is_Integer and 0 <= exp < 10**6:
            if isinstance(base, _POWER_BEFORE_ARGUMENT) and "(" in base_text:
                name, _, rest = base_text.partition("(")  # sec²(x), as a course writes it
                return f"{name}{str(exp).translate(_SUPERSCRIPT)}({rest}"
            return base_text + str(exp).translate(_SUPERSCRIPT)
        exp_text = self._print(exp)
        if not (exp.is_Atom and not (exp.is_Number and exp < 0)) or exp.is_Rational:
            exp_text = f"({exp_text})"
        return f"{base_text}^{exp_text}"

    def _atomic(self, expr: sp.Basic) -> bool:
        """True when ``expr`` prints as one unit after "1/" (x², √x, (x + 1)³ ...)."""
        return expr.is_Atom or expr.is_Pow or isinstance(expr, sp.Function)

    def _print_Mul(self, expr: sp.Mul) -> str:
        return super()._print_Mul(expr).replace("*", "·")

    def _print_Derivative(self, expr: Any) -> str:
        fn = self._print(expr.expr)
        parts = "".join(f"∂{self._print(v)}" + (str(n).translate(_SUPERSCRIPT) if n > 1 else "")
                        for v, n in expr.variable_count)
        total = sum(n for _, n in expr.variable_count)
        top = "∂" + (str(total).translate(_SUPERSCRIPT) if total > 1 else "")
        return f"{top}({fn})/{parts}"

    def _print_MatrixBase(self, expr: sp.MatrixBase) -> str:
        if expr.cols == 1 and expr.rows > 1:
            return "(" + ", ".join(self._print(e) for e in expr) + ")"
        return "[" + ", ".join(
            "[" + ", ".join(self._print(e) for e in expr.row(i)) + "]" for i in range(expr.rows)
        ) + "]"

    _print_MutableDenseMatrix = _print_MatrixBase
    _print_ImmutableDenseMatrix = _print_MatrixBase

    def _print_Max(self, expr: Any) -> str:
        return "max(" + ", ".join(self._print(a) for a in expr.args) + ")"

    def _print_Min(self, expr: Any) -> str:
        return "min(" + ", ".join(self._print(a) for a in expr.args) + ")"

    def _print_Heaviside(self, expr: Any) -> str:
        return f"step({self._print(expr.args[0])})"

    def _print_Piecewise(self, expr: Any) -> str:
        parts = [self._print(e) + ("" if c == sp.true else f" for {self._print(c)}")
                 for e, c in expr.args]
        if expr.args and expr.args[-1][1] == sp.true and len(parts) > 1:
            parts[-1] += " otherwise"
        return "{" + "; ".join(parts) + "}"

    def _print_Relational(self, expr: Any) -> str:
        op = {"==": "=", "!=": "≠", ">=": "≥", "<=": "≤"}.get(expr.rel_op, expr.rel_op)
        return f"{self._print(expr.lhs)} {op} {self._print(expr.rhs)}"

    def _print_Float(self, expr: sp.Float) -> str:
        if expr.is_finite and not expr.is_zero and not 1e-300 < abs(float(expr)) < 1e300:
            return scientific(expr, 6)  # float() would say inf or 0
        return f"{float(expr):.6g}"


_PRINTER = _UnicodePrinter()


def inline(obj: Any, ordered: bool = False) -> str:
    """One line of Unicode math for a SymPy object, number, or container of them.

    ``ordered``: a sum is printed in the order of its terms as built (an unevaluated Add, such
    as a Taylor polynomial in ascending powers), not in SymPy's descending order.
    """
    if isinstance(obj, str):
        return obj
    if ordered and isinstance(obj, sp.Add):
        return ordered_sum(obj.args)
    if isinstance(obj, dict):
        return ", ".join(f"{inline(k)} = {inline(v)}" for k, v in obj.items())
    if isinstance(obj, list | tuple):
        if obj and all(isinstance(o, dict) for o in obj):  # points: (x = 1, y = 2); (…)
            return "; ".join(f"({inline(o)})" for o in obj)
        return "(" + ", ".join(inline(o) for o in obj) + ")"
    if isinstance(obj, bool) or obj is None:
        return str(obj)
    try:
        expr = sp.sympify(obj, strict=True)  # safe: strict
    except (sp.SympifyError, TypeError):
        text = str(obj)
        return text.replace("-", "−") if "e-" not in text else text
    if isinstance(expr, sp.MutableDenseMatrix):  # printed as its immutable twin: cached
        expr = sp.ImmutableDenseMatrix(expr)
    try:
        hash(expr)
    except TypeError:  # unhashable (a mutable sparse matrix): not cached
        printer = _printed.__wrapped__
    else:
        printer = _printed
    try:
        return printer(expr, _LOG_NAME.get())
    except TypeError:
        text = str(obj)
        return text.replace("-", "−") if "e-" not in text else text


def clear_caches() -> None:
    """Forget printed forms (benchmarks time each run from a cold cache)."""
    _printed.cache_clear()


@functools.lru_cache(maxsize=4096)
def _printed(expr: sp.Basic, log_name: str) -> str:
    """The printed form of ``expr`` (the log name is part of the key). The step printer prints
    the same sub-expressions many times over: this was a third of a Hessian's solve."""
    text = _PRINTER.doprint(expr)
    return text.replace("-", "−") if "e-" not in text else text


def scientific(value: Any, digits: int = 2) -> str:
    """A number of any size as ``5×10⁴⁴⁹⁹`` (mantissa to ``digits`` significant figures);
    "" when ``value`` is not a real number."""
    try:
        number = sp.N(sp.sympify(value, strict=True), digits + 2)  # safe: strict
    except (sp.SympifyError, TypeError, ValueError):
        return ""
    if not number.is_Float or not number.is_finite:
        return ""
    if number == 0:
        return "0"
    text = mpmath.nstr(number._to_mpmath(mpmath.mp.prec), digits, min_fixed=1, max_fixed=0)
    mantissa, _, exponent = text.partition("e")
    mantissa = mantissa.removesuffix(".0").replace("-", "−")
    power = "10" + str(int(exponent or 0)).translate(_SUPERSCRIPT)
    if mantissa in ("1", "−1"):
        return mantissa.removesuffix("1") + power
    return f"{mantissa}×{power}"


def decimal(value: Any, digits: int = 4) -> str:
    """A real number to ``digits`` significant figures (−0.9517, 2.449); inline() otherwise."""
    try:
        number = complex(sp.N(sp.sympify(value, strict=True), digits + 2))  # safe: strict
    except (sp.SympifyError, TypeError, ValueError):
        return inline(value)
    if number.imag or not math.isfinite(number.real):
        return inline(value)
    return f"{number.real:.{digits}g}".replace("-", "−")


def headline(obj: Any, limit: int = 40) -> str:
    """``inline(obj)``, or "≈ " and 4-figure decimals when that is longer than ``limit``
    characters and holds surds or constants (e, π, cos 1 ...): the exact form goes in the
    working, the headline stays short on a phone."""
    exact = inline(obj)
    numbers = [sp.sympify(n, strict=True)  # safe: strict
               for n in (list(obj) if isinstance(obj, sp.MatrixBase) else [obj])]
    if any(n.free_symbols for n in numbers) or all(n.is_Rational for n in numbers):
        return exact
    if not isinstance(obj, sp.MatrixBase):  # a number: its value too (e·cos 1 ≈ 1.469)
        return f"{exact} ≈ {decimal(obj)}" if len(exact) <= limit else "≈ " + decimal(obj)
    if len(exact) <= limit:
        return exact
    if obj.cols == 1 and obj.rows > 1:
        return "≈ (" + ", ".join(decimal(e) for e in obj) + ")"
    return "≈ [" + ", ".join("[" + ", ".join(decimal(e) for e in obj.row(i)) + "]"
                             for i in range(obj.rows)) + "]"


def ordered_sum(terms: Any) -> str:
    """Terms joined with + and − in the order given; a sum of variables in a term is bracketed
    ((x − 1) stays one term) and a constant sum is not (tanh(1) + 3)."""
    out = ""
    for term in terms:
        text = inline(term)
        if isinstance(term, sp.Add) and term.free_symbols:
            text = f"({text})"
        if not out:
            out = text
        elif text.startswith("−"):
            out += " − " + text[1:]
        else:
            out += " + " + text
    return out or "0"


def block(obj: Any, monospace: bool = True) -> str:
    """Matrices as bracketed rows with aligned columns; anything else as ``inline``.

    Aligned columns need a monospace font (a terminal, Telegram's ``<pre>``). Where the text is
    proportional (inside Telegram's expandable quote, which may not hold ``<pre>``), padding
    cannot align ``3/2`` under ``−2``, and the tall bracket pieces break apart: there
    (``monospace=False``) each row is its own line, ``[3/2, −1/2]``, entries comma-separated,
    and a column vector is ``(−1, 1)`` as in the answer line.
    """
    if not isinstance(obj, sp.MatrixBase) or obj.rows == 0 or obj.cols == 0:
        return inline(obj)
    cells = [[inline(obj[i, j]) for j in range(obj.cols)] for i in range(obj.rows)]
    if not monospace:
        if obj.cols == 1:  # a column vector, written as the answer line writes it
            return "(" + ", ".join(row[0] for row in cells) + ")"
        return "\n".join("[" + ", ".join(row) + "]" for row in cells)
    widths = [max(len(cells[i][j]) for i in range(obj.rows)) for j in range(obj.cols)]
    lines = []
    for i, row in enumerate(cells):
        body = "  ".join(c.rjust(w, FIGURE_SPACE) for c, w in zip(row, widths, strict=True))
        if obj.rows == 1:
            left, right = "[", "]"
        elif i == 0:
            left, right = "⎡", "⎤"
        elif i == obj.rows - 1:
            left, right = "⎣", "⎦"
        else:
            left, right = "⎢", "⎥"
        lines.append(f"{left} {body} {right}")
    return "\n".join(lines)


def approximate(obj: Any, digits: int = 6) -> Any:
    """Constant coefficients as decimals, the symbolic structure kept:
    ``e·(x − 1)³/6 + e`` becomes ``0.453047·(x − 1)³ + 2.71828``."""
    if isinstance(obj, sp.MatrixBase):
        return obj.applyfunc(lambda e: approximate(e, digits))
    if not isinstance(obj, sp.Expr) or obj.is_Rational:
        return obj
    if not obj.free_symbols:
        return sp.N(obj, digits, chop=True)
    terms = []
    for term in sp.Add.make_args(obj):
        const, rest = term.as_independent(*term.free_symbols, as_Add=False)
        if const.is_Rational or rest == 1:
            terms.append(term if rest != 1 else sp.N(const, digits, chop=True))
        else:
            terms.append(sp.Mul(sp.N(const, digits, chop=True), rest, evaluate=False))
    return sp.Add(*terms, evaluate=False)


def escape(text: str) -> str:
    """Escape text for Telegram's HTML parse mode."""
    return html.escape(text, quote=False)
