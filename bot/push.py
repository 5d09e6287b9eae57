"""The daily push: select who is due, claim (user, local date), fan out, recover after a crash.

Usage: ``await run_pass(ctx, compose, send)`` every minute (PTB's JobQueue in
``telegram_app``) or once from ``mml-tutor push [--now ISO] [--dry-run]``. ``compose`` makes
the day's message for a student (the router passes "the day's question"); ``send`` carries
replies to the student's private chat and returns a ``delivery.Outcome``.

Schedule: ``users.next_push_at`` (UTC) is the student's next slot, their wall time on their next
local day without a claim (``bot.schedule``; recomputed when settings change and after each
claim). ``users.next_reminder_at`` likewise for the opt-in "streak at risk" reminder.

States of a ``pushes`` row, keyed (user, local date, kind), so at most one per day:

- ``claimed``: written in the same transaction that selects the due students and advances their
  ``next_push_at``. Nothing has been sent.
- ``sending``: a pass took the row (compare-and-set from ``claimed``, so of two passes, say the
  bot and a cron job, only one sends) and the Bot API call is in flight.
- ``sent`` (with the Telegram message id), ``blocked`` (403: the student is marked inactive),
  ``failed`` (400: not retried), ``skipped`` (a reminder that was not needed).
- A transient failure (network, 5xx, a long 429 run) puts the row back to ``claimed``: a later
  pass retries it within the grace period.

Recovery, at the start of every pass: a ``claimed`` row (never attempted: a crash or a restart
between claim and send) is sent if its slot is less than the grace period (``PUSH_GRACE_HOURS``,
default 3) old, else it becomes ``missed``. A ``sending`` row older than the lease (10 minutes,
longer than any one delivery with its retries) was interrupted mid-call: the message may have
gone out, so it becomes ``uncertain`` and is never resent. Doubling is worse than missing, so
the only messages a crash can cost are those in flight or taken for the next workers at that
moment (at most 2 x ``PUSH_CONCURRENCY``; ``_fan_out`` explains the batching). After
downtime longer than the grace period the old slot is ``missed`` and the student's next slot
follows from now (today's still goes out if it is within the grace period), never a second
push the same day.
"""

from __future__ import annotations

import asyncio
import html
import logging
import os
import re
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from html import escape
from typing import TYPE_CHECKING

from . import schedule, texts
from .delivery import Outcome
from .events import Button, Quiz, Reply, Text, keyboard
from .storage import UserRow
from .streak import answered_today, local_days, streak

if TYPE_CHECKING:
    from .context import Context

logger = logging.getLogger(__name__)

Compose = Callable[["Context", UserRow], Awaitable[list[Reply]]]
Send = Callable[[UserRow, list[Reply]], Awaitable[Outcome]]

LEASE = timedelta(minutes=10)
BATCH = 200
POLL_QUESTION_MAX = 300  # Telegram's limit on a poll question
KINDS = schedule.KINDS


@dataclass
class PassReport:
    """What one pass did (printed by ``mml-tutor push``, logged by the tick)."""

    counts: dict[str, int] = field(default_factory=dict)
    due: list[tuple[int, str, str, str]] = field(default_factory=list)  # dry run: who and when

    def add(self, key: str, n: int = 1) -> None:
        if n:
            self.counts[key] = self.counts.get(key, 0) + n

    def __str__(self) -> str:
        return ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items())) or "nothing due"


