"""Limits: size, digits, exponents, nesting; and parse time on hostile input."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

from solver import ParseError, parse

_BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "parse_accuracy.py"
_spec = importlib.util.spec_from_file_location("parse_accuracy", _BENCH)
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("x" * 2001, "2000"),
        ("det [[" + "],[".join(",".join(["1"] * 7) for _ in range(7)) + "]]", "6x6"),
        ("det [[" + "],[".join(",".join(["a"] * 5) for _ in range(5)) + "]]", "4x4"),
        ("det [[1, 2], [3]]", "different lengths"),
        ("1234567890123456789012345678901 + x", "30 digits"),
        ("x^1001", "exponent"),
        ("2^2^2^2^2", "exponent"),
        ("99^999", "1000 digits"),
        ("101!", "factorials"),
        ("(" * 40 + "x" + ")" * 40, "nested"),
        ("-" * 300 + "x", ""),
        ("d/dx " + "sin(" * 200 + "x" + ")" * 200, "nested"),
        ("1/0", "divides by zero"),
    ],
)
def test_limit_has_a_clear_message(text: str, words: str) -> None:
    with pytest.raises(ParseError) as info:
        parse(text)
    assert words in info.value.message
    assert info.value.hint


def test_within_limits_is_fine() -> None:
    six = "[[" + "],[".join(",".join(str(i + j) for j in range(6)) for i in range(6)) + "]]"
    assert parse("det " + six).matrices[0].shape == (6, 6)
    four = "[[" + "],[".join(",".join(["a"] * 4) for _ in range(4)) + "]]"
    assert parse("det " + four).matrices[0].shape == (4, 4)
    assert parse("d/dx x^1000").expr.exp == 1000
    assert parse("d/dx 100! x").expr.has(parse("d/dx x").expr)


def test_hostile_inputs_parse_fast() -> None:
    parse("det [[1, 2], [3, 4]]")
    parse("d/dx (x+1)^1000 sin x")  # warm SymPy's lazy imports
    slow = {}
    for text in bench.hostile_inputs():
        best = min(bench._timed(text) for _ in range(2))
        if best > 50:
            slow[text[:40]] = best
    assert not slow, f"slower than 50 ms: {slow}"


def test_corpus_parses_fast() -> None:
    corpus = bench.load_corpus()
    start = time.perf_counter()
    for entry in corpus:
        bench._timed(entry["text"])
    per_message = (time.perf_counter() - start) / len(corpus) * 1000
    assert per_message < 20
