"""A heavy message that waits behind the same student's previous one is written down at once
(the transport's ``opening``), so a crash during the wait is owned up to after the restart."""

from __future__ import annotations

import asyncio

from bot import solving
from bot.events import Text, TextMessage, User
from bot.tutor import Tutor

ASHA = User(41, "Asha", "en")


async def test_a_message_queued_behind_the_students_previous_one_is_recorded_at_once(
        tutor: Tutor, monkeypatch) -> None:
    release = asyncio.Event()

    async def slow_solve(ctx, user, text, *args, **kwargs):
        await release.wait()
        return [Text(f"solved {text}")]

    monkeypatch.setattr(solving, "solve_text", slow_solve)
    recorded: list[str] = []
    first = asyncio.create_task(tutor.handle(TextMessage(ASHA, "det [[1,2],[3,4]]", 1),
                                             lambda: recorded.append("first")))
    await asyncio.sleep(0.2)
    second = asyncio.create_task(tutor.handle(TextMessage(ASHA, "det [[5,6],[7,8]]", 2),
                                              lambda: recorded.append("second")))
    await asyncio.sleep(0.2)
    assert recorded == ["first", "second"]  # the second is written down while it waits
    assert not first.done() and not second.done()
    release.set()
    replies = [await first, await second]
    assert [r[0].html for r in replies] == ["solved det [[1,2],[3,4]]",
                                           "solved det [[5,6],[7,8]]"]
    assert recorded == ["first", "second"]  # once each


async def test_an_unqueued_message_is_recorded_in_its_first_hop(tutor: Tutor) -> None:
    recorded: list[str] = []
    replies = await tutor.handle(TextMessage(ASHA, "hello", 3), lambda: recorded.append("x"))
    assert recorded == ["x"] and isinstance(replies[0], Text)
