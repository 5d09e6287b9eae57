"""End-to-end: the real python-telegram-bot Application against a local fake Bot API server."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import time
import urllib.error
import urllib.request
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from fake_bot_api import FakeBotAPI

from bot import texts
from bot.config import Settings
from bot.telegram_app import build_application


def _settings(fake: FakeBotAPI, tmp_path: Path, **extra) -> Settings:
    return Settings(telegram_bot_token=fake.token, telegram_api_url=fake.url,
                    database_path=tmp_path / "e2e.db", solver_workers=1,
                    solver_timeout_seconds=20, **extra)


@asynccontextmanager
async def running(app, **webhook) -> AsyncIterator[None]:
    """The Application started as run_polling/run_webhook would, stopped in reverse order."""
    await app.initialize()
    await app.post_init(app)  # run_polling would call it; we drive the pieces ourselves
    await app.start()
    if webhook:
        await app.updater.start_webhook(**webhook)
    else:
        await app.updater.start_polling(poll_interval=0, timeout=1)
    try:
        yield
    finally:
        await app.updater.stop()
        await app.stop()
        await app.post_shutdown(app)
        await app.shutdown()


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[tuple[FakeBotAPI, object]]:
    fake = FakeBotAPI().start()
    app = build_application(_settings(fake, tmp_path, admin_user_ids=(555,)))
    try:
        async with running(app):
            yield fake, app
    finally:
        fake.stop()


def _buttons(call) -> list[tuple[str, str]]:
    markup = call.params.get("reply_markup") or {}
    return [(b["text"], b["callback_data"]) for row in markup.get("inline_keyboard", [])
            for b in row]


async def test_start_welcome_buttons_and_command_menu(bot) -> None:
    fake, _ = bot
    commands = (await fake.wait_for("setMyCommands"))[0].params["commands"]
    assert [c["command"] for c in commands] == [c.name for c in texts.COMMANDS]

    pushed = time.monotonic()
    fake.send_text(1001, "/start")
    reply = (await fake.wait_for("sendMessage", 1001))[0]
    latency_ms = (reply.at - pushed) * 1000
    print(f"\n/start reply latency through the fake Bot API: {latency_ms:.0f} ms")
    assert "MML Tutor" in reply.params["text"]
    assert reply.params.get("parse_mode") == "HTML"
    labels = [label for label, _ in _buttons(reply)]
    assert any("Learn" in lb for lb in labels) and any("Quiz" in lb for lb in labels)
    assert any("Solve" in lb for lb in labels) and any("Settings" in lb for lb in labels)
    assert latency_ms < 2000

    fake.send_text(1001, "/start")  # a second /start does not duplicate the user
    await fake.wait_for("sendMessage", 1001, count=2)
    tutor = bot[1].bot_data["tutor"]
    assert tutor.storage.count_users() == 1


async def test_button_press_is_answered_and_routed(bot) -> None:
    fake, _ = bot
    fake.press(1002, texts.MENU + "solve")
    await fake.wait_for("answerCallbackQuery")
    reply = (await fake.wait_for("sendMessage", 1002))[0]
    assert "det [1 2; 3 4]" in reply.params["text"]


async def test_help_lists_every_command(bot) -> None:
    fake, _ = bot
    fake.send_text(1003, "/help")
    text = (await fake.wait_for("sendMessage", 1003))[0].params["text"]
    for c in texts.COMMANDS:
        assert f"/{c.name}" in text


async def test_unknown_command_gets_a_hint(bot) -> None:
    fake, _ = bot
    fake.send_text(1004, "/frobnicate now")
    text = (await fake.wait_for("sendMessage", 1004))[0].params["text"]
    assert "/frobnicate" in text and "/help" in text


async def test_bad_html_falls_back_to_plain_text(bot) -> None:
    fake, _ = bot
    fake.fail_next("sendMessage", 400, "Bad Request: can't parse entities: unclosed tag")
    fake.send_text(1005, "/help")
    calls = await fake.wait_for("sendMessage", 1005, count=2)
    assert calls[1].params.get("parse_mode") in (None, "")
    assert "<b>" not in calls[1].params["text"] and "/learn" in calls[1].params["text"]


async def test_blocked_user_is_marked_inactive(bot) -> None:
    fake, app = bot
    fake.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
    fake.send_text(1006, "/help")
    await fake.wait_for("sendMessage", 1006)
    tutor = app.bot_data["tutor"]
    for _ in range(100):
        user = tutor.storage.user(1006)
        if user is not None and not user.active:
            break
        await asyncio.sleep(0.02)
    assert tutor.storage.user(1006).active is False


async def test_flood_limit_429_is_retried(bot) -> None:
    fake, _ = bot
    fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    fake.send_text(1007, "/help")
    calls = await fake.wait_for("sendMessage", 1007, count=2, timeout=20)
    assert calls[1].at - calls[0].at >= 0.9  # waited retry_after before trying again


async def test_non_text_message_gets_a_reply(bot) -> None:
    fake, _ = bot
    update = fake.message_update(1008, "")
    del update["message"]["text"]
    update["message"]["sticker"] = {"file_id": "s", "file_unique_id": "s", "type": "regular",
                                    "width": 1, "height": 1, "is_animated": False,
                                    "is_video": False}
    fake._push(update)
    text = (await fake.wait_for("sendMessage", 1008))[0].params["text"]
    assert "text" in text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_webhook_rejects_requests_without_the_secret(tmp_path: Path) -> None:
    fake = FakeBotAPI().start()
    port = _free_port()
    settings = _settings(fake, tmp_path, webhook_url="https://tutor.example/hook",
                         webhook_secret="s3cret-token", webhook_port=port)
    app = build_application(settings)
    hook = {"listen": "127.0.0.1", "port": port, "url_path": "hook",
            "webhook_url": settings.webhook_url, "secret_token": settings.webhook_secret}
    try:
        async with running(app, **hook):
            await _check_webhook(fake, port)
    finally:
        fake.stop()


async def _check_webhook(fake: FakeBotAPI, port: int) -> None:
    """Telegram's secret-token header is required: 403 without it or when wrong."""
    set_hook = (await fake.wait_for("setWebhook"))[0]
    assert set_hook.params["secret_token"] == "s3cret-token"
    body = json.dumps(fake.message_update(2001, "/help") | {"update_id": 1}).encode()

    def post(headers: dict[str, str]) -> int:
        req = urllib.request.Request(
            f"http://127.0.0.1:{port}/hook", data=body,
            headers={"Content-Type": "application/json", **headers})
        try:
            return urllib.request.urlopen(req, timeout=5).status
        except urllib.error.HTTPError as exc:
            return exc.code

    assert await asyncio.to_thread(post, {}) == 403
    wrong = {"X-Telegram-Bot-Api-Secret-Token": "wrong"}
    assert await asyncio.to_thread(post, wrong) == 403
    assert fake.calls_to("sendMessage", 2001) == []
    right = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
    assert await asyncio.to_thread(post, right) == 200
    text = (await fake.wait_for("sendMessage", 2001))[0].params["text"]
    assert "/learn" in text


