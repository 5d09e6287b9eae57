"""Split a message into English words and math spans, and give each math item a role.

"sir pls find the derivative of x^2 sin x wrt x at x = 1 ??" becomes the words
``find derivative of wrt at`` and the items ``x^2 sin x`` (main), ``x`` (wrt), ``x = 1``
(point). A word is math when it is a number, a single letter, a known function or Greek name,
a name the student defined, or a short run of letters like ``xy`` that is not English.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import ParseError
from .intent import VOCAB, canonical
from .lexer import split_word
from .lexicon import (
    CHAT_LETTERS,
    CHAT_SPELLINGS,
    CONTEXT_WORDS,
    DESCRIBED_WORDS,
    ENGLISH_WORDS,
    FILLER,
    FUNCTIONS,
    GREEK_NAMES,
    KEEP_ROLE_WORDS,
    LONE_LETTERS,
    MEANING,
    NAMED_WORDS,
    NOT_PRODUCTS,
    POSTPOSITIONS,
    ROLE_WORDS,
    UP_TO_WORDS,
    VARIABLE_AFTER,
)
from .source import typed
from .tokens import iter_scan

logger = logging.getLogger(__name__)

# the words that are never math (the lists are in lexicon.py)
ENGLISH = ENGLISH_WORDS | DESCRIBED_WORDS | CONTEXT_WORDS | frozenset(
    w for w in FILLER | set(MEANING) if len(w) > 1 and w not in FUNCTIONS)
_INDEXED_GREEK = re.compile("(?:" + "|".join(GREEK_NAMES) + r")_?\d+")
_SHORT_MATH_OK = re.compile(r"[A-Za-z]{2,3}")
_SINGLE_VALUE_ROLES = ("order", "upto", "steps", "lr", "k", "to")


@dataclass
class Item:
    """One comma-separated piece of math and the role the words before it gave it; ``span``
    is where it is in the segmented text (``message[start:end]``, a newline read as ``;``)."""

    text: str
    role: str = "main"
    span: tuple[int, int] | None = field(default=None, compare=False)
    typed: str = field(default="", compare=False)  # as the student typed it (``Source``)


@lru_cache(maxsize=4096)  # pure: the same word (with the same names) reads the same
def _is_math_word(word: str, names: frozenset[str]) -> bool:
    if word in names or (names and all(c in names for c in word) and (
            word.isupper() or (len(word) <= 3 and word.lower() not in ENGLISH | FILLER))):
        return True  # AA, AB with A and B named matrices, ab with a and b held constants
    low = word.lower()
    if low in ENGLISH or canonical(word) in VOCAB or CHAT_SPELLINGS.fullmatch(word):
        return False  # "kk", "plzzz", "brooo" are chat, never k·k
    if low in FUNCTIONS or low in GREEK_NAMES or len(word) == 1:
        return True
    if re.fullmatch(r"(?:[A-Za-z]_?\d+)+|[A-Za-z]_\d+", word) or _INDEXED_GREEK.fullmatch(low):
        return True  # x1, x_1, x1x2, w1x1, theta0, theta_1
    if _SHORT_MATH_OK.fullmatch(word) or (names and all(c in names for c in word)):
        return True
    # sinx, xsinx, sin2x, cosxsinx are math; singular, tangent, expand are English
    pieces = split_word(word.split("_")[0])
    run = 0
    for p in pieces:
        run = 0 if p.kind in ("func", "num") or p.text in GREEK_NAMES else run + 1
        if run > 2:
            return False
    return any(p.kind == "func" for p in pieces)


def _only_short_run(word: str, names: frozenset[str]) -> bool:
    """``foo``, ``xy``: math only as a short run of letters (a product), no function in it."""
    if word in names or (names and all(c in names for c in word)):
        return False
    low = word.lower()
    if low in FUNCTIONS or low in GREEK_NAMES or word in NOT_PRODUCTS:
        return False
    if word in CHAT_LETTERS:
        return True  # "x^2 n x^3", "x^2 w steps": chat's "and", "with"
    if not _SHORT_MATH_OK.fullmatch(word):
        return False
    return all(p.kind == "sym" and len(p.text) == 1 for p in split_word(word))


def _letters(value: str) -> set[str]:
    """The variables' letters in a piece of math (``sin x`` gives x, not s, i, n)."""
    out: set[str] = set()
    for run in re.findall(r"[A-Za-z]+", value):
        out |= {c for p in split_word(run) if p.kind == "sym" for c in p.text if c.isalpha()}
    return out


