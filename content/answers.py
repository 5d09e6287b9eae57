"""Reading and comparing answers, safely: a student's typed answer and the solver's answers.

Usage::

    from content.answers import check_free_answer, answers_match
    check_free_answer(question, "[[1, -1], [-1, 2]]")   # True / False, never raises on bad text
    answers_match(parse_key("1, 3"), solve("eigenvalues of [[2,1],[1,2]]").answer)

Text is read with ``solver.parsing.parse_value`` (a grammar, not ``sympify``). Comparison rules:

- expressions: equal when ``simplify(a - b) == 0`` (symbols compared by name);
- decimals: when either side holds a Float, numeric equality within ``|a − b| ≤ 0.01·max(1, |b|)``;
- matrices: same shape and entrywise equal; a row vector is accepted for a column vector (and a
  bare comma list ``1, 2`` for a vector);
- lists typed by a student: in order, or as a multiset (``3, 1`` for the eigenvalues ``1, 3``);
- dicts ``{x: 1, y: 2}`` (typed ``x = 1, y = 2``): same names, equal values.

``answers_match`` additionally understands every answer shape of the solver (issues 4 and 5):
eigenvalue dicts ``{value: multiplicity}`` against a list with repeats, ``eigenvects()``
triples, lists of column vectors, ``solve_system`` dicts, critical-point lists of dicts, the
``pca`` tuple (the variances list is compared; a single number means the largest variance) and
``None`` (a singular inverse, an inconsistent system), written ``none`` in a key, and the
iterations of ``newton`` / ``gradient_descent`` (a key gives the whole path or the last
iterate). A vector key such as ``[1, 3]`` also stands for a list of values (eigenvalues,
PCA variances).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sympy as sp

logger = logging.getLogger(__name__)

TOLERANCE = 0.01  # relative (absolute below 1) tolerance when decimals are involved
NONE_WORDS = frozenset({"none", "singular", "no solution", "inconsistent", "no inverse"})


# --------------------------------------------------------------------- reading
def parse_key(text: str) -> Any:
    """Read an answer key or a student's answer into SymPy values (``None`` for "none")."""
    from solver.parsing import parse_value

    if text.strip().lower() in NONE_WORDS:
        return None
    return parse_value(text)


@dataclass(frozen=True)
class Grade:
    """A typed answer, graded: whether it was read, whether it is right, and how it was read.

    ``read_as`` is a short phrase for the student ("read as the list 1/2, 1/6, 1/3"); when the
    text could not be read it says what went wrong instead.
    """

    understood: bool
    correct: bool
    read_as: str


# a number as typed: 3, -2, −2, 0.5, .5, 1/2
_NUMBER = r"[+\-−]?(?:\d+(?:\.\d*)?|\.\d+)(?:/\d+)?"
_BARE_LIST = re.compile(rf"\s*{_NUMBER}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+){_NUMBER})+\s*")
_LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*|\s+")


def read_answer(text: str) -> Any:
    """A student's answer as SymPy values: ``parse_key`` plus lists of numbers typed with
    spaces or "and" (``1/2 1/6 1/3`` is the list 1/2, 1/6, 1/3, not their product) and
    matrices typed row by row (``1 2; 3 4`` or one row per line).

    Raises ``solver.ParseError`` for text that cannot be read as an answer.
    """
    from solver.errors import ParseError, TooHard

    try:
        rows = [r for r in re.split(r"\s*[;\n]\s*", text.strip()) if r]
        if len(rows) >= 2 and all(_BARE_LIST.fullmatch(r) or re.fullmatch(_NUMBER, r)
                                  for r in rows):  # "1 2; 3 4": a matrix, row by row
            cells = [[parse_key(t) for t in _LIST_SEPARATOR.split(r)] for r in rows]
            if len({len(r) for r in cells}) == 1:
                return sp.Matrix(cells)
        if _BARE_LIST.fullmatch(text):
            return [parse_key(t) for t in _LIST_SEPARATOR.split(text.strip())]
        return parse_key(text)
    except TooHard as exc:
        raise ParseError(exc.message, "Type a number, an expression or a matrix.") from exc


