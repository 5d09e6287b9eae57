"""The daily push fan-out: N students due at the same minute, through a fake Bot API server that
enforces Telegram's limits (30 messages a second overall, 1 a second per chat, 429 with
``retry_after`` beyond). Prints the achieved rate, doubled and missed students, 429s, memory.

Usage::

    python benchmarks/bench_push.py                      # 5,000 students
    python benchmarks/bench_push.py --users 1000 --restart-at 400   # kill mid fan-out, resume

The real path is measured: python-telegram-bot's ``Bot`` over HTTP, ``Delivery`` and its
``RateLimiter`` (``PUSH_RATE``, default 28/s), the push pass with claims in SQLite, the day's
question composed per student. The fake server runs in a child process, as Telegram is remote
(in this process its HTTP parsing would compete with the event loop for the GIL).
``--restart-at N`` cancels the pass after N deliveries (as a ``kill -9`` would leave it),
reopens the database and runs the recovery pass.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing
import resource
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fake_bot_api import FakeBotAPI  # noqa: E402
from telegram import Bot  # noqa: E402
from telegram.request import HTTPXRequest  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.context import ManualClock  # noqa: E402
from bot.delivery import Delivery, RateLimiter  # noqa: E402
from bot.storage import Storage  # noqa: E402
from bot.telegram_app import make_sender  # noqa: E402
from bot.tutor import Tutor  # noqa: E402
from bot.workers import WorkerPool  # noqa: E402

ZONES = ("Asia/Kolkata", "Asia/Kathmandu", "Asia/Dhaka", "Europe/London", "America/New_York")


def _server(conn, rate: float) -> None:
    """The fake Bot API in its own process; answers "count", "stats" and "stop"."""
    fake = FakeBotAPI().start()
    fake.rate_limit = rate
    fake.per_chat_interval = 1.0
    conn.send((fake.url, fake.token))
    while (msg := conn.recv()) != "stop":
        if msg == "count":
            conn.send(len(fake.delivered()))
        else:
            conn.send((Counter(int(c.params["chat_id"]) for c in fake.delivered()),
                       dict(fake.rejected)))
    fake.stop()


class RemoteFake:
    def __init__(self, rate: float) -> None:
        self.conn, child = multiprocessing.Pipe()
        self.proc = multiprocessing.get_context("spawn").Process(
            target=_server, args=(child, rate), daemon=True)
        self.proc.start()
        self.url, self.token = self.conn.recv()

    def ask(self, what: str):
        self.conn.send(what)
        return self.conn.recv()

    def stop(self) -> None:
        self.conn.send("stop")
        self.proc.join(10)


def _populate(storage: Storage, n: int, now: datetime) -> None:
    """n students, all due now (their local 20:00 falls at this instant in IST; the other
    zones get the same UTC slot so the whole fan-out is one burst)."""
    due = now.isoformat(timespec="seconds")
    with storage.transaction():
        for i in range(n):
            storage.db.execute(
                "INSERT INTO users (id, name, language, timezone, push_time, created_at,"
                " last_seen, active, next_push_at) VALUES (?, ?, 'en', ?, '20:00', ?, ?, 1, ?)",
                [100_000 + i, f"Student {i}", ZONES[0] if i % 5 else ZONES[i % 5], due, due,
                 due])


async def main(args: argparse.Namespace) -> int:
    fake = RemoteFake(args.server_rate)
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(database_path=tmp / "bench.db", push_rate=args.rate,
                        push_concurrency=args.concurrency)
    clock = ManualClock(datetime(2026, 1, 5, 14, 30, tzinfo=UTC))  # 20:00 IST
    pool = WorkerPool(1, 10)
    storage = Storage.open(settings.database_path)
    _populate(storage, args.users, clock())
    if args.trace_memory:
        tracemalloc.start()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    def new_bot() -> Bot:
        return Bot(fake.token, base_url=f"{fake.url}/bot",
                   request=HTTPXRequest(connection_pool_size=args.concurrency + 4))

    bot = new_bot()
    started = time.monotonic()
    async with bot:
        tutor = Tutor(settings, storage, pool, clock=clock)
        delivery, pacer = Delivery(), RateLimiter(settings.push_rate)
        pusher = tutor.pusher(make_sender(bot, storage, delivery, pacer))
        if args.restart_at:
            task = asyncio.create_task(pusher.tick())
            while fake.ask("count") < args.restart_at:
                await asyncio.sleep(0.05)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            storage.close()
            storage = Storage.open(settings.database_path)
            tutor = Tutor(settings, storage, pool, clock=clock)
            clock.advance(minutes=11)  # the next ticks, past the lease of in-flight rows
            pusher = tutor.pusher(make_sender(bot, storage, delivery, pacer))
        report = await pusher.tick()
    elapsed = time.monotonic() - started
    peak = tracemalloc.get_traced_memory()[1] if args.trace_memory else 0
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    got, rejected = fake.ask("stats")
    doubled = sum(1 for n in got.values() if n > 1)
    missed = args.users - len(got)
    states = storage.push_counts()
    rate = sum(got.values()) / elapsed
    print(f"students {args.users}, server limit {args.server_rate}/s overall and 1/s per chat, "
          f"our rate {args.rate}/s, {args.concurrency} in flight")
    print(f"delivered {sum(got.values())} in {elapsed:.1f} s: {rate:.1f} messages/s")
    print(f"doubled {doubled}, missed {missed}, 429s {rejected.get(429, 0)} "
          f"(retried {delivery.retried_429}), network retries {delivery.retried_network}")
    print(f"push rows: {dict(sorted(states.items()))}; last pass: {report}")
    heap = f"peak Python heap {peak / 1e6:.1f} MB (tracemalloc); " if peak else ""
    print(f"{heap}peak RSS {rss_after / 1024:.0f} MB (was {rss_before / 1024:.0f} MB before "
          "the fan-out)")
    storage.close()
    pool.close()
    fake.stop()
    ok = doubled == 0 and (missed == 0 or (args.restart_at and missed <= args.concurrency))
    return 0 if ok else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=5000)
    parser.add_argument("--rate", type=float, default=Settings().push_rate)
    parser.add_argument("--server-rate", type=float, default=30)
    parser.add_argument("--concurrency", type=int, default=Settings().push_concurrency)
    parser.add_argument("--restart-at", type=int, default=0)
    parser.add_argument("--trace-memory", action="store_true",
                        help="also measure the Python heap peak (tracemalloc; slower)")
    sys.exit(asyncio.run(main(parser.parse_args())))
