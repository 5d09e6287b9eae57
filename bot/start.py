"""Welcome, help, the main menu, and the one-line answers to what the bot does not know."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from . import texts
from .events import Button, Command, Event, Reply, Text, keyboard

if TYPE_CHECKING:
    from .context import Context

MAIN_MENU = keyboard(
    [Button("📚 Learn", texts.MENU + "learn"), Button("❓ Quiz me", texts.MENU + "quiz")],
    [Button("🧮 Solve a problem", texts.MENU + "solve"),
     Button("⚙️ Settings", texts.MENU + "settings")],
)


def help_text() -> str:
    lines = ["<b>What I can do</b>"]
    for c in texts.COMMANDS:
        usage = f" — e.g. <code>{escape(c.usage)}</code>" if c.usage else ""
        lines.append(f"/{c.name} — {escape(c.description)}{usage}")
    lines.append("")
    lines.append("Or just send a problem: " + ", ".join(texts.EXAMPLES) + ".")
    lines.append("Ask a concept too: <i>what is an eigenvector?</i>")
    return "\n".join(lines)


async def start(ctx: Context, event: Event) -> list[Reply]:
    """/start: who I am, in three lines, and the main paths."""
    name = escape(event.user.name or "there")
    return [Text(texts.WELCOME.format(name=name), MAIN_MENU)]


async def help_(ctx: Context, event: Event) -> list[Reply]:
    """/help: every command with one line each."""
    return [Text(help_text())]


async def unknown_command(ctx: Context, event: Event) -> list[Reply]:
    assert isinstance(event, Command)
    return [Text(texts.UNKNOWN_COMMAND.format(name=escape(event.name[:32])))]


async def stale_button(ctx: Context, event: Event) -> list[Reply]:
    return [Text(texts.BUTTON_EXPIRED)]


async def solve_prompt(ctx: Context, event: Event) -> list[Reply]:
    """The main menu's "Solve a problem": how to ask."""
    return [Text(texts.SOLVE_PROMPT)]
