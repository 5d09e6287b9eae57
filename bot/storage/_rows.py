"""What the SQL methods share: time as stored, the row types they return, and the
connection they run on (``Connection``: the database, the clock, the lock, one write
transaction)."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

MAX_PROBLEM_TEXT = 4000  # characters; the parser itself reads at most 2,000


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(when: datetime) -> str:
    """A time as stored: ISO 8601, UTC, whole seconds (so strings sort as times)."""
    return when.astimezone(UTC).isoformat(timespec="seconds")


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


def _as_dict(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> dict[str, Any]:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


class Connection:
    """The state every group of SQL methods uses (``Storage`` sets it up)."""

    db: sqlite_utils.Database
    clock: Callable[[], datetime]
    lock: threading.RLock

    def now(self) -> str:
        """Now as stored: ISO 8601, UTC, whole seconds."""
        return iso(self.clock())

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
