"""A worker pool rebuilt after its forkserver was killed never blocks the event loop.

After a killed forkserver every worker looks dead to Pebble (their exit-status pipes close)
and ``WorkerPool`` builds a new pool. Pebble forks a new pool's workers in the thread that
builds it, and the first fork waits for a new forkserver to import the solver
(``bot.worker_preload``: 1-3.5 s on this machine, measured with
``benchmarks/forkserver_respawn.py``). Pebble starts a pool on its first ``schedule``: on the
event loop's thread, where every student would wait that long.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time
from multiprocessing import forkserver

from bot.workers import WorkerPool


def _det() -> str:
    from solver import solve

    return str(solve("det [[1,2],[3,4]]").answer)


async def test_the_loop_stays_free_while_the_pool_is_rebuilt_after_its_forkserver_died(
        ) -> None:
    p = WorkerPool(workers=2, timeout=20)
    lags: list[float] = []

    async def probe() -> None:
        while True:
            started = time.monotonic()
            await asyncio.sleep(0.01)
            lags.append(time.monotonic() - started - 0.01)

    try:
        await p.warm_up()
        os.kill(forkserver._forkserver._forkserver_pid, signal.SIGKILL)
        os.kill(p.worker_pids()[-1], signal.SIGKILL)
        await asyncio.sleep(0.5)
        watching = asyncio.create_task(probe())
        await asyncio.sleep(0.05)  # the probe is running
        started = time.monotonic()
        assert await p.run(_det) == "-2"
        took = time.monotonic() - started
        watching.cancel()
        assert p.rebuilds == 1
        assert took < 10
        assert max(lags) < 0.5, f"the loop stood still {max(lags):.2f} s (served in {took:.2f} s)"
    finally:
        p.close()
