"""Doubts: a student's problem in, the worked solution out (computed in the worker pool).

Buttons under a solution carry only the stored problem's id (``S:<action>:<id>[:<kind>]``): the
text lives in the database, so a button works after a restart and leaks nothing in callback data.
``S:alt:<id>:<key>`` reads one ambiguous spot the other way (``solver.parsing.readings``); the
buttons under that answer carry ``~<key>`` in the kind slot so they stay with that reading.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from solver.kinds import BY_NAME, KINDS

from . import jobs, texts
from .events import Button, ButtonPress, Command, Event, Photo, Reply, Text, Typing, User, keyboard
from .workers import WorkerBusy, WorkerCrashed, WorkerTimeout

if TYPE_CHECKING:
    from .context import Context

logger = logging.getLogger(__name__)

# What to try when a message is not a problem (the router passes the concept search).
Fallback = Callable[[str], "list[Reply] | None"]

# What the router counts a solver request with: a storage function of the replies (a solution
# is passed as no replies: nothing failed).
Record = Callable[["list[Reply]"], None]


async def _recorded(ctx: Context, record: Record | None, replies: list[Reply]) -> list[Reply]:
    if record is not None:
        await ctx.storage.run(record, replies)
    return replies


def _remember(ctx: Context, user_id: int, text: str, record: Record | None) -> int:
    """The solved problem's id, and the router's count: one hop, one transaction."""
    with ctx.storage.transaction():
        if record is not None:
            record([])
        return ctx.storage.remember_problem(user_id, text)


def _fall_back(fallback: Fallback, record: Record | None, text: str) -> list[Reply] | None:
    """The router's reply to a message that is no problem, and its count: one hop (the reply's
    buttons may store a problem)."""
    found = fallback(text)
    if found is not None and record is not None:
        record(found)
    return found


# The lesson topic to look up for each kind ("Related lesson"): from the kinds table.
KIND_TOPICS = {k.name: k.topic for k in KINDS if k.topic}


def _failure(ctx: Context, exc: Exception) -> list[Reply]:
    if isinstance(exc, WorkerBusy):
        return [Text(texts.BUSY)]
    if isinstance(exc, WorkerTimeout):
        return [Text(texts.TOO_SLOW.format(seconds=ctx.settings.solver_timeout_seconds))]
    if isinstance(exc, MemoryError):
        return [Text("🧠 That problem needs more memory than I may use. Try a smaller one.")]
    return [Text(texts.CRASHED)]


def _not_understood(result: jobs.SolveResult, buttons: tuple = ()) -> Text:
    if result.too_hard:
        return Text(f"🤔 {escape(result.error)}")
    lines = [f"🤔 {escape(result.error)}"]
    if result.hint:
        lines.append(f"💡 {escape(result.hint)}")
    if not result.choose:  # a question back naming its readings needs no examples
        lines.append("Examples: " + ", ".join(texts.EXAMPLES))
    return Text("\n".join(lines), buttons)


def _label(kind: str) -> str:
    if "." in kind:  # "partial.2": the second task of one kind
        return kind.replace("_", " ").replace(".", " #")
    row = BY_NAME.get(kind)
    return row.offer if row and row.offer else kind.replace("_", " ")


def _solution_buttons(pid: int, result: jobs.SolveResult, kind: str | None) -> tuple:
    suffix = f":{kind}" if kind else ""
    row = [Button("🔍 More detail", f"{texts.SOLUTION}more:{pid}{suffix}")]
    if result.can_plot:
        row.append(Button("📈 Plot", f"{texts.SOLUTION}plot:{pid}{suffix}"))
    row2 = []
    if result.kind in KIND_TOPICS:
        row2.append(Button("📖 Related lesson", f"{texts.SOLUTION}lesson:{pid}:{result.kind}"))
    # the other tasks of the message, and ONE button for the other reading of an ambiguity
    row3 = [Button(texts.ALSO_BUTTON.format(what=_label(k)),
                   f"{texts.SOLUTION}op:{pid}:{k}") for k in result.also[:3]]
    return keyboard(row, row2, row3, *_other_reading(pid, result))


def _other_reading(pid: int, result: jobs.SolveResult) -> tuple:
    """ONE button for the other reading of an ambiguous spot (under an answer or an error);
    under a question back that names the readings ("1/2x: 1/(2x) or (1/2)·x?") one button
    for each, a row each."""
    if result.choose:
        return keyboard(*[[Button(texts.CHOICE_BUTTON.format(reading=other),
                                  f"{texts.SOLUTION}alt:{pid}:{key}")]
                          for key, other in result.readings[:3]])
    return keyboard([Button(texts.OTHER_READING_BUTTON.format(what=other, other=other),
                            f"{texts.SOLUTION}alt:{pid}:{key}")
                     for key, other in result.readings[:1]])


async def solve_text(
    ctx: Context, user: User, text: str, kind: str | None = None,
    fallback: Fallback | None = None, flip: str | None = None,
    record: Record | None = None,
) -> list[Reply]:
    """Solve what the student sent (``flip``: the other reading of one ambiguous spot); what
    is not a problem goes to ``fallback`` (the router passes the concept search), else gets a
    specific "not understood" reply. ``record(replies)`` (a storage function: the router's
    /stats count) runs in the one database hop after the solve, with the problem's storing."""
    try:
        result = await ctx.pool.run(jobs.solve_job, text, kind, flip, jobs.CHAT_FORMATS)
    except (WorkerTimeout, WorkerCrashed, MemoryError) as exc:
        return await _recorded(ctx, record, _failure(ctx, exc))
    if not result.ok:
        if kind is None and fallback is not None and not result.has_math:
            # math in it: the reply is about that math only
            found = await ctx.storage.run(_fall_back, fallback, record, text)
            if found is not None:
                return found
        if result.readings:  # the other reading of an ambiguous spot parses: one button
            pid = await ctx.storage.run(_remember, ctx, user.id, text, record)
            return [_not_understood(result, _other_reading(pid, result))]
        return await _recorded(ctx, record, [_not_understood(result)])
    pid = await ctx.storage.run(_remember, ctx, user.id, text, record)
    if result.kind is None:
        offers = [Button(label, f"{texts.SOLUTION}op:{pid}:{k}") for label, k in result.offers]
        if result.can_plot:
            offers.append(Button("📈 Plot", f"{texts.SOLUTION}plot:{pid}"))
        rows = [offers[i : i + 2] for i in range(0, len(offers), 2)]
        return [Text(f"I read this as: {escape(result.restated)}\nWhat should I do with it?",
                     keyboard(*rows))]
    tag = f"~{flip}" if flip else kind
    return [Text(result.html, _solution_buttons(pid, result, tag))]