# ------------------------------------------------------------------ scheduling
def claim_due(ctx: Context, kind: str, now: datetime, limit: int = BATCH) -> dict[str, int]:
    """Select due students and write their claims, in one transaction."""
    out = {"claimed": 0, "missed": 0, "due": 0}
    grace = timedelta(hours=ctx.settings.push_grace_hours)
    with ctx.storage.transaction():
        for user in ctx.storage.due_users(kind, now, limit):
            out["due"] += 1
            tz = schedule.zone(user.timezone, ctx.settings.default_timezone)
            at = schedule.push_time(ctx.settings, kind, user)
            due_iso = user.next_push_at if kind == "daily" else user.next_reminder_at
            assert due_iso is not None
            due = datetime.fromisoformat(due_iso)
            day = due.astimezone(tz).date()
            if kind == "reminder":  # a reminder after the day ended means nothing
                late_ok = now < schedule.local_midnight_after(day, tz)
            else:
                late_ok = now - due <= grace
            if late_ok:
                out["claimed"] += ctx.storage.claim_push(user.id, day.isoformat(), kind, due)
            else:
                out["missed"] += ctx.storage.claim_push(
                    user.id, day.isoformat(), kind, due, state="missed")
                last_day, last = schedule.latest_slot(at, tz, now)  # down for over a day?
                if last_day != day and now - last <= grace and kind == "daily":
                    out["claimed"] += ctx.storage.claim_push(
                        user.id, last_day.isoformat(), kind, last)
            schedule.reschedule(ctx.storage, ctx.settings, user, now, kind)
    return out


def schedule_new(ctx: Context, now: datetime) -> int:
    """Students with the push on but no slot yet (new, or from before the push existed)."""
    n = 0
    for kind in KINDS:
        while users := ctx.storage.unscheduled_users(kind, BATCH):
            with ctx.storage.transaction():
                for user in users:
                    schedule.reschedule(ctx.storage, ctx.settings, user, now, kind)
            n += len(users)
    return n


# ------------------------------------------------------------------ the messages
def current_streak(ctx: Context, user: UserRow) -> tuple[int, bool]:
    """(streak in local days, answered today)."""
    tz = schedule.zone(user.timezone, ctx.settings.default_timezone)
    now = ctx.now()
    days = local_days(ctx.storage.answer_times(user.id, now - timedelta(days=800)), tz)
    today = now.astimezone(tz).date()
    return streak(days, today), answered_today(days, today)


def streak_line(days: int) -> str:
    return texts.STREAK_LINE.format(days=days) if days else texts.STREAK_START


def with_streak(replies: list[Reply], days: int) -> list[Reply]:
    """The day's question with the streak line, as one message when it fits (a "preview"
    note before a poll folds into the poll's question too)."""
    line = streak_line(days)
    if not replies:
        return replies
    if (len(replies) == 2 and isinstance(replies[0], Text) and isinstance(replies[1], Quiz)
            and not replies[0].buttons):
        note = html.unescape(re.sub(r"<[^>]+>", "", replies[0].html))
        quiz = replies[1]
        if len(line) + len(note) + 2 + len(quiz.question) <= POLL_QUESTION_MAX:
            return [replace(quiz, question=f"{line}\n{note}\n{quiz.question}")]
    first, rest = replies[0], replies[1:]
    if isinstance(first, Text):
        return [Text(f"{escape(line, quote=False)}\n{first.html}", first.buttons), *rest]
    if isinstance(first, Quiz) and len(line) + 1 + len(first.question) <= POLL_QUESTION_MAX:
        return [replace(first, question=f"{line}\n{first.question}"), *rest]
    return [Text(escape(line, quote=False)), *replies]


def reminder(ctx: Context, user: UserRow) -> list[Reply]:
    """ "Streak at risk", only when there is a streak and no answer yet today."""
    days, done_today = current_streak(ctx, user)
    if done_today or days == 0:
        return []
    return [Text(texts.STREAK_AT_RISK.format(days=days),
                 keyboard([Button(texts.QUIZ_ME, texts.MENU + "quiz")]))]


# ------------------------------------------------------------------ the pass
class Pusher:
    """One owner of passes in a process: a pass never overlaps another (ticks skip)."""

    def __init__(self, ctx: Context, compose: Compose, send: Send) -> None:
        self.ctx = ctx
        self.compose = compose
        self.send = send
        self.owner = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.lock = asyncio.Lock()

    async def tick(self, now: datetime | None = None, dry_run: bool = False) -> PassReport:
        if self.lock.locked():
            logger.info("push pass still running; this tick skips")
            return PassReport({"skipped_tick": 1})
        async with self.lock:
            report = await run_pass(self.ctx, self.compose, self.send, now=now,
                                    dry_run=dry_run, owner=self.owner)
        if report.counts:
            logger.info("push pass: %s", report)
        return report


