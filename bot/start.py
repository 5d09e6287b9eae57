"""Welcome, help, the main menu, and the one-line answers to what the bot does not know.

Every handler here is a plain function: the router runs it on the database thread."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from . import texts
from .events import Button, Command, Event, Reply, Text, keyboard

if TYPE_CHECKING:
    from .context import Context

MAIN_MENU = texts.MAIN_MENU
help_text = texts.help_text


def start(ctx: Context, event: Event) -> list[Reply]:
    """/start: who I am, in three lines, and the main paths."""
    name = escape(event.user.name or "there")
    return [Text(texts.WELCOME.format(name=name), MAIN_MENU)]


def help_(ctx: Context, event: Event) -> list[Reply]:
    """/help: every command with one line each."""
    return [Text(help_text(), MAIN_MENU)]


def unknown_command(ctx: Context, event: Event) -> list[Reply]:
    assert isinstance(event, Command)
    return [Text(texts.UNKNOWN_COMMAND.format(name=escape(event.name[:32])), MAIN_MENU)]


def stale_button(ctx: Context, event: Event) -> list[Reply]:
    return [Text(texts.BUTTON_EXPIRED, MAIN_MENU)]


def solve_prompt(ctx: Context, event: Event) -> list[Reply]:
    """The main menu's "Solve a problem": how to ask, and two examples a tap away."""
    remember = ctx.storage.remember_problem
    tries = [Button(f"▶️ {p}", f"{texts.SOLUTION}op:{remember(event.user.id, p)}")
             for p in texts.TRY_EXAMPLES]
    return [Text(texts.SOLVE_PROMPT, keyboard(tries))]
