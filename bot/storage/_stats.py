"""Counters and figures for /stats and `mml-tutor stats`."""

from __future__ import annotations

from datetime import datetime, timedelta

from ._rows import (
    Connection,
    iso,
)


class StatsSQL(Connection):
    """Daily counters and the figures of /stats."""

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
