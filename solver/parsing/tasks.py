"""Numbered or lettered task lists: each line one task, with the lines above as its givens.

::

    f(x, y) = e^x y            For A = [[2,0],[0,5]]:
    1) gradient at (0, 2)      (a) det A
    2) hessian at (1, 0)       (b) A^-1

Each item is read on its own, with the header (the lines before the first item), so each
task keeps its own point, order or operand; the first is the problem, the others are its
"also" tasks (``options["also"]``, in the order listed), each read again by
``parse(text, kind=<task id>)``. A task id is the item's kind, ``kind.n`` for the n-th item of
one kind. An item that cannot be read is named in a note, never dropped silently.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..errors import ParseError
from ..problem import Problem
from .restate import with_also
from .segment import Item

logger = logging.getLogger(__name__)

# "1) ...", "2. ...", "(a) ...", "b) ...", "(ii) ...", "Q1: ..." at the start of a line
_ITEM = re.compile(r"^\s*(?:\(\s*([a-h]|[1-9]|i{1,3}|iv|v)\s*\)|([a-h]|[1-9]|i{1,3}|iv)\s*[.):]"
                   r"|q\s*([1-9])\s*[.):]?)\s+(?=.*[A-Za-z^])(.+)$", re.I)


# "1) det of A 2) its trace", "1)d/dx x^3 2)d/dx e^5x", "q1 det[[..]] q2 rank", "(a) .. (b) ..":
# task markers inside one line (only outside brackets: never the "2)" of "(1, 2)")
# ("(2)*x", "(3)x + y": a bracketed number of the math, never a marker)
_INLINE = re.compile(r"(?:^|(?<=[\s,;.:!?]))(?:\(\s*([1-9]|[a-h]|i{1,3}|iv|vi?)\s*\)"
                     r"(?!\s*[*/^·=+\-]|[a-z](?![a-z]))|"
                     r"([1-9]|[a-h])\)|"
                     r"[qQ]\s*([1-9])\s*[.):]?(?=\s)|([1-9])\.(?=\s+[A-Za-z]))\s*(?=\S)")
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6"}
# an item that names no operand of its own ("its transpose", "uska inverse", "rank of same
# matrix", "eigenvalues bhi"): the matrix or vector of the item before
_OWN_MATH = re.compile(r"[\d\[(^]|\bd\s*/\s*d[a-z]|∂|\b(?:sin|cos|tan|sinh|cosh|tanh|exp|log|ln|"
                       r"sqrt|sigmoid|softplus|relu)\b")  # "2) d/dx tanh x": its own function
# "1) mean 2) variance of 3, 4, 8": numbers typed as data (for the items before them)
_DATA = re.compile(r"(?<![\w.^(\[,])-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?){2,}(?![\w.^)\]])")
_OPERAND = re.compile(r"\[\s*\[[^\[\]]*\](?:\s*[,;]?\s*\[[^\[\]]*\])*\s*\]|\([^()]*\d[^()]*\)")


_FUNCTION_NAMES = {"sin", "cos", "tan", "exp", "log", "ln", "sqrt"}


def _equation_only(item: str) -> bool:
    """An item that is only an equation (``x + y = 3``): a line of a system, never a task."""
    return "=" in item and all(w.lower() in _FUNCTION_NAMES
                               for w in re.findall(r"[A-Za-z]{2,}", item))


def _depth(text: str) -> int:
    return sum(text.count(c) for c in "([{") - sum(text.count(c) for c in ")]}")


def _vectors_defined(part: str) -> list[str]:
    """The definitions of vectors and matrices typed in ``part`` (``u = (1, 2)``)."""
    return [m.group(0) for m in DEFINED.finditer(part)
            if re.search(r"=\s*[(\[]", m.group(0))]


def _inline_list(text: str) -> tuple[str, list[str]] | None:
    marks, closing = [], 0  # closing: the ")" of the markers "1)" before (not a bracket)
    for m in _INLINE.finditer(text):
        label = (m.group(1) or m.group(2) or m.group(3) or m.group(4)).lower()
        label = _ROMAN.get(label, label)  # "(i) det A (ii) trace A": 1, 2
        if re.search(r"[-+*/=^·]\s*$", text[:m.start()]):
            continue  # "x + (2)*y", "= (3)": a bracketed number of the math, not a marker
        if _depth(text[:m.start()]) + closing == 0:
            marks.append((m, label))
            # (the ")" of "1)" or "Q1)": a marker's, not a bracket's)
            closing += m.group(0).rstrip().endswith(")") and not m.group(0).lstrip(
            ).startswith("(")
    run: list[re.Match[str]] = []
    run_label, run_style = "", 0
    for m, label in marks:  # the labels in order from 1 (or a): 1) 2) 3), a) b), q1 q2
        want = "1a" if not run else chr(ord(run_label) + 1)
        # one style of marker a list: never the "2." of "up to order 2. Q2: ..." after "Q1:"
        style = next(g for g in (1, 2, 3, 4) if m.group(g))
        if label in want and (not run or style == run_style):
            run.append(m)
            run_label, run_style = label, style
        elif label in "1a":
            run, run_label, run_style = [m], label, style
    if len(run) < 2:
        return None
    header = text[:run[0].start()].strip()
    if run[0].group(4) and not (re.fullmatch(r"(?:[A-Za-z]\w?\s*=\s*.+?[.:;,]?)?", header)
                                or re.search(r"(?:\b[A-Za-z]{2,}|[:\])])$", header)):
        return None  # "1. det of A 2. ...": the "1." of a list starts the message, follows
        # the givens or a word ("for [[..]] find 1. det 2. trace"); never the full stop of a
        # sentence before "2. ..." ("at x = 1. 2. ...")
    parts = [text[m.end():nxt.start() if nxt else len(text)]
             for m, nxt in zip(run, [*run[1:], None], strict=True)]
    if all(_equation_only(p) for p in parts):
        return None  # "solve 1) x + y = 3 2) x - y = 1": one system, not two tasks
    items, last = [], None
    # "a) det b) trace of [[1, 2], [3, 4]]": items before the first operand take it
    ahead = next((found[0] for p in parts if (found := _OPERAND.findall(p) or _DATA.findall(p))),
                 None)
    # "(a) dot product (b) cross product of u = (1, -1, 2) and v = (3, 0, 1)": the items before
    # take every vector the first item with math defines (not its first one alone)
    defined = next((found for p in parts if (found := _vectors_defined(p))), [])
    if len(defined) > 1 and ahead and ahead in defined[0]:
        ahead = ", ".join(defined)
    if not (header and _OPERAND.search(header)) and ahead and not _OWN_MATH.search(parts[0]) \
            and not re.search(r"(?<![\w.])[A-Za-z](?![\w(])", parts[0]):  # "det of A": A
        last = ahead
    for m, nxt in zip(run, [*run[1:], None], strict=True):
        item = text[m.end():nxt.start() if nxt else len(text)].strip()
        if not _OWN_MATH.search(item) and last is not None and not (
                header and _OPERAND.search(header)):
            item = f"{last} {item}"  # "2) its transpose": the matrix of the item before
        if found := _OPERAND.findall(item) or _DATA.findall(item):
            last = found[-1]  # (data too: "Q2 sample variance of the same numbers")
        items.append(item)
    return _trailing_givens(header, items)


# "..., 2) trace of A for A = [[1, 2], [3, 4]]": the givens after the last task
_GIVENS = re.compile(r"(?:[\s,;]*\b(?:for|where|with|given|if)\s+|\s*[,;:]\s*)"
                     r"(([A-Za-z]\w?)\s*=.+)$", re.S)


def _trailing_givens(header: str, items: list[str]) -> tuple[str, list[str]]:
    """``1) det of A 2) trace of A for A = [[..]]``: a definition ending the last task whose
    name an earlier task uses is the givens of every task (read with each, like a header)."""
    m = _GIVENS.search(items[-1])
    if m is None or not any(re.search(rf"(?<![\w.]){re.escape(m.group(2))}(?![\w(])", item)
                            for item in items[:-1]):
        return header, items
    givens = m.group(1).strip()
    return (f"{header}\n{givens}" if header else givens), [*items[:-1], items[-1][:m.start()]]


def split_list(text: str) -> tuple[str, list[str]] | None:
    """(header, [item, ...]) for a message of two or more numbered lines (or task markers
    inside one line: "1) det of A 2) its trace"), else None."""
    lines = text.split("\n")
    if len(lines) < 2:
        return _inline_list(text)
    header: list[str] = []
    items: list[str] = []
    for line in lines:
        m = _ITEM.match(line)
        if m:
            items.append(m.group(4).strip())
        elif items and line.strip():
            items[-1] += " " + line.strip()  # a wrapped item
        elif line.strip():
            header.append(line.strip())
    if len(items) < 2:
        return _inline_list(text)
    if all(_equation_only(item) for item in items):
        return None  # the numbered lines of one system of equations
    return _trailing_givens("\n".join(header), items)


Reader = Callable[[str, str | None], Problem]

DEFINED = re.compile(r"[A-Za-z]\w?\s*=\s*(?:\[(?:[^\[\]]|\[[^\[\]]*\])*\]|\([^()]*\))"
                      # a function: f(x, y) = x^3 - 3xy + y^3 (to the next , ; : or full stop)
                      r"|[A-Za-z]\w?(?:\([^()]*\))?\s*=\s*(?:[^,;:.\n]|\.\d)+")
_BETWEEN = re.compile(r"(?:\s|[,;:.]|\b(?:for|and|where|with|given|if|let|the|matrix|matrices|"
                      r"vectors?)\b)*", re.I)


def own_header(header: str, item: str) -> str:
    """``header`` without the definitions of names that ``item`` does not use, when it uses
    some (the other words of the header stay)."""
    defs = list(DEFINED.finditer(header))
    named = [m for m in defs if _names(m.group(0).split("=")[0].strip(), item)]
    if not named or len(named) == len(defs):
        return header
    out = header
    for m in reversed([m for m in defs if m not in named]):
        out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


def _names(name: str, text: str) -> bool:
    """Does ``text`` use the name defined as ``name`` (``u`` of u = (..), ``f`` of f(x) = ..)?"""
    bare = re.sub(r"\(.*", "", name).strip()
    return bool(bare) and re.search(rf"(?<!\w){re.escape(bare)}(?![\w(])", text) is not None


def definitions_only(text: str) -> bool:
    """Is ``text`` only definitions of matrices, vectors and functions (and the words between
    them)?"""
    return bool(_BETWEEN.fullmatch(DEFINED.sub(" ", text)))




def _own_words(item: str) -> str:
    """An item as the student wrote it, without the givens put before it ("A = [[..]]: A^T"
    is "A^T")."""
    head, sep, own = item.strip().rpartition(": ")
    return (own if sep and "=" in head and "\n" not in item.strip() else item.strip()).rstrip(
        ".?!,;: ")

# "Q2: the same for sin(x)/(1 + x) up to order 2", "(b) same for x^2 cos x", "do the same with B"
_SAME = re.compile(r"^\s*(?:now\s+|and\s+|then\s+)?(?:do\s+)?(?:the\s+)?same(?:\s+thing)?\s+"
                   r"(?:for|with|of|on)\s+(?=\S)", re.I)
# the task's words at the start of an item, before its math: "Find the Taylor polynomial of"
_TASK_WORDS = re.compile(r"^\s*((?:(?!(?:sin|cos|tan|exp|log|ln|sqrt|e)\b)[A-Za-z']{2,}\s+)+)")


def _the_same(item: str, before: str) -> tuple[str, str] | None:
    """An item that asks "the same" as the item before it, with the task's words of that item
    put in: (the item to read, how "the same" was read); None for any other item, or when the
    item before starts with no task words to repeat."""
    if not (m := _SAME.match(item)) or not (words := _TASK_WORDS.match(before)):
        return None
    said = words.group(1).strip()
    rest = item[m.end():].rstrip(" .?!")
    carried = [c.group(0).strip() for pattern, own in _CARRIED if not own.search(rest)
               and (c := pattern.search(before))]  # the same point and scope, if not its own
    return " ".join([said, rest, *carried]), "".join(
        [f"“{said}”", *(f" … “{c}”" for c in carried)])


# what "the same" keeps of the item before when the item does not say its own: the point
# ("about x = 1") and the scope ("up to order 3")
_CARRIED = [(re.compile(r"\b(?:about|around|at)\s+[a-z]\w?\s*=\s*-?[\d./]+", re.I),
             re.compile(r"\b(?:about|around|at)\b", re.I)),
            (re.compile(r"\b(?:up\s*to|upto|till|until)\b[^.,;:]*", re.I),
             re.compile(r"\b(?:up\s*to|upto|till|until|order|terms?)\b", re.I))]


def _tasks(header: str, items: list[str], read: Reader, labels: dict[str, str]
           ) -> tuple[list[tuple[str, str, str | None, Problem | None]], list[str]]:
    """(task id, text of the item with its header, the item's own task or None, problem);
    ``labels`` gets each item's own words by its task id (a button's label)."""
    tasks: list[tuple[str, str, str | None, Problem | None]] = []
    notes: list[str] = []
    counts: Counter[str] = Counter()
    for n, item in enumerate(items, 1):
        if n > 1 and (same := _the_same(item, items[n - 2])) is not None:
            item, said_as = same
            notes.append(f"Read: part {n}, “the same”, as {said_as}.")
        # each item with the givens it names ("u = .., v = ..: (a) u·v (b) ||u||": ||u|| is
        # not asked about v); an item that names none has them all
        given = own_header(header, item) if header else header
        text = f"{given}\n{item}" if given else item
        try:
            problem = read(text, None)
        except ParseError as exc:
            if not tasks:
                raise
            notes.append(f"I could not read part {n} (“{_own_words(item)[:40]}”): "
                         f"{exc.message}")
            continue
        if problem.kind is None:
            if not tasks:
                raise ParseError(f"I do not see what part {n} asks for "
                                 f"(“{_own_words(item)[:40]}”).",
                                 "Start each part with what to find, e.g. '1) det A'.")
            notes.append(f"I do not see what part {n} asks for (“{_own_words(item)[:40]}”).")
            continue
        for sub in [None, *problem.options.get("also", ())]:
            kind = problem.kind if sub is None else sub.partition(".")[0]
            counts[kind] += 1
            tid = kind if counts[kind] == 1 else f"{kind}.{counts[kind]}"
            tasks.append((tid, text, sub, problem if sub is None else None))
            typed = _own_words(item)
            if sub is None and kind == "partial" and problem.variables:
                labels[tid] = "∂/∂" + "∂".join(map(str, problem.variables))  # (f_y says less)
            elif sub is None and len(typed) <= 24 and ("." in tid or " " not in typed):
                labels[tid] = typed  # the item as written: "A^T", "d/dx cos(3x)"
            elif sub is None and (own := problem.options.get("task_names", {}).get(kind)):
                labels[tid] = own  # the item's own reading's name: "sample variance"
    return tasks, notes


def read_list(text: str, listed: tuple[str, list[str]], force: str | None,
              read: Reader) -> Problem:
    """The problem for a task list: the first item (or the task ``force`` names)."""
    header, items = listed
    labels: dict[str, str] = {}
    tasks, notes = _tasks(header, items, read, labels)
    if force is not None:
        for tid, item_text, sub, problem in tasks:
            if tid == force:
                got = problem if sub is None and problem is not None else read(item_text, sub)
                return replace(got, source=text, options={**got.options, "task": force})
        raise ParseError("I could not find that part of the question.",
                         "Send the part you want on its own.")
    tid, _text, _sub, first = tasks[0]
    assert first is not None
    options = dict(first.options)
    also = [t[0] for t in tasks[1:]]
    options.pop("also", None)
    names = {t: labels[t] for t in also if t in labels}
    if also:
        options["also"] = also
        if names:
            options["task_names"] = {**options.get("task_names", {}), **names}
    restated = with_also(first.restated, also, names)
    if notes:
        options["notes"] = [*options.get("notes", []), *notes]
    return replace(first, restated=restated, source=text, options=options)


# ----------------------------------------------------------------------- a task on a matrix
# "jacobian of (sin x, cos y) and its determinant", "det of the hessian of x^3 + y^3": a
# matrix kind asked of the Jacobian or Hessian the message describes
OF_MATRIX = ("det", "inverse", "trace", "eigenvalues", "eigenvectors", "rank")
_DERIVED = ("jacobian", "hessian")


def matrix_of(intent: Any) -> tuple[str, str] | None:
    """(matrix kind, derivative matrix kind) when the task is a matrix kind of a Jacobian or
    Hessian: read for that task (a button, ``solve``), or "det of the jacobian of ..."."""
    words = " ".join(intent.words)
    spans = intent.spans
    inner = next((k for _a, _b, k in spans if k in _DERIVED), None)
    if inner is None:
        return None
    at = {k: a for a, _b, k in reversed(spans)}  # the first mention of each kind
    if intent.forced and intent.kind in OF_MATRIX and at.get(inner, 0) < at.get(
            intent.kind, 0):  # "jacobian of ... and its determinant"
        return intent.kind, inner
    for (_a, b, k1), (c, _d, k2) in itertools.pairwise(spans):
        if k1 in OF_MATRIX and k2 in _DERIVED and set(words[b:c].split()) <= {"of", "the"}:
            return k1, k2
    return None


def as_matrix_task(kind: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The fields of ``kind`` on the Jacobian / Hessian that ``fields`` (as built) describe."""
    import sympy as sp

    from ..render import inline

    inner = fields["kind"]
    variables = list(fields.get("variables", ()))
    if inner == "jacobian":
        m = sp.Matrix(list(fields["exprs"])).jacobian(variables)
        what = f"the Jacobian of ({', '.join(inline(e) for e in fields['exprs'])})"
    elif inner == "hessian":
        m = sp.hessian(fields["expr"], variables)
        what = f"the Hessian of {inline(fields['expr'])}"
    else:
        raise ParseError("I could not find the matrix for that.", "det of the jacobian of ...")
    point = fields.get("point")
    if point:
        m = m.subs(point)
        what += f" at {inline(point)}"
    if not m.is_square and kind != "rank":
        raise ParseError(f"{what[0].upper()}{what[1:]} is not square, so it has no {kind}.",
                         "Ask for the Jacobian itself.")
    options = {k: v for k, v in fields.get("options", {}).items() if k in ("notes",)}
    options["of_matrix"] = what
    options.setdefault("notes", []).append(
        f"The matrix is {what} in ({', '.join(inline(v) for v in variables)}).")
    return {"kind": kind, "matrices": (m,), "options": options}


