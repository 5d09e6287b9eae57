"""A class's burst and the database thread: few hops a problem, and a /start never queues
behind the burst's hops (the real Application against the fake Bot API)."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from fake_bot_api import FakeBotAPI
from test_telegram_e2e import _settings, running

from bot.storage import Storage
from bot.telegram_app import build_application

STUDENTS = range(2000, 2100)


@pytest.fixture
def trips(monkeypatch) -> list[str]:
    """The name of every function sent to the database thread (``Storage.run``) for one of
    ``STUDENTS`` (not the minute's push tick, which may come at any moment)."""
    from bot.storage import _SERVING

    seen: list[str] = []
    original = Storage.run

    async def counted(self, fn, *args):
        serving = _SERVING.get()
        if serving is not None and serving[0] in STUDENTS:
            seen.append(getattr(fn, "__name__", repr(fn)))
        return await original(self, fn, *args)

    monkeypatch.setattr(Storage, "run", counted)
    return seen


async def _settled(trips: list[str], at_least: int) -> None:
    """Until the hops after the reply (the request's end) are in, and no more come."""
    deadline = time.monotonic() + 10
    while len(trips) < at_least and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.3)


async def test_a_solved_problem_takes_three_database_hops_and_a_start_one(
        tmp_path: Path, trips: list[str]) -> None:
    fake = FakeBotAPI().start()
    app = build_application(_settings(fake, tmp_path))
    try:
        async with running(app):
            await app.bot_data["warm_up"]
            await asyncio.sleep(0.2)
            trips.clear()
            fake.send_text(2001, "det [[1,2],[3,4]]")
            reply = (await fake.wait_for("sendMessage", 2001))[0]
            assert "<code>−2</code>" in reply.params["text"]
            await _settled(trips, 3)
            # before: 7 (the request's record, the student's row, the typed setting, the
            # open question, the problem, the counter, the request's end)
            assert trips == ["_open", "_remember", "end_request"], trips
            trips.clear()
            fake.send_text(2002, "/start")
            await fake.wait_for("sendMessage", 2002)
            await _settled(trips, 1)
            assert trips == ["_open"], trips
    finally:
        fake.stop()


SLOW_DISK = 0.025  # seconds a hop holds the database thread (a slow disk, a loaded machine)


async def test_a_start_during_a_burst_of_50_does_not_wait_for_the_bursts_hops(
        tmp_path: Path, monkeypatch) -> None:
    """Every hop is made to take 25 ms: the burst's 50 first hops alone hold the database
    thread 1.25 s (before: 100 hops, 2.5 s, ahead of the /start's). A /start sent just after
    the 50 goes ahead of them (the light lane) and is answered well within 0.6 s."""
    original = Storage._locked
    hops: list[float] = []

    def slow(self, fn, args):
        hops.append(time.monotonic())
        time.sleep(SLOW_DISK)
        return original(self, fn, args)

    monkeypatch.setattr(Storage, "_locked", slow)
    fake = FakeBotAPI().start()
    app = build_application(_settings(fake, tmp_path))
    try:
        async with running(app):
            await app.bot_data["warm_up"]
            await asyncio.sleep(0.2)
            await asyncio.sleep(0.2)
            hops.clear()
            for i in range(50):
                fake.send_text(3000 + i, f"det [[1,{i + 2}],[3,4]]")
            # the class's updates are in the bot's hands: their first hops are being served
            deadline = time.monotonic() + 10
            while len(hops) < 5 and time.monotonic() < deadline:
                await asyncio.sleep(0.005)
            pushed = time.monotonic()
            fake.send_text(3999, "/start")
            reply = (await fake.wait_for("sendMessage", 3999, timeout=20))[0]
            waited = reply.at - pushed
            assert "MML Tutor" in reply.params["text"]
            # the burst itself was still being answered: the /start did not wait for its end
            answered = {str(c.params["chat_id"]) for c in fake.calls_to("sendMessage")
                        if c.at <= reply.at}
            print(f"\n/start {waited * 1000:.0f} ms; {len(answered)} answered before it")
            assert len(answered & {str(3000 + i) for i in range(50)}) < 50
            assert waited < 0.6, f"/start answered after {waited * 1000:.0f} ms"
            for i in range(50):
                await fake.wait_for("sendMessage", 3000 + i, timeout=30)
    finally:
        fake.stop()
