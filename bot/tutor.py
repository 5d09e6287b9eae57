"""The tutor core: one event in, a list of replies out. Transport-independent.

``Tutor.handle`` routes an event to the feature module that owns it (``start``, ``solving``,
``lessons``, ``quiz``, ``preferences``) and turns anything unexpected into a kind reply, so a
transport never has to know what went wrong.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from . import lessons, preferences, quiz, solving, start, texts
from .config import Settings
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
from .storage import Storage
from .workers import WorkerPool

logger = logging.getLogger(__name__)

Handler = Callable[["Tutor", Event], Awaitable[list[Reply]]]

COMMAND_HANDLERS: dict[str, Handler] = {
    "start": start.start,
    "help": start.help_,
    "learn": lessons.learn,
    "topics": lessons.topics,
    "quiz": quiz.quiz,
    "solve": solving.solve_command,
    "plot": solving.plot_command,
    "settings": preferences.settings,
}

BUTTON_HANDLERS: dict[str, Handler] = {
    texts.MENU: start.menu_button,
    texts.SOLUTION: solving.solution_button,
    texts.LESSON: lessons.lesson_button,
    texts.TOPICS: lessons.topics_button,
    texts.QUIZ: quiz.quiz_button,
}


@dataclass
class Tutor:
    settings: Settings
    storage: Storage
    pool: WorkerPool

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
        return await handler(self, event)

    def remember(self, user: User) -> None:
        self.storage.touch_user(
            user.id,
            user.name,
            user.language,
            self.settings.default_timezone,
            self.settings.default_push_time.strftime("%H:%M"),
        )


async def _text_message(tutor: Tutor, event: Event) -> list[Reply]:
    assert isinstance(event, TextMessage)
    if not event.text.strip():
        return [Text("Send me a problem or a question. " + texts.SOLVE_PROMPT)]
    graded = await quiz.maybe_grade_typed_answer(tutor, event)
    if graded is not None:
        return graded
    return await solving.solve_text(tutor, event.user, event.text)
