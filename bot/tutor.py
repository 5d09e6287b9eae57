"""The tutor core: one event in, a list of replies out. Transport-independent.

``Tutor.handle`` routes an event to the feature module that owns it (``start``, ``solving``,
``lessons``, ``quiz``, ``preferences``). Every feature takes the one ``Context`` (settings,
storage, worker pool, curriculum, clock) and none imports another: a flow that crosses
features (a menu button, "Quiz me on this", the concept search after a failed solve, "Related
lesson") is wired here.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from . import admin, lessons, preferences, push, quiz, schedule, solving, start, texts
from .config import Settings
from .context import Clock, Context, system_clock
from .events import (
    ButtonPress,
    Command,
    Event,
    QuizAnswer,
    Reply,
    Text,
    TextMessage,
    Tick,
    User,
)
from .storage import Storage, UserRow
from .workers import WorkerPool

if TYPE_CHECKING:
    from content import Curriculum

logger = logging.getLogger(__name__)

Handler = Callable[[Context, Event], Awaitable[list[Reply]]]


# ------------------------------------------------------- flows that cross features
_SOLVER_FAILURES = (texts.TOO_SLOW.split("{")[0], texts.CRASHED, "🧠")


def _counted(ctx: Context, replies: list[Reply]) -> list[Reply]:
    """Count a solver request (and a failure: timeout, crash, memory) for /stats."""
    admin.count(ctx, "solver_requests")
    if any(isinstance(r, Text) and r.html.startswith(_SOLVER_FAILURES) for r in replies):
        admin.count(ctx, "solver_errors")
    return replies


async def _text_message(ctx: Context, event: Event) -> list[Reply]:
    """A typed message: the answer to a pending question, else a problem, else a concept."""
    assert isinstance(event, TextMessage)
    if not event.text.strip():
        return [Text("Send me a problem or a question. " + texts.SOLVE_PROMPT)]
    setting = preferences.typed_setting(ctx, event)  # "7pm" right after the time menu
    if setting is not None:
        return setting
    graded = await quiz.maybe_grade_typed_answer(ctx, event)
    if graded is not None:
        return graded
    return _counted(ctx, await solving.solve_text(ctx, event.user, event.text,
                                                  fallback=lessons.concept_answer))


async def _solve_command(ctx: Context, event: Event) -> list[Reply]:
    return _counted(ctx, await solving.solve_command(ctx, event,
                                                     fallback=lessons.concept_answer))


async def _plot_command(ctx: Context, event: Event) -> list[Reply]:
    return _counted(ctx, await solving.plot_command(ctx, event))


async def _start(ctx: Context, event: Event) -> list[Reply]:
    """/start: the welcome with one line on the daily question (and its settings)."""
    replies = await start.start(ctx, event)
    intro = preferences.daily_intro(ctx, event.user.id)
    if replies and isinstance(replies[0], Text):
        first = replies[0]
        replies[0] = Text(f"{first.html}\n{intro}", first.buttons, first.edit)
    return replies


def _admin_only(handler: Handler) -> Handler:
    """Admins get the command; everyone else the normal unknown-command reply."""

    async def guarded(ctx: Context, event: Event) -> list[Reply]:
        if event.user.id not in ctx.settings.admin_user_ids:
            if isinstance(event, Command):
                return await start.unknown_command(ctx, event)
            return await start.stale_button(ctx, event)
        return await handler(ctx, event)

    return guarded


async def daily_push(ctx: Context, user: UserRow) -> list[Reply]:
    """The push's message: the day's question with the streak line."""
    replies = quiz.daily_question(ctx, User(user.id, user.name, user.language))
    days, _ = push.current_streak(ctx, user)
    return push.with_streak(replies, days)


async def _tick(ctx: Context, event: Event) -> list[Reply]:
    """A Tick (terminal, tests): what the daily push would send this student now."""
    user = ctx.storage.user(event.user.id)
    return await daily_push(ctx, user) if user is not None else []


async def _solution_button(ctx: Context, event: Event) -> list[Reply]:
    assert isinstance(event, ButtonPress)
    topic = solving.lesson_topic(event.data)
    if topic is not None:  # "Related lesson" under a solution
        return lessons.lesson_for_topic(ctx, event.user, topic)
    return await solving.solution_button(ctx, event)


async def _lesson_button(ctx: Context, event: Event) -> list[Reply]:
    assert isinstance(event, ButtonPress)
    action, _, snippet_id = event.data.removeprefix(texts.LESSON).partition(":")
    if action == "quiz" and ctx.curriculum.has_snippet(snippet_id):  # "Quiz me on this"
        return quiz.ask_question(ctx, event.user, ctx.curriculum.snippet(snippet_id).module.id)
    return await lessons.lesson_button(ctx, event)


MENU_ACTIONS: dict[str, Handler] = {
    "learn": lessons.learn,
    "quiz": quiz.quiz,
    "solve": start.solve_prompt,
    "settings": preferences.settings,
}


async def _menu_button(ctx: Context, event: Event) -> list[Reply]:
    assert isinstance(event, ButtonPress)
    handler = MENU_ACTIONS.get(event.data.removeprefix(texts.MENU), start.stale_button)
    return await handler(ctx, event)


COMMAND_HANDLERS: dict[str, Handler] = {
    "start": _start,
    "help": start.help_,
    "learn": lessons.learn,
    "topics": lessons.topics,
    "quiz": quiz.quiz,
    "solve": _solve_command,
    "plot": _plot_command,
    "settings": preferences.settings,
    "daily": preferences.daily,
    "stats": _admin_only(admin.stats),
    "broadcast": _admin_only(admin.broadcast),
}

BUTTON_HANDLERS: dict[str, Handler] = {
    texts.MENU: _menu_button,
    texts.SOLUTION: _solution_button,
    texts.LESSON: _lesson_button,
    texts.TOPICS: lessons.topics_button,
    texts.QUIZ: quiz.quiz_button,
    texts.PREFS: preferences.prefs_button,
    texts.BROADCAST: _admin_only(admin.broadcast_button),
}


class Tutor:
    """The router: one event in, the owning feature's replies out."""

    def __init__(
        self,
        settings: Settings,
        storage: Storage,
        pool: WorkerPool,
        curriculum: Curriculum | None = None,
        clock: Clock = system_clock,
    ) -> None:
        if curriculum is None:
            from content import load_curriculum

            curriculum = load_curriculum()
        self.ctx = Context(settings, storage, pool, curriculum, clock)

    @property
    def settings(self) -> Settings:
        return self.ctx.settings

    @property
    def storage(self) -> Storage:
        return self.ctx.storage

    @property
    def pool(self) -> WorkerPool:
        return self.ctx.pool

    async def handle(self, event: Event) -> list[Reply]:
        """Answer one event. Never raises for bad input; logs and apologises on a bug."""
        if not isinstance(event, Tick):  # a scheduler tick is not the student speaking
            self.remember(event.user, reactivate=isinstance(event, Command)
                          and event.name == "start")
        if isinstance(event, Command):
            handler = COMMAND_HANDLERS.get(event.name, start.unknown_command)
        elif isinstance(event, ButtonPress):
            handler = BUTTON_HANDLERS.get(event.data[:2], start.stale_button)
        elif isinstance(event, QuizAnswer):
            handler = quiz.quiz_answer
        elif isinstance(event, TextMessage):
            handler = _text_message
        elif isinstance(event, Tick):
            handler = _tick
        else:  # pragma: no cover - the Event union is closed
            raise TypeError(f"unknown event {event!r}")
        return await handler(self.ctx, event)

    def remember(self, user: User, reactivate: bool = False) -> None:
        """Create or refresh the student's row from their own event. Only /start (and an
        unblock, ``unblocked``) turns a blocked student active again."""
        before = self.storage.user(user.id)
        row = self.storage.touch_user(
            user.id,
            user.name,
            user.language,
            self.settings.default_timezone,
            self.settings.default_push_time.strftime("%H:%M"),
            reactivate=reactivate,
        )
        if before is None or (reactivate and not before.active):
            schedule.reschedule(self.storage, self.settings, row, self.ctx.now())

    def set_blocked(self, user_id: int, blocked: bool) -> None:
        """``my_chat_member`` in the student's private chat: blocked (kicked) or unblocked
        (member). Creates nobody, renames nobody."""
        before = self.storage.user(user_id)
        if before is None or before.active != blocked:
            return
        self.storage.set_active(user_id, not blocked)
        row = self.storage.user(user_id)
        assert row is not None
        schedule.reschedule(self.storage, self.settings, row, self.ctx.now())

    def pusher(self, send: push.Send) -> push.Pusher:
        """The daily push over this tutor's context, with the router's "day's question"."""
        return push.Pusher(self.ctx, daily_push, send)
