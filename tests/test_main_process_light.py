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
        heavy = sorted(m for m in ("sympy", "matplotlib", "mpmath") if m in sys.modules)
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
