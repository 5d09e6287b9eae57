"""The new replies as a phone shows them: notes that say the reading, in the student's own
characters; button labels short enough to be read whole; named tasks; PCA's shares a line each.
(Rendered and looked at with benchmarks/render_replies.py at 360 px.)"""

from __future__ import annotations

import re

import pytest

from bot import solving
from bot.events import Button, ButtonPress, Text, TextMessage, Typing, User
from bot.jobs import CHAT_FORMATS, solve_job
from bot.tutor import Tutor
from solver.errors import ParseError
from solver.parsing import parse

MEERA = User(41, "Meera", "en")

# messages with a reading taken, a choice asked, a guess or a typo (the classes of readings.py)
READINGS = [
    "d/dx 3i x^2 + e^3x", "d/dx 1/2 x²", "d/dx x^1/3", "d/dx sin x squared", "d/dx log2x",
    "magnitude of 2i + 3j - k", "B =\n| 2 1 |\n| 1 2 |\neigenvectors of B?",
    "derivative of x*sigmoid(x)  (the swish activation)", "d/dx x3cosx", "d/dt of t^2 cost",
    "partial derivatives wrt x and y of x^2 sin y", "d/dx cos(3x) ... is it -3sin(3x)?",
    "d/dx 1/2x + 3x^2 sin x - 4cos x + 7", "d/dx x/2x+1", "2 x 3 + 4", "det [[i, j], [k, l]]",
    "first 4 terms of maclaurin series of cos x", "what is A' if A = [[0, 4, 1], [2, 3, 7]]",
]


def _readings(text: str) -> list:
    try:
        return list(parse(text).options.get("readings", []))
    except ParseError as exc:
        return list(exc.readings)


@pytest.mark.parametrize("text", READINGS)
def test_every_reading_label_is_read_whole_on_a_phone(text: str) -> None:
    found = _readings(text)
    assert found, text
    for r in found:
        if not r.other:
            continue
        label = ("👉 " if r.choice else "🔁 Read it as ") + r.other
        assert len(label) <= solving.LABEL_CHARS, label
        # x^(2) is the rewrite of a typed x², not what the student sees
        assert not re.search(r"\^\(-?\d+\)", r.other + r.taken), (r.other, r.taken)


def test_a_long_label_is_cut_in_its_middle() -> None:
    label = "➕ " + "the determinant of the product of the two " * 2 + "matrices"
    short = solving.short_label(label)
    assert len(short) <= solving.LABEL_CHARS and "…" in short
    assert short.startswith("➕ the determinant") and short.endswith("matrices")
    assert solving.short_label("🔁 Read it as e^3·x") == "🔁 Read it as e^3·x"


def test_a_reading_quotes_what_was_typed() -> None:
    (r,) = _readings("d/dx 1/2 x²")
    assert r.taken == "“1/2 x²” is read as (1/2)·x²" and r.other == "1/(2x²)"
    notes = parse("d/dx 1/2 x²").options["notes"]
    assert "Read: “1/2 x²” is read as (1/2)·x²." in notes


def test_a_long_tail_is_one_sign_on_a_choice_button_and_whole_in_the_question() -> None:
    with pytest.raises(ParseError) as err:
        parse("d/dx 1/2x + 3x^2 sin x - 4cos x + 7")
    assert [r.other for r in err.value.readings] == ["1/(2x) + …", "(1/2)·x + …", "1/(2x + …)"]
    assert "1/(2x + 3x^2 sin x - 4cos x + 7)" in err.value.message


def test_asking_for_a_check_is_no_guess() -> None:
    asked = parse("hi bro, eigenvalues of [[1, 4], [2, 3]]? I got 5 and -1, is it correct?")
    assert not asked.options.get("readings") and "correct" not in str(asked.options)
    guess = parse("d/dx cos(3x) ... is it -3sin(3x)?")
    assert [r.key for r in guess.options["readings"]] == ["guess"]
    assert guess.options["notes"][0] == ("Read: “-3sin(3x)?” is your guess: compare it with the "
                                         "answer below.")


