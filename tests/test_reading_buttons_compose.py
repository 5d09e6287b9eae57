"""Several open readings in one message: a button flips its own reading and keeps the others.

A message can hold more than one ambiguous spot (``i`` a variable or √−1, a glued ``1/2x``,
``e^3x``). Each press is tested through the Tutor, in sequence, down to the final reading and
its answer.
"""

from __future__ import annotations

import pytest

from bot import solving
from bot.events import Button, ButtonPress, Text, TextMessage, Typing, User
from bot.tutor import Tutor, valid_button

RAVI = User(31, "Ravi", "en")


def _text(replies) -> Text:
    shown = [r for r in replies if not isinstance(r, Typing)]
    assert shown and isinstance(shown[0], Text), shown
    return shown[0]


def _buttons(reply: Text) -> list[Button]:
    return [b for row in reply.buttons for b in row]


def _press(reply: Text, label: str) -> str:
    found = [b for b in _buttons(reply) if b.label == label]
    assert len(found) == 1, [b.label for b in _buttons(reply)]
    data = found[0].data
    assert len(data.encode()) <= 64 and valid_button(data), data
    return data


async def test_a_choice_keeps_the_reading_chosen_before(tutor: Tutor) -> None:
    # 1/2x is asked first; read 1/(2x), i as a variable makes 3 variables for a 2-point: the
    # error offers i = √−1, and that press keeps 1/(2x)
    text = "gradient of x^2 + i*y^2 + 1/2x at (1,2)"
    asked = _text(await tutor.handle(TextMessage(RAVI, text)))
    assert "two ways" in asked.html
    error = _text(await tutor.handle(ButtonPress(RAVI, _press(asked, "👉 1/(2x)"))))
    assert error.html.startswith("🤔") and "i is a variable here" in error.html
    both = _text(await tutor.handle(ButtonPress(RAVI, _press(error, "🔁 Read it as i = √−1"))))
    assert not both.html.startswith("🤔"), both.html
    assert "i is the imaginary unit" in both.html and "1/(2x), as you chose" in both.html
    # ∇ = (2x − 1/(2x²), 2i·y) at (1, 2): (3/2, 4i)
    assert "3/2" in both.html and "4·i" in both.html
    more = next(b for b in _buttons(both) if "More detail" in b.label)
    assert more.data.endswith(":~i.jd")


async def test_a_reading_flipped_under_a_choice_stays_flipped(tutor: Tutor) -> None:
    # the choice first (1/(2x)), then i = √−1 from the answer's button: both kept
    asked = _text(await tutor.handle(TextMessage(RAVI, "d/dx i^2 x + 1/2x")))
    chosen = _text(await tutor.handle(ButtonPress(RAVI, _press(asked, "👉 1/(2x)"))))
    assert "i is a variable here" in chosen.html and "as you chose" in chosen.html
    imaginary = _text(await tutor.handle(ButtonPress(
        RAVI, _press(chosen, "🔁 Read it as i = √−1"))))
    # d/dx (−x + 1/(2x)) = −1 − 1/(2x²)
    assert "−x + 1/(2·x)" in imaginary.html and "x²" in imaginary.html
    assert "as you chose" in imaginary.html and "imaginary unit" in imaginary.html
    assert "<code>i²·x" not in imaginary.html


async def test_two_readings_under_one_answer_flip_one_at_a_time(tutor: Tutor) -> None:
    first = _text(await tutor.handle(TextMessage(RAVI, "d/dx 3i x^2 + e^3x")))
    labels = [b.label for b in _buttons(first) if b.label.startswith("🔁")]
    assert labels == ["🔁 Read it as e^3·x", "🔁 Read it as i = √−1"]
    imaginary = _text(await tutor.handle(ButtonPress(
        RAVI, _press(first, "🔁 Read it as i = √−1"))))
    assert "imaginary unit" in imaginary.html and "e^(3x)" in imaginary.html
    # the spot still as first read comes first, then the way back for the one flipped
    labels = [b.label for b in _buttons(imaginary) if b.label.startswith("🔁")]
    assert labels == ["🔁 Read it as e^3·x", "🔁 Read it as i as a variable"]
    both = _text(await tutor.handle(ButtonPress(
        RAVI, _press(imaginary, "🔁 Read it as e^3·x"))))
    assert "imaginary unit" in both.html and "e^3 · x" in both.html
    assert "x·e³" in both.html  # the function read: 3·i·x² + x·e³
    back = _text(await tutor.handle(ButtonPress(
        RAVI, _press(both, "🔁 Read it as i as a variable"))))
    assert "i is a variable here" in back.html and "e^3 · x" in back.html


async def test_the_working_and_the_other_task_keep_the_readings_chosen(tutor: Tutor) -> None:
    text = "derivative and second derivative of 3i x^2 + e^3x"
    first = _text(await tutor.handle(TextMessage(RAVI, text)))
    flipped = _text(await tutor.handle(ButtonPress(RAVI, _press(first, "🔁 Read it as e^3·x"))))
    assert "x·e³" in flipped.html
    more = next(b for b in _buttons(flipped) if "More detail" in b.label)
    assert more.data.endswith(":~exp")
    pages = [r for r in await tutor.handle(ButtonPress(RAVI, more.data))
             if isinstance(r, Text)]
    assert pages and any("x·e³" in p.html for p in pages)
    assert not any("3·x" in p.html for p in pages)  # e^(3x) is not the function read
    also = next(b for b in _buttons(flipped) if b.label.startswith("➕"))
    assert also.data.endswith(":derivative.2~exp") and valid_button(also.data)
    second = _text(await tutor.handle(ButtonPress(RAVI, also.data)))
    # d²/dx² (3i·x² + x·e³) = 6i (no 9e^(3x): the reading chosen is kept)
    assert "<code>6·i</code>" in second.html, second.html
    assert "e^3 · x" in second.html


def test_a_slot_is_read_back_as_written() -> None:
    for kind, flips in [(None, frozenset()), ("det", frozenset()), (None, frozenset({"i"})),
                        ("derivative.2", frozenset({"i", "jd"}))]:
        assert solving.read_slot("op", solving.slot(kind, flips) or None) == (kind, flips)
        assert solving.read_slot("alt", solving.slot(kind, flips, alt=True)) == (kind, flips)
    assert solving.read_slot("alt", "i") == (None, frozenset({"i"}))  # sent before
    assert solving.read_slot("more", "~i") == (None, frozenset({"i"}))  # sent before


@pytest.mark.parametrize("data", [
    "S:alt:1:~I", "S:alt:1:~a.b.c.d.e.f.g", "S:alt:1:bogus~i", "S:op:1:~i.__class__",
    "S:alt:1:~" + "x" * 13, "S:more:1:det~i:extra",
])
def test_a_crafted_slot_is_no_button(data: str) -> None:
    assert not valid_button(data)


@pytest.mark.parametrize("data", ["S:alt:1:~", "S:alt:1:~i.jd", "S:op:1:inverse~i",
                                  "S:more:1:derivative.2~exp.i", "S:alt:1:i"])
def test_the_slots_we_make_are_buttons(data: str) -> None:
    assert valid_button(data)
