"""The message as rewritten, with every character's origin in the message as typed.

Usage::

    from solver.parsing.source import Source, sub
    s = Source("d/dx x² please")
    s = sub(r"²", "^(2)", s)          # the one helper every string rewrite goes through
    str(s)                             # 'd/dx x^(2) please'
    s.quote(5, 10)                     # 'x²': the student's own characters

The rewrites that run before the tokenizer (``normalize``: Unicode, LaTeX, NumPy; ``layout``:
bracket-less matrices; ``intent.notation``; ``lexicon.word_math``) turn the message into one
canonical spelling. A ``Source`` is that spelling (it *is* a ``str``, so every reader reads it
unchanged) plus, for each of its characters, the span of the original message it came from:

- ``sub(pattern, repl, text)`` is ``re.sub`` that records, for every replacement, the original
  span of what it replaced: characters the replacement keeps from the match (a common prefix or
  suffix, or a group of a template such as ``((\\1)/(\\2))``) keep their own origin, new
  characters get the span of the whole match (``^(2)`` comes from ``²``);
- ``splice`` replaces one slice, ``translate`` maps one character to a string;
- slicing, ``+`` and ``strip`` keep the origins; any other ``str`` method gives a plain ``str``,
  and ``follow(before, after)`` recovers the origins of a plain result by aligning it with
  ``before`` (a stage not yet routed through ``sub`` still maps back, only less precisely).

A span of the rewritten text maps back to one contiguous span of the original (from the first
origin to the last), so a quote is always a substring of what the student typed. Nothing here
reads the math: the rewritten text is byte for byte what ``re.sub`` would give.
"""

from __future__ import annotations

import difflib
import itertools
import logging
import re
from array import array
from collections.abc import Callable, Iterable
from typing import Any

from .prefilter import cannot_match

logger = logging.getLogger(__name__)

Repl = str | Callable[[re.Match[str]], str]
_IDENTITY = array("i", range(4098))  # sliced for a new Source (a message is at most 2000)


