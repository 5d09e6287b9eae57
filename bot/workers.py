"""A bounded pool of worker processes for CPU-heavy work (SymPy, matplotlib).

Each task has a hard time limit, counted from the moment it is queued: a task still waiting
when its time is up is cancelled, and one that runs past it has its worker killed and replaced
(Pebble). Each worker has an address-space cap, so a runaway computation fails with
``MemoryError`` instead of taking the server down. The event loop only awaits futures; it never
computes.

The pool heals itself: a worker (or the forkserver) killed from outside leaves Pebble's pool
broken ("Unexpected error within the Pool" for every later task); ``run`` notices, builds a new
pool and runs the task there once more.

``JobRunner`` is the small interface the tutor depends on (``run``, ``warm_up``, ``close``): a
queue backend (Celery, Dramatiq) can replace this pool without touching the core.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import CancelledError as FutureCancelled
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol, TypeVar

from pebble import ProcessPool
from pebble.common import ProcessExpired

logger = logging.getLogger(__name__)

T = TypeVar("T")
DEFAULT_MEMORY_LIMIT = 2 * 1024**3  # bytes of address space per worker


class WorkerTimeout(Exception):
    """The task ran past its time limit; its worker was killed and replaced."""


class WorkerBusy(WorkerTimeout):
    """The task's time ran out while it was still queued behind others (a burst): nothing
    was wrong with the problem itself."""


class WorkerCrashed(Exception):
    """The worker died (killed by the OS, or a native crash)."""


class JobRunner(Protocol):
    """What the tutor needs from a job backend."""

    workers: int
    timeout: float

    async def run(self, fn: Callable[..., T], *args: Any, timeout: float | None = None) -> T: ...

    async def warm_up(self) -> None: ...

    def close(self) -> None: ...


def worker_env() -> None:
    """One BLAS thread per worker (the pool is the parallelism, and thread stacks eat address
    space) and matplotlib's file backend; set before NumPy or matplotlib is imported."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"
    os.environ.setdefault("MPLBACKEND", "Agg")


LEFT_OUT_OF_THE_BOT = ("numpy", "pandas")  # what the bot's own process never imports


def bot_process_env() -> None:
    """The bot's own process (Telegram or the terminal chat) does no math, its workers do:
    mark NumPy and pandas absent there before anything imports them. sqlite-utils imports
    them when it can, only to map their types to column types (the bot stores none); NumPy
    alone cost the process 16 MB and ~0.1 s of its start (issue 16). An import of either now
    raises ImportError, which a library that uses them optionally expects; one that needed
    them would fail tests/test_main_process_light.py. Called first by ``run`` and ``chat``;
    the forkserver and the workers are started afresh and import NumPy as usual."""
    for name in LEFT_OUT_OF_THE_BOT:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]  # None: "not installed"


PRELOAD = "bot.worker_preload"  # what the forkserver imports before it forks any worker


def forkserver_context() -> multiprocessing.context.BaseContext:
    """The workers' start method: a forkserver that imports the solver once (``PRELOAD``) and
    forks every worker from it. (``__main__`` in the list does nothing on Python 3.11: the
    forkserver is never told the main script's path, so each worker runs a script started by
    path again as ``__mp_main__``, its top-level imports included; ``python -m bot`` is a
    ``__main__`` module, which workers skip.)"""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["__main__", PRELOAD])  # read when the forkserver starts
    return context


def start_forkserver() -> None:
    """Start the forkserver now, so its imports (about 1.2 s of SymPy and matplotlib) run on
    another core while this process imports python-telegram-bot; the pool uses it later."""
    from multiprocessing import forkserver

    forkserver_context()
    forkserver.ensure_running()


def _init_worker(memory_limit: int) -> None:
    worker_env()
    if memory_limit > 0:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))


def _warm_up() -> bool:
    """Import what the jobs import on first use (in the forkserver: once for every worker).
    Not pyplot: the plots draw on Agg figures without it (tests/test_plots.py)."""
    import gc
    import importlib

    import matplotlib

    matplotlib.use("Agg")

    import bot.jobs  # noqa: F401

    for name in ("solver.dispatch", "solver.parsing", "solver.plots", "content.answers"):
        importlib.import_module(name)  # bot.jobs imports them on first use: warm them here

    gc.collect()
    gc.freeze()  # the imported modules live for good: later collections skip them
    _malloc_trim()  # the imports' freed heap back to the OS before the forks copy it
    return True


