"""`mml-tutor solve`, `plot` and `check-content` from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env.update(DATABASE_PATH=str(tmp_path / "cli.db"), SOLVER_WORKERS="1")
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True,
                          text=True, timeout=120, cwd=tmp_path, env=env)


def test_solve_prints_the_working(tmp_path: Path) -> None:
    out = run(tmp_path, "solve", "eigenvalues of [[2,1],[1,2]]")
    assert out.returncode == 0, out.stderr
    assert "I read this as: the eigenvalues of [[2, 1], [1, 2]]" in out.stdout
    assert "Working:" in out.stdout and "<b>" not in out.stdout


def test_solve_json(tmp_path: Path) -> None:
    out = run(tmp_path, "solve", "d/dx x^2 sin x", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["kind"] == "derivative"
    assert data["restated"] == "d/dx of x²·sin(x)"
    answer = data["answer"]
    assert answer["text"] == "x²·cos(x) + 2·x·sin(x)"
    assert answer["latex"] == r"x^{2} \cos{\left(x \right)} + 2 x \sin{\left(x \right)}"
    assert answer["sympy"].replace(" ", "") == "x**2*cos(x)+2*x*sin(x)"
    assert data["steps"] and all({"title", "math", "why"} <= s.keys() for s in data["steps"])


def test_solve_json_without_a_task_gives_the_offers(tmp_path: Path) -> None:
    out = run(tmp_path, "solve", "x^2 + 1", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["kind"] is None and data["restated"] == "x² + 1" and "d/dx" in data["offers"]


def test_solve_bad_input_is_one_friendly_error(tmp_path: Path) -> None:
    out = run(tmp_path, "solve", "().__class__.__bases__")
    assert out.returncode == 1
    assert "Traceback" not in out.stderr and out.stderr.strip()


def test_solve_huge_value_at_a_point_is_one_friendly_line(tmp_path: Path) -> None:
    out = run(tmp_path, "solve", "d/dx x^500 at x = 10^9")
    assert out.returncode == 1
    assert "Traceback" not in out.stderr and "at x = 10⁹ has over 4,000 digits" in out.stderr


def test_plot_writes_a_small_png(tmp_path: Path) -> None:
    target = tmp_path / "f.png"
    out = run(tmp_path, "plot", "f(x,y) = x^2 - y^2", "-o", str(target))
    assert out.returncode == 0, out.stderr
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) < 200_000
    assert str(target) in out.stdout


def test_check_content_prints_the_counts(tmp_path: Path) -> None:
    out = run(tmp_path, "check-content")
    assert out.returncode == 0, out.stderr
    counts = dict(line.split(": ") for line in out.stdout.strip().splitlines())
    assert int(counts["snippets"]) >= 75 and int(counts["questions"]) >= 150
    assert int(counts["generators"]) >= 15 and int(counts["glossary terms"]) >= 60
    assert int(counts["interview cards"]) >= 40
