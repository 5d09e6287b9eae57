"""Every part of the message accounted for: no word, number or variable dropped silently.

Two checks run on every ``parse``:

- ``check_words``: each English word is filler or has a meaning in the lexicon
  (``lexicon.FILLER`` / ``lexicon.MEANING`` / the kind phrases of ``intent``); each stop
  character is punctuation. Anything else stops the solve with a question back naming the word.
- ``check_reached``: each piece of math the student typed (a matrix, a vector, an expression, a
  definition, a point, an order, ...) reaches the ``Problem``. A piece that went nowhere (the
  second and third vectors of ``rank of (2,1,0), (1,1,1), (3,2,1)`` before that was read, an
  unused ``B = ...``) is named in a question back instead of being ignored.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import sympy as sp
from rapidfuzz import fuzz, process

from ..errors import ParseError
from ..render import inline
from .expr import MatOp, Seq, is_scalar
from .intent import VOCAB, canonical, rival_guesses
from .items import Parsed, as_vector
from .lexicon import CHAT_SPELLINGS as _CHAT
from .lexicon import (
    CONTEXT_WORDS,
    DESCRIBED_WORDS,
    FILLER,
    FOR_KINDS,
    MEANING,
    UNSUPPORTED,
    WRITTEN_ONLY,
)
from .lexicon import FILLER_LETTERS as _SPECIAL
from .lexicon import ORDINALS as _ORDINALS
from .lexicon import PUNCTUATION as _PUNCTUATION
from .readings import said
from .segment import Segmented

logger = logging.getLogger(__name__)

# The math the message's first task put in a slot only that task has (Newton's steps and its
# start, the chain rule's x(t), gradient descent's learning rate): read for another task of
# the message ("also what is f'(x)?", "also the gradient of f in x, y"), it is not that
# task's math (``parse`` sets it for such a reading: ``shared_math``)
_THEIRS: ContextVar[frozenset[str]] = ContextVar("theirs", default=frozenset())
OWN_SLOTS = ("options.steps", "options.subs", "options.lr", "options.n_terms")
# the kinds whose point is where they start, not where another task is evaluated ("gradient
# descent from (1, 1), also give the gradient": ∇f itself)
_STARTS = ("newton", "gradient_descent")


@contextmanager
def shared_math(account: Any, kind: str | None) -> Iterator[None]:
    """Read another task of a message whose first task (``kind``, its ``account``) is given:
    the pieces in that task's own slots are not this task's (``theirs``)."""
    token = _THEIRS.set(frozenset(shown for shown, where in account or () if where in OWN_SLOTS
                                  or (where == "point" and kind in _STARTS)))
    try:
        yield
    finally:
        _THEIRS.reset(token)


def theirs(items: list[Any]) -> tuple[list[Any], list[tuple[str, str]]]:
    """``items`` without the math of the first task's own slots (see ``shared_math``), and the
    account of what was taken out."""
    if not (own := _THEIRS.get()):
        return items, []
    return ([it for it in items if it.text.strip() not in own],
            [(it.text.strip(), "the first task of the message") for it in items
             if it.text.strip() in own])


_SUGGEST = sorted(set(VOCAB) | {w for w in MEANING if len(w) > 3 and w not in WRITTEN_ONLY})


class Unclear(ParseError):
    """A question back: part of the message was not understood (never guessed away)."""


def _suggestion(word: str) -> str:
    best = process.extractOne(word.lower(), _SUGGEST, scorer=fuzz.ratio, score_cutoff=75)
    return best[0] if best else ""


_ORDINAL_WORDS = tuple(_ORDINALS)  # the word lists are in lexicon.py


def _stem(word: str) -> str:
    """A word without its ending: "systems", "solver", "orthonormalise" and "differential"
    are forms of "system", "solve", "orthonormalize", "differentiate", not typos of them."""
    word = re.sub(r"(?:es|s)$", "", word)  # "diagonalizes": diagonaliz(e), diagonal
    return re.sub(r"(?:iation|ation|iate|ial|ise|ize|is|iz|ing|ed|er)$", "", word).rstrip("e")


def _guessed(seg: Segmented, word: str, at: int, canon: str) -> None:
    """A word read as the vocabulary word it is close to: said under the answer ("I took
    “eigenvectrs” as “eigenvectors”"); as close to words of two kinds, asked back."""
    typed = seg.typed(at, at + len(word))
    if rivals := rival_guesses(word):
        raise Unclear(f"By “{typed}” do you mean {' or '.join(f'“{w}”' for w in rivals)}?",
                      "Write that word in full.")
    said(f"I took “{typed}” as “{canon}”")


def check_words(seg: Segmented, kind: str | None = None,
                several_orders: bool = False, also: tuple[str, ...] = (),
                claims: list[tuple[str, int, int]] = ()) -> list[tuple[str, str]]:  # type: ignore[assignment]
    """Each word and where it went: ``("sir", "filler")``, ``("det", "kind: det")``;
    ``Unclear`` for a word the lexicon does not have. ``claims``: where the message describes
    its matrix (``described.claims``): a word there is a claim, checked after the build."""
    went: list[tuple[str, str]] = []
    unknown: list[str] = []
    for word, _at in seg.raw:
        low = word.lower()
        if low in DESCRIBED_WORDS and any(a <= _at < b for _c, a, b in claims):
            went.append((word, "claim about the matrix"))
            continue
        if low in UNSUPPORTED:
            raise Unclear(f"I can't do {UNSUPPORTED[low]} yet.",
                          "I do linear algebra (det, inverse, eigen, rank, PCA...) and "
                          "derivatives (d/dx, gradient, Hessian, Taylor...).")
        if low in FILLER or word in _SPECIAL or _CHAT.fullmatch(word):
            went.append((word, "filler"))
            continue
        if low in CONTEXT_WORDS:  # "our TA asked us to find ..": narration around the task
            went.append((word, "context"))
            continue
        if low in FOR_KINDS:
            # "projection and scalar projection": a word of a task named besides the first
            if (mine := next((k for k in (kind, *also) if k in FOR_KINDS[low]), None)):
                went.append((word, f"lexicon: {low} ({mine})"))
            else:
                unknown.append(word)
            continue
        canon = canonical(word)
        if low in MEANING or canon in MEANING or canon in VOCAB:
            if canon != low and low not in MEANING and low not in VOCAB and (
                    _stem(low) != _stem(canon)):  # a plural, -ise for -ize: no typo
                _guessed(seg, word, _at, canon)  # a typo: said, or asked back if two fit
            typed = seg.typed(_at, _at + len(word))  # "determinent", read as determinant
            went.append((typed if typed.lower() != low else word, f"lexicon: {canon}"))
            continue
        unknown.append(word)
    ordinals = {w.lower() for w, _at in seg.raw if w.lower() in _ORDINAL_WORDS}
    if len(ordinals) > 1 and kind not in ("taylor", "pca") and not several_orders:
        raise Unclear(f"You mention more than one order ({', '.join(sorted(ordinals))}).",
                      "Ask for one at a time, e.g. 'second derivative of x^3'.")
    if unknown:
        word = unknown[0]
        guess = _suggestion(word)
        did = f" Did you mean “{guess}”?" if guess and guess != word.lower() else ""
        at = next(a for w, a in seg.raw if w == word)  # quoted as the student typed it
        raise Unclear(f"I did not understand “{seg.typed(at, at + len(word))}”.{did}",
                      "Rephrase without that word, or write the math, e.g. "
                      "det [[1, 2], [3, 4]] or d/dx x^2.")
    for ch, at in seg.stops:
        if ch not in _PUNCTUATION:
            raise Unclear(f"I did not understand “{seg.typed(at, at + 1)}” in your message.",
                          "Use + - * / ^ and brackets for the math.")
        went.append((ch, "punctuation"))
    return went


# ----------------------------------------------------------------------- reached
def _flat(m: sp.MatrixBase) -> tuple:
    return tuple(sp.nsimplify(e) if isinstance(e, sp.Float) else e for e in m.flat())


def _key(m: sp.MatrixBase) -> tuple:
    return (m.shape, _flat(m))


def _keys(rows: int, cols: int, flat: tuple) -> tuple[tuple, tuple]:
    """The key of a matrix of that shape and row-major entries, and of its transpose (read off
    the entries: no SymPy matrix is built)."""
    if rows == 1 or cols == 1:
        return ((rows, cols), flat), ((cols, rows), flat)
    flat_t = tuple(flat[i * cols + j] for j in range(cols) for i in range(rows))
    return ((rows, cols), flat), ((cols, rows), flat_t)


def _copy_key(key: tuple, key_t: tuple) -> frozenset:
    """One key for a matrix and its transpose alike (the pair, unordered)."""
    return frozenset((key, key_t))


class _Bag:
    """Everything the Problem holds, each with where it is (``matrices[0]``, ``point``, ...),
    to look up what the student typed."""

    def __init__(self, fields: dict[str, Any]) -> None:
        self.mats: dict[tuple, str] = {}
        self.scalars: dict[Any, str] = {}
        self.eqs: list[tuple[Any, Any]] = []
        self.trees: list[Any] = []
        self.copies: dict[frozenset, int] = {}
        kind = self.kind = fields.get("kind")
        opts = fields.get("options", {})
        data_kind = kind in ("mean", "variance", "covariance", "pca", None)
        for n, m in enumerate(fields.get("matrices", ())):
            self._matrix(m, data_kind, f"matrices[{n}]")
        for n, v in enumerate(fields.get("vectors", ())):
            self._matrix(v, data_kind, f"vectors[{n}]")
        if fields.get("expr") is not None:
            self._scalar(fields["expr"], "expr")
        for n, e in enumerate(fields.get("exprs", ())):
            self._scalar(e, f"exprs[{n}]")
        exprs = tuple(fields.get("exprs", ()))
        if exprs:
            self._matrix(sp.Matrix(exprs), False, "exprs")
        self.eqs.extend(opts.get("reached_equations", ()))  # a coefficient matrix's system
        for n, eq in enumerate(fields.get("equations", ())):
            self.eqs.append((eq.lhs, eq.rhs))
            self._scalar(eq.lhs, f"equations[{n}]")
            self._scalar(eq.rhs, f"equations[{n}]")
        for s in fields.get("variables", ()):
            self._scalar(s, "variables")
        point = fields.get("point") or {}
        for k, v in point.items():
            self._scalar(k, "point")
            self._scalar(v, "point")
        if point:
            self._matrix(sp.Matrix(list(point.values())), False, "point")
        if fields.get("order") is not None:
            self._scalar(sp.Integer(fields["order"]), "order")
        for key in ("steps", "lr", "k", "n_terms"):
            if opts.get(key) is not None:
                v = opts[key]
                self._scalar(sp.Integer(v) if isinstance(v, int) else v, f"options.{key}")
        for k, v in (opts.get("subs") or {}).items():
            self._scalar(k, "options.subs")
            self._scalar(v, "options.subs")
        for row in opts.get("data") or []:
            vals = list(row.values())
            for v in vals:
                self._scalar(v, "options.data")
            self._matrix(sp.Matrix(vals), False, "options.data")
        for v in opts.get("x_range") or ():
            self._scalar(v, "options.x_range")
        if opts.get("x_range"):
            self._matrix(sp.Matrix(list(opts["x_range"])), False, "options.x_range")
        if opts.get("tree") is not None:
            self.trees.append(opts["tree"])
            self._leaves(opts["tree"])
        for _value, tree in opts.get("operands", ()):  # "dot product of u + v and w"
            self.trees.append(tree)
            self._leaves(tree)
        for other in opts.get("reached_trees", ()):  # "AB and BA": BA is another task, so
            self.trees.append(other)  # its matrices ("q = .." of "p.q, p×q and |p|") are used
            self._leaves(other)
        for s in opts.get("reached_scalars", ()):
            self._scalar(s, "order")
        # "where y = 3": (y, 3) put into the function (calculus._given_put_in)
        self.given = set(opts.get("reached_given", ()))
        for m in opts.get("reached_matrices", ()):
            self._matrix(m, True, "matrices[0] (as a row)")

    def _leaves(self, tree: Any) -> None:
        if isinstance(tree, MatOp):
            for a in tree.args:
                self._leaves(a)
        elif isinstance(tree, sp.MatrixBase):
            self._matrix(tree, False, "options.tree")

    def _scalar(self, value: Any, where: str) -> None:
        if isinstance(value, sp.Basic):
            self.scalars.setdefault(value, where)
            if isinstance(value, sp.Expr):
                for s in value.free_symbols:
                    self.scalars.setdefault(s, where)

    def _matrix(self, m: sp.MatrixBase, parts: bool, where: str) -> None:
        if not isinstance(m, sp.MatrixBase):
            m = sp.Matrix(m)
        rows, cols = m.shape
        flat = _flat(m)
        self._add(*_keys(rows, cols, flat), where)
        if parts:
            for j in range(cols):  # each column, and each row as a column
                self._add(*_keys(rows, 1, flat[j::cols]), where)
            for i in range(rows):
                self._add(*_keys(cols, 1, flat[i * cols:(i + 1) * cols]), where)
            for e in m.flat():
                self.scalars.setdefault(e, where)

    def _add(self, key: tuple, key_t: tuple, where: str) -> None:
        """A matrix the Problem holds: found by its key or its transpose's; one copy more."""
        self.mats.setdefault(key, where)
        self.mats.setdefault(key_t, where)
        held = _copy_key(key, key_t)
        self.copies[held] = self.copies.get(held, 0) + 1

    def where(self, value: Any) -> str | None:
        """Where ``value`` went in the Problem, or None when it went nowhere."""
        if isinstance(value, MatOp):
            if any(value == t for t in self.trees):
                return "options.tree"
            # one operation read as its own kind: A·B (multiply, or dot of two vectors),
            # A + B, Aᵀ, A⁻¹, |A|, ||u − v|| (distance), u × v, Ax = b
            fits = {"multiply": ("multiply", "dot"), "add": ("add",), "subtract": ("add",
                    "distance"), "transpose": ("transpose",), "inverse": ("inverse",),
                    "det": ("det",), "norm": ("norm", "distance"), "cross": ("cross",),
                    "apply": ("solve_system",)}
            if self.kind not in fits.get(value.op, ()):
                return None
            found = [self.where(a) for a in value.args if not is_scalar(a)]
            return found[0] if found and all(found) else None
        if isinstance(value, sp.MatrixBase):
            return self.mats.get(_key(value))
        if isinstance(value, Seq):
            vec = as_vector(value)
            if vec is not None and _key(vec) in self.mats:
                return self.mats[_key(vec)]
            found = [self.where(v) for v in value]
            return found[0] if found and all(found) else None
        if is_scalar(value):
            for v in (value, -value):
                if v in self.scalars:
                    return self.scalars[v]
            if isinstance(value, sp.Symbol | sp.Number) or value.is_number:
                return None
            syms = value.free_symbols
            for s, where in self.scalars.items():
                if (isinstance(s, sp.Expr) and not s.is_Atom and s.free_symbols == syms
                        and sp.expand(s - value) == 0):
                    return where
        return None

    def has(self, value: Any) -> bool:
        return self.where(value) is not None

    def used_up(self, value: Any) -> bool:
        """One more typed copy of the matrix ``value`` than the Problem holds: "A transpose
        times A" read as Aᵀ alone reaches one A twice; the second one went nowhere."""
        if not isinstance(value, sp.MatrixBase):
            return False
        key = _copy_key(*_keys(*value.shape, _flat(value)))
        if key not in self.copies:
            return False  # held inside an expression or a tree: where() decides
        self.copies[key] -= 1
        return self.copies[key] < 0


def _shown(p: Parsed) -> str:
    value = p.value
    if isinstance(value, MatOp):
        return "that matrix expression"
    shown = inline(as_vector(value)) if isinstance(value, Seq) and as_vector(value) is not None \
        else inline(value) if isinstance(value, sp.Basic | sp.MatrixBase) else str(value)
    if p.name:
        return f"{p.name} = {shown}"
    if p.is_equation:
        return f"{inline(p.lhs)} = {shown}"
    return shown


# a number reaches these fields only from its own role: "3" in "third derivative, 3" is not
# the order; "2" in "2 steps" is the steps
_NUMBER_ROLES = {"order": ("order", "upto"), "options.steps": ("steps",), "options.k": ("k",),
                 "options.lr": ("lr",), "options.n_terms": ()}


def _fits(p: Parsed, where: str) -> bool:
    if not (is_scalar(p.value) and p.value.is_number) or where not in _NUMBER_ROLES:
        return True
    if p.name in ("k", "lr", "alpha", "eta", "steps", "n", "rate"):
        return True
    return p.role in _NUMBER_ROLES[where]


def _lone_letter_unused(n: int, parsed: list[Parsed], fields: dict[str, Any],
                        held: frozenset[str] = frozenset()) -> bool:
    """A lone letter typed as its own piece went nowhere when it sits before a function it is
    a letter of ("derivative of x and sin x": a second function, not a variable list), or when
    the letters typed after the function are not the variables used ("hessian of x^2 y^2 z in
    x, y" solved in (x, y, z); "partial derivative of x^2 y, y" taken in x)."""
    def lone(q: Parsed) -> bool:
        return (isinstance(q.value, sp.Symbol) and not q.name and q.role == "main"
                and fields.get("expr") != q.value)

    def function_of(q: Parsed, s: sp.Symbol) -> bool:
        return (q.role == "main" and not q.name and not q.is_equation and is_scalar(q.value)
                and not isinstance(q.value, sp.Symbol) and s in q.value.free_symbols)

    p = parsed[n]
    if not lone(p) or p.value.name in held:  # "where k is a constant": a named parameter
        return False
    if any(function_of(q, p.value) for q in parsed[n + 1:]):
        return True
    variables = set(fields.get("variables") or ())
    typed = {q.value for q in parsed[n:] if lone(q)} | {
        q.value for q in parsed[:n] if lone(q) and not any(
            function_of(r, q.value) for r in parsed[parsed.index(q) + 1:])}
    return bool(variables) and typed != variables


def check_reached(parsed: list[Parsed], fields: dict[str, Any],
                  texts: list[str] | None = None,
                  held: frozenset[str] = frozenset(), several: bool = False
                  ) -> list[tuple[str, str]]:
    """Each parsed piece of math and where it went (``[("[[1, 2], [3, 4]]", "matrices[0]")]``);
    ``Unclear`` names the pieces that went nowhere."""
    bag = _Bag(fields)
    missing: list[Parsed] = []
    went: list[tuple[str, str]] = []
    defined = {p.name for p in parsed if p.name and bag.has(p.value)}
    # several tasks ("A^-1 and det(A)") may each name the same matrix: one copy serves them
    counted = not several and not fields.get("options", {}).get("also")
    for n, p in enumerate(parsed):
        shown = texts[n] if texts and n < len(texts) else _shown(p)
        if isinstance(p.value, sp.Symbol) and not p.name and p.value.name in defined:
            went.append((shown, f"the name {p.value.name}"))
            continue  # "grad f where f = ...": the name of a definition that was used
        if p.name and is_scalar(p.value) and (sp.Symbol(p.name), p.value) in bag.given:
            went.append((shown, f"expr (the value of {p.name}, put in)"))
            continue
        if p.called:  # "where g(x) = sin x": put into the math that calls g
            went.append((shown, f"the definition of {p.name}, used where it is called"))
            continue
        if p.is_equation:
            lhs, rhs = p.lhs, p.value
            if (lhs, rhs) in bag.eqs or (bag.has(lhs) and bag.has(rhs)):
                went.append((shown, "equations"))
            elif is_scalar(lhs) and is_scalar(rhs) and (where := bag.where(lhs - rhs)):
                went.append((shown, where))
            elif isinstance(lhs, MatOp) and lhs.op == "apply":
                went.append((shown, "matrices (A, b)"))  # Ax = b, checked by its builder
            else:
                missing.append(p)
        elif (where := bag.where(p.value)) and _fits(p, where) and not _lone_letter_unused(
                n, parsed, fields, held) and not (
                counted and not p.name and bag.used_up(p.value)):
            went.append((shown, where))
        else:
            missing.append(p)
    if missing:
        what = ", ".join(f"“{p.typed}”" if p.typed else _shown(p) for p in missing[:3])
        logger.info("unreached math: %s", what)
        raise Unclear(f"I did not see what to do with {what} in this problem.",
                      "Send one problem at a time, or say how that part is used.")
    return went
