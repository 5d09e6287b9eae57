"""Docs are checked: /help, Telegram's command menu and the README list the same commands."""

from __future__ import annotations

import re
from pathlib import Path

from bot import texts
from bot.start import help_text

ROOT = Path(__file__).resolve().parents[1]


def test_every_command_has_help_and_a_readme_entry() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    help_ = help_text()
    for c in texts.COMMANDS:
        assert c.description and len(c.description) <= 256
        assert re.fullmatch(r"[a-z0-9_]{1,32}", c.name)
        assert f"/{c.name} — {c.description}" in help_
        assert f"| `/{c.name}` |" in readme, f"README does not list /{c.name}"


def test_readme_lists_no_command_the_bot_lacks() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `/(\w+)` \|", readme, flags=re.MULTILINE))
    assert listed == {c.name for c in texts.COMMANDS}


def test_every_cli_subcommand_is_in_the_readme() -> None:
    from bot.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in sub.choices:
        assert f"`mml-tutor {name}" in readme, f"README does not describe mml-tutor {name}"


def test_env_example_documents_every_setting() -> None:
    from dataclasses import fields

    from bot.config import Settings

    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    for f in fields(Settings):
        assert re.search(rf"^{f.name.upper()}=", example, flags=re.MULTILINE), f.name
