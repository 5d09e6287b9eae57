"""Answer accuracy: each message through the real solver, its answer compared with the expected.

Usage::

    .venv/bin/python benchmarks/answer_accuracy.py --set tests/heldout/deepmind_tune.yaml
    .venv/bin/python benchmarks/answer_accuracy.py --set A.yaml --set B.yaml -v --json out.json
    .venv/bin/python benchmarks/answer_accuracy.py --selftest   # the comparator's own checks

Every message is classified as

- **right**: the solver answered and its answer equals the expected one (mathematically);
- **wrong**: the solver answered something else: the worst outcome, each one is printed with
  the message, the solver's restatement, its answer and the expected answer;
- **refused**: ``ParseError``, ``TooHard``, no kind, a timeout or a crash (reasons with ``-v``;
  crashes are always listed: they are bugs);
- **partial**: a message with several tasks of which only some were answered (right);
- **unverifiable**: the answer could not be compared (a shape this runner cannot map, or an
  expression it cannot evaluate); each one is listed.

Two input formats (detected per file):

1. DeepMind ``mathematics_dataset`` questions: ``{id, module, question, answer}``; the answer is
   the expected derivative (an expression); the group is ``module``.
2. The held-out format: ``{id, text, class, restatement, expect: answer|refuse, ambiguous,
   answers: [{task, type, value}, ...]}``; the group is ``class``. With ``expect: refuse`` a
   refusal is right and any answer is wrong.

Expected types: number | expr | matrix | vector | multiset | list | vectors_up_to_scale | points.
Comparison: expressions by ``expand(a - b) == 0``, else numeric agreement at 6 sample points
(relative 1e-9), with ``simplify(a - b) == 0`` as the last word; matrices elementwise (a row
and a column vector compare equal); a multiset is the same values with multiplicity in any
order; ``vectors_up_to_scale``: the counts match and each expected vector is parallel to its
own solver vector (or, for eigenvectors of one eigenvalue and for null spaces, lies in the
span the solver gave: any basis of the space is right); ``list`` is ordered; ``points`` is
the same set of dicts. Symbol names are compared without assumptions, underscores or
Unicode subscripts (``x_1`` = ``x₁`` = ``x1``).

Each solve runs in a worker process (pebble) with a per-message time limit (``--timeout``,
an alarm inside the worker, and a hard kill as a backstop); a timeout counts as refused.
Times: ``parse`` is ``solver.parse`` on the message (cold), ``solve`` is ``solver.solve`` on
it (parse again, with warm caches, then the solver): medians and p95 per group.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import random
import re
import signal
import statistics
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import sympy as sp
import yaml

ROOT = Path(__file__).resolve().parent.parent

OUTCOMES = ("right", "wrong", "refused", "partial", "unverifiable")
TYPES = ("number", "expr", "matrix", "vector", "multiset", "list", "vectors_up_to_scale",
         "points")
TOL = 1e-9
COMPARE_TIMEOUT = 20.0  # seconds for one comparison (simplify can be slow)
SAMPLES = 6


# --------------------------------------------------------------------------- expected values
# Expected answers are trusted frozen data written by us (never user text), so reading them
# with sympify is acceptable here; this file lives outside bot/, solver/ and content/.

_KEEP = {"pi", "E", "I", "oo", "zoo", "nan", "True", "False", "None"}
_IDENT = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")


def read_expected(value: Any, variables: frozenset[str] = frozenset()) -> Any:
    """A frozen expected value (a SymPy ``str()``, or YAML numbers/lists) as SymPy objects.

    ``variables``: names that are the problem's variables, so ``E`` in ``3*E**2 - 2`` for
    "diff E^3 - 2E with respect to E" is the variable E, not Euler's number."""
    if value is None:
        return None
    if isinstance(value, bool):
        return sp.true if value else sp.false
    if isinstance(value, int | float):
        return sp.Integer(value) if isinstance(value, int) else sp.Float(value, 15)
    if isinstance(value, list | tuple):
        return [read_expected(v, variables) for v in value]
    if isinstance(value, dict):
        return {read_expected(k, variables): read_expected(v, variables)
                for k, v in value.items()}
    text = str(value).strip()
    if text == "None":
        return None
    text = text.replace("lambda", "lambda_")
    names: dict[str, Any] = {}
    for match in _IDENT.finditer(text):
        name = match.group()
        rest = text[match.end():].lstrip()
        if (name not in _KEEP or name in variables) and not rest.startswith("("):
            names[name] = sp.Symbol(name.removesuffix("_") if name == "lambda_" else name)
    # safe: the expected answers of our own frozen YAML sets (written by us, checked into the
    # repo), never a student message; the bot, solver and content never do this
    return sp.sympify(text, locals=names)


# --------------------------------------------------------------------------- canonical forms

_GREEK = {"λ": "lambda", "lamda": "lambda", "θ": "theta", "α": "alpha", "β": "beta",
          "μ": "mu", "σ": "sigma", "η": "eta", "ω": "omega", "φ": "phi"}


def canon_name(name: str) -> str:
    name = unicodedata.normalize("NFKC", name)
    for old, new in _GREEK.items():
        name = name.replace(old, new)
    return name.replace("_", "").replace("{", "").replace("}", "")


