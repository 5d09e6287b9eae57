"""All SQL lives here: users, lesson progress, quiz attempts, remembered problems.

SQLite through sqlite-utils, WAL mode, foreign keys on. The schema grows by ordered migrations
recorded in ``schema_version``; ``Storage.open`` applies the missing ones at start-up.

Two ways in, one connection. The event loop awaits ``storage.run(fn, *args)``: ``fn`` runs on
the database's own thread, and a commit or a WAL checkpoint waits there, not on the loop. A unit
of work (read, decide, write) goes over as one function, one hop. The thread has two lanes,
each first in first out: a light request (``/start``, a menu button: ``serving(user, light=True)``)
goes ahead of the heavy ones queued (a class's burst queues ~3 hops a problem), unless the same
student has a hop waiting in the other lane: one student's hops keep the order they were asked
in, and SQLite still has one writer. Every method is also callable directly, from any thread
(the CLI, the terminal, tests, the push's short transactions): one re-entrant lock around the
connection serialises both ways, and ``transaction()`` holds it to its end.
"""

from __future__ import annotations

import asyncio
import atexit
import collections
import contextvars
import functools
import json
import logging
import sqlite3
import threading
import types
import weakref
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

logger = logging.getLogger(__name__)
T = TypeVar("T")
MAX_PROBLEM_TEXT = 4000  # characters; the parser itself reads at most 2,000


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(when: datetime) -> str:
    """A time as stored: ISO 8601, UTC, whole seconds (so strings sort as times)."""
    return when.astimezone(UTC).isoformat(timespec="seconds")


def _m1_core(db: sqlite_utils.Database) -> None:
    db["users"].create(
        {
            "id": int, "name": str, "language": str, "timezone": str, "push_time": str,
            "created_at": str, "last_seen": str, "active": int,
        },
        pk="id",
        not_null={"timezone", "push_time", "created_at", "last_seen", "active"},
        defaults={"active": 1, "name": "", "language": ""},
    )
    db["progress"].create(
        {"user_id": int, "module_id": str, "snippet_index": int, "done": int, "updated_at": str},
        pk=("user_id", "module_id"),
        foreign_keys=[("user_id", "users", "id")],
        defaults={"snippet_index": 0, "done": 0},
    )
    db["state"].create(  # one row per user: where they are, what they were asked
        {"user_id": int, "current_snippet": str, "pending_question": str, "pending_at": str},
        pk="user_id",
        foreign_keys=[("user_id", "users", "id")],
    )
    db["problems"].create(  # texts behind solution buttons (callback data holds only the id)
        {"id": int, "user_id": int, "text": str, "created_at": str},
        pk="id",
        foreign_keys=[("user_id", "users", "id")],
    )
    db["problems"].create_index(["user_id"])
    db["attempts"].create(
        {"id": int, "user_id": int, "question_id": str, "correct": int, "answered_at": str},
        pk="id",
        foreign_keys=[("user_id", "users", "id")],
    )
    db["attempts"].create_index(["user_id", "question_id"])
    db["polls"].create(  # Telegram poll id -> who was asked which question
        {"poll_id": str, "user_id": int, "question_id": str, "correct_option": int,
         "created_at": str},
        pk="poll_id",
        foreign_keys=[("user_id", "users", "id")],
    )


def _m2_practice(db: sqlite_utils.Database) -> None:
    """Practice that sticks: every question asked (``asks``: the poll -> user/question/option
    order mapping), attempts with an idempotency key, and one FSRS card per question seen."""
    db["asks"].create(  # one row per question put to a student (a poll, a typed question, a card)
        {"id": int, "user_id": int, "question_id": str, "kind": str, "module_id": str,
         "seed": int, "question": str, "answer": str, "explanation": str, "solve": str,
         "options": str, "option_order": str, "correct": int, "poll_id": str, "status": str,
         "created_at": str},
        pk="id",
        foreign_keys=[("user_id", "users", "id")],
        not_null={"user_id", "question_id", "kind", "status", "created_at"},
        defaults={"status": "open"},
    )
    db["asks"].create_index(["poll_id"], unique=True)
    db["asks"].create_index(["user_id", "created_at"])
    # Polls sent before this migration keep working: their option order was the per-user
    # shuffle, so option_order stays NULL and the resolver recomputes it for the poll's user.
    db.execute(
        "INSERT INTO asks (user_id, question_id, kind, correct, poll_id, status, created_at)"
        " SELECT user_id, question_id, 'choice', correct_option, poll_id, 'open', created_at"
        " FROM polls"
    )
    db["polls"].drop()
    for name, kind in (("answer", str), ("verdict", str), ("ask_id", int), ("seed", int),
                       ("rating", int), ("idem_key", str), ("message_key", str)):
        db["attempts"].add_column(name, kind)
    db["attempts"].create_index(["idem_key"], unique=True)
    db["attempts"].create_index(["user_id", "answered_at"])
    db["cards"].create(  # FSRS state of one card (a question, or an interview flashcard)
        {"user_id": int, "card_key": str, "card": str, "due": str, "state": int, "reps": int,
         "lapses": int, "updated_at": str},
        pk=("user_id", "card_key"),
        foreign_keys=[("user_id", "users", "id")],
        not_null={"card", "due"},
        defaults={"reps": 0, "lapses": 0},
    )
    db["cards"].create_index(["user_id", "due"])
    db["state"].add_column("pending_ask", int)



def _m_requests(db: sqlite_utils.Database) -> None:
    # Heavy requests being worked on: a row left behind at start-up was interrupted by a
    # crash or restart, and the student is told so (nothing is answered twice or silently lost)
    # (no foreign key: a first message is written down before its user row exists)
    db["requests"].create(
        {"id": int, "user_id": int, "chat_id": int, "received_at": str}, pk="id")