def _loose_words(toks: list[_Tok], kinds: list[str], names: frozenset[str]) -> list[int]:
    """Short words read as math only as products of letters (``foo``, ``zzz``, ``abc``) that
    sit beside other math across a space, with no operator or digit tying them to it, and
    bring letters the rest of the math does not use: ``½x² foo``, ``√x zzz``, ``sin x abc``.
    Multiplied in they would change the problem silently; as words they are asked back
    (``account``) or read as chat. ``2ab``, ``x^2 + xy``, ``d/dx xy`` stay products."""
    def near(i: int, step: int) -> int | None:
        j = i + step
        while 0 <= j < len(toks) and kinds[j] == "space":
            j += step
        return j if 0 <= j < len(toks) else None

    loose = []
    for i, (kind, value, _at, _end) in enumerate(toks):
        if kind != "word" or kinds[i] != "math" or not _only_short_run(value, names):
            continue
        glued = (i and kinds[i - 1] != "space" and kinds[i - 1] not in ("text", "stop")) or (
            i + 1 < len(toks) and kinds[i + 1] not in ("space", "text", "stop", "nl", "sep"))
        ends = [j for j in (near(i, -1), near(i, 1)) if j is not None]
        before = near(i, -1)
        tied = any(toks[j][0] == "op" for j in ends) or (  # "sin kx": the argument
            before is not None and toks[before][0] == "word"
            and split_word(toks[before][1])[-1].kind == "func") or (  # "3 ab x": a factor
            before is not None and toks[before][0] == "num"
            and ((b2 := near(before, -1)) is None or toks[b2][1] not in ("^", "**")))
        beside = any(kinds[j] == "math" for j in ends)
        if value in CHAT_LETTERS:  # n between two pieces of math ("and"), w before words
            after = near(i, 1)
            beside = before is not None and kinds[before] == "math" and after is not None and (
                kinds[after] == ("math" if value == "n" else "text"))
        if not glued and not tied and beside:
            loose.append(i)
    if not loose:
        return []
    rest: set[str] = set()
    for j, tok in enumerate(toks):
        if kinds[j] == "math" and j not in loose:
            rest |= _letters(tok[1])
    return [i for i in loose if not set(toks[i][1]) <= rest]


def _unknown_call(word: str) -> bool:
    """``floor(x)``: a word that is not English, called like a function. It stays math, so
    the lexer can say it does not know that function (never silently dropped)."""
    low = word.lower()
    return low not in ENGLISH and canonical(word) not in VOCAB


_ANGLE = re.compile(r"<[^<>=]*>")  # <x>: one piece of math (<1, 2> is a vector already)


_Tok = tuple[str, str, int, int]  # (kind, text, start, end), as tokens.iter_scan gives them


def _tokens(text: str) -> list[_Tok]:
    """The scanned tokens as segment reads them: a bracket group is one token (``group``),
    ``<...>`` one (``angle``), a stray ``)``, ``'``, ``.``, ``?`` a ``stop``."""
    out: list[_Tok] = []
    depth = 0
    start = 0
    skip_to = 0
    for tok in iter_scan(text):  # lazily: the tokens inside a bracket group are not kept
        kind, value, at, end = tok
        if at < skip_to:
            continue
        if kind == "op":
            if value == "<" and (m := _ANGLE.match(text, at)):
                skip_to = end = m.end()
                kind, value = "angle", m.group(0)
                tok = (kind, value, at, end)
            elif value in ("'", "<", ">"):
                kind = "stop"
        elif kind == "other":
            kind = "stop"
        if depth:
            if kind == "open":
                depth += 1
            elif kind == "close":
                depth -= 1
                if depth == 0:
                    out.append(("group", text[start:end], start, end))
            continue
        if kind == "open":
            depth, start = 1, at
        elif kind == "close" or kind == "stop":
            out.append(("stop", value, at, end))  # a stray ")" ("Q3)", a smiley): chatter
        else:
            out.append(tok)
    if depth:
        raise ParseError("A bracket is opened but never closed.", "Check the brackets.")
    return out


