"""Mastery levels, /progress (a PNG and a short text) and mastery on /topics."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot import mastery
from bot.context import ManualClock
from bot.events import ButtonPress, Command, Photo, QuizAnswer, Text, User
from bot.tutor import Tutor
from content import load_curriculum as curriculum

ASHA = User(31, "Asha", "en")
T0 = datetime(2026, 4, 1, 10, 0, tzinfo=UTC)


def test_mastery_levels_climb_with_recent_results() -> None:
    assert mastery.level([]).level == 0
    assert mastery.level([("q1", False, T0)]).level == 1
    three = [(f"q{i}", i != 0, T0) for i in range(3)]
    assert mastery.level(three).level == 2
    five = [(f"q{i}", True, T0) for i in range(5)]
    assert mastery.level(five).level == 3
    eight_same_day = [(f"q{i}", True, T0) for i in range(8)]
    assert mastery.level(eight_same_day).level == 3  # not yet survived a spaced review
    spaced = [*eight_same_day, ("q0", True, T0 + timedelta(days=2))]
    assert mastery.level(spaced).level == 4
    slipping = [*spaced, *[(f"q{i}", False, T0 + timedelta(days=3)) for i in range(6)]]
    assert mastery.level(slipping).level <= 2  # recent results count, not old glory


def test_removed_questions_count_for_nothing() -> None:
    standing = mastery.standings(curriculum(), [("la-w9-q-gone", True, T0)])
    assert all(s.answered == 0 for s in standing.values())
    gen = mastery.standings(curriculum(), [("la-w3-gen-det-2x2-5", True, T0)])
    assert gen["la-w3"].answered == 1


async def test_progress_sends_a_phone_sized_png_with_the_summary(settings, storage, pool) -> None:
    clock = ManualClock(T0)
    tutor = Tutor(settings, storage, pool, clock=clock)
    for day in range(3):  # three days in a row with an answer
        replies = await tutor.handle(Command(ASHA, "quiz", "la-w3"))
        quiz = next(r for r in replies if hasattr(r, "ask_id"))
        tutor.poll_sent(quiz.ask_id, f"p{day}")
        await tutor.handle(QuizAnswer(ASHA, f"p{day}", quiz.correct if day else
                                      (quiz.correct + 1) % len(quiz.options)))
        clock.advance(days=1)
    clock.advance(hours=-20)
    photo = (await tutor.handle(Command(ASHA, "progress")))[0]
    assert isinstance(photo, Photo) and photo.png.startswith(b"\x89PNG")
    assert len(photo.png) < 200_000 and len(photo.caption) <= 1024
    assert "Streak: 3 days" in photo.caption and "3 questions" in photo.caption
    assert "67% right" in photo.caption and "LA W3" in photo.caption
    practise = photo.buttons[0][0]
    assert practise.data == "P:next:la-w3"
    replies = await tutor.handle(ButtonPress(ASHA, practise.data))
    assert any(isinstance(r, Text) and "✏️" in r.html for r in replies)


async def test_progress_for_a_newcomer(tutor: Tutor) -> None:
    photo = (await tutor.handle(Command(ASHA, "progress")))[0]
    assert isinstance(photo, Photo) and "Streak: 0 days" in photo.caption
    assert "no answers yet" in photo.caption and "Start with" in photo.caption


async def test_topics_show_mastery(tutor: Tutor) -> None:
    replies = await tutor.handle(Command(ASHA, "quiz", "la-w3"))
    quiz = next(r for r in replies if hasattr(r, "ask_id"))
    tutor.poll_sent(quiz.ask_id, "t1")
    await tutor.handle(QuizAnswer(ASHA, "t1", quiz.correct))
    course = (await tutor.handle(ButtonPress(ASHA, "T:c:la")))[0]
    labels = [b.label for row in course.buttons for b in row]
    assert any(lb.startswith("◔ W3") for lb in labels), labels
    assert "Mastery" in course.html
    module = (await tutor.handle(ButtonPress(ASHA, "T:m:la-w3")))[0]
    assert "Mastery: attempted" in module.html
