"""Three silent misreadings found when the held-back set v8 was measured at the end of
session 5 (the figures in docs/benchmarks.md are from before these fixes), each as a class."""

from __future__ import annotations

import pytest
import sympy as sp

from solver import ParseError, parse, solve

x, y = sp.symbols("x y")


# ------------------------------------------------- e^2xcosx: a glued function ends the power
@pytest.mark.parametrize(("text", "expr"), [
    ("d/dx e^2xcosx", sp.exp(2 * x) * sp.cos(x)),
    ("bhai help d/dx e^2xsinx", sp.exp(2 * x) * sp.sin(x)),
    ("d/dx e^-3xtanhx", sp.exp(-3 * x) * sp.tanh(x)),
    ("d/dx e^2xlog x", sp.exp(2 * x) * sp.log(x)),
])
def test_a_function_glued_after_e_to_the_ax_ends_the_power(text: str, expr: sp.Expr) -> None:
    p = parse(text)
    assert sp.simplify(p.expr - expr) == 0  # was x·e²·cos x, said nowhere
    assert "exp" in {r.key for r in p.options.get("readings", [])}


@pytest.mark.parametrize("text", ["d/dx e^2xy", "d/dx 2^3ab", "d/dx e^2pi x"])
def test_a_power_glued_to_two_letters_is_asked(text: str) -> None:
    with pytest.raises(ParseError, match="where the power ends"):
        parse(text)


# ---------------------------------------------- "squared distance": the word is never dropped
@pytest.mark.parametrize(("text", "answer"), [
    ("squared distance between (1,2,3) and (2,0,1)", 9),  # was 3
    ("distance squared between (1,2) and (3,4)", 8),  # was "I did not expect '^'"
    ("norm squared of (1,2,2)", 9),
    ("squared length of (1,2,2)", 9),  # was 3
    ("distance between (1,2) and (4,6)", 5),
])
def test_squared_distance_and_norm(text: str, answer: int) -> None:
    s = solve(text)
    assert s.answer == answer
    assert ("squared" in s.problem.restated) == ("squared" in text)


def test_a_power_word_that_reaches_nothing_is_asked() -> None:
    with pytest.raises(ParseError, match="“squared”"):
        parse("squared det of [[1,2],[3,4]]")


# -------------------------------------------------- "i.e.": the form written out after it
def test_the_form_after_ie_is_taken_and_said() -> None:
    s = solve("derivative of softplus(2x) i.e. log(1 + exp(2x))")
    assert sp.simplify(s.answer - 2 * sp.exp(2 * x) / (sp.exp(2 * x) + 1)) == 0
    assert any("i.e." in n for n in s.notes)  # was softplus·log, squared, said nowhere


# ------------------------------------- two norms, one L1: the Euclidean one was dropped silently
def test_an_l1_norm_beside_another_norm_is_never_half_answered() -> None:
    """Session 5 asked it back; session 6 answers each norm (tests/test_parse_s6_lead.py).
    Either way the ||x||_2 is never dropped under the L1 answer; where the tasks cannot be
    told apart it is still asked."""
    got = solve("||x||_1 and ||x||_2 for x = (1, -2, 2)")  # answered 5, the ||x||_2 unsaid
    assert [s.answer for s in got] == [5, 3]
    with pytest.raises(ParseError, match="L1 or the max norm"):
        parse("||u - v||_1 and ||u - v||_2 for u = (1, 2), v = (3, 5)")
    assert solve("||x||_1 for x = (-1, 5, -3)").answer == 9