def _m_daily_push(db: sqlite_utils.Database) -> None:
    """The daily push: settings and schedule on users, one claim per user per local day,
    resumable broadcasts, daily counters for /stats (states: bot/push.py docstring)."""
    for ddl in (
        "ALTER TABLE users ADD COLUMN push_enabled INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE users ADD COLUMN streak_reminder INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE users ADD COLUMN course TEXT NOT NULL DEFAULT ''",  # '' = follow lessons
        "ALTER TABLE users ADD COLUMN next_push_at TEXT",  # UTC ISO; NULL = not scheduled
        "ALTER TABLE users ADD COLUMN next_reminder_at TEXT",
        "CREATE INDEX users_next_push ON users (next_push_at)",
        "CREATE INDEX users_next_reminder ON users (next_reminder_at)",
        # 'time' | 'tz' after the student opened that settings menu: the next message may be it
        "ALTER TABLE state ADD COLUMN pending_setting TEXT",
        "ALTER TABLE state ADD COLUMN pending_setting_at TEXT",
        # kind: daily | reminder; state: claimed, sending, sent, blocked, failed, missed,
        # uncertain, skipped. The primary key is the exactly-once guarantee.
        "CREATE TABLE pushes (user_id INTEGER NOT NULL REFERENCES users(id),"
        " local_date TEXT NOT NULL, kind TEXT NOT NULL, state TEXT NOT NULL,"
        " due_at TEXT NOT NULL, claimed_at TEXT NOT NULL, attempt_at TEXT, owner TEXT,"
        " sent_at TEXT, message_id INTEGER, error TEXT,"
        " PRIMARY KEY (user_id, local_date, kind))",
        "CREATE INDEX pushes_state ON pushes (state)",
        "CREATE INDEX pushes_sent ON pushes (sent_at)",
        "CREATE TABLE broadcasts (id INTEGER PRIMARY KEY, text TEXT NOT NULL,"
        " created_by INTEGER NOT NULL, created_at TEXT NOT NULL, state TEXT NOT NULL)",
        "CREATE TABLE deliveries (broadcast_id INTEGER NOT NULL REFERENCES broadcasts(id),"
        " user_id INTEGER NOT NULL REFERENCES users(id), state TEXT NOT NULL,"
        " attempt_at TEXT, owner TEXT, sent_at TEXT, message_id INTEGER, error TEXT,"
        " PRIMARY KEY (broadcast_id, user_id))",
        "CREATE INDEX deliveries_state ON deliveries (state)",
        "CREATE TABLE counters (day TEXT NOT NULL, name TEXT NOT NULL,"
        " n INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (day, name))",
    ):
        db.execute(ddl)


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _m1_core, _m2_practice, _m_requests, _m_daily_push,
]


@dataclass(frozen=True)
class UserRow:
    id: int
    name: str
    language: str
    timezone: str
    push_time: str
    created_at: str
    last_seen: str
    active: bool
    push_enabled: bool = True
    streak_reminder: bool = False
    course: str = ""
    next_push_at: str | None = None
    next_reminder_at: str | None = None

    @classmethod
    def from_row(cls, r: dict[str, Any]) -> UserRow:
        known = {k: r[k] for k in cls.__dataclass_fields__ if k in r}
        for flag in ("active", "push_enabled", "streak_reminder"):
            if flag in known:
                known[flag] = bool(known[flag])
        return cls(**known)


@dataclass(frozen=True)
class Ask:
    """A question put to a student: what a poll id or a button resolves to."""

    id: int
    user_id: int
    question_id: str  # a bank id, a generated id (<module>-gen-<name>-<seed>) or iv:<card id>
    kind: str  # "choice", "free" or "card"
    module_id: str
    seed: int | None
    question: str
    answer: str
    explanation: str
    solve: str  # the solver input that works it out ("" for a conceptual question)
    options: list[str] | None  # as shown, in the shown order
    option_order: list[int] | None  # shown position -> index in the bank question's options
    correct: int | None  # the shown position of the right option
    poll_id: str | None
    status: str  # "open", "answered", "skipped", "solved"
    created_at: str


def _ask(db: sqlite_utils.Database, row: Any) -> Ask | None:
    if row is None:
        return None
    cols = [c.name for c in db["asks"].columns]
    r = dict(zip(cols, row, strict=True))
    for key in ("options", "option_order"):
        r[key] = json.loads(r[key]) if r[key] else None
    return Ask(**{k: r[k] for k in Ask.__dataclass_fields__})


@dataclass(frozen=True)
class AttemptRow:
    """One answer: who, to what (question id or generator seed), what, the verdict, a key
    that makes recording it idempotent."""

    user_id: int
    question_id: str
    correct: bool | None  # None: not graded (a skip, a flashcard self-rating)
    answer: str
    verdict: str  # "right", "wrong", "solution" (asked for it), "again/hard/good/easy"
    ask_id: int | None
    seed: int | None
    rating: int | None  # the FSRS rating given (1 Again .. 4 Easy)
    idem_key: str
    message_key: str | None = None
    answered_at: str = ""


@dataclass(frozen=True)
class CardRow:
    card_key: str
    card: str  # fsrs.Card.to_json()
    due: str  # ISO UTC, whole seconds (sorts as text)
    state: int
    lapse: bool  # this review was a lapse (a Review card rated Again)


# Who the current task serves: (user id, light). Set by ``Storage.serving`` around one
# update's handling (a context variable: tasks the handler starts inherit it).
_SERVING: contextvars.ContextVar[tuple[int, bool] | None] = contextvars.ContextVar(
    "storage_serving", default=None)


