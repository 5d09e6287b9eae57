"""Issue 10, part 1: every part of every corpus message is accounted for.

For each message of ``tests/parse_corpus.yaml`` and ``tests/heldout/parse_heldout.yaml``:

- each number the student typed reaches the reading (found, by value, among the numbers of the
  Problem's operands), checked independently of the parser's own accounting;
- the same message with a word added that the lexicon does not know is asked about, never
  solved with the word dropped;
- the same message with a stray number added either uses that number or is asked about.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import sympy as sp
import yaml

from solver import ParseError, parse
from solver.parsing.expr import MatOp
from solver.parsing.normalize import normalize

ROOT = Path(__file__).resolve().parent
MESSAGES = [e["text"] for f in ("parse_corpus.yaml", "heldout/parse_heldout.yaml")
            for e in yaml.safe_load((ROOT / f).read_text(encoding="utf-8"))]
# numbers that belong to notation, not to the problem: d^2y/dx^2, 3rd, x_1, 3x3 matrix, 1e-3
_NOTATION = re.compile(r"d\s*\^?\s*\(?\d\)?|\^\s*\(?\d\)?(?=\s*\)?\s*/)|\d+\s*(?:st|nd|rd|th)\b"
                       r"|_\d+|\b\d\s*[x*]\s*\d\s+(?=matri|det)|\d(?:\.\d+)?[eE]-?\d+|"
                       r"\b[1-6]-?d\b|(?<=[A-Za-z])\d+")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])")


def _numbers_of(obj: Any, out: set[float]) -> None:
    if isinstance(obj, dict):
        for k, v in obj.items():
            _numbers_of(k, out)
            _numbers_of(v, out)
    elif isinstance(obj, MatOp):
        _numbers_of(obj.args, out)
    elif isinstance(obj, list | tuple | sp.MatrixBase):
        for v in obj:
            _numbers_of(v, out)
    elif isinstance(obj, sp.Basic):
        for atom in obj.atoms(sp.Number):
            out.add(abs(float(atom)))
            if isinstance(atom, sp.Rational):
                out |= {abs(float(atom.p)), float(atom.q)}
        for f in obj.atoms(sp.Pow):
            if f.exp.is_Rational:
                out |= {abs(float(f.exp.p)), float(f.exp.q)}
    elif isinstance(obj, int | float) and not isinstance(obj, bool):
        out.add(abs(float(obj)))


def _reading_numbers(problem: Any) -> set[float]:
    out: set[float] = set()
    opts = {k: v for k, v in problem.options.items() if k not in ("notes", "readings")}
    for part in (problem.matrices, problem.vectors, problem.expr, problem.exprs,
                 problem.equations, problem.point, problem.order, opts):
        _numbers_of(part, out)
    if problem.kind in ("derivative", "partial", "gradient", "hessian", "jacobian"):
        out.add(1.0)  # "d/dx x^2 at x = 1" and first-order derivatives
    if problem.kind == "multiply" and problem.matrices[0] == problem.matrices[1]:
        out.add(2.0)  # A^2 is A·A
    out.add(0.0)  # "= 0" of an equation moved to one side
    return out


def _typed_numbers(text: str) -> list[float]:
    plain = _NOTATION.sub(" ", normalize(text))
    return [float(n) for n in _NUMBER.findall(plain)]


@pytest.mark.parametrize("text", MESSAGES)
def test_every_typed_number_reaches_the_reading(text: str) -> None:
    try:
        problem = parse(text)
    except ParseError:
        return  # a question back or a refusal drops nothing
    have = _reading_numbers(problem)
    missing = [n for n in _typed_numbers(text)
               if not any(abs(n - h) < 1e-9 * max(1.0, n) for h in have)]
    assert not missing, f"{text!r}: {missing} not in the reading {problem.restated!r}"


@pytest.mark.parametrize("text", MESSAGES)
def test_an_unknown_word_is_asked_about(text: str) -> None:
    with pytest.raises(ParseError):
        parse(text.replace("\n", " blorptastic\n", 1) if "\n" in text else
              f"{text} blorptastic")


@pytest.mark.parametrize("text", MESSAGES)
def test_a_stray_number_is_used_or_asked_about(text: str) -> None:
    try:
        problem = parse(f"{text}\n7919")
    except ParseError:
        return
    assert 7919.0 in _reading_numbers(problem), (text, problem.restated)


def test_the_reading_records_where_each_part_went() -> None:
    problem = parse("sir pls find det of A where A = [[1,2],[3,4]] ??")
    went = dict(problem.options["account"])
    assert went["sir"] == "filler" and went["det"] == "lexicon: det"
    assert went["A = [[1,2],[3,4]]"] == "matrices[0]"
    problem = parse("gradient of x^2 y at (1, 2) plz")
    assert dict(problem.options["account"]) == {
        "gradient": "lexicon: gradient", "of": "filler", "at": "lexicon: at", "plz": "filler",
        "x^2 y": "expr", "(1, 2)": "point"}