def canon(obj: Any) -> Any:
    """Plain symbols (no assumptions, canonical names) throughout; Python numbers as SymPy."""
    if obj is None or isinstance(obj, str):
        return obj
    if isinstance(obj, bool):
        return obj
    if isinstance(obj, int):
        return sp.Integer(obj)
    if isinstance(obj, float):
        return sp.Float(obj, 15)
    if isinstance(obj, dict):
        return {canon(k): canon(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return type(obj)(canon(o) for o in obj)
    if isinstance(obj, sp.MatrixBase):
        return sp.Matrix(obj).applyfunc(canon)
    if isinstance(obj, sp.Basic):
        mapping = {s: sp.Symbol(canon_name(s.name)) for s in obj.free_symbols
                   if isinstance(s, sp.Symbol)}
        return obj.xreplace(mapping) if mapping else obj
    return obj


# --------------------------------------------------------------------------- tri-state logic
# Every comparison answers True (equal), False (clearly different) or None (cannot tell).


def _all(results: list[bool | None]) -> bool | None:
    if any(r is False for r in results):
        return False
    if any(r is None for r in results):
        return None
    return True


def _is_scalar(x: Any) -> bool:
    return isinstance(x, sp.Expr) and not isinstance(x, sp.MatrixBase)


def _num(x: sp.Expr) -> complex | None:
    try:
        value = complex(sp.N(x, 30))
    except (TypeError, ValueError, ZeroDivisionError, AttributeError):
        return None
    if not (math.isfinite(value.real) and math.isfinite(value.imag)):
        return None
    return value


_ROUNDED = [0.0]  # absolute tolerance of an expected value written as a rounded decimal
_DECIMALS = re.compile(r"\d*\.(\d+)")


def _rounding(value: Any) -> float:
    """Half a unit of the last decimal written in an expected number ("36.87" -> 0.005)."""
    places = [len(m.group(1)) for m in _DECIMALS.finditer(str(value))]
    return 0.5 * 10.0 ** -max(places) * 1.0001 if places else 0.0


def _close(a: complex, b: complex) -> bool:
    return abs(a - b) <= max(TOL * max(1.0, abs(b)), _ROUNDED[0])


def _simplifies_to_zero(diff: sp.Expr) -> bool:
    try:
        return sp.simplify(diff) == 0
    except Exception:  # any failure means "could not show it is zero"
        return False


def eq_scalar(a: Any, b: Any) -> bool | None:
    """Are two scalars equal: exactly, numerically at sample points, or by simplify?"""
    a, b = canon(a), canon(b)
    if a is None or b is None:
        return a is None and b is None
    if not (_is_scalar(a) and _is_scalar(b)):
        if isinstance(a, sp.Basic) and isinstance(b, sp.Basic) and a == b:
            return True
        return None if isinstance(a, sp.Basic) and isinstance(b, sp.Basic) else False
    if a == b:
        return True
    diff = a - b
    with contextlib.suppress(Exception):
        if sp.expand(diff) == 0:
            return True
    symbols = sorted(a.free_symbols | b.free_symbols, key=lambda s: s.name)
    rng = random.Random(20261201)
    agreed = 0
    for _ in range(SAMPLES):
        point = {s: sp.Rational(rng.randint(15, 250), 100) for s in symbols}
        av, bv = _num(a.subs(point)), _num(b.subs(point))
        if av is None or bv is None:
            continue
        if not _close(av, bv):
            return _simplifies_to_zero(diff)
        agreed += 1
        if not symbols:
            break
    if agreed:
        return True
    return True if _simplifies_to_zero(diff) else None


def _flat(m: Any) -> list | None:
    """A vector's entries: a Matrix with one row or column, a list/tuple of scalars."""
    if isinstance(m, sp.MatrixBase):
        return list(m) if 1 in m.shape else None
    if isinstance(m, list | tuple | sp.Tuple) and all(_is_scalar(canon(x)) for x in m):
        return list(m)
    return None


def eq_matrix(a: Any, b: Any, strict_shape: bool = False) -> bool | None:
    """Elementwise. A row and a column with the same entries: equal unless ``strict_shape``
    (then None when the entries agree: the orientation alone cannot tell a misreading)."""
    b = b if isinstance(b, sp.MatrixBase) else sp.Matrix(b)
    if _is_scalar(canon(a)) and b.shape == (1, 1):
        return eq_scalar(a, b[0])
    if not isinstance(a, sp.MatrixBase):
        return False
    if a.shape != b.shape:
        fa, fb = _flat(a), _flat(b)
        if fa is None or fb is None or len(fa) != len(fb):
            return False
        same = _all([eq_scalar(x, y) for x, y in zip(fa, fb, strict=True)])
        return None if strict_shape and same is True else same
    return _all([eq_scalar(x, y) for x, y in zip(a, b, strict=True)])


def eq_vector(a: Any, b: Any) -> bool | None:
    fa, fb = _flat(a), _flat(b)
    if fa is None or fb is None or len(fa) != len(fb):
        return False
    return _all([eq_scalar(x, y) for x, y in zip(fa, fb, strict=True)])


def eq_dict(a: dict, b: dict) -> bool | None:
    a, b = canon(a), canon(b)
    if set(map(str, a)) != set(map(str, b)):
        return False
    bb = {str(k): v for k, v in b.items()}
    return _all([eq_any(v, bb[str(k)]) for k, v in a.items()])


def eq_any(a: Any, b: Any) -> bool | None:
    """Structural comparison for list elements: scalars, vectors, matrices, dicts."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, dict) and isinstance(b, dict):
        return eq_dict(a, b)
    if isinstance(a, sp.MatrixBase) or isinstance(b, sp.MatrixBase):
        return eq_matrix(a if isinstance(a, sp.MatrixBase) else sp.Matrix(a), b)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        if len(a) != len(b):
            return False
        return _all([eq_any(x, y) for x, y in zip(a, b, strict=True)])
    return eq_scalar(a, b)


def _matched(a: list, b: list, equal: Any) -> bool | None:
    """Every item of ``b`` matches a distinct item of ``a`` under ``equal`` (True/False/None:
    None when a match could not be decided)."""
    if len(a) != len(b):
        return False
    unused = list(range(len(a)))
    unsure = False
    for want in b:
        for i in unused:
            result = equal(a[i], want)
            if result is True:
                unused.remove(i)
                break
            unsure = unsure or result is None
        else:
            return None if unsure else False
    return True


def _multiset(a: list, b: list) -> bool | None:
    return _matched(a, b, eq_scalar)


def _by_name(point: dict) -> list:
    return [point[k] for k in sorted(point, key=lambda k: canon_name(str(k)))]


def _named_in(point: dict, problem: Any) -> bool:
    """Does the message name any of these unknowns (as a word of its own)?"""
    text = getattr(problem, "source", "") or ""
    return any(re.search(rf"(?<![A-Za-z_]){re.escape(str(k))}(?![A-Za-z_0-9])", text)
               for k in point)


def _points_equal(a: list, b: list) -> bool | None:
    return _matched(a, b, eq_dict)


# ----------------------------------------------------------------- vectors up to scale

def _numeric_vectors(vectors: list[list], symbols: set) -> list[list[complex]] | None:
    rng = random.Random(7)
    point = {s: sp.Rational(rng.randint(15, 250), 100) for s in sorted(symbols, key=str)}
    out = []
    for v in vectors:
        row = []
        for x in v:
            value = _num(canon(x).subs(point)) if isinstance(x, sp.Basic) else complex(x)
            if value is None:
                return None
            row.append(value)
        out.append(row)
    return out


def _rank(rows: list[list[complex]]) -> int:
    import numpy as np

    if not rows:
        return 0
    m = np.array(rows, dtype=complex)
    s = np.linalg.svd(m, compute_uv=False)
    return int((s > TOL * max(1.0, float(s[0]))).sum()) if len(s) else 0


def _parallel(u: list[complex], v: list[complex]) -> bool:
    return len(u) == len(v) and _rank([u]) == 1 and _rank([v]) == 1 and _rank([u, v]) == 1


def eq_vectors_up_to_scale(groups: list[list], expected: list, allow_span: bool
                           ) -> bool | None:
    """Each expected vector parallel to its own solver vector (counts match); with
    ``allow_span``, a vector in the span of its group (eigenvectors of one eigenvalue, or a
    null-space basis) is accepted when the group has as many vectors as the expected ones
    assigned to it."""
    solver = [[_flat(canon(v)) for v in g] for g in groups]
    want = [_flat(canon(v)) for v in expected]
    if any(v is None for g in solver for v in g) or any(v is None for v in want):
        return False
    total = sum(len(g) for g in solver)
    if total != len(want):
        return False
    symbols: set = set()
    for v in [*want, *(v for g in solver for v in g)]:
        for x in v:
            symbols |= getattr(x, "free_symbols", set())
    flat_solver = [v for g in solver for v in g]
    numeric = _numeric_vectors(flat_solver + want, symbols)
    if numeric is None:
        return None
    num_solver, num_want = numeric[:total], numeric[total:]
    if any(len(v) != len(num_want[0]) for v in num_solver + num_want):
        return False
    unused = list(range(total))
    matched = True
    for w in num_want:
        hit = next((i for i in unused if _parallel(num_solver[i], w)), None)
        if hit is None:
            matched = False
            break
        unused.remove(hit)
    if matched:
        return True
    if not allow_span:
        return False
    # span test per group
    bounds, start = [], 0
    for g in solver:
        bounds.append((start, start + len(g)))
        start += len(g)
    assigned: list[list[list[complex]]] = [[] for _ in solver]
    for w in num_want:
        for gi, (lo, hi) in enumerate(bounds):
            basis = num_solver[lo:hi]
            if basis and _rank([*basis, w]) == _rank(basis):
                assigned[gi].append(w)
                break
        else:
            return False
    for gi, (lo, hi) in enumerate(bounds):
        if len(assigned[gi]) != hi - lo or _rank(assigned[gi]) != hi - lo:
            return False
    return True


# ----------------------------------------------------------------- solver answer shapes

def _is_eigen_triples(ans: Any) -> bool:
    return isinstance(ans, list) and bool(ans) and all(
        isinstance(t, tuple) and len(t) == 3 and isinstance(t[2], list) for t in ans)


def _is_pca(ans: Any, kind: str) -> bool:
    return kind == "pca" and isinstance(ans, tuple) and len(ans) == 2


def _values_of(ans: Any, kind: str) -> list | None:
    """The answer as a list of scalar values (eigenvalues with multiplicity, PCA variances,
    a list of numbers, a vector's entries), or None when it is not that kind of thing."""
    if isinstance(ans, dict) and ans and all(
            isinstance(v, int | sp.Integer) and (kind == "eigenvalues"
                                                 or not isinstance(k, sp.Symbol))
            for k, v in ans.items()):  # {a: 1, b: 1}: eigenvalues a and b (kind says so)
        return [k for k, v in ans.items() for _ in range(int(v))]
    if _is_eigen_triples(ans):
        return [t[0] for t in ans for _ in range(int(t[1]))]
    if _is_pca(ans, kind):
        return list(ans[0])
    return _flat(ans)


def _dict_values(point: dict, variables: tuple) -> list:
    names = [canon_name(v.name) for v in variables] if variables else None
    by_name = {canon_name(str(k)): v for k, v in point.items()}
    if names and set(names) == set(by_name):
        return [by_name[n] for n in names]
    return list(point.values())


_LENIENT_SHAPE = ("gradient", "loss_gradient", "mean", "solve_system", "projection")


def compare(ans: Any, spec: dict, problem: Any, kind: str, steps: Any = ()) -> bool | None:
    """Does the solver's answer ``ans`` (of a Solution of ``kind``) match one expected task?

    ``steps``: the Solution's steps, searched only where the answer holds no counterpart of
    what was asked (PCA's projected data)."""
    _ROUNDED[0] = _rounding(spec.get("value"))
    try:
        return _compare(ans, spec, problem, kind, steps)
    finally:
        _ROUNDED[0] = 0.0


def _step_matrices(steps: Any) -> list:
    return [m for step in steps or () for m in getattr(step, "math", ())
            if isinstance(m, sp.MatrixBase)]


def _compare(ans: Any, spec: dict, problem: Any, kind: str, steps: Any) -> bool | None:
    typ = spec["type"]
    task = spec.get("task")
    variables = tuple(getattr(problem, "variables", ()) or ())
    named = frozenset(v.name for v in variables if v.name in ("E", "I"))  # "wrt E"
    want = canon(read_expected(spec.get("value"), named))
    ans = canon(ans)
    if want is None or ans is None:
        return want is None and ans is None
    if typ in ("number", "expr"):
        if isinstance(ans, sp.MatrixBase) and ans.shape == (1, 1):
            ans = ans[0]
        if kind == "newton" and isinstance(ans, list) and ans:
            ans = ans[-1]
        if (kind == "covariance" and isinstance(ans, sp.MatrixBase) and ans.shape == (2, 2)
                and _is_scalar(want)):  # cov(x, y) of two-column data: the off-diagonal
            ans = ans[0, 1]
        if not _is_scalar(ans):
            return False
        point = canon(getattr(problem, "point", None) or {})
        if (typ == "number" and point and ans.free_symbols
                and not getattr(want, "free_symbols", set())):
            ans = ans.subs(point)
        result = eq_scalar(ans, want)
        if result is not True and task == "angle":
            degrees = eq_scalar(ans * 180 / sp.pi, want)
            result = True if degrees is True else result
        return result
    if typ == "matrix":
        if not isinstance(want, sp.MatrixBase):
            want = sp.Matrix(want)
        if _is_pca(ans, kind):
            return _pca_matrix(ans, want, steps)
        return eq_matrix(ans, want, strict_shape=task not in _LENIENT_SHAPE)
    if typ == "vector":
        if isinstance(ans, dict):  # solve_system: {x: value} in the unknowns' order
            ans = _dict_values(ans, variables)
        elif _is_pca(ans, kind):
            dirs = list(ans[1])
            return eq_vectors_up_to_scale([[dirs[0]]], [want], False) if dirs else False
        elif isinstance(ans, list) and ans and isinstance(ans[-1], dict):  # descent path
            ans = _dict_values(ans[-1], variables)
        elif isinstance(ans, list) and len(ans) == 1 and isinstance(ans[0], sp.MatrixBase):
            ans = ans[0]
        return eq_vector(ans, want)
    if typ == "multiset":
        values = _values_of(ans, kind)
        if values is None:
            return False
        if isinstance(want, dict):
            want = [k for k, v in want.items() for _ in range(int(v))]
        expected = _flat(want) if not isinstance(want, list) else want
        if expected is None:
            return False
        result = _multiset(values, expected)
        total = sum(values, sp.Integer(0)) if _is_pca(ans, kind) else 0
        if result is not True and total:  # PCA as variances or variance ratios (as the
            ratios = _multiset([v / total for v in values], expected)  # list type takes)
            result = True if ratios is True else result
        return result
    if typ == "list":
        return _compare_list(ans, want, kind, variables)
    if typ == "vectors_up_to_scale":
        expected = want if isinstance(want, list) else [want]
        if _is_eigen_triples(ans):
            return eq_vectors_up_to_scale([list(t[2]) for t in ans], expected, True)
        if _is_pca(ans, kind):  # the leading principal directions, as many as expected
            dirs = list(ans[1])[:len(expected)]
            return eq_vectors_up_to_scale([[d] for d in dirs], expected, False)
        if isinstance(ans, sp.MatrixBase):
            ans = [ans]
        if isinstance(ans, list) and all(_flat(v) is not None for v in ans):
            return eq_vectors_up_to_scale([list(ans)], expected, kind == "nullspace")
        return False
    if typ == "points":
        expected = want if isinstance(want, list) else [want]
        if isinstance(ans, dict):
            ans = [ans]
        if not isinstance(ans, list) or not all(isinstance(p, dict) for p in ans):
            return False
        names = [sp.Symbol(canon_name(v.name)) for v in variables]
        fixed = []
        for w in expected:
            if isinstance(w, dict):
                fixed.append(w)
            elif _flat(w) is not None and len(_flat(w)) == len(names):
                fixed.append(dict(zip(names, _flat(w), strict=True)))
            else:
                return False
        if (len(ans) == len(fixed) == 1 and set(ans[0]) != set(fixed[0])
                and len(ans[0]) == len(fixed[0]) and not _named_in(fixed[0], problem)):
            # np.linalg.solve(A, b) names no unknowns: the writer's x, y are the solver's
            # x1, x2, in order
            return eq_vector(_by_name(ans[0]), _by_name(fixed[0]))
        return _points_equal(ans, fixed)
    raise ValueError(f"unknown expected type {typ!r}")


def _compare_list(ans: Any, want: Any, kind: str, variables: tuple) -> bool | None:
    """Ordered. Iterates may be given without the start x0/p0; a descent path may be
    expected as 1-D values or as its final point; PCA as variances or variance ratios."""
    if _is_pca(ans, kind):
        values = list(ans[0])
        first = _compare_list(values, want, "", variables)
        if first is True:
            return True
        total = sum(values, sp.Integer(0))
        ratios = _compare_list([v / total for v in values], want, "", variables) if total else None
        return True if ratios is True else first
    if isinstance(ans, sp.MatrixBase):
        ans = _flat(ans)
    if not isinstance(ans, list | tuple) or not isinstance(want, list | tuple):
        return False
    points = [_dict_values(a, variables) if isinstance(a, dict) else a for a in ans]
    points = [p[0] if isinstance(p, list) and len(p) == 1 else p for p in points]
    if (kind == "gradient_descent" and points and isinstance(points[-1], list)
            and all(_is_scalar(canon(w)) for w in want) and len(points[-1]) == len(want) > 1):
        return eq_any(points[-1], list(want))  # the final point
    if kind in ("newton", "gradient_descent") and len(points) == len(want) + 1:
        without_start = eq_any(points[1:], list(want))
        if without_start is True:
            return True
    if len(points) != len(want):
        return False
    return _all([eq_any(a, w) for a, w in zip(points, want, strict=True)])


def _pca_matrix(ans: tuple, want: sp.Matrix, steps: Any) -> bool | None:
    """PCA asked as a matrix: a direction (up to scale) or the projected data, which is in
    the steps only (sign free: each component may flip). None when neither can be found."""
    dirs = list(ans[1])
    if 1 in want.shape and dirs and len(dirs[0]) == len(want):
        return eq_vectors_up_to_scale([[dirs[0]]], [want], False)
    shown = [m for m in _step_matrices(steps) if m.shape == want.shape]
    for m in shown:
        for signs in range(2 ** m.cols):
            flip = sp.diag(*[(-1) ** (signs >> j & 1) for j in range(m.cols)])
            if eq_matrix(m * flip, want, strict_shape=True) is True:
                return True
    return None


# --------------------------------------------------------------------------- loading

def load(path: Path) -> list[dict[str, Any]]:
    """Entries of either format as {id, text, group, expect, answers, ambiguous}."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    items = []
    for i, entry in enumerate(data):
        if "question" in entry:  # DeepMind mathematics_dataset
            items.append({
                "id": str(entry.get("id", f"{path.stem}-{i + 1}")), "text": entry["question"],
                "group": entry.get("module", "deepmind"), "expect": "answer",
                "sub": entry.get("regime", ""), "ambiguous": False,
                "answers": [{"task": "derivative", "type": "expr",
                             "value": str(entry["answer"])}],
            })
            continue
        expect = entry.get("expect", "answer")
        if expect not in ("answer", "refuse"):
            raise ValueError(f"{path}: {entry.get('id')}: expect must be answer or refuse")
        answers = entry.get("answers") or []
        for spec in answers:
            if spec.get("type") not in TYPES:
                raise ValueError(f"{path}: {entry.get('id')}: unknown type {spec.get('type')!r}")
            read_expected(spec.get("value"))  # fails loudly on a value this runner cannot read
        if expect == "answer" and not answers:
            raise ValueError(f"{path}: {entry.get('id')}: expect answer but no answers")
        items.append({
            "id": str(entry.get("id", f"{path.stem}-{i + 1}")), "text": entry["text"],
            "group": entry.get("class", "-"), "sub": "", "expect": expect,
            "ambiguous": bool(entry.get("ambiguous")), "answers": answers,
            "restatement": entry.get("restatement", ""),
        })
    return items


# --------------------------------------------------------------------------- the worker

class _Timeout(BaseException):  # BaseException: the solver's `except Exception` must not eat it
    pass


@contextlib.contextmanager
def _alarm(seconds: float):
    def fire(signum, frame):
        raise _Timeout

    old = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _init_worker(root: str) -> None:
    if root not in sys.path:
        sys.path.insert(0, root)
    import logging

    logging.disable(logging.CRITICAL)  # the solver's own error logs would flood the output
    from solver import solve

    with contextlib.suppress(Exception):
        solve("d/dx x^2")  # warm up imports


def _sstr(obj: Any) -> str:
    if isinstance(obj, list | tuple):
        inner = ", ".join(_sstr(o) for o in obj)
        return f"[{inner}]" if isinstance(obj, list) else f"({inner})"
    if isinstance(obj, dict):
        return "{" + ", ".join(f"{_sstr(k)}: {_sstr(v)}" for k, v in obj.items()) + "}"
    if isinstance(obj, sp.MatrixBase):
        return f"Matrix({_sstr(obj.tolist())})"
    return sp.sstr(obj) if obj is not None else "None"


def run_item(item: dict[str, Any], timeout: float) -> dict[str, Any]:
    """Solve one message and classify it (runs in a worker process)."""
    from solver import ParseError, TooHard, parse, solve

    out: dict[str, Any] = {"id": item["id"], "group": item["group"], "sub": item["sub"],
                           "text": item["text"],
                           "expected": [a.get("value") for a in item["answers"]],
                           "tasks": [a.get("task") for a in item["answers"]],
                           "ambiguous": item["ambiguous"], "parse_ms": None,
                           "solve_ms": None, "kind": None, "restated": "", "answer": None,
                           "reason": ""}
    refused = ""
    solutions: list[Any] = []
    try:
        with _alarm(timeout):
            start = time.perf_counter()
            with contextlib.suppress(ParseError):
                parse(item["text"])
            middle = time.perf_counter()
            result = solve(item["text"])
            end = time.perf_counter()
        out["parse_ms"] = (middle - start) * 1000
        out["solve_ms"] = (end - middle) * 1000
        solutions = list(result) if isinstance(result, list | tuple) else [result]
        if not solutions or solutions[0].kind in (None, ""):
            refused = "no kind"
    except _Timeout:
        refused = f"timeout ({timeout:g} s)"
    except ParseError as exc:
        refused = f"ParseError: {exc.message}"
        out["parse_ms"] = (time.perf_counter() - start) * 1000
    except TooHard as exc:
        refused = f"TooHard: {exc.message}"
    except Exception as exc:  # a crash reaches the student as a refusal
        refused = f"CRASH {type(exc).__name__}: {exc}"
    if solutions:
        first = solutions[0]
        out["kind"] = first.kind
        out["restated"] = first.problem.restated
        out["answer"] = (_sstr(first.answer) if len(solutions) == 1
                         else [_sstr(s.answer) for s in solutions])
    if refused:
        out["outcome"] = "right" if item["expect"] == "refuse" else "refused"
        out["reason"] = refused
        return out
    out["outcome"], out["reason"] = judge(solutions, item)
    return out


DECLINING_KINDS = ("inverse", "solve_system")  # answer None: "not invertible", "no solution"


def declines(solutions: list[Any]) -> bool:
    """True when the one answer states that no answer exists (the inverse of a singular
    matrix, an inconsistent linear system: answer None for those kinds): a refusal in
    substance, not a value."""
    return (len(solutions) == 1 and solutions[0].kind in DECLINING_KINDS
            and solutions[0].answer is None)


def judge(solutions: list[Any], item: dict[str, Any]) -> tuple[str, str]:
    """The outcome of an answered message. A solution that states no answer exists
    is right for ``expect: refuse`` and never right for ``expect: answer``."""
    if item["expect"] == "refuse":
        if declines(solutions):
            return "right", f"states that no answer exists ({solutions[0].kind})"
        return "wrong", "expected a refusal"
    if declines(solutions):
        return "wrong", "states that no answer exists; an answer was expected"
    return classify(solutions, item["answers"])


def _compare_bounded(solution: Any, spec: dict) -> bool | None:
    try:
        with _alarm(COMPARE_TIMEOUT):
            return compare(solution.answer, spec, solution.problem, solution.kind,
                           getattr(solution, "steps", ()))
    except _Timeout:
        return None
    except Exception:  # a comparator failure is "cannot tell", never "right"
        return None


def _stacked(solutions: list[Any]) -> Any | None:
    """Partial derivatives answered one by one (``dL/dθ0 and dL/dθ1``), as the one gradient
    vector a writer may have expected: each evaluated at its own point, stacked in order."""
    from types import SimpleNamespace
    if len(solutions) < 2 or any(s.kind not in ("partial", "derivative") for s in solutions):
        return None
    if not all(isinstance(s.answer, sp.Expr) for s in solutions):
        return None
    entries = [s.answer.subs(s.problem.point or {}) for s in solutions]
    problem = SimpleNamespace(point=None, variables=tuple(
        v for s in solutions for v in s.problem.variables))
    return SimpleNamespace(answer=sp.Matrix(entries), problem=problem, kind="gradient", steps=())


def _in_order(solutions: list[Any], specs: list[dict]) -> list[int] | None:
    """The tasks left out when each answer is right for a task asked, in the order asked (an
    ordered subsequence: "u·v, ||u||, the angle" answered as u·v and the angle); else None."""
    at, skipped = 0, []
    for s in solutions:
        while at < len(specs) and _compare_bounded(s, specs[at]) is not True:
            skipped.append(at + 1)
            at += 1
        if at == len(specs):
            return None
        at += 1
    return skipped + list(range(at + 1, len(specs) + 1))


def _said_left_out(solutions: list[Any]) -> bool:
    """Does the reply say that a part of the message was not read?"""
    return any(str(n).startswith("I could not read part")
               for s in solutions for n in getattr(s, "notes", ()) or ())


def classify(solutions: list[Any], specs: list[dict]) -> tuple[str, str]:
    """The outcome for answered message: solutions in order against the tasks in order."""
    if len(specs) == 1 and (both := _stacked(solutions)) is not None and (
            specs[0].get("type") in ("matrix", "vector")
            and _compare_bounded(both, specs[0]) is True):
        return "right", "the partials, one by one, are the gradient asked"
    if len(solutions) >= len(specs) or len(specs) == 1:
        results = [_compare_bounded(s, spec) for s, spec in zip(solutions, specs, strict=False)]
        verdict = _all(results)
        if verdict is True:
            return "right", ""
        if verdict is False:
            bad = [i + 1 for i, r in enumerate(results) if r is False]
            return "wrong", f"task {bad} differs"
        return "unverifiable", "comparison inconclusive"
    # fewer solutions than tasks: the first ones must be right; the rest were not answered
    results = [_compare_bounded(s, spec) for s, spec in zip(solutions, specs, strict=False)]
    verdict = _all(results)
    if verdict is True and all(any(_compare_bounded(s, spec) is True for s in solutions)
                               for spec in specs[len(solutions):]):
        # one answer that holds several tasks: eigenvectors listed with their eigenvalues,
        # PCA's variances with its directions (each task compared, none assumed)
        return "right", "one answer holds several of the tasks"
    if verdict is True:
        return "partial", f"answered {len(solutions)} of {len(specs)} tasks"
    if len(solutions) == 1:  # perhaps it answered another of the tasks
        for j, spec in enumerate(specs[1:], 2):
            if _compare_bounded(solutions[0], spec) is True:
                return "partial", f"answered task {j} only of {len(specs)}"
    if (skipped := _in_order(solutions, specs)) is not None and _said_left_out(solutions):
        # tasks 1 and 3 of 3, each right, and the reply says a part was not read: partial
        # (a task dropped without a word stays wrong)
        return "partial", f"answered {len(solutions)} of {len(specs)} tasks (not {skipped})"
    if verdict is False:
        return "wrong", "first task differs"
    return "unverifiable", "comparison inconclusive"


# --------------------------------------------------------------------------- running

def run_set(items: list[dict], timeout: float, workers: int, root: str) -> list[dict]:
    from concurrent.futures import TimeoutError as FutureTimeout

    from pebble import ProcessPool

    results: list[dict] = []
    hard = timeout + 2 * COMPARE_TIMEOUT + 30  # backstop for a hang the alarm cannot break
    with ProcessPool(max_workers=workers, initializer=_init_worker, initargs=(root,)) as pool:
        futures = [pool.schedule(run_item, args=(item, timeout), timeout=hard)
                   for item in items]
        for item, future in zip(items, futures, strict=True):
            try:
                results.append(future.result())
            except FutureTimeout:
                results.append(_failed(item, "refused", f"timeout (hard kill after {hard:g} s)"))
            except Exception as exc:  # a dead worker is reported, not hidden
                results.append(_failed(item, "refused", f"CRASH worker {type(exc).__name__}: "
                                                        f"{exc}"))
    return results


def _failed(item: dict, outcome: str, reason: str) -> dict:
    if item["expect"] == "refuse":
        outcome = "right"
    return {"id": item["id"], "group": item["group"], "sub": item["sub"], "text": item["text"],
            "expected": [a.get("value") for a in item["answers"]],
            "tasks": [a.get("task") for a in item["answers"]], "ambiguous": item["ambiguous"],
            "parse_ms": None, "solve_ms": None, "kind": None, "restated": "", "answer": None,
            "outcome": outcome, "reason": reason}


def _pct(times: list[float], q: float) -> float:
    times = sorted(times)
    return times[min(len(times) - 1, int(q * len(times)))]


def _row(label: str, rows: list[dict]) -> str:
    n = len(rows)
    counts = Counter(r["outcome"] for r in rows)
    cells = " ".join(f"{counts[o]:4d} ({100 * counts[o] / n:5.1f}%)" for o in OUTCOMES)
    parse = [r["parse_ms"] for r in rows if r["parse_ms"] is not None]
    solve = [r["solve_ms"] for r in rows if r["solve_ms"] is not None]
    t = ""
    if parse:
        t += f"  parse {statistics.median(parse):6.1f}/{_pct(parse, 0.95):6.1f}"
    if solve:
        t += f"  solve {statistics.median(solve):7.1f}/{_pct(solve, 0.95):7.1f}"
    return f"  {label:<34} {n:4d} {cells}{t}"


def report(path: Path, rows: list[dict], verbose: bool) -> None:
    head = "".join(f"{o:>14}" for o in OUTCOMES)
    print(f"\n== {path} ==")
    print(f"  {'group':<34} {'N':>4}{head}  (times: median/p95 ms)")
    for group in sorted({r["group"] for r in rows}):
        mine = [r for r in rows if r["group"] == group]
        print(_row(group, mine))
        subs = sorted({r["sub"] for r in mine if r["sub"]})
        for sub in subs if len(subs) > 1 else []:
            print(_row("  " + sub, [r for r in mine if r["sub"] == sub]))
    print(_row("ALL", rows))
    timeouts = sum("timeout" in r["reason"] for r in rows)
    if timeouts:
        print(f"  timeouts (counted as refused): {timeouts}")
    ambiguous = [r for r in rows if r["ambiguous"]]
    if ambiguous:
        print(_row("of which ambiguous", ambiguous))
    for r in rows:
        if r["outcome"] == "wrong":
            print(f"  WRONG {r['id']} [{r['group']}] {r['text']!r}\n"
                  f"        read as: {r['restated']!r} (kind {r['kind']})\n"
                  f"        answer:   {r['answer']}\n        expected: {r['expected']}"
                  + (f"\n        ({r['reason']})" if r["reason"] else ""))
    for r in rows:
        if r["outcome"] in ("unverifiable", "partial") or (
                r["outcome"] == "refused" and (verbose or r["reason"].startswith("CRASH"))):
            print(f"  {r['outcome'].upper()} {r['id']} [{r['group']}] {r['text']!r}: "
                  f"{r['reason']}" + (f"\n        read as: {r['restated']!r}; answer "
                                      f"{r['answer']}; expected {r['expected']}"
                                      if r["outcome"] != "refused" else ""))


# --------------------------------------------------------------------------- self-test

def selftest() -> None:
    from types import SimpleNamespace as NS

    x, y = sp.symbols("x y")
    xr = sp.Symbol("x", real=True)
    plain = NS(point=None, variables=(x, y))

    def check(ans, typ, value, kind="", task="", problem=plain):
        return compare(ans, {"type": typ, "value": value, "task": task}, problem, kind)

    # expressions in other forms are equal; different ones are not
    assert check(2 * x * (x + 1), "expr", "2*x**2 + 2*x") is True
    assert check(sp.sin(x) ** 2 + sp.cos(x) ** 2, "expr", "1") is True
    # "wrt E": E in the expected answer is the variable; Euler's e is then a wrong reading
    big_e = sp.Symbol("E")
    by_e = NS(point=None, variables=(big_e,))
    assert check(3 * big_e**2 - 2, "expr", "3*E**2 - 2", problem=by_e) is True
    assert check(3 * sp.E**2 - 2, "expr", "3*E**2 - 2", problem=by_e) is False
    assert check(sp.exp(big_e), "expr", "exp(E)", problem=by_e) is True
    # eigenvalues that are symbols: {a: 1, b: 1} is a and b, each once
    a_, b_ = sp.symbols("a b")
    assert check({a_: 1, b_: 1}, "multiset", "[b, a]", "eigenvalues") is True
    assert check({a_: 2}, "multiset", "[b, a]", "eigenvalues") is False
    assert check(2 * xr, "expr", "2*x") is True  # assumptions do not matter
    assert check(sp.Symbol("x_1") * 3, "expr", "3*x1") is True
    assert check(2 * x, "expr", "2*x + 1") is False
    assert check(2 * sp.I, "expr", "2*i") is False  # i the variable is not the unit I
    assert check(sp.Float("1.41421356237310"), "number", "sqrt(2)") is True
    assert check(sp.Float("1.4142"), "number", "sqrt(2)") is False
    assert check(sp.exp(x) * (x**3 + 3 * x**2), "expr", "x**2*(x + 3)*exp(x)") is True
    assert check(sp.Matrix([[5]]), "number", "5") is True
    assert check(sp.Matrix([1, 2]), "number", "5") is False
    assert check(x**2 + y, "number", "5",
                 problem=NS(point={x: 2, y: 1}, variables=(x, y))) is True
    assert check(sp.acos(0), "number", "90", task="angle") is True
    # multisets: eigenvalue dicts or lists in another order are equal
    assert check({3: 1, 2: 2}, "multiset", "[2, 3, 2]", "eigenvalues") is True
    assert check({3: 1, 2: 2}, "multiset", "{2: 2, 3: 1}", "eigenvalues") is True
    assert check([1, -1], "multiset", "[-1, 1]") is True
    assert check({3: 1, 2: 2}, "multiset", "[2, 3, 3]", "eigenvalues") is False
    assert check({3: 1, 2: 1}, "multiset", "[2, 3, 3]", "eigenvalues") is False
    # eigenvectors scaled (and another basis of a 2-D eigenspace) are equal
    triples = [(1, 1, [sp.Matrix([1, 1])]), (3, 1, [sp.Matrix([1, -1])])]
    assert check(triples, "vectors_up_to_scale", "[Matrix([2, 2]), Matrix([-3, 3])]") is True
    assert check(triples, "vectors_up_to_scale", "[[-1, 1], [1, 1]]") is True
    assert check(triples, "vectors_up_to_scale", "[Matrix([1, 2]), Matrix([1, -1])]") is False
    assert check(triples, "vectors_up_to_scale", "[Matrix([1, 1])]") is False
    plane = [(2, 2, [sp.Matrix([1, 0, 0]), sp.Matrix([0, 1, 0])]), (5, 1, [sp.Matrix([0, 0, 1])])]
    assert check(plane, "vectors_up_to_scale", "[[1, 1, 0], [1, -1, 0], [0, 0, 7]]") is True
    assert check(plane, "vectors_up_to_scale", "[[1, 1, 0], [2, 2, 0], [0, 0, 7]]") is False
    assert check(plane, "vectors_up_to_scale", "[[1, 1, 0], [0, 0, 1], [0, 0, 7]]") is False
    assert check({1: 1, 3: 1}, "multiset", "[1, 3]", "eigenvalues") is True
    assert check(triples, "multiset", "[3, 1]", "eigenvectors") is True
    # matrices elementwise; a row and a column vector of the same entries are equal
    assert check(sp.Matrix([[1, 2], [3, 4]]), "matrix", "Matrix([[1, 2], [3, 4]])") is True
    assert check(sp.Matrix([[1, 2], [3, 5]]), "matrix", "Matrix([[1, 2], [3, 4]])") is False
    assert check(sp.Matrix([[1, 2], [3, 4]]), "matrix", "Matrix([[1, 3], [2, 4]])") is False
    assert check(sp.Matrix([2 * x, 1]), "matrix", "Matrix([[2*x, 1]])", task="gradient") is True
    # a row where a column was asked (transpose): the orientation alone is unverifiable
    assert check(sp.Matrix([[1, 2, 3]]), "matrix", "Matrix([[1], [2], [3]])",
                 task="transpose") is None
    assert check(sp.Matrix([[1, 2, 4]]), "matrix", "Matrix([[1], [2], [3]])",
                 task="transpose") is False
    assert check(sp.Matrix([[11]]), "matrix", "Matrix([[11]])", task="multiply") is True
    assert check(sp.Integer(11), "matrix", "Matrix([[11]])", task="multiply") is True
    # rounded decimals in the expected value are compared to the places written
    assert check(sp.acos(sp.Rational(4, 5)) * 180 / sp.pi, "number", "36.87") is True
    assert check(sp.sqrt(3), "number", "1.732") is True
    assert check(sp.sqrt(3), "number", "1.734") is False
    # iterates without the start, a descent path by its final point, PCA ratios, cov(x, y)
    assert check([1, sp.Rational(3, 2), sp.Rational(17, 12)], "list", "[3/2, 17/12]",
                 "newton") is True
    path = [{x: 1, y: 1}, {x: sp.Float(0.8), y: sp.Float(0.8)}]
    assert check(path, "list", "[0.8, 0.8]", "gradient_descent") is True
    assert check(path, "list", "[[1, 1], [0.8, 0.8]]", "gradient_descent") is True
    assert check(path, "list", "[0.8, 0.6]", "gradient_descent") is False
    assert check([{x: 1}, {x: sp.Float(0.8)}], "list", "[1, 0.8]", "gradient_descent") is True
    pca = ([sp.Integer(3), sp.Integer(1)], [sp.Matrix([1, 1]), sp.Matrix([1, -1])])
    assert check(pca, "list", "[3, 1]", "pca") is True
    assert check(pca, "list", "[3/4, 1/4]", "pca") is True
    assert check(pca, "list", "[1, 3]", "pca") is False
    assert check(pca, "vectors_up_to_scale", "[[-2, -2]]", "pca") is True
    assert check(pca, "vectors_up_to_scale", "[[1, -1]]", "pca") is False
    cov = sp.Matrix([[2, sp.Rational(1, 3)], [sp.Rational(1, 3), 1]])
    assert check(cov, "number", "1/3", "covariance") is True
    assert check(cov, "number", "2/3", "covariance") is False
    assert check(sp.Integer(-2), "matrix", "Matrix([[1, 2], [3, 4]])") is False
    assert check(sp.Matrix([1, 2, 3]), "vector", "(1, 2, 3)") is True
    assert check(sp.Integer(4), "vector", "Matrix([1, 2, 3])") is False  # dot for cross
    assert check({x: 1, y: 2}, "vector", "[1, 2]", "solve_system") is True
    # lists are ordered; points are a set of dicts
    assert check([2, sp.Rational(3, 2)], "list", "[2, 3/2]", "newton") is True
    assert check([sp.Rational(3, 2), 2], "list", "[2, 3/2]", "newton") is False
    pts = [{x: 0, y: 0}, {x: 1, y: 2}]
    assert check(pts, "points", "[{x: 1, y: 2}, {x: 0, y: 0}]", "critical_points") is True
    assert check(pts, "points", "[(1, 2), (0, 0)]", "critical_points") is True
    assert check(pts, "points", "[{x: 1, y: 2}]", "critical_points") is False
    assert check(pts, "points", "[{x: 1, y: 3}, {x: 0, y: 0}]", "critical_points") is False
    # None: a singular matrix has no inverse
    assert check(None, "matrix", "None", "inverse") is True
    assert check(None, "matrix", "Matrix([[1, 0], [0, 1]])", "inverse") is False
    # multi-task classification: the first task right and the rest missing is partial
    sol = NS(answer=sp.Integer(-2), problem=plain, kind="det")
    det = {"task": "det", "type": "number", "value": "-2"}
    inv = {"task": "inverse", "type": "matrix", "value": "Matrix([[-2, 1], [3/2, -1/2]])"}
    assert classify([sol], [det])[0] == "right"
    assert classify([sol], [det, inv])[0] == "partial"
    assert classify([sol], [inv, det])[0] == "partial"
    assert classify([sol], [{**det, "value": "2"}])[0] == "wrong"
    assert classify([sol], [{**det, "value": "2"}, inv])[0] == "wrong"
    # right answers for tasks 1 and 3 of 3, in order: partial; out of order: wrong
    tr = {"task": "trace", "type": "number", "value": "5"}
    tr_sol = NS(answer=sp.Integer(5), problem=plain, kind="trace")
    assert classify([sol, tr_sol], [det, inv, tr])[0] == "wrong"  # dropped without a word
    said = NS(answer=sp.Integer(-2), problem=plain, kind="det",
              notes=["I could not read part 2 (“inverse”): ..."])
    assert classify([said, tr_sol], [det, inv, tr])[0] == "partial"
    assert classify([tr_sol, said], [det, inv, tr])[0] == "wrong"
    inv_sol = NS(answer=sp.Matrix([[-2, 1], [sp.Rational(3, 2), -sp.Rational(1, 2)]]),
                 problem=plain, kind="inverse")
    assert classify([sol, inv_sol], [det, inv])[0] == "right"
    # partials answered one by one against one expected gradient: stacked, each at its point
    th0, th1 = sp.symbols("theta0 theta1")
    p0 = NS(answer=2 * th0 + 2 * x, problem=NS(point={x: 2}, variables=(th0,)), kind="partial")
    p1 = NS(answer=4 * th1, problem=NS(point={x: 2}, variables=(th1,)), kind="partial")
    grad = {"task": "gradient", "type": "matrix", "value": "Matrix([[2*theta0 + 4], [4*theta1]])"}
    assert classify([p0, p1], [grad])[0] == "right"
    assert classify([p0, p1], [{**grad, "value": "Matrix([[2*theta0], [4*theta1]])"}])[0] != (
        "right")
    # one answer that holds several tasks: eigen triples answer eigenvectors AND eigenvalues,
    # in either order; a wrong eigenvalue list is still not answered by them
    lam = sp.Symbol("lambda")
    triples = NS(answer=[(1, 1, [sp.Matrix([-1, 1])]), (3, 1, [sp.Matrix([1, 1])])],
                 problem=NS(point=None, variables=(lam,)), kind="eigenvectors")
    vecs = {"task": "eigenvectors", "type": "vectors_up_to_scale",
            "value": "[Matrix([[-1], [1]]), Matrix([[1], [1]])]"}
    vals = {"task": "eigenvalues", "type": "multiset", "value": "[1, 3]"}
    assert classify([triples], [vecs, vals])[0] == "right"
    assert classify([triples], [vals, vecs])[0] == "right"
    assert classify([triples], [vecs, {**vals, "value": "[1, 4]"}])[0] == "partial"
    assert classify([sol], [det, inv])[0] == "partial"  # a det does not hold an inverse
    # "not invertible" (answer None for kind inverse) is a refusal, never a right answer
    none_inv = NS(answer=None, problem=plain, kind="inverse")
    assert judge([none_inv], {"expect": "refuse", "answers": []})[0] == "right"
    assert judge([inv_sol], {"expect": "refuse", "answers": []})[0] == "wrong"
    assert judge([none_inv], {"expect": "answer", "answers": [inv]})[0] == "wrong"
    assert judge([none_inv], {"expect": "answer",
                              "answers": [{**inv, "value": "None"}]})[0] == "wrong"
    assert judge([NS(answer=None, problem=plain, kind="det")],
                 {"expect": "refuse", "answers": []})[0] == "wrong"
    assert judge([inv_sol], {"expect": "answer", "answers": [inv]})[0] == "right"
    # "no solution" (answer None for an inconsistent system) also declines
    none_sys = NS(answer=None, problem=plain, kind="solve_system")
    assert judge([none_sys], {"expect": "refuse", "answers": []})[0] == "right"
    assert judge([none_sys], {"expect": "answer", "answers": [inv]})[0] == "wrong"
    # unknowns the message does not name (np.linalg.solve) are compared in order
    unnamed = NS(point=None, variables=(), source="np.linalg.solve([[1, 2], [3, -1]], [8, 3])")
    x1, x2 = sp.symbols("x1 x2")
    assert check({x1: 2, x2: 3}, "points", "[{x: 2, y: 3}]", "solve_system",
                 problem=unnamed) is True
    assert check({x1: 3, x2: 2}, "points", "[{x: 2, y: 3}]", "solve_system",
                 problem=unnamed) is False
    named = NS(point=None, variables=(), source="solve x + 2y = 8, 3x - y = 3")
    assert check({x1: 2, x2: 3}, "points", "[{x: 2, y: 3}]", "solve_system",
                 problem=named) is False
    print("selftest: all comparator checks passed")


# --------------------------------------------------------------------------- main

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", default=[], type=Path, help="YAML set")
    parser.add_argument("--root", default=str(ROOT), help="repo root holding solver/")
    parser.add_argument("-v", action="store_true", help="print every refusal too")
    parser.add_argument("--json", type=Path, help="write per-message outcomes here")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per message")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--selftest", action="store_true")
    args = parser.parse_args()
    if args.selftest:
        selftest()
        if not args.set:
            return
    if not args.set:
        parser.error("give at least one --set (or --selftest)")
    everything = []
    for path in args.set:
        items = load(path)
        started = time.perf_counter()
        rows = run_set(items, args.timeout, args.workers, str(Path(args.root).resolve()))
        report(path, rows, args.v)
        print(f"  ({len(rows)} messages in {time.perf_counter() - started:.0f} s, "
              f"{args.workers} workers, timeout {args.timeout:g} s)")
        everything += [{"set": str(path), **r} for r in rows]
    if args.json:
        args.json.write_text(json.dumps(everything, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
