"""Doubts: a student's problem in, the worked solution out (computed in the worker pool).

Buttons under a solution carry only the stored problem's id (``S:<action>:<id>[:<slot>]``): the
text lives in the database, so a button works after a restart and leaks nothing in callback data.
The slot is the task asked and the readings chosen: ``<kind>~<key>.<key>`` (``solver.parsing.
readings``: each key an ambiguous spot read the other way). ``S:alt:<id>:<slot>`` carries the
state its press leads to: the readings already chosen with its own key flipped, so choices
compose (``i`` as a variable, then ``1/2x`` as 1/(2x), keeps both), and every button under that
answer carries the same slot. ``S:alt:<id>:<key>`` (no ``~``, sent before) is that one key.
"""

from __future__ import annotations

import logging
import re
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
    # a question back (the readings to choose, "Is an entry mistyped?") is about the
    # student's own math: examples of other problems would only push it down the screen
    if not result.choose and not result.error.rstrip().endswith("?"):
        lines.append("Examples: " + ", ".join(texts.EXAMPLES))
    return Text("\n".join(lines), buttons)


def _label(kind: str, name: str = "") -> str:
    if name:  # the parser's name of the task: "sample variance", "second derivative"
        return name
    if "." in kind:  # "partial.2": the second task of one kind
        return kind.replace("_", " ").replace(".", " #")
    row = BY_NAME.get(kind)
    return row.offer if row and row.offer else kind.replace("_", " ")


# A slot holds at most this many chosen readings (a message has two or three ambiguous spots);
# a key is a short word (``solver.parsing.readings``).
MAX_FLIPS = 6
_KEY = re.compile(r"[a-z0-9]{1,12}")
BUTTON_BYTES = 64  # Telegram's limit on callback data


def slot(kind: str | None, flips: frozenset[str] = frozenset(), *, alt: bool = False) -> str:
    """A button's third slot: ``derivative.2~i.jd``; an ``alt`` slot always has its ``~`` (no
    key after it: every reading as first taken)."""
    keys = "~" + ".".join(sorted(flips)) if flips or alt else ""
    return (kind or "") + keys


def read_slot(action: str, found: str | None) -> tuple[str | None, frozenset[str]] | None:
    """(kind, readings chosen) of a button's third slot; None when it is none we make."""
    if not found:
        return None, frozenset()
    kind, tilde, keys = found.partition("~")
    if not tilde:  # a kind; S:alt:<id>:<key> sent before readings composed: that one key
        if action != "alt":
            return kind, frozenset()
        return (None, frozenset({kind})) if _KEY.fullmatch(kind) else None
    flips = frozenset(k for k in keys.split(".") if k)
    if len(flips) > MAX_FLIPS or not all(_KEY.fullmatch(k) for k in flips):
        return None
    return kind or None, flips


# A button label a 360 px phone shows whole in a one-button row (Telegram cuts a longer one at
# its end): measured in benchmarks/render_replies.py's chat at 14 px
LABEL_CHARS = 34
MAX_TASKS = 6  # the tasks of one message that get a button (the first is the answer shown)


def short_label(label: str) -> str:
    """``label`` cut in its middle to LABEL_CHARS (its start and its end stay readable)."""
    if len(label) <= LABEL_CHARS:
        return label
    tail = 8
    return label[:LABEL_CHARS - tail - 1].rstrip() + "…" + label[-tail:].lstrip()


def _fits(buttons: list[Button]) -> list[Button]:
    """The buttons whose data Telegram takes (a slot of many readings could pass 64 bytes:
    a button that dropped one would lose a choice the student made)."""
    return [b for b in buttons if len(b.data.encode()) <= BUTTON_BYTES]


def _solution_buttons(pid: int, result: jobs.SolveResult, kind: str | None,
                      flips: frozenset[str]) -> tuple:
    tag = slot(kind, flips)
    suffix = f":{tag}" if tag else ""
    row = [Button("🔍 More detail", f"{texts.SOLUTION}more:{pid}{suffix}")]
    if result.can_plot:
        row.append(Button("📈 Plot", f"{texts.SOLUTION}plot:{pid}{suffix}"))
    row2 = []
    if result.kind in KIND_TOPICS:
        row2.append(Button("📖 Related lesson", f"{texts.SOLUTION}lesson:{pid}:{result.kind}"))
    # the other tasks of the message (read with the same readings), and the other readings
    # a row each (a label a 360 px phone shows whole), every task the message asked: the
    # restatement names them all, and each has its button (up to MAX_TASKS)
    names = [*result.also_names, *[""] * len(result.also)]
    tasks = [_fits([Button(short_label(texts.ALSO_BUTTON.format(what=_label(k, names[n]))),
                           f"{texts.SOLUTION}op:{pid}:{slot(k, flips)}")])
             for n, k in enumerate(result.also[:MAX_TASKS - 1])]
    return keyboard(_fits(row), row2, *tasks, *_other_reading(pid, result, kind, flips))


