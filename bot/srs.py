"""Spaced repetition with FSRS: every question a student has seen is a card; an answer is a review.

Usage::

    from bot import srs
    srs.record(ctx, ask, correct=True, answer="2x+1", idem_key="ask:12:7")   # Good
    srs.record(ctx, ask, rating=Rating.Hard, ...)                             # a flashcard

A right answer is ``Rating.Good``, a wrong one (or "I don't know") ``Rating.Again``; interview
flashcards are self-rated Again/Hard/Good/Easy. The card (``fsrs.Card``, stored as its JSON)
and the attempt row are written in one transaction, at most once per idempotency key, so a
redelivered update or a second answer to the same poll counts once. Times are aware UTC from
``ctx.now()``; fuzzing is off so the same answers always give the same due dates (tests).

Why FSRS (the ``fsrs`` package): it models each card's stability and difficulty from the
student's own answers and schedules for 90 % recall, with fewer reviews than SM-2 for the same
retention; the package is small, pure Python, and takes the review time as a parameter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from fsrs import Card, Rating, Scheduler, State

from .storage import Ask, AttemptRow, CardRow

if TYPE_CHECKING:
    from .context import Context

SCHEDULER = Scheduler(enable_fuzzing=False)
RATINGS = {1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy}


@dataclass(frozen=True)
class Recorded:
    counted: bool  # False: this answer was already recorded (a duplicate), nothing changed
    due: datetime | None = None  # when the card comes back


def iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="seconds")


def card_key(question_id: str) -> str:
    """One card per question id (a generated question's id carries its generator and seed)."""
    return question_id


def review(card_json: str | None, rating: Rating, now: datetime) -> tuple[Card, bool]:
    """The card after this review, and whether it was a lapse (a learned card forgotten)."""
    card = Card.from_json(card_json) if card_json else Card(card_id=1, due=now)
    lapse = card.state == State.Review and rating == Rating.Again
    card, _log = SCHEDULER.review_card(card, rating, review_datetime=now)
    return card, lapse


SEEN_DUE = timedelta(hours=6)  # a question seen and not answered (skipped, a poll left open)


def seen(ctx: Context, user_id: int, question_id: str) -> None:
    """Every question a student has seen is a card: asked and never answered (skipped, a
    poll left open), it is due again after ``SEEN_DUE``, not at once; an answer reviews it."""
    key = card_key(question_id)
    if ctx.storage.card(user_id, key) is not None:
        return
    card = Card()
    card.due = ctx.now() + SEEN_DUE
    ctx.storage.ensure_card(user_id, CardRow(key, card.to_json(), iso(card.due),
                                             int(card.state), False))


def record(ctx: Context, ask: Ask, user_id: int, *, idem_key: str, answer: str,
           verdict: str, correct: bool | None = None, rating: Rating | None = None,
           message_key: str | None = None) -> Recorded:
    """Store one answer and review its card (right -> Good, wrong -> Again), idempotently."""
    if rating is None:
        rating = Rating.Good if correct else Rating.Again
    now = ctx.now()
    key = card_key(ask.question_id)
    card, lapse = review(ctx.storage.card(user_id, key), rating, now)
    attempt = AttemptRow(user_id, ask.question_id, correct, answer, verdict, ask.id, ask.seed,
                         int(rating), idem_key, message_key)
    row = CardRow(key, card.to_json(), iso(card.due), int(card.state), lapse)
    if not ctx.storage.record_answer(attempt, row):
        return Recorded(False)
    return Recorded(True, card.due)
