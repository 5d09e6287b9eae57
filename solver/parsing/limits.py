"""Size limits that keep parsing fast and SymPy objects small, each with a clear message.

Every limit raises ``ParseError`` (the only exception ``parse`` lets out) with a hint.
"""

from __future__ import annotations

import logging
import math

import sympy as sp

from ..errors import ParseError

logger = logging.getLogger(__name__)

MAX_CHARS = 2000
MAX_DIGITS = 30
MAX_EXPONENT = 1000
MAX_FACTORIAL = 100
MAX_DEPTH = 30
MAX_RESULT_DIGITS = 1000
MAX_MATRIX = 6
MAX_DATA_ROWS = 30  # data points as rows (PCA); the linear-algebra solvers stop at 6
MAX_SYMBOLIC_MATRIX = 4
MAX_TOKENS = 1500
MAX_ITEMS = 40  # comma/line-separated pieces of math in one message


def check_text(text: str) -> None:
    """Length and bracket nesting of the whole message, before any real work."""
    if len(text) > MAX_CHARS:
        raise ParseError(
            f"That message is {len(text)} characters long; I read at most {MAX_CHARS}.",
            "Send one problem at a time.",
        )
    depth = deepest = 0
    for ch in text:
        if ch in "([{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in ")]}":
            depth = max(depth - 1, 0)
    if deepest > MAX_DEPTH:
        raise ParseError(
            f"The brackets are nested {deepest} deep; I read at most {MAX_DEPTH} levels.",
            "Simplify the expression a little first.",
        )


def check_integer(digits: str) -> None:
    if len(digits.lstrip("0")) > MAX_DIGITS:
        raise ParseError(
            f"The number {digits[:12]}… has more than {MAX_DIGITS} digits.",
            "Use smaller numbers, e.g. 12345 or 1/3.",
        )


def _digits(value: sp.Expr) -> float:
    """Rough count of decimal digits of a rational number (numerator and denominator)."""
    p, q = sp.fraction(value)
    return max(math.log10(abs(int(p)) + 1), math.log10(abs(int(q)) + 1))


def safe_pow(base: sp.Expr, exp: sp.Expr) -> sp.Expr:
    """``base ** exp`` with bounded exponents, refusing numbers that would explode."""
    if exp.is_Number:
        if abs(exp) > MAX_EXPONENT:
            raise ParseError(
                f"The exponent {exp} is too large; I allow at most {MAX_EXPONENT}.",
                "Try a smaller power, e.g. x^10.",
            )
        if (base.is_Rational and exp.is_Rational and base not in (0, 1, -1)
                and _digits(base) * float(abs(exp)) > MAX_RESULT_DIGITS):
            raise ParseError("That power would have more than 1000 digits.",
                             "Try smaller numbers.")
        if (base.is_Float or exp.is_Float) and base.is_Number and abs(float(exp)) * math.log10(
                abs(float(base)) + 1) > 300:
            raise ParseError("That power is too large to compute.", "Try smaller numbers.")
    return sp.Pow(base, exp)


def safe_factorial(arg: sp.Expr) -> sp.Expr:
    if arg.has(sp.factorial) or arg.has(sp.gamma):
        raise ParseError("I don't read factorials of factorials.", "For example 5! or n!.")
    if arg.is_Number and (not arg.is_Integer or arg < 0 or arg > MAX_FACTORIAL):
        raise ParseError(
            f"I compute factorials of whole numbers from 0 to {MAX_FACTORIAL}.",
            "For example 5! or 10!.",
        )
    return sp.factorial(arg)


def check_matrix(rows: list[list[sp.Expr]]) -> sp.Matrix:
    """A rectangular matrix within the size limits (smaller when entries are symbolic)."""
    if not rows or not rows[0]:
        raise ParseError("That matrix is empty.", "Write it like [[1, 2], [3, 4]].")
    width = len(rows[0])
    if any(len(r) != width for r in rows):
        sizes = ", ".join(str(len(r)) for r in rows)
        raise ParseError(
            f"The rows of that matrix have different lengths ({sizes}).",
            "Every row needs the same number of entries, e.g. [[1, 2], [3, 4]].",
        )
    n, m = len(rows), width
    symbolic = any(getattr(e, "free_symbols", None) for r in rows for e in r)
    # A data table (PCA, regression) may be tall: up to MAX_DATA_ROWS numeric rows.
    max_rows = MAX_DATA_ROWS if not symbolic and m <= MAX_MATRIX else MAX_MATRIX
    if n > max_rows or m > MAX_MATRIX:
        raise ParseError(
            f"That matrix is {n}x{m}; I work with at most {MAX_MATRIX}x{MAX_MATRIX} "
            f"(data tables: up to {MAX_DATA_ROWS} rows of numbers).",
            "Try a smaller matrix.",
        )
    if symbolic and (n > MAX_SYMBOLIC_MATRIX or m > MAX_SYMBOLIC_MATRIX):
        raise ParseError(
            f"A matrix with letters in it can be at most "
            f"{MAX_SYMBOLIC_MATRIX}x{MAX_SYMBOLIC_MATRIX} (this one is {n}x{m}).",
            "Use numbers, or a smaller matrix.",
        )
    return sp.Matrix(rows)