async def test_a_whole_module_then_a_quiz_poll(bot) -> None:
    """/learn through every snippet of the first module, its worked example, then a quiz."""
    from content import load_curriculum as curriculum

    fake, app = bot
    user = 3001
    module = curriculum().modules[0]
    fake.send_text(user, "/learn")
    sent = 0
    for i, snippet in enumerate(module.snippets):
        await _wait_sent(fake, user, sent + 1)
        calls = _sent(fake, user)
        last = calls[sent]
        body = last.params.get("text") or last.params.get("caption") or ""
        assert snippet.title in body, (i, body[:80])
        if last.method == "sendPhoto":
            assert last.files["photo"].startswith(b"\x89PNG")
        sent = len(calls)
        if i < len(module.snippets) - 1:
            nxt = next(d for label, d in _buttons(last) if label.startswith("Next"))
            fake.press(user, nxt)
    await _wait_sent(fake, user, sent)
    example = _sent(fake, user)[-1]
    assert "Worked example" in example.params["text"]
    assert module.id in app.bot_data["tutor"].storage.modules_done(user)

    for _ in range(40):  # ask until a multiple-choice question arrives as a quiz poll
        before = len(fake.calls_to("sendPoll", user))
        fake.press(user, f"Q:next:{module.id}")
        await _wait_sent(fake, user, len(_sent(fake, user)) + 1)
        if len(fake.calls_to("sendPoll", user)) > before:
            break
        fake.send_text(user, "skip")
        await _wait_sent(fake, user, len(_sent(fake, user)) + 1)
    poll_call = fake.calls_to("sendPoll", user)[-1]
    assert poll_call.params["type"] == "quiz"
    assert poll_call.params["is_anonymous"] in (False, "false", "False")
    correct = poll_call.params["correct_option_ids"]
    assert isinstance(correct, list) and len(correct) == 1
    fake.answer_poll(user, poll_call.result["poll"]["id"], int(correct[0]))
    reply = (await fake.wait_for("sendMessage", user, count=len(
        fake.calls_to("sendMessage", user)) + 1))[-1]
    assert reply.params["text"].startswith("✅")


