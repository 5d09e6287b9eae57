"""CPU per solve: parse + solve + verify + render of every corpus and seeded random problem.

Usage::

    .venv/bin/python benchmarks/cpu_per_solve.py [--seed 7]

CPU time (``time.process_time``), not wall time, so a busy machine skews it less. These are
the figures behind docs/scaling.md (how many students one machine serves).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import yaml  # noqa: E402
from random_inputs import problems  # noqa: E402

from bot.jobs import solve_job  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    corpus = [e["text"] for e in yaml.safe_load((ROOT / "tests" / "parse_corpus.yaml")
                                                  .read_text(encoding="utf-8")) if e.get("kind")]
    rand = [t for _, t in problems(random.Random(args.seed), 3)]
    solve_job("det [[1,2],[3,4]]")  # imports and caches warm
    for name, texts in (("corpus-like", corpus), (f"seeded random (seed {args.seed})", rand)):
        cpu = []
        for t in texts:
            c = time.process_time()
            solve_job(t)
            cpu.append((time.process_time() - c) * 1000)
        cpu.sort()
        print(f"{name}: n={len(cpu)}  CPU per solve: median {statistics.median(cpu):.1f} ms, "
              f"mean {statistics.mean(cpu):.1f} ms, p95 {cpu[int(0.95 * len(cpu))]:.0f} ms, "
              f"max {cpu[-1]:.0f} ms  => {1000 / statistics.mean(cpu):.0f} solves/s per core")


if __name__ == "__main__":
    main()
