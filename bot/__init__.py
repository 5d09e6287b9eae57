"""MML Tutor's Telegram side: the tutor core, its two transports, storage and the CLI.

The core (``Tutor``) takes plain events and returns plain replies; ``telegram_app`` and
``terminal`` are adapters over it. See docs/architecture.md for the map.
"""

from .config import ConfigError, Settings, load_settings
from .events import (
    Button,
    ButtonPress,
    Command,
    Photo,
    Quiz,
    QuizAnswer,
    Text,
    TextMessage,
    Tick,
    User,
)

__all__ = [
    "Button",
    "ButtonPress",
    "Command",
    "ConfigError",
    "Photo",
    "Quiz",
    "QuizAnswer",
    "Settings",
    "Text",
    "TextMessage",
    "Tick",
    "Tutor",
    "User",
    "load_settings",
]


def __getattr__(name: str):
    """``bot.Tutor`` is imported on first use: a worker process imports ``bot.jobs`` and must
    not pay for the tutor core and python-telegram-bot (~0.5 s) it never runs."""
    if name == "Tutor":
        from .tutor import Tutor

        return Tutor
    raise AttributeError(f"module 'bot' has no attribute {name!r}")
