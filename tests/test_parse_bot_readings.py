"""Issue 10 in the bot: other tasks and the other reading are one button away."""

from __future__ import annotations

from bot.events import Button, ButtonPress, Text, TextMessage, Typing, User
from bot.tutor import Tutor

ASHA = User(21, "Asha", "en")


def _text(replies) -> Text:
    shown = [r for r in replies if not isinstance(r, Typing)]
    assert shown and isinstance(shown[0], Text), shown
    return shown[0]


def _buttons(reply: Text) -> list[Button]:
    return [b for row in reply.buttons for b in row]


async def test_det_and_inverse_offers_the_inverse(tutor: Tutor) -> None:
    reply = _text(await tutor.handle(TextMessage(ASHA, "det and inverse of [[1,2],[3,4]]")))
    assert "<code>-2</code>" in reply.html or "<code>−2</code>" in reply.html
    assert "also asked for: inverse" in reply.html
    also = next(b for b in _buttons(reply) if b.label.startswith("➕"))
    assert len(also.data.encode()) < 64
    inverse = _text(await tutor.handle(ButtonPress(ASHA, also.data)))
    assert "the inverse of" in inverse.html and "3/2" in inverse.html


async def test_other_reading_button_solves_the_other_problem(tutor: Tutor) -> None:
    # 1/2x is read 1/(2x) (both held-out writers meant it); the button is (1/2)·x
    reply = _text(await tutor.handle(TextMessage(ASHA, "d/dx 1/2x")))
    assert "1/(2·x)" in reply.html and "x²" in reply.html  # d/dx 1/(2x) = −1/(2x²)
    alt = [b for b in _buttons(reply) if b.label.startswith("🔁")]
    assert len(alt) == 1 and alt[0].data.startswith("S:alt:") and len(alt[0].data) < 64
    other = _text(await tutor.handle(ButtonPress(ASHA, alt[0].data)))
    assert "<code>1/2</code>" in other.html and "÷ 2, then × x" in other.html
    more = next(b for b in _buttons(other) if "More detail" in b.label)
    assert more.data.endswith(":~juxt")
    detail = await tutor.handle(ButtonPress(ASHA, more.data))
    assert any("x/2" in r.html for r in detail if isinstance(r, Text))


async def test_math_that_fails_is_not_a_glossary_card(tutor: Tutor) -> None:
    reply = _text(await tutor.handle(TextMessage(ASHA, "taylor series of blorp x upto x^3")))
    assert reply.html.startswith("🤔") and "blorp" in reply.html


async def test_an_error_from_one_reading_has_a_button_for_the_other(tutor: Tutor) -> None:
    # i as a variable gives 3 variables for a 2-point: the error says which reading led there
    reply = _text(await tutor.handle(TextMessage(ASHA, "gradient of x^2 + i*y^2 at (1,2)")))
    assert reply.html.startswith("🤔") and "i is a variable here" in reply.html
    alt = [b for b in _buttons(reply) if b.label.startswith("🔁")]
    assert len(alt) == 1 and alt[0].data.startswith("S:alt:") and len(alt[0].data) < 64
    other = _text(await tutor.handle(ButtonPress(ASHA, alt[0].data)))
    assert "gradient" in other.html and not other.html.startswith("🤔")
