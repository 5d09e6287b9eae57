"""How long the worker pool takes to serve again after its forkserver, then every worker, is
killed (the sequence of tests/test_workers.py::test_a_killed_forkserver_and_busy_workers_recover,
timed instead of bounded).

Per run: a fresh WorkerPool(2) is warmed up; the forkserver and one worker get SIGKILL; the next
task's time is ``after forkserver``. Then a 5 s task is started, every worker gets SIGKILL while
it runs, and the next task's time is ``after workers`` (a generous limit, so a stall is measured,
not cut off). Pebble's worker launches and the forkserver's (re)starts are timed too.

``--no-preload`` forks the workers from a bare forkserver, as before ``bot.worker_preload``
(each new worker imports the solver on its first task).

Usage::

    .venv/bin/python benchmarks/forkserver_respawn.py --runs 10 [--no-preload]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import statistics
import sys
import threading
import time
from multiprocessing import forkserver
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pebble.pool import process as pebble_process  # noqa: E402

from bot.workers import WorkerCrashed, WorkerPool  # noqa: E402

EVENTS: list[tuple[float, str, float]] = []  # (when, what, seconds)
T0 = time.monotonic()


def _timed(owner: object, name: str, label: str) -> None:
    original = getattr(owner, name)

    def timed(*args, **kwargs):
        started = time.monotonic()
        try:
            return original(*args, **kwargs)
        finally:
            EVENTS.append((started - T0, f"{label} [{threading.current_thread().name}]",
                           time.monotonic() - started))

    setattr(owner, name, timed)


_timed(forkserver.ForkServer, "ensure_running", "forkserver ensure_running")
_timed(pebble_process.WorkerManager, "new_worker", "pebble new_worker")


def _det() -> str:
    from solver import solve

    return str(solve("det [[1,2],[3,4]]").answer)


async def _next_task(pool: WorkerPool) -> float:
    started = time.monotonic()
    assert await pool.run(_det, timeout=60) == "-2"
    return time.monotonic() - started


def _slow_events(since: float, at_least: float = 0.5) -> list[str]:
    return [f"{what} {took:.2f} s" for when, what, took in EVENTS
            if when >= since - T0 and took >= at_least]


async def one_run() -> tuple[float, float, list[str]]:
    pool = WorkerPool(workers=2, timeout=20)
    try:
        await pool.warm_up()
        mark = time.monotonic()
        os.kill(forkserver._forkserver._forkserver_pid, signal.SIGKILL)
        os.kill(pool.worker_pids()[-1], signal.SIGKILL)
        await asyncio.sleep(0.5)
        first = await _next_task(pool)
        busy = asyncio.create_task(pool.run(time.sleep, 5))
        await asyncio.sleep(0.5)
        for pid in pool.worker_pids():
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(WorkerCrashed):
            await busy
        second = await _next_task(pool)
        return first, second, _slow_events(mark)
    finally:
        pool.close()


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--no-preload", action="store_true", help="a bare forkserver (before)")
    args = ap.parse_args()
    if args.no_preload:
        import multiprocessing

        import bot.workers

        def bare():
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload([])
            return context

        bot.workers.forkserver_context = bare  # type: ignore[assignment]
    firsts, seconds = [], []
    for n in range(1, args.runs + 1):
        first, second, slow = await one_run()
        firsts.append(first)
        seconds.append(second)
        print(f"run {n:2d}: after forkserver {first:5.2f} s, after workers {second:5.2f} s"
              + (f"  (slow: {'; '.join(slow)})" if slow else ""), flush=True)
    for label, xs in (("after forkserver", firsts), ("after workers", seconds)):
        print(f"{label}: median {statistics.median(xs):.2f} s, max {max(xs):.2f} s, "
              f"over 8 s in {sum(x > 8 for x in xs)} of {len(xs)}")


if __name__ == "__main__":
    asyncio.run(main())
