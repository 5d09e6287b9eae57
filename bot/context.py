"""The one object every feature depends on: settings, storage, worker pool, curriculum, clock.

Feature modules (``start``, ``lessons``, ``quiz``, ``solving``, ``preferences``, ...) take a
``Context`` and never import one another; a flow that crosses features lives in the router
(``bot.tutor``). As PTB hands every callback one ``CallbackContext``, the tutor hands every
feature this.

Time is a parameter: ``clock`` returns an aware UTC ``datetime``; tests pass a controllable one
(``ManualClock``) and everything that schedules or expires (pending answers, FSRS due dates, the
daily push) reads ``ctx.now()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from content import Curriculum, SnippetRef, load_curriculum

from .config import Settings
from .storage import Storage
from .workers import WorkerPool

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class ManualClock:
    """A clock that stands still until moved (tests): ``clock.advance(hours=25)``."""

    current: datetime = field(default_factory=lambda: datetime(2026, 1, 5, 12, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> datetime:
        self.current += timedelta(**delta)
        return self.current

    def set(self, when: datetime) -> None:
        if when.tzinfo is None:
            raise ValueError("the clock keeps aware UTC datetimes")
        self.current = when.astimezone(UTC)


@dataclass
class Context:
    settings: Settings
    storage: Storage
    pool: WorkerPool
    curriculum: Curriculum = field(default_factory=load_curriculum)
    clock: Clock = system_clock

    def __post_init__(self) -> None:
        self.storage.clock = self.clock  # one time for everything the tutor stores

    def now(self) -> datetime:
        """Now, aware, in UTC."""
        return self.clock()

    def current_ref(self, user_id: int) -> SnippetRef:
        """The snippet the student is on (the course's first one for a newcomer)."""
        current = self.storage.current_snippet(user_id)
        if current and self.curriculum.has_snippet(current):
            return self.curriculum.snippet(current)
        return self.curriculum.first_snippet()
