"""The daily push with a controlled clock: the right minute in every zone, exactly once per local
day, through restarts, downtime and blocks (a recording sender stands in for Telegram)."""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot import push, schedule
from bot.context import ManualClock
from bot.delivery import Outcome
from bot.events import Command, Quiz, Text, Tick, User
from bot.storage import Storage
from bot.tutor import Tutor

ZONES = {  # user id -> (zone, push time)
    1: ("Asia/Kolkata", "20:00"),
    2: ("Asia/Kathmandu", "07:30"),
    3: ("America/New_York", "08:00"),
    4: ("Europe/London", "21:15"),
    5: ("UTC", "00:00"),
}


class Recorder:
    """A sender that records what would go out, and when; ``blocked`` answer 403."""

    def __init__(self, clock: ManualClock, blocked: set[int] = frozenset()) -> None:  # type: ignore[assignment]
        self.clock = clock
        self.blocked = set(blocked)
        self.sent: list[tuple[int, datetime, list]] = []
        self.crash_after: int | None = None
        self.in_flight = asyncio.Event()

    async def __call__(self, user, replies) -> Outcome:
        if self.crash_after is not None and len(self.sent) >= self.crash_after:
            self.in_flight.set()  # this call hangs until the process is killed
            await asyncio.sleep(3600)
        if user.id in self.blocked:
            return Outcome("blocked", error="Forbidden: bot was blocked by the user")
        self.sent.append((user.id, self.clock(), replies))
        return Outcome("sent", 1000 + len(self.sent))

    def per_user(self) -> Counter:
        return Counter(uid for uid, _, _ in self.sent)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 3, 7, 0, 0, tzinfo=UTC))  # New York's DST starts Mar 8


@pytest.fixture
def tutor(settings, storage, pool, clock) -> Tutor:
    settings = replace(settings, push_concurrency=1)
    t = Tutor(settings, storage, pool, clock=clock)
    return t


async def _join(tutor: Tutor, uid: int, zone: str, at: str) -> None:
    await tutor.handle(Command(User(uid, f"Student {uid}"), "start"))
    await tutor.handle(Command(User(uid, f"Student {uid}"), "settings", f"tz {zone}"))
    await tutor.handle(Command(User(uid, f"Student {uid}"), "daily", at))


async def _minutes(pusher: push.Pusher, clock: ManualClock, minutes: int) -> None:
    for _ in range(minutes):
        clock.advance(minutes=1)
        await pusher.tick()


# ------------------------------------------------------------------ time parsing and slots
@pytest.mark.parametrize("text,expected", [
    ("19:30", time(19, 30)), ("7pm", time(19, 0)), ("7:30 am", time(7, 30)),
    ("9pm", time(21, 0)), ("21:00", time(21, 0)), ("9 PM", time(21, 0)),
    ("07.30", time(7, 30)), ("0730", time(7, 30)), ("12am", time(0, 0)),
    ("12pm", time(12, 0)), ("noon", time(12, 0)), ("7:05 p.m.", time(19, 5)),
])
def test_times_students_type(text, expected) -> None:
    assert schedule.parse_time(text) == expected


@pytest.mark.parametrize("text", ["7", "25:00", "13pm", "7:61", "soon", "", "0:00:00"])
def test_times_that_are_refused(text) -> None:
    assert schedule.parse_time(text) is None


@pytest.mark.parametrize("text,expected", [
    ("IST", "Asia/Kolkata"), ("+5:30", "Asia/Kolkata"), ("UTC+5:30", "Asia/Kolkata"),
    ("+05:45", "Asia/Kathmandu"), ("GMT+5:45", "Asia/Kathmandu"), ("asia/kolkata", "Asia/Kolkata"),
    ("Asia/Kathmandu", "Asia/Kathmandu"), ("europe/london", "Europe/London"),
    ("America/New York", "America/New_York"), ("+3", "Etc/GMT-3"), ("-5", "Etc/GMT+5"),
    ("UTC", "UTC"), ("+0", "UTC"),
])
def test_zones_students_type(text, expected) -> None:
    assert schedule.parse_zone(text) == expected


@pytest.mark.parametrize("text", ["Mars/Olympus", "+5:20", "+15", "BST", "../etc/passwd"])
def test_zones_that_are_refused(text) -> None:
    assert schedule.parse_zone(text) is None


