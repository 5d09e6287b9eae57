"""The terminal chat, driven through a pipe like `printf '/start\\n/help\\n' | mml-tutor chat`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ENV_KEYS = ("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL", "DATABASE_PATH")


def chat(tmp_path: Path, lines: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ENV_KEYS}
    env.update(DATABASE_PATH=str(tmp_path / "chat.db"), SOLVER_WORKERS="1")
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input="".join(line + "\n" for line in lines),
        capture_output=True, text=True, timeout=120, cwd=tmp_path, env=env,
    )


def test_piped_start_and_help_print_both_replies_and_exit(tmp_path: Path) -> None:
    result = chat(tmp_path, ["/start", "/help"], "chat", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "I am MML Tutor" in out
    assert "[1] 📚 Learn" in out and "[3] 🧮 Solve a problem" in out
    assert "/solve — Solve a problem step by step" in out
    assert "<b>" not in out and "&lt;" not in out  # HTML turned into terminal text


def test_buttons_pressed_by_number_or_label(tmp_path: Path) -> None:
    result = chat(tmp_path, ["/start", "3", "/start", "settings"], "chat")
    assert result.returncode == 0, result.stderr
    assert "Send me the problem as a message" in result.stdout
    assert "Your settings" in result.stdout and "Asia/Kolkata" in result.stdout


def test_no_subcommand_without_token_opens_the_chat(tmp_path: Path) -> None:
    result = chat(tmp_path, ["/start"])
    assert result.returncode == 0, result.stderr
    assert "No TELEGRAM_BOT_TOKEN set: opening the terminal chat" in result.stderr
    assert "I am MML Tutor" in result.stdout


def test_settings_are_stored(tmp_path: Path) -> None:
    result = chat(tmp_path, ["/settings time 21:30", "/settings tz Europe/London",
                             "/settings time 7pm", "/settings time soon", "/settings"], "chat")
    assert "Daily question at 21:30" in result.stdout
    assert "Time zone set to Europe/London" in result.stdout
    assert "Daily question at 19:00" in result.stdout  # 7pm is read (issue 14)
    assert "is not a time I can read" in result.stdout
    last = result.stdout.split("Your settings")[-1]
    assert "Europe/London" in last and "19:00" in last


def test_a_whole_module_in_the_terminal(tmp_path: Path) -> None:
    from content import load_curriculum

    module = load_curriculum().modules[0]
    lines = ["/learn"] + ["next"] * (len(module.snippets) - 1) + ["/topics", "1"]
    result = chat(tmp_path, lines, "chat", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    for snippet in module.snippets:
        assert snippet.title in result.stdout
    assert "Worked example" in result.stdout and module.worked_example.try_it in result.stdout
    assert f"✓ W{module.week}" in result.stdout  # the module is marked done in /topics
    images = list((tmp_path / "out").glob("*.png"))
    if any(s.formula for s in module.snippets):
        assert images and all(p.read_bytes().startswith(b"\x89PNG") for p in images)
        assert "[image: " in result.stdout


def test_quiz_answered_by_number_and_problem_solved(tmp_path: Path) -> None:
    lines = ["det [1 2; 3 4]"] + ["/quiz", "1"] * 10
    result = chat(tmp_path, lines, "chat")
    assert result.returncode == 0, result.stderr
    assert "Answer: −2" in result.stdout
    polls = result.stdout.split("QUIZ:")[1:]
    assert polls, "ten /quiz in a row brought no multiple-choice question"
    for block in polls:
        assert "  1. " in block and "(answer with the number)" in block
        after = block.split("(answer with the number)")[1]
        assert "✅ Correct!" in after or "❌ Not quite." in after
