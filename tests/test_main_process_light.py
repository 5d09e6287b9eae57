"""The bot's own process never imports SymPy, NumPy's linear algebra users or matplotlib: the
workers do the math (issue 16: ~100 MB less in the main process, and no heavy work can slip
onto the event loop by accident). Checked in a fresh interpreter after a realistic session."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SESSION = textwrap.dedent("""
    import asyncio, sys, tempfile
    from pathlib import Path

    from bot.workers import bot_process_env
    bot_process_env()  # first, as `mml-tutor run` and `chat` do

    from bot.config import Settings
    from bot.events import ButtonPress, Command, TextMessage, Tick, User
    from bot.storage import Storage
    from bot.tutor import Tutor
    from bot.workers import WorkerPool
    import bot.telegram_app, bot.terminal, bot.cli  # the adapters too

    async def main():
        d = Path(tempfile.mkdtemp())
        settings = Settings(database_path=d / "t.db", solver_workers=1,
                            solver_timeout_seconds=30)
        storage = Storage.open(settings.database_path)
        pool = WorkerPool(workers=1, timeout=30)
        tutor = Tutor(settings, storage, pool)
        u = User(7, "Asha", "en")
        events = [Command(u, "start"), Command(u, "help"), Command(u, "learn"),
                  Command(u, "topics"), Command(u, "quiz"), Command(u, "practice"),
                  TextMessage(u, "6"), TextMessage(u, "hint"),
                  TextMessage(u, "det [[1, 2], [3, 4]]"), TextMessage(u, "d/dx x^2 sin x"),
                  TextMessage(u, "what is an eigenvector"), Command(u, "review"),
                  Command(u, "progress"), Command(u, "settings"), Command(u, "interview"),
                  Command(u, "mydata"), Tick(u, "daily")]
        replies = 0
        for event in events:
            replies += len(await tutor.handle(event))
        pool.close()
        storage.close()
        heavy = sorted(m for m in ("sympy", "matplotlib", "mpmath", "numpy", "pandas")
                       if sys.modules.get(m) is not None)
        print(replies, ",".join(heavy) or "-")

    asyncio.run(main())
""")


def test_the_bot_process_never_imports_the_math_libraries() -> None:
    out = subprocess.run([sys.executable, "-c", SESSION], cwd=ROOT, capture_output=True,
                         text=True, timeout=240)
    assert out.returncode == 0, out.stderr[-2000:]
    replies, heavy = out.stdout.split()
    assert int(replies) >= 15  # every event was answered
    assert heavy == "-", f"the main process imported {heavy}"


# `mml-tutor run` itself: the real entry (cmd_run: the forkserver started, then
# python-telegram-bot), serving a problem, a plot and a concept search through the fake
# Telegram; the modules it holds are written out at its exit (SIGTERM: PTB stops cleanly).
RUN = textwrap.dedent("""
    import atexit, sys
    atexit.register(lambda: open(sys.argv[1], "w").write(
        "\\n".join(m for m, v in sys.modules.items() if v is not None)))
    from bot.cli import main
    sys.exit(main(["run"]))
""")
LEFT_OUT = ("sympy", "mpmath", "matplotlib", "numpy", "pandas")


def test_the_running_bot_imports_no_math_and_its_workers_no_telegram(tmp_path: Path) -> None:
    import os
    import signal
    import time

    from fake_bot_api import FakeBotAPI

    fake = FakeBotAPI().start()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env.update(TELEGRAM_BOT_TOKEN=fake.token, TELEGRAM_API_URL=fake.url, LOG_LEVEL="WARNING",
               DATABASE_PATH=str(tmp_path / "run.db"), SOLVER_WORKERS="1")
    dump = tmp_path / "modules.txt"
    proc = subprocess.Popen([sys.executable, "-c", RUN, str(dump)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        asks = {1: "det [[1, 2], [3, 4]]", 2: "/plot x^2 - 2x", 3: "what is an eigenvector"}
        for chat, text in asks.items():
            fake.send_text(chat, text)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not all(
                fake.calls_to_any(("sendMessage", "sendPhoto"), chat) for chat in asks):
            assert proc.poll() is None, proc.stderr.read()[-2000:]
            time.sleep(0.05)
        assert fake.calls_to("sendPhoto", 2), "the plot was not sent"
        assert "<code>−2</code>" in fake.calls_to("sendMessage", 1)[0].params["text"]  # det
        assert all(fake.calls_to_any(("sendMessage", "sendPhoto"), c) for c in asks)
        proc.send_signal(signal.SIGTERM)
        proc.wait(60)
    finally:
        if proc.poll() is None:
            proc.kill()
        fake.stop()
    modules = set(dump.read_text().split())
    assert "telegram" in modules and "sqlite_utils" in modules  # the dump is the bot's
    held = sorted(m for m in LEFT_OUT if m in modules)
    assert not held, f"the bot's process imported {held}"


def test_the_workers_preload_holds_no_telegram_pyplot_or_sqlite_utils() -> None:
    """What the forkserver imports is in every worker's memory (issue 16: each MB is counted
    once per process in the tree's RSS)."""
    code = ("import sys, bot.worker_preload; print(' '.join(m for m in ('telegram', 'httpx', "
            "'sqlite_utils', 'matplotlib.pyplot', 'bot.tutor', 'sympy', 'solver.plots') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["sympy", "solver.plots"]  # the solver, and nothing else