def test_slots_in_half_and_quarter_hour_zones_and_across_dst() -> None:
    ist, npt, ny = ZoneInfo("Asia/Kolkata"), ZoneInfo("Asia/Kathmandu"), ZoneInfo(
        "America/New_York")
    assert schedule.slot(date(2026, 1, 5), time(20, 0), ist) == datetime(
        2026, 1, 5, 14, 30, tzinfo=UTC)
    assert schedule.slot(date(2026, 1, 5), time(7, 30), npt) == datetime(
        2026, 1, 5, 1, 45, tzinfo=UTC)
    # 08:00 in New York is 13:00 UTC in winter, 12:00 UTC after the spring change (Mar 8)
    assert schedule.slot(date(2026, 3, 7), time(8), ny).hour == 13
    assert schedule.slot(date(2026, 3, 9), time(8), ny).hour == 12
    # 02:30 does not exist on Mar 8: it falls at 03:30 EDT (07:30 UTC); no day is skipped
    assert schedule.slot(date(2026, 3, 8), time(2, 30), ny) == datetime(
        2026, 3, 8, 7, 30, tzinfo=UTC)
    # 01:30 happens twice on Nov 1: the first one (EDT, 05:30 UTC)
    assert schedule.slot(date(2026, 11, 1), time(1, 30), ny) == datetime(
        2026, 11, 1, 5, 30, tzinfo=UTC)
    after = datetime(2026, 1, 5, 14, 30, tzinfo=UTC)  # exactly today's slot: the next is tomorrow
    assert schedule.next_slot(time(20), ist, after)[0] == date(2026, 1, 6)
    assert schedule.next_slot(time(20), ist, after - timedelta(seconds=1))[0] == date(2026, 1, 5)
    assert schedule.next_slot(time(20), ist, after - timedelta(hours=1),
                              taken={date(2026, 1, 5)})[0] == date(2026, 1, 6)


# ------------------------------------------------------------------ end to end, controlled clock
async def test_each_zone_gets_one_push_at_its_minute_for_three_days(tutor, clock) -> None:
    for uid, (zone, at) in ZONES.items():
        await _join(tutor, uid, zone, at)
    sender = Recorder(clock)
    pusher = tutor.pusher(sender)
    await _minutes(pusher, clock, 3 * 24 * 60)  # Mar 7-9 UTC: New York changes to DST on the 8th
    by_user: dict[int, list[datetime]] = {}
    for uid, at, _ in sender.sent:
        by_user.setdefault(uid, []).append(at)
    for uid, (zone, at) in ZONES.items():
        tz, wall = ZoneInfo(zone), schedule.hhmm(at)
        local = [t.astimezone(tz) for t in by_user[uid]]
        assert all((t.hour, t.minute) == (wall.hour, wall.minute) for t in local), (zone, local)
        days = [t.date() for t in local]
        assert len(days) == len(set(days)), f"{zone}: two pushes on one local day"
        assert len(days) >= 2
    assert len(by_user[3]) == 3  # Mar 7, 8, 9 at 08:00 New York, both sides of the change
    # a second pass at the same moment sends nothing
    before = len(sender.sent)
    report = await pusher.tick()
    assert len(sender.sent) == before and "claimed" not in report.counts


async def test_push_is_the_days_question_with_the_streak_line(tutor, clock, storage) -> None:
    await _join(tutor, 1, "Asia/Kolkata", "20:00")
    for days_ago in (1, 2):  # answered on the two previous Indian days
        storage.db.execute(
            "INSERT INTO attempts (user_id, question_id, correct, answered_at) VALUES (?,?,?,?)",
            [1, "q", 1, (clock() - timedelta(days=days_ago)).isoformat(timespec="seconds")])
    sender = Recorder(clock)
    clock.set(datetime(2026, 3, 7, 14, 30, tzinfo=UTC))  # 20:00 IST
    await tutor.pusher(sender).tick()
    (_uid, _, replies), = sender.sent
    body = replies[0].question if isinstance(replies[0], Quiz) else replies[0].html
    assert "🔥 2-day streak" in body
    assert isinstance(replies[0], Quiz | Text) and len(replies) == 1  # one message


