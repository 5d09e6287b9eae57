"""/progress: a phone-sized chart of mastery per module and the last 14 days' answers, with
the streak, this week's questions and accuracy, and a button to practise the weakest module.

The chart is drawn in a worker (``jobs.progress_chart_job``); days are the student's local
days (their time zone), counted with ``bot.streak`` like the daily push counts them.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from html import escape
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from content import COURSES, Module

from . import jobs, mastery, texts
from .events import Button, Event, Photo, Reply, Text, keyboard
from .streak import local_days, streak
from .workers import WorkerCrashed, WorkerTimeout

if TYPE_CHECKING:
    from .context import Context

logger = logging.getLogger(__name__)

DAYS = 14
_SHORT = {"la": "LA", "calc": "Calc", "pca": "PCA"}


def module_label(m: Module) -> str:
    return f"{_SHORT.get(m.course, m.course)} W{m.week} {m.title}"


def _tz(ctx: Context, user_id: int) -> ZoneInfo:
    user = ctx.storage.user(user_id)
    try:
        return ZoneInfo(user.timezone if user else ctx.settings.default_timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def summary(ctx: Context, user_id: int) -> tuple[str, Module, list, list]:
    """(caption, weakest module, mastery rows, day rows) for this student."""
    cur = ctx.curriculum
    results = mastery.results(ctx.storage.attempts(user_id))
    tz = _tz(ctx, user_id)
    today = ctx.now().astimezone(tz).date()
    days = local_days((t for _, _, t in results), tz)
    run = streak(days, today)
    week_start = today - timedelta(days=6)
    week = [(ok, t) for _, ok, t in results if t.astimezone(tz).date() >= week_start]
    if week:
        accuracy = texts.PROGRESS_ACCURACY.format(
            percent=round(100 * sum(ok for ok, _ in week) / len(week)))
    else:
        accuracy = texts.PROGRESS_NO_ACCURACY
    standing = mastery.standings(cur, results)
    tried = [m for m in cur.modules if standing[m.id].answered]
    if tried:
        weakest = min(tried, key=lambda m: (standing[m.id].level,
                                            standing[m.id].recent_accuracy))
        line = texts.PROGRESS_WEAKEST.format(
            module=escape(module_label(weakest)),
            level=texts.MASTERY_NAMES[standing[weakest.id].level])
    else:
        weakest = ctx.current_ref(user_id).module
        line = texts.PROGRESS_START.format(module=escape(module_label(weakest)))
    caption = texts.PROGRESS.format(streak=run, s="" if run == 1 else "s", week=len(week),
                                    ws="" if len(week) == 1 else "s", accuracy=accuracy,
                                    weakest=line)
    rows = [(module_label(m), standing[m.id].level) for m in cur.modules]
    per_day = []
    for back in range(DAYS - 1, -1, -1):
        day = today - timedelta(days=back)
        on = [ok for _, ok, t in results if t.astimezone(tz).date() == day]
        per_day.append((f"{day.day} {day:%b}", sum(on), len(on) - sum(on)))
    return caption, weakest, rows, per_day


async def progress(ctx: Context, event: Event) -> list[Reply]:
    """/progress: the chart and a short text."""
    caption, weakest, rows, per_day = await ctx.storage.run(summary, ctx, event.user.id)
    buttons = keyboard([Button(texts.PRACTISE_MODULE.format(module=f"W{weakest.week} "
                                                             f"{COURSES[weakest.course]}")[:40],
                               f"{texts.PRACTICE}next:{weakest.id}")])
    try:
        png = await ctx.pool.run(jobs.progress_chart_job, rows, per_day)
    except (WorkerTimeout, WorkerCrashed, MemoryError):
        logger.exception("progress chart failed")
        return [Text(caption, buttons)]
    return [Photo(png, caption, buttons, filename="progress.png")]
