"""/settings: the student's time zone and daily quiz time."""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .events import Command, Event, Reply, Text

if TYPE_CHECKING:
    from .context import Context

USAGE = (
    "Change them with\n"
    "<code>/settings time 21:30</code> (24-hour clock)\n"
    "<code>/settings tz Asia/Kolkata</code> (your time zone)"
)


async def settings(ctx: Context, event: Event) -> list[Reply]:
    user = ctx.storage.user(event.user.id)
    assert user is not None  # the tutor creates users on first contact
    args = event.args.split() if isinstance(event, Command) else []
    if len(args) == 2 and args[0].lower() in ("time", "push"):
        m = re.fullmatch(r"([01]?\d|2[0-3])[:.]([0-5]\d)", args[1])
        if not m:
            return [Text(f"🤔 <code>{escape(args[1][:20])}</code> is not a time. "
                         "Write it like <code>/settings time 21:30</code>.")]
        value = f"{int(m[1]):02d}:{m[2]}"
        ctx.storage.set_user_fields(user.id, push_time=value)
        return [Text(f"✅ Daily quiz time set to <b>{value}</b> ({escape(user.timezone)}).")]
    if len(args) == 2 and args[0].lower() in ("tz", "timezone", "zone"):
        try:
            ZoneInfo(args[1])
        except (ZoneInfoNotFoundError, ValueError):
            return [Text(f"🤔 I don't know the time zone <code>{escape(args[1][:40])}</code>. "
                         "Use a name like <code>Asia/Kolkata</code> or "
                         "<code>Europe/London</code>.")]
        ctx.storage.set_user_fields(user.id, timezone=args[1])
        return [Text(f"✅ Time zone set to <b>{escape(args[1])}</b>.")]
    if args:
        return [Text("🤔 I didn't get that setting.\n" + USAGE)]
    return [Text(
        "<b>Your settings</b>\n"
        f"Time zone: <b>{escape(user.timezone)}</b>\n"
        f"Daily quiz time: <b>{escape(user.push_time)}</b> "
        "<i>(the daily push starts in a coming update)</i>\n\n" + USAGE
    )]
