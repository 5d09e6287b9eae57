"""A strict whitelisting lexer for math text, over the one tokenizer (``tokens.scan``).

Only numbers, known function names, variable names (letters with an optional index, Greek
names), operators, brackets and separators are admitted; anything else is a ``ParseError``.
Words are split into pieces: ``sinx`` is ``sin x``, ``2xy`` is ``2 x y``, ``lambdax`` is
``lambda x``; a name the student defined (``A = ...``) stays whole.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import NamedTuple

from ..errors import ParseError
from . import readings
from .lexicon import FILLER, FUNCTIONS, GREEK_NAMES, IN_MATH_WORDS, MEANING
from .limits import MAX_TOKENS, check_integer
from .tokens import Tok, iter_scan, word_pieces

logger = logging.getLogger(__name__)

_PIECES = sorted(FUNCTIONS + GREEK_NAMES, key=len, reverse=True)
_MAXMIN = ("max", "min")  # functions only when followed by "("

_FORBIDDEN = {
    ".": "a dot outside a number (attribute access)",
    '"': "quotes (strings)", "'": "quotes (strings)", "`": "backticks", ":": "a colon",
    "\\": "a backslash", "@": "'@'", "#": "'#'", "$": "'$'", "%": "'%'", "&": "'&'",
    "~": "'~'", "?": "'?'",
}


class Token(NamedTuple):
    """A math token for ``expr``: kind "num", "func", "sym" or "op"; ``space``: whitespace
    before it (``1 -2`` is two matrix entries, ``1 - 2`` one)."""

    kind: str
    text: str
    space: bool = False


@lru_cache(maxsize=4096)
def split_word(word: str, names: frozenset[str] = frozenset()) -> tuple[Token, ...]:
    """``sinx`` -> [func sin, sym x]; ``x12`` -> [sym x12]; ``xy`` -> [sym x, sym y]."""
    if word in names:
        return (Token("sym", word),)
    if m := re.fullmatch(r"(log|lg)(\d+)", word):  # log2 x, log10(x): the base is written in
        return (Token("func", "log"), Token("op", "_"), Token("num", m.group(2)))
    if "_" in word:  # x_1 is x1; log_2 keeps its base for the parser
        base, _, idx = word.partition("_")
        head = split_word(base, names)
        if head[-1].kind == "func":
            return (*head, Token("op", "_"), Token("num", idx))
        return (*head[:-1], Token("sym", head[-1].text + idx))
    out: list[Token] = []
    i = 0
    while i < len(word):
        rest = word[i:]
        if rest in names:
            out.append(Token("sym", rest))
            break
        piece = next((p for p in _PIECES if rest.startswith(p)), None)
        if piece in _MAXMIN and i + len(piece) < len(word):
            piece = None
        if piece is not None:
            i += len(piece)
            if piece in GREEK_NAMES and (digits := re.match(r"\d+", word[i:])):
                piece += digits.group(0)  # theta0, theta1: indexed Greek names
                i += len(digits.group(0))
            out.append(Token("func" if piece in FUNCTIONS else "sym", piece))
            continue
        m = re.match(r"\d+(?:\.\d+)?|[A-Za-z]\d*", rest)
        assert m is not None  # the word regex admits only letters and digits
        text = m.group(0)
        out.append(Token("num" if text[0].isdigit() else "sym", text))
        i += len(text)
    return tuple(out)


# words that inside the math are words, not letters multiplied (the lists are in lexicon.py)
ENGLISH = frozenset(w for w in (*FILLER, *MEANING) if len(w) >= 3) | IN_MATH_WORDS


def tokenize(text: str, names: frozenset[str] = frozenset()) -> list[Token]:
    """Math text to tokens; raises ``ParseError`` for anything outside the whitelist.

    The text is read by the one scanner (``tokens.iter_scan``); this admits the math subset of its
    tokens: numbers, words (split into names and functions), ``+ - * / ^ = ! | _ ⨯ < >``,
    brackets, ``,`` and ``;``. Anything else (``.``, ``?``, ``∂``, ...) is refused."""
    if "__" in text:
        raise ParseError("Double underscores are not math.", "Write names like x1 or x_1.")
    out: list[Token] = []
    space = False
    for kind, value, start, end in iter_scan(text):
        if kind == "space" or kind == "nl":
            space = True
            continue
        if kind == "word" and "_" in value:  # x_1 is one name; x_y is x, _, y
            for piece in word_pieces(Tok(kind, value, start, end)):
                _admit(text, piece.kind, piece.text, piece.end, space, names, out)
                space = False
                if len(out) > MAX_TOKENS:
                    raise ParseError(_TOO_LONG, "Send one problem at a time.")
            continue
        _admit(text, kind, value, end, space, names, out)
        space = False
        if len(out) > MAX_TOKENS:
            raise ParseError(_TOO_LONG, "Send one problem at a time.")
    return out


def _xi(pieces: tuple[Token, ...]) -> tuple[Token, ...]:
    """``xi`` is the Greek letter ξ, with a button for x·i (``xi`` beside an x is often x·i)."""
    if not readings.flipped("xi"):
        readings.took("xi", "xi is the Greek letter ξ", "x·i", flip_aware=True)
        return pieces
    readings.took("xi", "xi is x·i", "ξ", flip_aware=True)
    out: list[Token] = []
    for p in pieces:
        out.extend((Token("sym", "x"), Token("sym", "i")) if p.text == "xi" else (p,))
    return tuple(out)


_TOO_LONG = "That is too long for me to read."
_ADMITTED = frozenset("-+*/^=!|_⨯<>'()[]{},;") | {"**"}  # operators, brackets, separators


def _admit(text: str, kind: str, value: str, end: int, space: bool, names: frozenset[str],
           out: list[Token]) -> None:
    """One scanned token (or piece of a word) as math tokens, or a ``ParseError``."""
    if kind == "word":
        pieces = split_word(value, names)
        if value not in names and any(p.text == "xi" for p in pieces):
            pieces = _xi(pieces)  # "sin x + xi": ξ or x·i? the reading is shown
        letters = value not in names and all(p.kind == "sym" and len(p.text) == 1
                                             for p in pieces)
        if letters and value.isalpha() and (
                (len(value) >= 3 and value.lower() in ENGLISH)
                or (len(value) >= 4 and not text.startswith("(", end))):
            # a word of 4+ letters is never letters multiplied: "(divide by n)" read as
            # d·i·v·i·d·e was an answer to another problem (before "(" it is a function name)
            # "(row vector)" inside the math is words, not r·o·w·v·e·c·t·o·r
            raise ParseError(f"I did not understand “{value}” inside the math.",
                             "Write the math alone, e.g. jacobian of (x^2 + y^3), and say "
                             "the rest in words around it.")
        if (text.startswith("(", end) and len(value) >= 3 and pieces[-1].kind == "sym"
                and value not in names and value not in GREEK_NAMES
                and not re.fullmatch(r"[A-Za-z]_?\d+", value)):
            raise ParseError(
                f"I don't know a function called '{value}'.",
                "Known functions include sin, cos, tan, exp, ln, log, sqrt, abs, sigmoid, "
                "relu, tanh, max, min. For a product write x*(x+1).",
            )
        first = pieces[0]
        out.append(first if first.space == space else Token(first.kind, first.text, space))
        out.extend(pieces[1:])
    elif kind == "num":
        mantissa = value.split("e")[0].split("E")[0]
        check_integer(mantissa.split(".")[0] or "0")
        if "." in mantissa:
            check_integer(mantissa.split(".")[1])
        out.append(Token("num", value, space))
    elif kind != "other" and value in _ADMITTED:
        if value == "'":
            raise ParseError("I can't read quotes (strings) in math.",
                             "For a derivative write d/dx or f'(x) = ...")
        if value == "**":
            out.append(Token("op", "^", space))
        elif value == "*" and not space and out and out[-1].text == "*":
            out[-1] = Token("op", "^", out[-1].space)
        else:
            out.append(Token("op", value, space))
    else:
        what = _FORBIDDEN.get(value[0], repr(value[0]))
        raise ParseError(
            f"I can't read {what} in math.",
            "Use numbers, letters, + - * / ^ and brackets, e.g. 2x^2 + sin(x).",
        )
