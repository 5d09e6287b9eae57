"""Where the bot's time goes in a burst: storage trips, and the way of each solve back.

Imported by ``bench_burst.py``. Two probes, installed before the bot is built:

- ``StorageTrips``: every ``Storage.run`` (a trip to the database thread): how many, how long
  each waited for the thread and how long it ran there.
- ``SolveTimeline``: every task the worker pool schedules is stamped at four points, on the one
  system-wide monotonic clock: scheduled (the loop), started and finished (in the worker: the
  task is wrapped by ``timed_task`` below, which appends a line to a file), the result's
  arrival in the bot's process (Pebble's message thread sets the future) and the moment the
  awaiting coroutine resumes on the loop. The gaps between consecutive arrivals at each point
  show where results bunch up.
"""

from __future__ import annotations

import itertools
import os
import threading
import time
from typing import Any

ENV = "MML_BENCH_TIMELINE"  # the file the workers append to (inherited by the forkserver)


_gc = {"s": 0.0, "t": 0.0}  # in a worker: seconds spent in the garbage collector so far


def _gc_clock(phase: str, info: dict) -> None:
    if phase == "start":
        _gc["t"] = time.perf_counter()
    else:
        _gc["s"] += time.perf_counter() - _gc["t"]


def timed_task(uid: int, fn: Any, *args: Any) -> Any:
    """Runs in the worker: the pool's own task function, between stamps (and the moment
    ``fn`` itself returned, before the pool's after-task trim), with the garbage collector's
    time during the task."""
    import gc

    from bot.workers import _task

    if _gc_clock not in gc.callbacks:
        gc.callbacks.append(_gc_clock)
    returned = [0.0]

    def call(*a: Any) -> Any:
        try:
            return fn(*a)
        finally:
            returned[0] = time.monotonic()

    started, gc_before = time.monotonic(), _gc["s"]
    try:
        return _task(call, *args)
    finally:
        path = os.environ.get(ENV)
        if path:
            with open(path, "a") as f:
                f.write(f"{uid} {os.getpid()} {started:.6f} {time.monotonic():.6f} "
                        f"{returned[0]:.6f} {_gc['s'] - gc_before:.6f}\n")


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else 0.0


class StorageTrips:
    def __init__(self) -> None:
        from bot.storage import Storage

        self.calls = 0
        self.waits: list[float] = []
        self.runs: list[float] = []
        lock = threading.Lock()
        original_run = Storage.run
        probe = self

        async def run(store, fn, *args, **kwargs):
            queued = time.perf_counter()

            def stamped(*a):
                began = time.perf_counter()
                try:
                    return fn(*a)
                finally:
                    with lock:
                        probe.waits.append(began - queued)
                        probe.runs.append(time.perf_counter() - began)

            probe.calls += 1
            return await original_run(store, stamped, *args, **kwargs)

        Storage.run = run  # type: ignore[method-assign]

    def take(self) -> tuple[int, list[float], list[float]]:
        out = (self.calls, self.waits, self.runs)
        self.calls, self.waits, self.runs = 0, [], []
        return out

    @staticmethod
    def report(calls: int, waits: list[float], runs: list[float], problems: int) -> str:
        return (f"storage trips {calls} ({calls / max(1, problems):.1f} a problem); waited for "
                f"the database thread p50 {_pct(waits, 0.5) * 1000:.1f} ms, p95 "
                f"{_pct(waits, 0.95) * 1000:.1f} ms; ran there p50 "
                f"{_pct(runs, 0.5) * 1000:.2f} ms, p95 {_pct(runs, 0.95) * 1000:.2f} ms")


