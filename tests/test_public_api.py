"""The public surface of each package is pinned, and solver stands alone (no Telegram)."""

from __future__ import annotations

import subprocess
import sys

import bot
import solver


def test_solver_public_names() -> None:
    assert sorted(solver.__all__) == [
        "CALCULUS_KINDS", "KINDS", "LINALG_KINDS", "ParseError", "Problem", "Solution", "Step",
        "TooHard", "block", "inline", "parse", "solve", "solve_problem",
    ]
    for name in solver.__all__:
        assert hasattr(solver, name)


def test_bot_public_names() -> None:
    assert sorted(bot.__all__) == [
        "Button", "ButtonPress", "Command", "ConfigError", "Photo", "Quiz", "QuizAnswer",
        "Settings", "Text", "TextMessage", "Tick", "Tutor", "User", "load_settings",
    ]


def test_solver_and_content_import_without_telegram_or_bot() -> None:
    code = (
        "import sys, solver, solver.plots, content\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('telegram', 'bot')]\n"
        "assert not bad, bad\n"
        "print(solver.solve('det [1 2; 3 4]').answer)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "-2"


def test_every_kind_has_a_solver() -> None:
    from solver.dispatch import _registry

    assert set(_registry()) == set(solver.KINDS)