async def test_settings_change_recomputes_the_next_push(tutor, clock, storage) -> None:
    clock.set(datetime(2026, 1, 5, 12, 0, tzinfo=UTC))  # 17:30 IST
    await tutor.handle(Command(User(9, "Ravi"), "start"))
    assert storage.user(9).next_push_at == "2026-01-05T14:30:00+00:00"  # 20:00 IST today
    await tutor.handle(Command(User(9, "Ravi"), "daily", "7:30 am"))
    assert storage.user(9).next_push_at == "2026-01-06T02:00:00+00:00"  # 07:30 IST tomorrow
    await tutor.handle(Command(User(9, "Ravi"), "settings", "tz +5:45"))
    assert storage.user(9).timezone == "Asia/Kathmandu"
    assert storage.user(9).next_push_at == "2026-01-06T01:45:00+00:00"
    await tutor.handle(Command(User(9, "Ravi"), "daily", "off"))
    assert storage.user(9).next_push_at is None and not storage.user(9).push_enabled


async def test_a_restart_mid_fan_out_resumes_without_duplicates(settings, pool, clock) -> None:
    settings = replace(settings, push_concurrency=1)
    storage = Storage.open(settings.database_path)
    tutor = Tutor(settings, storage, pool, clock=clock)
    clock.set(datetime(2026, 1, 5, 10, 0, tzinfo=UTC))
    for uid in range(100, 130):
        await tutor.handle(Command(User(uid, f"S{uid}"), "start"))  # all 20:00 IST
    clock.set(datetime(2026, 1, 5, 14, 30, tzinfo=UTC))
    sender = Recorder(clock)
    sender.crash_after = 12
    fan_out = asyncio.create_task(tutor.pusher(sender).tick())
    await sender.in_flight.wait()
    fan_out.cancel()  # kill -9 while the 13th call is in flight
    with pytest.raises(asyncio.CancelledError):
        await fan_out
    states = storage.push_counts()
    cut = states.get("sending", 0)  # in flight, and at most one more taken for the next worker
    assert states["sent"] == 12 and 1 <= cut <= 2 and sum(states.values()) == 30, states
    storage.close()  # the process dies; a new one opens the same database

    storage = Storage.open(settings.database_path)
    tutor = Tutor(settings, storage, pool, clock=clock)
    sender.crash_after = None
    clock.advance(minutes=1)
    await tutor.pusher(sender).tick()
    clock.advance(minutes=15)  # past the lease: the in-flight one is marked, never resent
    await tutor.pusher(sender).tick()
    counts = sender.per_user()
    assert max(counts.values()) == 1, "someone got two pushes"
    assert len(counts) == 30 - cut  # everyone but those cut mid-flight: never resent
    assert storage.push_counts() == {"sent": 30 - cut, "uncertain": cut}
    storage.close()


async def test_downtime_within_grace_goes_out_late_longer_is_skipped(tutor, clock,
                                                                     storage) -> None:
    clock.set(datetime(2026, 1, 5, 10, 0, tzinfo=UTC))
    await tutor.handle(Command(User(1, "A"), "start"))
    await tutor.handle(Command(User(2, "B"), "start"))
    await tutor.handle(Command(User(2, "B"), "daily", "18:00"))
    sender = Recorder(clock)
    # down from 17:00 to 22:30 IST: B's 18:00 is 4.5 h late (skipped), A's 20:00 2.5 h (sent)
    clock.set(datetime(2026, 1, 5, 17, 0, tzinfo=UTC))
    await tutor.pusher(sender).tick()
    assert sender.per_user() == Counter({1: 1})
    assert storage.push(2, "2026-01-05")["state"] == "missed"
    # the next day both come on time, once
    clock.set(datetime(2026, 1, 6, 12, 30, tzinfo=UTC))  # 18:00 IST
    await tutor.pusher(sender).tick()
    clock.set(datetime(2026, 1, 6, 14, 30, tzinfo=UTC))
    await tutor.pusher(sender).tick()
    await tutor.pusher(sender).tick()
    assert sender.per_user() == Counter({1: 2, 2: 1})


async def test_down_for_more_than_a_day(tutor, clock, storage) -> None:
    clock.set(datetime(2026, 1, 5, 10, 0, tzinfo=UTC))
    await tutor.handle(Command(User(1, "A"), "start"))  # 20:00 IST = 14:30 UTC
    sender = Recorder(clock)
    clock.set(datetime(2026, 1, 6, 15, 30, tzinfo=UTC))  # 25 h later: today's is 1 h late
    await tutor.pusher(sender).tick()
    assert storage.push(1, "2026-01-05")["state"] == "missed"
    assert storage.push(1, "2026-01-06")["state"] == "sent"
    assert storage.user(1).next_push_at == "2026-01-07T14:30:00+00:00"
    assert len(sender.sent) == 1


