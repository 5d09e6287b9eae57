"""Time each plot kind (median and p95 over repeated runs) and report PNG sizes.

Usage::

    .venv/bin/python benchmarks/bench_plots.py            # 12 runs per kind
    .venv/bin/python benchmarks/bench_plots.py --runs 20 --out /tmp/plots   # also save PNGs
    .venv/bin/python benchmarks/bench_plots.py --corpus    # the corpus's pictures, by kind

``--corpus``: every message of ``tests/parse_corpus.yaml`` that has a picture, drawn as
``/plot`` draws it (``plot_for`` of the parsed problem), CPU time of this process per plot
(median of ``--reps`` runs each, after one warm-up), summarised per plot kind: the mix a
class's ``/plot`` requests cost a worker.

Wall-clock median/p95 are the figures the aim is about; the CPU column (this process only)
shows how much of the wall time was the plot itself when the machine is shared.

Aim (issue 6): median < 300 ms and p95 < 600 ms per plot, every PNG < 200 KB. One warm-up run
per kind is not timed (it pays for font caches and imports, once per worker process).
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import sympy as sp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from solver import Problem
from solver.plots import (
    plot_descent,
    plot_for,
    plot_function,
    plot_linear_map,
    plot_pca,
    plot_progress,
    plot_surface_contour,
    plot_taylor,
    render_formula,
)

logger = logging.getLogger(__name__)

MEDIAN_AIM_MS = 300
P95_AIM_MS = 600
SIZE_AIM = 200_000

x, y = sp.symbols("x y")
M = sp.Matrix

CASES: dict[str, Callable[[], bytes]] = {
    "function": lambda: plot_function(x**3 - 3 * x, x),
    "function+f′+tangent": lambda: plot_function(x**2 * sp.sin(x), x, derivatives=2,
                                                 tangent_at=sp.pi / 2),
    "function (poles)": lambda: plot_function(sp.tan(x), x),
    "surface": lambda: plot_surface_contour(x**3 - 3 * x + y**2, x, y),
    "surface (numeric crit.)": lambda: plot_surface_contour(
        (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2, x, y),
    "surface+3D": lambda: plot_surface_contour(sp.exp(-x**2 - y**2), x, y, surface=True),
    "linear map 2x2": lambda: plot_linear_map(M([[2, 1], [1, 2]])),
    "linear map 3x3": lambda: plot_linear_map(M([[1, 1, 0], [0, 2, 0], [0, 0, 1]])),
    "pca": lambda: plot_pca(M([[1, 2], [2, 3], [3, 5], [4, 4], [5, 7], [6, 6.5]])),
    "descent 2D": lambda: plot_descent(x**2 + 3 * y**2, [x, y], [3, 2], lr=0.1, steps=10),
    "newton 1D": lambda: plot_descent(x**3 - 2 * x - 5, [x], [3], steps=3, method="newton"),
    "taylor": lambda: plot_taylor(sp.sin(x), x, 0, 5),
    "progress": lambda: plot_progress({"Vectors": 0.9, "Matrices": 0.6, "Eigen": 0.3,
                                       "Calculus": 0.75, "Taylor": 0.1, "PCA": 0.0}),
    "formula": lambda: render_formula(r"$\nabla f = \left(\dfrac{\partial f}{\partial x},"
                                      r"\dfrac{\partial f}{\partial y}\right)$"),
    "plot_for(gradient)": lambda: plot_for(Problem(
        "gradient", expr=x**2 * y - y**3, variables=(x, y))).png,  # type: ignore[union-attr]
}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def corpus_plots(reps: int, out: Path | None) -> int:
    """CPU ms per picture of the corpus's messages, summarised per plot kind."""
    import yaml

    from solver import parse
    from solver.errors import ParseError

    root = Path(__file__).resolve().parents[1]
    entries = yaml.safe_load((root / "tests" / "parse_corpus.yaml").read_text(encoding="utf-8"))
    by_kind: dict[str, list[float]] = {}
    sizes: dict[str, int] = {}
    for entry in entries:
        try:
            problem = parse(entry["text"])
        except ParseError:
            continue
        try:
            plot = plot_for(problem)
        except Exception:  # a benchmark reports, it does not stop
            logger.exception("plot failed: %r", entry["text"])
            continue
        if plot is None:
            continue
        cpu = []
        for _ in range(reps):
            start = time.process_time()
            plot = plot_for(problem)
            cpu.append((time.process_time() - start) * 1000)
        by_kind.setdefault(plot.kind, []).append(statistics.median(cpu))
        sizes[plot.kind] = max(sizes.get(plot.kind, 0), len(plot.png))
        if out:
            n = len(by_kind[plot.kind])
            (out / f"corpus_{plot.kind}_{n}.png").write_bytes(plot.png)
    every = [t for ts in by_kind.values() for t in ts]
    print(f"{'plot kind':<22}{'n':>4}{'median CPU ms':>15}{'p95':>8}{'max':>8}{'max KB':>8}")
    for kind, ts in sorted(by_kind.items()):
        print(f"{kind:<22}{len(ts):>4}{statistics.median(ts):>15.1f}{percentile(ts, 0.95):>8.1f}"
              f"{max(ts):>8.1f}{sizes[kind] / 1000:>8.1f}")
    print(f"{'all':<22}{len(every):>4}{statistics.median(every):>15.1f}"
          f"{percentile(every, 0.95):>8.1f}{max(every):>8.1f}; mean {statistics.mean(every):.1f}"
          f" ms; load average {os.getloadavg()[0]:.2f}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=12)
    parser.add_argument("--out", type=Path, help="directory to write one PNG per kind")
    parser.add_argument("--corpus", action="store_true",
                        help="the pictures of the corpus's messages, CPU ms per plot kind")
    parser.add_argument("--reps", type=int, default=3, help="runs per picture with --corpus")
    args = parser.parse_args()
    if args.corpus:
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
        return corpus_plots(max(1, args.reps), args.out)
    runs = max(10, args.runs)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    print(f"{'plot':<26}{'median ms':>10}{'p95 ms':>9}{'max ms':>9}{'CPU ms':>8}{'PNG KB':>9}  ok")
    failures = 0
    for name, render in CASES.items():
        png = render()  # warm-up
        times, cpu = [], []
        for _ in range(runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            png = render()
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        median, p95 = statistics.median(times), percentile(times, 0.95)
        ok = median < MEDIAN_AIM_MS and p95 < P95_AIM_MS and len(png) < SIZE_AIM
        failures += not ok
        print(f"{name:<26}{median:>10.0f}{p95:>9.0f}{max(times):>9.0f}"
              f"{statistics.median(cpu):>8.0f}{len(png) / 1000:>9.1f}  {'yes' if ok else 'NO'}")
        if args.out:
            slug = "".join(c if c.isalnum() else "_" for c in name).strip("_")
            (args.out / f"{slug}.png").write_bytes(png)
    print(f"load average at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs "
          "(wall time grows when other work shares the machine; CPU ms is this process only)")
    print(f"{runs} timed runs per plot; aim: median < {MEDIAN_AIM_MS} ms, p95 < {P95_AIM_MS} ms, "
          f"PNG < {SIZE_AIM // 1000} KB. {failures} plot(s) missed the aim.")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
