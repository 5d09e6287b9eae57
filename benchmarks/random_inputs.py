"""Random small problems of every kind through the worker pool: how many are slow or fail.

Hand-picked corpora hide the common trap (a random 3×3 has irrational eigenvalues). This script
draws seeded random integer matrices and expressions, solves each in a worker process with the
bot's time limit, and prints per kind: count, median and max time, timeouts and crashes.

``--calculus`` instead runs the calculus kinds in this process (no pool), each timed with
SymPy's cache cleared, next to the bare SymPy call of ``baselines_calculus.py``: per kind the
median and p95 of parse + solve + render('html') and the median ratio to the bare call. Times
are CPU seconds of this process (``time.process_time``), so that other work on a shared
machine does not inflate them; ``--wall`` for wall-clock time.

Usage::

    .venv/bin/python benchmarks/random_inputs.py [--per-kind 12] [--timeout 10] [--seed 1]
        [--kinds det,eigenvalues,pca]
    .venv/bin/python benchmarks/random_inputs.py --calculus [--per-kind 12] [--seed 1]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bot.jobs import solve_job
from bot.workers import WorkerPool, WorkerTimeout


def _matrix(rng: random.Random, rows: int, cols: int, lo: int = -5, hi: int = 9) -> str:
    return "[" + ", ".join(
        "[" + ", ".join(str(rng.randint(lo, hi)) for _ in range(cols)) + "]"
        for _ in range(rows)) + "]"


def _vector(rng: random.Random, n: int) -> str:
    return "[" + ", ".join(str(rng.randint(-5, 6)) for _ in range(n)) + "]"


_TERMS = ["x^2", "x^3", "sin(x)", "cos(x)", "e^x", "ln(x)", "sqrt(x)", "x", "tanh(x)",
          "1/(1+e^-x)", "x^2 y", "x y^2", "sin(x y)", "e^(x+y)", "y^3", "x y"]


def _expr(rng: random.Random, two_vars: bool = False) -> str:
    pool = _TERMS if two_vars else [t for t in _TERMS if "y" not in t]
    a, b = rng.sample(pool, 2)
    op = rng.choice(["+", "-", "*", "/"])
    c = rng.randint(2, 5)
    return f"{c}({a}) {op} {b}" if op != "/" else f"({a})/({b} + {c})"


def problems(rng: random.Random, per_kind: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(per_kind):
        n = rng.choice([2, 3, 3, 4])
        m = _matrix(rng, n, n)
        out += [("det", f"det {m}"), ("inverse", f"inverse of {m}"),
                ("eigenvalues", f"eigenvalues of {m}"), ("eigenvectors", f"eigenvectors of {m}"),
                ("rref", f"rref {_matrix(rng, n, n + 1)}"), ("rank", f"rank {m}"),
                ("nullspace", f"null space of {_matrix(rng, n - 1, n)}"),
                ("solve_system", f"solve Ax = b where A = {m} and b = {_vector(rng, n)}"),
                ("gram_schmidt", f"gram schmidt {_vector(rng, 3)}, {_vector(rng, 3)}"),
                ("projection", f"project {_vector(rng, 3)} onto {_vector(rng, 3)}"),
                ("pca", "pca of " + ", ".join(
                    "(" + ", ".join(str(rng.randint(0, 9)) for _ in range(2)) + ")"
                    for _ in range(rng.randint(4, 7)))),
                ("derivative", f"d/dx {_expr(rng)}"),
                ("higher_derivative", f"second derivative of {_expr(rng)}"),
                ("gradient", f"gradient of {_expr(rng, True)}"),
                ("hessian", f"hessian of {_expr(rng, True)}"),
                ("taylor", f"taylor series of {_expr(rng)} about x = 1 up to order 3"),
                ("critical_points", f"critical points of x^3 - {rng.randint(1, 9)}x + "
                                    f"y^2 + {rng.randint(1, 5)}xy")]
    extra = random.Random(f"calculus {per_kind}")  # its own stream: the kinds above keep theirs
    for _ in range(per_kind):
        out += calculus_extra(extra)
    return out


def calculus_extra(rng: random.Random) -> list[tuple[str, str]]:
    """The calculus kinds not drawn above (one problem each)."""
    c, d = rng.randint(2, 5), rng.randint(1, 4)
    return [
        ("partial", f"partial derivative of {_expr(rng, True)} with respect to y"),
        ("jacobian", f"jacobian of ({_expr(rng, True)}, {_expr(rng, True)})"),
        ("chain_rule", f"df/dt for f = {_expr(rng, True)}, x = t^{d}, y = sin t"),
        ("newton", f"newton raphson for x^3 - {c}x - {d} from x0 = {c}, 3 steps"),
        ("gradient_descent", f"gradient descent on {c}x^2 + y^2 + {d}x y from ({d}, 1), "
                             "learning rate 0.1, 3 steps"),
        ("gradient", f"gradient of {_expr(rng, True)} + x y at ({d}, {c})"),
        ("taylor", f"taylor expansion of {_expr(rng, True)} + x y about (1, 1) order 2"),
    ]


def calculus_ratios(per_kind: int, seed: int, wall: bool = False) -> None:
    """In-process: per calculus kind, pipeline median/p95 and the median ratio to bare SymPy."""
    from baselines_calculus import BASELINES
    from sympy.core.cache import clear_cache

    from solver import CALCULUS_KINDS, ParseError, TooHard, parse, solve_problem
    from solver.render import clear_caches

    clock = time.perf_counter if wall else time.process_time
    items = [(k, t) for k, t in problems(random.Random(seed), per_kind) if k in CALCULUS_KINDS]
    ours: dict[str, list[float]] = defaultdict(list)
    ratios: dict[str, list[float]] = defaultdict(list)
    refused: list[str] = []
    parse("d/dx x^2 sin x")  # warm-up: imports and first-call setup, as in a warm worker
    for _kind, text in items:
        clear_cache()
        clear_caches()
        start = clock()
        try:
            problem = parse(text)
            solve_problem(problem).render("html")
        except (ParseError, TooHard) as exc:
            refused.append(f"{type(exc).__name__}: {text[:70]}: {exc}")
            continue
        elapsed = clock() - start
        clear_cache()
        start = clock()
        BASELINES[problem.kind](problem)
        bare = clock() - start
        ours[problem.kind].append(elapsed * 1000)
        ratios[problem.kind].append(elapsed / max(bare, 1e-6))
    print(f"{'kind':18} {'n':>3} {'median ms':>10} {'p95 ms':>8} {'max ms':>8} {'ratio':>7}")
    for kind in sorted(ours):
        ts = sorted(ours[kind])
        p95 = ts[min(len(ts) - 1, round(0.95 * (len(ts) - 1)))]
        print(f"{kind:18} {len(ts):3d} {statistics.median(ts):10.0f} {p95:8.0f} "
              f"{ts[-1]:8.0f} {statistics.median(ratios[kind]):7.1f}")
    print("ratio: median over problems of (parse + solve + render) / bare SymPy call; "
          + ("wall-clock" if wall else "CPU") + " time")
    for line in refused:
        print("  " + line)


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-kind", type=int, default=12)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--kinds", default="", help="only these kinds (comma-separated)")
    ap.add_argument("--calculus", action="store_true",
                    help="calculus kinds in-process, with the ratio to bare SymPy")
    ap.add_argument("--wall", action="store_true", help="with --calculus: wall-clock time")
    args = ap.parse_args()
    if args.calculus:
        calculus_ratios(args.per_kind, args.seed, args.wall)
        return
    items = problems(random.Random(args.seed), args.per_kind)
    if args.kinds:
        items = [(k, t) for k, t in items if k in args.kinds.split(",")]
    pool = WorkerPool(2, args.timeout)
    await pool.warm_up()
    times: dict[str, list[float]] = defaultdict(list)
    outcome: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    slowest: list[tuple[float, str]] = []
    unread: list[str] = []

    async def one(kind: str, text: str) -> None:
        start = time.perf_counter()
        try:
            result = await pool.run(solve_job, text)
            state = "ok" if result.ok else ("too hard" if result.too_hard else "not read")
        except WorkerTimeout:
            state = "timeout"
        except Exception as exc:  # a crash is a finding, not a reason to stop
            state = f"crash {type(exc).__name__}"
        elapsed = time.perf_counter() - start
        times[kind].append(elapsed * 1000)
        outcome[kind][state] += 1
        slowest.append((elapsed, text))
        if state != "ok":
            unread.append(f"{state}: {text[:80]}")

    sem = asyncio.Semaphore(2)

    async def guarded(kind: str, text: str) -> None:
        async with sem:
            await one(kind, text)

    await asyncio.gather(*(guarded(k, t) for k, t in items))
    pool.close()
    print(f"{'kind':18} {'n':>3} {'median ms':>10} {'max ms':>9}  outcomes")
    for kind in sorted(times):
        ts = times[kind]
        states = ", ".join(f"{s} {c}" for s, c in sorted(outcome[kind].items()))
        print(f"{kind:18} {len(ts):3d} {statistics.median(ts):10.0f} {max(ts):9.0f}  {states}")
    for line in unread[:10]:
        print("  " + line)
    print("slowest:")
    for elapsed, text in sorted(slowest, reverse=True)[:5]:
        print(f"  {elapsed * 1000:7.0f} ms  {text[:90]}")


if __name__ == "__main__":
    asyncio.run(main())