async def solve_command(
    ctx: Context, event: Event, fallback: Fallback | None = None,
    record: Record | None = None,
) -> list[Reply]:
    """/solve TEXT (``record``: as for ``solve_text``)."""
    assert isinstance(event, Command | ButtonPress)
    args = event.args.strip() if isinstance(event, Command) else ""
    if not args:
        return [Text(texts.SOLVE_PROMPT)]
    return [Typing(), *await solve_text(ctx, event.user, args, fallback=fallback,
                                        record=record)]


def lesson_topic(data: str) -> str | None:
    """The lesson topic behind a "Related lesson" button (S:lesson:<id>:<kind>)."""
    parts = data.removeprefix(texts.SOLUTION).split(":")
    if len(parts) == 3 and parts[0] == "lesson":
        return KIND_TOPICS.get(parts[2])
    return None


async def plot_reply(ctx: Context, text: str, kind: str | None = None,
                     flip: str | None = None) -> list[Reply]:
    try:
        result = await ctx.pool.run(jobs.plot_job, text, kind, flip)
    except (WorkerTimeout, WorkerCrashed, MemoryError) as exc:
        return _failure(ctx, exc)
    if not result.ok:
        hint = f"\n💡 {escape(result.hint)}" if result.hint else ""
        return [Text(f"🤔 {escape(result.error)}{hint}")]
    return [Photo(result.png, escape(result.caption)[:1024], filename="plot.png")]


async def plot_command(ctx: Context, event: Event) -> list[Reply]:
    """/plot TEXT."""
    assert isinstance(event, Command)
    if not event.args.strip():
        return [Text("What should I draw? For example <code>/plot x^2 - 2x</code>, "
                     "<code>/plot x^2 + y^2</code> or <code>/plot [[2,1],[1,2]]</code>.")]
    return [Typing(), *await plot_reply(ctx, event.args.strip())]


async def solution_button(ctx: Context, event: Event) -> list[Reply]:
    """S:op / S:more / S:plot / S:lesson under a solution."""
    assert isinstance(event, ButtonPress)
    parts = event.data.removeprefix(texts.SOLUTION).split(":")
    if len(parts) < 2 or not parts[1].isdigit():
        return [Text("That button has expired. Send the problem again.")]
    action, pid, kind = parts[0], int(parts[1]), (parts[2] if len(parts) > 2 else None)
    flip = None
    if kind and kind.startswith("~"):  # a button under the other reading keeps to it
        flip, kind = kind[1:], None
    text = await ctx.storage.run(ctx.storage.problem, pid, event.user.id)
    if text is None:
        return [Text("I no longer have that problem. Send it again.")]
    if action == "op":
        return [Typing(), *await solve_text(ctx, event.user, text, kind)]
    if action == "alt" and kind:  # S:alt:<pid>:<reading key>: the other reading
        return [Typing(), *await solve_text(ctx, event.user, text, None, flip=kind)]
    if action == "plot":
        return [Typing(), *await plot_reply(ctx, text, kind, flip)]
    if action == "more":
        try:
            result = await ctx.pool.run(jobs.solve_job, text, kind, flip, jobs.CHAT_FORMATS)
        except (WorkerTimeout, WorkerCrashed, MemoryError) as exc:
            return _failure(ctx, exc)
        if not result.ok or not result.pages:
            return [_not_understood(result)] if not result.ok else [Text(result.html)]
        return [Text(page) for page in result.pages[:6]]
    return [Text("That button has expired. Send the problem again.")]