async def test_blocked_student_is_marked_inactive_and_start_reactivates(tutor, clock,
                                                                        storage) -> None:
    clock.set(datetime(2026, 1, 5, 10, 0, tzinfo=UTC))
    await tutor.handle(Command(User(1, "Asha"), "start"))
    await tutor.handle(Command(User(2, "Ravi"), "start"))
    sender = Recorder(clock, blocked={2})
    clock.set(datetime(2026, 1, 5, 14, 30, tzinfo=UTC))
    await tutor.pusher(sender).tick()
    assert not storage.user(2).active and storage.push(2, "2026-01-05")["state"] == "blocked"
    # ticks and scheduler events never reactivate or rename
    await tutor.handle(Tick(User(2, ""), "daily"))
    assert not storage.user(2).active and storage.user(2).name == "Ravi"
    clock.set(datetime(2026, 1, 6, 14, 30, tzinfo=UTC))
    await tutor.pusher(sender).tick()
    assert sender.per_user() == Counter({1: 2})  # no retries, no pushes for the blocked one
    # an ordinary message does not reactivate; /start does, and the schedule resumes
    await tutor.handle(Command(User(2, "Ravi K"), "help"))
    assert not storage.user(2).active
    sender.blocked.clear()
    await tutor.handle(Command(User(2, "Ravi K"), "start"))
    assert storage.user(2).active and storage.user(2).name == "Ravi K"
    assert storage.user(2).next_push_at == "2026-01-07T14:30:00+00:00"
    clock.set(datetime(2026, 1, 7, 14, 30, tzinfo=UTC))
    await tutor.pusher(sender).tick()
    assert sender.per_user()[2] == 1


async def test_unblock_update_reactivates_and_block_update_deactivates(tutor, storage) -> None:
    await tutor.handle(Command(User(1, "Asha"), "start"))
    tutor.set_blocked(1, True)
    assert not storage.user(1).active and storage.user(1).name == "Asha"
    tutor.set_blocked(1, False)
    assert storage.user(1).active and storage.user(1).next_push_at
    tutor.set_blocked(77, False)  # a stranger's update creates nobody
    assert storage.user(77) is None


async def test_streak_reminder_once_before_midnight_only_when_at_risk(tutor, clock,
                                                                     storage) -> None:
    clock.set(datetime(2026, 1, 5, 10, 0, tzinfo=UTC))
    for uid in (1, 2, 3):
        await tutor.handle(Command(User(uid, "S"), "start"))
        await tutor.handle(Command(User(uid, "S"), "daily", "off"))
    for uid in (1, 2):
        await tutor.handle(Command(User(uid, "S"), "settings", "reminder on"))
    yesterday = (clock() - timedelta(days=1)).isoformat(timespec="seconds")
    for uid in (1, 2, 3):  # everyone has a 1-day streak from yesterday
        storage.db.execute("INSERT INTO attempts (user_id, question_id, correct, answered_at)"
                           " VALUES (?, 'q', 1, ?)", [uid, yesterday])
    storage.db.execute("INSERT INTO attempts (user_id, question_id, correct, answered_at)"
                       " VALUES (2, 'q', 1, ?)", [clock().isoformat(timespec="seconds")])
    sender = Recorder(clock)
    pusher = tutor.pusher(sender)
    clock.set(datetime(2026, 1, 5, 15, 29, tzinfo=UTC))  # 20:59 IST
    await _minutes(pusher, clock, 120)
    assert sender.per_user() == Counter({1: 1})  # 2 answered today, 3 did not opt in
    uid, at, replies = sender.sent[0]
    assert at == datetime(2026, 1, 5, 15, 30, tzinfo=UTC)  # 21:00 IST
    assert "1-day streak" in replies[0].html and "midnight" in replies[0].html
    assert storage.push(2, "2026-01-05", "reminder")["state"] == "skipped"


async def test_dry_run_claims_and_sends_nothing(tutor, clock, storage) -> None:
    clock.set(datetime(2026, 1, 5, 10, 0, tzinfo=UTC))
    await tutor.handle(Command(User(1, "A"), "start"))
    sender = Recorder(clock)
    report = await tutor.pusher(sender).tick(now=datetime(2026, 1, 5, 14, 31, tzinfo=UTC),
                                             dry_run=True)
    assert report.counts == {"would_send": 1} and report.due[0][0] == 1
    assert sender.sent == [] and storage.push_counts() == {}