TRIM_ABOVE_MB = 140  # a worker past this resident size gives its freed memory back after a task
#                      (a warm worker holds ~130 MB; a few plots leave ~60 MB of garbage
#                      and freed heap behind, which glibc keeps unless asked)
TRIM_GROWTH_MB = 10  # ... and only once it has grown this much since the last trim (~25 MB
#                      of caches and fragments stay whatever is done: without this, every
#                      task would pay for a trim; with it, about one in ten does, 10-80 ms)
_after_trim = 0.0  # the worker's resident size after its last trim


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024**2
    except (OSError, ValueError, IndexError):  # not Linux: no trimming
        return 0.0


def _malloc_trim() -> None:
    """Hand glibc's free heap back to the OS (not glibc: nothing)."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def _trim() -> None:
    """Collect the cycles a task left (matplotlib figures) and hand free heap back to the OS."""
    import gc

    gc.collect()
    _malloc_trim()


def _task(fn: Callable[..., T], *args: Any) -> T:
    """What a worker runs: ``fn(*args)``, then a trim (30-140 ms) if the worker is past
    ``TRIM_ABOVE_MB`` and has grown ``TRIM_GROWTH_MB`` since the last one, so its resident
    size stays near the budget without a collection after every task."""
    global _after_trim
    try:
        return fn(*args)
    finally:
        if _rss_mb() > max(TRIM_ABOVE_MB, _after_trim + TRIM_GROWTH_MB):
            _trim()
            _after_trim = _rss_mb()


class ResultCache:
    """A bounded LRU of results of pure jobs (marked ``fn.cacheable = True``): the same
    problem sent again (by any student: a class with the same homework) or "More detail"
    under a solution is answered without solving again. In memory, so a new solver version
    (a restart) starts empty; ``version`` is part of every key all the same."""

    def __init__(self, size: int = 256, version: str = "") -> None:
        from collections import OrderedDict

        self.size = size
        self.version = version
        self.hits = self.misses = 0
        self._items: OrderedDict[tuple, Any] = OrderedDict()

    def key(self, fn: Callable[..., Any], args: tuple) -> tuple | None:
        if not getattr(fn, "cacheable", False):
            return None
        try:
            norm = tuple(a.strip() if isinstance(a, str) else a for a in args)
            hash(norm)
        except TypeError:
            return None
        return (self.version, getattr(fn, "__qualname__", str(fn)), norm)

    def get(self, key: tuple) -> Any:
        if key in self._items:
            self._items.move_to_end(key)
            self.hits += 1
            return self._items[key]
        self.misses += 1
        return _MISSING

    def put(self, key: tuple, value: Any) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)


_MISSING = object()


def solver_version() -> str:
    """What the cache keys carry: the package version (bumped with solver changes)."""
    try:
        from importlib.metadata import version

        return version("mml-tutor")
    except Exception:
        return "dev"


class WorkerPool:
    """``await pool.run(fn, *args)`` runs ``fn`` in a worker process with a time limit."""

    def __init__(
        self, workers: int, timeout: float, memory_limit: int = DEFAULT_MEMORY_LIMIT
    ) -> None:
        self.workers = max(1, workers)
        self.timeout = timeout
        self.memory_limit = memory_limit
        self.rebuilds = 0  # how often a broken pool was replaced (for /stats and tests)
        self._lock = threading.Lock()
        self._closed = False
        self.cache = ResultCache(version=solver_version())
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPool:
        return ProcessPool(
            max_workers=self.workers,
            initializer=_init_worker,
            initargs=(self.memory_limit,),
            context=forkserver_context(),
        )

    @property
    def healthy(self) -> bool:
        return bool(self._pool.active)

    def _rebuild(self, broken: ProcessPool, reason: object) -> None:
        """Replace a broken pool (only once, however many tasks noticed it)."""
        with self._lock:
            if self._pool is not broken or self._closed:
                return
            logger.error("worker pool broken (%s); starting a new one", reason)
            fresh = self._new_pool()
            _ = fresh.active  # Pebble starts a pool (forks its workers) on first use: here
            self._pool = fresh
            self.rebuilds += 1
        threading.Thread(target=_stop_quietly, args=(broken,), daemon=True).start()

    async def run(self, fn: Callable[..., T], *args: Any, timeout: float | None = None) -> T:
        """Run ``fn(*args)`` in a worker; at most ``timeout`` seconds from now, queueing
        included. Raises WorkerTimeout, WorkerCrashed or MemoryError (from the task)."""
        key = self.cache.key(fn, args)
        if key is not None and (hit := self.cache.get(key)) is not _MISSING:
            return hit
        result = await self._run(fn, args, timeout)
        if key is not None:
            self.cache.put(key, result)
        return result

    async def _run(self, fn: Callable[..., T], args: tuple, timeout: float | None) -> T:
        limit = timeout or self.timeout
        deadline = time.monotonic() + limit
        name = getattr(fn, "__name__", str(fn))
        for attempt in (1, 2):
            pool = self._pool
            try:
                future = pool.schedule(_task, args=(fn, *args), timeout=limit)
            except RuntimeError as exc:  # the pool is not running
                if attempt == 2 or self._closed:
                    raise WorkerCrashed(f"worker pool unavailable: {exc}") from None
                await self._rebuilt(pool, exc)
                continue
            left = deadline - time.monotonic()
            waiter = asyncio.wrap_future(future)
            try:
                done, _ = await asyncio.wait({waiter}, timeout=max(0.01, left))
                if not done:  # out of time (asyncio.wait does not cancel: look first)
                    queued = not future.running() and not future.done()
                    future.cancel()  # queued: dropped; running: Pebble kills the worker
                    logger.warning("task %s timed out after %.1fs%s", name, limit,
                                   " in the queue" if queued else "")
                    raise WorkerBusy() if queued else WorkerTimeout()
                return waiter.result()
            except FutureTimeout:
                logger.warning("task %s timed out after %.1fs", name, limit)
                raise WorkerTimeout() from None
            except ProcessExpired as exc:
                logger.error("worker died running %s: %s", name, exc)
                raise WorkerCrashed(str(exc)) from None
            except (FutureCancelled, BrokenProcessPool, RuntimeError) as exc:
                if pool.active and not isinstance(exc, BrokenProcessPool | FutureCancelled):
                    raise  # the task itself raised RuntimeError: a bug, not a broken pool
                if attempt == 2 or self._closed:
                    raise WorkerCrashed(f"worker pool broken: {exc}") from None
                await self._rebuilt(pool, exc)
        raise WorkerCrashed("worker pool broken")  # pragma: no cover - the loop returns

    async def _rebuilt(self, broken: ProcessPool, reason: object) -> None:
        """``_rebuild`` in a thread, awaited: starting a pool forks its workers, and after a
        killed forkserver the first fork waits 1-3.5 s for a new one to import the solver,
        which the event loop must not (tests/test_workers_rebuild.py)."""
        await asyncio.to_thread(self._rebuild, broken, reason)

    async def warm_up(self) -> None:
        """Start every worker and import the solver there, so the first student waits less.
        A failure here is not fatal (the first task would start the worker anyway), and a
        shutdown during warm-up is quiet."""
        await asyncio.to_thread(lambda: self._pool.active)  # the forks, off the loop
        results = await asyncio.gather(
            *(self.run(_warm_up, timeout=120) for _ in range(self.workers)),
            return_exceptions=True)
        failed = [r for r in results if isinstance(r, BaseException)]
        if failed and not self._closed:
            logger.warning("worker warm-up: %d of %d failed (%s)", len(failed), self.workers,
                           type(failed[0]).__name__)

    def worker_pids(self) -> list[int]:
        """The live worker processes (tests kill them)."""
        manager = getattr(self._pool, "_pool_manager", None)
        workers = getattr(getattr(manager, "worker_manager", None), "workers", {})
        return [w.pid for w in list(workers.values()) if w.pid]

    def close(self) -> None:
        self._closed = True
        _stop_quietly(self._pool)


def _stop_quietly(pool: ProcessPool) -> None:
    with contextlib.suppress(Exception):
        pool.stop()
        pool.join(timeout=5)
