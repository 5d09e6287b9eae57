"""Words that describe the matrix of a message are claims, checked against its numbers.

"eigenvalues of the symmetric matrix [[2, 1], [1, 3]]", "det of the 3x3 matrix [[...]]",
"inverse of the orthogonal matrix Q = [[...]]": the word (``lexicon.DESCRIBED``) or the size
says something about the data. ``claims`` finds where the message says it (a word before
"matrix", another such word or a bracket, or "A is symmetric"); ``account`` accepts the word
there (elsewhere it is asked about, like any word the lexicon lacks), and ``check`` tests each
claim on the matrices read: true, the problem is answered; false, the student is asked back
("this matrix is not symmetric: ..."). A false claim usually means a mistyped entry: answering
it silently would explain a problem the student did not mean.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from ..render import inline
from .lexicon import DESCRIBED, DESCRIBED_WORDS

_ADJ = "|".join(sorted((w.replace(" ", r"[\s-]+") for w in DESCRIBED), key=len, reverse=True))
_SIZE_SAID = r"[1-6]\s*[x*×⨯]\s*[1-6]"
# the word, then (other such words, a size, "and", commas) up to "matrix"/"matrices" or "["
_BEFORE_MATRIX = re.compile(
    rf"\b({_ADJ})\b(?=(?:[\s,]+(?:and\s+)?(?:{_ADJ}|{_SIZE_SAID})\b)*[\s,]+(?:matri(?:x|ces)\b|"
    r"\[))", re.I)  # ("is A square, A = ..." asks; it claims nothing)
_LITERAL_AFTER = re.compile(rf"(?:[\s,]+(?:and\s+)?(?:{_ADJ}|{_SIZE_SAID})\b)*[\s,]+"
                            r"(?:matri(?:x|ces)\b\s*:?\s*(?:\[|[A-Z]\s*=)|\[)", re.I)
_NAMED_IS = re.compile(rf"\b[A-Z]\s+is\s+(?:a\s+|an\s+)?({_ADJ})\b(?!\s+(?:or|\?))")
# "3x3 matrix", "2 by 2 matrix", "2x2 [[..": the size (layout and lexicon drop the words; the
# claim is checked here, on the message as sent)
_SIZE = re.compile(r"\b([1-6])\s*(?:[x*×⨯]|\s+by\s+)\s*([1-6])\s+"
                   rf"(?=(?:(?:{_ADJ})\s+)*(?:matri|det|square|\[\[))", re.I)


# words before the describing words that make the matrix one asked for, not the one given:
# "find an orthogonal matrix that diagonalizes A", "reduce A to an upper triangular matrix"
_ASKED_FOR = frozenset({"a", "an", "into", "to", "as", "some", "any", "another", "new"})
_CHAIN_BEFORE = re.compile(rf"(?:(?:{_ADJ}|{_SIZE_SAID})\b[\s,]+(?:and\s+)?)*$", re.I)


def _asked_for(text: str, start: int) -> bool:
    head = text[:start]
    if (chain := _CHAIN_BEFORE.search(head)) is not None:
        head = head[:chain.start()]
    before = re.search(r"([A-Za-z]+)\W*$", head)
    return before is not None and before.group(1).lower() in _ASKED_FOR


def claims(text: str) -> list[tuple[str, int, int]]:
    """``(claim, start, end)`` for each describing word said of a matrix in ``text`` (the
    given one: "the symmetric matrix [[..]]", "A is symmetric"; not "an orthogonal matrix
    that ..."), with where it is."""
    out: list[tuple[str, int, int]] = []
    if not DESCRIBED_WORDS & set(re.findall(r"[a-z]+", text.lower())):
        return out
    for pattern in (_BEFORE_MATRIX, _NAMED_IS):
        for m in pattern.finditer(text):
            if pattern is _BEFORE_MATRIX and _asked_for(text, m.start(1)) and not (
                    _LITERAL_AFTER.match(text, m.end(1))):
                continue  # "an orthogonal matrix that ...": asked for ("a symmetric [[..": given)
            word = " ".join(re.split(r"[\s-]+", m.group(1).lower()))
            out.append((DESCRIBED[word], m.start(1), m.end(1)))
    return out


def sizes(message: str) -> list[tuple[int, int]]:
    """The sizes the message says its matrix has ("3x3 matrix"): (rows, columns)."""
    return [(int(m.group(1)), int(m.group(2))) for m in _SIZE.finditer(message)]


def _square(m: sp.MatrixBase) -> str | None:
    return None if m.rows == m.cols else f"it is {m.rows}×{m.cols}, not square"


def _zero_where(m: sp.MatrixBase, keep: Any) -> str | None:
    for i in range(m.rows):
        for j in range(m.cols):
            if not keep(i, j) and m[i, j] != 0 and m[i, j].is_zero is not True:
                return f"entry ({i + 1}, {j + 1}) is {inline(m[i, j])}, not 0"
    return None


def _symmetric(m: sp.MatrixBase, sign: int = 1) -> str | None:
    if (why := _square(m)) is not None:
        return why
    for i in range(m.rows):
        for j in range(i + (sign == 1), m.cols):
            if sp.simplify(m[i, j] - sign * m[j, i]) != 0:
                if i == j:
                    return f"entry ({i + 1}, {i + 1}) is {inline(m[i, i])}, not 0"
                return (f"entry ({i + 1}, {j + 1}) is {inline(m[i, j])} but entry "
                        f"({j + 1}, {i + 1}) is {inline(m[j, i])}")
    return None


def _orthogonal(m: sp.MatrixBase) -> str | None:
    if (why := _square(m)) is not None:
        return why
    if sp.simplify(m.T * m - sp.eye(m.rows)) != sp.zeros(m.rows):
        return "its columns are not orthonormal (QᵀQ is not I)"
    return None


def _definite(m: sp.MatrixBase, test: str, said: str) -> str | None:
    if (why := _symmetric(m)) is not None:
        return why
    holds = getattr(m, test)
    if holds is False:
        return f"it is not {said} (look at its eigenvalues)"
    return None  # True, or not decidable with letters in it: not contradicted


def _real(m: sp.MatrixBase) -> str | None:
    for e in m:
        if e.is_real is False:
            return f"it has the entry {inline(e)}"
    return None


CHECKS: dict[str, Any] = {
    "symmetric": _symmetric,
    "skew-symmetric": lambda m: _symmetric(m, -1),
    "diagonal": lambda m: _square(m) or _zero_where(m, lambda i, j: i == j),
    "upper triangular": lambda m: _square(m) or _zero_where(m, lambda i, j: i <= j),
    "lower triangular": lambda m: _square(m) or _zero_where(m, lambda i, j: i >= j),
    "triangular": lambda m: _square(m) or (
        _zero_where(m, lambda i, j: i <= j) and _zero_where(m, lambda i, j: i >= j)
        and "it is neither upper nor lower triangular"),
    "square": _square,
    "real": _real,
    "orthogonal": _orthogonal,
    "positive definite": lambda m: _definite(m, "is_positive_definite", "positive definite"),
    "positive semidefinite": lambda m: _definite(m, "is_positive_semidefinite",
                                                 "positive semidefinite"),
    "negative definite": lambda m: _definite(m, "is_negative_definite", "negative definite"),
}

_DATA_KINDS = ("mean", "variance", "covariance", "pca")


def check(said: list[tuple[str, int, int]], shapes: list[tuple[int, int]],
          fields: dict[str, Any], quote: Any) -> list[tuple[str, str]]:
    """Test each claim on the matrices read (one matrix: it must hold; several: for one of
    them). Returns what the account records; a false claim is a question back (``Unclear``)."""
    from .account import Unclear
    mats = [m for m in fields.get("matrices", ()) if isinstance(m, sp.MatrixBase)]
    if not mats:
        return []
    went = []
    for claim, start, end in said:
        reasons = [CHECKS[claim](m) for m in mats]
        if all(r is not None for r in reasons):
            shown = inline(mats[0]) if len(mats) == 1 else "none of these matrices"
            word = quote(start, end)
            raise Unclear(f"You call the matrix {word}, but {shown} is not: {reasons[0]}. "
                          f"Is an entry mistyped?",
                          f"Check the entries, or send it again without “{word}”.")
        went.append((quote(start, end), f"claim: {claim} (checked)"))
    for rows, cols in shapes:
        ok = [(m.rows, m.cols) == (rows, cols) or (
            fields.get("kind") in _DATA_KINDS and (m.cols, m.rows) == (rows, cols)) for m in mats]
        if not any(ok):
            have = ", ".join(f"{m.rows}×{m.cols}" for m in mats)
            raise Unclear(f"You say the matrix is {rows}×{cols}, but the one you typed is {have}. "
                          "Is a row or an entry missing?",
                          f"Check the matrix, or send it again without “{rows}x{cols}”.")
        went.append((f"{rows}x{cols}", "claim: size (checked)"))
    return went