async def test_two_passes_at_once_send_once(tutor, clock, storage) -> None:
    """The bot's tick and a cron `mml-tutor push` racing: the claimed -> sending step is a
    compare-and-set, so each push goes out once."""
    clock.set(datetime(2026, 1, 5, 10, 0, tzinfo=UTC))
    for uid in range(1, 21):
        await tutor.handle(Command(User(uid, "S"), "start"))
    clock.set(datetime(2026, 1, 5, 14, 30, tzinfo=UTC))
    sender = Recorder(clock)
    await asyncio.gather(tutor.pusher(sender).tick(), tutor.pusher(sender).tick())
    assert sender.per_user() == Counter({uid: 1 for uid in range(1, 21)})


def test_push_admin_and_delivery_import_no_feature() -> None:
    """The push takes "the day's question" from the router, never from quiz."""
    import ast
    from pathlib import Path

    features = {"start", "lessons", "quiz", "solving", "preferences", "push", "admin"}
    root = Path(__file__).resolve().parents[1] / "bot"
    found = []
    for name in ("push", "admin", "delivery", "preferences", "schedule"):
        tree = ast.parse((root / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                mods = [node.module] if node.module else [a.name for a in node.names]
                found += [f"{name} imports {m}" for m in mods if m in features - {name}]
    assert not found, found


def test_push_settings_are_read_and_checked() -> None:
    from bot.config import ConfigError, load_settings

    s = load_settings({"PUSH_GRACE_HOURS": "1.5", "PUSH_RATE": "20", "PUSH_CONCURRENCY": "8",
                       "STREAK_REMINDER_HOURS": "2"}, env_file=None)
    assert (s.push_grace_hours, s.push_rate, s.push_concurrency, s.streak_reminder_hours) == (
        1.5, 20.0, 8, 2)
    for name, value in (("PUSH_RATE", "31"), ("PUSH_RATE", "fast"), ("PUSH_GRACE_HOURS", "-1"),
                        ("PUSH_CONCURRENCY", "0"), ("STREAK_REMINDER_HOURS", "13")):
        with pytest.raises(ConfigError, match=name):
            load_settings({name: value}, env_file=None)


async def test_rate_limiter_keeps_the_window_and_the_per_chat_spacing() -> None:
    import time as _time

    from bot.delivery import RateLimiter

    limiter = RateLimiter(rate=50, per_chat=0.2)
    stamps: list[tuple[int, float]] = []

    async def one(chat: int) -> None:
        await limiter.acquire(chat)
        stamps.append((chat, _time.monotonic()))

    await asyncio.gather(*(one(i % 20) for i in range(120)))
    times = sorted(t for _, t in stamps)
    assert all(sum(1 for u in times if t <= u < t + 1.0) <= 50 for t in times)
    for chat in range(20):
        mine = sorted(t for c, t in stamps if c == chat)
        assert all(b - a >= 0.19 for a, b in itertools.pairwise(mine))
    limiter.pause(0.3)
    paused = _time.monotonic()
    await limiter.acquire(99)
    assert _time.monotonic() - paused >= 0.29


async def test_after_downtime_a_batch_of_missed_slots_does_not_stop_the_pass(tutor, clock,
                                                                           storage,
                                                                           monkeypatch) -> None:
    """Slots past the grace period come first (oldest first); the ones still within it must
    go out in the same pass, not 200 a minute."""
    monkeypatch.setattr(push, "BATCH", 5)
    clock.set(datetime(2026, 1, 5, 5, 0, tzinfo=UTC))
    for uid in range(1, 13):  # 12 at 13:00 IST (missed), 3 at 17:00 IST (within grace)
        await tutor.handle(Command(User(uid, "S"), "start"))
        await tutor.handle(Command(User(uid, "S"), "daily", "13:00"))
    for uid in range(13, 16):
        await tutor.handle(Command(User(uid, "S"), "start"))
        await tutor.handle(Command(User(uid, "S"), "daily", "17:00"))
    clock.set(datetime(2026, 1, 5, 13, 30, tzinfo=UTC))  # 19:00 IST: back after downtime
    sender = Recorder(clock)
    report = await tutor.pusher(sender).tick()
    assert sender.per_user() == Counter({13: 1, 14: 1, 15: 1}), report
    assert report.counts["missed"] == 12