async def run_pass(ctx: Context, compose: Compose, send: Send, *, now: datetime | None = None,
                   dry_run: bool = False, owner: str = "cli") -> PassReport:
    """Everything due: recovery, claims, fan-out, queued broadcasts. ``now`` fixes the time
    (tests, ``--now``); else each batch reads the clock afresh."""
    report = PassReport()
    clock = (lambda: now) if now is not None else ctx.now
    if dry_run:
        return await ctx.storage.run(_dry_run, ctx, clock(), report)
    grace = timedelta(hours=ctx.settings.push_grace_hours)
    run = ctx.storage.run  # every SQL call of the pass on the database's thread, off the loop
    report.add("scheduled", await run(schedule_new, ctx, clock()))
    for state, n in (await run(ctx.storage.expire_pushes, clock(), grace, LEASE)).items():
        report.add(state, n)
    report.add("uncertain", await run(ctx.storage.expire_deliveries, clock(), LEASE))
    tried: set[tuple[int, str, str]] = set()
    while True:
        t = clock()
        due = 0
        for kind in KINDS:
            out = await run(claim_due, ctx, kind, t)
            due += out.pop("due")
            for key, n in out.items():
                report.add(key, n)
        for state, n in (await run(ctx.storage.expire_pushes, t, grace, LEASE)).items():
            report.add(state, n)
        claimed = await run(ctx.storage.pushes_in_state, "claimed", BATCH + len(tried))
        rows = [r for r in claimed
                if (r["user_id"], r["local_date"], r["kind"]) not in tried][:BATCH]
        if not rows and not due:  # a batch of only missed slots still means: look again
            break
        tried.update((r["user_id"], r["local_date"], r["kind"]) for r in rows)
        if rows:
            await _push_rows(ctx, rows, compose, send, owner, report)
    await _broadcasts(ctx, send, owner, report)
    return report


def _dry_run(ctx: Context, now: datetime, report: PassReport) -> PassReport:
    for kind in KINDS:
        for user in ctx.storage.due_users(kind, now, 100_000):
            due = user.next_push_at if kind == "daily" else user.next_reminder_at
            report.due.append((user.id, user.name, kind, due or ""))
    for r in ctx.storage.pushes_in_state("claimed", 100_000):
        report.due.append((r["user_id"], "(claimed earlier)", r["kind"], r["due_at"]))
    report.add("would_send", len(report.due))
    return report


@dataclass
class _Done:
    """One delivery's result, waiting to be written (write-behind, one transaction a chunk)."""

    row: dict
    state: str  # the row's next state
    label: str  # what the report counts
    message_id: int | None = None
    error: str | None = None
    blocked: bool = False


def _done(row: dict, outcome: Outcome, retry_state: str) -> _Done:
    if outcome.state == "retry":  # nothing went out: a later pass tries again
        return _Done(row, retry_state, "retry_later", error=outcome.error[:200])
    return _Done(row, outcome.state, outcome.state, outcome.message_id,
                 outcome.error[:200] or None, blocked=outcome.state == "blocked")


