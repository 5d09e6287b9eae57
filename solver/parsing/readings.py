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


_FLIP: ContextVar[frozenset[str]] = ContextVar("flip", default=frozenset())
_TAKEN: ContextVar[list[Reading] | None] = ContextVar("taken", default=None)
_VARIABLES: ContextVar[frozenset[str]] = ContextVar("variables", default=frozenset())
_FLATS: ContextVar[list[object] | None] = ContextVar("flats", default=None)


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


def took(key: str, taken: str, other: str) -> None:
    found = _TAKEN.get()
    if found is not None and all(r.key != key for r in found):
        found.append(Reading(key, taken, other))


def variables() -> frozenset[str]:
    """Constant names (``i``, ``e``) that this message uses as ordinary variables."""
    return _VARIABLES.get()


def set_variables(names: frozenset[str]) -> None:
    _VARIABLES.set(names)


@contextmanager
def reading(flip: frozenset[str]) -> Iterator[list[Reading]]:
    found: list[Reading] = []
    tokens = (_FLIP.set(flip), _TAKEN.set(found), _VARIABLES.set(frozenset()))
    flats = _FLATS.set([])
    try:
        yield found
    finally:
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
