"""/stats and /broadcast: admins only, figures that add up, resumable rate-limited delivery."""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot import texts
from bot.admin import stats_text
from bot.context import ManualClock
from bot.delivery import Outcome
from bot.events import ButtonPress, Command, Quiz, QuizAnswer, Text, TextMessage, User
from bot.storage import Storage
from bot.tutor import Tutor

ADMIN = User(555, "Admin")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 1, 5, 10, 0, tzinfo=UTC))


@pytest.fixture
def tutor(settings, storage, pool, clock) -> Tutor:
    return Tutor(replace(settings, admin_user_ids=(555,), push_concurrency=2), storage, pool,
                 clock=clock)


class Sender:
    def __init__(self, blocked: set[int] = frozenset()) -> None:  # type: ignore[assignment]
        self.sent: list[tuple[int, str]] = []
        self.blocked = set(blocked)

    async def __call__(self, user, replies) -> Outcome:
        if user.id in self.blocked:
            return Outcome("blocked", error="Forbidden: bot was blocked by the user")
        body = replies[0].html if isinstance(replies[0], Text) else replies[0].question
        self.sent.append((user.id, body))
        self.quizzes = getattr(self, "quizzes", {})
        for r in replies:
            if isinstance(r, Quiz):
                self.quizzes[user.id] = r
        return Outcome("sent", len(self.sent))


def _only(replies) -> Text:
    (reply,) = replies
    assert isinstance(reply, Text)
    return reply


async def test_admin_commands_look_unknown_to_students(tutor) -> None:
    student = User(1, "Asha")
    for name in ("stats", "broadcast"):
        reply = _only(await tutor.handle(Command(student, name, "hi")))
        assert reply.html == texts.UNKNOWN_COMMAND.format(name=name)
    reply = _only(await tutor.handle(ButtonPress(student, "B:ok:1")))
    assert "expired" in reply.html
    assert texts.ADMIN_COMMANDS and not {c.name for c in texts.ADMIN_COMMANDS} & {
        c.name for c in texts.COMMANDS}


async def test_stats_add_up(tutor, storage, clock) -> None:
    for uid in (1, 2, 3):
        await tutor.handle(Command(User(uid, f"S{uid}"), "start"))
    storage.set_active(3, False)
    clock.set(datetime(2026, 1, 5, 14, 30, tzinfo=UTC))  # 20:00 IST
    sender = Sender()
    await tutor.pusher(sender).tick()
    # student 1 answers the pushed poll right, student 2 wrong
    clock.advance(minutes=5)
    for uid, right in ((1, True), (2, False)):
        quiz = sender.quizzes[uid]
        tutor.poll_sent(quiz.ask_id, f"poll-{uid}")  # as the transport does
        option = quiz.correct if right else (quiz.correct + 1) % len(quiz.options)
        await tutor.handle(QuizAnswer(User(uid, f"S{uid}"), f"poll-{uid}", option))
    await tutor.handle(TextMessage(User(2, "S2"), "det [1 2; 3 4]"))
    text = stats_text(tutor.ctx)
    assert "Users: <b>3</b>, active 2" in text
    assert "Pushes sent today: <b>2</b>, answered 2 (100%)" in text
    assert "Solver today: 1 requests, 0 errors" in text
    assert "la-w1: 1/2 (50%)" in text
    clock.set(datetime(2026, 1, 5, 19, 0, tzinfo=UTC))  # 00:30 IST next day: a new day
    assert "Pushes sent today: <b>0</b>" in stats_text(tutor.ctx)


async def test_broadcast_confirm_deliver_resume_and_never_reactivate(settings, pool,
                                                                     clock) -> None:
    settings = replace(settings, admin_user_ids=(555,), push_concurrency=1)
    storage = Storage.open(settings.database_path)
    tutor = Tutor(settings, storage, pool, clock=clock)
    for uid in range(1, 11):
        await tutor.handle(Command(User(uid, f"S{uid}"), "start"))
        await tutor.handle(Command(User(uid, f"S{uid}"), "daily", "off"))
    storage.set_active(10, False)  # blocked earlier
    preview = _only(await tutor.handle(Command(ADMIN, "broadcast", "Exam <tips> tonight")))
    assert "Exam &lt;tips&gt; tonight" in preview.html
    ok, no = [b.data for row in preview.buttons for b in row]
    assert ok.startswith("B:ok:") and no.startswith("B:no:")
    queued = _only(await tutor.handle(ButtonPress(ADMIN, ok)))
    assert "queued for 10 students" in queued.html  # 9 + the admin, not the blocked one

    sender = Sender(blocked={4})
    in_flight = asyncio.Event()

    async def crashing(user, replies):
        if len(sender.sent) == 5:
            in_flight.set()
            await asyncio.sleep(3600)  # the 6th call hangs: the process is killed now
        return await sender(user, replies)

    fan_out = asyncio.create_task(tutor.pusher(crashing).tick())
    await in_flight.wait()
    fan_out.cancel()
    with pytest.raises(asyncio.CancelledError):
        await fan_out
    storage.close()
    storage = Storage.open(settings.database_path)  # restart
    tutor = Tutor(settings, storage, pool, clock=clock)
    clock.advance(minutes=11)  # past the lease
    await tutor.pusher(sender).tick()
    got = Counter(uid for uid, _ in sender.sent)
    assert max(got.values()) == 1
    bid = int(ok.rsplit(":", 1)[1])
    counts = storage.delivery_counts(bid)
    assert counts["blocked"] == 1 and counts["uncertain"] in (1, 2), counts
    assert counts["sent"] + counts["uncertain"] == 9 and len(got) == counts["sent"]
    assert not storage.user(4).active and not storage.user(10).active  # never reactivated
    assert storage.user(10).name == "S10"
    assert storage.broadcast(bid)["state"] == "done"
    again = _only(await tutor.handle(ButtonPress(ADMIN, ok)))
    assert "nothing more" in again.html
    storage.close()


async def test_broadcast_cancel_and_bad_input(tutor, storage) -> None:
    assert "Write the message" in _only(await tutor.handle(Command(ADMIN, "broadcast"))).html
    assert "keep it under" in _only(
        await tutor.handle(Command(ADMIN, "broadcast", "x" * 4000))).html
    preview = _only(await tutor.handle(Command(ADMIN, "broadcast", "hello")))
    no = [b.data for row in preview.buttons for b in row][1]
    assert "cancelled" in _only(await tutor.handle(ButtonPress(ADMIN, no))).html
    ok = no.replace("B:no:", "B:ok:")
    assert "cancelled" in _only(await tutor.handle(ButtonPress(ADMIN, ok))).html
    for bad in ("B:ok:", "B:ok:abc", "B:zz:1", "B:ok:" + "9" * 25):
        assert "expired" in _only(await tutor.handle(ButtonPress(ADMIN, bad))).html


async def test_stats_shows_solver_errors(tutor, storage, monkeypatch) -> None:
    from bot.workers import WorkerTimeout

    async def slow(fn, *args, timeout=None):  # the worker ran out of time
        raise WorkerTimeout()

    monkeypatch.setattr(tutor.ctx.pool, "run", slow)
    await tutor.handle(TextMessage(User(1, "A"), "det [[a,b],[c,d]]"))
    assert "Solver today: 1 requests, 1 errors" in stats_text(tutor.ctx)