def grade(question: Any, typed_text: str) -> Grade:
    """Grade a typed answer to a free question (a ``Question`` or a generated one).

    Equivalent forms are accepted (``2x+1`` = ``1 + 2*x``, ``−2`` = ``-2``, ``1/2`` = ``0.5``,
    a matrix in any notation the parser reads, a row for a column vector). A list of values
    (``answer_kind: list``, or a generated list such as eigenvalues) is compared as a multiset
    unless ``question.ordered``; eigenvectors (``answer_kind: eigenvectors``) up to a non-zero
    scale each. Never raises: unreadable text gives ``understood=False``.
    """
    from solver.errors import ParseError

    expected = _expected(question)
    try:
        given = read_answer(typed_text)
    except ParseError as exc:
        how = f" {exc.hint}" if exc.hint else ""
        return Grade(False, False, f"could not read it: {exc.message}{how}")
    kind = getattr(question, "answer_kind", "")
    ordered = bool(getattr(question, "ordered", False))
    try:
        if kind == "expression" and not _has_float(expected):
            # 0.5·x for x/2 is fair; 0.33·x for x/3 is not: decimals count at face value here,
            # the 1 % tolerance is for numeric answers
            given = _exact_decimals(given)
        if kind == "list":
            correct = _list_match(expected, given, ordered)
        elif kind == "eigenvectors":
            correct = _directions_match(expected, given, ordered)
        else:
            correct = _student_match(expected, given, ordered)
    except Exception:  # a comparison SymPy cannot decide counts as wrong, never as a crash
        logger.warning("could not compare %r with %r", typed_text, expected, exc_info=True)
        correct = False
    return Grade(True, bool(correct), describe(given, kind))


def check_free_answer(question: Any, user_text: str) -> bool:
    """Is ``user_text`` a correct answer to a free question (``Question`` or generated)?

    The same verdict as ``grade``; text that cannot be read as an answer raises
    ``solver.ParseError`` (so the bot can say how to type it).
    """
    from solver.errors import ParseError

    result = grade(question, user_text)
    if not result.understood:
        read_answer(user_text)  # re-raise the parser's own error
        raise ParseError(result.read_as)
    return result.correct


def describe(value: Any, kind: str = "") -> str:
    """How a typed answer was read, for the student ("read as the vector (1, 2)")."""
    from solver.render import inline

    if value is None:
        return "read as: none (no solution)"
    if isinstance(value, dict):
        return "read as " + ", ".join(f"{inline(k)} = {inline(v)}" for k, v in value.items())
    if kind in ("list", "eigenvectors") and isinstance(value, sp.MatrixBase) and 1 in value.shape:
        value = list(value) if kind == "list" else [value]
    if isinstance(value, list | tuple):
        if len(value) == 1 and isinstance(value[0], sp.MatrixBase):
            return f"read as the vector {inline(value[0])}"
        what = "vectors" if all(isinstance(v, sp.MatrixBase) for v in value) else "list"
        return f"read as the {what} " + ", ".join(inline(v) for v in value)
    if isinstance(value, sp.MatrixBase):
        what = "vector" if value.cols == 1 or value.rows == 1 else "matrix"
        return f"read as the {what} {inline(value)}"
    return f"read as {inline(value)}"


def _has_float(value: Any) -> bool:
    if isinstance(value, dict):
        return any(_has_float(v) for v in value.values())
    if isinstance(value, list | tuple):
        return any(_has_float(v) for v in value)
    return isinstance(value, sp.Basic) and value.has(sp.Float)


