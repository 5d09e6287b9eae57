"""A cheap test, derived from a regex, that the regex cannot match a text: skip the scan.

Usage::

    from solver.parsing.prefilter import cannot_match
    if cannot_match(pattern, text):   # e.g. r"\\bto\\s+the\\s+power" and no "power" in text
        return text

Most of the ~130 rewrites that run before the tokenizer find nothing in a given message, yet
each one is a regex tried at every position: on a 2,000-character message that is most of the
parse time, and Python's ``re`` cannot skip ahead when a pattern starts with ``\\b``, a
lookbehind or an alternation. Every match of ``\\b(sin|cos)\\s+of\\b`` contains ``of``; a
substring test (``"of" in text``) runs at C speed over the whole text. From the pattern's parse
tree (``re._parser``) this module works out a set of literals one of which every match needs
(the text of a positive lookaround counts too: it must be in the text), and ``cannot_match``
says so when none is there. The set is conservative: where the tree has no such literal (a
pattern made only of classes, an optional part, a back-reference) nothing is skipped. Under
``re.IGNORECASE`` the test lowers the text, and only for an ASCII text (Unicode case folding
maps a few non-ASCII letters, such as the Kelvin sign, to ASCII ones). The result is exactly
what running the pattern would tell: ``tests/test_parse_speed.py`` checks it on every rewrite
over the corpus.
"""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

Need = frozenset[tuple[str, bool]]  # (literal, case-insensitive): the text holds one of them
_MAX_ALTERNATIVES = 40
# keyed by id (a Pattern's own hash hashes its whole source each time); the entry holds the
# pattern, so the id is never reused while it is in the table
_NEEDS: dict[int, tuple[re.Pattern[str], Need | None]] = {}
_ZERO_WIDTH = (_c.AT,)


def _better(a: Need | None, b: Need | None) -> Need | None:
    """The more selective of two requirements (longest shortest literal, then fewest)."""
    if a is None:
        return b
    if b is None:
        return a
    key_a = (min(len(s) for s, _ in a), -len(a))
    key_b = (min(len(s) for s, _ in b), -len(b))
    return b if key_b > key_a else a


def _sequence(items: Any, icase: bool) -> Need | None:
    """What a sequence of nodes needs: its best literal run or best needing node."""
    best: Need | None = None
    run: list[str] = []

    def close() -> None:
        nonlocal best
        if run:
            best = _better(best, frozenset({("".join(run), icase)}))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            ch = chr(av)
            if icase and not ch.isascii():
                close()
                continue
            run.append(ch.lower() if icase else ch)
            continue
        if op in _ZERO_WIDTH:
            continue  # \b, ^, $: take no characters, the run stays contiguous
        close()
        best = _better(best, _node(op, av, icase))
    close()
    return best


def _node(op: Any, av: Any, icase: bool) -> Need | None:
    if op is _c.SUBPATTERN:
        _group, add, delete, body = av
        inner = (icase or bool(add & re.IGNORECASE)) and not bool(delete & re.IGNORECASE)
        return _sequence(body, inner)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _sequence(body, icase) if low >= 1 else None
    if op is _c.ATOMIC_GROUP:
        return _sequence(av, icase)
    if op is _c.ASSERT:  # a positive lookahead or lookbehind: its text is in the text
        _direction, body = av
        return _sequence(body, icase)
    if op is _c.BRANCH:
        _none, branches = av
        out: set[tuple[str, bool]] = set()
        for branch in branches:
            need = _sequence(branch, icase)
            if need is None:
                return None
            out |= need
        return frozenset(out) if len(out) <= _MAX_ALTERNATIVES else None
    return None  # classes, ANY, back-references, negative lookarounds, conditionals


def needs(pattern: re.Pattern[str]) -> Need | None:
    """Literals one of which every match of ``pattern`` needs in the text (cached), or None."""
    return _gate(pattern)[1]


_Gate = tuple[re.Pattern[str], Need | None, tuple[str, ...], tuple[str, ...]]
_GATES: dict[int, _Gate] = {}  # by id, holding the pattern (as _NEEDS)
_LOWERED: list[str | None] = [None, None]  # the last text lowered, and its lowered form


def _gate(pattern: re.Pattern[str]) -> _Gate:
    gate = _GATES.get(id(pattern))
    if gate is not None and gate[0] is pattern:
        return gate
    known = _NEEDS.get(id(pattern))
    if known is not None and known[0] is pattern:
        need = known[1]
    else:
        need = None
        if isinstance(pattern.pattern, str):
            try:
                tree = _p.parse(pattern.pattern, pattern.flags)
                need = _sequence(tree, bool(tree.state.flags & re.IGNORECASE))
            except Exception:  # an unknown tree shape only means no prefilter
                need = None
        _NEEDS[id(pattern)] = (pattern, need)
    exact = tuple(sorted(lit for lit, icase in need or () if not icase))
    folded = tuple(sorted(lit for lit, icase in need or () if icase))
    gate = _GATES[id(pattern)] = (pattern, need, exact, folded)
    return gate


def cannot_match(pattern: re.Pattern[str], text: str) -> bool:
    """True when ``pattern`` surely finds nothing in ``text`` (False means: run it)."""
    gate = _GATES.get(id(pattern))
    if gate is None or gate[0] is not pattern:
        gate = _gate(pattern)
    if gate[1] is None:
        return False
    for lit in gate[2]:
        if lit in text:
            return False
    if gate[3]:
        if _LOWERED[0] is text:  # most rewrites find nothing: the same text comes back
            low = _LOWERED[1]
        elif str.isascii(text):
            low = str.lower(text)
            _LOWERED[0], _LOWERED[1] = text, low
        else:
            return False
        for lit in gate[3]:
            if lit in low:  # type: ignore[operator]
                return False
    return True
