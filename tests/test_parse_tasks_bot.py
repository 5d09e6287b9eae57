"""The tasks of one message in the bot: the first named is shown, the others are buttons that
answer exactly that task (issue 10, point 3)."""

from __future__ import annotations

from bot.events import Button, ButtonPress, Text, TextMessage, Typing, User
from bot.tutor import Tutor

RAVI = User(22, "Ravi", "en")


def _text(replies) -> Text:
    shown = [r for r in replies if not isinstance(r, Typing)]
    assert shown and isinstance(shown[0], Text), shown
    return shown[0]


def _also(reply: Text) -> list[Button]:
    return [b for row in reply.buttons for b in row if b.label.startswith("➕")]


async def test_the_first_named_task_first_and_the_second_partial_as_a_button(
        tutor: Tutor) -> None:
    reply = _text(await tutor.handle(TextMessage(RAVI, "f = x^2 + 3xy: find f_x and f_y")))
    assert "with respect to x" in reply.html and "also asked for: ∂/∂y" in reply.html
    (button,) = _also(reply)
    assert button.data.endswith(":partial.2") and len(button.data.encode()) < 64
    second = _text(await tutor.handle(ButtonPress(RAVI, button.data)))
    assert "with respect to y" in second.html and "3·x" in second.html


async def test_rank_and_nullspace_shows_the_rank_first(tutor: Tutor) -> None:
    text = "find rank and nullspace of [[1,2],[2,4]]"
    reply = _text(await tutor.handle(TextMessage(RAVI, text)))
    assert "the rank of" in reply.html
    (button,) = _also(reply)
    assert button.data.endswith(":nullspace")


async def test_a_numbered_list_item_as_a_button(tutor: Tutor) -> None:
    text = "f(x, y) = e^x y\n1) gradient at (0, 2)\n2) hessian at (1, 0)"
    reply = _text(await tutor.handle(TextMessage(RAVI, text)))
    assert "the gradient of" in reply.html
    (button,) = _also(reply)
    second = _text(await tutor.handle(ButtonPress(RAVI, button.data)))
    assert "the Hessian of" in second.html and "x = 1, y = 0" in second.html


async def test_every_other_task_of_four_has_its_own_button_row(tutor: Tutor) -> None:
    text = "for A = [[2, 1], [1, 3]] find the det, the trace, the rank and the inverse"
    reply = _text(await tutor.handle(TextMessage(RAVI, text)))
    assert "determinant" in reply.html
    rows = [row for row in reply.buttons if any(b.label.startswith("➕") for b in row)]
    assert [len(row) for row in rows] == [1, 1, 1]  # a row each: labels shown whole
    assert [row[0].data.rsplit(":", 1)[1] for row in rows] == ["trace", "rank", "inverse"]
    last = _text(await tutor.handle(ButtonPress(RAVI, rows[-1][0].data)))
    assert "the inverse of" in last.html and "3/5" in last.html