# ----------------------------------------------------------------------- operands per task
def phrase_at(low: str, kind: str, start: int) -> int | None:
    """Where a phrase of ``kind`` is first named in ``low`` from ``start``."""
    found = phrase_span(low, kind, start)
    return found[0] if found else None


@functools.cache
def _phrases(kind: str) -> tuple[str, ...]:
    """The phrases of ``kind``, each also as students split it ("eigen vectors")."""
    from .intent import _TABLE
    from .lexicon import JOINED

    own = [phrase for phrase, k, _p in _TABLE if k == kind]
    return tuple(dict.fromkeys([*own, *(p.replace(single, joined) for p in own
                                        for joined, single in JOINED.items() if single in p)]))


def phrase_span(low: str, kind: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the first phrase of ``kind`` in ``low`` from ``start`` (the longest
    one there: the next task is looked for after it, never inside "scalar projection")."""
    pattern = _phrase_pattern(kind)
    if pattern is None:
        return None
    found = [(m.start(), -m.end()) for m in pattern.finditer(low, start)]
    if not found:
        return None
    a, b = min(found)
    return a, -b


@functools.cache
def _phrase_pattern(kind: str) -> re.Pattern[str] | None:
    """One pattern for every phrase of ``kind`` (longest first, so a match at a place is the
    longest phrase there), compiled once."""
    phrases = sorted(_phrases(kind), key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b")


def _task_starts(low: str, tasks: list[str]) -> list[int] | None:
    """Where each task is named, in order (each after the one before it); None when one is
    not found."""
    starts: list[int] = []
    cursor = 0
    for kind in tasks:
        found = phrase_span(low, kind.partition(".")[0], cursor)
        if found is None:
            return None
        starts.append(found[0])
        cursor = found[1]
    return starts


def shared_point(norm: str, items: list[Any], tasks: list[str]) -> list[Any] | None:
    """``gradient at (0, 0) and the Hessian at (0, 0)``: every task at the same point, typed
    once per task (the items with the repeats dropped); ``jacobian of F and its determinant at
    (1, 2)``: a point after a last task on "its" (the matrix of the task before) is the point
    of both. None when the points differ or another operand follows the last task word."""
    if len(tasks) < 2:
        return None
    points = [it for it in items if it.role == "point"]
    if not points:
        return None
    texts = {re.sub(r"\s+", "", it.text) for it in points}
    if len(points) >= 2 and len(texts) == 1 and len(points) == len(tasks):
        first = points[0]
        return [it for it in items if it.role != "point" or it is first]
    low = norm.lower()
    last = None
    cursor = 0
    for kind in tasks:
        last = phrase_at(low, kind.partition(".")[0], cursor)
        if last is None:
            return None
        cursor = last + 1
    if len(points) == 1 and last is not None and re.search(r"\bits\s+$", low[:last]) and \
            low.rfind(points[0].text.strip().lower()) > last and all(
                it.role != "main" or low.find(it.text.strip().lower()) < last for it in items):
        return items
    return None


# the divisor said before a statistic's word belongs to its task's part
_DIVISOR_BEFORE = re.compile(r"\b(?:sample|population|unbiased|biased)\s+$")
_JOINER = re.compile(r"(?:[\s,;.]|\b(?:and|also|then|aur|the|find|compute|give)\b)*$", re.I)


def task_parts(norm: str, tasks: list[str]) -> tuple[str, list[str]] | None:
    """``for f = .. find the gradient at (0, 0) and the Hessian at (1, 0)``: (the givens
    before the first task word, [each task's own part]) to read as a task list, each task
    with its own point or operand; None when a task word is not found or a part names no
    operand of its own ("its determinant": the matrix of the task before)."""
    low = norm.lower()
    starts: list[int] = []
    cursor = 0
    for kind in tasks:
        found = phrase_span(low, kind.partition(".")[0], cursor)
        if found is None:
            return None
        at = found[0]
        if (said := _DIVISOR_BEFORE.search(low[cursor:at])) is not None:
            at = cursor + said.start()  # "mean of X and sample covariance": the divisor too
        starts.append(at)
        cursor = found[1]
    parts = []
    for at, end in zip(starts, [*starts[1:], len(norm)], strict=True):
        part = norm[at:end]
        if end < len(norm):
            part = part[:_JOINER.search(part).start()]
        if not part.strip() or re.search(r"\b(?:its|their|uska|iska)\s*$", norm[:at], re.I):
            return None
        parts.append(part.strip().rstrip(".?!"))
    return norm[:starts[0]].strip(), parts


def separate_operands(norm: str, item_texts: list[str], tasks: list[str]) -> bool:
    """Do the tasks of one message each have their own math (``projection of u onto v and
    the distance between u and w``)? Then reading them all with every operand could answer
    another problem: the parser asks instead. Math only after the last task word is shared
    (``det and inverse of A``); math only between them belongs to the first
    (``hessian of f at (1, 1) and its eigenvalues``)."""
    if len(tasks) < 2:
        return False
    low = norm.lower()
    if (starts := _task_starts(low, tasks)) is None:
        return False  # a misspelt or derived task word: nothing to compare
    first, last = starts[0], starts[-1]
    between = after = False
    cursor = 0
    for text in item_texts:
        at = norm.find(text.strip(), cursor)
        if at < 0:
            continue
        cursor = at + len(text.strip())
        between |= first < at < last
        after |= at > last
    return between and after


# ----------------------------------------------------------------------- tasks on named vectors
# "norms of u and v and the angle between them, u = (1, 2), v = (3, 4)": each task names its
# own vectors (by name), so each reads the names written in its own part of the message (the
# definitions are shared); a task of one kind named twice is ``norm.2``
_LITERAL_VECTOR = re.compile(r"[(\[<]\s*-?[\d.]+(?:\s*[,;\s]\s*-?[\d.]+)+\s*[)\]>]")
PAIR_KINDS = ("norm", "angle", "dot", "cross", "distance", "scalar_projection", "projection")


def own_items(norm: str, items: list[Any], sequence: list[str], kind: str | None, task: int,
              names: frozenset[str]) -> list[Any] | None:
    """The items of the ``task``-th task of ``kind`` (its part of the message, from its phrase
    to the next task's) with every definition, when every task is on named vectors (vector
    kinds, each operand a bare defined name); None otherwise (the usual reading)."""
    if len(sequence) < 2 or kind not in PAIR_KINDS or any(k not in PAIR_KINDS
                                                          for k in sequence):
        return None
    low = norm.lower()
    if (starts := _task_starts(low, sequence)) is None:
        return None
    mine = [n for n, k in enumerate(sequence) if k == kind]
    if task > len(mine):
        return None
    n = mine[task - 1]
    begin, end = starts[n], (starts[n + 1] if n + 1 < len(starts) else len(norm))
    keep: list[bool] = []
    used: set[str] = set()
    typed = False
    cursor = 0
    for item in items:
        text = item.text.strip()  # found as a whole word: the name a is not the a of "and"
        hit = re.compile(rf"(?<![\w]){re.escape(text)}(?![\w])").search(norm, cursor)
        at = hit.start() if hit else -1
        cursor = at + len(text) if at >= 0 else cursor
        if "=" in text:
            # "norm of u = (1, 2, 2), norm of v = ...": a vector named where it is typed in
            # this task's part (its first mention) is this task's; other definitions are
            # decided below ("... for u = .., v = ..": by the names each task uses)
            name = text.split("=")[0].strip()
            first = re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", norm)
            inline = at >= 0 and begin <= at < end and first is not None and first.start() == at
            keep.append(inline)
            used |= {name} if inline else set()
        elif at >= 0 and _LITERAL_VECTOR.fullmatch(text):
            keep.append(begin <= at < end)  # "norms of (3,4) and (5,12)": typed in its part
            typed |= keep[-1]
        elif text not in names or at < 0:
            return None  # an expression: read the usual way
        else:
            keep.append(begin <= at < end)
            used |= {text} if keep[-1] else set()
    if not used and not typed:  # "a = .., b = ..: dot product, angle, and projection of a
        # onto b": a symmetric task naming no vector is on the two vectors defined, in order
        # (and "the cross product" is u × v in the order defined, as when asked alone)
        defs = [item for item in items if "=" in item.text]
        if kind not in ("dot", "angle", "distance", "cross") or len(defs) != 2:
            return None  # no name in this task's part: read the usual way
        return [*defs, *(Item(d.text.split("=")[0].strip()) for d in defs)]
    # the definitions of the names this task uses (the others are the other tasks')
    return [item for item, mine in zip(items, keep, strict=True)
            if mine or ("=" in item.text and item.text.split("=")[0].strip() in used)]