def _other_reading(pid: int, result: jobs.SolveResult, kind: str | None = None,
                   flips: frozenset[str] = frozenset()) -> tuple:
    """The other readings of the ambiguous spots, a button each (a row each): under an answer
    the two first (spots still read as first taken before those the student flipped), under
    an error the one that led there, under a question back that names the readings ("1/2x:
    1/(2x) or (1/2)·x?") one per reading. A press flips its own key and keeps every reading
    already chosen."""
    def button(key: str, label: str) -> list[Button]:
        data = f"{texts.SOLUTION}alt:{pid}:{slot(kind, flips ^ {key}, alt=True)}"
        return _fits([Button(short_label(label), data)])

    if result.choose:
        return keyboard(*[button(key, texts.CHOICE_BUTTON.format(reading=other))
                          for key, other in result.readings[:3]])
    shown = sorted(result.readings, key=lambda r: r[0] in flips)[:2 if result.ok else 1]
    return keyboard(*[button(key, texts.OTHER_READING_BUTTON.format(other=other))
                      for key, other in shown])


async def solve_text(
    ctx: Context, user: User, text: str, kind: str | None = None,
    fallback: Fallback | None = None, flips: frozenset[str] = frozenset(),
    record: Record | None = None,
) -> list[Reply]:
    """Solve what the student sent (``flips``: the ambiguous spots the student chose to read
    the other way); what is not a problem goes to ``fallback`` (the router passes the concept
    search), else gets a specific "not understood" reply. ``record(replies)`` (a storage
    function: the router's /stats count) runs in the one database hop after the solve, with
    the problem's storing."""
    keys = tuple(sorted(flips))
    try:
        result = await ctx.pool.run(jobs.solve_job, text, kind, keys, jobs.CHAT_FORMATS)
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
            return [_not_understood(result, _other_reading(pid, result, kind, flips))]
        return await _recorded(ctx, record, [_not_understood(result)])
    pid = await ctx.storage.run(_remember, ctx, user.id, text, record)
    if result.kind is None:
        offers = _fits([Button(label, f"{texts.SOLUTION}op:{pid}:{slot(k, flips)}")
                        for label, k in result.offers])
        if result.can_plot:
            tag = slot(None, flips)
            offers.append(Button("📈 Plot", f"{texts.SOLUTION}plot:{pid}"
                                 + (f":{tag}" if tag else "")))
        rows = [offers[i : i + 2] for i in range(0, len(offers), 2)]
        return [Text(f"I read this as: {escape(result.restated)}\nWhat should I do with it?",
                     keyboard(*rows))]
    return [Text(result.html, _solution_buttons(pid, result, kind, flips))]


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
                     flips: frozenset[str] = frozenset()) -> list[Reply]:
    try:
        result = await ctx.pool.run(jobs.plot_job, text, kind, tuple(sorted(flips)))
    except (WorkerTimeout, WorkerCrashed, MemoryError) as exc:
        return _failure(ctx, exc)
    if not result.ok:
        hint = f"\n💡 {escape(result.hint)}" if result.hint else ""
        return [Text(f"🤔 {escape(result.error)}{hint}")]
    # the router's fitted() cuts a caption over 1,024 at a line (a cut here could split an
    # entity such as &amp; and have Telegram reject the HTML)
    return [Photo(result.png, escape(result.caption), filename="plot.png")]


async def plot_command(ctx: Context, event: Event) -> list[Reply]:
    """/plot TEXT."""
    assert isinstance(event, Command)
    if not event.args.strip():
        return [Text("What should I draw? For example <code>/plot x^2 - 2x</code>, "
                     "<code>/plot x^2 + y^2</code> or <code>/plot [[2,1],[1,2]]</code>.")]
    return [Typing(), *await plot_reply(ctx, event.args.strip())]


async def solution_button(ctx: Context, event: Event) -> list[Reply]:
    """S:op / S:more / S:plot / S:alt under a solution (each with the readings chosen)."""
    assert isinstance(event, ButtonPress)
    parts = event.data.removeprefix(texts.SOLUTION).split(":")
    if len(parts) < 2 or not parts[1].isdigit():
        return [Text("That button has expired. Send the problem again.")]
    action, pid = parts[0], int(parts[1])
    read = read_slot(action, parts[2] if len(parts) > 2 else None)
    if read is None:
        return [Text("That button has expired. Send the problem again.")]
    kind, flips = read
    text = await ctx.storage.run(ctx.storage.problem, pid, event.user.id)
    if text is None:
        return [Text("I no longer have that problem. Send it again.")]
    if action in ("op", "alt"):  # S:alt: the readings chosen, its own key flipped
        return [Typing(), *await solve_text(ctx, event.user, text, kind, flips=flips)]
    if action == "plot":
        return [Typing(), *await plot_reply(ctx, text, kind, flips)]
    if action == "more":
        try:
            result = await ctx.pool.run(jobs.solve_job, text, kind, tuple(sorted(flips)),
                                        jobs.CHAT_FORMATS)
        except (WorkerTimeout, WorkerCrashed, MemoryError) as exc:
            return _failure(ctx, exc)
        if not result.ok or not result.pages:
            return [_not_understood(result)] if not result.ok else [Text(result.html)]
        return [Text(page) for page in result.pages[:6]]
    return [Text("That button has expired. Send the problem again.")]
