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
from dataclasses import replace
from typing import TYPE_CHECKING

from . import chat, lessons, preferences, quiz, solving, start, texts
from .config import Settings
from .context import Clock, Context, system_clock
from .events import (
    Button,
    ButtonPress,
    Command,
    Event,
    Keyboard,
    Photo,
    QuizAnswer,
    Reply,
    Text,
    TextMessage,
    Tick,
    Typing,
    User,
    keyboard,
)
from .storage import Storage
from .workers import WorkerPool

if TYPE_CHECKING:
    from content import Curriculum

logger = logging.getLogger(__name__)

Handler = Callable[[Context, Event], Awaitable[list[Reply]]]


# ------------------------------------------------------- flows that cross features
async def _text_message(ctx: Context, event: Event) -> list[Reply]:
    """A typed message: the answer to a pending question, else a problem, else a concept."""
    assert isinstance(event, TextMessage)
    if not event.text.strip():
        return [Text("Send me a problem or a question. " + texts.SOLVE_PROMPT)]
    polite = await chat.before_solving(ctx, event)  # small talk, help, unsupported topics
    if polite is not None:
        return polite
    graded = await quiz.maybe_grade_typed_answer(ctx, event)
    if graded is not None:
        return graded
    replies = await solving.solve_text(ctx, event.user, event.text,
                                       fallback=_not_a_problem(ctx, event.user))
    return _with_buttons(replies, _STUCK)  # "could not read that" still leads somewhere


# Under a reply that would otherwise end the conversation (the solver could not read it).
_STUCK = keyboard([Button("❓ What I can do", f"{texts.MENU}help"),
                   Button("📚 Learn", f"{texts.MENU}learn")])


def _not_a_problem(ctx: Context, user: User) -> solving.Fallback:
    """What a message that is not a problem gets: the concept search, else a kind reply."""
    def answer(text: str) -> list[Reply] | None:
        if chat.carries_math(text):  # the solver's own reply says what it could not read
            return None
        return lessons.concept_answer(ctx, user, text) or chat.after_solving(ctx, user, text)

    return answer


async def _solve_command(ctx: Context, event: Event) -> list[Reply]:
    topic = chat.unsupported_topic(event.args) if isinstance(event, Command) else None
    if topic is not None:  # "/solve integrate x^2": say so, not a wrong error
        return chat.cant_do(ctx, event.user, topic)
    replies = await solving.solve_command(ctx, event, fallback=_not_a_problem(ctx, event.user))
    return _with_buttons(replies, _STUCK)


def _with_buttons(replies: list[Reply], buttons: Keyboard) -> list[Reply]:
    """The last message of a reply gets the next steps, when it has none of its own."""
    for i in range(len(replies) - 1, -1, -1):
        last = replies[i]
        if isinstance(last, Text | Photo):
            if not last.buttons:
                replies[i] = replace(last, buttons=buttons)
            break
    return replies


def _after_solution(data: str) -> Keyboard:
    """Under a solution's plot or its full working: back to the problem (a plot may come from
    bare math, which has no working yet), a new problem, the lessons."""
    action, _, rest = data.removeprefix(texts.SOLUTION).partition(":")
    back = [Button("🧮 Work with it", f"{texts.SOLUTION}op:{rest}")] if action == "plot" else []
    return keyboard(back, [Button("🧮 New problem", f"{texts.MENU}solve"),
                           Button("📚 Learn", f"{texts.MENU}learn")])


async def _plot_command(ctx: Context, event: Event) -> list[Reply]:
    """/plot TEXT, then the way on: work with the same input, or something new."""
    assert isinstance(event, Command)
    replies = await solving.plot_command(ctx, event)
    if not any(isinstance(r, Photo) for r in replies):
        return replies
    pid = ctx.storage.remember_problem(event.user.id, event.args.strip())
    return _with_buttons(replies, keyboard(
        [Button("🧮 Work with it", f"{texts.SOLUTION}op:{pid}")],
        [Button("🧮 New problem", f"{texts.MENU}solve"),
         Button("📚 Learn", f"{texts.MENU}learn")]))


async def _solution_button(ctx: Context, event: Event) -> list[Reply]:
    assert isinstance(event, ButtonPress)
    topic = solving.lesson_topic(event.data)
    if topic is not None:  # "Related lesson" under a solution: the /learn bookmark stays
        return await lessons.lesson_for_topic(ctx, event.user, topic)
    replies = await solving.solution_button(ctx, event)
    if event.data.startswith((f"{texts.SOLUTION}plot:", f"{texts.SOLUTION}more:")):
        return _with_buttons(replies, _after_solution(event.data))
    return replies


async def _lesson_button(ctx: Context, event: Event) -> list[Reply]:
    assert isinstance(event, ButtonPress)
    action, _, snippet_id = event.data.removeprefix(texts.LESSON).partition(":")
    if action == "quiz" and ctx.curriculum.has_snippet(snippet_id):  # "Quiz me on this"
        return quiz.ask_question(ctx, event.user, ctx.curriculum.snippet(snippet_id).module.id)
    if action == "see":  # a lesson's picture, then the way on with the lesson
        plot = lessons.lesson_plot(ctx, snippet_id)
        if plot is None:
            return await lessons.lesson_button(ctx, event)
        replies = [Typing(), *await solving.plot_reply(ctx, plot)]
        return _with_buttons(replies, lessons.picture_buttons(ctx, event.user, snippet_id))
    return await lessons.lesson_button(ctx, event)


MENU_ACTIONS: dict[str, Handler] = {
    "learn": lessons.learn,
    "quiz": quiz.quiz,
    "solve": start.solve_prompt,
    "settings": preferences.settings,
    "help": start.help_,
}


async def _menu_button(ctx: Context, event: Event) -> list[Reply]:
    assert isinstance(event, ButtonPress)
    handler = MENU_ACTIONS.get(event.data.removeprefix(texts.MENU), start.stale_button)
    return await handler(ctx, event)


COMMAND_HANDLERS: dict[str, Handler] = {
    "start": start.start,
    "help": start.help_,
    "learn": lessons.learn,
    "topics": lessons.topics,
    "quiz": quiz.quiz,
    "solve": _solve_command,
    "plot": _plot_command,
    "settings": preferences.settings,
}

BUTTON_HANDLERS: dict[str, Handler] = {
    texts.MENU: _menu_button,
    texts.SOLUTION: _solution_button,
    texts.LESSON: _lesson_button,
    texts.TOPICS: lessons.topics_button,
    texts.QUIZ: quiz.quiz_button,
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
        self.remember(event.user)
        if isinstance(event, Command):
            handler = COMMAND_HANDLERS.get(event.name, start.unknown_command)
        elif isinstance(event, ButtonPress):
            handler = BUTTON_HANDLERS.get(event.data[:2], start.stale_button)
        elif isinstance(event, QuizAnswer):
            handler = quiz.quiz_answer
        elif isinstance(event, TextMessage):
            handler = _text_message
        elif isinstance(event, Tick):
            handler = quiz.daily_tick
        else:  # pragma: no cover - the Event union is closed
            raise TypeError(f"unknown event {event!r}")
        return await handler(self.ctx, event)

    def remember(self, user: User) -> None:
        self.storage.touch_user(
            user.id,
            user.name,
            user.language,
            self.settings.default_timezone,
            self.settings.default_push_time.strftime("%H:%M"),
        )