def _exact_decimals(value: Any) -> Any:
    """Typed decimals as the exact fractions they spell (0.5 → 1/2, 0.333 → 333/1000)."""
    if isinstance(value, dict):
        return {k: _exact_decimals(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_exact_decimals(v) for v in value)
    if isinstance(value, sp.Basic) and value.has(sp.Float):
        return value.xreplace({f: sp.Rational(str(f)) for f in value.atoms(sp.Float)})
    return value


def _expected(question: Any) -> Any:
    expected = getattr(question, "value", None)
    if expected is None:
        expected = parse_key(question.answer)
    return expected


def _values(v: Any) -> list:
    """A list answer however it is written: a vector, a comma list or one value."""
    if isinstance(v, sp.MatrixBase) and 1 in v.shape:
        return list(v)
    if isinstance(v, list | tuple):
        return list(v)
    return [v]


def _list_match(expected: Any, given: Any, ordered: bool) -> bool:
    a, b = _values(expected), _values(given)
    if not all(_is_scalar(x) for x in (*a, *b)):
        return False
    return _seq_equal(a, b) if ordered else _multiset_equal(a, b)


def _directions_match(expected: Any, given: Any, ordered: bool) -> bool:
    """Eigenvectors: each typed vector a non-zero multiple of its key vector."""
    def vectors(v: Any) -> list:
        return [v] if isinstance(v, sp.MatrixBase) else list(v) if isinstance(v, list) else []

    a, b = vectors(expected), vectors(given)
    if not a or len(a) != len(b) or not all(isinstance(v, sp.MatrixBase) for v in (*a, *b)):
        return False
    if ordered:
        return all(_parallel(u, v) for u, v in zip(a, b, strict=True))
    left = list(b)
    for u in a:
        for i, v in enumerate(left):
            if _parallel(u, v):
                del left[i]
                break
        else:
            return False
    return True


def _parallel(u: sp.MatrixBase, v: sp.MatrixBase) -> bool:
    u, v = _col(u), _col(v)
    if u.rows != v.rows or all(x == 0 for x in v) or all(x == 0 for x in u):
        return False
    return sp.Matrix.hstack(u, v).rank(simplify=True) == 1


def _student_match(expected: Any, given: Any, ordered: bool = False) -> bool:
    if (isinstance(expected, sp.MatrixBase) and isinstance(given, list | tuple)
            and all(_is_scalar(g) for g in given)):  # "1, 2" typed for the vector [1, 2]
        given = sp.Matrix(given)
    if (isinstance(expected, list | tuple) and all(_is_scalar(e) for e in expected)
            and isinstance(given, sp.MatrixBase) and 1 in given.shape):  # "[1, 3]" for a list
        given = list(given)
    if isinstance(expected, list | tuple) and isinstance(given, list | tuple):
        return _seq_equal(expected, given) or (not ordered and _multiset_equal(expected, given))
    if isinstance(expected, list | tuple) and len(expected) == 1:
        return values_equal(expected[0], given)
    return values_equal(expected, given)


# --------------------------------------------------------------------- comparing values
def values_equal(a: Any, b: Any) -> bool:
    """Mathematical equality of two parsed values (see the module docstring)."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, sp.MatrixBase) or isinstance(b, sp.MatrixBase):
        return _matrix_equal(a, b)
    if isinstance(a, dict) and isinstance(b, dict):
        return _dict_equal(a, b)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return _seq_equal(a, b)
    if _is_scalar(a) and _is_scalar(b):
        a, b = sp.sympify(a, strict=True), sp.sympify(b, strict=True)  # safe: strict
        return _scalar_equal(a, b)
    return False


def _is_scalar(x: Any) -> bool:
    return isinstance(x, sp.Basic | int | float) and not isinstance(x, sp.MatrixBase | bool)


def _plain(e: sp.Basic) -> sp.Basic:
    """Symbols by name only, so ``x`` (real) from one reader equals ``x`` from another."""
    return e.xreplace({s: sp.Symbol(s.name) for s in e.free_symbols if isinstance(s, sp.Symbol)})


def _scalar_equal(a: sp.Basic, b: sp.Basic) -> bool:
    if isinstance(a, sp.Equality) or isinstance(b, sp.Equality):
        return isinstance(a, sp.Equality) and isinstance(b, sp.Equality) and (
            _scalar_equal(a.lhs - a.rhs, b.lhs - b.rhs)
            or _scalar_equal(a.lhs - a.rhs, b.rhs - b.lhs))
    a, b = _plain(a), _plain(b)
    if a == b:
        return True
    diff = a - b
    if a.has(sp.Float) or b.has(sp.Float):
        return _numeric_close(a, b)
    if sp.expand(diff) == 0:
        return True
    try:
        return bool(sp.simplify(diff) == 0)
    except (TypeError, ValueError, RecursionError):
        return False


def _numeric_close(a: sp.Basic, b: sp.Basic) -> bool:
    """Equal within the tolerance at the point itself, or at a few sample points."""
    symbols = sorted(a.free_symbols | b.free_symbols, key=lambda s: s.name)
    samples = [{}] if not symbols else [
        {s: sp.Rational(k + 2 * i + 1, 3) for i, s in enumerate(symbols)} for k in range(3)
    ]
    for point in samples:
        try:
            va = complex(sp.N(a.subs(point)))
            vb = complex(sp.N(b.subs(point)))
        except (TypeError, ValueError):
            return False
        if abs(va - vb) > TOLERANCE * max(1.0, abs(vb)):
            return False
    return True


def _matrix_equal(a: Any, b: Any) -> bool:
    if not isinstance(a, sp.MatrixBase):
        a, b = b, a
    if not isinstance(b, sp.MatrixBase):
        # a 1x1 matrix against a scalar
        return a.shape == (1, 1) and _is_scalar(b) and values_equal(a[0, 0], b)
    if a.shape != b.shape:
        if 1 in a.shape and 1 in b.shape and len(a) == len(b):  # row typed for a column
            b = b.reshape(*a.shape)
        else:
            return False
    return all(values_equal(x, y) for x, y in zip(a, b, strict=True))


def _dict_equal(a: dict, b: dict) -> bool:
    def named(d: dict) -> dict:
        return {(k.name if isinstance(k, sp.Symbol) else k): v for k, v in d.items()}

    na, nb = named(a), named(b)
    if all(isinstance(k, str) for k in (*na, *nb)):
        # a parametric solution may map a free unknown to itself: drop those
        na = {k: v for k, v in na.items() if not _is_self(k, v)}
        nb = {k: v for k, v in nb.items() if not _is_self(k, v)}
        return na.keys() == nb.keys() and all(values_equal(na[k], nb[k]) for k in na)
    # keys are values (eigenvalue → multiplicity): compare as multisets
    return _multiset_equal(_expand_multiset(a), _expand_multiset(b))


def _is_self(name: str, value: Any) -> bool:
    return isinstance(value, sp.Symbol) and value.name == name


def _seq_equal(a: Sequence, b: Sequence) -> bool:
    return len(a) == len(b) and all(values_equal(x, y) for x, y in zip(a, b, strict=True))


def _multiset_equal(a: Sequence, b: Sequence) -> bool:
    if len(a) != len(b):
        return False
    left = list(b)
    for x in a:
        for i, y in enumerate(left):
            if values_equal(x, y):
                del left[i]
                break
        else:
            return False
    return True


def _expand_multiset(d: dict) -> list:
    out: list = []
    for value, mult in d.items():
        out += [value] * int(mult)
    return out


# --------------------------------------------------------------------- solver answers
def answers_match(expected: Any, answer: Any, kind: str | None = None) -> bool:
    """Does the parsed key ``expected`` describe the solver's ``answer``?

    ``kind`` (the solver's problem kind) matters for ``nullspace`` (any basis of the same space
    is accepted) and for ``newton`` / ``gradient_descent`` (a path of iterates).
    """
    try:
        return _answers_match(expected, answer, kind)
    except Exception:  # undecidable → not a match; the caller reports it
        logger.warning("could not compare %r with %r", expected, answer, exc_info=True)
        return False


def _as_list(expected: Any) -> Any:
    """A vector key ``[1, 3]`` (read as a Matrix) listing values: as a plain list."""
    if isinstance(expected, sp.MatrixBase) and 1 in expected.shape:
        return list(expected)
    return expected


def _answers_match(expected: Any, answer: Any, kind: str | None) -> bool:
    if answer is None or expected is None:
        return answer is None and expected is None
    if kind in PATH_KINDS and isinstance(answer, list) and answer:
        return _path_match(expected, answer)
    if (isinstance(answer, tuple) and len(answer) == 2 and isinstance(answer[0], list | tuple)) \
            or (isinstance(answer, dict) and answer
                and not any(isinstance(k, sp.Symbol) for k in answer)):
        expected = _as_list(expected)
    if isinstance(answer, tuple) and len(answer) == 2 and isinstance(answer[0], list | tuple):
        variances = list(answer[0])  # pca: (variances, directions)
        if _is_scalar(expected):
            return values_equal(expected, variances[0])
        if isinstance(expected, tuple) and len(expected) == 2:
            expected = expected[0]
        return isinstance(expected, list | tuple) and _seq_equal(list(expected), variances)
    if isinstance(answer, dict) and answer and not any(isinstance(k, sp.Symbol) for k in answer):
        values = _expand_multiset(answer)  # eigenvalues {value: multiplicity}
        if isinstance(expected, dict):
            return _dict_equal(expected, answer)
        if _is_scalar(expected):
            return len(answer) == 1 and values_equal(expected, next(iter(answer)))
        return isinstance(expected, list | tuple) and _multiset_equal(list(expected), values)
    if isinstance(answer, dict):  # solve_system
        return isinstance(expected, dict) and _dict_equal(expected, answer)
    if isinstance(answer, list) and answer and _is_eigenvects(answer):
        return _eigenvects_match(expected, answer)
    if isinstance(answer, list) and all(isinstance(p, dict) for p in answer):  # critical points
        points = [expected] if isinstance(expected, dict) else expected
        return isinstance(points, list | tuple) and _multiset_equal(list(points), answer)
    if isinstance(answer, list):  # nullspace / gram_schmidt: column vectors
        vectors = [expected] if isinstance(expected, sp.MatrixBase) else expected
        if not isinstance(vectors, list | tuple):
            return False
        if _seq_equal(list(vectors), answer):
            return True
        return kind == "nullspace" and _same_span(list(vectors), answer)
    return values_equal(expected, answer)


PATH_KINDS = frozenset({"newton", "gradient_descent"})


def _path_match(expected: Any, path: list) -> bool:
    """Iterations (Newton's x values, descent points as dicts): the key is the whole path or
    the last iterate (a number, ``x = …, y = …``, or a vector in the variables' order)."""
    if isinstance(expected, list | tuple) and len(expected) == len(path):
        return _seq_equal(list(expected), path)
    last = path[-1]
    if isinstance(last, dict):
        if isinstance(expected, dict):
            return _dict_equal(expected, last)
        values = list(last.values())
        if _is_scalar(expected):
            return len(values) == 1 and values_equal(expected, values[0])
        expected = _as_list(expected)
        return isinstance(expected, list | tuple) and _seq_equal(list(expected), values)
    return values_equal(expected, last)


def _is_eigenvects(answer: list) -> bool:
    return all(isinstance(t, tuple) and len(t) == 3 and isinstance(t[2], list) for t in answer)


def _eigenvects_match(expected: Any, answer: list) -> bool:
    """A key for ``eigenvectors`` lists eigenvectors (any scaling); each must lie in an
    eigenspace, and every eigenspace must be covered to its dimension."""
    vectors = [expected] if isinstance(expected, sp.MatrixBase) else expected
    if not isinstance(vectors, list | tuple) or not all(
        isinstance(v, sp.MatrixBase) for v in vectors):
        return False
    spaces = [list(basis) for _, _, basis in answer]
    if len(vectors) != sum(len(b) for b in spaces):
        return False
    for basis in spaces:
        dim = len(basis)
        inside = [v for v in vectors if _in_span(v, basis)]
        if not inside or sp.Matrix.hstack(*[_col(v) for v in inside]).rank() != dim:
            return False
    return True


def _col(v: sp.MatrixBase) -> sp.MatrixBase:
    return v if v.cols == 1 else v.T


def _in_span(v: sp.MatrixBase, basis: list) -> bool:
    b = sp.Matrix.hstack(*[_col(x) for x in basis])
    v = _col(v)
    if v.rows != b.rows or all(x == 0 for x in v):
        return False
    return sp.Matrix.hstack(b, v).rank(simplify=True) == b.rank(simplify=True)


def _same_span(a: list, b: list) -> bool:
    if not a or not b:
        return not a and not b
    ma = sp.Matrix.hstack(*[_col(v) for v in a])
    mb = sp.Matrix.hstack(*[_col(v) for v in b])
    if ma.rows != mb.rows:
        return False
    r = ma.rank(simplify=True)
    return r == mb.rank(simplify=True) == sp.Matrix.hstack(ma, mb).rank(simplify=True)


# --------------------------------------------------------------------- answer keys
def verify_question(question: Any) -> str | None:
    """Recompute a question's answer key with the solver; ``None`` when it holds, else why not.

    The key is ``verify.equals`` when given, else the question's ``answer``; a free question's
    ``answer`` must also be readable and accepted by ``check_free_answer``.
    """
    from solver import solve
    from solver.errors import ParseError, TooHard

    v = question.verify
    if v is None:
        return None
    key = v.equals or question.answer
    try:
        expected = parse_key(key)
    except (ParseError, TooHard) as exc:
        return f"{question.id}: the key {key!r} cannot be read: {exc}"
    try:
        solution = solve(v.solve)
    except (ParseError, TooHard) as exc:
        return f"{question.id}: verify.solve {v.solve!r} fails: {exc}"
    if not answers_match(expected, solution.answer, solution.kind):
        return (f"{question.id}: key {key!r} but the solver gives "
                f"{sp.sstr(solution.answer)} for {v.solve!r}")
    if question.type == "free" and not check_free_answer(question, question.answer):
        return f"{question.id}: answer {question.answer!r} is not accepted as its own answer"
    if question.type == "free":
        return _check_list_kind(question, expected, solution.kind)
    return None


_ORDER_WORDS = re.compile(r"\b(order|first|descending|ascending|increasing|decreasing)\b", re.I)


def _check_list_kind(question: Any, expected: Any, kind: str | None) -> str | None:
    """A key listing several eigenvalues or variances is a ``list`` answer; ``ordered`` only
    when the question says the order (issue 15: lists were compared in order)."""
    several = isinstance(expected, list | tuple) or (
        isinstance(expected, sp.MatrixBase) and 1 in expected.shape and len(expected) > 1)
    if kind in ("eigenvalues", "pca") and several and question.answer_kind != "list":
        return f"{question.id}: a list of {kind} needs answer_kind: list (any order)"
    if question.ordered and not _ORDER_WORDS.search(question.question):
        return f"{question.id}: ordered: true but the question does not say the order"
    if kind == "pca" and question.answer_kind == "list" and not question.ordered:
        return f"{question.id}: principal variances are listed largest first: set ordered: true"
    return None
