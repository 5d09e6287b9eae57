"""Ambiguous spots of a message: the reading taken, the other one, and a way to flip it.

Where a message can be read two ways (``i`` a variable or the imaginary unit, ``1/2x`` as
``(1/2)·x`` or ``1/(2x)``, ``e^3x`` as ``e^(3x)`` or ``e³·x``), the parser picks one by context,
records it with ``took(key, taken, other)``, and the bot shows the reading with ONE button that
parses again with ``parse(text, flip={key})``. Each key is a short word (it travels in callback
data).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reading:
    key: str  # "i", "juxt", "exp", "row"
    taken: str  # shown to the student: "i is a variable here"
    other: str  # the button label: "i = √−1"
    # a choice put in a question back (``1/2x``: 1/(2x) or (1/2)·x?), one button each, not a
    # reading taken: nothing was read, the student picks
    choice: bool = False

    def __repr__(self) -> str:  # as before the choice field (benchmarks/parse_diff compares it)
        extra = ", choice=True" if self.choice else ""
        return f"Reading(key={self.key!r}, taken={self.taken!r}, other={self.other!r}{extra})"


_FLIP: ContextVar[frozenset[str]] = ContextVar("flip", default=frozenset())
_TAKEN: ContextVar[list[Reading] | None] = ContextVar("taken", default=None)
_VARIABLES: ContextVar[frozenset[str]] = ContextVar("variables", default=frozenset())
_FLATS: ContextVar[list[object] | None] = ContextVar("flats", default=None)
_SAID: ContextVar[list[str] | None] = ContextVar("said", default=None)
_PICKED: ContextVar[list[str] | None] = ContextVar("picked", default=None)
# NumPy's A**2 in a NumPy message: ^ on a matrix is entry by entry in this parse
_ENTRYWISE: ContextVar[bool] = ContextVar("entrywise", default=False)


def entrywise_power() -> bool:
    return _ENTRYWISE.get()


def set_entrywise_power(on: bool) -> None:
    _ENTRYWISE.set(on)


def flat(vector: object) -> None:
    """Remember a vector typed flat (``[5 6]``) during this parse."""
    found = _FLATS.get()
    if found is not None:
        found.append(vector)


def is_flat(vector: object) -> bool:
    found = _FLATS.get()
    return found is not None and any(v is vector for v in found)


def flipped(key: str) -> bool:
    return key in _FLIP.get()


def took(key: str, taken: str, other: str, *, flip_aware: bool = False,
         choice: bool = False) -> None:
    """Record the reading of one ambiguous spot: ``taken`` says the usual reading, ``other``
    the button's. When the button was pressed (``key`` flipped), the reading taken IS the
    other one: it is said so, unless the caller already worded it for the flipped state
    (``flip_aware``). It said the usual reading under the flipped answer: a false sentence.
    ``choice``: one of the readings a question back offers (the parse raises right after)."""
    found = _TAKEN.get()
    if flipped(key) and not flip_aware:
        taken, other = other, taken
    if found is not None and all(r.key != key for r in found):
        found.append(Reading(key, taken, other, choice))


_QUOTED = re.compile(r"(“[^“”]+”)")
_POWER = re.compile(r"\^\((-?\d{1,2})\)")  # x^(2), the rewrite of x²: shown x² again
_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def _tidy(text: str) -> str:
    """``^(2)`` outside quotes as ``²`` (what the rewrite of a typed x² looks like)."""
    parts = _QUOTED.split(text)
    return "".join(p if n % 2 else _POWER.sub(lambda m: m.group(1).translate(_SUPERSCRIPT), p)
                   for n, p in enumerate(parts))


def requote(text: object) -> None:
    """The readings recorded so far quote the student's own characters: the first “piece”
    of each, quoted from the rewritten ``text`` (a ``source.Source``), is put back as typed
    (“1/2 x²”, not “1/2 x^(2)”), and a rewritten power outside quotes is a superscript again
    (the button's 1/(2x²))."""
    found = _TAKEN.get()
    original, quote_of = getattr(text, "original", None), getattr(text, "quote_of", None)
    if not found or original is None or quote_of is None:
        return

    def typed(m: re.Match[str]) -> str:
        piece = m.group(1)[1:-1]
        return m.group(1) if piece in original else f"“{quote_of(piece)}”"

    for n, r in enumerate(found):
        taken = _tidy(_QUOTED.sub(typed, r.taken, count=1))
        if (taken, _tidy(r.other)) != (r.taken, r.other):
            found[n] = Reading(r.key, taken, _tidy(r.other), r.choice)


def said(note: str) -> None:
    """Record a guess that has no other reading to offer (a typo read as the word it is close
    to: "I took “derv” as “derivative”"): a note under the answer, with no button (the word as
    typed would only be asked back)."""
    found = _SAID.get()
    if found is not None and note not in found:
        found.append(note)


def said_notes() -> list[str]:
    """The notes ``said`` recorded during this parse, in order."""
    return list(_SAID.get() or ())


def variables() -> frozenset[str]:
    """Constant names (``i``, ``e``) that this message uses as ordinary variables."""
    return _VARIABLES.get()


def set_variables(names: frozenset[str]) -> None:
    _VARIABLES.set(names)


def pick(which: str) -> None:
    """Record which eigenvalue the message names ("for the largest eigenvalue": ``largest``,
    "for λ = 2": ``2``); the eigenvectors kind answers for that one only."""
    found = _PICKED.get()
    if found is not None:
        found.append(which)


def picked() -> list[str]:
    return list(_PICKED.get() or ())


@contextmanager
def reading(flip: frozenset[str]) -> Iterator[list[Reading]]:
    found: list[Reading] = []
    tokens = (_FLIP.set(flip), _TAKEN.set(found), _VARIABLES.set(frozenset()))
    flats, notes, picks = _FLATS.set([]), _SAID.set([]), _PICKED.set([])
    entrywise = _ENTRYWISE.set(False)
    try:
        yield found
    finally:
        _ENTRYWISE.reset(entrywise)
        _PICKED.reset(picks)
        _SAID.reset(notes)
        _FLATS.reset(flats)
        _VARIABLES.reset(tokens[2])
        _TAKEN.reset(tokens[1])
        _FLIP.reset(tokens[0])


_ROWS = re.compile(r"\[\s*(\[[^\[\]]*\](?:\s*[,;]?\s*\[[^\[\]]*\])+)\s*\]")


def letter_matrix(text: str) -> frozenset[str]:
    """``i`` and ``e`` typed as entries of a matrix of letters (``[[a, i], [e, b]]``,
    ``[[i, j], [k, l]]``): variables like the letters next to them, not √−1 and 2.718…"""
    out: set[str] = set()
    for m in _ROWS.finditer(text):
        entries = [e.strip() for row in re.findall(r"\[([^\[\]]*)\]", m.group(1))
                   for e in re.split(r"[,\s]+", row) if e.strip()]
        letters = [e for e in entries if re.fullmatch(r"[A-Za-z]", e)]
        if len(letters) == len(entries) and len(set(letters) - {"i", "e"}) >= 2:
            out |= {"i", "e"} & set(letters)
    return frozenset(out)


_UNIT_TERM = r"(?:\d+(?:\.\d+)?\s*\*?\s*)?[ijk]"
_UNIT_SUM = re.compile(rf"(?<![\w.^/])(-?\s*{_UNIT_TERM}(?:\s*[+-]\s*{_UNIT_TERM})+)(?![\w(^/.])")
_NOT_VECTORS = re.compile(r"\b(?:d/d|derivative|differentiate|diff|partial|gradient|grad|"
                          r"complex|imaginary|conjugate|taylor|hessian|jacobian)|∂|'", re.I)


def unit_vectors(text: str) -> str:
    """``2i + 3j - k`` (the unit vectors i, j, k) as ``(2, 3, -1)``, in messages about
    vectors; the reading is shown, with a button for i = √−1 and j, k as letters."""
    sums = [m for m in _UNIT_SUM.finditer(text)]
    if not sums or _NOT_VECTORS.search(text):
        return text
    parsed = []
    for m in sums:
        coeffs: dict[str, str] = {}
        for sign, num, unit in re.findall(r"([+-]?)\s*(\d+(?:\.\d+)?)?\s*\*?\s*([ijk])",
                                          m.group(1)):
            if unit in coeffs:
                return text  # i + i: not a vector written in units
            coeffs[unit] = ("-" if sign == "-" else "") + (num or "1")
        parsed.append((m, coeffs))
    three = "k" in {u for _m, c in parsed for u in c}
    took("units", "i, j, k are the unit vectors (2i + 3j − k = (2, 3, −1))",
         "i = √−1, j, k letters")
    if flipped("units"):
        return text
    out, last = [], 0
    for m, c in parsed:
        units = "ijk" if three else "ij"
        out += [text[last:m.start(1)], "(" + ", ".join(c.get(u, "0") for u in units) + ")"]
        last = m.end(1)
    return "".join(out) + text[last:]
