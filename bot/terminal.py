"""The terminal chat: the same tutor core, driven from stdin, as one local user.

Lines starting with ``/`` are commands. When the last reply had buttons, typing a button's
number or label presses it (under a practice question a number is an answer, so its buttons go
by label); when a quiz is open, typing an option's number answers it, through the same stored
poll path as Telegram (``Tutor.poll_sent``), and a quiz still open at start-up is shown again.
Images are written to the output folder and their paths printed. Works piped: it exits at end
of input.
"""

from __future__ import annotations

import asyncio
import html
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from . import texts
from .events import (
    Button,
    ButtonPress,
    Command,
    Document,
    Photo,
    Quiz,
    QuizAnswer,
    Reply,
    Text,
    TextMessage,
    Typing,
    User,
)
from .tutor import Tutor

LOCAL_USER = User(id=1, name="you", language="en")
_TAG_RE = re.compile(r"<(/?)(\w+)[^>]*>")


def to_terminal(html_text: str) -> str:
    """Telegram HTML as readable terminal text."""

    def tag(m: re.Match[str]) -> str:
        closing, name = m[1], m[2].lower()
        if name == "blockquote":
            return "" if closing else "\n"
        if name == "pre":
            return "\n" if not closing else ""
        return ""

    return html.unescape(_TAG_RE.sub(tag, html_text)).strip()


class TerminalChat:
    def __init__(self, tutor: Tutor, out_dir: Path, write: Callable[[str], None]) -> None:
        self.tutor = tutor
        self.out_dir = out_dir
        self.write = write
        self.buttons: list[Button] = []
        self.quiz: Quiz | None = None
        self.images = 0

    def event_for(self, line: str) -> object | None:
        text = line.strip()
        if not text:
            return None
        if text.startswith("/"):
            name, _, args = text[1:].partition(" ")
            return Command(LOCAL_USER, name.lower(), args.strip())
        if self.quiz is not None and text.isdigit() and 1 <= int(text) <= len(self.quiz.options):
            quiz, self.quiz = self.quiz, None
            return QuizAnswer(LOCAL_USER, poll_id(quiz), int(text) - 1)
        if self.buttons:
            # under a practice question a number is an answer; its buttons go by label
            answering = any(b.data.startswith(texts.PRACTICE + "hint:") for b in self.buttons)
            if text.isdigit() and 1 <= int(text) <= len(self.buttons) and not answering:
                return ButtonPress(LOCAL_USER, self.buttons[int(text) - 1].data)
            for b in self.buttons:
                if text.lower() == b.label.lower() or text.lower() == _bare(b.label).lower():
                    return ButtonPress(LOCAL_USER, b.data)
        return TextMessage(LOCAL_USER, text)

    async def show(self, replies: list[Reply]) -> None:
        self.buttons, shown = [], []
        for reply in replies:
            if isinstance(reply, Typing):
                continue
            if isinstance(reply, Text):
                shown.append(to_terminal(reply.html))
                self.buttons += [b for row in reply.buttons for b in row]
            elif isinstance(reply, Photo):
                self.images += 1
                self.out_dir.mkdir(parents=True, exist_ok=True)
                path = self.out_dir / f"{self.images:03d}-{reply.filename}"
                path.write_bytes(reply.png)
                caption = to_terminal(reply.caption)
                shown.append(f"[image: {path}]" + (f"\n{caption}" if caption else ""))
                self.buttons += [b for row in reply.buttons for b in row]
            elif isinstance(reply, Document):
                self.out_dir.mkdir(parents=True, exist_ok=True)
                path = self.out_dir / reply.filename
                path.write_bytes(reply.data)
                caption = to_terminal(reply.caption)
                shown.append(f"[file: {path}]" + (f"\n{caption}" if caption else ""))
            elif isinstance(reply, Quiz):
                self.quiz = reply
                # as Telegram's adapter: on the database thread, never on the event loop
                await self.tutor.storage.run(self.tutor.poll_sent, reply.ask_id, poll_id(reply))
                opts = "\n".join(f"  {i}. {o}" for i, o in enumerate(reply.options, 1))
                shown.append(f"QUIZ: {reply.question}\n{opts}\n(answer with the number)")
        if self.buttons:
            shown.append("  ".join(f"[{i}] {b.label}" for i, b in enumerate(self.buttons, 1)))
        self.write("\n\n".join(shown) + "\n")

    async def resume(self) -> None:
        """After a restart: show the quiz still waiting for an answer, so it can be answered."""
        quiz = await self.tutor.storage.run(self.tutor.open_quiz, LOCAL_USER)
        if quiz is not None:
            self.write(texts.QUIZ_STILL_OPEN)
            await self.show([quiz])

    async def feed(self, line: str) -> None:
        event = self.event_for(line)
        if event is None:
            return
        await self.show(await self.tutor.handle(event))  # type: ignore[arg-type]


def poll_id(quiz: Quiz) -> str:
    """The terminal's "poll id" for a quiz it showed (Telegram assigns its own)."""
    return f"terminal:{quiz.ask_id}"


def _bare(label: str) -> str:
    """A button label without its emoji: "📚 Learn" -> "Learn", "Next ➡️" -> "Next"."""
    return re.sub(r"[^\w)]+$", "", re.sub(r"^[^\w(]+", "", label)).strip()


async def run_chat(tutor: Tutor, out_dir: Path, stdin: TextIO = sys.stdin,
                   stdout: TextIO = sys.stdout) -> None:
    def write(text: str) -> None:
        stdout.write(text + "\n")
        stdout.flush()

    chat = TerminalChat(tutor, out_dir, write)
    interactive = stdin.isatty()
    if interactive:
        write("MML Tutor (terminal). Type /start, a problem, or Ctrl-D to quit.")
    await chat.resume()
    while True:
        if interactive:
            stdout.write("> ")
            stdout.flush()
        line = await asyncio.to_thread(stdin.readline)
        if not line:
            break
        await chat.feed(line)
