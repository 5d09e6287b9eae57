"""The fast lane: a reply to a light request does not queue behind a class's burst."""

from __future__ import annotations

import asyncio
import itertools
import time

from bot.delivery import LIGHT, RateLimiter, SendWindow, WindowLimiter


async def test_a_light_reply_passes_a_saturated_limiter() -> None:
    limiter = WindowLimiter(SendWindow(4))  # heavy ones: 3 a second
    await limiter.initialize()
    done: dict[str, float] = {}
    started = time.perf_counter()

    async def send(name: str) -> dict:
        done[name] = time.perf_counter() - started
        return {"ok": True}

    async def request(name: str, rl_args) -> None:
        await limiter.process_request(send, (name,), {}, "sendMessage",
                                      {"chat_id": hash(name) % 1000 + 1}, rl_args)

    heavy = [asyncio.create_task(request(f"heavy{i}", None)) for i in range(6)]
    await asyncio.sleep(0.05)  # the burst is queued behind the cap
    await request("start", LIGHT)
    await asyncio.gather(*heavy)
    await limiter.shutdown()
    assert done["start"] < 0.3, done
    assert max(v for k, v in done.items() if k.startswith("heavy")) > 1.0  # the cap held


def _most_in_a_second(times: list[float]) -> int:
    times = sorted(times)
    return max(sum(1 for u in times if t <= u < t + 1.0) for t in times)


async def test_a_burst_goes_out_at_once_and_never_more_than_thirty_in_a_second() -> None:
    """Telegram's limit is 30 messages in a second, not one every 33 ms: the first 29 of a
    class's burst go at once but 25 (five places kept for /start and menus), the rest as the
    window frees;
    PTB's leaky bucket spaced them and, once full, let ~60 through in one second (429s from a
    sliding-window Telegram)."""
    limiter = WindowLimiter(SendWindow(30))
    sent: list[float] = []

    async def send() -> dict:
        sent.append(time.monotonic())
        return {"ok": True}

    started = time.monotonic()
    await asyncio.gather(*(limiter.process_request(send, (), {}, "sendMessage",
                                                   {"chat_id": 1000 + i}, None)
                           for i in range(70)))
    after = sorted(t - started for t in sent)
    assert after[24] < 0.1  # the first 25 at once
    assert 1.0 < after[25] < 1.2 and 2.0 < after[50] < 2.4
    assert _most_in_a_second(sent) == 25


async def test_replies_and_the_push_share_one_window() -> None:
    """The 20:00 push at 28/s and the replies to it are one token: together they stay within
    30 in any second; light replies (sent at once) take their place in it too."""
    window = SendWindow(30)
    replies = WindowLimiter(window)
    push = RateLimiter(28, per_chat=0, window=window)
    sent: list[float] = []

    async def send() -> dict:
        sent.append(time.monotonic())
        return {"ok": True}

    async def pushed(chat: int) -> None:
        await push.acquire(chat)
        await send()

    await asyncio.gather(
        *(pushed(i) for i in range(40)),
        *(replies.process_request(send, (), {}, "sendMessage", {"chat_id": 5000 + i}, None)
          for i in range(40)))
    assert len(sent) == 80
    assert _most_in_a_second(sent) <= 30

    window = SendWindow(30)
    replies = WindowLimiter(window)
    push = RateLimiter(28, per_chat=0, window=window)
    started = time.monotonic()
    for i in range(30):  # a second's worth of /start replies: the fast lane, at once
        await replies.process_request(send, (), {}, "sendMessage", {"chat_id": 9000 + i}, LIGHT)
    assert time.monotonic() - started < 0.1
    await push.acquire(1)  # the window is full of them: the push waits its turn
    assert time.monotonic() - started > 0.9
    assert all(b >= a for a, b in itertools.pairwise(sent))


async def test_a_start_during_a_burst_takes_the_light_lane() -> None:
    """Heavy sends leave room for light ones: with the window full of solutions, a /start
    still goes at once, and the total keeps to 30 in a second."""
    replies = WindowLimiter(SendWindow(30))
    sent: list[tuple[str, float]] = []

    async def send(kind: str) -> dict:
        sent.append((kind, time.monotonic()))
        return {"ok": True}

    burst = [asyncio.create_task(replies.process_request(
        send, ("heavy",), {}, "sendMessage", {"chat_id": 100 + i}, None)) for i in range(40)]
    await asyncio.sleep(0.05)
    asked = time.monotonic()
    await replies.process_request(send, ("light",), {}, "sendMessage", {"chat_id": 1}, LIGHT)
    assert time.monotonic() - asked < 0.05
    await asyncio.gather(*burst)
    assert _most_in_a_second([t for _, t in sent]) <= 30


def test_the_light_lane_is_counted_once() -> None:
    """With 9 /start replies in the last second, solutions get 30 - 10 = 20 places (the
    lane keeps one more), not 30 - 10 - 9: every send counts once toward the 30."""
    window = SendWindow(30, clock=lambda: 0.0)
    for _ in range(9):
        window.book(0.0, light=True)
    heavy = 0
    while window.wait(0.0) <= 0:
        window.book(0.0)
        heavy += 1
    assert heavy == 20
    assert window.wait(0.0, light=True) <= 0  # a /start still goes at once
    window.book(0.0, light=True)
    assert window.wait(1.06) <= 0  # a second later, everything has left the window


def test_the_window_says_when_it_is_crowded() -> None:
    # "typing…" is skipped while a class is answered: it would take a reply's place
    now = [100.0]
    window = SendWindow(30, clock=lambda: now[0])
    for _ in range(14):
        window.book(now[0])
    assert not window.crowded()
    window.book(now[0])
    assert window.crowded()  # half the second's 30 places are taken
    now[0] += 1.2
    assert not window.crowded()  # they have left the window
    window.pause(2.0)
    assert window.crowded()  # a 429 pause: nothing optional goes out
