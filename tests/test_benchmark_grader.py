"""The held-out benchmark's grader is itself tested: its comparator and its rule for answers
that state no answer exists (benchmarks/answer_accuracy.py ``selftest``)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_grader_selftest_passes(capsys) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import answer_accuracy
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    answer_accuracy.selftest()
    assert "all comparator checks passed" in capsys.readouterr().out
