"""The schema: ordered migrations, each one transaction, recorded in ``schema_version``
(``Storage.migrate`` applies the missing ones at start-up)."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils


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
