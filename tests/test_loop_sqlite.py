"""No SQLite on the event loop: every statement a handler causes runs on the database's thread
(``Storage.run``), so a commit or a slow disk never stalls the other students' replies.

Every statement the connection executes is seen by SQLite's trace callback, on the thread that
executes it; a walk through the tutor's flows (each command, typed answers, the buttons under
the replies, quiz polls, settings, privacy, the admin's commands, a tick) fails naming the
feature function that ran SQL on the loop's thread.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot import texts
from bot.config import Settings
from bot.context import ManualClock
from bot.events import (
    ButtonPress,
    Command,
    Event,
    Photo,
    Quiz,
    QuizAnswer,
    Reply,
    Text,
    TextMessage,
    Tick,
    User,
)
from bot.storage import Storage
from bot.tutor import Tutor
from content import load_curriculum

ROOT = Path(__file__).resolve().parents[1] / "bot"
ASHA = User(31, "Asha", "en")
ADMIN = User(99, "Admin", "en")


@dataclass
class LoopSQL:
    """The statements run on the loop's thread while recording, with the bot function that
    ran each (the innermost frame in ``bot/``, outside the ``bot/storage`` package)."""

    loop: int = 0
    recording: bool = False
    seen: list[tuple[str, str]] = field(default_factory=list)

    def __call__(self, sql: str) -> None:
        if not self.recording or threading.get_ident() != self.loop:
            return
        where = "?"
        for frame in reversed(traceback.extract_stack()):
            path = Path(frame.filename)
            if path.parent == ROOT:  # (bot/storage/*.py is one folder down)
                where = f"{path.name}:{frame.lineno} {frame.name}"
                break
        self.seen.append((where, sql.split("\n")[0][:60]))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(database_path=tmp_path / "tutor.db", solver_workers=2,
                    solver_timeout_seconds=20, admin_user_ids=frozenset({ADMIN.id}))


@pytest.fixture
def loop_sql(storage: Storage) -> Iterator[LoopSQL]:
    recorder = LoopSQL()
    storage.db.conn.set_trace_callback(recorder)
    yield recorder
    storage.db.conn.set_trace_callback(None)


@pytest.fixture
def tutor(settings, storage, pool) -> Tutor:
    return Tutor(settings, storage, pool,
                 clock=ManualClock(datetime(2026, 3, 2, 6, 0, tzinfo=UTC)))


def _buttons(replies: list[Reply]) -> list[str]:
    return [b.data for r in replies if isinstance(r, Text | Photo) for row in r.buttons
            for b in row]


class Walk:
    """Sends events through ``Tutor.handle`` as a transport does (a sent poll is linked on the
    database thread, as the adapters do), recording SQL on the loop's thread meanwhile."""

    def __init__(self, tutor: Tutor, recorder: LoopSQL) -> None:
        self.tutor, self.recorder = tutor, recorder
        recorder.loop = threading.get_ident()
        self.polls = 0
        self.pressed: set[str] = set()
        self.sent: list[tuple[Event, list[Reply]]] = []

    async def send(self, event: Event) -> list[Reply]:
        self.recorder.recording = True
        try:
            replies = await self.tutor.handle(event)
        finally:
            self.recorder.recording = False
        self.sent.append((event, replies))
        for r in replies:
            if isinstance(r, Quiz):
                self.polls += 1
                await self.tutor.storage.run(self.tutor.poll_sent, r.ask_id, f"p{self.polls}")
        return replies

    async def press_all(self, user: User, replies: list[Reply], depth: int = 1) -> None:
        """Press each button not pressed before (by its prefix and action), ``depth`` deep."""
        for data in _buttons(replies):
            kind = ":".join(data.split(":")[:2])
            if kind in self.pressed or data.startswith(("D:forget", "B:")):  # /forget, broadcast
                continue
            self.pressed.add(kind)
            after = await self.send(ButtonPress(user, data, message_id=len(self.pressed)))
            if depth > 1:
                await self.press_all(user, after, depth - 1)


def _report(recorder: LoopSQL) -> str:
    lines = sorted({f"{where}: {sql}" for where, sql in recorder.seen})
    return f"{len(recorder.seen)} statements on the loop's thread:\n" + "\n".join(lines)


