"""The daily push's bookkeeping: settings and schedules, claims per local day, broadcasts
and their deliveries (states: bot/push.py). Every method that may run inside
``transaction()`` uses plain ``execute`` (sqlite-utils' table helpers commit on their own)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ._rows import (
    Connection,
    UserRow,
    _as_dict,
    iso,
)


class PushSQL(Connection):
    """Settings, schedules, push claims, broadcasts and deliveries."""

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


_SCHEDULE = {"daily": ("next_push_at", "push_enabled"),
             "reminder": ("next_reminder_at", "streak_reminder")}
