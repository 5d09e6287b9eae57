"""The one tokenizer (solver/parsing/tokens.py): spans, classes, and what reads it."""

from __future__ import annotations

import itertools

import pytest

from solver import ParseError
from solver.parsing import parse
from solver.parsing.lexer import tokenize
from solver.parsing.segment import segment_full
from solver.parsing.tokens import scan, word_pieces

_TEXTS = [
    "det of A = [[1, 2], [3, 4]] ??",
    "d/dx x^2 sin x wrt x at x = 1",
    "gradient descent on x_1^2 + 3x_2^2 from (1, 1) lr = 0.1 2 steps",
    "2e-3 + .5 * x ** 2; <1> 'q' : \n x_y_1 ⨯ ∂ ¿",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_every_character_is_in_one_token_at_its_span(text: str) -> None:
    toks = list(scan(text))
    assert "".join(t.text for t in toks) == text
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert all(a.end == b.start for a, b in itertools.pairwise(toks))


def test_classes() -> None:
    kinds = [(t.kind, t.text) for t in scan("sin2x = 1.5e3, [y]?") if t.kind != "space"]
    assert kinds == [("word", "sin2x"), ("op", "="), ("num", "1.5e3"), ("sep", ","),
                     ("open", "["), ("word", "y"), ("close", "]"), ("other", "?")]
    # an exponent only where no letter follows: 2e3x is 2 times e3x
    assert [t.text for t in scan("2e3x")] == ["2", "e3x"]


def test_word_pieces_keep_an_index_and_split_other_underscores() -> None:
    (word,) = scan("x_1")
    assert [p.text for p in word_pieces(word)] == ["x_1"]
    (word,) = scan("ab_y_2")
    pieces = word_pieces(word)
    assert [(p.kind, p.text) for p in pieces] == [("word", "ab"), ("op", "_"), ("word", "y_2")]
    assert [(p.start, p.end) for p in pieces] == [(0, 2), (2, 3), (3, 6)]


@pytest.mark.parametrize("text", [".", "x.y", "a?b", "x:y", "∂x", "x'", "a \\ b", '"s"', "x__1",
                                  "os.system", "f`x`"])
def test_lexer_admits_only_math(text: str) -> None:
    with pytest.raises(ParseError):
        tokenize(text)


def test_lexer_reads_the_scan() -> None:
    toks = tokenize("2x**2 + sin x_1")
    assert [(t.kind, t.text) for t in toks] == [
        ("num", "2"), ("sym", "x"), ("op", "^"), ("num", "2"), ("op", "+"), ("func", "sin"),
        ("sym", "x1")]
    assert [t.space for t in toks] == [False, False, False, False, True, True, True]


def test_segment_items_carry_their_span() -> None:
    text = "gradient of x^2 y at (1, 2), lr = 0.1 2 steps"
    seg = segment_full(text, frozenset({"lr"}))
    assert [it.text for it in seg.items] == ["x^2 y", "(1, 2)", "lr = 0.1", "2"]
    assert seg.items[-1].role == "steps"  # "lr = 0.1 2 steps": the 2 is the count
    for it in seg.items:
        assert it.span is not None and text[it.span[0]:it.span[1]] == it.text
    assert [(w, text[at:at + len(w)]) for w, at in seg.raw] == [
        (w, w) for w in ("gradient", "of", "at", "steps")]


def test_a_question_back_names_the_word_typed() -> None:
    with pytest.raises(ParseError, match="blorp"):
        parse("det blorp [[1, 2], [3, 4]]")
