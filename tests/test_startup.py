"""Start-up and token failures: one clear line, the token in no output, the process exits."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fake_bot_api import FakeBotAPI

from bot.config import ConfigError, Settings, load_settings


def _env(fake: FakeBotAPI, tmp_path: Path, token: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env.update(TELEGRAM_BOT_TOKEN=token, TELEGRAM_API_URL=fake.url, LOG_LEVEL="DEBUG",
               DATABASE_PATH=str(tmp_path / "run.db"), SOLVER_WORKERS="1")
    return env


def _no_secret(token: str, *outputs: str) -> None:
    text = "".join(outputs)
    assert token not in text
    assert token.split(":")[1] not in text


@pytest.mark.parametrize("case", ["401 unauthorized", "404 wrong token or path"])
def test_a_rejected_token_is_one_clear_line_and_never_printed(tmp_path: Path, case: str) -> None:
    fake = FakeBotAPI().start()
    token = fake.token
    if case.startswith("401"):
        fake.revoked = True
    else:
        token = "654321:ANOTHERtokenANOTHERtokenANOTHER0002"  # the fake answers 404
    try:
        proc = subprocess.run([sys.executable, "-m", "bot", "run"],
                              env=_env(fake, tmp_path, token), cwd=tmp_path,
                              capture_output=True, text=True, timeout=90)
    finally:
        fake.stop()
    assert proc.returncode == 3, proc.stderr[-2000:]
    _no_secret(token, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith("Telegram rejected the bot token")


def test_a_token_revoked_while_running_stops_the_process(tmp_path: Path) -> None:
    fake = FakeBotAPI().start()
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run"],
                            env=_env(fake, tmp_path, fake.token), cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not fake.calls_to("setMyCommands") and time.monotonic() < deadline:
            time.sleep(0.05)
        assert fake.calls_to("setMyCommands"), "the bot never started"
        time.sleep(1)  # polling has begun
        fake.revoked = True
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
        fake.stop()
    assert proc.returncode == 3, err[-2000:]
    assert "rejected the bot token" in err or "stopped accepting the bot token" in err
    _no_secret(fake.token, out, err)


def test_redact_covers_the_token_its_secret_half_and_the_webhook_secret() -> None:
    s = Settings(telegram_bot_token="123456:ABCdefGHIjklMNOpqr", webhook_secret="hook-secret-1")
    text = "url /bot123456:ABCdefGHIjklMNOpqr/getMe half ABCdefGHIjklMNOpqr hook-secret-1"
    out = s.redact(text)
    assert "ABCdef" not in out and "hook-secret-1" not in out and "123456" not in out


def test_webhook_listen_address_is_configurable() -> None:
    assert Settings().webhook_listen == "127.0.0.1"
    assert load_settings({"WEBHOOK_LISTEN": "0.0.0.0"}, env_file=None).webhook_listen == "0.0.0.0"
    with pytest.raises(ConfigError, match="WEBHOOK_LISTEN"):
        load_settings({"WEBHOOK_LISTEN": "everywhere"}, env_file=None)


def _wait(pred, timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while not pred() and time.monotonic() < deadline:
        time.sleep(0.05)
    return bool(pred())


def test_a_request_cut_off_by_kill_9_is_owned_up_to_after_restart(tmp_path: Path) -> None:
    """The delivery promise: a heavy request that was being worked on when the process died
    gets one "it was interrupted, please send it again" after the restart, never silence.
    Six students' different 4x4 symbolic inverses (about 1 s each) queue for the one worker,
    so some are still being worked on when the process is killed, however fast one solve is."""
    import signal
    import sqlite3

    fake = FakeBotAPI().start()
    env = _env(fake, tmp_path, fake.token)
    env["SOLVER_TIMEOUT_SECONDS"] = "60"
    cmd = [sys.executable, "-m", "bot", "run"]
    slow = range(4101, 4107)
    try:
        proc = subprocess.Popen(cmd, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        assert _wait(lambda: fake.calls_to("setMyCommands"))
        for n, chat in enumerate(slow, 2):  # different problems: none comes from the cache
            fake.send_text(chat, f"inverse of [[a,b,c,d],[e,f,g,h],[l,m,n,o],[p,q,r,s+{n}]]")
        fake.send_text(4100, "/help")
        assert _wait(lambda: fake.calls_to("sendMessage", 4100))
        time.sleep(1.0)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        cut_off = [c for c in slow if not fake.calls_to("sendMessage", c)]
        assert cut_off, "every solve finished before the kill: nothing to tell"
        db = sqlite3.connect(tmp_path / "run.db")
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.close()
        fake.calls.clear()
        proc = subprocess.Popen(cmd, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        assert _wait(lambda: all(fake.calls_to("sendMessage", c) for c in cut_off))
        time.sleep(1.0)
        for chat in cut_off:
            notices = fake.calls_to("sendMessage", chat)
            assert len(notices) == 1 and "restarted" in notices[0].params["text"]
        assert not fake.calls_to("sendMessage", 4100)  # answered before the crash: no notice
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        fake.stop()


MIGRATION_VICTIM = """
import sys, time
import bot.storage as st
def slow(db):
    db["half_done"].create({"id": int}, pk="id")
    print("migrating", flush=True)
    time.sleep(60)
st.MIGRATIONS.append(slow)
st.Storage.open(sys.argv[1])
"""


def test_kill_9_during_a_migration_leaves_a_sound_database(tmp_path: Path) -> None:
    import signal
    import sqlite3

    from bot.storage import MIGRATIONS, Storage

    path = tmp_path / "m.db"
    Storage.open(path).close()
    proc = subprocess.Popen([sys.executable, "-c", MIGRATION_VICTIM, str(path)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "migrating"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables  # rolled back whole
    assert db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == len(MIGRATIONS)
    db.close()
    Storage.open(path).close()  # and it opens again


ANSWER_WRITER = """
import sys
from bot.storage import AttemptRow, CardRow, Storage
s = Storage.open(sys.argv[1])
s.touch_user(1, "A", "en", "Asia/Kolkata", "20:00")
i = 0
while True:
    i += 1
    a = AttemptRow(1, f"q{i % 50}", i % 2 == 0, "2x", "right", None, None, 3, f"k{i}")
    c = CardRow(f"q{i % 50}", '{"card": %d}' % i, "2030-01-01T00:00:00+00:00", 2, False)
    if s.record_answer(a, c):
        print(i, flush=True)  # acknowledged: committed
"""


def test_kill_9_while_answers_are_recorded_loses_nothing_acknowledged(tmp_path: Path) -> None:
    import signal
    import sqlite3

    path = tmp_path / "a.db"
    proc = subprocess.Popen([sys.executable, "-c", ANSWER_WRITER, str(path)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    acked = [int(proc.stdout.readline()) for _ in range(300)]
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    keys = {r[0] for r in db.execute("SELECT idem_key FROM attempts")}
    assert {f"k{i}" for i in acked} <= keys  # every acknowledged answer is there
    cards = db.execute("SELECT COUNT(*) FROM cards").fetchone()[0]
    assert cards == 50  # and each card row is whole (one per question)
    db.close()
