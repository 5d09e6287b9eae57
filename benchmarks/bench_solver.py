"""Benchmark: parse + solve + render('html') per problem, next to the bare SymPy call.

Reads every ``benchmarks/corpus/*.txt`` (one problem per line, ``#`` comments), times each
problem over several repetitions with SymPy's cache cleared before each run (so repetitions
do not just read cached results), and prints per kind: median and 95th percentile of the full
pipeline, the median of the bare SymPy call from ``BASELINES`` (``baselines_linalg.py`` and,
when present, ``baselines_calculus.py``), and their ratio: the cost of explaining.

When ``solver.parse`` cannot read a line yet (the parser is being written), linear algebra
lines are read by a small fallback reader below (bracket literals and linear equations, no
eval/sympify) and the row is marked ``*``: parse time is then not included.

Usage::

    .venv/bin/python benchmarks/bench_solver.py            # 5 repetitions
    .venv/bin/python benchmarks/bench_solver.py --reps 9 --kind det --verbose
    .venv/bin/python benchmarks/bench_solver.py --reps 3 --random 12 --seed 1   # seeded random
        problems from ``random_inputs.problems`` (matrices up to 4×4) instead of the corpus;
        add --cpu to time CPU (process_time) instead of wall time on a shared machine

Two denominators: "sympy", the bare SymPy call on the operands as parsed (the honest baseline
of issue 16, ``baselines_*.py``), and "text+sympy", the same call with its operands first read
from text by SymPy's own ``parse_expr``/``Matrix(...)``, so the fixed cost of reading a message
is visible next to calls that take microseconds.
    .venv/bin/python benchmarks/bench_solver.py --reps 3 --area calculus --cpu

``--cpu`` times CPU seconds of this process (``time.process_time``) instead of wall-clock time:
on a machine shared with other work the figures then stay comparable.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import logging
import re
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sympy as sp
from sympy.core.cache import clear_cache

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from solver import CALCULUS_KINDS, ParseError, Problem, TooHard, parse, solve_problem  # noqa: E402
from solver.render import clear_caches as clear_render_caches  # noqa: E402

logger = logging.getLogger(__name__)

# ----------------------------------------------------------------- fallback reader
_INTENTS: list[tuple[str, str, dict[str, Any]]] = [
    ("projection matrix", "projection", {"matrix": True}),
    ("gram schmidt", "gram_schmidt", {}), ("null space", "nullspace", {}),
    ("nullspace", "nullspace", {}), ("eigenvectors", "eigenvectors", {}),
    ("eigenvalues", "eigenvalues", {}), ("determinant", "det", {}), ("det", "det", {}),
    ("inverse", "inverse", {}), ("transpose", "transpose", {}), ("multiply", "multiply", {}),
    ("subtract", "add", {"subtract": True}), ("add", "add", {}), ("rref", "rref", {}),
    ("rank", "rank", {}), ("solve", "solve_system", {}), ("dot", "dot", {}),
    ("norm", "norm", {}), ("angle", "angle", {}), ("project", "projection", {}),
    ("pca", "pca", {}),
]
_NUMBER = re.compile(r"\s*(-?\d+(?:\.\d+)?(?:/\d+)?|-?[a-z])\s*")
_TERM = re.compile(r"([+-]?)\s*(\d+(?:\.\d+)?)?\s*([a-z]\d?)?")


def _scalar(token: str) -> sp.Expr:
    sign = -1 if token.startswith("-") else 1
    body = token.lstrip("-")
    if body.isalpha():
        return sign * sp.Symbol(body)
    if "/" in body:
        p, q = body.split("/")
        return sign * sp.Rational(int(p), int(q))
    return sign * (sp.Float(body) if "." in body else sp.Integer(int(body)))


def _literal(text: str, pos: int) -> tuple[Any, int]:
    """A nested bracket literal of scalars starting at ``text[pos]``."""
    close = {"[": "]", "(": ")"}[text[pos]]
    items: list[Any] = []
    pos += 1
    while True:
        while text[pos] in " ,":
            pos += 1
        if text[pos] == close:
            return items, pos + 1
        if text[pos] in "[(":
            item, pos = _literal(text, pos)
        else:
            m = _NUMBER.match(text, pos)
            if not m:
                raise ValueError(f"cannot read {text[pos:pos + 10]!r}")
            item, pos = _scalar(m.group(1)), m.end()
        items.append(item)


def _operands(text: str) -> list[sp.Matrix]:
    out, pos = [], 0
    while pos < len(text):
        if text[pos] in "[(":
            value, pos = _literal(text, pos)
            out.append(sp.Matrix(value))  # nested lists: rows; flat: a column
        else:
            pos += 1
    return out


def _linear(side: str) -> sp.Expr:
    total = sp.Integer(0)
    for sign, num, var in _TERM.findall(side.replace(" ", "")):
        if not num and not var:
            continue
        coef = _scalar(num) if num else sp.Integer(1)
        total += (-1 if sign == "-" else 1) * coef * (sp.Symbol(var) if var else 1)
    return total


def fallback_problem(text: str) -> Problem:
    """Read a corpus line without the real parser (bench only; corpus lines are ours)."""
    low = text.lower()
    kind, options = next((k, dict(o)) for word, k, o in _INTENTS if word in low)
    fields: dict[str, Any] = {}
    if kind == "solve_system" and "[" not in low:
        eqs = []
        for part in low.split("solve", 1)[1].split(","):
            lhs, rhs = part.split("=")
            eqs.append(sp.Eq(_linear(lhs), _linear(rhs)))
        names = sorted(set().union(*(e.free_symbols for e in eqs)), key=str)
        return Problem(kind, equations=tuple(eqs), variables=tuple(names), source=text)
    ops = _operands(text)
    if kind in ("dot", "norm", "angle", "gram_schmidt", "projection"):
        vecs = [m for m in ops if m.cols == 1 or m.rows == 1]
        mats = [m for m in ops if m.cols > 1 and m.rows > 1]
        fields["vectors"] = tuple(vecs)
        fields["matrices"] = tuple(mats)
    elif kind == "solve_system":
        fields["matrices"] = (ops[0], ops[1].T if ops[1].rows == 1 else ops[1])
    else:
        fields["matrices"] = tuple(ops)
    if kind == "pca":
        options["source"] = "covariance" if "covariance" in low else "data"
        k = re.search(r"k\s*=\s*(\d)", low)
        options["k"] = int(k.group(1)) if k else 1
    return Problem(kind, options=options, source=text, **fields)


# ----------------------------------------------------------------- "from the same text"
def operand_strings(p: Problem) -> dict[str, Any]:
    """The problem's operands as a student types them into SymPy (``str``: ``x**2 + 3*x*y``,
    ``[[1, 2], [3, 4]]``), frozen before any timing."""
    out: dict[str, Any] = {}
    if p.expr is not None:
        out["expr"] = str(p.expr)
    if p.exprs:
        out["exprs"] = [str(e) for e in p.exprs]
    if p.matrices:
        out["matrices"] = [str(m.tolist()) for m in p.matrices]
    if p.vectors:
        out["vectors"] = [str(v.tolist()) for v in p.vectors]
    if p.equations:
        out["equations"] = [(str(e.lhs), str(e.rhs)) for e in p.equations]
    return out


def from_text(base: Callable[[Problem], Any], p: Problem, strings: dict[str, Any]) -> Any:
    """The bare SymPy call with its operands read from text first (``parse_expr`` and
    ``Matrix(...)``): the second, clearly labelled comparison, so that the fixed cost of
    reading a message shows. Benchmark only, on our own frozen strings (never user text)."""
    from sympy.parsing.sympy_parser import parse_expr

    fields: dict[str, Any] = {}
    if "expr" in strings:
        fields["expr"] = parse_expr(strings["expr"])  # safe: our frozen str(), benchmark only
    if "exprs" in strings:
        fields["exprs"] = tuple(parse_expr(e) for e in strings["exprs"])  # safe: as above
    if "equations" in strings:
        fields["equations"] = tuple(sp.Eq(parse_expr(lhs), parse_expr(rhs))  # safe: as above
                                    for lhs, rhs in strings["equations"])
    for name in ("matrices", "vectors"):
        if name in strings:
            fields[name] = tuple(sp.Matrix(parse_expr(m))  # safe: our frozen str(), as above
                                 for m in strings[name])
    return base(dataclasses.replace(p, **fields))


# ----------------------------------------------------------------- timing
def load_random(per_kind: int, seed: int, kind: str | None = None) -> list[str]:
    """Seeded random problems, as ``random_inputs.py`` draws them (up to 4×4)."""
    import random

    from random_inputs import problems

    return [text for k, text in problems(random.Random(seed), per_kind)
            if kind is None or k in kind.split(",")]


def load_corpus(only: str | None = None) -> list[str]:
    lines = []
    for path in sorted((HERE / "corpus").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                lines.append(line)
    return lines


def load_baselines() -> dict[str, Callable[[Problem], Any]]:
    out: dict[str, Callable[[Problem], Any]] = {}
    for name in ("baselines_linalg", "baselines_calculus"):
        try:
            out.update(importlib.import_module(name).BASELINES)
        except ModuleNotFoundError:
            continue
    return out


CLOCK: Callable[[], float] = time.perf_counter


def _timed(fn: Callable[[], Any]) -> float:
    clear_cache()
    clear_render_caches()
    t0 = CLOCK()
    fn()
    return CLOCK() - t0


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--kind", default=None, help="only problems of these kinds (comma-separated)")
    ap.add_argument("--area", choices=("calculus", "linalg"), default=None,
                    help="only the calculus kinds or only the others")
    ap.add_argument("--verbose", action="store_true", help="one line per problem")
    ap.add_argument("--random", type=int, default=0, metavar="N",
                    help="N seeded random problems per kind instead of the corpus")
    ap.add_argument("--seed", type=int, default=1, help="seed for --random")
    ap.add_argument("--cpu", action="store_true",
                    help="CPU time of this process instead of wall time (a busy machine)")
    args = ap.parse_args(argv)
    global CLOCK
    CLOCK = time.process_time if args.cpu else time.perf_counter
    logging.basicConfig(level=logging.WARNING)
    baselines = load_baselines()
    ours: dict[str, list[float]] = defaultdict(list)
    bare: dict[str, list[float]] = defaultdict(list)
    fallback_kinds: set[str] = set()
    failures: list[str] = []
    solve_only: dict[str, list[float]] = defaultdict(list)
    parse_only: dict[str, list[float]] = defaultdict(list)
    text_bare: dict[str, list[float]] = defaultdict(list)  # parse_expr/Matrix + the call
    texts = load_random(args.random, args.seed, args.kind) if args.random else load_corpus()
    for text in texts:
        problem, parsed = _read(text, failures)
        if problem is None:
            continue
        kind = problem.kind or "?"
        if args.kind and kind not in args.kind.split(","):
            continue
        if args.area and (kind in CALCULUS_KINDS) != (args.area == "calculus"):
            continue

        def pipeline(text: str = text, problem: Problem = problem, parsed: bool = parsed):
            p = parse(text) if parsed else problem
            return solve_problem(p).render("html")

        try:
            pipeline()  # warm-up (imports, first-call setup): a bot worker is warm
            times = [_timed(pipeline) for _ in range(args.reps)]
            solve_only[kind] += [_timed(lambda p=problem: solve_problem(p))
                                 for _ in range(args.reps)]
            if parsed:
                parse_only[kind] += [_timed(lambda t=text: parse(t)) for _ in range(args.reps)]
        except (ParseError, TooHard) as exc:
            failures.append(f"{type(exc).__name__}: {text}: {exc}")
            continue
        if not parsed:
            fallback_kinds.add(kind)
        ours[kind] += times
        base = baselines.get(kind)
        base_times = ([_timed(lambda b=base, p=problem: b(p)) for _ in range(args.reps)]
                      if base else [])
        bare[kind] += base_times
        if base:
            strings = operand_strings(problem)
            text_bare[kind] += [_timed(lambda b=base, p=problem, s=strings: from_text(b, p, s))
                                for _ in range(args.reps)]
        if args.verbose:
            ratio = statistics.median(times) / max(statistics.median(base_times), 1e-9) \
                if base_times else float("nan")
            print(f"{statistics.median(times) * 1e3:8.1f} ms  x{ratio:6.1f}  {text}")
    _table(ours, bare, solve_only, fallback_kinds, args.reps, text_bare, parse_only)
    for f in failures:
        print("!", f)
    return 0


def _read(text: str, failures: list[str]) -> tuple[Problem | None, bool]:
    """The problem via ``solver.parse``; else via the fallback reader (noted in failures)."""
    try:
        problem = parse(text)
        solve_problem(problem)
        return problem, True
    except (ParseError, TooHard) as exc:
        try:
            problem = fallback_problem(text)
        except (StopIteration, ValueError, IndexError):
            failures.append(f"unreadable: {text}")
            return None, False
        failures.append(f"parse→solve failed ({type(exc).__name__}: {exc}), fallback reader "
                        f"used: {text}")
        return problem, False


def _table(ours: dict[str, list[float]], bare: dict[str, list[float]],
           solve_only: dict[str, list[float]], fallback_kinds: set[str], reps: int,
           text_bare: dict[str, list[float]], parse_only: dict[str, list[float]]) -> None:
    head = (f"{'kind':<16}{'n':>4}{'median ms':>11}{'p95 ms':>9}{'parse ms':>10}{'solve ms':>10}"
            f"{'sympy ms':>10}{'ratio':>8}{'solve/sympy':>13}{'text+sympy':>12}{'ratio':>7}")
    print(head)
    print("-" * len(head))
    all_ratios = []
    for kind in sorted(ours):
        t = ours[kind]
        med, p95 = statistics.median(t), _pct(t, 0.95)
        b = bare.get(kind) or []
        bmed = statistics.median(b) if b else float("nan")
        ratio = med / bmed if b and bmed > 0 else float("nan")
        if b:
            all_ratios.append(ratio)
        mark = "*" if kind in fallback_kinds else ""
        smed = statistics.median(solve_only[kind])
        tb = text_bare.get(kind) or []
        tmed = statistics.median(tb) if tb else float("nan")
        pmed = statistics.median(parse_only[kind]) if parse_only.get(kind) else float("nan")
        print(f"{kind + mark:<16}{len(t) // reps:>4}{med * 1e3:>11.1f}{p95 * 1e3:>9.1f}"
              f"{pmed * 1e3:>10.2f}{smed * 1e3:>10.1f}{bmed * 1e3:>10.2f}{ratio:>8.1f}"
              f"{smed / bmed:>13.1f}"
              f"{tmed * 1e3:>12.2f}{med / tmed if tb else float('nan'):>7.1f}")
    print("-" * len(head))
    print("median/p95: parse + solve (with verification) + render('html'); parse: solver.parse "
          "only; solve: solve only; ratio: median / bare SymPy median")
    print("text+sympy: the same call with its operands read from text first (parse_expr, "
          "Matrix(...)); its ratio: median / that")
    everything = [x for t in ours.values() for x in t]
    if everything:
        print(f"all: {len(everything) // reps} problems × {reps} reps, median "
              f"{statistics.median(everything) * 1e3:.1f} ms, p95 "
              f"{_pct(everything, 0.95) * 1e3:.1f} ms, max {max(everything) * 1e3:.1f} ms; "
              f"median of per-kind ratios {statistics.median(all_ratios):.1f}x")
    if fallback_kinds:
        print("* some lines read by the benchmark's fallback reader (solver.parse failed on "
              "them, see below): solve + render only")


if __name__ == "__main__":
    raise SystemExit(main())
