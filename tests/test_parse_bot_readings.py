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


async def test_a_question_back_has_a_button_for_each_reading(tutor: Tutor) -> None:
    # 1/2x: the tuning sets' writers meant 1/(2x) (v2, v3, v4, v7) and x/2 (v5, v6): asked
    reply = _text(await tutor.handle(TextMessage(ASHA, "d/dx 1/2x")))
    assert reply.html.startswith("🤔") and "two ways" in reply.html
    assert "Examples" not in reply.html
    choices = [b for b in _buttons(reply) if b.label.startswith("👉")]
    assert [b.label for b in choices] == ["👉 1/(2x)", "👉 (1/2)·x"]
    assert all(b.data.startswith("S:alt:") and len(b.data) < 64 for b in choices)
    whole = _text(await tutor.handle(ButtonPress(ASHA, choices[0].data)))
    assert "1/(2·x)" in whole.html and "x²" in whole.html  # d/dx 1/(2x) = −1/(2x²)
    assert "as you chose" in whole.html
    assert not [b for b in _buttons(whole) if b.label.startswith(("👉", "🔁"))]
    more = next(b for b in _buttons(whole) if "More detail" in b.label)
    assert more.data.endswith(":~jd")
    split = _text(await tutor.handle(ButtonPress(ASHA, choices[1].data)))
    assert "<code>1/2</code>" in split.html and "(1/2)·x" in split.html


async def test_a_plus_after_the_glued_term_offers_three_readings(tutor: Tutor) -> None:
    reply = _text(await tutor.handle(TextMessage(ASHA, "d/dx x/2x+1")))
    labels = [b.label for b in _buttons(reply) if b.label.startswith("👉")]
    assert labels == ["👉 x/(2x) + 1", "👉 (x/2)·x + 1", "👉 x/(2x + 1)"]
    whole = next(b for b in _buttons(reply) if b.label == "👉 x/(2x + 1)")
    answer = _text(await tutor.handle(ButtonPress(ASHA, whole.data)))
    assert not answer.html.startswith("🤔") and "(2·x + 1)" in answer.html


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
