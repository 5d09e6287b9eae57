"""The terminal chat, driven through a pipe like `printf '/start\\n/help\\n' | mml-tutor chat`."""

from __future__ import annotations

import os
import re
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


# --------------------------------------------------------------------- practice (issue 11)
def _attempts(db: Path) -> list[tuple]:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT question_id, correct FROM attempts ORDER BY id").fetchall()
    finally:
        conn.close()


def test_quiz_answer_counts_once_and_progress_is_a_png(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = chat(tmp_path, ["/quiz la-w3", "1", "1", "/progress"], "chat", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "QUIZ:" in result.stdout
    assert "✅ Correct!" in result.stdout or "❌ Not quite." in result.stdout
    assert len(_attempts(tmp_path / "chat.db")) == 1  # the second "1" is no second answer
    png = next(out.glob("*progress.png"))
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size < 200_000
    assert "Your progress" in result.stdout and "This week: 1 question" in result.stdout


def test_a_restart_between_quiz_and_answer_keeps_the_answer(tmp_path: Path) -> None:
    first = chat(tmp_path, ["/quiz la-w3"], "chat")
    assert "QUIZ:" in first.stdout and first.returncode == 0
    second = chat(tmp_path, ["2"], "chat")  # a new process answers the same quiz
    assert second.returncode == 0, second.stderr
    assert "You still have a quiz open" in second.stdout
    assert "✅ Correct!" in second.stdout or "❌ Not quite." in second.stdout
    assert len(_attempts(tmp_path / "chat.db")) == 1


async def _in_process(settings, storage, pool, clock):
    from bot.terminal import TerminalChat
    from bot.tutor import Tutor

    lines: list[str] = []
    tutor = Tutor(settings, storage, pool, clock=clock)
    return TerminalChat(tutor, settings.database_path.parent / "out", lines.append), lines


async def test_practice_in_the_terminal_grades_equivalent_and_hints_wrong(
    settings, storage, pool
) -> None:
    from datetime import UTC, datetime

    from bot.context import ManualClock

    term, lines = await _in_process(settings, storage, pool,
                                    ManualClock(datetime(2026, 7, 1, 9, tzinfo=UTC)))
    await term.feed("/practice determinant")
    ask = storage.pending_ask(1)
    assert ask is not None and re.fullmatch(r"-?[1-9]\d*", ask.answer) and "✏️" in lines[-1]
    await term.feed(ask.answer.replace("-", "−") + ".0")
    assert lines[-1].startswith("✅ Correct!") and "I read your answer as" in lines[-1]
    await term.feed("/practice determinant")
    ask = storage.pending_ask(1)
    await term.feed("hint")
    assert "💡 Hint" in lines[-1]
    await term.feed(ask.answer[1:] if ask.answer.startswith("-") else "-" + ask.answer)
    assert lines[-1].startswith("❌ Not quite.") and "sign" in lines[-1]
    await term.feed("Show solution")  # the button, pressed by its label
    assert "The answer is" in lines[-1]
    from bot.questions import solve_text
    from content import load_curriculum

    if solve_text(load_curriculum().question(ask.question_id)):  # the solver's working too
        assert "Answer:" in lines[-1]


async def test_in_the_terminal_a_failed_card_is_due_before_a_passed_one(
    settings, storage, pool
) -> None:
    from datetime import UTC, datetime

    from bot.context import ManualClock

    clock = ManualClock(datetime(2026, 7, 1, 9, tzinfo=UTC))
    term, lines = await _in_process(settings, storage, pool, clock)
    asked = []
    for right in (True, False):
        await term.feed("/quiz la-w3")
        quiz = term.quiz
        assert quiz is not None
        option = quiz.correct if right else (quiz.correct + 1) % len(quiz.options)
        await term.feed(str(option + 1))
        assert lines[-1].startswith("✅" if right else "❌")
        asked.append(storage.ask(quiz.ask_id).question_id)
    await term.feed("/review")
    assert "Nothing is due" in lines[-1]
    clock.advance(minutes=5)
    await term.feed("/review")
    assert "Review" in lines[-1] and term.quiz is not None
    assert storage.ask(term.quiz.ask_id).question_id == asked[1]  # the failed one
