"""Matrices typed without brackets: rows on separate lines, or rows split by `` / ``.

``1 2\\n3 4`` and ``1 2 / 3 4`` both become ``[[1, 2], [3, 4]]`` before anything else reads
the message; a line ending in ``=`` (``A =``) takes the matrix that follows it.
"""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

_ENTRY = (r"-?(?:\d+(?:\.\d+)?(?:/\d+)?|[A-Za-z](?![A-Za-z])|lambda|theta|alpha|beta|"
          r"gamma|delta|mu|sigma|pi)")
_ROW = re.compile(rf"[\[(|]?\s*(?:{_ENTRY})(?:,?\s+(?:{_ENTRY})|,(?:{_ENTRY}))+,?\s*[\])|]?,?")
_SLASH = re.compile(rf"(?<![\w^*/+\-.])((?:{_ENTRY})(?:[ ,]+(?:{_ENTRY}))+(?:\s+/\s+(?:{_ENTRY})"
                    rf"(?:[ ,]+(?:{_ENTRY}))+)+)(?![\w.])")


def _cells(row: str) -> list[str]:
    return [c for c in re.split(r"[ ,\[\]()|]+", row.strip()) if c]


def _bracket(rows: list[list[str]]) -> str:
    return "[" + ", ".join("[" + ", ".join(r) + "]" for r in rows) + "]"


def _slash(match: re.Match[str]) -> str:
    rows = [_cells(r) for r in re.split(r"\s+/\s+", match.group(1))]
    if len({len(r) for r in rows}) != 1:
        return match.group(0)
    return _bracket(rows)


def rows_to_brackets(text: str) -> str:
    """Rewrite bracket-less matrices; everything else is left as typed."""
    lines = [_SLASH.sub(_slash, line) if " / " in line and len(line) <= 200 else line
             for line in text.split("\n")]
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _ROW.fullmatch(lines[j].strip()):
            j += 1
        rows = [_cells(line) for line in lines[i:j]]
        if j - i >= 2 and len({len(r) for r in rows}) == 1:
            matrix = _bracket(rows)
            if out and out[-1].rstrip().endswith("="):
                out[-1] = out[-1].rstrip() + " " + matrix
            else:
                out.append(matrix)
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)
