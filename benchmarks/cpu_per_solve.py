"""CPU per solve: parse + solve + verify + render of every corpus and seeded random problem.

Usage::

    .venv/bin/python benchmarks/cpu_per_solve.py [--seed 7] [--chat] [--reps 3]

``--chat``: render only what a chat reads (``bot.jobs.CHAT_FORMATS``: the message and the
"More detail" pages), as the bot does when it passes them; without it every format (also the
terminal text and the JSON). ``--reps``: each problem this many times, the median kept (a busy
machine's noise); SymPy's cache is cleared before each, as a first sight of a problem finds it.

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
from sympy.core.cache import clear_cache  # noqa: E402

from bot.jobs import CHAT_FORMATS, FORMATS, solve_job  # noqa: E402
from solver.render import clear_caches  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--chat", action="store_true", help="only the formats a chat reads")
    ap.add_argument("--reps", type=int, default=1)
    args = ap.parse_args()
    formats = CHAT_FORMATS if args.chat else FORMATS
    corpus = [e["text"] for e in yaml.safe_load((ROOT / "tests" / "parse_corpus.yaml")
                                                  .read_text(encoding="utf-8")) if e.get("kind")]
    rand = [t for _, t in problems(random.Random(args.seed), 3)]
    solve_job("det [[1,2],[3,4]]")  # imports and caches warm
    for name, texts in (("corpus-like", corpus), (f"seeded random (seed {args.seed})", rand)):
        cpu = []
        for t in texts:
            times = []
            for _ in range(args.reps):
                if args.reps > 1:
                    clear_cache()
                    clear_caches()
                c = time.process_time()
                solve_job(t, None, None, formats)
                times.append((time.process_time() - c) * 1000)
            cpu.append(statistics.median(times))
        cpu.sort()
        print(f"{name} [{'+'.join(formats)}]: n={len(cpu)}  CPU per solve: median "
              f"{statistics.median(cpu):.1f} ms, "
              f"mean {statistics.mean(cpu):.1f} ms, p95 {cpu[int(0.95 * len(cpu))]:.0f} ms, "
              f"max {cpu[-1]:.0f} ms  => {1000 / statistics.mean(cpu):.0f} solves/s per core")


if __name__ == "__main__":
    main()
