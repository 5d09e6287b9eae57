"""A recursive-descent parser from whitelisted tokens straight to SymPy objects.

Grammar (loosest first)::

    sum     := product (("+" | "-") product)*
    product := unary (("*" | "/" | <juxtaposition>) unary)*
    unary   := ("-" | "+") unary | power
    power   := postfix ("^" unary)?            right-associative: 2^-1, 2^3^2
    postfix := atom "!"*
    atom    := number | name | function | "(" list ")" | "[" matrix "]" | "|" sum "|"

Matrices never get multiplied here: ``A B``, ``A + B``, ``A^T``, ``A^-1`` and ``|A|`` become
``MatOp`` records so the parser can say *what was asked*; the solvers do the arithmetic.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import sympy as sp

from ..errors import ParseError
from ..render import inline
from . import functions, readings
from .lexer import Token, tokenize
from .lexicon import entrywise_reading
from .limits import MAX_DEPTH, check_matrix, safe_factorial, safe_pow
from .rows import bracketed as _bracketed
from .rows import scalars as _scalars
from .rows import split_spaces as _split_spaces

logger = logging.getLogger(__name__)

_CONSTANTS = {"e": sp.E, "i": sp.I, "pi": sp.pi, "oo": sp.oo}
MAX_MATRIX_POWER = 10
_IDENTITY = sp.Symbol("I")
_HINT = "For example: 2x^2 + sin(x), or [[1, 2], [3, 4]]."


@dataclass(frozen=True)
class MatOp:
    """An operation on matrices that was asked for, not computed: op in multiply, add,
    subtract, transpose, inverse, det, norm, power (A, n), scale (k, A), apply (``A x`` in
    ``Ax = b``), number (k: a number added to a 1×1 product, ``xᵀy + 2``)."""

    op: str
    args: tuple[Any, ...]


class Seq(tuple):
    """A bracketed comma list ``(1, 2, 3)``: a vector or a point, decided by the caller."""


def is_scalar(value: object) -> bool:
    return isinstance(value, sp.Expr)


def split_top(tokens: list[Token], seps: str) -> list[list[Token]]:
    """Split at separators outside brackets."""
    parts: list[list[Token]] = [[]]
    depth = 0
    for tok in tokens:
        if tok.kind == "op" and tok.text in "([{<":
            depth += 1
        elif tok.kind == "op" and tok.text in ")]}>":
            depth -= 1
        if depth == 0 and tok.kind == "op" and tok.text in seps:
            parts.append([])
        else:
            parts[-1].append(tok)
    return parts


def _shown(value: Any) -> str:
    return str(value) if isinstance(value, sp.Symbol) else "that"


@dataclass(frozen=True)
class Defined:
    """A function the message defines (``g(x) = sin x``) and calls in other math
    (``x^2 g(x)``): a call is the body with the arguments put in (``items.parse_items``)."""

    params: tuple[sp.Symbol, ...]
    body: sp.Expr

    def call(self, args: list[Any]) -> sp.Expr:
        if len(args) != len(self.params) or not all(is_scalar(a) for a in args):
            raise ParseError(f"That function takes {len(self.params)} argument"
                             f"{'s' if len(self.params) > 1 else ''}.", _HINT)
        value = self.body.subs(dict(zip(self.params, args, strict=True)), simultaneous=True)
        if sp.count_ops(value) > 2000:
            raise ParseError("Those definitions make an expression too long for me.",
                             "Use smaller definitions.")
        return value


class Parser:
    def __init__(self, tokens: list[Token], env: dict[str, Any], notes: list[str],
                 depth: int = 0) -> None:
        if depth > MAX_DEPTH:
            raise ParseError("That is nested too deeply for me.", "Simplify it a little.")
        self.toks = tokens
        self.pos = 0
        self.env = env
        self.notes = notes
        self.depth = depth
        self.abs_open = 0
        self.nest = 0

    def _deeper(self) -> None:
        self.nest += 1
        if self.nest + 4 * self.depth > 4 * MAX_DEPTH:
            raise ParseError("That is nested too deeply for me.", "Simplify it a little.")

    # ------------------------------------------------------------------ helpers
    def peek(self, offset: int = 0) -> Token | None:
        i = self.pos + offset
        return self.toks[i] if i < len(self.toks) else None

    def is_op(self, text: str, offset: int = 0) -> bool:
        tok = self.peek(offset)
        return tok is not None and tok.kind == "op" and tok.text == text

    def take(self) -> Token:
        tok = self.peek()
        if tok is None:
            raise ParseError("The math ends too early (something is missing).", _HINT)
        self.pos += 1
        return tok

    def expect(self, text: str) -> None:
        tok = self.peek()
        if tok is None or tok.text != text:
            got = "the end" if tok is None else f"'{tok.text}'"
            raise ParseError(f"I expected '{text}' but found {got}.", _HINT)
        self.pos += 1

    def sub(self, tokens: list[Token]) -> Any:
        parser = Parser(tokens, self.env, self.notes, self.depth + 1)
        return parser.parse()

    def group(self, close: str) -> list[Token]:
        """Tokens up to the bracket matching the one just taken."""
        start, depth = self.pos, 0
        while self.pos < len(self.toks):
            tok = self.toks[self.pos]
            if tok.kind == "op" and tok.text in "([{<" and not (tok.text == "<" and close != ">"):
                depth += 1
            elif tok.kind == "op" and tok.text in ")]}>":
                if depth == 0:
                    if tok.text != close:
                        break
                    self.pos += 1
                    return self.toks[start:self.pos - 1]
                depth -= 1
            self.pos += 1
        raise ParseError(f"A bracket is not closed (missing '{close}').", _HINT)

    # ------------------------------------------------------------------ grammar
    def parse(self) -> Any:
        if not self.toks:
            raise ParseError("There is no math here.", _HINT)
        value = self.sum()
        if self.peek() is not None:
            raise ParseError(f"I did not understand '{self.peek().text}' here.", _HINT)
        return value

    def sum(self) -> Any:
        value = self.product()
        while self.is_op("+") or self.is_op("-"):
            op = self.take().text
            value = _add(value, self.product(), op == "-")
        return value

    def _starts_factor(self) -> bool:
        tok = self.peek()
        if tok is None:
            return False
        if tok.kind != "op":
            return True
        return tok.text in "([<" or (tok.text == "|" and self.abs_open == 0)

    def product(self) -> Any:
        # scalar factors are collected and multiplied once: "a a a ... a" stays linear
        first = self.pos
        acc = [self.unary()]
        scalar = is_scalar(acc[0])
        divisor = None  # where the divisor is when the last step was "/ 2" or "/ n"
        while True:
            if self.is_op("⨯"):  # × : the cross product of two 3-vectors, else a product
                self.take()
                rhs = self.unary()
                left = _fold(acc)
                acc = [_cross(left, rhs)]
                scalar = is_scalar(acc[0])
                divisor = None
                continue
            if self.is_op("*") or self.is_op("/"):
                op = self.take().text
                at = self.pos
                rhs = self.unary()
                if op == "/" and self._juxtaposed_next() and is_scalar(rhs):
                    rhs = self._juxtaposed_divisor(rhs, first)
                divisor = at if (op == "/" and self.pos == at + 1 and is_scalar(rhs)
                                 and self.toks[at].kind in ("num", "sym")) else None
            elif self._starts_factor():
                self._refuse_spaced_numbers()
                at = self.pos
                times = self._times_x()  # 2 x 3 with x the times sign: the 3
                op, rhs = "*", self.power() if times is None else times
                if (divisor is not None and scalar and is_scalar(rhs) and self.toks[at].space
                        and self.toks[at].kind in ("sym", "func")):
                    self._spaced_divisor(acc, rhs, first, divisor, at)
                    divisor = None
                    continue
                divisor = None
            else:
                self._merged_powers(acc)
                return _fold(acc)
            if scalar and is_scalar(rhs):
                if op == "/":
                    if rhs == 0:
                        raise ParseError("That divides by zero.", "Check the denominator.")
                    rhs = safe_pow(rhs, sp.Integer(-1))
                acc.append(rhs)
            else:
                left = _fold(acc)
                if op == "*":
                    left = self._row_if_needed(left, rhs)
                acc = [_mul(left, rhs) if op == "*" else _div(left, rhs)]
                scalar = is_scalar(acc[0])

    def _merged_powers(self, acc: list[Any]) -> None:
        """``x³√x`` is x^(7/2) the moment SymPy multiplies it: the working would start from
        a form the student never typed, so the step is a note (x³·√x = x^(7/2))."""
        if len(acc) < 2 or not all(is_scalar(a) for a in acc):
            return
        bases: dict[Any, list[Any]] = {}
        for a in acc:
            base, _exp = a.as_base_exp()
            if isinstance(base, sp.Symbol):
                bases.setdefault(base, []).append(a)
        for base, parts in bases.items():
            exps = [p.as_base_exp()[1] for p in parts]
            if len(parts) > 1 and all(e.is_Rational for e in exps) and any(
                    not e.is_Integer for e in exps):
                typed = "·".join(inline(p) for p in parts)
                added = " + ".join(inline(e) for e in exps)
                self.notes.append(f"{typed} = {inline(sp.Mul(*parts))} (the powers of "
                                  f"{base} add: {added})")

    def _refuse_spaced_numbers(self) -> None:
        """``lr 0.1 2 steps``, ``from 1 1 step``: two numbers side by side with a space are
        two values, never a product (0.1·2 was read as the learning rate)."""
        nxt, prev = self.peek(), self.toks[self.pos - 1] if self.pos else None
        if (nxt is not None and prev is not None and nxt.kind == "num" and prev.kind == "sym"
                and nxt.space and not self._times_x_before()):
            # "q 3x^2": a number after a letter and a space is never multiplied in silently
            # (3q·x² answered a problem nobody asked); "x 3" is written 3x when it is a product
            raise ParseError(f"I see a number after a letter: “{prev.text} {nxt.text}”.",
                             f"Write {nxt.text}{prev.text} or {nxt.text}*{prev.text} for a "
                             "product, or put a word or a comma between them.")
        if (nxt is not None and prev is not None and nxt.kind == "num" and prev.kind == "num"
                and nxt.space):
            raise ParseError(f"I see two numbers side by side: {prev.text} {nxt.text}.",
                             f"Write {prev.text}*{nxt.text} for a product, or put a comma or "
                             "a word between two values.")

    def _times_x_before(self) -> bool:
        """The letter before is the x of ``2 x 3`` read as a letter (``xv``), asked already."""
        return (self.pos >= 2 and self.toks[self.pos - 1].text == "x"
                and self.toks[self.pos - 2].kind == "num" and readings.flipped("xv"))

    def _times_x(self) -> Any:
        """``2 x 3 + 4``: an x between two numbers, spaced, is the times sign to many writers
        (2 × 3) and x to the rules (2·x·3): asked back with a button each (``xt``: times,
        ``xv``: the letter); the number after the sign when x was taken as one, else None."""
        tok, nxt = self.peek(), self.peek(1)
        prev = self.toks[self.pos - 1] if self.pos else None
        if not (tok is not None and tok.kind == "sym" and tok.text == "x" and tok.space
                and prev is not None and prev.kind == "num" and nxt is not None
                and nxt.kind == "num" and nxt.space):
            return None
        shown = f"{prev.text} x {nxt.text}"
        if readings.flipped("xt"):
            readings.took("xt", f"“{shown}” is read as {prev.text} × {nxt.text}, as you chose",
                          "", flip_aware=True)
            self.take()
            return self.power()
        if readings.flipped("xv"):
            readings.took("xv", f"“{shown}” is read as {prev.text}·x·{nxt.text}, as you chose",
                          "", flip_aware=True)
            return None
        readings.took("xt", "x as ×", f"{prev.text} × {nxt.text}", flip_aware=True, choice=True)
        readings.took("xv", "x the letter", f"{prev.text}·x·{nxt.text}", flip_aware=True,
                      choice=True)
        raise ParseError(f"“{shown}”: is x the times sign ({prev.text} × {nxt.text}) or the "
                         f"letter x ({prev.text}·x·{nxt.text})?",
                         f"Write {prev.text}*{nxt.text} or {prev.text}*x*{nxt.text}.")

    def _row_if_needed(self, left: Any, right: Any) -> Any:
        """``(5, 6) · [[1, 2], [3, 4]]``: a vector typed flat on the left of a matrix is a row
        when a column cannot multiply it (said in a note, never silently)."""
        flat = (isinstance(left, Seq) and all(is_scalar(v) for v in left)) or (
            isinstance(left, sp.MatrixBase) and readings.is_flat(left))
        size = shape(right)
        if not flat or size is None or size[0] == 1 or size[1] == 1 or size[0] != len(left):
            return left
        row = check_matrix([list(left)])
        self.notes.append(f"{inline(sp.Matrix(list(left)).T)} is read as a row vector "
                          "(a column cannot multiply that matrix from the left).")
        return row

    def _juxtaposed_next(self) -> bool:
        """``1/2x``: a factor written right after the divisor, with no space or sign."""
        tok = self.peek()
        return (tok is not None and not tok.space
                and (tok.kind in ("sym", "func", "num") or (tok.kind == "op" and tok.text == "("))
                and self.pos >= 1 and self.toks[self.pos - 1].kind in ("num", "sym"))

    def _typed(self, start: int, end: int) -> str:
        """The tokens ``start:end`` as typed (a space where the student put one)."""
        out = ""
        for n, tok in enumerate(self.toks[start:end]):
            out += (" " if tok.space and n else "") + ("π" if tok.text == "pi" else tok.text)
        return out

    def _bracketed(self, start: int, end: int) -> str:
        """The numerator ``start:end`` as typed, in brackets when it has an operator outside
        brackets (``2*x`` → ``(2*x)``; ``3x``, ``x^2`` and ``(x+1)`` stay as they are)."""
        depth, bare = 0, False
        for tok in self.toks[start:end]:
            if tok.kind == "op" and tok.text in "([{":
                depth += 1
            elif tok.kind == "op" and tok.text in ")]}":
                depth -= 1
            elif tok.kind == "op" and depth == 0 and tok.text not in ("^", "!"):
                bare = True
        typed = self._typed(start, end)
        return f"({typed})" if bare else typed

    def _glued_end(self, begin: int) -> int:
        """Where the term glued to the divisor at ``begin`` ends (``2x^2`` in ``1/2x^2``)."""
        probe = Parser(self.toks, self.env, [], self.depth + 1)
        probe.pos = begin + 1
        probe.abs_open = self.abs_open
        while probe.pos < len(self.toks) and probe._juxtaposed_after(begin):
            probe.power()
        return probe.pos

    def _juxtaposed_after(self, begin: int) -> bool:
        tok = self.peek()
        return (tok is not None and not tok.space
                and (tok.kind in ("sym", "func", "num") or (tok.kind == "op" and tok.text == "("))
                and (self.pos == begin + 1 or self.toks[self.pos - 1].kind != "op"
                     or self.toks[self.pos - 1].text == ")"))

    def _sum_end(self, begin: int) -> int:
        """The end of the sum the token at ``begin`` is in (its closing bracket, a comma, the
        end): ``2x+1`` in ``x/2x+1``."""
        depth, n = 0, begin
        while n < len(self.toks):
            tok = self.toks[n]
            if tok.kind == "op" and tok.text in "([{":
                depth += 1
            elif tok.kind == "op" and tok.text in ")]},;=|":
                if depth == 0:
                    break
                if tok.text in ")]}":
                    depth -= 1
            n += 1
        return n

    def _juxtaposed_divisor(self, rhs: Any, first: int) -> Any:
        """``a/bX`` (a number or letter after ``/`` glued to a letter, a function or a
        bracket: ``1/2x``, ``x/2x+1``, ``3/4x^2``, ``1/2sin x``, ``x/2y``, ``1/2(x+1)``) is
        asked back: the writers of the tuning sets read it both ways (1/2x as 1/(2x) in v2,
        v3, v4, v7 and as x/2 in v5, v6), so any answer would be wrong for some of them. The
        question names each reading with a button (a flip key): ``jd`` the glued term is the
        denominator, ``js`` the divisor alone (the textbook rule), ``jw`` (a ``+`` or ``-``
        follows) the denominator runs to the end of the sum. ``first``: where the numerator
        (the product so far) begins."""
        begin = self.pos - 1  # the divisor
        slash = begin - 1
        end = self._glued_end(begin)
        num, term = self._typed(first, slash), self._typed(begin, end)
        d, glued = self.toks[begin].text, self._typed(begin + 1, end)
        stop = self._sum_end(end)
        tail = ""  # a second division in the rest (1/2x + 1/3x): the extent is not asked
        if end < stop and self.toks[end].text in "+-" and all(
                t.text != "/" for t in self.toks[end:stop]):
            tail = f"{self.toks[end].text} {self._typed(end + 1, stop)}"
        wrap = self._bracketed(first, slash)
        shown = {"jd": f"{wrap}/({term}){' ' + tail if tail else ''}",
                 "js": f"({wrap}/{d})·{glued}{' ' + tail if tail else ''}"}
        if tail:
            shown["jw"] = f"{wrap}/({term} {tail})"
        # a button shows a long tail as "+ …" (the question spells each reading in full; a
        # phone cuts a long label at its end, where the readings differ)
        short = tail if len(tail) <= 8 else f"{tail[0]} …"
        label = {"jd": f"{wrap}/({term}){' ' + short if tail else ''}",
                 "js": f"({wrap}/{d})·{glued}{' ' + short if tail else ''}",
                 "jw": f"{wrap}/({term} {short})"}
        chosen = [k for k in ("jw", "jd", "js") if k in shown and readings.flipped(k)]
        if not chosen:
            for key in shown:
                readings.took(key, f"“{num}/{term}” can be read {len(shown)} ways", label[key],
                              flip_aware=True, choice=True)
            ways = ", ".join(shown.values())
            ways = " or ".join(ways.rsplit(", ", 1))
            again = any(t.text == "/" for t in self.toks[end:])
            raise ParseError(f"“{self._typed(first, stop if tail else end)}” can be read "
                             f"{'three' if tail else 'two'} ways: {ways}. Which did you mean?",
                             "Tap one (every a/bx of the message is read the same way), or "
                             "add brackets." if again else "Tap one, or add brackets.")
        key = chosen[0]
        readings.took(key, f"“{self._typed(first, stop if tail else end)}” is read as "
                      f"{shown[key]}, as you chose",
                      "", flip_aware=True)
        if key == "js":
            return rhs
        if key == "jw":
            self.pos = begin
            return self.sum()
        while self._juxtaposed_after(begin):
            nxt = self.power()
            if not is_scalar(nxt):
                raise ParseError("I could not read that division.", "Use brackets: 1/(2x).")
            rhs = rhs * nxt
        return rhs

    def _spaced_divisor(self, acc: list[Any], rhs: Any, first: int, divisor: int,
                        at: int) -> None:
        """``1/2 x^2``: a letter or a function after the divisor, with a space, is a factor
        by the rules ((1/2)·x², what the writer of v7 meant), said in a note with a button
        (``jd``) for the glued reading 1/(2x²)."""
        num, d = self._typed(first, divisor - 1), self.toks[divisor].text
        x = self._typed(at, self.pos)
        wrap = self._bracketed(first, divisor - 1)
        split, whole = f"({wrap}/{d})·{x}", f"{wrap}/({d}{x})"
        typed = f"“{num}/{d} {x}”"
        if readings.flipped("jd"):
            readings.took("jd", f"{typed} is read as {whole}", split, flip_aware=True)
            if acc[-1] == 0 or rhs == 0:
                raise ParseError("That divides by zero.", "Check the denominator.")
            acc[-1] = acc[-1] / rhs
            return
        readings.took("jd", f"{typed} is read as {split}", whole, flip_aware=True)
        acc.append(rhs)

    def unary(self) -> Any:
        self._deeper()
        try:
            return self._unary()
        finally:
            self.nest -= 1

    def _unary(self) -> Any:
        if self.is_op("-"):
            self.take()
            return _mul(sp.Integer(-1), self.unary())
        if self.is_op("+"):
            self.take()
            return self.unary()
        return self.power()

    def power(self) -> Any:
        base = self.postfix()
        if not self.is_op("^"):
            return base
        self.take()
        if isinstance(base, sp.MatrixBase | MatOp):
            tok = self.peek()
            if tok is not None and tok.kind == "sym" and tok.text in ("T", "t"):
                self.take()
                return MatOp("transpose", (base,))
            exp = self.unary()
            if readings.entrywise_power() and is_scalar(exp) and exp.is_Integer and exp >= 2:
                size = shape(base)
                if size is None:
                    raise ParseError("I could not tell the size of that array.",
                                     "Give the array itself, e.g. A = np.array([[1, 2], [3, 4]]).")
                if entrywise_reading(exp, size[0] == size[1] and size[0] > 1):
                    return MatOp("entrywise_power", (base, exp))  # NumPy's A**2
            if exp == -1:
                return MatOp("inverse", (base,))
            if exp == 2:
                return MatOp("multiply", (base, base))  # A^2 is A·A
            if is_scalar(exp) and exp.is_Integer and 2 < exp <= MAX_MATRIX_POWER:
                return MatOp("power", (base, exp))
            raise ParseError(f"For matrices I can read A^T, A^-1 and powers A^2 to "
                             f"A^{MAX_MATRIX_POWER}.", "Try A^T, A^-1 or A^3.")
        tok = self.peek()
        if tok is not None and tok.kind == "sym" and tok.text == "T" and not any(
                t.kind == "sym" and t.text == "T" and (n == 0 or self.toks[n - 1].text != "^")
                for n, t in enumerate(self.toks)):
            # "w^T x", "x^T x" with no matrix or vector named: a transpose, not the power T
            raise ParseError(f"“{_shown(base)}^T” looks like a transpose, but {_shown(base)} is "
                             "not a vector or matrix I was given.",
                             "Give it, e.g. x^T A x for x = (1, 2), A = [[2, 0], [0, 3]]; "
                             "for a gradient write the components: x1^2 + x2^2.")
        exp = self.unary()
        if not (is_scalar(base) and is_scalar(exp)):
            raise ParseError("Powers need numbers or expressions.", "For example x^2 or 2^x.")
        exp = self._fraction_exponent(exp)
        return safe_pow(base, exp)

    def _fraction_exponent(self, exp: Any) -> Any:
        """``x^1/2``, ``x^-1/2``: (x^1)/2 by the rules (taken) or x^(1/2) (the button)."""
        tok, nxt = self.peek(), self.peek(1)
        prev = self.toks[self.pos - 1]
        if not (exp.is_Integer and prev.kind == "num" and tok is not None and tok.text == "/"
                and not tok.space and nxt is not None and nxt.kind == "num" and not nxt.space
                and "." not in nxt.text):
            return exp
        shown = f"^{exp}/{nxt.text}"
        as_power = exp == 1  # nobody writes x^1 on purpose: x^1/3 is the cube root
        if readings.flipped("pow"):
            as_power = not as_power
        if as_power:
            readings.took("pow", f"“{shown}” is read as the power {exp}/{nxt.text}",
                          f"(…^{exp}) ÷ {nxt.text}", flip_aware=True)
            self.pos += 2
            if int(nxt.text) == 0:
                raise ParseError("That divides by zero.", "Check the exponent.")
            return exp / sp.Integer(int(nxt.text))
        readings.took("pow", f"“{shown}” is read as (…^{exp}) ÷ {nxt.text}",
                      f"the power {exp}/{nxt.text}", flip_aware=True)
        return exp

    def postfix(self) -> Any:
        value = self.atom()
        while self.is_op("!"):
            self.take()
            if not is_scalar(value):
                raise ParseError("Factorials need a number.", "For example 5!.")
            value = safe_factorial(value)
        return value

    def atom(self) -> Any:
        tok = self.take()
        if tok.kind == "num":
            if "e" in tok.text.lower():
                return sp.Float(tok.text)  # safe: the token matched \d+(\.\d+)?e[-+]?\d+
            if "." in tok.text:
                return sp.Float(tok.text)  # safe: the token matched \d+\.\d+
            return sp.Integer(int(tok.text))
        if tok.kind == "sym":
            if isinstance(defined := self.env.get(tok.text), Defined):
                if not self.is_op("("):  # the name alone (not a call) is a letter
                    return sp.Symbol(tok.text)
                self.take()
                return defined.call([self.sub(part) for part in split_top(self.group(")"),
                                                                           ",")])
            if tok.text in self.env:
                return self.env[tok.text]
            if tok.text in _CONSTANTS and tok.text not in readings.variables():
                return _CONSTANTS[tok.text]
            return sp.Symbol(tok.text)
        if tok.kind == "func":
            return self.function(tok.text)
        if tok.text in "({":
            inner = self.group(")" if tok.text == "(" else "}")
            if len(split_top(inner, ";")) > 1:
                return self.matrix(inner)  # (1 2; 3 4)
            items = [self.sub(part) for part in split_top(inner, ",")]
            return items[0] if len(items) == 1 else Seq(items)
        if tok.text == "[":
            return self.matrix(self.group("]"))
        if tok.text == "|":
            self.abs_open += 1
            self._deeper()
            inner = self.sum()
            self.nest -= 1
            self.expect("|")
            self.abs_open -= 1
            if isinstance(inner, sp.MatrixBase) and inner.cols > 1:
                return MatOp("det", (inner,))
            if isinstance(inner, sp.MatrixBase):
                return MatOp("norm", (inner,))
            if isinstance(inner, MatOp) and (size := shape(inner)) is not None:
                return MatOp("norm" if size[1] == 1 else "det", (inner,))
            return functions.apply("abs", [inner], self.notes)
        raise ParseError(f"I did not expect '{tok.text}' here.", _HINT)

    def function(self, name: str) -> Any:
        self._deeper()
        try:
            return self._function(name)
        finally:
            self.nest -= 1

    def _function(self, name: str) -> Any:
        base = None
        if name in ("log", "lg") and self.is_op("_"):
            self.take()
            base = self.atom()
        power = None
        if self.is_op("^"):  # sin^2 x, sin^-1 x
            self.take()
            power = self.unary()
            if power == -1 and name in functions.INVERSE:
                name, power = functions.INVERSE[name], None
        if self.is_op("("):
            self.take()
            args = [self.sub(part) for part in split_top(self.group(")"), ",")]
        else:
            args = [self.bare_argument(name)]
        value = functions.apply(name, args, self.notes, base)
        return value if power is None else safe_pow(value, power)

    def bare_argument(self, name: str) -> Any:
        """``sin 2x`` -> 2x; ``sin x cos x`` stops at cos; ``ln x^2`` -> x^2."""
        if self.peek() is None or (self.peek().kind == "op" and self.peek().text not in "-(|["):
            raise ParseError(f"{name} needs something to act on.", f"For example {name}(x).")
        start = self.pos
        value = self.unary() if self.is_op("-") else self.power()
        while (tok := self.peek()) is not None and tok.kind in ("num", "sym"):
            value = _mul(value, self.power())
        after = self.peek(2)
        if self.is_op("/") and (d := self.peek(1)) is not None and d.kind == "num" and (
                after is None or (after.kind == "op" and after.text in "+-)]")) and (
                name not in ("sqrt", "cbrt", "abs")) and not (
                is_scalar(value) and value.is_number):
            # (√2/2, √x/2: the radical binds to what it covers; sin 2/3 has no x to halve)
            return self._over_number(name, value, start)
        return value

    def _over_number(self, name: str, value: Any, start: int) -> Any:
        """``tan x/2``, ``sin x/3``: the function of x, then halved, or the half-angle
        tan(x/2)? Both are common (``sin x^2`` has one convention; this has none): asked,
        one button each (``fo``: f(x)/2, ``fi``: f(x/2))."""
        arg, d = self._typed(start, self.pos), self.peek(1).text  # type: ignore[union-attr]
        shown = {"fo": f"{name}({arg})/{d}", "fi": f"{name}({arg}/{d})"}
        chosen = [k for k in shown if readings.flipped(k)]
        if not chosen:
            for key, label in shown.items():
                readings.took(key, f"“{name} {arg}/{d}” can be read two ways", label,
                              flip_aware=True, choice=True)
            raise ParseError(f"“{name} {arg}/{d}” can be read two ways: {shown['fo']} or "
                             f"{shown['fi']}. Which did you mean?", "Tap one, or add brackets.")
        key = chosen[0]
        readings.took(key, f"“{name} {arg}/{d}” is read as {shown[key]}, as you chose", "",
                      flip_aware=True)
        if key == "fi":
            self.take()
            value = value / self.power()
        return value

    # ------------------------------------------------------------------ matrices
    def entries(self, tokens: list[Token]) -> list[Any]:
        parts = split_top(tokens, ",")
        if len(parts) == 1:
            parts = _split_spaces(tokens)
        return [self.sub(p) for p in parts if p]

    def matrix(self, tokens: list[Token]) -> Any:
        rows_tokens = [r for r in split_top(tokens, ";") if r]
        if len(rows_tokens) == 1:
            items = [p for p in split_top(tokens, ",") if p]
            if len(items) == 1 and _bracketed(items[0]) and items[0][0].text == "[":
                inner = [p for p in split_top(items[0][1:-1], ",") if p]
                if inner and all(_bracketed(p) for p in inner):
                    return self.sub(items[0])  # [ [[1, 2], [3, 4]] ]: extra brackets
            if items and all(_bracketed(p) for p in items):
                rows_tokens = items  # [[1, 2], [3, 4]] or [(1, 2), (3, 4)]
            else:
                entries = self.entries(tokens)
                if len(entries) == 1 and isinstance(entries[0], sp.Expr | sp.MatrixBase):
                    return entries[0]  # [sin(x)/x] or \left[ matrix \right]: just brackets
                flat = check_matrix(_scalars([[e] for e in entries]))
                readings.flat(flat)  # [5 6] typed flat: a column, or a row where only that fits
                return flat
        rows = [self.entries(r[1:-1] if _bracketed(r) else r) for r in rows_tokens]
        return check_matrix(_scalars(rows))


def _fold(acc: list[Any]) -> Any:
    return acc[0] if len(acc) == 1 else sp.Mul(*acc)


def _column(value: Any) -> Any:
    """``(1, 2)`` next to a matrix or vector in a sum is the column vector [[1], [2]]."""
    if isinstance(value, Seq) and all(is_scalar(v) for v in value):
        return check_matrix([[v] for v in value])
    return value


def shape(value: Any) -> tuple[int, int] | None:
    """The shape of a matrix or of the result of a ``MatOp`` (None when it is not defined)."""
    if isinstance(value, sp.MatrixBase):
        return value.shape
    if not isinstance(value, MatOp):
        return None
    args = [shape(a) for a in value.args]
    if value.op in ("add", "subtract"):
        return args[0] if args[0] == args[1] else None
    if value.op == "multiply":
        ok = args[0] and args[1] and args[0][1] == args[1][0]
        return (args[0][0], args[1][1]) if ok else None
    if value.op == "transpose" and args[0]:
        return (args[0][1], args[0][0])
    if value.op in ("inverse", "power", "entrywise_power"):
        return args[0]
    if value.op == "scale":
        return args[1]
    if value.op in ("number", "norm", "det"):  # a number (xᵀy + 2, |u|², 2·det A)
        return (1, 1)
    if value.op == "cross":  # made only of two 3-vectors
        return (3, 1)
    return None


def _identity(a: Any, b: Any) -> Any:
    """``2A - 3I``, ``A - λI``, ``xI - A``: ``k·I`` next to a matrix is k times the identity of
    the matching size (k a number or an expression in other letters)."""
    if not (is_scalar(b) and _IDENTITY in b.free_symbols):
        return b
    k = sp.cancel(b / _IDENTITY)
    size = shape(a)
    if _IDENTITY in k.free_symbols or size is None or size[0] != size[1]:
        return b
    eye = sp.eye(size[0])
    return eye if k == 1 else MatOp("scale", (k, eye))


def _add(a: Any, b: Any, subtract: bool) -> Any:
    if isinstance(a, Seq | sp.MatrixBase | MatOp) and isinstance(b, Seq | sp.MatrixBase | MatOp):
        a, b = _column(a), _column(b)
    if isinstance(a, sp.MatrixBase | MatOp):
        b = _identity(a, b)
    if isinstance(b, sp.MatrixBase | MatOp):
        a = _identity(b, a)
    if is_scalar(a) and is_scalar(b):
        return a - b if subtract else a + b
    # xᵀy + 2, u·v + 1: a product that is 1×1 (a number) plus a number
    if isinstance(a, MatOp) and is_scalar(b) and shape(a) == (1, 1):
        b = MatOp("number", (b,))
    elif isinstance(b, MatOp) and is_scalar(a) and shape(b) == (1, 1):
        a = MatOp("number", (a,))
    if isinstance(a, sp.MatrixBase | MatOp) and isinstance(b, sp.MatrixBase | MatOp):
        return MatOp("subtract" if subtract else "add", (a, b))
    raise ParseError("I can only add numbers to numbers and matrices to matrices.", _HINT)


def _mul(a: Any, b: Any) -> Any:
    if isinstance(a, sp.MatrixBase | MatOp) or isinstance(b, sp.MatrixBase | MatOp):
        a, b = _column(a), _column(b)  # [[1, 2], [3, 4]] (1, 1): matrix times vector
    if is_scalar(a) and is_scalar(b):
        return a * b
    if isinstance(a, sp.MatrixBase | MatOp) and isinstance(b, sp.Symbol):
        return MatOp("apply", (a, b))  # A x in "A x = b"
    if isinstance(a, sp.MatrixBase | MatOp) and isinstance(b, sp.MatrixBase | MatOp):
        return MatOp("multiply", (a, b))
    if is_scalar(a) and isinstance(b, sp.MatrixBase | MatOp) and not a.free_symbols:
        return MatOp("scale", (a, b))  # 2A: asked for, computed by the solver
    raise ParseError("I could not multiply those together.", _HINT)


def _cross(a: Any, b: Any) -> Any:
    """``u × v``: the cross product when both are 3-vectors; numbers and matrices multiply."""
    u, v = _column(a), _column(b)
    if all(shape(w) == (3, 1) for w in (u, v)):  # (a × b) × c too
        return MatOp("cross", (u, v))
    if any(isinstance(w, sp.MatrixBase) and w.cols == 1 for w in (u, v)) and not (
            is_scalar(a) or is_scalar(b)):
        raise ParseError("The cross product × needs two vectors with 3 entries.",
                         "For example (1, 0, 0) × (0, 1, 0).")
    return _mul(a, b)


def _div(a: Any, b: Any) -> Any:
    if is_scalar(b) and b == 0:
        raise ParseError("That divides by zero.", "Check the denominator.")
    if is_scalar(a) and is_scalar(b):
        return a / b
    if isinstance(a, sp.MatrixBase) and is_scalar(b):
        return a / b
    raise ParseError("I can only divide by a number or an expression.", _HINT)


def parse_tokens(text: str, env: dict[str, Any] | None = None,
                 notes: list[str] | None = None) -> Any:
    """Math text to a SymPy object, ``Seq`` or ``MatOp`` (no '=' allowed here)."""
    env = env or {}
    tokens = tokenize(text, frozenset(env))
    return Parser(tokens, env, notes if notes is not None else []).parse()
