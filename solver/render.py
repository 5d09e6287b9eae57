"""SymPy objects as text a phone can show: one-line Unicode math and small matrix blocks.

``inline(obj)`` gives a one-line form (``x²·sin(x)``, ``e^(−x)``, ``[[1, 2], [3, 4]]``);
``block(obj)`` gives a multi-line form for matrices (bracketed rows, aligned columns) and the
inline form for anything else. Both work for SymPy objects, numbers, lists, tuples and dicts.
"""

from __future__ import annotations

import html
from typing import Any

import sympy as sp
from sympy.printing.pretty.pretty_symbology import pretty_symbol
from sympy.printing.str import StrPrinter

_SUPERSCRIPT = str.maketrans("0123456789-()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁽⁾")
FIGURE_SPACE = "\u2007"  # as wide as a digit in most fonts: keeps matrix columns aligned


class _UnicodePrinter(StrPrinter):
    """StrPrinter with superscript powers, √, ·, Greek letters and subscripted indices."""

    def _print_Symbol(self, expr: sp.Symbol) -> str:
        return pretty_symbol(expr.name)

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
        if exp.is_Integer and exp < 0:
            return super()._print_Pow(expr, rational)
        base_text = self.parenthesize(base, sp.printing.precedence.PRECEDENCE["Pow"], strict=True)
        if isinstance(base, sp.Function) and not isinstance(base, sp.exp):
            base_text = self._print(base)  # sin(x)² reads fine without extra brackets
        if exp.is_Integer and 0 <= exp < 10**6:
            return base_text + str(exp).translate(_SUPERSCRIPT)
        exp_text = self._print(exp)
        if not (exp.is_Atom and not (exp.is_Number and exp < 0)):
            exp_text = f"({exp_text})"
        return f"{base_text}^{exp_text}"

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
        text = f"{float(expr):.6g}"
        return text


_PRINTER = _UnicodePrinter()


def inline(obj: Any) -> str:
    """One line of Unicode math for a SymPy object, number, or container of them."""
    if isinstance(obj, str):
        return obj
    if isinstance(obj, dict):
        return ", ".join(f"{inline(k)} = {inline(v)}" for k, v in obj.items())
    if isinstance(obj, list | tuple):
        return "(" + ", ".join(inline(o) for o in obj) + ")"
    if isinstance(obj, bool) or obj is None:
        return str(obj)
    try:
        text = _PRINTER.doprint(sp.sympify(obj, strict=True))  # safe: strict
    except (sp.SympifyError, TypeError):
        text = str(obj)
    return text.replace("-", "−") if "e-" not in text else text


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
