"""Parsing stays fast: the rewrite prefilter is exact, and long worst-case messages parse in
bounded time (a regex that backtracks on a 2,000-character message fails here)."""

from __future__ import annotations

import contextlib
import re
import time
from pathlib import Path

import pytest
import yaml

import solver.parsing.source as source
from solver import ParseError, parse
from solver.parsing.prefilter import cannot_match, needs

CORPUS = Path(__file__).resolve().parent / "parse_corpus.yaml"
BOUND_MS = 200.0  # CPU time, generous: these take 2-40 ms; a backtracking regex takes seconds


def test_needs_finds_the_literal_every_match_contains() -> None:
    assert needs(re.compile(r"\s*\bto\s+the\s+power\s+(?:of\s+)?")) == {("power", False)}
    assert needs(re.compile(r"\b(?:del|nabla)\b")) == {("del", False), ("nabla", False)}
    assert needs(re.compile(r"(?i)\bOF\b")) == {("of", True)}
    assert needs(re.compile(r"x(?=\s*sin)")) == {("sin", False)}
    # nothing certain: optional, a class only, a negative lookahead, a branch with a class
    for bare in (r"(?:abc)?\s+", r"[a-z]+", r"(?!abc)\w", r"abc|\d", r"a*"):
        assert needs(re.compile(bare)) is None, bare


def test_cannot_match_only_when_the_pattern_finds_nothing() -> None:
    pattern = re.compile(r"\bk\s+means\b", re.I)
    assert cannot_match(pattern, "find the mean")
    assert not cannot_match(pattern, "K MEANS of the data")
    # the Kelvin sign folds to k under re.I: a non-ASCII text is never skipped on a lowered test
    kelvin = "\u212a means"
    assert pattern.search(kelvin) and not cannot_match(pattern, kelvin)
    assert not cannot_match(re.compile(r"\w+"), "")  # nothing known: the scan runs


def test_prefilter_agrees_with_the_regex_on_every_rewrite_of_the_corpus(monkeypatch) -> None:
    """Every (pattern, text) that a parse of the corpus sends through ``source.sub``: where the
    prefilter says "cannot match", the pattern indeed finds nothing."""
    wrong: list[tuple[str, str]] = []
    skipped = 0
    real = source.cannot_match

    def checked(pattern: re.Pattern[str], text: str) -> bool:
        nonlocal skipped
        verdict = real(pattern, text)
        if verdict:
            skipped += 1
            if pattern.search(text) is not None:
                wrong.append((pattern.pattern, str(text)))
        return verdict

    monkeypatch.setattr(source, "cannot_match", checked)
    texts = [e["text"] for e in yaml.safe_load(CORPUS.read_text(encoding="utf-8"))]
    texts += ["Ｋ means of x", "ſin of x", "İ x", "d/dx x³ eˣ", "A ka determinant nikalo"]
    for text in texts:
        with contextlib.suppress(ParseError):
            parse(text)
    assert not wrong, wrong[:3]
    assert skipped > 1000  # the prefilter does skip most rewrites


# Worst cases of the rewrite patterns: long runs of what a pattern's repeated parts accept,
# with the pattern's key words (which pass the prefilter) at the ends, each about 2,000 chars.
def _fill(head: str, piece: str, tail: str, size: int = 1990) -> str:
    room = max(0, size - len(head) - len(tail))
    return head + (piece * (room // len(piece) + 1))[:room] + tail


WORST = [
    _fill("rows", " ", " samples"),  # #?\s*\(?\s*\b(rows?|columns?)\s*...samples
    _fill("columns", "\u00a0", "samples"),
    _fill("", "a=1 ", " 5 steps"),  # (.*=.*\S)\s+(\d+)
    _fill("", "x=1,", "2"),
    _fill("A is", " ,", " positive definite"),  # [\s,]+(?:and\s+)?(?:positive...
    _fill("det [[1,2],[3,4]]", " ,", " is it 5?"),  # (?:\s*(?:\.{2,}|,|;|-))?\s+\b(?:is\s+it
    _fill("x", " ", "to the power 2"),  # \s*\bto\s+the\s+power
    _fill("x", " raised", " to the power 2"),
    _fill("", "1 2 ", "; 3 4"),  # bracket-less rows of numbers
    _fill("[", "1 a ", "]"),
    _fill("", "i+", "2j"),  # complex units [ijk](?:\s*[+-]...)+
    _fill("", "1", "°"),  # (\d+(?:\.\d+)?)\s*°
    _fill("Let", " ", "x = 2"),
    _fill("f", " for x=1", " = x^2"),
    _fill("", "each row is ", "a sample"),
    _fill("", "(x, ", "∂(x,y)/∂(u,v)"),
    _fill("d/dx ", "sin of ", "x"),
    _fill("", "first second ", "derivative of x^3"),
    _fill("", "upto ", "3 terms of sin x"),
    _fill("", "x_1 and ", "find x1"),
    _fill("taylor series of e^x ", "till ", "x^3"),
    _fill("", "A=[[1]] ", "det A"),
    _fill("", "is it ", "?"),
    _fill("", "e to the ", "x"),
    _fill("", "1/2x ", "d/dx"),
    _fill("", "||u - ", "v||"),
    _fill("", "'", "A'"),
    _fill("", "sigmoid ", "(x)"),
]
# the same with each kind of blank the normalizer folds (a pattern's \s runs see them first)
WORST += [_fill(head, blank, tail) for blank in ("\t", "\u00a0", "\u3000", "\r", " \n")
          for head, tail in (("rows", " samples"), ("A is", ", positive definite"),
                             ("det [[1,2],[3,4]]", " is it 5?"), ("x", "to the power 2"))]


@pytest.mark.parametrize("text", WORST, ids=[f"worst{i}" for i in range(len(WORST))])
def test_long_worst_case_message_parses_in_bounded_time(text: str) -> None:
    assert len(text) <= 2000
    with contextlib.suppress(ParseError):
        parse(text)  # warm: first-use imports and compiled patterns are not the point
    start = time.process_time()  # CPU time: other processes' load does not count
    with contextlib.suppress(ParseError):
        parse(text)
    elapsed = (time.process_time() - start) * 1000
    assert elapsed < BOUND_MS, f"{elapsed:.0f} ms for {text[:40]!r}..."


def test_rows_are_samples_pattern_is_linear_on_a_long_blank_run() -> None:
    """``#?\\s*\\(?\\s*\\b(rows?|...)`` took a minute on 2,000 blanks before "samples" (two
    ``\\s*`` around an optional bracket); written ``(?:#\\s*)?(?:\\(\\s*)?`` (no blank run
    before the bracket) it takes milliseconds."""
    from solver.parsing.lexicon import PHRASES

    # the layout said in words: rows/columns are samples (or observations ...), or variables
    patterns = [p for _key, p, _r in PHRASES if "(rows?|columns?" in p.pattern]
    assert len(patterns) == 2
    assert patterns[0].search("X (rows are samples)").span() == (2, 20)
    assert patterns[1].search("X (rows are features)").span() == (2, 21)
    for pattern in patterns:
        start = time.process_time()
        assert pattern.search(" " * 1990 + "samples") is None
        assert pattern.search(" " * 1990 + "features") is None
        assert (time.process_time() - start) * 1000 < BOUND_MS
