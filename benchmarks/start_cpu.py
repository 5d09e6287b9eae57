"""CPU seconds (user + system) of the two halves of a cold start, in fresh interpreters.

``python -m bot run`` starts the forkserver (which imports the solver: ``bot.worker_preload``)
and meanwhile imports the Telegram side itself; its first reply waits for the longer of the
two. Wall time on a shared machine says more about the neighbours than about the code; CPU
time much less so. Each half runs ``--runs`` times, interleaved; medians and ranges.

Usage::

    .venv/bin/python benchmarks/start_cpu.py [--runs 6]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CPU = ("import resource; r = resource.getrusage(resource.RUSAGE_SELF); "
       "print(r.ru_utime + r.ru_stime)")
HALVES = {
    "the forkserver's preload (bot.worker_preload)": "import bot.worker_preload",
    "the bot's imports (bot.cli, bot.telegram_app)":
        "from bot.workers import bot_process_env; bot_process_env(); "
        "import bot.cli, bot.telegram_app",
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=6)
    args = ap.parse_args()
    seconds: dict[str, list[float]] = {name: [] for name in HALVES}
    for _ in range(args.runs):
        for name, code in HALVES.items():
            out = subprocess.run([sys.executable, "-c", f"{code}\n{CPU}"], cwd=ROOT,
                                 capture_output=True, text=True, check=True)
            seconds[name].append(float(out.stdout.split()[-1]))
    print(f"load average {os.getloadavg()[0]:.1f}, {args.runs} runs each")
    for name, values in seconds.items():
        print(f"{name}: median {statistics.median(values):.2f} s CPU "
              f"({min(values):.2f}-{max(values):.2f})")


if __name__ == "__main__":
    main()