_ALL_LANES: weakref.WeakSet[_Lanes] = weakref.WeakSet()


@atexit.register
def _finish_all() -> None:
    for lanes in list(_ALL_LANES):
        lanes.shutdown()


class _Lanes:
    """The database thread: two FIFO queues, the light one served first. A light hop of a
    student with a heavy hop still waiting goes behind it (per student, order is kept)."""

    def __init__(self, work: Callable[[Callable[..., Any], tuple], Any]) -> None:
        self._work = work
        self._cond = threading.Condition()
        self._light: collections.deque = collections.deque()
        self._heavy: collections.deque = collections.deque()
        self._waiting: collections.Counter[int] = collections.Counter()  # heavy, per student
        self._stopping = False
        self._thread = threading.Thread(target=self._serve, name="sqlite", daemon=True)
        self._thread.start()
        _ALL_LANES.add(self)  # at exit, the hops asked still run (as an executor's would)

    def submit(self, fn: Callable[..., Any], args: tuple,
               serving: tuple[int, bool] | None) -> Future:
        future: Future = Future()
        with self._cond:
            if self._stopping:
                raise RuntimeError("the database thread is closed")
            user, light = serving if serving is not None else (None, False)
            if light and not (user is not None and self._waiting[user]):
                self._light.append((future, fn, args, None))
            else:
                if user is not None:
                    self._waiting[user] += 1
                self._heavy.append((future, fn, args, user))
            self._cond.notify()
        return future

    def _serve(self) -> None:
        while True:
            with self._cond:
                while not self._light and not self._heavy and not self._stopping:
                    self._cond.wait()
                if self._light:
                    future, fn, args, user = self._light.popleft()
                elif self._heavy:
                    future, fn, args, user = self._heavy.popleft()
                    if user is not None:
                        self._waiting[user] -= 1
                        if not self._waiting[user]:
                            del self._waiting[user]
                else:
                    return  # stopping, and nothing left to do
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = self._work(fn, args)
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(result)

    def shutdown(self) -> None:
        """Finish every hop asked, then stop the thread."""
        with self._cond:
            self._stopping = True
            self._cond.notify()
        self._thread.join()