class SolveTimeline:
    def __init__(self, path: str) -> None:
        import pebble

        import bot.workers

        self.path = path
        os.environ[ENV] = path
        open(path, "w").close()
        self.stamps: dict[int, dict[str, float]] = {}
        self._uid = 0
        self.names: dict[int, str] = {}  # the job each task ran (solve_job, plot_job, ...)
        original_schedule = pebble.ProcessPool.schedule
        original_run = bot.workers.WorkerPool._run
        probe = self

        def schedule(pool, function, args=(), kwargs=None, timeout=None):
            probe._uid += 1
            uid = probe._uid
            stamp = probe.stamps[uid] = {"scheduled": time.monotonic()}
            probe.names[uid] = getattr(args[0], "__name__", "?") if args else "?"
            future = original_schedule(pool, timed_task, args=(uid, function, *args),
                                       kwargs=kwargs or {}, timeout=timeout)
            # runs on the thread that sets the result: Pebble's message manager thread
            future.add_done_callback(lambda _f: stamp.__setitem__("arrived", time.monotonic()))
            return future

        async def _run(pool, fn, args, timeout):
            # WorkerPool._run schedules before its first await, so the next uid is its task's
            uid = probe._uid + 1
            result = await original_run(pool, fn, args, timeout)
            if uid in probe.stamps:
                probe.stamps[uid]["resumed"] = time.monotonic()
            return result

        pebble.ProcessPool.schedule = schedule  # type: ignore[method-assign]
        bot.workers.WorkerPool._run = _run  # type: ignore[method-assign]

    def take(self) -> dict[int, dict[str, float]]:
        with open(self.path) as f:
            lines = f.read().split("\n")
        open(self.path, "w").close()
        for line in lines:
            if line.strip():
                uid, pid, started, ended, returned, in_gc = line.split()
                stamp = self.stamps.get(int(uid))
                if stamp is not None:
                    stamp.update(started=float(started), ended=float(ended), pid=int(pid),
                                 returned=float(returned), gc=float(in_gc))
        done = {u: s for u, s in self.stamps.items() if "ended" in s and "resumed" in s}
        self.stamps = {u: s for u, s in self.stamps.items() if u not in done}
        return done

    @staticmethod
    def report(stamps: dict[int, dict[str, float]], bursts: list[tuple[float, float]],
               names: dict[int, str] | None = None) -> str:
        """Gaps between consecutive arrivals (within each burst) at each point, and the lag of
        each step."""
        names = names or {}
        lines = []
        for point in ("ended", "arrived", "resumed"):
            gaps: list[float] = []
            for lo, hi in bursts:
                xs = sorted(s[point] for s in stamps.values() if lo <= s["scheduled"] < hi)
                gaps += [b - a for a, b in itertools.pairwise(xs)]
            big = sum(1 for g in gaps if g >= 0.2)
            lines.append(f"{point}: gap p50 {_pct(gaps, 0.5) * 1000:.0f} ms, p95 "
                         f"{_pct(gaps, 0.95) * 1000:.0f} ms, max "
                         f"{max(gaps, default=0) * 1000:.0f} ms, {big} gaps >= 200 ms")
        ss = list(stamps.values())
        lags = {
            "queue (scheduled->started)": [s["started"] - s["scheduled"] for s in ss],
            "run (started->ended)": [s["ended"] - s["started"] for s in ss],
            "  of which the after-task trim": [s["ended"] - s["returned"] for s in ss],
            "  of which the garbage collector": [s["gc"] for s in ss],
            "pipe (ended->arrived)": [s["arrived"] - s["ended"] for s in ss],
            "loop (arrived->resumed)": [s["resumed"] - s["arrived"] for s in ss],
        }
        idle: list[float] = []  # a worker's idle time between its tasks within a burst
        for lo, hi in bursts:
            by_pid: dict[int, list[dict[str, float]]] = {}
            for s in ss:
                if lo <= s["scheduled"] < hi:
                    by_pid.setdefault(int(s["pid"]), []).append(s)
            for tasks in by_pid.values():
                tasks.sort(key=lambda s: s["started"])
                idle += [b["started"] - a["ended"] for a, b in itertools.pairwise(tasks)]
        lags["worker idle between tasks"] = idle
        lines += [f"{name}: p50 {_pct(v, 0.5) * 1000:.1f} ms, p95 {_pct(v, 0.95) * 1000:.1f} "
                  f"ms, max {max(v, default=0) * 1000:.1f} ms" for name, v in lags.items()]
        # what the workers were doing during each long gap (>= 200 ms) between results
        spans: list[str] = []
        for lo, hi in bursts:
            xs = sorted(((s["ended"], u) for u, s in stamps.items()
                         if lo <= s["scheduled"] < hi))
            for (a, _), (b, _) in itertools.pairwise(xs):
                if b - a < 0.2:
                    continue
                busy = [f"{names.get(u, '?')} {(s['ended'] - s['started']) * 1000:.0f} ms"
                        f" (gc {s['gc'] * 1000:.0f})"
                        for u, s in stamps.items() if s["started"] < b and s["ended"] >= b]
                spans.append(f"{(b - a) * 1000:.0f} ms: " + ", ".join(busy))
        if spans:
            lines.append("long gaps, and the tasks the workers were running through them "
                         "(whole run time): " + "; ".join(spans[:8]))
        run = sum(s["ended"] - s["started"] for s in ss)
        trim = sum(s["ended"] - s["returned"] for s in ss)
        in_gc = sum(s["gc"] for s in ss)
        lines.append(f"the workers' task time {run:.2f} s, of which the after-task trim "
                     f"{trim:.2f} s and the garbage collector {in_gc:.2f} s "
                     f"({len(ss)} tasks)")
        return "    " + "\n    ".join(lines)


class StartTimeline:
    """Where a bystander's /start spends its time: from the push to the tutor (the fake's
    getUpdates, PTB, the loop), in the tutor (its database hop), from the tutor to the reply
    arriving at the fake (the send window, PTB, HTTP)."""

    def __init__(self) -> None:
        from bot.events import Command
        from bot.tutor import Tutor

        self.entered: dict[int, float] = {}
        self.left: dict[int, float] = {}
        original = Tutor.handle
        probe = self

        async def handle(tutor, event, *args, **kwargs):
            is_start = isinstance(event, Command) and event.name == "start"
            if is_start:
                probe.entered[event.user.id] = time.monotonic()
            try:
                return await original(tutor, event, *args, **kwargs)
            finally:
                if is_start:
                    probe.left[event.user.id] = time.monotonic()

        Tutor.handle = handle  # type: ignore[method-assign]

    def split(self, chat: int, pushed: float, replied: float) -> tuple[float, float, float]:
        entered, left = self.entered.get(chat, pushed), self.left.get(chat, replied)
        return entered - pushed, left - entered, replied - left

    @staticmethod
    def report(splits: list[tuple[float, float, float]]) -> str:
        parts = []
        for i, name in enumerate(("push->tutor", "in the tutor", "tutor->reply")):
            xs = [s[i] for s in splits]
            parts.append(f"{name} p50 {_pct(xs, 0.5) * 1000:.0f} / p95 "
                         f"{_pct(xs, 0.95) * 1000:.0f} ms")
        return "bystander /start: " + ", ".join(parts)
