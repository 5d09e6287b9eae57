"""A bounded pool of worker processes for CPU-heavy work (SymPy, matplotlib).

Each task has a hard time limit: on overrun Pebble kills the worker process and starts a new one.
Each worker has an address-space cap, so a runaway computation fails with ``MemoryError``
instead of taking the server down. The event loop only awaits futures; it never computes.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

from pebble import ProcessPool
from pebble.common import ProcessExpired

logger = logging.getLogger(__name__)

T = TypeVar("T")
DEFAULT_MEMORY_LIMIT = 2 * 1024**3  # bytes of address space per worker


class WorkerTimeout(Exception):
    """The task ran past its time limit; its worker was killed and replaced."""


class WorkerCrashed(Exception):
    """The worker died (killed by the OS, or a native crash)."""


def _init_worker(memory_limit: int) -> None:
    # One BLAS thread per worker: the pool is the parallelism, and thread stacks eat address space.
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"
    os.environ.setdefault("MPLBACKEND", "Agg")
    if memory_limit > 0:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))


def _warm_up() -> bool:
    import solver  # noqa: F401  (import SymPy once per worker, not per task)

    return True


class WorkerPool:
    """``await pool.run(fn, *args)`` runs ``fn`` in a worker process with a time limit."""

    def __init__(
        self, workers: int, timeout: float, memory_limit: int = DEFAULT_MEMORY_LIMIT
    ) -> None:
        self.workers = max(1, workers)
        self.timeout = timeout
        self._pool = ProcessPool(
            max_workers=self.workers,
            initializer=_init_worker,
            initargs=(memory_limit,),
            context=multiprocessing.get_context("forkserver"),
        )

    async def run(self, fn: Callable[..., T], *args: Any, timeout: float | None = None) -> T:
        future = self._pool.schedule(fn, args=args, timeout=timeout or self.timeout)
        try:
            return await asyncio.wrap_future(future)
        except FutureTimeout:
            logger.warning("task %s timed out after %.1fs", getattr(fn, "__name__", fn),
                           timeout or self.timeout)
            raise WorkerTimeout() from None
        except ProcessExpired as exc:
            logger.error("worker died running %s: %s", getattr(fn, "__name__", fn), exc)
            raise WorkerCrashed(str(exc)) from None

    async def warm_up(self) -> None:
        """Start every worker and import the solver there, so the first student waits less."""
        await asyncio.gather(*(self.run(_warm_up, timeout=120) for _ in range(self.workers)))

    def close(self) -> None:
        self._pool.stop()
        self._pool.join(timeout=5)
