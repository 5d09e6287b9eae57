"""How the inside of a bracket splits into rows and entries (Python lists, MATLAB rows)."""

from __future__ import annotations

import logging
from typing import Any

import sympy as sp

from ..errors import ParseError
from .lexer import Token

logger = logging.getLogger(__name__)


def bracketed(tokens: list[Token]) -> bool:
    """``[1, 2]`` or ``(1, 2)``: one bracket group from the first token to the last."""
    if len(tokens) < 2 or tokens[0].kind != "op" or tokens[0].text not in "[(":
        return False
    depth = 0
    for i, tok in enumerate(tokens):
        if tok.kind == "op" and tok.text in "([":
            depth += 1
        elif tok.kind == "op" and tok.text in ")]":
            depth -= 1
            if depth == 0 and i != len(tokens) - 1:
                return False
    return depth == 0


def split_spaces(tokens: list[Token]) -> list[list[Token]]:
    """MATLAB rows: ``1 -2 x`` is three entries, ``1 - 2`` one, ``2*x`` one."""
    parts: list[list[Token]] = [[]]
    depth = 0
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        boundary = (
            depth == 0 and tok.space and prev is not None
            and not (prev.kind == "op" and prev.text in "+-*/^_(")
            and prev.kind != "func"
            and not (tok.kind == "op" and tok.text in "*/^!)]")
            and not (tok.kind == "op" and tok.text in "+-" and nxt is not None and nxt.space)
        )
        if boundary:
            parts.append([])
        parts[-1].append(tok)
        if tok.kind == "op" and tok.text in "([":
            depth += 1
        elif tok.kind == "op" and tok.text in ")]":
            depth -= 1
    return parts


def scalars(rows: list[list[Any]]) -> list[list[sp.Expr]]:
    for row in rows:
        for entry in row:
            if not isinstance(entry, sp.Expr):
                raise ParseError("Each matrix entry must be a number or an expression.",
                                 "For example [[1, 2], [3, 4]] or [1 2; 3 4].")
    return rows
