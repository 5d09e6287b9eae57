"""/settings and /daily through the tutor core: buttons, typed times and zones, the course."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot import texts
from bot.context import ManualClock
from bot.events import ButtonPress, Command, Text, User
from bot.tutor import Tutor

ASHA = User(42, "Asha", "en")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 1, 5, 6, 0, tzinfo=UTC))  # 11:30 IST


@pytest.fixture
def tutor(settings, storage, pool, clock) -> Tutor:
    return Tutor(settings, storage, pool, clock=clock)


def _text(replies) -> Text:
    (reply,) = [r for r in replies if isinstance(r, Text)]
    return reply


def _data(reply: Text) -> list[str]:
    return [b.data for row in reply.buttons for b in row]


async def test_start_says_when_the_daily_question_comes(tutor) -> None:
    reply = _text(await tutor.handle(Command(ASHA, "start")))
    assert "20:00" in reply.html and "Asia/Kolkata" in reply.html and "/daily off" in reply.html
    assert reply.buttons  # the main menu stays on the one message


@pytest.mark.parametrize("typed,stored", [
    ("9pm", "21:00"), ("21:00", "21:00"), ("7:30 am", "07:30"), ("7pm", "19:00"),
    ("19:30", "19:30"),
])
async def test_settings_time_accepts_what_students_type(tutor, storage, typed, stored) -> None:
    await tutor.handle(Command(ASHA, "start"))
    reply = _text(await tutor.handle(Command(ASHA, "settings", f"time {typed}")))
    assert storage.user(ASHA.id).push_time == stored
    assert f"<b>{stored}</b>" in reply.html and "Next one" in reply.html


@pytest.mark.parametrize("typed,stored", [
    ("IST", "Asia/Kolkata"), ("+5:30", "Asia/Kolkata"), ("+5:45", "Asia/Kathmandu"),
    ("Europe/London", "Europe/London"), ("america/new_york", "America/New_York"),
])
async def test_settings_zone_accepts_abbreviations_offsets_and_iana(tutor, storage, typed,
                                                                   stored) -> None:
    await tutor.handle(Command(ASHA, "start"))
    await tutor.handle(Command(ASHA, "settings", "tz UTC"))
    await tutor.handle(Command(ASHA, "settings", f"tz {typed}"))
    assert storage.user(ASHA.id).timezone == stored


async def test_settings_reads_a_bare_time_or_zone(tutor, storage) -> None:
    await tutor.handle(Command(ASHA, "start"))
    await tutor.handle(Command(ASHA, "settings", "9pm"))
    await tutor.handle(Command(ASHA, "settings", "+5:45"))
    user = storage.user(ASHA.id)
    assert (user.push_time, user.timezone) == ("21:00", "Asia/Kathmandu")


@pytest.mark.parametrize("args", ["time 25:99", "time soon", "tz Mars/Base", "tz +5:20",
                                  "course history", "colour blue"])
async def test_bad_settings_get_a_specific_reply_and_change_nothing(tutor, storage,
                                                                    args) -> None:
    await tutor.handle(Command(ASHA, "start"))
    before = storage.user(ASHA.id)
    reply = _text(await tutor.handle(Command(ASHA, "settings", args)))
    assert reply.html.startswith("🤔")
    assert storage.user(ASHA.id) == before


async def test_daily_off_on_and_time(tutor, storage) -> None:
    await tutor.handle(Command(ASHA, "start"))
    off = _text(await tutor.handle(Command(ASHA, "daily", "off")))
    assert "off" in off.html and not storage.user(ASHA.id).push_enabled
    assert storage.user(ASHA.id).next_push_at is None
    await tutor.handle(Command(ASHA, "daily", "07:30"))
    user = storage.user(ASHA.id)
    assert user.push_enabled and user.push_time == "07:30"
    assert user.next_push_at == "2026-01-06T02:00:00+00:00"  # 07:30 IST tomorrow
    on = _text(await tutor.handle(Command(ASHA, "daily", "on")))
    assert "07:30" in on.html


async def test_settings_buttons_edit_the_message(tutor, storage) -> None:
    await tutor.handle(Command(ASHA, "start"))
    menu = _text(await tutor.handle(Command(ASHA, "settings")))
    for expected in ("C:push:off", "C:rem:on", "C:time:menu", "C:tz:menu", "C:course:menu"):
        assert expected in _data(menu)
    times = _text(await tutor.handle(ButtonPress(ASHA, "C:time:menu")))
    assert times.edit and "C:time:0700" in _data(times)
    done = _text(await tutor.handle(ButtonPress(ASHA, "C:time:0700")))
    assert done.edit and storage.user(ASHA.id).push_time == "07:00"
    zones = _text(await tutor.handle(ButtonPress(ASHA, "C:tz:menu")))
    nepal = next(b.data for row in zones.buttons for b in row if "Nepal" in b.label)
    await tutor.handle(ButtonPress(ASHA, nepal))
    assert storage.user(ASHA.id).timezone == "Asia/Kathmandu"
    await tutor.handle(ButtonPress(ASHA, "C:course:calc"))
    assert storage.user(ASHA.id).course == "calc"
    await tutor.handle(ButtonPress(ASHA, "C:rem:on"))
    assert storage.user(ASHA.id).streak_reminder and storage.user(ASHA.id).next_reminder_at
    off = _text(await tutor.handle(ButtonPress(ASHA, "C:push:off")))
    assert "C:push:on" in _data(off) and not storage.user(ASHA.id).push_enabled
    for stale in ("C:tz:99", "C:time:9999", "C:course:art", "C:zzz"):
        assert "expired" in _text(await tutor.handle(ButtonPress(ASHA, stale))).html


async def test_the_chosen_course_feeds_the_daily_question(tutor, storage) -> None:
    from bot.events import Quiz
    from bot.quiz import daily_question
    from content import load_curriculum

    await tutor.handle(Command(ASHA, "start"))  # lessons start in linear algebra
    for course in ("calc", "pca", "lessons"):
        await tutor.handle(Command(ASHA, "settings", f"course {course}"))
        replies = daily_question(tutor.ctx, ASHA)  # a preview note may come first
        quiz = next(r for r in replies if isinstance(r, Quiz))
        asked = storage.ask(quiz.ask_id).question_id
        expected = "la" if course == "lessons" else course
        assert load_curriculum().question_module(asked).course == expected


def test_settings_texts_and_prefixes_are_registered() -> None:
    assert texts.PREFS == "C:" and texts.BROADCAST == "B:"
    prefixes = [texts.MENU, texts.SOLUTION, texts.LESSON, texts.TOPICS, texts.QUIZ,
                texts.PREFS, texts.BROADCAST]
    assert len(set(prefixes)) == len(prefixes)


async def test_a_time_or_zone_typed_right_after_the_menu(tutor, storage, clock) -> None:
    from bot.events import TextMessage

    await tutor.handle(Command(ASHA, "start"))
    await tutor.handle(ButtonPress(ASHA, "C:time:menu"))
    reply = _text(await tutor.handle(TextMessage(ASHA, "7:30 pm")))
    assert storage.user(ASHA.id).push_time == "19:30" and "19:30" in reply.html
    await tutor.handle(ButtonPress(ASHA, "C:tz:menu"))
    await tutor.handle(TextMessage(ASHA, "+5:45"))
    assert storage.user(ASHA.id).timezone == "Asia/Kathmandu"
    # once used, or when the message is no time, the menu is forgotten: "9pm" later is not
    # a setting, and neither is a problem typed after the menu
    await tutor.handle(ButtonPress(ASHA, "C:time:menu"))
    clock.advance(minutes=11)
    await tutor.handle(TextMessage(ASHA, "9pm"))
    assert storage.user(ASHA.id).push_time == "19:30"
    await tutor.handle(ButtonPress(ASHA, "C:time:menu"))
    await tutor.handle(TextMessage(ASHA, "det [1 2; 3 4]"))
    assert storage.pending_setting(ASHA.id) is None
    assert storage.user(ASHA.id).push_time == "19:30"
