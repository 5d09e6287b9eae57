"""When a student's daily push and reminder fall: pure functions over aware datetimes.

Shared by ``preferences`` (recompute on a settings change) and ``push`` (advance after a
claim), neither of which may import the other. Every slot is a local wall-clock time on a
local date, turned into UTC through ``zoneinfo``, so DST shifts and half- or quarter-hour zones
(India +5:30, Nepal +5:45) come out right. A wall time that does not exist on a spring-forward
day (02:30 in New York) falls at the same distance after the jump (03:30), as zoneinfo's
``fold=0`` gives; a repeated one (autumn) takes its first occurrence.

Parsing of what students type: ``parse_time`` (``19:30``, ``7pm``, ``7:30 am``, ``0730``) and
``parse_zone`` (``IST``, ``+5:30``, ``UTC+5:45``, IANA names in any case).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

if TYPE_CHECKING:
    from .config import Settings
    from .storage import Storage, UserRow

KINDS = ("daily", "reminder")

# Abbreviations students use; ambiguous ones (BST, CST) are left out on purpose.
ZONE_ABBREVIATIONS = {
    "ist": "Asia/Kolkata", "npt": "Asia/Kathmandu", "pkt": "Asia/Karachi",
    "bdt": "Asia/Dhaka", "sgt": "Asia/Singapore", "gst": "Asia/Dubai", "jst": "Asia/Tokyo",
    "utc": "UTC", "gmt": "UTC", "z": "UTC", "cet": "Europe/Paris", "cest": "Europe/Paris",
    "est": "America/New_York", "edt": "America/New_York", "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles", "aest": "Australia/Sydney",
}
# A UTC offset names no zone; these are the zones most students with that offset live in.
# Whole hours without an entry use Etc/GMT-N (POSIX sign: Etc/GMT-5 is UTC+5, no DST).
OFFSET_ZONES = {
    (5, 30): "Asia/Kolkata", (5, 45): "Asia/Kathmandu", (6, 0): "Asia/Dhaka",
    (5, 0): "Asia/Karachi", (4, 0): "Asia/Dubai", (8, 0): "Asia/Singapore",
    (3, 30): "Asia/Tehran", (4, 30): "Asia/Kabul", (6, 30): "Asia/Yangon",
    (9, 30): "Australia/Darwin", (8, 45): "Australia/Eucla", (10, 30): "Australia/Lord_Howe",
    (12, 45): "Pacific/Chatham", (-3, -30): "America/St_Johns", (-9, -30): "Pacific/Marquesas",
    (0, 0): "UTC",
}

_TIME_RE = re.compile(
    r"(?P<h>\d{1,2})(?:\s*[:.h]\s*(?P<m>\d{2}))?\s*(?P<ampm>[ap]\.?\s*m\.?)?", re.IGNORECASE)
_COMPACT_RE = re.compile(r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)")
_OFFSET_RE = re.compile(
    r"(?:utc|gmt)?\s*(?P<sign>[+-])\s*(?P<h>\d{1,2})(?:\s*[:.]?\s*(?P<m>\d{2}))?",
    re.IGNORECASE)


def parse_time(text: str) -> time | None:
    """``19:30``, ``7pm``, ``7:30 am``, ``9 PM``, ``07.30``, ``0730``, ``12am`` -> a time."""
    t = text.strip().lower().replace("noon", "12pm").replace("midnight", "12am")
    if m := _COMPACT_RE.fullmatch(t):
        return time(int(m["h"]), int(m["m"]))
    m = _TIME_RE.fullmatch(t)
    if not m:
        return None
    hour, minute = int(m["h"]), int(m["m"] or 0)
    if minute > 59:
        return None
    if m["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ampm"].startswith("p") else 0)
    elif m["m"] is None or hour > 23:
        return None  # a bare "7" is ambiguous: ask for 7am / 7pm / 19:00
    return time(hour, minute)


@cache
def _zones_by_lower() -> dict[str, str]:
    return {name.lower(): name for name in available_timezones()}


def parse_zone(text: str) -> str | None:
    """An IANA zone name for what the student typed, or None."""
    t = text.strip()
    if not t or len(t) > 64:
        return None
    if (abbr := ZONE_ABBREVIATIONS.get(t.lower())) is not None:
        return abbr
    if m := _OFFSET_RE.fullmatch(t):
        hours, minutes = int(m["h"]), int(m["m"] or 0)
        if hours > 14 or minutes not in (0, 15, 30, 45):
            return None
        sign = -1 if m["sign"] == "-" else 1
        key = (sign * hours, sign * minutes)
        if key in OFFSET_ZONES:
            return OFFSET_ZONES[key]
        if minutes == 0:
            return f"Etc/GMT{'-' if sign > 0 else '+'}{hours}"
        return None
    name = _zones_by_lower().get(t.lower().replace(" ", "_"))
    if name is None:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name


def zone(name: str, fallback: str = "UTC") -> ZoneInfo:
    """The student's zone; an unknown stored name falls back instead of failing a push."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(fallback)


def hhmm(value: str) -> time:
    """A stored ``HH:MM``."""
    h, _, m = value.partition(":")
    return time(int(h), int(m or 0))


def slot(day: date, at: time, tz: ZoneInfo) -> datetime:
    """The UTC instant of wall time ``at`` on local ``day``."""
    return datetime.combine(day, at, tzinfo=tz).astimezone(UTC)


def next_slot(at: time, tz: ZoneInfo, after: datetime,
              taken: set[date] = frozenset()) -> tuple[date, datetime]:  # type: ignore[assignment]
    """The first slot strictly after ``after`` on a local day not yet ``taken``."""
    day = after.astimezone(tz).date() - timedelta(days=1)
    while True:
        when = slot(day, at, tz)
        if when > after and day not in taken:
            return day, when
        day += timedelta(days=1)


def latest_slot(at: time, tz: ZoneInfo, now: datetime) -> tuple[date, datetime]:
    """The last slot at or before ``now``."""
    day = now.astimezone(tz).date() + timedelta(days=1)
    while True:
        when = slot(day, at, tz)
        if when <= now:
            return day, when
        day -= timedelta(days=1)


def local_midnight_after(day: date, tz: ZoneInfo) -> datetime:
    """The UTC instant the local ``day`` ends."""
    return slot(day + timedelta(days=1), time(0, 0), tz)


def push_time(settings: Settings, kind: str, user: UserRow) -> time:
    """The wall time of the student's daily question, or of the streak reminder."""
    if kind == "daily":
        return hhmm(user.push_time)
    return time(24 - settings.streak_reminder_hours, 0)


def reschedule(storage: Storage, settings: Settings, user: UserRow, now: datetime,
               kind: str | None = None) -> None:
    """Recompute the student's next slot(s) after ``now``: after a settings change, a claim,
    a reactivation. A local day already claimed is never scheduled again."""
    for k in (kind,) if kind else KINDS:
        column = "next_push_at" if k == "daily" else "next_reminder_at"
        enabled = (user.push_enabled if k == "daily" else user.streak_reminder) and user.active
        if not enabled:
            storage.set_schedule(user.id, column, None)
            continue
        tz = zone(user.timezone, settings.default_timezone)
        since = (now.astimezone(tz).date() - timedelta(days=1)).isoformat()
        taken = {date.fromisoformat(d) for d in storage.claimed_dates(user.id, k, since)}
        _, when = next_slot(push_time(settings, k, user), tz, now, taken)
        storage.set_schedule(user.id, column, when)