def _sent(fake: FakeBotAPI, user: int) -> list:
    return [c for c in list(fake.calls)
            if c.method in ("sendMessage", "sendPhoto", "sendPoll")
            and str(c.params.get("chat_id")) == str(user)]


async def _wait_sent(fake: FakeBotAPI, user: int, count: int, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while len(_sent(fake, user)) < count:
        if time.monotonic() > deadline:
            raise AssertionError(f"expected {count} messages, got {len(_sent(fake, user))}")
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.05)  # let a reply's follow-up messages arrive too


async def test_plot_arrives_as_a_photo(bot) -> None:
    fake, _ = bot
    fake.send_text(3002, "/plot x^2 - 2x")
    photo = (await fake.wait_for("sendPhoto", 3002, timeout=30))[0]
    assert photo.files["photo"].startswith(b"\x89PNG") and len(photo.files["photo"]) < 200_000
    assert 0 < len(photo.params["caption"]) <= 1024


async def test_errors_are_logged_answered_kindly_and_sent_to_admins(bot) -> None:
    fake, app = bot
    tutor = app.bot_data["tutor"]

    async def broken(event, opening=None):
        said = "boom <b>&"  # as if the student's text were in the exception
        raise RuntimeError(said)

    tutor.handle = broken  # a bug in the core
    fake.send_text(1009, "/help")
    user_msg = (await fake.wait_for("sendMessage", 1009))[0]
    assert user_msg.params["text"] == texts.GENERIC_ERROR
    admin = (await fake.wait_for("sendMessage", 555))[0]
    assert "<pre>" in admin.params["text"] and "RuntimeError" in admin.params["text"]
    assert "boom" not in admin.params["text"]  # an exception's message may quote the student
    assert len(admin.params["text"]) <= 4096


async def test_a_reply_survives_502s_and_a_long_429_backlog(bot) -> None:
    fake, _ = bot
    fake.fail_next("sendMessage", 502, "Bad Gateway")
    fake.fail_next("sendMessage", 502, "Bad Gateway")
    for _ in range(5):  # more than the rate limiter's own retries
        fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    fake.send_text(1101, "/help")
    calls = await fake.wait_for("sendMessage", 1101, count=8, timeout=40)
    delivered = [c for c in calls if c.result]
    assert len(delivered) == 1  # arrived, once
    await asyncio.sleep(0.5)
    assert len([c for c in fake.calls_to("sendMessage", 1101) if c.result]) == 1


async def test_a_caption_rejected_as_bad_html_is_resent_as_plain_text(bot) -> None:
    fake, _ = bot
    fake.fail_next("sendPhoto", 400, "Bad Request: can't parse entities: unexpected end tag")
    fake.send_text(1102, "/plot x^2 - 2x")
    calls = await fake.wait_for("sendPhoto", 1102, count=2, timeout=30)
    assert calls[-1].result and calls[-1].params.get("parse_mode") in (None, "")
    assert calls[-1].files["photo"].startswith(b"\x89PNG")


async def test_admin_reports_are_rate_limited(bot) -> None:
    fake, app = bot
    tutor = app.bot_data["tutor"]

    async def broken(event, opening=None):
        raise RuntimeError("outage")

    tutor.handle = broken
    for i in range(8):
        fake.send_text(1200 + i, "/help")
    await fake.wait_for("sendMessage", 1207, timeout=20)
    await asyncio.sleep(1.0)
    assert 1 <= len(fake.calls_to("sendMessage", 555)) <= 3