class Storage:
    """The one owner of the database. The event loop awaits ``run``; direct calls are
    serialised with it by ``lock``."""

    def __init__(
        self, db: sqlite_utils.Database, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self.db = db
        self.clock = clock  # the tutor's Context sets its own clock here (tests move time)
        self.lock = threading.RLock()  # one user of the connection at a time, any thread
        self._thread: _Lanes | None = None
        self._thread_lock = threading.Lock()

    @staticmethod
    @contextmanager
    def serving(user_id: int, light: bool) -> Iterator[None]:
        """The hops awaited in this block (and in tasks started from it) are for ``user_id``'s
        update; ``light`` ones go ahead of a burst's queued hops (see the module's docstring)."""
        token = _SERVING.set((user_id, light))
        try:
            yield
        finally:
            _SERVING.reset(token)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` on the database thread, awaited (``fn`` is a Storage method or a
        function of several: one hop). Once asked, it runs to the end even if the caller is
        cancelled: a write is never dropped half-way nor overtaken by a later one of the same
        student."""
        with self._thread_lock:
            if self._thread is None:
                self._thread = _Lanes(self._locked)
            thread = self._thread
        future = thread.submit(fn, args, _SERVING.get())
        return await asyncio.shield(asyncio.wrap_future(future))

    def _locked(self, fn: Callable[..., T], args: tuple) -> T:
        with self.lock:
            return fn(*args)

    def now(self) -> str:
        """Now as stored: ISO 8601, UTC, whole seconds."""
        return iso(self.clock())

    @classmethod
    def open(cls, path: str | Path) -> Storage:
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        db = sqlite_utils.Database(conn)
        if str(path) != ":memory:":
            db.enable_wal()
            # WAL + NORMAL: a commit is durable once written to the WAL, no fsync per commit
            # (~4 ms on a real disk, on the event loop). A killed process loses nothing it
            # committed; only a power cut may lose the last commits, never the file's sanity.
            db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 5000")
        store = cls(db)
        store.migrate()
        return store

    def close(self) -> None:
        """Finish what was asked of the database thread, then close the connection."""
        with self._thread_lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            thread.shutdown()
        with self.lock:
            self.db.conn.close()

    # ------------------------------------------------------------------ schema
    @property
    def schema_version(self) -> int:
        if not self.db["schema_version"].exists():
            return 0
        row = self.db.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def migrate(self) -> None:
        if not self.db["schema_version"].exists():
            self.db["schema_version"].create({"version": int, "applied_at": str}, pk="version")
        current = self.schema_version
        for version, step in enumerate(MIGRATIONS, start=1):
            if version <= current:
                continue
            with self.db.conn:  # one transaction per migration
                self.db.execute("BEGIN")
                step(self.db)
                self.db["schema_version"].insert({"version": version, "applied_at": self.now()})
            logger.info("database migrated to schema version %d", version)

    # ------------------------------------------------------------------- users
    def touch_user(
        self, user_id: int, name: str, language: str, timezone: str, push_time: str,
        reactivate: bool = False,
    ) -> UserRow:
        """Create the user on first contact; afterwards refresh last-seen time, and name and
        language when the event carries them. Only ``reactivate`` (``/start``) sets an
        inactive (blocked) user active again; scheduler ticks and admin actions never call
        this (they must neither reactivate a student nor overwrite their name)."""
        now = self.now()
        self.db.execute(
            "INSERT INTO users (id, name, language, timezone, push_time, created_at, last_seen,"
            " active) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"
            " ON CONFLICT(id) DO UPDATE SET"
            " name = COALESCE(NULLIF(excluded.name, ''), users.name),"
            " language = COALESCE(NULLIF(excluded.language, ''), users.language),"
            " last_seen = excluded.last_seen,"
            " active = CASE WHEN ? THEN 1 ELSE users.active END",
            [user_id, name, language, timezone, push_time, now, now, int(reactivate)],
        )
        user = self.user(user_id)
        assert user is not None
        return user

    def user(self, user_id: int) -> UserRow | None:
        rows = list(self.db["users"].rows_where("id = ?", [user_id]))
        if not rows:
            return None
        return UserRow.from_row(rows[0])

    def count_users(self) -> int:
        return self.db["users"].count

    def set_user_fields(self, user_id: int, **fields: Any) -> None:
        allowed = {"timezone", "push_time", "active", "language", "push_enabled",
                   "streak_reminder", "course", "next_push_at", "next_reminder_at"}
        if not fields.keys() <= allowed:
            raise ValueError(f"cannot set {sorted(fields.keys() - allowed)}")
        self.db["users"].update(user_id, fields)

    # --------------------------------------------------------------- lessons
    def current_snippet(self, user_id: int) -> str | None:
        rows = list(self.db["state"].rows_where("user_id = ?", [user_id]))
        return rows[0]["current_snippet"] if rows else None

    def set_current_snippet(self, user_id: int, snippet_id: str) -> None:
        self.db["state"].upsert({"user_id": user_id, "current_snippet": snippet_id}, pk="user_id")

    def record_progress(self, user_id: int, module_id: str, index: int, done: bool) -> None:
        existing = list(
            self.db["progress"].rows_where(
                "user_id = ? AND module_id = ?", [user_id, module_id]
            )
        )
        was_done = bool(existing and existing[0]["done"])
        best = max(index, existing[0]["snippet_index"] if existing else 0)
        self.db["progress"].upsert(
            {"user_id": user_id, "module_id": module_id, "snippet_index": best,
             "done": int(done or was_done), "updated_at": self.now()},
            pk=("user_id", "module_id"),
        )

    def modules_done(self, user_id: int) -> set[str]:
        return {
            r["module_id"]
            for r in self.db["progress"].rows_where("user_id = ? AND done = 1", [user_id])
        }

    # --------------------------------------------------------------- quizzes
    def set_pending_question(self, user_id: int, question_id: str | None) -> None:
        # one statement (sqlite-utils' upsert reads the schema first): the push fan-out
        # calls this for every student
        self.db.execute(
            "INSERT INTO state (user_id, pending_question, pending_at) VALUES (?, ?, ?)"
            " ON CONFLICT(user_id) DO UPDATE SET pending_question = excluded.pending_question,"
            " pending_at = excluded.pending_at",
            [user_id, question_id, self.now() if question_id else None])

    def pending_question(self, user_id: int) -> tuple[str, str] | None:
        """The free question waiting for a typed answer, and when it was asked."""
        rows = list(self.db["state"].rows_where("user_id = ?", [user_id]))
        if not rows or not rows[0]["pending_question"]:
            return None
        return rows[0]["pending_question"], rows[0]["pending_at"]

    def record_attempt(self, user_id: int, question_id: str, correct: bool) -> None:
        self.db["attempts"].insert(
            {"user_id": user_id, "question_id": question_id, "correct": int(correct),
             "answered_at": self.now()}
        )

    def answered_questions(self, user_id: int) -> dict[str, bool]:
        """Question id -> whether the latest attempt was right."""
        out: dict[str, bool] = {}
        for r in self.db.execute(
            "SELECT question_id, correct FROM attempts WHERE user_id = ? ORDER BY id", [user_id]
        ).fetchall():
            out[r[0]] = bool(r[1])
        return out

    # ---- practice / FSRS
    def new_ask(self, user_id: int, question_id: str, kind: str, *, module_id: str = "",
                seed: int | None = None, question: str = "", answer: str = "",
                explanation: str = "", solve: str = "", options: list[str] | None = None,
                option_order: list[int] | None = None, correct: int | None = None) -> int:
        """Remember a question put to a student; its id is what polls and buttons carry."""
        return int(self.db["asks"].insert({
            "user_id": user_id, "question_id": question_id, "kind": kind,
            "module_id": module_id, "seed": seed, "question": question, "answer": answer,
            "explanation": explanation, "solve": solve,
            "options": json.dumps(options) if options is not None else None,
            "option_order": json.dumps(option_order) if option_order is not None else None,
            "correct": correct, "status": "open", "created_at": self.now(),
        }).last_pk)

    def link_poll(self, ask_id: int, poll_id: str) -> None:
        """The transport sent this ask as the poll ``poll_id`` (Telegram's id)."""
        self.db.execute("UPDATE asks SET poll_id = ? WHERE id = ? AND poll_id IS NULL",
                        [poll_id, ask_id])

    def ask(self, ask_id: int) -> Ask | None:
        row = self.db.execute("SELECT * FROM asks WHERE id = ?", [ask_id]).fetchone()
        return _ask(self.db, row)

    def ask_for_poll(self, poll_id: str) -> Ask | None:
        row = self.db.execute("SELECT * FROM asks WHERE poll_id = ?", [poll_id]).fetchone()
        return _ask(self.db, row)

    def open_poll(self, user_id: int, since: str) -> Ask | None:
        """The student's latest quiz poll still unanswered (asked after ``since``)."""
        row = self.db.execute(
            "SELECT * FROM asks WHERE user_id = ? AND kind = 'choice' AND status = 'open'"
            " AND poll_id IS NOT NULL AND created_at >= ? ORDER BY id DESC LIMIT 1",
            [user_id, since]).fetchone()
        return _ask(self.db, row)

    def set_ask_status(self, ask_id: int, status: str) -> None:
        self.db.execute("UPDATE asks SET status = ? WHERE id = ?", [status, ask_id])

    def recent_asks(self, user_id: int, since: str) -> list[Ask]:
        rows = self.db.execute(
            "SELECT * FROM asks WHERE user_id = ? AND created_at >= ? ORDER BY id DESC",
            [user_id, since]).fetchall()
        return [a for a in (_ask(self.db, r) for r in rows) if a is not None]

    def set_pending_ask(self, user_id: int, ask_id: int | None) -> None:
        """The typed-answer question waiting for this student (None: nothing pending)."""
        self.db["state"].upsert(
            {"user_id": user_id, "pending_ask": ask_id,
             "pending_at": self.now() if ask_id else None},
            pk="user_id",
        )

    def pending_ask(self, user_id: int) -> Ask | None:
        row = self.db.execute("SELECT pending_ask FROM state WHERE user_id = ?",
                              [user_id]).fetchone()
        return self.ask(int(row[0])) if row and row[0] else None

    def card(self, user_id: int, card_key: str) -> str | None:
        """The FSRS card (``fsrs.Card.to_json()``) of this student's question, if seen."""
        row = self.db.execute("SELECT card FROM cards WHERE user_id = ? AND card_key = ?",
                              [user_id, card_key]).fetchone()
        return row[0] if row else None

    def ensure_card(self, user_id: int, card: CardRow) -> None:
        """A card for a question seen but not answered yet (no review, no attempt)."""
        self.db.execute(
            "INSERT OR IGNORE INTO cards (user_id, card_key, card, due, state, reps, lapses,"
            " updated_at) VALUES (?, ?, ?, ?, ?, 0, 0, ?)",
            [user_id, card.card_key, card.card, card.due, card.state, self.now()])

    def record_answer(self, attempt: AttemptRow, card: CardRow | None) -> bool:
        """Store an attempt and its card update in one transaction, at most once per
        idempotency key: False (and nothing written) when the key was already recorded."""
        with self.db.conn:
            self.db.execute("BEGIN IMMEDIATE")
            cur = self.db.execute(
                "INSERT OR IGNORE INTO attempts (user_id, question_id, correct, answered_at,"
                " answer, verdict, ask_id, seed, rating, idem_key, message_key)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [attempt.user_id, attempt.question_id,
                 None if attempt.correct is None else int(attempt.correct), self.now(),
                 attempt.answer[:500], attempt.verdict, attempt.ask_id, attempt.seed,
                 attempt.rating, attempt.idem_key, attempt.message_key])
            if cur.rowcount == 0:
                return False
            if card is not None:
                self.db.execute(
                    "INSERT INTO cards (user_id, card_key, card, due, state, reps, lapses,"
                    " updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)"
                    " ON CONFLICT(user_id, card_key) DO UPDATE SET card = excluded.card,"
                    " due = excluded.due, state = excluded.state, reps = cards.reps + 1,"
                    " lapses = cards.lapses + excluded.lapses, updated_at = excluded.updated_at",
                    [attempt.user_id, card.card_key, card.card, card.due, card.state,
                     int(card.lapse), self.now()])
        return True

    def attempt_answer(self, idem_key: str) -> str | None:
        """The answer recorded under this key (None: nothing recorded yet)."""
        row = self.db.execute("SELECT answer FROM attempts WHERE idem_key = ?",
                              [idem_key]).fetchone()
        return None if row is None else (row[0] or "")

    def message_answered(self, user_id: int, message_key: str) -> bool:
        """Was this message (a redelivered update) already graded as an answer?"""
        return self.db.execute(
            "SELECT 1 FROM attempts WHERE user_id = ? AND message_key = ?",
            [user_id, message_key]).fetchone() is not None

    def due_cards(self, user_id: int, now: str, limit: int = 20) -> list[tuple[str, str]]:
        """(card key, due) of this student's cards due at ``now``, the most overdue first."""
        rows = self.db.execute(
            "SELECT card_key, due FROM cards WHERE user_id = ? AND due <= ? ORDER BY due"
            " LIMIT ?", [user_id, now, limit]).fetchall()
        return [(r[0], r[1]) for r in rows]

    def card_dues(self, user_id: int) -> dict[str, str]:
        return dict(self.db.execute("SELECT card_key, due FROM cards WHERE user_id = ?",
                                    [user_id]).fetchall())

    def attempts(self, user_id: int, since: str = "") -> list[AttemptRow]:
        """This student's graded attempts (not skips or self-ratings), oldest first."""
        rows = self.db.execute(
            "SELECT user_id, question_id, correct, answer, verdict, ask_id, seed, rating,"
            " idem_key, message_key, answered_at FROM attempts"
            " WHERE user_id = ? AND answered_at >= ? AND correct IS NOT NULL ORDER BY id",
            [user_id, since]).fetchall()
        return [AttemptRow(r[0], r[1], None if r[2] is None else bool(r[2]), r[3] or "",
                           r[4] or "", r[5], r[6], r[7], r[8] or "", r[9], r[10])
                for r in rows]

    def module_snippet_index(self, user_id: int) -> dict[str, int]:
        """Module id -> the furthest snippet index the student has opened."""
        return dict(self.db.execute(
            "SELECT module_id, snippet_index FROM progress WHERE user_id = ?",
            [user_id]).fetchall())


    # -------------------------------------------------------------- problems
    def remember_problem(self, user_id: int, text: str) -> int:
        """The id of this user's problem text (the same text keeps its id). Texts are
        bounded (the parser reads at most 2,000 characters) and kept for the retention
        period only (``purge_problems``)."""
        if len(text) > MAX_PROBLEM_TEXT:
            raise ValueError(f"a problem text is at most {MAX_PROBLEM_TEXT} characters")
        row = self.db.execute(
            "SELECT id FROM problems WHERE user_id = ? AND text = ? ORDER BY id DESC LIMIT 1",
            [user_id, text],
        ).fetchone()
        if row is not None:
            return int(row[0])
        return int(
            self.db["problems"].insert(
                {"user_id": user_id, "text": text, "created_at": self.now()}
            ).last_pk
        )

    def problem(self, problem_id: int, user_id: int) -> str | None:
        rows = list(
            self.db["problems"].rows_where("id = ? AND user_id = ?", [problem_id, user_id])
        )
        return rows[0]["text"] if rows else None

    # ------------------------------------------------------- requests in flight
    def begin_request(self, user_id: int, chat_id: int) -> int:
        return int(self.db["requests"].insert(
            {"user_id": user_id, "chat_id": chat_id, "received_at": self.now()}).last_pk)

    def end_request(self, request_id: int) -> None:
        self.db.execute("DELETE FROM requests WHERE id = ?", [request_id])

    def take_interrupted_requests(self) -> list[dict[str, Any]]:
        """Requests left unanswered by the last run (one per chat), removed as they are read."""
        with self.db.conn:
            self.db.execute("BEGIN")
            rows = self.db.execute(
                "SELECT chat_id, user_id, MAX(received_at) FROM requests GROUP BY chat_id"
            ).fetchall()
            self.db.execute("DELETE FROM requests")
        return [{"chat_id": c, "user_id": u, "received_at": t} for c, u, t in rows]

    # ---------------------------------------------------------------- privacy
    # Tables that hold no student's data (a test fails when a new table is neither here nor
    # has a user_id): the schema's version, per-day totals, the admins' broadcast texts.
    NO_STUDENT_DATA = frozenset({"schema_version", "counters", "broadcasts"})

    def user_tables(self) -> list[str]:
        """Every table holding a student's data: those with a user_id column (read from the
        schema, so a new table is covered the day it is created), and users itself."""
        tables = []
        for (name,) in self.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " ORDER BY name").fetchall():
            cols = {c.name for c in self.db[name].columns}
            if "user_id" in cols:
                tables.append(name)
        return tables

    def export_user(self, user_id: int) -> dict[str, Any]:
        """Everything stored about one student, table by table (for /mydata)."""
        out: dict[str, Any] = {"users": list(self.db["users"].rows_where("id = ?", [user_id]))}
        for table in self.user_tables():
            out[table] = list(self.db[table].rows_where("user_id = ?", [user_id]))
        return out

    def forget_user(self, user_id: int) -> int:
        """Delete every row about this student, in one transaction; returns rows deleted."""
        deleted = 0
        with self.db.conn:
            self.db.execute("BEGIN")
            self.db.execute("PRAGMA defer_foreign_keys = ON")  # any order; checked at commit
            for table in self.user_tables():
                deleted += self.db.execute(
                    f"DELETE FROM [{table}] WHERE user_id = ?", [user_id]).rowcount
            deleted += self.db.execute("DELETE FROM users WHERE id = ?", [user_id]).rowcount
        return deleted

    def purge_problems(self, older_than_days: int) -> int:
        """Delete stored problem texts older than the retention period."""
        cutoff = (self.clock() - timedelta(days=older_than_days)).astimezone(UTC)
        with self.db.conn:
            return self.db.execute("DELETE FROM problems WHERE created_at < ?",
                                   [cutoff.isoformat(timespec="seconds")]).rowcount
    # ---- daily push
    # The scheduler's SQL. Every method here that may run inside ``transaction()`` uses plain
    # ``execute`` (sqlite-utils' table helpers commit on their own and would end it early).
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction (BEGIN IMMEDIATE: a second process waits, never interleaves).
        Callers keep it short and never ``await`` inside it: it holds ``lock`` throughout,
        so the database thread waits for it."""
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    def set_active(self, user_id: int, active: bool) -> None:
        """Block (403 from their private chat) or unblock (/start, my_chat_member); the name
        and everything else stay as they are."""
        self.db.execute("UPDATE users SET active = ? WHERE id = ?", [int(active), user_id])

    def set_pending_setting(self, user_id: int, what: str | None) -> None:
        self.db.execute(
            "INSERT INTO state (user_id, pending_setting, pending_setting_at) VALUES (?, ?, ?)"
            " ON CONFLICT(user_id) DO UPDATE SET pending_setting = excluded.pending_setting,"
            " pending_setting_at = excluded.pending_setting_at",
            [user_id, what, self.now() if what else None])

    def pending_setting(self, user_id: int) -> tuple[str, str] | None:
        row = self.db.execute(
            "SELECT pending_setting, pending_setting_at FROM state WHERE user_id = ?",
            [user_id]).fetchone()
        return (row[0], row[1]) if row and row[0] else None

    def set_schedule(self, user_id: int, column: str, when: datetime | None) -> None:
        if column not in ("next_push_at", "next_reminder_at"):
            raise ValueError(column)
        self.db.execute(f"UPDATE users SET {column} = ? WHERE id = ?",
                        [iso(when) if when else None, user_id])

    def due_users(self, kind: str, now: datetime, limit: int) -> list[UserRow]:
        """Active students whose next ``kind`` (daily | reminder) is due, oldest first."""
        column, flag = _SCHEDULE[kind]
        rows = self.db.execute(
            f"SELECT * FROM users WHERE active = 1 AND {flag} = 1 AND {column} IS NOT NULL"
            f" AND {column} <= ? ORDER BY {column}, id LIMIT ?", [iso(now), limit])
        return [UserRow.from_row(_as_dict(rows, r)) for r in rows.fetchall()]

    def unscheduled_users(self, kind: str, limit: int) -> list[UserRow]:
        column, flag = _SCHEDULE[kind]
        rows = self.db.execute(
            f"SELECT * FROM users WHERE active = 1 AND {flag} = 1 AND {column} IS NULL"
            " ORDER BY id LIMIT ?", [limit])
        return [UserRow.from_row(_as_dict(rows, r)) for r in rows.fetchall()]

    def claim_push(self, user_id: int, local_date: str, kind: str, due_at: datetime,
                   state: str = "claimed") -> bool:
        """Write the (user, local date, kind) claim; False when that day is already taken."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO pushes (user_id, local_date, kind, state, due_at, claimed_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [user_id, local_date, kind, state, iso(due_at), self.now()])
        return cur.rowcount == 1

    def claimed_dates(self, user_id: int, kind: str, since: str) -> set[str]:
        rows = self.db.execute(
            "SELECT local_date FROM pushes WHERE user_id = ? AND kind = ? AND local_date >= ?",
            [user_id, kind, since]).fetchall()
        return {r[0] for r in rows}

    def pushes_in_state(self, state: str, limit: int = 1000) -> list[dict[str, Any]]:
        cur = self.db.execute(
            "SELECT * FROM pushes WHERE state = ? ORDER BY due_at, user_id LIMIT ?",
            [state, limit])
        return [_as_dict(cur, r) for r in cur.fetchall()]

    def push(self, user_id: int, local_date: str, kind: str = "daily") -> dict[str, Any] | None:
        cur = self.db.execute(
            "SELECT * FROM pushes WHERE user_id = ? AND local_date = ? AND kind = ?",
            [user_id, local_date, kind])
        row = cur.fetchone()
        return _as_dict(cur, row) if row else None

    def start_sending(self, user_id: int, local_date: str, kind: str, owner: str) -> bool:
        """claimed -> sending, compare-and-set: of two passes only one gets to send."""
        cur = self.db.execute(
            "UPDATE pushes SET state = 'sending', owner = ?, attempt_at = ?"
            " WHERE user_id = ? AND local_date = ? AND kind = ? AND state = 'claimed'",
            [owner, self.now(), user_id, local_date, kind])
        return cur.rowcount == 1

    def finish_push(self, user_id: int, local_date: str, kind: str, state: str,
                    message_id: int | None = None, error: str | None = None) -> None:
        """sending -> sent | blocked | failed | skipped, or back to claimed (retry later)."""
        self.db.execute(
            "UPDATE pushes SET state = ?, message_id = COALESCE(?, message_id),"
            " sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END, error = ?"
            " WHERE user_id = ? AND local_date = ? AND kind = ?",
            [state, message_id, state, self.now(), error, user_id, local_date, kind])

    def expire_pushes(self, now: datetime, grace: timedelta, lease: timedelta) -> dict[str, int]:
        """Recovery: claimed rows past the grace period become missed (never sent late);
        rows left in sending by a crashed pass become uncertain (never resent: the message
        may have gone out)."""
        missed = self.db.execute(
            "UPDATE pushes SET state = 'missed', error = 'past the grace period'"
            " WHERE state = 'claimed' AND due_at < ?", [iso(now - grace)]).rowcount
        uncertain = self.db.execute(
            "UPDATE pushes SET state = 'uncertain', error = 'interrupted while sending'"
            " WHERE state = 'sending' AND attempt_at < ?", [iso(now - lease)]).rowcount
        return {"missed": missed, "uncertain": uncertain}

    def push_counts(self, kind: str = "daily") -> dict[str, int]:
        rows = self.db.execute(
            "SELECT state, COUNT(*) FROM pushes WHERE kind = ? GROUP BY state", [kind])
        return {r[0]: r[1] for r in rows.fetchall()}

    def answer_times(self, user_id: int, since: datetime) -> list[datetime]:
        rows = self.db.execute(
            "SELECT answered_at FROM attempts WHERE user_id = ? AND answered_at >= ?",
            [user_id, iso(since)]).fetchall()
        return [datetime.fromisoformat(r[0]) for r in rows]

    # broadcasts: draft -> queued (one deliveries row per active student) -> done;
    # a delivery goes queued -> sending -> sent | blocked | failed (| uncertain after a crash)
    def create_broadcast(self, text: str, admin_id: int) -> int:
        cur = self.db.execute(
            "INSERT INTO broadcasts (text, created_by, created_at, state)"
            " VALUES (?, ?, ?, 'draft')", [text, admin_id, self.now()])
        return int(cur.lastrowid or 0)

    def broadcast(self, broadcast_id: int) -> dict[str, Any] | None:
        cur = self.db.execute("SELECT * FROM broadcasts WHERE id = ?", [broadcast_id])
        row = cur.fetchone()
        return _as_dict(cur, row) if row else None

    def queue_broadcast(self, broadcast_id: int) -> int:
        """draft -> queued with its deliveries, in one transaction; 0 if not a draft."""
        with self.transaction():
            cur = self.db.execute(
                "UPDATE broadcasts SET state = 'queued' WHERE id = ? AND state = 'draft'",
                [broadcast_id])
            if cur.rowcount != 1:
                return 0
            return self.db.execute(
                "INSERT INTO deliveries (broadcast_id, user_id, state)"
                " SELECT ?, id, 'queued' FROM users WHERE active = 1", [broadcast_id]).rowcount

    def cancel_broadcast(self, broadcast_id: int) -> bool:
        return self.db.execute(
            "UPDATE broadcasts SET state = 'cancelled' WHERE id = ? AND state = 'draft'",
            [broadcast_id]).rowcount == 1

    def queued_deliveries(self, limit: int) -> list[dict[str, Any]]:
        cur = self.db.execute(
            "SELECT d.broadcast_id, d.user_id, b.text FROM deliveries d"
            " JOIN broadcasts b ON b.id = d.broadcast_id"
            " WHERE d.state = 'queued' ORDER BY d.broadcast_id, d.user_id LIMIT ?", [limit])
        return [_as_dict(cur, r) for r in cur.fetchall()]

    def start_delivery(self, broadcast_id: int, user_id: int, owner: str) -> bool:
        return self.db.execute(
            "UPDATE deliveries SET state = 'sending', owner = ?, attempt_at = ?"
            " WHERE broadcast_id = ? AND user_id = ? AND state = 'queued'",
            [owner, self.now(), broadcast_id, user_id]).rowcount == 1

    def finish_delivery(self, broadcast_id: int, user_id: int, state: str,
                        message_id: int | None = None, error: str | None = None) -> None:
        self.db.execute(
            "UPDATE deliveries SET state = ?, message_id = ?, error = ?,"
            " sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END"
            " WHERE broadcast_id = ? AND user_id = ?",
            [state, message_id, error, state, self.now(), broadcast_id, user_id])
        if state != "queued":
            self.db.execute(
                "UPDATE broadcasts SET state = 'done' WHERE id = ? AND state = 'queued'"
                " AND NOT EXISTS (SELECT 1 FROM deliveries WHERE broadcast_id = ?"
                " AND state IN ('queued', 'sending'))", [broadcast_id, broadcast_id])

    def expire_deliveries(self, now: datetime, lease: timedelta) -> int:
        n = self.db.execute(
            "UPDATE deliveries SET state = 'uncertain', error = 'interrupted while sending'"
            " WHERE state = 'sending' AND attempt_at < ?", [iso(now - lease)]).rowcount
        self.db.execute(
            "UPDATE broadcasts SET state = 'done' WHERE state = 'queued' AND NOT EXISTS"
            " (SELECT 1 FROM deliveries d WHERE d.broadcast_id = broadcasts.id"
            " AND d.state IN ('queued', 'sending'))")
        return n

    def delivery_counts(self, broadcast_id: int) -> dict[str, int]:
        rows = self.db.execute(
            "SELECT state, COUNT(*) FROM deliveries WHERE broadcast_id = ? GROUP BY state",
            [broadcast_id])
        return {r[0]: r[1] for r in rows.fetchall()}

    # counters and figures for /stats
    def bump(self, name: str, day: str) -> None:
        self.db.execute(
            "INSERT INTO counters (day, name, n) VALUES (?, ?, 1)"
            " ON CONFLICT(day, name) DO UPDATE SET n = n + 1", [day, name])

    def counter(self, name: str, day: str) -> int:
        row = self.db.execute(
            "SELECT n FROM counters WHERE day = ? AND name = ?", [day, name]).fetchone()
        return int(row[0]) if row else 0

    def user_counts(self) -> dict[str, int]:
        row = self.db.execute(
            "SELECT COUNT(*), COALESCE(SUM(active), 0),"
            " COALESCE(SUM(active = 1 AND push_enabled = 1), 0) FROM users").fetchone()
        return {"users": row[0], "active": row[1], "push_on": row[2]}

    def pushes_sent_between(self, start: datetime, end: datetime) -> tuple[int, int]:
        """Daily pushes sent in [start, end), and how many were answered by the next day."""
        row = self.db.execute(
            "SELECT COUNT(*), COALESCE(SUM(EXISTS (SELECT 1 FROM attempts a"
            " WHERE a.user_id = p.user_id AND a.answered_at >= p.sent_at"
            " AND a.answered_at < ?)), 0)"
            " FROM pushes p WHERE p.kind = 'daily' AND p.state = 'sent'"
            " AND p.sent_at >= ? AND p.sent_at < ?",
            [iso(end + timedelta(days=1)), iso(start), iso(end)]).fetchone()
        return int(row[0]), int(row[1])

    def attempts_by_question(self, since: datetime) -> list[tuple[str, int, int]]:
        """(question id, right, total) over graded attempts since ``since`` (a skip or a
        flashcard's self-rating is not graded: its ``correct`` is NULL)."""
        rows = self.db.execute(
            "SELECT question_id, SUM(correct), COUNT(*) FROM attempts WHERE answered_at >= ?"
            " AND correct IS NOT NULL GROUP BY question_id", [iso(since)]).fetchall()
        return [(r[0], int(r[1]), int(r[2])) for r in rows]

    # ---------------------------------------------------------------- backup
    def backup(self, target: str | Path) -> None:
        """A consistent copy through SQLite's online backup API."""
        dest = sqlite3.connect(str(target))
        try:
            self.db.conn.backup(dest)
        finally:
            dest.close()


def _serialised(fn: Callable[..., T]) -> Callable[..., T]:
    @functools.wraps(fn)
    def locked(self: Storage, *args: Any, **kwargs: Any) -> T:
        with self.lock:
            return fn(self, *args, **kwargs)

    return locked


# Every method that touches the connection takes the lock (re-entrant: methods call methods).
for _name, _fn in list(vars(Storage).items()):
    if (isinstance(_fn, types.FunctionType) and not _name.startswith("_")
            and _name not in ("run", "now", "close", "transaction")):
        setattr(Storage, _name, _serialised(_fn))


_SCHEDULE = {"daily": ("next_push_at", "push_enabled"),
             "reminder": ("next_reminder_at", "streak_reminder")}


def _as_dict(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> dict[str, Any]:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}
