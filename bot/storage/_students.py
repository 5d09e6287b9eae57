"""Students: their rows, lesson progress, quiz attempts, remembered problems, requests
in flight, and privacy (/mydata, /forget, retention)."""

from __future__ import annotations

from datetime import UTC, timedelta
from typing import Any

from ._rows import (
    MAX_PROBLEM_TEXT,
    Connection,
    UserRow,
)


class StudentSQL(Connection):
    """Students' rows, progress, attempts, problems, requests, their data."""

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