def is_product_name(name: str) -> bool:
    """``xy``, ``Ax`` are products of letters; ``lr``, ``eta``, ``u1`` are names."""
    return bool(re.fullmatch(r"[A-Za-z]{2,3}", name)) and name not in NOT_PRODUCTS


_ASSIGNED = re.compile(r"\b([A-Za-z][A-Za-z0-9_]*)\s*=(?!=)")


def assigned_names(text: str) -> frozenset[str]:
    """Names the student defines: ``A = [[1, 2], [3, 4]]``, ``u1 = (1, 0)``, ``lr = 0.1``."""
    return frozenset(n for n in _ASSIGNED.findall(text)
                     if n in NAMED_WORDS or ((n.lower() not in ENGLISH or len(n) == 1)
                                             and not is_product_name(n)))



@dataclass
class Segmented:
    """What ``segment`` found: canonical words, math items, and every raw word and stop
    character with its position (for ``account``: nothing is dropped silently)."""

    words: list[str]
    items: list[Item]
    raw: list[tuple[str, int]]  # (word as typed, position)
    stops: list[tuple[str, int]]  # (punctuation/other character, position)
    text: str = ""  # the text segmented (a ``source.Source``: its spans map to the message)

    def typed(self, start: int, end: int) -> str:
        """The student's own characters for ``text[start:end]`` (``x²`` for ``x^(2)``,
        ``\\frac{1}{2}`` for ``((1)/(2))``): a substring of the message as sent."""
        return typed(self.text, start, end)

    def typed_item(self, item: Item) -> str:
        """The student's own characters for a math item."""
        return self.typed(*item.span) if item.span else item.text


def segment(text: str, names: frozenset[str]) -> tuple[list[str], list[Item]]:
    """The message's English words (canonical, lowercase) and its math items with roles."""
    seg = segment_full(text, names)
    return seg.words, seg.items


def _unknown_named(text: str, toks: list, words_at: list[int], j: int, letter: str) -> bool:
    """``find a and b`` in a message whose equations use a as a variable (``2a + 3b = 12``)."""
    after = [toks[i][1].lower() for i in words_at[j + 1:j + 3]]
    if len(after) < 2 or after[0] not in ("and", ",", "&") or not re.fullmatch(r"[a-z]",
                                                                              after[1]):
        return False
    var = re.escape(letter)
    used = rf"(?:\d\s*{var}|(?<![A-Za-z]){var}\s*[-+*/^=]|[-+*/^=]\s*{var})(?![A-Za-z(])"
    return "=" in text and re.search(used, text) is not None


