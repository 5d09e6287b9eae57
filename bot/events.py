"""Plain events in, plain replies out: the tutor core's whole interface to any transport.

Transports (Telegram, the terminal) turn what arrives into an ``Event`` and carry each ``Reply``
back out. Nothing here knows about Telegram.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class User:
    id: int
    name: str = ""
    language: str = ""


# ------------------------------------------------------------------------ events
@dataclass(frozen=True)
class TextMessage:
    user: User
    text: str
    message_id: int | None = None  # the transport's id: a redelivered message is seen twice


@dataclass(frozen=True)
class Command:
    user: User
    name: str  # without the slash, lower case
    args: str = ""


@dataclass(frozen=True)
class ButtonPress:
    user: User
    data: str  # callback data, e.g. "M:learn"
    message_id: int | None = None


@dataclass(frozen=True)
class QuizAnswer:
    """A vote on a quiz poll. The core resolves ``poll_id`` (stored when the poll was sent)
    to the student asked, the question and the option order they saw."""

    user: User  # who voted (not necessarily who was asked)
    poll_id: str
    option: int | None  # None: the vote was retracted


@dataclass(frozen=True)
class Tick:
    """A scheduled moment for one user (the daily push)."""

    user: User
    name: str


Event = TextMessage | Command | ButtonPress | QuizAnswer | Tick


# ----------------------------------------------------------------------- replies
@dataclass(frozen=True)
class Button:
    label: str
    data: str

    def __post_init__(self) -> None:
        if len(self.data.encode()) > 64:
            raise ValueError(f"callback data over 64 bytes: {self.data!r}")


Keyboard = tuple[tuple[Button, ...], ...]


def keyboard(*rows: list[Button] | tuple[Button, ...]) -> Keyboard:
    return tuple(tuple(r) for r in rows if r)


@dataclass(frozen=True)
class Text:
    """An HTML message (Telegram's subset: b, i, code, pre, blockquote, a)."""

    html: str
    buttons: Keyboard = ()
    edit: bool = False  # replace the message whose button was pressed, instead of a new one


@dataclass(frozen=True)
class Photo:
    png: bytes
    caption: str = ""  # HTML, at most 1024 characters
    buttons: Keyboard = ()
    filename: str = "image.png"


@dataclass(frozen=True)
class Document:
    """A file (e.g. /mydata's JSON export, an answer too long for a message)."""

    data: bytes
    filename: str
    caption: str = ""  # HTML, at most 1024 characters
    buttons: Keyboard = ()


@dataclass(frozen=True)
class Quiz:
    """A quiz poll: one correct option, an explanation shown after answering. Once sent, the
    transport tells the tutor the poll's id (``Tutor.poll_sent(ask_id, poll_id)``)."""

    ask_id: int
    question: str
    options: tuple[str, ...]
    correct: int
    explanation: str = ""


@dataclass(frozen=True)
class Typing:
    """Show "typing…" while heavy work runs (a hint; transports may ignore it)."""


Reply = Text | Photo | Document | Quiz | Typing
