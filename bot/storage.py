"""All SQL lives here: users, lesson progress, quiz attempts, remembered problems.

SQLite through sqlite-utils, WAL mode, foreign keys on. The schema grows by ordered migrations
recorded in ``schema_version``; ``Storage.open`` applies the missing ones at start-up.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils

logger = logging.getLogger(__name__)
MAX_PROBLEM_TEXT = 4000  # characters; the parser itself reads at most 2,000


def utc_now() -> datetime:
    return datetime.now(UTC)


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


def _m_requests(db: sqlite_utils.Database) -> None:
    # Heavy requests being worked on: a row left behind at start-up was interrupted by a
    # crash or restart, and the student is told so (nothing is answered twice or silently lost)
    # (no foreign key: a first message is written down before its user row exists)
    db["requests"].create(
        {"id": int, "user_id": int, "chat_id": int, "received_at": str}, pk="id")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_m1_core, _m_requests]


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


class Storage:
    """The one owner of the database. Calls are short; they run on the event loop thread."""

    def __init__(
        self, db: sqlite_utils.Database, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self.db = db
        self.clock = clock  # the tutor's Context sets its own clock here (tests move time)

    def now(self) -> str:
        """Now as stored: ISO 8601, UTC, whole seconds."""
        return self.clock().astimezone(UTC).isoformat(timespec="seconds")

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
        self, user_id: int, name: str, language: str, timezone: str, push_time: str
    ) -> UserRow:
        """Create the user on first contact; afterwards refresh name and last-seen time."""
        now = self.now()
        self.db.execute(
            "INSERT INTO users (id, name, language, timezone, push_time, created_at, last_seen,"
            " active) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"
            " ON CONFLICT(id) DO UPDATE SET name = excluded.name, language = excluded.language,"
            " last_seen = excluded.last_seen, active = 1",
            [user_id, name, language, timezone, push_time, now, now],
        )
        user = self.user(user_id)
        assert user is not None
        return user

    def user(self, user_id: int) -> UserRow | None:
        rows = list(self.db["users"].rows_where("id = ?", [user_id]))
        if not rows:
            return None
        r = rows[0]
        return UserRow(**{**r, "active": bool(r["active"])})

    def count_users(self) -> int:
        return self.db["users"].count

    def set_user_fields(self, user_id: int, **fields: Any) -> None:
        allowed = {"timezone", "push_time", "active", "language"}
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
        self.db["state"].upsert(
            {"user_id": user_id, "pending_question": question_id,
             "pending_at": self.now() if question_id else None},
            pk="user_id",
        )

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

    def remember_poll(self, poll_id: str, user_id: int, question_id: str, correct: int) -> None:
        self.db["polls"].upsert(
            {"poll_id": poll_id, "user_id": user_id, "question_id": question_id,
             "correct_option": correct, "created_at": self.now()},
            pk="poll_id",
        )

    def poll(self, poll_id: str) -> dict[str, Any] | None:
        rows = list(self.db["polls"].rows_where("poll_id = ?", [poll_id]))
        return rows[0] if rows else None

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

    # ---------------------------------------------------------------- backup
    def backup(self, target: str | Path) -> None:
        """A consistent copy through SQLite's online backup API."""
        dest = sqlite3.connect(str(target))
        try:
            self.db.conn.backup(dest)
        finally:
            dest.close()