def segment_full(text: str, names: frozenset[str]) -> Segmented:
    """``segment`` with the raw words and stop characters kept (with their spans)."""
    toks = _tokens(text)
    kinds: list[str] = []
    for i, tok in enumerate(toks):
        kind, value = tok[0], tok[1]
        called = i + 1 < len(toks) and toks[i + 1][0] == "group" and toks[i + 1][1][0] == "("
        if kind == "word" and not _is_math_word(value, names) and not (
                called and _unknown_call(value)):
            kinds.append("text")
        elif kind in ("word", "num", "op", "group", "angle"):
            kinds.append("math")
        else:
            kinds.append(kind)  # space, nl, sep, stop
        del i
    # a lone "a", "i", "u" between English words is English ("find a matrix", "can u")
    words_at = [i for i, k in enumerate(kinds) if k not in ("space",)]
    for j, i in enumerate(words_at):
        kind, value = toks[i][0], toks[i][1]
        if kind == "word" and value in LONE_LETTERS and value not in names:
            prev_k = kinds[words_at[j - 1]] if j else "text"
            next_k = kinds[words_at[j + 1]] if j + 1 < len(words_at) else "stop"
            prev_w = toks[words_at[j - 1]][1].lower() if j else ""
            if prev_w in VARIABLE_AFTER and toks[words_at[j - 1]][0] == "word":
                continue  # "wrt i": the variable i
            if _in_variable_list(toks, kinds, words_at, j):
                continue  # "wrt p and q", "wrt p, q": the last of the variables named
            if value == "d" and (next_k != "text" or prev_w in ("and", "or", "aur") or (
                    toks[words_at[j + 1]][1].lower() in ("and", "or", "aur"))):
                continue  # chat's "d" (the) only before a word: "c and d" is the letter d
            if _unknown_named(text, toks, words_at, j, value):
                continue  # "find a and b" after 2a + 3b = 12: the unknowns a and b
            if prev_k in ("text", "stop", "nl", "sep") and next_k in ("text", "stop"):
                kinds[i] = "text"
    for i in _loose_words(toks, kinds, names):
        kinds[i] = "text"  # "x^2 foo", "√x zzz": a word beside the math, not f·o·o (asked)
    words: list[str] = []
    items: list[Item] = []
    role = "main"
    span: list[_Tok] = []  # the tokens of the piece of math being read (contiguous)

    def flush() -> None:
        nonlocal role
        if not span:
            return
        first = span[0][2]
        body = "".join(";" if t[0] == "nl" else t[1] for t in span)  # spans kept
        span.clear()
        for n, (part, at) in enumerate(_split_items(body)):
            if n and role in ("onto", "wrt", "data") and "=" in part:
                role = "main"  # "project u onto v, u = (1, 2), v = (2, 0)"
            if role in ("steps", "k") and (count := _COUNT_AFTER.fullmatch(part)):
                at += count.start(1)  # "steps = 2", "iterations: 3": the count itself
                part = count.group(1)
            elif n == 0 and role in ("steps", "k") and part.strip():
                role = "main"  # "newton step g(x) = x^3 - 8": the math, not a count
            if part.strip():
                lead = len(part) - len(part.lstrip())
                where = (first + at + lead, first + at + len(part.rstrip()))
                items.append(Item(part.strip(), role, where, typed(text, *where)))
                if n == 0 and role in _SINGLE_VALUE_ROLES:
                    role = "main"

    raw: list[tuple[str, int]] = []
    stops: list[tuple[str, int]] = []
    for tok, k in zip(toks, kinds, strict=True):
        value, at = tok[1], tok[2]
        if k == "math" or (span and k in ("space", "sep", "nl")):
            span.append(tok)
            continue
        if k == "stop":
            stops.append((value, at))
        if k == "text":
            raw.append((value, at))
            flush()
            word = canonical(value)
            words.append(word)
            if word in POSTPOSITIONS and items and items[-1].role == "main":
                items[-1].role = "point"  # Hinglish "x = 0 pe", "(1, 1) par": at the point
            elif word in ROLE_WORDS:
                new = ROLE_WORDS[word]
                if new == "order" and (words[-2:-1] or [""])[0] in UP_TO_WORDS:
                    new = "upto"  # "upto order 4": up to, as "upto x^4"
                if new in ("steps", "k") and items and (
                        m := _TRAILING_COUNT.fullmatch(items[-1].text)):
                    last = items[-1]  # "lr = 0.1 2 steps": the 2 is the count
                    last.text = m.group(1)
                    at0 = last.span[0] if last.span else 0
                    last.span = (at0, at0 + m.end(1))
                    last.typed = typed(text, *last.span)
                    where = (at0 + m.start(2), at0 + m.end(2))
                    items.append(Item(m.group(2), new, where, typed(text, *where)))
                if new == "steps" and items and items[-1].text.isdigit():
                    items[-1].role = "steps"  # "3 steps"
                elif new == "k" and items and items[-1].text.isdigit():
                    items[-1].role = "k"  # "2 components"
                elif new == "to" and not (items and items[-1].role == "point"):
                    role = "main"
                elif new == "order" and items and items[-1].role == "main" and (
                        items[-1].text.isdigit()) and (words[-2:-1] or [""])[0] not in (
                            UP_TO_WORDS):
                    role = "order"
                else:
                    role = new
            elif word in VOCAB and word not in KEEP_ROLE_WORDS:
                role = "main"
        elif k in ("stop", "nl", "sep"):
            flush()
    flush()
    return Segmented(words, items, raw, stops, text)