async def _fan_out(ctx: Context, rows: list[dict], take: Callable[[list[dict]], list[dict]],
                   process: Callable[[dict], Awaitable[_Done]],
                   record: Callable[[_Done], None], report: PassReport, prefix: str = "") -> None:
    """Send ``rows`` with ``PUSH_CONCURRENCY`` workers. A chunk of rows is taken (claimed ->
    sending, compare-and-set) in one transaction just before the workers need it, and results
    are written behind in one transaction per chunk: SQLite commits cost milliseconds each on
    a real disk; they run on the database's thread (``storage.run``), never on the event
    loop. A crash leaves at most two chunks in ``sending``
    (waiting and in flight; plus results not yet written): recovery marks them uncertain,
    never resent."""
    width = ctx.settings.push_concurrency
    queue: asyncio.Queue[dict | None] = asyncio.Queue()
    done: list[_Done] = []

    def write(results: list[_Done]) -> None:  # on the database's thread
        with ctx.storage.transaction():
            for d in results:
                record(d)
                if d.blocked:  # a 403 from their private chat: the one place it is handled
                    logger.info("user %s blocked the bot; marking inactive", d.row["user_id"])
                    ctx.storage.set_active(d.row["user_id"], False)

    def take_chunk(chunk: list[dict]) -> list[dict]:  # on the database's thread
        with ctx.storage.transaction():
            return take(chunk)

    async def flush() -> None:
        if not done:
            return
        results = done[:]
        done.clear()
        await ctx.storage.run(write, results)
        for d in results:
            report.add(prefix + d.label)

    async def feeder() -> None:
        for i in range(0, len(rows), width):
            while not queue.empty():  # at most one chunk waits while another is in flight
                await asyncio.sleep(0.005)
            chunk = rows[i:i + width]
            taken = await ctx.storage.run(take_chunk, chunk)
            report.add("taken_elsewhere", len(chunk) - len(taken))
            for row in taken:
                queue.put_nowait(row)
        for _ in range(width):
            queue.put_nowait(None)

    async def worker() -> None:
        while (row := await queue.get()) is not None:
            done.append(await process(row))
            if len(done) >= width:
                await flush()

    async with asyncio.TaskGroup() as group:  # a failure cancels the rest, as a crash would
        group.create_task(feeder())
        for _ in range(width):
            group.create_task(worker())
    await flush()


async def _push_rows(ctx: Context, rows: list[dict], compose: Compose, send: Send,
                     owner: str, report: PassReport) -> None:
    def take(chunk: list[dict]) -> list[dict]:
        return [r for r in chunk
                if ctx.storage.start_sending(r["user_id"], r["local_date"], r["kind"], owner)]

    async def process(row: dict) -> _Done:
        uid, kind = row["user_id"], row["kind"]
        user = await ctx.storage.run(ctx.storage.user, uid)
        if user is None or not user.active:
            return _Done(row, "skipped", "skipped", error="inactive")
        try:
            replies = (await compose(ctx, user) if kind == "daily"
                       else await ctx.storage.run(reminder, ctx, user))
        except Exception as exc:  # a bug in one student's question must not stop the fan-out
            logger.exception("could not compose the %s push for %s", kind, uid)
            return _Done(row, "failed", "failed", error=repr(exc)[:200])
        if not replies:
            return _Done(row, "skipped", "skipped", error="not needed")
        return _done(row, await send(user, replies), retry_state="claimed")

    def record(d: _Done) -> None:
        r = d.row
        ctx.storage.finish_push(r["user_id"], r["local_date"], r["kind"], d.state,
                                d.message_id, d.error)

    await _fan_out(ctx, rows, take, process, record, report)


async def _broadcasts(ctx: Context, send: Send, owner: str, report: PassReport) -> None:
    def take(chunk: list[dict]) -> list[dict]:
        return [r for r in chunk
                if ctx.storage.start_delivery(r["broadcast_id"], r["user_id"], owner)]

    async def process(row: dict) -> _Done:
        user = await ctx.storage.run(ctx.storage.user, row["user_id"])
        if user is None or not user.active:
            return _Done(row, "skipped", "skipped", error="inactive")
        return _done(row, await send(user, [Text(row["text"])]), retry_state="queued")

    def record(d: _Done) -> None:
        ctx.storage.finish_delivery(d.row["broadcast_id"], d.row["user_id"], d.state,
                                    d.message_id, d.error)

    tried: set[tuple[int, int]] = set()
    while True:
        queued = await ctx.storage.run(ctx.storage.queued_deliveries, BATCH + len(tried))
        rows = [r for r in queued
                if (r["broadcast_id"], r["user_id"]) not in tried][:BATCH]
        if not rows:
            return
        tried.update((r["broadcast_id"], r["user_id"]) for r in rows)
        await _fan_out(ctx, rows, take, process, record, report, prefix="broadcast_")
