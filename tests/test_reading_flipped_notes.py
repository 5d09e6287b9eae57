"""Under the "other reading" button the note says the reading that was taken (the other one),
never the usual one: the notes of many readings said the usual reading under the flipped answer
("Read: “cost” is cos t." above d/dt of t²), a false sentence in the working (session 4)."""

import pytest

from solver import ParseError, parse

MESSAGES = [
    "d/dt of t^2 cost", "differentiate sin x squared", "partial derivatives of x^2 y wrt x and y",
    "A = [[1, 2], [3, 4]], find A'", "d/dx x3cosx", "d/dx log2x", "d/dx 1/2x", "d/dx e^3x",
    "d/dx xi^2", "hessian 4 x^3 + y^2", "d/dx 1 over x plus 1", "d/dx square root of x plus 1",
    "d/dx x^1/3", "first 3 terms of the taylor series of e^x",
    "characteristic polynomial of [[2, 1], [1, 2]]",
    "transpose of [[1, 2], [3, 4]] times [[0, 1], [1, 0]]", "d/dx x^2 (the swish activation)",
    "derivative of x^3 + 2x is it 3x^2 + 2?", "2i + 3j - k dot i + j", "d/dx 7i^3 + 4i",
    "det [[i, 2], [3, e]]", "d/dx sigmoid 1/(1+e^-x)", "B =\n| 2 1 |\n| 1 2 |\ninverse of B",
    "second derivative of x^2 + i x", "d/dx 3x cube + 2x square", "d/dx 5x square",
    "d/dx sin x square",
]


def _notes(text, flip=frozenset()):
    problem = parse(text, flip)
    return {r.key: r.taken for r in problem.options.get("readings", [])}, problem


def _cases():
    out = []
    for text in MESSAGES:
        try:
            found, _ = _notes(text)
        except ParseError:
            continue
        out += [(text, key) for key in found]
    return out


CASES = _cases()


def test_the_messages_cover_many_readings():
    assert len({key for _t, key in CASES}) >= 15, sorted({key for _t, key in CASES})


@pytest.mark.parametrize(("text", "key"), CASES)
def test_the_flipped_note_is_not_the_usual_reading(text, key):
    usual, _ = _notes(text)
    try:
        flipped, other = _notes(text, frozenset({key}))
    except ParseError:
        return  # the other reading does not parse: asked back, nothing is claimed
    assert key in flipped, (text, key)
    assert flipped[key] != usual[key], (text, key, usual[key])
    notes = other.options.get("notes", [])
    assert f"Read: {usual[key]}." not in notes, (text, notes)
