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
from typing import Any

import sympy as sp
from rapidfuzz import fuzz, process

from ..errors import ParseError
from ..render import inline
from .expr import MatOp, Seq, is_scalar
from .intent import VOCAB, canonical
from .items import Parsed, as_vector
from .lexicon import FILLER, MEANING, UNSUPPORTED
from .segment import Segmented

logger = logging.getLogger(__name__)

_PUNCTUATION = frozenset(".?!:)")
_SPECIAL = frozenset("aiuAIUq")
_SUGGEST = sorted(set(VOCAB) | {w for w in MEANING if len(w) > 3})


class Unclear(ParseError):
    """A question back: part of the message was not understood (never guessed away)."""


def _suggestion(word: str) -> str:
    best = process.extractOne(word.lower(), _SUGGEST, scorer=fuzz.ratio, score_cutoff=75)
    return best[0] if best else ""


def check_words(seg: Segmented) -> None:
    unknown: list[str] = []
    for word, _at in seg.raw:
        low = word.lower()
        if low in UNSUPPORTED:
            raise Unclear(f"I can't do {UNSUPPORTED[low]} yet.",
                          "I do linear algebra (det, inverse, eigen, rank, PCA...) and "
                          "derivatives (d/dx, gradient, Hessian, Taylor...).")
        if low in FILLER or low in MEANING or word in _SPECIAL:
            continue
        canon = canonical(word)
        if canon in VOCAB or canon in MEANING:
            continue
        unknown.append(word)
    if unknown:
        word = unknown[0]
        guess = _suggestion(word)
        did = f" Did you mean “{guess}”?" if guess else ""
        raise Unclear(f"I did not understand “{word}”.{did}",
                      "Rephrase without that word, or write the math, e.g. "
                      "det [[1, 2], [3, 4]] or d/dx x^2.")
    for ch, _at in seg.stops:
        if ch not in _PUNCTUATION:
            raise Unclear(f"I did not understand “{ch}” in your message.",
                          "Use + - * / ^ and brackets for the math.")


# ----------------------------------------------------------------------- reached
def _key(m: sp.MatrixBase) -> tuple:
    return (m.shape, tuple(sp.nsimplify(e) if isinstance(e, sp.Float) else e for e in m))


class _Bag:
    """Everything the Problem holds, to look up what the student typed."""

    def __init__(self, fields: dict[str, Any]) -> None:
        self.mats: set[tuple] = set()
        self.scalars: set[Any] = set()
        self.eqs: list[tuple[Any, Any]] = []
        self.trees: list[Any] = []
        kind = fields.get("kind")
        opts = fields.get("options", {})
        for m in fields.get("matrices", ()):
            self._matrix(m, kind in ("mean", "variance", "covariance", "pca", None))
        for v in fields.get("vectors", ()):
            self._matrix(v, True)
        if fields.get("expr") is not None:
            self._scalar(fields["expr"])
        for e in fields.get("exprs", ()):
            self._scalar(e)
        exprs = tuple(fields.get("exprs", ()))
        if exprs:
            self._matrix(sp.Matrix(exprs), False)
        for eq in fields.get("equations", ()):
            self.eqs.append((eq.lhs, eq.rhs))
            self._scalar(eq.lhs)
            self._scalar(eq.rhs)
        for s in fields.get("variables", ()):
            self._scalar(s)
        point = fields.get("point") or {}
        for k, v in point.items():
            self._scalar(k)
            self._scalar(v)
        if point:
            self._matrix(sp.Matrix(list(point.values())), False)
        if fields.get("order") is not None:
            self._scalar(sp.Integer(fields["order"]))
        for key in ("steps", "lr", "k", "n_terms"):
            if opts.get(key) is not None:
                v = opts[key]
                self._scalar(sp.Integer(v) if isinstance(v, int) else v)
        for k, v in (opts.get("subs") or {}).items():
            self._scalar(k)
            self._scalar(v)
        for row in opts.get("data") or []:
            vals = list(row.values())
            for v in vals:
                self._scalar(v)
            self._matrix(sp.Matrix(vals), False)
        for v in opts.get("x_range") or ():
            self._scalar(v)
        if opts.get("x_range"):
            self._matrix(sp.Matrix(list(opts["x_range"])), False)
        if opts.get("tree") is not None:
            self.trees.append(opts["tree"])
        for s in opts.get("reached_scalars", ()):
            self._scalar(s)
        for m in opts.get("reached_matrices", ()):
            self._matrix(m, True)

    def _scalar(self, value: Any) -> None:
        if isinstance(value, sp.Basic):
            self.scalars.add(value)
            if isinstance(value, sp.Expr):
                self.scalars |= {s for s in value.free_symbols}

    def _matrix(self, m: sp.MatrixBase, parts: bool) -> None:
        m = sp.Matrix(m)
        self.mats.add(_key(m))
        self.mats.add(_key(m.T))
        if parts:
            for j in range(m.cols):
                self.mats.add(_key(m.col(j)))
            for i in range(m.rows):
                self.mats.add(_key(m.row(i).T))
            if m.rows == 1 or m.cols == 1 or parts:
                for e in m:
                    self.scalars.add(e)

    def has_matrix(self, m: sp.MatrixBase) -> bool:
        return _key(sp.Matrix(m)) in self.mats

    def has(self, value: Any) -> bool:
        if isinstance(value, MatOp):
            if any(value == t for t in self.trees):
                return True
            return all(self.has(a) for a in value.args)
        if isinstance(value, sp.MatrixBase):
            return self.has_matrix(value)
        if isinstance(value, Seq):
            vec = as_vector(value)
            if vec is not None and self.has_matrix(vec):
                return True
            return all(self.has(v) for v in value)
        if is_scalar(value):
            if value in self.scalars or (-value) in self.scalars:
                return True
            if isinstance(value, sp.Symbol | sp.Number) or value.is_number:
                return False
            return any(isinstance(s, sp.Expr) and sp.simplify(s - value) == 0
                       for s in self.scalars if isinstance(s, sp.Expr) and not s.is_Atom)
        return False


def _shown(p: Parsed) -> str:
    value = p.value
    if isinstance(value, MatOp):
        return "that matrix expression"
    shown = inline(as_vector(value)) if isinstance(value, Seq) and as_vector(value) is not None \
        else inline(value) if isinstance(value, sp.Basic) else str(value)
    if p.name:
        return f"{p.name} = {shown}"
    if p.is_equation:
        return f"{inline(p.lhs)} = {shown}"
    return shown


def check_reached(parsed: list[Parsed], fields: dict[str, Any]) -> None:
    bag = _Bag(fields)
    missing: list[Parsed] = []
    defined = {p.name for p in parsed if p.name and bag.has(p.value)}
    for p in parsed:
        if isinstance(p.value, sp.Symbol) and not p.name and p.value.name in defined:
            continue  # "grad f where f = ...": the name of a definition that was used
        if p.is_equation:
            lhs, rhs = p.lhs, p.value
            if (lhs, rhs) in bag.eqs or (bag.has(lhs) and bag.has(rhs)):
                continue
            if is_scalar(lhs) and is_scalar(rhs) and bag.has(lhs - rhs):
                continue
            if isinstance(lhs, MatOp) and lhs.op == "apply":
                continue  # Ax = b is read whole (solve_system), checked by its builder
            missing.append(p)
        elif not bag.has(p.value):
            missing.append(p)
    if missing:
        what = ", ".join(_shown(p) for p in missing[:3])
        logger.info("unreached math: %s", what)
        raise Unclear(f"I did not see what to do with {what} in this problem.",
                      "Send one problem at a time, or say how that part is used.")