async def test_a_bug_inside_the_core_is_apologised_for_and_reported(bot, monkeypatch) -> None:
    import bot.tutor as router

    fake, _ = bot

    async def broken(ctx, event):
        raise KeyError("inside")

    monkeypatch.setitem(router.COMMAND_HANDLERS, "help", broken)
    fake.send_text(1300, "/help")
    assert (await fake.wait_for("sendMessage", 1300))[0].params["text"] == texts.GENERIC_ERROR
    admin = (await fake.wait_for("sendMessage", 555))[0]
    assert "KeyError" in admin.params["text"] and "TextMessage" not in admin.params["text"]


def test_run_serves_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    """The real `mml-tutor run` process: serves /start, exits on SIGTERM, never logs the token."""
    import os
    import signal
    import subprocess
    import sys

    fake = FakeBotAPI().start()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env.update(TELEGRAM_BOT_TOKEN=fake.token, TELEGRAM_API_URL=fake.url, LOG_LEVEL="DEBUG",
               DATABASE_PATH=str(tmp_path / "run.db"), SOLVER_WORKERS="1")
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not fake.calls_to("setMyCommands") and time.monotonic() < deadline:
            time.sleep(0.05)
        fake.send_text(4001, "/start")
        while not fake.calls_to("sendMessage", 4001) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert fake.calls_to("sendMessage", 4001), "no reply to /start"
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        fake.stop()
    assert proc.returncode == 0, err[-2000:]
    assert "MML Tutor stopped" in err
    assert fake.token not in err + out
    assert fake.token.split(":")[1] not in err + out


async def test_heavy_problem_does_not_hold_up_another_students_start(bot) -> None:
    fake, app = bot
    await app.bot_data["warm_up"]  # the worker is up, as on a running server
    slow = "taylor series of (1/(1+e^-x))/(cos(x) + 3) about x = 1 up to order 4"
    fake.send_text(5001, slow)
    await asyncio.sleep(0.3)  # the heavy job is now running in the only worker
    pushed = time.monotonic()
    fake.send_text(5002, "/start")
    welcome = (await fake.wait_for("sendMessage", 5002))[0]
    latency_ms = (welcome.at - pushed) * 1000
    print(f"\n/start latency while another student's heavy solve runs: {latency_ms:.0f} ms")
    assert not fake.calls_to("sendMessage", 5001), "the heavy solve finished too fast to tell"
    assert latency_ms < 1000
    answer = (await fake.wait_for("sendMessage", 5001, timeout=30))[0]
    assert "Answer" in answer.params["text"]


async def test_mydata_and_forget_end_to_end(bot) -> None:
    fake, app = bot
    fake.send_text(1400, "/start")
    await fake.wait_for("sendMessage", 1400)
    fake.send_text(1400, "/mydata")
    doc = (await fake.wait_for("sendDocument", 1400))[0]
    data = json.loads(doc.files["document"])
    assert data["user_id"] == 1400 and data["tables"]["users"]
    fake.send_text(1400, "/forget")
    ask = (await fake.wait_for("sendMessage", 1400, count=2))[-1]
    yes = next(b["callback_data"] for row in ask.params["reply_markup"]["inline_keyboard"]
               for b in row if b["callback_data"].endswith("forget-yes"))
    fake.press(1400, yes)
    await fake.wait_for("editMessageText", 1400)
    assert app.bot_data["tutor"].storage.user(1400) is None


async def test_a_read_timeout_is_not_resent_so_nothing_is_doubled(tmp_path) -> None:
    from telegram.request import HTTPXRequest

    fake = FakeBotAPI().start()
    app = build_application(_settings(fake, tmp_path),
                            request=HTTPXRequest(read_timeout=1.0, connection_pool_size=64))
    try:
        async with running(app):
            fake.delay_next("sendMessage", 2.5)  # carried out, answered after the timeout
            fake.send_text(1500, "/help")
            await fake.wait_for("sendMessage", 1500)
            await asyncio.sleep(4)
            fake.send_text(1500, "/start")  # and the bot carries on
            await fake.wait_for("sendMessage", 1500, count=2)
            assert len(fake.calls_to("sendMessage", 1500)) == 2  # /help once, /start once
    finally:
        fake.stop()