class Source(str):
    """A rewritten message: the text (this ``str``), the ``original`` message, and for each
    character ``i`` the original span ``starts[i]:ends[i]`` it came from."""

    original: str
    starts: array[int]  # arrays, not lists: no garbage-collector work on long messages
    ends: array[int]

    def __new__(cls, text: str, original: str | None = None, starts: array[int] | None = None,
                ends: array[int] | None = None) -> Source:
        obj = super().__new__(cls, text)
        if original is None or starts is None or ends is None:
            n = len(text)
            obj.original = str(text)
            obj.starts = _IDENTITY[:n] if n < len(_IDENTITY) else array("i", range(n))
            obj.ends = _IDENTITY[1:n + 1] if n < len(_IDENTITY) else array("i", range(1, n + 1))
        else:
            obj.original, obj.starts, obj.ends = original, starts, ends
        return obj

    # ------------------------------------------------------------------ mapping back
    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original message that ``self[start:end]`` came from."""
        start, end = max(0, start), min(len(self), end)
        if start >= end:
            at = self.starts[start] if start < len(self) else len(self.original)
            return at, at
        return min(self.starts[start:end]), max(self.ends[start:end])

    def quote(self, start: int, end: int) -> str:
        """The student's own characters for ``self[start:end]`` (the rewritten text when no
        character of the original is behind it)."""
        a, b = self.span(start, end)
        typed = self.original[a:b].strip()
        return typed or str.__getitem__(self, slice(start, end)).strip()

    def quote_of(self, piece: str, near: int = 0) -> str:
        """The student's own characters for ``piece``, a substring of this text (the
        occurrence at or after ``near``, else the first); ``piece`` itself when absent."""
        at = self.find(piece, near)
        if at < 0:
            at = self.find(piece)
        return self.quote(at, at + len(piece)) if at >= 0 and piece else piece

    # ------------------------------------------------------ str operations that keep origins
    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, slice) and key.step in (None, 1):
            start, stop, _ = key.indices(len(self))
            stop = max(start, stop)
            return Source(str.__getitem__(self, key), self.original,
                          self.starts[start:stop], self.ends[start:stop])
        return str.__getitem__(self, key)

    def __add__(self, other: Any) -> Any:
        if isinstance(other, str):
            return concat([self, other])
        return NotImplemented

    def __radd__(self, other: Any) -> Any:
        if isinstance(other, str):
            return concat([other, self])
        return NotImplemented

    def strip(self, chars: str | None = None) -> Any:
        return self.lstrip(chars).rstrip(chars)

    def lstrip(self, chars: str | None = None) -> Any:
        cut = len(self) - len(str.lstrip(self, chars))
        return self[cut:] if cut else self

    def rstrip(self, chars: str | None = None) -> Any:
        keep = len(str.rstrip(self, chars))
        return self[:keep] if keep < len(self) else self

    def __reduce__(self) -> Any:  # crossing a process boundary: the text alone
        return (str, (str(self),))


def typed(text: str, start: int, end: int) -> str:
    """The student's own characters for ``text[start:end]`` when ``text`` is a ``Source``,
    else that slice of ``text`` (stripped)."""
    if isinstance(text, Source):
        return text.quote(start, end)
    return text[start:end].strip()


def _at(text: Source, i: int) -> int:
    """The original offset just before character ``i`` (for text inserted there)."""
    if i < len(text):
        return text.starts[i]
    return text.ends[-1] if text.ends else 0


def concat(parts: Iterable[str]) -> Any:
    """The parts joined; a plain ``str`` part is new text, placed where its neighbours are."""
    items = list(parts)
    base = next((p for p in items if isinstance(p, Source)), None)
    joined = "".join(items)
    if base is None:
        return joined
    starts, ends = array("i"), array("i")
    for n, p in enumerate(items):
        if isinstance(p, Source):
            starts += p.starts
            ends += p.ends
        elif p:
            after = next((q for q in items[n + 1:] if isinstance(q, Source) and q), None)
            at = ends[-1] if ends else (after.starts[0] if after is not None else 0)
            starts += array("i", [at]) * len(p)
            ends += array("i", [at]) * len(p)
    return Source(joined, base.original, starts, ends)


def _common_ends(a: str, b: str) -> tuple[int, int]:
    """The lengths of the longest common prefix of ``a`` and ``b`` and of the longest common
    suffix of what is left after it."""
    pre, limit = 0, min(len(a), len(b))
    while pre < limit and a[pre] == b[pre]:
        pre += 1
    suf = 0
    while suf < limit - pre and a[-1 - suf] == b[-1 - suf]:
        suf += 1
    return pre, suf


def _origins(text: Source, start: int, end: int, new: str, m: re.Match[str] | None
             ) -> tuple[array[int], array[int]]:
    """Origins of ``new``, the replacement of ``text[start:end]``: kept characters (a common
    prefix or suffix, a group's text) keep theirs, the others take the whole match's span."""
    if end - start == 1:  # one character: the new text is all from it
        return (array("i", [text.starts[start]]) * len(new),
                array("i", [text.ends[start]]) * len(new))
    old = str.__getitem__(text, slice(start, end))
    if new == old:
        return text.starts[start:end], text.ends[start:end]
    lo, hi = text.span(start, end)
    starts, ends = array("i", [lo]) * len(new), array("i", [hi]) * len(new)
    pre, suf = _common_ends(old, new)
    for i in range(pre):
        starts[i], ends[i] = text.starts[start + i], text.ends[start + i]
    for i in range(1, suf + 1):
        starts[-i], ends[-i] = text.starts[end - i], text.ends[end - i]
    if m is not None and m.re.groups:
        cursor = pre
        for g in range(1, m.re.groups + 1):
            gs, ge = m.span(g)
            if gs < 0 or ge <= gs:
                continue
            found = new.find(m.group(g), cursor, len(new) - suf)
            if found < 0:
                continue
            for k in range(ge - gs):
                starts[found + k] = text.starts[gs + k]
                ends[found + k] = text.ends[gs + k]
            cursor = found + (ge - gs)
    return starts, ends


def edit(text: Source, edits: list[tuple[int, int, str, re.Match[str] | None]]) -> Source:
    """``text`` with each ``(start, end, new, match)`` (in order, not overlapping) done."""
    if not edits:
        return text
    pieces: list[str] = []
    starts, ends = array("i"), array("i")
    last = 0
    for start, end, new, m in edits:
        pieces.append(str.__getitem__(text, slice(last, start)))
        starts += text.starts[last:start]
        ends += text.ends[last:start]
        if start == end and new:  # inserted where nothing was: at that point
            at = _at(text, start)
            s, e = array("i", [at]) * len(new), array("i", [at]) * len(new)
        else:
            s, e = _origins(text, start, end, new, m)
        pieces.append(new)
        starts += s
        ends += e
        last = end
    pieces.append(str.__getitem__(text, slice(last, len(text))))
    starts += text.starts[last:]
    ends += text.ends[last:]
    return Source("".join(pieces), text.original, starts, ends)


def sub(pattern: str | re.Pattern[str], repl: Repl, text: str, count: int = 0,
        flags: int = 0) -> Any:
    """``re.sub(pattern, repl, text, count, flags)``; on a ``Source``, a ``Source`` whose every
    replacement remembers the original span it replaced."""
    pat = pattern if pattern.__class__ is re.Pattern else re.compile(pattern, flags)
    if cannot_match(pat, text):
        return text  # a literal every match needs is not in the text: no scan at all
    if text.__class__ is not Source:
        return pat.sub(repl, text, count)
    found = pat.finditer(text)
    first = next(found, None)
    if first is None:
        return text  # most rewrites find nothing: one scan at C speed, nothing built
    edits: list[tuple[int, int, str, re.Match[str] | None]] = []
    fixed = repl if isinstance(repl, str) and "\\" not in repl else None  # no \\1 to expand
    for n, m in enumerate(itertools.chain((first,), found), 1):
        new = fixed if fixed is not None else repl(m) if callable(repl) else m.expand(repl)
        if new != m.group(0):
            edits.append((m.start(), m.end(), new, m))
        if n == count:
            break
    return edit(text, edits) if edits else text


def splice(text: str, start: int, end: int, new: str, match: re.Match[str] | None = None
           ) -> Any:
    """``text[:start] + new + text[end:]``; the new text comes from ``text[start:end]`` (the
    groups of ``match``, a match on ``text``, keep their own origins)."""
    if not isinstance(text, Source):
        return text[:start] + new + text[end:]
    return edit(text, [(start, end, new, match)])


def replace(text: str, old: str, new: str) -> Any:
    """``text.replace(old, new)``, keeping the origins."""
    if old not in text:
        return text
    if len(old) == 1 and isinstance(text, Source):  # "$" * 1000: one pass, not 1000 edits
        return translate(text, [new if ch == old else ch for ch in text])
    return sub(re.escape(old), new.replace("\\", "\\\\"), text)


def translate(text: str, pieces: list[str]) -> Any:
    """``"".join(pieces)``, where ``pieces[i]`` is what character ``i`` of ``text`` became."""
    joined = "".join(pieces)
    if not isinstance(text, Source) or joined == text:
        return text if joined == text else joined
    if len(joined) == len(text) and set(map(len, pieces)) == {1}:  # one for one: same origins
        return Source(joined, text.original, text.starts, text.ends)
    starts, ends = array("i"), array("i")
    for i, p in enumerate(pieces):
        if len(p) == 1:
            starts.append(text.starts[i])
            ends.append(text.ends[i])
        elif p:
            starts += array("i", [text.starts[i]]) * len(p)
            ends += array("i", [text.ends[i]]) * len(p)
    return Source(joined, text.original, starts, ends)


def follow(before: str, after: str) -> Any:
    """``after`` (a rewrite of ``before``) with origins: its own when it kept them, else
    recovered by aligning it with ``before`` (equal runs keep theirs, a changed run takes the
    span of what it replaced)."""
    if not isinstance(before, Source) or (
            isinstance(after, Source) and after.original is before.original):
        return after
    if after == before:
        return Source(after, before.original, before.starts, before.ends)
    a, b = str(before), str(after)
    pre, suf = _common_ends(a, b)
    edits: list[tuple[int, int, str, re.Match[str] | None]] = []
    mid_a, mid_b = a[pre:len(a) - suf], b[pre:len(b) - suf]
    if len(mid_a) * len(mid_b) > 40_000:  # too long to align (time): one replacement
        edits.append((pre, len(a) - suf, mid_b, None))
    else:
        ops = difflib.SequenceMatcher(None, mid_a, mid_b, autojunk=False).get_opcodes()
        changed: list[list[int]] = []  # [i1, i2, j1, j2]; a short equal run between two
        for tag, i1, i2, j1, j2 in ops:  # changes joins them ("cubed plus" -> "^3 +")
            if tag == "equal" and (i2 - i1 >= 3 or not changed):
                continue
            if changed and changed[-1][1] == i1 and changed[-1][3] == j1:
                changed[-1][1], changed[-1][3] = i2, j2
            else:
                changed.append([i1, i2, j1, j2])
        for i1, i2, j1, j2 in changed:
            edits.append((pre + i1, pre + i2, mid_b[j1:j2], None))
    return edit(before, edits)


_QUOTED = re.compile(r"“([^“”]+)”")


def requote(exc: Exception, text: str) -> None:
    """Each “piece” an error message quotes from the rewritten ``text`` is replaced by the
    student's own characters for it (a piece typed as it stands, and a word suggested after
    "did you mean", are left alone)."""
    message = getattr(exc, "message", None)
    if not isinstance(text, Source) or not isinstance(message, str) or "“" not in message:
        return

    def repl(m: re.Match[str]) -> str:
        piece = m.group(1)
        if piece in text.original or m.string[:m.start()].endswith("mean "):
            return m.group(0)  # as typed already, or a suggestion ("Did you mean “rank”?")
        return f"“{text.quote_of(piece)}”"

    new = _QUOTED.sub(repl, message)
    if new != message:
        exc.message = new  # type: ignore[attr-defined]
        exc.args = (new, *exc.args[1:])
