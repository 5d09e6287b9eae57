"""The held-out messages (written apart from the parser) and the misreadings they exposed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import sympy as sp

from solver import ParseError, parse, solve

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import parse_accuracy


def test_heldout_accuracy_at_least_95_percent() -> None:
    entries = parse_accuracy.load_corpus(parse_accuracy.HELDOUT)
    failures = [(e["text"], err) for e in entries if (err := parse_accuracy.check(e))]
    accuracy = 1 - len(failures) / len(entries)
    assert accuracy >= 0.95, "\n".join(f"{t!r}: {e}" for t, e in failures)


def test_single_letter_names_that_are_also_words() -> None:
    """"Q" is chatter ("Q3") in general, but "Q = [[...]]" defines a matrix."""
    sol = solve("P = [[0,1],[1,0]], Q = [[2,3],[4,5]], compute PQ")
    assert sol.answer == sp.Matrix([[4, 5], [2, 3]])


@pytest.mark.parametrize(("text", "base"), [("log2(x)", 2), ("log10 x", 10), ("lg2(x)", 2)])
def test_log_with_the_base_written_in(text: str, base: int) -> None:
    x = sp.Symbol("x")
    assert sp.simplify(parse(text).expr - sp.log(x, base)) == 0


@pytest.mark.parametrize("text", ["floor(x)", "d/dx floor(x)", "sinc(x)", "erf(x)"])
def test_unknown_function_is_refused_never_dropped(text: str) -> None:
    with pytest.raises(ParseError, match="don't know a function"):
        parse(text)


def test_data_tables_may_be_tall_but_not_wide_or_symbolic() -> None:
    data = "[" + ", ".join(f"[{i}, {i * i % 7}]" for i in range(12)) + "]"
    problem = parse(f"pca of {data}")
    assert problem.kind == "pca" and problem.matrices[0].shape == (12, 2)
    assert solve(f"pca of {data}").answer[0]  # variances
    with pytest.raises(ParseError, match="at most"):
        parse("pca of [" + ", ".join("[1, 2]" for _ in range(31)) + "]")
    with pytest.raises(ParseError, match="rows of numbers"):
        parse("[" + ", ".join("[a, 1]" for _ in range(7)) + "]")
