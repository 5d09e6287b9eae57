"""bot.srs: FSRS reviews follow the injected clock; a failed card is due before a passed one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fsrs import Rating

from bot import srs
from bot.context import Context, ManualClock
from bot.storage import AttemptRow


def test_again_is_due_sooner_than_good_and_good_sooner_than_easy() -> None:
    now = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    dues = {r: srs.review(None, r, now)[0].due for r in (Rating.Again, Rating.Good, Rating.Easy)}
    assert dues[Rating.Again] < dues[Rating.Good] < dues[Rating.Easy]
    assert all(d.tzinfo is not None and d > now for d in dues.values())


def test_a_card_learned_then_forgotten_is_a_lapse() -> None:
    now = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    card, _ = srs.review(None, Rating.Easy, now)  # straight to Review
    later = card.due + timedelta(hours=1)
    card2, lapse = srs.review(card.to_json(), Rating.Again, later)
    assert lapse and card2.due < later + timedelta(days=1)


def test_record_is_idempotent_and_follows_the_clock(settings, storage, pool) -> None:
    clock = ManualClock(datetime(2026, 5, 1, 9, 0, tzinfo=UTC))
    ctx = Context(settings, storage, pool, clock=clock)
    storage.touch_user(1, "A", "en", "UTC", "20:00")
    ask_id = storage.new_ask(1, "la-w3-q-det-2x2", "free", module_id="la-w3")
    ask = storage.ask(ask_id)
    first = srs.record(ctx, ask, 1, idem_key="k1", answer="-2", verdict="right", correct=True)
    again = srs.record(ctx, ask, 1, idem_key="k1", answer="-2", verdict="right", correct=True)
    assert first.counted and not again.counted
    assert storage.db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == 1
    due = storage.card_dues(1)["la-w3-q-det-2x2"]
    assert due == srs.iso(first.due) and first.due > clock()
    assert storage.due_cards(1, srs.iso(clock())) == []
    clock.advance(days=30)
    assert storage.due_cards(1, srs.iso(clock())) == [("la-w3-q-det-2x2", due)]


def test_attempt_rows_carry_the_generator_seed(storage: object) -> None:
    from bot.storage import Storage

    assert isinstance(storage, Storage)
    storage.touch_user(2, "B", "en", "UTC", "20:00")
    ask_id = storage.new_ask(2, "la-w3-gen-det-2x2-77", "free", seed=77)
    attempt = AttemptRow(2, "la-w3-gen-det-2x2-77", False, "3", "wrong", ask_id, 77, 1, "g1")
    assert storage.record_answer(attempt, None)
    assert storage.attempts(2)[0].seed == 77


def test_migration_keeps_old_polls_and_attempts(tmp_path, monkeypatch) -> None:
    from bot import storage as storage_module
    from bot.storage import MIGRATIONS, Storage

    path = tmp_path / "old.db"
    monkeypatch.setattr(storage_module, "MIGRATIONS", MIGRATIONS[:1])  # a v1 database
    old = Storage.open(path)
    old.touch_user(3, "C", "en", "UTC", "20:00")
    old.db["polls"].insert({"poll_id": "tg-1", "user_id": 3, "question_id": "la-w3-q-x",
                            "correct_option": 2, "created_at": "2026-01-01T00:00:00+00:00"})
    old.record_attempt(3, "la-w3-q-x", True)
    old.close()
    monkeypatch.setattr(storage_module, "MIGRATIONS", MIGRATIONS)
    new = Storage.open(path)
    try:
        assert new.schema_version == len(MIGRATIONS)
        ask = new.ask_for_poll("tg-1")
        assert ask is not None and ask.user_id == 3 and ask.correct == 2
        assert ask.option_order is None  # recomputed for the student asked
        assert [a.question_id for a in new.attempts(3)] == ["la-w3-q-x"]
        assert not new.db["polls"].exists()
    finally:
        new.close()


async def test_a_question_seen_but_skipped_is_a_card_due_later_not_at_once(settings, storage,
                                                                           pool) -> None:
    """Every question a student has seen is a card: skipped (or a poll left open), it comes
    back after a few hours, not straight away."""
    from datetime import UTC, datetime, timedelta

    from bot.context import ManualClock
    from bot.events import Command, TextMessage, User
    from bot.srs import SEEN_DUE, card_key
    from bot.tutor import Tutor

    clock = ManualClock(datetime(2026, 5, 1, 9, 0, tzinfo=UTC))
    tutor = Tutor(settings, storage, pool, clock=clock)
    user = User(77, "Skipper")
    await tutor.handle(Command(user, "practice", "la-w3"))
    ask = storage.pending_ask(user.id)
    assert ask is not None
    await tutor.handle(TextMessage(user, "skip"))
    due = storage.card_dues(user.id)[card_key(ask.question_id)]
    assert datetime.fromisoformat(due) == clock() + SEEN_DUE
    assert all(a.correct is None for a in storage.attempts(user.id))  # a skip is not graded
    soon = (clock() + timedelta(hours=1)).isoformat(timespec="seconds")
    assert card_key(ask.question_id) not in dict(storage.due_cards(user.id, soon))
    later = (clock() + SEEN_DUE + timedelta(minutes=1)).isoformat(timespec="seconds")
    assert card_key(ask.question_id) in dict(storage.due_cards(user.id, later))
