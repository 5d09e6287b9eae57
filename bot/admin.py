"""For ADMIN_USER_IDS only: /stats and /broadcast (the router checks who asks).

Usage::

    /stats              users, active, pushes sent today and answered, accuracy by module,
                        solver requests and errors today
    /broadcast TEXT     a preview with Send / Cancel buttons (B:ok:<id>, B:no:<id>); on Send the
                        deliveries are queued and the push pass sends them, rate-limited and
                        resumable after a restart (states in bot/push.py)

"Today" is the day in ``DEFAULT_TIMEZONE``. ``mml-tutor stats`` prints the same figures.
Admin actions never touch a student's row (no reactivation, no name change). The handlers
are plain functions: the router runs them on the database thread.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, time, timedelta
from html import escape
from typing import TYPE_CHECKING

from . import texts
from .events import Button, ButtonPress, Command, Event, Reply, Text, keyboard

if TYPE_CHECKING:
    from .context import Context

MAX_BROADCAST = 3500  # leaves room under Telegram's 4096 after escaping


def today(ctx: Context) -> tuple[str, datetime, datetime]:
    """The admin's day: (ISO date, start UTC, end UTC) in DEFAULT_TIMEZONE."""
    tz = ctx.settings.tz
    day = ctx.now().astimezone(tz).date()
    start = datetime.combine(day, time(0), tzinfo=tz)
    return day.isoformat(), start, datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)


def count(ctx: Context, *names: str) -> None:
    """Bump today's counters (solver_requests, solver_errors)."""
    day = today(ctx)[0]
    for name in names:
        ctx.storage.bump(name, day)


def stats_text(ctx: Context) -> str:
    day, start, end = today(ctx)
    users = ctx.storage.user_counts()
    sent, answered = ctx.storage.pushes_sent_between(start, end)
    rate = f"{answered / sent:.0%}" if sent else "—"
    lines = [
        f"📊 <b>Stats for {day}</b> ({escape(ctx.settings.default_timezone)})",
        f"Users: <b>{users['users']}</b>, active {users['active']}, "
        f"daily question on {users['push_on']}",
        f"Pushes sent today: <b>{sent}</b>, answered {answered} ({rate})",
        f"Solver today: {ctx.storage.counter('solver_requests', day)} requests, "
        f"{ctx.storage.counter('solver_errors', day)} errors",
    ]
    pending = ctx.storage.push_counts()
    waiting = {k: v for k, v in pending.items() if k in ("claimed", "sending", "uncertain")}
    if waiting:
        lines.append("Push rows: " + ", ".join(f"{k} {v}" for k, v in sorted(waiting.items())))
    by_module: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for qid, right, total in ctx.storage.attempts_by_question(ctx.now() - timedelta(days=30)):
        try:
            module = ctx.curriculum.question_module(qid).id
        except KeyError:
            module = "(retired questions)"
        by_module[module][0] += right
        by_module[module][1] += total
    lines.append("<b>Accuracy by module</b> (30 days)")
    if not by_module:
        lines.append("no answers yet")
    for module, (right, total) in sorted(by_module.items()):
        lines.append(f"{escape(module)}: {right}/{total} ({right / total:.0%})")
    return "\n".join(lines)


def stats(ctx: Context, event: Event) -> list[Reply]:
    """/stats."""
    return [Text(stats_text(ctx))]


def broadcast(ctx: Context, event: Event) -> list[Reply]:
    """/broadcast TEXT: a preview and a confirm button."""
    assert isinstance(event, Command)
    message = event.args.strip()
    if not message:
        return [Text("Write the message after the command: <code>/broadcast Exam tips "
                     "tonight!</code>")]
    if len(message) > MAX_BROADCAST:
        return [Text(f"That is {len(message)} characters; keep it under {MAX_BROADCAST}.")]
    bid = ctx.storage.create_broadcast(escape(message), event.user.id)
    active = ctx.storage.user_counts()["active"]
    return [Text(
        f"📣 <b>Broadcast #{bid}</b> to {active} active students:\n\n{escape(message)}",
        keyboard([Button("✅ Send", f"{texts.BROADCAST}ok:{bid}"),
                  Button("✖️ Cancel", f"{texts.BROADCAST}no:{bid}")]),
    )]


def broadcast_button(ctx: Context, event: Event) -> list[Reply]:
    assert isinstance(event, ButtonPress)
    action, _, raw = event.data.removeprefix(texts.BROADCAST).partition(":")
    if not raw.isdigit() or len(raw) > 12 or action not in ("ok", "no"):
        return [Text("That button has expired.")]
    bid = int(raw)
    if action == "no":
        done = ctx.storage.cancel_broadcast(bid)
        return [Text(f"✖️ Broadcast #{bid} cancelled." if done
                     else f"Broadcast #{bid} was already sent or cancelled.", edit=True)]
    queued = ctx.storage.queue_broadcast(bid)
    if not queued:
        row = ctx.storage.broadcast(bid)
        state = row["state"] if row else "gone"
        return [Text(f"Broadcast #{bid} is {state}; nothing more to do.", edit=True)]
    return [Text(f"📣 Broadcast #{bid} queued for {queued} students; it goes out at about "
                 f"{ctx.settings.push_rate:g} a second, starting within a minute.", edit=True)]
