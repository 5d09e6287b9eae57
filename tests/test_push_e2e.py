"""The push through real HTTP: python-telegram-bot against the fake Bot API server answering
429, 403 and 502; the Application's tick, block/unblock updates, command menus."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fake_bot_api import FakeBotAPI
from telegram import Bot
from test_telegram_e2e import running

from bot import texts
from bot.config import Settings
from bot.context import ManualClock
from bot.delivery import Delivery, RateLimiter
from bot.events import Command, User
from bot.storage import Storage
from bot.telegram_app import build_application, make_sender
from bot.tutor import Tutor


@pytest.fixture
def fake():
    server = FakeBotAPI().start()
    yield server
    server.stop()


async def test_fan_out_through_429_403_and_502(fake, settings, pool) -> None:
    """Every unblocked student gets one push; blocked ones are marked inactive; nothing is
    dropped or doubled while the server refuses calls."""
    storage = Storage.open(settings.database_path)
    clock = ManualClock(datetime(2026, 1, 5, 10, 0, tzinfo=UTC))
    tutor = Tutor(settings, storage, pool, clock=clock)
    users = list(range(7001, 7031))
    blocked = {7003, 7011, 7020}
    for uid in users:
        await tutor.handle(Command(User(uid, f"S{uid}"), "start"))
    for uid in blocked:
        fake.forbid(uid)
    fake.rate_limit = 8  # the server allows 8 a second; we try 20: 429s follow
    fake.fault_every = (9, 502)
    clock.set(datetime(2026, 1, 5, 14, 30, tzinfo=UTC))  # 20:00 IST
    bot = Bot(fake.token, base_url=f"{fake.url}/bot")
    delivery, pacer = Delivery(first_backoff=0.1), RateLimiter(rate=20)
    async with bot:
        report = await tutor.pusher(make_sender(bot, storage, delivery, pacer)).tick()
        again = await tutor.pusher(make_sender(bot, storage, delivery, pacer)).tick()
    got = Counter(int(c.params["chat_id"]) for c in fake.delivered())
    assert got == Counter({uid: 1 for uid in users if uid not in blocked}), report
    assert fake.rejected[429] > 0 and fake.rejected[502] > 0 and fake.rejected[403] == 3
    assert all(not storage.user(uid).active for uid in blocked)
    assert all(storage.user(uid).active for uid in users if uid not in blocked)
    assert "claimed" not in again.counts and storage.push_counts() == {"sent": 27,
                                                                       "blocked": 3}
    sent = storage.push(7001, "2026-01-05")
    assert sent["message_id"] and sent["sent_at"]
    storage.close()


async def test_network_errors_are_retried_with_backoff(fake, settings, pool) -> None:
    storage = Storage.open(settings.database_path)
    clock = ManualClock(datetime(2026, 1, 5, 10, 0, tzinfo=UTC))
    tutor = Tutor(settings, storage, pool, clock=clock)
    await tutor.handle(Command(User(7100, "S"), "start"))
    for _ in range(3):
        fake.fail_next("sendPoll", 502, "Bad Gateway")
        fake.fail_next("sendMessage", 502, "Bad Gateway")
    clock.set(datetime(2026, 1, 5, 14, 30, tzinfo=UTC))
    bot = Bot(fake.token, base_url=f"{fake.url}/bot")
    delivery = Delivery(first_backoff=0.05)
    async with bot:
        await tutor.pusher(make_sender(bot, storage, delivery, RateLimiter(rate=20))).tick()
    assert len(fake.delivered(7100)) == 1 and delivery.retried_network == 3
    storage.close()


def _settings(fake: FakeBotAPI, tmp_path: Path, **extra) -> Settings:
    return Settings(telegram_bot_token=fake.token, telegram_api_url=fake.url,
                    database_path=tmp_path / "e2e.db", solver_workers=1,
                    solver_timeout_seconds=20, **extra)


@pytest.fixture
async def app(fake, tmp_path: Path):
    application = build_application(_settings(fake, tmp_path, admin_user_ids=(555,)))
    async with running(application):
        yield application


async def _until(predicate, timeout: float = 10) -> None:
    for _ in range(int(timeout / 0.02)):
        if predicate():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not met in time")


async def test_admin_commands_only_in_admin_menus_and_tick_is_scheduled(fake, app) -> None:
    await fake.wait_for("setMyCommands", count=2)
    public, admin = fake.calls_to("setMyCommands")[:2]
    names = [c["command"] for c in public.params["commands"]]
    assert "stats" not in names and "broadcast" not in names and "daily" in names
    assert admin.params["scope"] == {"type": "chat", "chat_id": 555}
    assert {"stats", "broadcast"} <= {c["command"] for c in admin.params["commands"]}
    names = {job.name for job in app.job_queue.jobs()}
    assert names == {"daily-push", "purge-problems"}


async def test_stats_and_broadcast_are_for_admins_only(fake, app) -> None:
    tutor = app.bot_data["tutor"]
    for uid in (8001, 8002):
        fake.send_text(uid, "/start")
        await fake.wait_for("sendMessage", uid)
    fake.send_text(8001, "/stats")
    refused = (await fake.wait_for("sendMessage", 8001, count=2))[-1]
    assert refused.params["text"] == texts.UNKNOWN_COMMAND.format(name="stats")
    fake.send_text(8001, "/broadcast hello")
    refused = (await fake.wait_for("sendMessage", 8001, count=3))[-1]
    assert "/broadcast" in refused.params["text"] and "/help" in refused.params["text"]

    fake.send_text(555, "/stats")
    stats = (await fake.wait_for("sendMessage", 555))[0].params["text"]
    assert "Users: <b>3</b>" in stats and "Pushes sent today" in stats
    fake.send_text(555, "/broadcast Exam tips <tonight> & more")
    preview = (await fake.wait_for("sendMessage", 555, count=2))[-1]
    ok = next(b["callback_data"] for row in preview.params["reply_markup"]["inline_keyboard"]
              for b in row if b["callback_data"].startswith("B:ok:"))
    fake.press(8002, ok)  # a student pressing a forwarded admin button: refused
    await fake.wait_for("sendMessage", 8002, count=2)
    assert not fake.calls_to("sendMessage", 8001)[3:]
    fake.press(555, ok)
    for uid in (8001, 8002, 555):
        await _until(lambda uid=uid: any("Exam tips &lt;tonight&gt;" in c.params.get("text", "")
                                         for c in fake.calls_to("sendMessage", uid)))
    fake.press(555, ok)  # pressing Send twice sends nothing more
    await asyncio.sleep(0.3)
    assert sum("Exam tips" in c.params.get("text", "")
               for c in fake.calls_to("sendMessage", 8001)) == 1
    bid = int(ok.rsplit(":", 1)[1])
    assert tutor.storage.delivery_counts(bid) == {"sent": 3}


async def test_block_and_unblock_updates(fake, app) -> None:
    tutor = app.bot_data["tutor"]
    fake.send_text(8101, "/start", name="Meera")
    await fake.wait_for("sendMessage", 8101)
    fake.my_chat_member(8101, "member", "kicked")
    await _until(lambda: not tutor.storage.user(8101).active)
    assert tutor.storage.user(8101).next_push_at is None
    fake.my_chat_member(8101, "kicked", "member")
    await _until(lambda: tutor.storage.user(8101).active)
    assert tutor.storage.user(8101).name == "Meera" and tutor.storage.user(8101).next_push_at


async def test_a_group_chats_403_does_not_deactivate_the_student(fake, app) -> None:
    """Defect 13 of issue 13: only the student's own private chat answering 403 means they
    blocked the bot."""
    tutor = app.bot_data["tutor"]
    fake.send_text(8201, "/start")
    await fake.wait_for("sendMessage", 8201)
    fake.forbid(-100500, "Forbidden: bot is not a member of the group chat")
    fake.send_text(8201, "/help", chat_id=-100500)
    await fake.wait_for("sendMessage", -100500)
    await asyncio.sleep(0.2)
    assert tutor.storage.user(8201).active
    fake.forbid(8201)  # their own chat: now it means they blocked us
    fake.send_text(8201, "/help")
    await _until(lambda: not tutor.storage.user(8201).active)


def _cli(tmp_path: Path, fake: FakeBotAPI, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env.update(TELEGRAM_BOT_TOKEN=fake.token, TELEGRAM_API_URL=fake.url, SOLVER_WORKERS="1",
               DATABASE_PATH=str(tmp_path / "cli.db"), LOG_LEVEL="WARNING")
    return subprocess.run([sys.executable, "-m", "bot", *args], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)


async def test_cli_push_dry_run_then_real_then_again(fake, tmp_path: Path, pool) -> None:
    storage = Storage.open(tmp_path / "cli.db")
    clock = ManualClock(datetime(2026, 1, 5, 10, 0, tzinfo=UTC))
    tutor = Tutor(Settings(database_path=tmp_path / "cli.db"), storage, pool, clock=clock)
    for uid in (9001, 9002):
        await tutor.handle(Command(User(uid, f"S{uid}"), "start"))
    await tutor.handle(Command(User(9002, "S9002"), "daily", "off"))
    storage.close()
    at = "2026-01-05T14:31:00Z"
    dry = await asyncio.to_thread(_cli, tmp_path, fake, "push", "--now", at, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "9001" in dry.stdout and "9002" not in dry.stdout and not fake.delivered()
    real = await asyncio.to_thread(_cli, tmp_path, fake, "push", "--now", at)
    assert real.returncode == 0, real.stderr
    assert "sent 1" in real.stdout and len(fake.delivered(9001)) == 1
    again = await asyncio.to_thread(_cli, tmp_path, fake, "push", "--now", at)
    assert again.returncode == 0 and len(fake.delivered()) == 1
    stats = await asyncio.to_thread(_cli, tmp_path, fake, "stats")
    assert stats.returncode == 0 and "Users: 2" in stats.stdout, stats.stderr


async def test_the_applications_tick_sends_the_push_through_its_bot(fake, app) -> None:
    """What the JobQueue job runs every minute: a pass through the Application's own bot."""
    from datetime import timedelta

    from bot.telegram_app import push_tick

    tutor = app.bot_data["tutor"]
    fake.send_text(8301, "/start", name="Kiran")
    await fake.wait_for("sendMessage", 8301)
    due = datetime.now(UTC) - timedelta(minutes=1)
    tutor.storage.set_schedule(8301, "next_push_at", due)

    class JobContext:  # what PTB hands a job callback, as far as push_tick looks
        application = app

    await push_tick(JobContext())  # type: ignore[arg-type]
    pushed = [c for c in fake.delivered(8301) if c.method in ("sendPoll", "sendMessage")][1:]
    assert len(pushed) == 1
    body = pushed[0].params.get("question") or pushed[0].params.get("text")
    assert "Today's question" in body
    if pushed[0].method == "sendPoll":  # the poll is remembered, so the answer is graded
        assert tutor.storage.ask_for_poll(pushed[0].result["poll"]["id"]).user_id == 8301
    await push_tick(JobContext())  # the next minute: nothing more today
    assert len(fake.delivered(8301)) == 2
    assert tutor.storage.user(8301).name == "Kiran" and tutor.storage.user(8301).active
