"""One send path (``Delivery.call``) for replies and the push, through real HTTP: the fake Bot
API answers 429, 5xx and 403 on demand; every retry is ours (PTB's are off), in order, within a
deadline, and nothing is lost or sent twice. The push's SQL runs off the event loop."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from datetime import UTC, datetime

import pytest
from fake_bot_api import FakeBotAPI
from telegram.ext import ExtBot
from test_telegram_e2e import _settings, running

from bot.context import ManualClock
from bot.delivery import Delivery, Outcome, RateLimiter, SendWindow, WindowLimiter
from bot.events import Command, Text, User
from bot.storage import Storage
from bot.telegram_app import build_application, make_sender
from bot.tutor import Tutor


@pytest.fixture
def fake():
    server = FakeBotAPI().start()
    yield server
    server.stop()


def _bot(fake: FakeBotAPI, window: SendWindow) -> ExtBot:
    return ExtBot(fake.token, base_url=f"{fake.url}/bot", rate_limiter=WindowLimiter(window))


async def test_replies_are_retried_in_one_place_in_order_once_each(fake) -> None:
    """Three replies to one chat meet a 502, a 429 and another 502: each is retried by
    ``Delivery.call`` alone (the bot's limiter never retries), they arrive in order, once."""
    fake.fail_next("sendMessage", 502, "Bad Gateway")
    fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    fake.fail_next("sendMessage", 503, "Service Unavailable")
    window = SendWindow()
    delivery = Delivery(window, first_backoff=0.05)
    replies = [Text(f"part {i}") for i in range(3)]
    async with _bot(fake, window) as bot:
        outcome = await delivery.send_replies(bot, 4001, replies)
    calls = fake.calls_to("sendMessage", 4001)
    assert outcome.state == "sent" and outcome.message_id is not None
    assert len(calls) == 6  # 3 refusals + 3 messages: no retry anywhere else
    assert [c.params["text"] for c in calls if c.result] == ["part 0", "part 1", "part 2"]
    assert delivery.retried_429 == 1 and delivery.retried_network == 2
    refused_429 = next(i for i, c in enumerate(calls) if c.result is None and i > 0)
    assert calls[refused_429 + 1].at - calls[refused_429].at >= 0.9  # waited retry_after


async def test_a_429_pauses_every_sender_of_the_token(fake) -> None:
    """One chat's 429 stops the others too: no call leaves during the pause."""
    fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    window = SendWindow()
    delivery = Delivery(window)
    async with _bot(fake, window) as bot:
        first = asyncio.create_task(delivery.send_replies(bot, 4101, [Text("a")]))
        await fake.wait_for("sendMessage", 4101)  # refused: the pause starts
        others = [asyncio.create_task(delivery.send_replies(bot, 4200 + i, [Text("b")]))
                  for i in range(5)]
        outcomes = await asyncio.gather(first, *others)
    refused_at = fake.calls_to("sendMessage", 4101)[0].at
    later = [c.at for c in fake.calls_to_any(("sendMessage",)) if c.at > refused_at]
    assert all(o.state == "sent" for o in outcomes)
    assert len(later) == 6 and min(later) - refused_at >= 0.9


async def test_a_long_429_gives_up_at_the_deadline_without_a_second_call(fake) -> None:
    fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 30", retry_after=30)
    window = SendWindow()
    async with _bot(fake, window) as bot:
        outcome = await Delivery(window).send_replies(bot, 4301, [Text("a"), Text("b")],
                                                      deadline=5)
    assert outcome.state == "retry" and "429" in outcome.error
    assert len(fake.calls_to("sendMessage", 4301)) == 1  # and "b" never overtook "a"


async def test_a_403_is_blocked_at_once_and_a_400_fails_without_retries(fake) -> None:
    fake.forbid(4401)
    window = SendWindow()
    delivery = Delivery(window, first_backoff=0.05)
    async with _bot(fake, window) as bot:
        blocked = await delivery.send_replies(bot, 4401, [Text("a"), Text("b")])
        fake.fail_next("sendMessage", 400, "Bad Request: message is too long")
        failed = await delivery.send_replies(bot, 4402, [Text("a")])
    assert blocked.state == "blocked" and len(fake.calls_to("sendMessage", 4401)) == 1
    assert failed.state == "failed" and len(fake.calls_to("sendMessage", 4402)) == 1
    assert delivery.retried_network == delivery.retried_429 == 0


async def test_the_applications_replies_take_the_one_path(fake, tmp_path) -> None:
    """Through the real Application: the bot's limiter is ours (no PTB retries), a 429 on
    /help is retried once by Delivery; a 403 marks the student inactive once."""
    app = build_application(_settings(fake, tmp_path))
    assert isinstance(app.bot.rate_limiter, WindowLimiter)
    delivery: Delivery = app.bot_data["delivery"]
    assert app.bot.rate_limiter.window is delivery.window  # one window for every sender
    async with running(app):
        fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
        fake.send_text(4501, "/help")
        calls = await fake.wait_for("sendMessage", 4501, count=2, timeout=20)
        await asyncio.sleep(0.3)
        assert len(fake.calls_to("sendMessage", 4501)) == 2 and delivery.retried_429 == 1
        fake.forbid(4502)
        fake.send_text(4502, "/help")
        await fake.wait_for("sendMessage", 4502)
        storage = app.bot_data["tutor"].storage
        for _ in range(100):
            if (user := storage.user(4502)) is not None and not user.active:
                break
            await asyncio.sleep(0.02)
        assert not storage.user(4502).active
        assert len(fake.calls_to("sendMessage", 4502)) == 1
    assert calls[1].result is not None


async def test_the_push_takes_the_same_path_and_its_sql_stays_off_the_loop(
        fake, settings, pool, monkeypatch) -> None:
    """A push pass through the one path (5xx retried, 403 marks inactive once, nothing
    doubled), and every SQL call of the pass runs on the database's thread, never on the
    event loop's (where each commit would stall every student's reply)."""
    storage = Storage.open(settings.database_path)
    clock = ManualClock(datetime(2026, 1, 5, 10, 0, tzinfo=UTC))
    tutor = Tutor(settings, storage, pool, clock=clock)
    users = list(range(4601, 4621))
    for uid in users:
        await tutor.handle(Command(User(uid, f"S{uid}"), "start"))
    fake.forbid(4605)
    fake.fault_every = (7, 502)
    clock.set(datetime(2026, 1, 5, 14, 30, tzinfo=UTC))  # 20:00 IST: everyone is due

    loop_thread = threading.get_ident()
    on_loop: list[str] = []
    for name, fn in list(vars(Storage).items()):
        if name.startswith("_") or not callable(fn) or name in ("run", "transaction", "now"):
            continue

        def watched(*a, __fn=fn, __name=name, **k):
            if threading.get_ident() == loop_thread:
                on_loop.append(__name)
            return __fn(*a, **k)

        monkeypatch.setattr(Storage, name, watched)

    window = SendWindow()
    delivery = Delivery(window, first_backoff=0.05)
    async with _bot(fake, window) as bot:
        report = await tutor.pusher(make_sender(bot, storage, delivery, RateLimiter(50))).tick()
    assert on_loop == [], f"SQL on the event loop during the push: {Counter(on_loop)}"
    got = Counter(int(c.params["chat_id"]) for c in fake.delivered())
    assert got == Counter({uid: 1 for uid in users if uid != 4605}), report
    assert fake.rejected[502] > 0 and delivery.retried_network == fake.rejected[502]
    assert len(fake.calls_to_any(("sendPoll", "sendMessage"), 4605)) == 1  # 403: not retried
    monkeypatch.undo()
    assert not storage.user(4605).active and storage.user(4601).active
    assert storage.push_counts() == {"sent": 19, "blocked": 1}
    storage.close()


async def test_a_read_timeout_is_uncertain_and_never_resent(fake) -> None:
    from telegram.request import HTTPXRequest

    window = SendWindow()
    bot = ExtBot(fake.token, base_url=f"{fake.url}/bot", rate_limiter=WindowLimiter(window),
                 request=HTTPXRequest(read_timeout=0.5))
    fake.delay_next("sendMessage", 1.5)  # carried out, answered after the client gave up
    async with bot:
        outcome = await Delivery(window).send_replies(bot, 4701, [Text("a"), Text("b")])
    assert outcome == Outcome("uncertain", error=outcome.error)
    await asyncio.sleep(1.3)  # the fake records the call once it has answered
    assert len(fake.calls_to("sendMessage", 4701)) == 1


def test_a_429s_wait_is_read_without_ptbs_deprecation_warning():
    """``RetryAfter.retry_after`` warns on every read in PTB 22: the bot reads the stored
    timedelta, so a burst of 429s logs no deprecation warnings."""
    import warnings
    from datetime import timedelta

    from telegram.error import RetryAfter

    from bot.delivery import retry_seconds

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # PTB's own constructor reads it (its warning)
        whole, half = RetryAfter(3), RetryAfter(timedelta(seconds=1.5))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning from our read fails the test
        assert retry_seconds(whole) == 3.0
        assert retry_seconds(half) == 1.5
