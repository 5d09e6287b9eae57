"""Practice: the questions put to students (asks), their answers, FSRS cards."""

from __future__ import annotations

import json

from ._rows import (
    Ask,
    AttemptRow,
    CardRow,
    Connection,
    _ask,
)


class PracticeSQL(Connection):
    """Asks, answers (once per idempotency key) and FSRS cards."""

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
