"""Streaks: consecutive local days with at least one answered question.

Pure functions over dates, so ``/progress``, the daily push and the "streak at risk" reminder
count the same way. A streak is still alive on a day the student has not answered yet: it
counts up to yesterday until their local midnight.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo


def local_days(times: Iterable[datetime], tz: ZoneInfo) -> set[date]:
    """The student's local calendar days of these aware times."""
    return {t.astimezone(tz).date() for t in times}


def streak(days: set[date], today: date) -> int:
    """Consecutive days with an answer, ending today (or yesterday, if today has none yet)."""
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def answered_today(days: set[date], today: date) -> bool:
    return today in days