# --------------------------------------------------------------------- practice (issue 11)
async def _next_sent(fake: FakeBotAPI, user: int, method: str, before: int,
                     timeout: float = 30) -> object:
    return (await fake.wait_for(method, user, count=before + 1, timeout=timeout))[before]


async def _message_after(fake: FakeBotAPI, user: int, before: int, start: str,
                         timeout: float = 30) -> object:
    """The first sendMessage after the first ``before`` whose text starts with ``start``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for call in fake.calls_to("sendMessage", user)[before:]:
            if call.params["text"].startswith(start):
                return call
        await asyncio.sleep(0.02)
    raise AssertionError(f"no message starting {start!r} to {user}")


def _attempts(app, user: int) -> list:
    return app.bot_data["tutor"].storage.attempts(user)


async def test_quiz_poll_answer_counts_once_and_shows_in_progress(bot) -> None:
    fake, app = bot
    user = 6001
    fake.send_text(user, "/quiz la-w3")
    poll = await _next_sent(fake, user, "sendPoll", 0)
    assert poll.params["type"] == "quiz"
    assert poll.params["is_anonymous"] in (False, "false", "False")
    correct = poll.params["correct_option_ids"]
    assert isinstance(correct, list) and len(correct) == 1
    wrong = (int(correct[0]) + 1) % len(poll.params["options"])
    vote = fake.answer_poll(user, poll.result["poll"]["id"], wrong)
    reply = await _message_after(fake, user, len(fake.calls_to("sendMessage", user)), "❌")
    labels = [label for label, _ in _buttons(reply)]
    assert any("Next" in lb for lb in labels) and any("Explain" in lb for lb in labels)
    assert any("Back to the lesson" in lb for lb in labels)
    sent = len(fake.calls_to("sendMessage", user))
    fake.redeliver(vote)  # the same answer delivered again
    fake.send_text(user, "/progress")
    photo = await _next_sent(fake, user, "sendPhoto", 0)
    assert len(fake.calls_to("sendMessage", user)) == sent  # the duplicate got no reply
    assert [a.correct for a in _attempts(app, user)] == [False]
    png = photo.files["photo"]
    assert png.startswith(b"\x89PNG") and len(png) < 200_000
    assert "1 question" in photo.params["caption"] and "0% right" in photo.params["caption"]


async def test_practice_accepts_an_equivalent_answer_and_hints_a_wrong_one(bot) -> None:
    fake, app = bot
    user = 6002
    tutor = app.bot_data["tutor"]
    fake.send_text(user, "/practice determinant")
    await _message_after(fake, user, 0, "✏️")
    ask = tutor.storage.pending_ask(user)
    assert ask is not None and re.fullmatch(r"-?[1-9]\d*", ask.answer), ask  # an integer
    typed = ask.answer.replace("-", "−") + ".0"  # −2.0 for -2: the same number
    before = len(fake.calls_to("sendMessage", user))
    fake.send_text(user, typed)
    right = await _message_after(fake, user, before, "✅")
    assert "I read your answer as" in right.params["text"]
    assert any("Next" in label for label, _ in _buttons(right))
    before = len(fake.calls_to("sendMessage", user))
    fake.send_text(user, "/practice determinant")
    await _message_after(fake, user, before, "✏️")
    second = tutor.storage.pending_ask(user)
    assert second is not None and second.question_id != ask.question_id  # the other one
    ask = second
    negated = ask.answer[1:] if ask.answer.startswith("-") else "-" + ask.answer
    before = len(fake.calls_to("sendMessage", user))
    fake.send_text(user, negated)
    hinted = await _message_after(fake, user, before, "❌")
    assert "sign" in hinted.params["text"]
    assert any("Show solution" in label for label, _ in _buttons(hinted))


async def test_a_restart_between_poll_and_answer_keeps_the_answer(tmp_path: Path) -> None:
    fake = FakeBotAPI().start()
    user = 6003
    try:
        async with running(build_application(_settings(fake, tmp_path))):
            fake.send_text(user, "/quiz la-w3")
            poll = await _next_sent(fake, user, "sendPoll", 0)
        before = len(fake.calls_to("sendMessage", user))
        async with running(app := build_application(_settings(fake, tmp_path))):
            fake.answer_poll(user, poll.result["poll"]["id"],
                             int(poll.params["correct_option_ids"][0]))
            await _message_after(fake, user, before, "✅")
            assert [a.correct for a in _attempts(app, user)] == [True]
    finally:
        fake.stop()


async def test_with_a_controlled_clock_a_failed_card_is_due_first(bot) -> None:
    from datetime import UTC, datetime

    from bot.context import ManualClock

    fake, app = bot
    user = 6004
    tutor = app.bot_data["tutor"]
    clock = ManualClock(datetime(2026, 6, 1, 8, 0, tzinfo=UTC))
    tutor.ctx.clock = tutor.storage.clock = clock
    asked = []
    for n, right in enumerate((True, False)):
        fake.send_text(user, "/quiz la-w3")
        poll = await _next_sent(fake, user, "sendPoll", n)
        ok = int(poll.params["correct_option_ids"][0])
        option = ok if right else (ok + 1) % len(poll.params["options"])
        before = len(fake.calls_to("sendMessage", user))
        fake.answer_poll(user, poll.result["poll"]["id"], option)
        await _message_after(fake, user, before, "✅" if right else "❌")
        asked.append(tutor.storage.ask_for_poll(poll.result["poll"]["id"]).question_id)
    passed, failed = asked
    dues = tutor.storage.card_dues(user)
    assert dues[failed] < dues[passed]
    clock.advance(minutes=5)
    fake.send_text(user, "/review")
    poll = await _next_sent(fake, user, "sendPoll", 2)
    for _ in range(200):  # the adapter links the poll once Telegram has answered sendPoll
        linked = tutor.storage.ask_for_poll(poll.result["poll"]["id"])
        if linked is not None:
            break
        await asyncio.sleep(0.01)
    assert linked is not None and linked.question_id == failed
    review = fake.calls_to("sendMessage", user)[-1].params["text"]
    assert "Review" in review


async def test_typing_shows_while_a_slow_answer_is_worked_on_not_after(bot) -> None:
    fake, app = bot
    await app.bot_data["warm_up"]
    fake.send_text(1600, "det [[1,2],[3,4]]")  # quick: no "typing…" (it costs a rate slot)
    await fake.wait_for("sendMessage", 1600)
    await asyncio.sleep(1.0)
    assert not fake.calls_to("sendChatAction", 1600)
    slow = "taylor series of (1/(1+e^-x))/(cos(x) + 3) about x = 1 up to order 4"
    fake.send_text(1601, slow)
    typing = (await fake.wait_for("sendChatAction", 1601, timeout=10))[0]
    answer = (await fake.wait_for("sendMessage", 1601, timeout=30))[0]
    assert typing.at < answer.at


async def test_reading_buttons_compose_through_telegram(bot) -> None:
    """A glued 1/2x chosen, then i = √−1 from the answer: the final reading keeps both (each
    button's callback data under 64 bytes, through the real Application)."""
    fake, _ = bot
    user = 3100
    fake.send_text(user, "d/dx i^2 x + 1/2x")
    await _wait_sent(fake, user, 1, timeout=30)
    asked = _sent(fake, user)[-1]
    assert "two ways" in asked.params["text"]
    data = dict(_buttons(asked))
    assert all(len(d.encode()) <= 64 for d in data.values())
    fake.press(user, data["👉 1/(2x)"])
    await _wait_sent(fake, user, 2, timeout=30)
    chosen = _sent(fake, user)[-1]
    assert "as you chose" in chosen.params["text"]
    fake.press(user, dict(_buttons(chosen))["🔁 Read it as i = √−1"])
    await _wait_sent(fake, user, 3, timeout=30)
    final = _sent(fake, user)[-1].params["text"]
    assert "−x + 1/(2·x)" in final and "imaginary unit" in final and "as you chose" in final
    assert all(len(d.encode()) <= 64 for _, d in _buttons(_sent(fake, user)[-1]))
