"""The one tokenizer: one scan of the normalized message into tokens with their spans.

Usage::

    from solver.parsing.tokens import scan
    list(scan("det of A = [[1, 2]]"))[:3]
    # [Tok("word", "det", 0, 3), Tok("space", " ", 3, 4), Tok("word", "of", 4, 6)]

The two readers of the message read these tokens, not regular expressions of their own:

- ``segment`` sorts them into English words and math (a bracket group is one piece of math),
  keeping each token's span so ``account`` can name the exact piece of the message;
- ``lexer`` admits a subset of them as math tokens for ``expr`` (numbers, names, functions,
  operators, brackets, separators); any token it does not admit is a ``ParseError``.

The classes (``Tok.kind``):

=========  =====================================================================
``space``  a run of spaces
``nl``     one newline
``num``    ``12``, ``1.5``, ``.5``, ``2e-3`` (an exponent only where no letter follows)
``word``   a letter then letters, digits and ``_``: ``x``, ``x_1``, ``sinx``, ``theta0``
``op``     ``**`` or one of ``- + * / ^ = ! | _ ⨯ ∂ ' < >``
``sep``    ``,`` or ``;``
``open``   ``(`` ``[`` ``{``
``close``  ``)`` ``]`` ``}``
``other``  any other single character (``.``, ``?``, ``:``, ``"``, ``\\``, ``@``, ...)
=========  =====================================================================

Spans are offsets in the text that was scanned, so ``text[t.start:t.end] == t.text`` always
holds. That text is the message after the string rewrites that run before the scan
(``normalize``: Unicode, LaTeX, NumPy output; ``layout``: bracket-less matrices;
``intent.notation``: d/dx, f'(x), ``lexicon.word_math``), each done through ``source.sub``:
the text is a ``source.Source``, and ``text.quote(t.start, t.end)`` is the student's own
characters for the token (``x²`` for ``x^(2)``), a substring of the message as sent.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import NamedTuple

logger = logging.getLogger(__name__)

_SCAN = re.compile(
    r"(?P<space>[ ]+)|(?P<nl>\n)"
    r"|(?P<num>(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d{1,3}(?![\w.]))?)"
    r"|(?P<word>[A-Za-z][A-Za-z0-9_]*)"
    r"|(?P<op>\*\*|[-+*/^=!|_⨯∂'<>])"
    r"|(?P<sep>[,;])|(?P<open>[(\[{])|(?P<close>[)\]}])"
    r"|(?P<other>.)",
    re.S,
)
# inside a word, the pieces the lexer reads: "x_1" is one name, "x_y" is x, _, y
_WORD_PIECE = re.compile(r"(?P<word>[A-Za-z][A-Za-z0-9]*(?:_\d+)?)|(?P<op>_)|(?P<num>\d+)")


class Tok(NamedTuple):
    """One token of the message: its class, its text, and where it is (``start``, ``end``)."""

    kind: str
    text: str
    start: int
    end: int


def scan(text: str) -> list[Tok]:
    """Every character of ``text`` in exactly one token, in order."""
    return [Tok(*t) for t in iter_scan(text)]


def iter_scan(text: str) -> Iterator[tuple[str, str, int, int]]:
    """``scan`` one token at a time, each a plain ``(kind, text, start, end)`` tuple (the
    fields of ``Tok``, in order): a reader that stops early (a limit, an error) scans no
    further, and plain tuples keep the garbage collector quiet on long messages."""
    for m in _SCAN.finditer(text):
        yield m.lastgroup or "other", m.group(), m.start(), m.end()


def word_pieces(tok: Tok) -> list[Tok]:
    """A word as the lexer reads it: split at an ``_`` that is not an index (``x_1`` stays
    whole, ``x_y`` is ``x``, ``_``, ``y``); a word without ``_`` is itself."""
    if "_" not in tok.text:
        return [tok]
    return [Tok(m.lastgroup or "op", m.group(0), tok.start + m.start(), tok.start + m.end())
            for m in _WORD_PIECE.finditer(tok.text)]
