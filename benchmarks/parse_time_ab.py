"""Parse time of two versions of the parser in one process, interleaved (the same load for both).

Usage::

    git archive <old-commit> | tar -x -C /tmp/old
    .venv/bin/python benchmarks/parse_time_ab.py /tmp/old [--reps 9]

The old tree's ``solver`` package is copied as ``solver_old`` (its one absolute import by name,
in ``kinds.py``, patched), then each message of the parse corpus and each hostile input is
parsed by the old and the new parser in turn, ``--reps`` times; a message's time is its
minimum (the run least disturbed by the other processes of a shared machine). Prints median,
p95 and max per set for both.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.parse_accuracy import hostile_inputs, load_corpus  # noqa: E402
from solver import ParseError  # noqa: E402
from solver.parsing import parse  # noqa: E402


def _old_parser(tree: Path) -> tuple[Any, type[Exception]]:
    where = Path(tempfile.mkdtemp(prefix="parse_ab_"))
    shutil.copytree(tree / "solver", where / "solver_old")
    kinds = where / "solver_old" / "kinds.py"
    kinds.write_text(kinds.read_text(encoding="utf-8").replace(
        'f"solver.{row.family}', 'f"solver_old.{row.family}'), encoding="utf-8")
    sys.path.insert(0, str(where))
    from solver_old.errors import ParseError as OldError  # type: ignore[import-not-found]
    from solver_old.parsing import parse as old  # type: ignore[import-not-found]
    return old, OldError


def _ms(func: Any, text: str, errors: tuple[type[Exception], ...]) -> float:
    start = time.perf_counter()
    with contextlib.suppress(*errors):
        func(text)
    return (time.perf_counter() - start) * 1000


def _stats(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    median = statistics.median(ordered)
    return f"median {median:.3f} ms, p95 {p95:.3f} ms, max {ordered[-1]:.2f} ms"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("old", type=Path, help="a copy of the old tree (git archive)")
    ap.add_argument("--reps", type=int, default=9)
    args = ap.parse_args()
    old, old_error = _old_parser(args.old)
    errors = (ParseError, old_error)
    sets = {"corpus": [e["text"] for e in load_corpus()], "hostile": hostile_inputs()}
    for text in sets["corpus"][:30]:  # warm both (SymPy's lazy imports, caches)
        _ms(old, text, errors), _ms(parse, text, errors)
    for name, texts in sets.items():
        before, after = [], []
        for text in texts:
            a, b = [], []
            for _ in range(args.reps):  # interleaved: both see the same load
                a.append(_ms(old, text, errors))
                b.append(_ms(parse, text, errors))
            before.append(min(a))
            after.append(min(b))
        print(f"{name:8s} old: {_stats(before)}\n{'':8s} new: {_stats(after)}")


if __name__ == "__main__":
    main()