def _in_variable_list(toks: list[_Tok], kinds: list[str], words_at: list[int], j: int) -> bool:
    """A lone letter after ``wrt p and`` / ``wrt p,``: one of the variables named after wrt
    (``q`` is otherwise read as the chat word "q", and the gradient lost a variable)."""
    k = j - 1
    joined = False
    while k >= 0:
        tok = toks[words_at[k]]
        if tok[0] == "sep" or (tok[0] == "word" and tok[1].lower() in ("and", "aur")):
            joined = True
        elif tok[0] == "word" and kinds[words_at[k]] == "math" and re.fullmatch(
                r"[A-Za-z](?:_?\d)?", tok[1]):
            if not joined:
                return False
            joined = False
        elif tok[0] == "word" and tok[1].lower() in VARIABLE_AFTER:
            return not joined and k < j - 1
        else:
            return False
        k -= 1
    return False


_NEXT_ASSIGN = re.compile(r"\s*[A-Za-z]\w{0,20}\s*=(?!=)\s*[-+]?[\d.(\[]")
_NEXT_NUMBER = re.compile(r"\s*[A-Za-z]\w{0,20}\s*=(?!=)\s*[-+]?\.?\d")  # not Ax = b
_LITERAL = re.compile(r"\s*[A-Za-z]\w*\s*=\s*(?:\[\s*\[[^=]*\]\s*\]|\([^()=]*\))")
_COUNT_AFTER = re.compile(r"\s*[=:]?\s*(\d{1,3})\s*")  # after "steps": "= 2", ": 3", "4"
_TRAILING_COUNT = re.compile(r"(.*=.*\S)\s+(\d+)")  # "lr = 0.1 2" before "steps"


def _split_items(body: str) -> list[tuple[str, int]]:
    """Split at top-level commas, semicolons and newlines, and where a new assignment starts
    without a comma: ``[[2, 1], [1, 2]] k = 2``, ``x = 1 lr = 0.1``. Each part comes with
    its offset in ``body``."""
    parts: list[tuple[str, int]] = []
    depth, cur, at = 0, [], 0
    assigned = False  # the current part is "name = ..."
    for i, ch in enumerate(body):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if depth == 0 and ch in ",;\n":
            parts.append(("".join(cur), at))
            cur, assigned, at = [], False, i + 1
            continue
        second = ch == " " and assigned and _NEXT_ASSIGN.match(body, i)
        after_bracket = i and body[i - 1] in ")]" and _NEXT_NUMBER.match(body, i)
        # "B = [[1, 0], [0, 1]] A*B": the matrix literal is the whole value; a name after it
        # starts the next piece
        after_literal = (ch == " " and assigned and depth == 0 and _LITERAL.fullmatch(
            "".join(cur)) and re.match(r"\s*[A-Za-z]", body[i:]) is not None)
        if depth == 0 and cur and (second or after_bracket or after_literal):
            parts.append(("".join(cur), at))
            cur, assigned, at = [], False, i
        if depth == 0 and ch == "=" and not assigned:
            assigned = bool(re.fullmatch(r"\s*[A-Za-z]\w*\s*", "".join(cur)))
        cur.append(ch)
    parts.append(("".join(cur), at))
    return parts
