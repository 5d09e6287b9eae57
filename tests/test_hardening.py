"""Hardening of the core: floods, crafted buttons, bugs in a handler."""

from __future__ import annotations

import asyncio
import time

from bot import texts
from bot.events import ButtonPress, Command, Text, TextMessage, User
from bot.gate import Busy, Gate
from bot.tutor import Tutor

FLOODER, OTHER, THIRD = User(501, "Flood"), User(502, "Other"), User(503, "Third")


def _html(replies) -> str:
    return "\n".join(r.html for r in replies if isinstance(r, Text))


async def test_gate_one_lane_per_student_and_one_warning_per_burst() -> None:
    gate = Gate(per_user=2, max_total=10)
    release = asyncio.Event()
    order: list[int] = []

    async def job(i: int) -> None:
        async with gate.heavy(1):
            order.append(i)
            await release.wait()

    tasks = [asyncio.create_task(job(i)) for i in range(2)]
    await asyncio.sleep(0)
    warns = []
    for _ in range(3):
        try:
            async with gate.heavy(1):
                pass
        except Busy as busy:
            warns.append(busy.warn)
    assert warns == [True, False, False]  # one reply for the burst
    async with gate.heavy(2):  # another student is not held up
        pass
    release.set()
    await asyncio.gather(*tasks)
    assert order == [0, 1] and gate.total == 0 and gate.pending(1) == 0
    async with gate.heavy(1):  # the burst is over: admitted again
        pass


async def test_flood_from_one_student_does_not_hold_up_the_others(tutor: Tutor) -> None:
    await tutor.handle(TextMessage(OTHER, "det [[1,2],[3,4]]"))  # workers warm
    flood = [asyncio.create_task(tutor.handle(TextMessage(FLOODER, f"d/dx x^{n} sin(7x) + 13")))
             for n in range(2, 102)]
    await asyncio.sleep(0.05)
    latencies = []
    for _ in range(10):
        t = time.perf_counter()
        replies = await tutor.handle(Command(OTHER, "start"))
        latencies.append(time.perf_counter() - t)
        assert "MML Tutor" in _html(replies)
    t = time.perf_counter()
    light = await tutor.handle(TextMessage(THIRD, "det [[2,0],[0,3]]"))
    third = time.perf_counter() - t
    answers = await asyncio.gather(*flood)
    latencies.sort()
    assert latencies[int(0.95 * len(latencies))] < 0.2, latencies
    assert third < 2, f"third student waited {third:.2f}s"
    assert "6" in _html(light)
    slow_downs = [a for a in answers if texts.SLOW_DOWN in _html(a)]
    solved = [a for a in answers if a and texts.SLOW_DOWN not in _html(a)]
    dropped = [a for a in answers if not a]
    assert len(slow_downs) == 1  # one polite reply for the burst
    assert 1 <= len(solved) <= tutor.gate.per_user
    assert len(solved) + len(slow_downs) + len(dropped) == 100


async def test_crafted_button_data_gets_expired_not_an_error(tutor: Tutor) -> None:
    await tutor.handle(Command(OTHER, "start"))
    for data in ["S:op:1:__class__", "S:op:" + "9" * 25, "S:more:1:__init__", "S:op:-1",
                 "L:go:__import__", "T:m:" + "x" * 70, "Q:next:../../etc", "S:op:1:det\x00",
                 "M:", "", "Z:zz", "S:plot:99999999999999999999999", "S:lesson:1:eval"]:
        replies = await tutor.handle(ButtonPress(OTHER, data))
        html = _html(replies)
        assert html and texts.GENERIC_ERROR not in html, (data, html)


async def test_a_bug_in_a_handler_gets_an_apology_and_a_report(tutor: Tutor, monkeypatch) -> None:
    from bot import start

    reports = []
    tutor.on_bug = lambda exc, event: reports.append((type(exc).__name__, event))

    async def broken(ctx, event):
        raise KeyError("boom")

    monkeypatch.setitem(__import__("bot.tutor").tutor.COMMAND_HANDLERS, "help", broken)
    replies = await tutor.handle(Command(OTHER, "help"))
    assert _html(replies) == texts.GENERIC_ERROR
    assert reports and reports[0][0] == "KeyError"
    assert "MML Tutor" in _html(await tutor.handle(Command(OTHER, "start")))  # still serving
    assert start.start  # the module is intact


def test_long_texts_become_a_file_and_long_captions_are_cut() -> None:
    from bot.events import Document, Photo
    from bot.tutor import fitted

    long = Text("<b>Answer</b>\n" + "1234567890 &amp; " * 400)
    out = fitted([long, Photo(b"png", "c" * 2000)])
    assert isinstance(out[0], Text) and len(out[0].html) < 4096
    assert isinstance(out[1], Document) and b"1234567890 & " in out[1].data
    assert len(out[1].data.decode()) > 4096  # the whole answer, nothing lost
    assert isinstance(out[2], Photo) and len(out[2].caption) <= 1024


async def test_the_inverse_of_a_4x4_of_30_digit_numbers_arrives_whole(tutor: Tutor) -> None:
    from bot.events import Document

    rows = [[10**29 + 7 * r + 3 * c + (r == c) * 10**28 for c in range(4)] for r in range(4)]
    text = "inverse " + str(rows)
    replies = await tutor.handle(TextMessage(OTHER, text))
    for r in replies:
        if isinstance(r, Text):
            assert len(r.html) <= 4096
    docs = [r for r in replies if isinstance(r, Document)]
    html = _html(replies)
    assert docs or "Answer" in html, html[:300]


async def test_a_repeated_problem_and_more_detail_come_from_the_cache(tutor: Tutor) -> None:
    text = "eigenvalues of [[4,1,0],[1,4,1],[0,1,4]]"
    first = await tutor.handle(TextMessage(OTHER, text))
    cache = tutor.pool.cache
    hits = cache.hits
    started = time.perf_counter()
    again = await tutor.handle(TextMessage(THIRD, "  " + text + " "))  # another student
    took = time.perf_counter() - started
    assert _html(again) == _html(first)
    assert cache.hits == hits + 1 and took < 0.05, f"{took * 1000:.0f} ms"
    more = next(b for r in first if isinstance(r, Text) for row in r.buttons for b in row
                if b.label.endswith("More detail"))
    await tutor.handle(ButtonPress(OTHER, more.data))
    assert cache.hits == hits + 2  # "More detail" did not solve again


def test_the_cache_is_bounded_and_keyed_by_version() -> None:
    from bot.jobs import solve_job
    from bot.workers import ResultCache

    cache = ResultCache(size=3, version="1")
    for i in range(5):
        cache.put(cache.key(solve_job, (f"det [[{i}]]", None)), i)
    assert len(cache._items) == 3
    assert cache.get(cache.key(solve_job, ("det [[0]]", None))) != 0  # evicted
    assert cache.get(cache.key(solve_job, ("det [[4]]", None))) == 4
    other = ResultCache(version="2")
    assert other.key(solve_job, ("x", None)) != cache.key(solve_job, ("x", None))
    assert cache.key(len, ("x",)) is None  # only jobs marked cacheable
