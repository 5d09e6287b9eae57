"""The worker pool: hard time limit (worker replaced), memory cap, and a free event loop."""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.events import Command, Text, User
from bot.tutor import Tutor
from bot.workers import WorkerPool, WorkerTimeout


async def test_overrun_is_killed_and_the_pool_recovers(pool: WorkerPool) -> None:
    started = time.perf_counter()
    with pytest.raises(WorkerTimeout):
        await pool.run(time.sleep, 30, timeout=0.5)
    assert time.perf_counter() - started < 5
    assert await pool.run(sum, [1, 2, 3]) == 6  # a replacement worker serves the next task


async def test_memory_cap_fails_the_task_not_the_server(pool: WorkerPool) -> None:
    with pytest.raises(MemoryError):
        await pool.run(bytearray, 8 * 1024**3)
    assert await pool.run(len, "still alive") == 11


async def test_slow_task_does_not_delay_another_users_start(tutor: Tutor) -> None:
    """While one student's heavy job runs, another student's /start is answered at once."""
    await tutor.pool.run(sum, [0])  # workers up
    slow = asyncio.create_task(tutor.pool.run(time.sleep, 3))
    await asyncio.sleep(0.2)  # the slow job is running in a worker
    started = time.perf_counter()
    replies = await tutor.handle(Command(User(42, "Ravi"), "start"))
    latency = time.perf_counter() - started
    assert isinstance(replies[0], Text) and "MML Tutor" in replies[0].html
    assert not slow.done()
    assert latency < 0.5, f"/start took {latency:.3f}s while a slow job ran"
    await slow
