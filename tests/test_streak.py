"""Streaks count consecutive local days, in the student's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bot.streak import local_days, streak

IST = ZoneInfo("Asia/Kolkata")


def test_consecutive_days_ending_today_or_yesterday() -> None:
    d = date(2026, 3, 10)
    days = {date(2026, 3, 8), date(2026, 3, 9), d}
    assert streak(days, d) == 3
    assert streak(days - {d}, d) == 2  # alive until midnight
    assert streak({date(2026, 3, 7)}, d) == 0  # a gap breaks it
    assert streak(set(), d) == 0


def test_local_days_follow_the_time_zone() -> None:
    # 19:00 UTC is 00:30 the next day in India: two UTC evenings are two Indian days apart
    times = [datetime(2026, 3, 9, 19, 0, tzinfo=UTC), datetime(2026, 3, 10, 17, 0, tzinfo=UTC)]
    assert local_days(times, IST) == {date(2026, 3, 10)}
    assert local_days(times, ZoneInfo("UTC")) == {date(2026, 3, 9), date(2026, 3, 10)}