@pytest.mark.parametrize(("text", "note"), [
    ("magnitude of 2i + 3j - k", "Read: i, j, k are the unit vectors"),
    ("eigen valus of [[2,1],[1,2]]", "Read: I took “eigen valus” as “eigenvalues”."),
    ("B =\n| 2 1 |\n| 1 2 |\neigenvectors of B?", "Read: the bars are the brackets"),
    ("det [[i, j], [k, l]]", "Read: i is a variable here"),
])
def test_a_linear_algebra_answer_says_the_reading_it_took(text: str, note: str) -> None:
    # the button offers the other reading: the answer must say which one it took
    result = solve_job(text, None, (), CHAT_FORMATS)
    assert result.ok and note in result.html, result.html
    head = result.html.split("<blockquote")[0]
    assert head.index(note) < head.index("✓ Working checked")


def test_pca_shares_are_a_line_a_component() -> None:
    text = "explained variance ratios for the points (1,2,0), (2,3,1), (3,5,4), (4,4,2), (0,1,3)"
    result = solve_job(text, None, (), CHAT_FORMATS)
    answer = re.search(r"<b>Answer:</b> <pre>(.*?)</pre>", result.html, re.S)
    assert answer, result.html
    lines = answer.group(1).splitlines()
    assert [line.split(":")[0] for line in lines] == ["PC1", "PC2", "PC3"]
    assert all("% of the variance, direction" in line for line in lines)


def _text(replies) -> Text:
    shown = [r for r in replies if not isinstance(r, Typing)]
    assert shown and isinstance(shown[0], Text), shown
    return shown[0]


def _buttons(reply: Text) -> list[Button]:
    return [b for row in reply.buttons for b in row]


async def test_the_other_tasks_are_named_on_their_buttons(tutor: Tutor) -> None:
    text = "mean, variance and sample variance of 2, 4, 4, 4, 5, 5, 7, 9"
    first = _text(await tutor.handle(TextMessage(MEERA, text)))
    assert "<code>5</code>" in first.html and "also asked for: variance, sample variance" in (
        first.html)
    also = {b.label: b.data for b in _buttons(first) if b.label.startswith("➕")}
    assert list(also) == ["➕ variance", "➕ sample variance"]
    variance = _text(await tutor.handle(ButtonPress(MEERA, also["➕ variance"])))
    assert "<code>4</code>" in variance.html  # 32/8
    sample = _text(await tutor.handle(ButtonPress(MEERA, also["➕ sample variance"])))
    assert "<code>32/7</code>" in sample.html


@pytest.mark.parametrize("text", [
    "d/dx 1/2x + 3x^2 sin x - 4cos x + 7", "derivative of x*sigmoid(x)  (the swish activation)",
    "explained variance ratios for the points (1,2,0), (2,3,1), (3,5,4), (4,4,2), (0,1,3)",
    "eigenvalues of the symmetric matrix [[4,1,7],[1,3,0],[2,0,5]]",
])
async def test_the_new_replies_fit_telegram(tutor: Tutor, text: str) -> None:
    for reply in await tutor.handle(TextMessage(MEERA, text)):
        if isinstance(reply, Text):
            assert len(reply.html) <= 4096
            for b in _buttons(reply):
                assert len(b.label) <= solving.LABEL_CHARS and len(b.data.encode()) <= 64


async def test_a_question_back_about_a_matrix_has_no_examples(tutor: Tutor) -> None:
    reply = _text(await tutor.handle(TextMessage(
        MEERA, "eigenvalues of the symmetric matrix [[1,2],[3,4]]")))
    assert "entry (1, 2) is 2 but entry (2, 1) is 3. Is an entry mistyped?" in reply.html
    assert "Examples" not in reply.html and len(reply.html.splitlines()) <= 3


def test_a_long_caption_is_cut_at_a_line_with_no_broken_entity() -> None:
    from html import escape

    from bot.events import Photo
    from bot.tutor import fitted

    caption = escape("\n".join(f"PC{i}: 1 < 2 & 3 > 2, direction (0.5, 0.5)" for i in range(60)))
    (photo,) = fitted([Photo(b"\x89PNG", caption, filename="plot.png")])
    assert len(photo.caption) <= 1024
    assert not re.search(r"&(?!(?:amp|lt|gt|quot|#x27);)", photo.caption)


def test_a_complex_valued_function_offers_no_plot() -> None:
    # i = √−1 chosen with a button: "where f′ > 0 it climbs" would be a false sentence
    imaginary = solve_job("d/dx 3i x^2 + e^3x", None, ("i",), CHAT_FORMATS)
    assert imaginary.ok and not imaginary.can_plot
    assert solve_job("d/dx 3x^2 + e^3x", None, (), CHAT_FORMATS).can_plot