async def test_no_handler_runs_sqlite_on_the_event_loop(tutor: Tutor, loop_sql: LoopSQL
                                                        ) -> None:
    walk = Walk(tutor, loop_sql)
    user = ASHA
    for name in ("start", "help", "learn", "topics", "progress", "review", "settings",
                 "daily", "privacy", "mydata", "interview", "nonsense"):
        await walk.press_all(user, await walk.send(Command(user, name)), depth=2)
    # lessons onwards, then quizzes and practice on what was seen
    for _ in range(3):
        await walk.press_all(user, await walk.send(Command(user, "learn")))
    replies = await walk.send(Command(user, "quiz"))
    quiz = next((r for r in replies if isinstance(r, Quiz)), None)
    if quiz is not None:
        await walk.press_all(user, await walk.send(QuizAnswer(user, f"p{walk.polls}",
                                                              quiz.correct)))
    await walk.press_all(user, replies)
    await walk.send(QuizAnswer(user, "no-such-poll", 0))
    # a typed answer to a practice question: wrong, then "I don't know", then a hint
    await walk.send(Command(user, "practice"))
    await walk.press_all(user, await walk.send(TextMessage(user, "42", message_id=900)))
    await walk.send(Command(user, "practice"))
    await walk.send(TextMessage(user, "i don't know", message_id=901))
    await walk.press_all(user, await walk.send(Command(user, "practice")))
    await walk.send(TextMessage(user, "hint", message_id=904))
    await walk.send(TextMessage(user, "skip", message_id=905))
    pending = await tutor.storage.run(tutor.storage.pending_ask, user.id)
    assert pending is not None
    right = await walk.send(TextMessage(user, pending.answer, message_id=906))
    assert any(isinstance(r, Text) and r.html.startswith("✅") for r in right), right
    await walk.send(TextMessage(user, pending.answer, message_id=906))  # delivered again
    # a day later the cards answered are due: /review asks them
    tutor.ctx.clock.advance(days=3)  # type: ignore[attr-defined]
    await walk.press_all(user, await walk.send(Command(user, "review")))
    await walk.send(Command(user, "review"))
    await walk.send(Command(user, "progress"))
    # the settings menu's typed answers
    await walk.send(ButtonPress(user, "C:time:menu"))
    await walk.send(TextMessage(user, "7:30 pm", message_id=902))
    await walk.send(ButtonPress(user, "C:tz:menu"))
    await walk.send(TextMessage(user, "IST", message_id=903))
    # problems, chatter, unsupported topics, words that are no problem, plots
    for n, text in enumerate(("det [[1,2],[3,4]]", "hello", "thanks", "what can you do",
                              "integrate x^2 dx", "i love cricket and chai",
                              "what is an eigenvalue", "x^2 +", "")):
        await walk.press_all(user, await walk.send(TextMessage(user, text, message_id=910 + n)))
    await walk.press_all(user, await walk.send(Command(user, "solve", "d/dx x^3")))
    await walk.send(Command(user, "solve", "integrate sin x"))
    await walk.press_all(user, await walk.send(Command(user, "plot", "x^2 - 2x")))
    await walk.send(Command(user, "plot", ""))
    await walk.send(Tick(user, "daily"))
    await walk.send(ButtonPress(user, "S:op:99999"))  # a problem that is not stored
    # the admin's commands
    await walk.send(Command(ADMIN, "start"))
    await walk.send(Command(ADMIN, "stats"))
    replies = await walk.send(Command(ADMIN, "broadcast", "Exam on Friday"))
    for data in _buttons(replies)[:1]:
        await walk.send(ButtonPress(ADMIN, data))
    # /forget: asked, then confirmed
    replies = await walk.send(Command(user, "forget"))
    confirm = [d for d in _buttons(replies) if d.startswith("D:forget-yes")]
    for data in confirm[:1]:
        await walk.send(ButtonPress(user, data))

    assert len(walk.pressed) > 30, sorted(walk.pressed)
    bugs = [e for e, replies in walk.sent
            if any(isinstance(r, Text) and r.html == texts.GENERIC_ERROR for r in replies)]
    assert not bugs, bugs
    assert not loop_sql.seen, _report(loop_sql)


async def test_the_recorder_sees_sql_on_the_loop(storage: Storage, loop_sql: LoopSQL) -> None:
    """The check can fail: a direct call on the loop's thread is recorded, a hop is not."""
    loop_sql.loop, loop_sql.recording = threading.get_ident(), True
    await storage.run(storage.count_users)
    assert loop_sql.seen == []
    storage.count_users()
    assert loop_sql.seen, "a direct call on the loop was not recorded"


def test_the_curriculum_has_what_the_walk_needs() -> None:
    assert any(q.type == "free" for m in load_curriculum().modules for q in m.questions)


async def test_the_terminal_adapter_runs_no_sqlite_on_the_event_loop(
        tutor: Tutor, loop_sql: LoopSQL, tmp_path: Path) -> None:
    """The terminal links the quiz it shows and finds the open one at start on the database
    thread, as Telegram's adapter does."""
    from bot.terminal import LOCAL_USER, TerminalChat

    lines: list[str] = []
    loop_sql.loop = threading.get_ident()
    term = TerminalChat(tutor, tmp_path / "out", lines.append)
    loop_sql.recording = True
    try:
        await term.feed("/quiz la-w3")
        assert term.quiz is not None and "QUIZ:" in lines[-1]
        again = TerminalChat(tutor, tmp_path / "out", lines.append)  # as after a restart
        await again.resume()
        assert again.quiz is not None and texts.QUIZ_STILL_OPEN in lines
        await again.feed("1")
    finally:
        loop_sql.recording = False
    assert LOCAL_USER.id and lines[-1].startswith(("✅", "❌")), lines[-1]
    assert not loop_sql.seen, _report(loop_sql)
