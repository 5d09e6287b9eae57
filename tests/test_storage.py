"""Storage: migrations, users created once, progress, problems, backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.storage import MIGRATIONS, Storage


def test_migrations_applied_once_and_recorded(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    s = Storage.open(path)
    assert s.schema_version == len(MIGRATIONS)
    s.close()
    s = Storage.open(path)  # reopening applies nothing twice
    rows = s.db.execute("SELECT version FROM schema_version").fetchall()
    assert [r[0] for r in rows] == list(range(1, len(MIGRATIONS) + 1))
    assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert s.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    s.close()


def test_user_created_on_first_contact_not_duplicated(storage: Storage) -> None:
    first = storage.touch_user(7, "Asha", "en", "Asia/Kolkata", "20:00")
    again = storage.touch_user(7, "Asha K", "hi", "UTC", "09:00")
    assert storage.count_users() == 1
    assert again.name == "Asha K" and again.language == "hi"
    # a returning user's own choices are kept
    assert again.timezone == "Asia/Kolkata" and again.push_time == "20:00"
    assert again.created_at == first.created_at and again.active


def test_progress_keeps_best_index_and_done(storage: Storage) -> None:
    storage.touch_user(1, "A", "en", "Asia/Kolkata", "20:00")
    storage.record_progress(1, "la-w1", 4, done=True)
    storage.record_progress(1, "la-w1", 1, done=False)  # going back does not undo
    storage.record_progress(1, "la-w2", 0, done=False)
    assert storage.modules_done(1) == {"la-w1"}


def test_problems_are_private_to_their_user(storage: Storage) -> None:
    storage.touch_user(1, "A", "en", "Asia/Kolkata", "20:00")
    storage.touch_user(2, "B", "en", "Asia/Kolkata", "20:00")
    pid = storage.remember_problem(1, "det [1 2; 3 4]")
    assert storage.problem(pid, 1) == "det [1 2; 3 4]"
    assert storage.problem(pid, 2) is None


def test_pending_question_round_trip(storage: Storage) -> None:
    storage.touch_user(1, "A", "en", "Asia/Kolkata", "20:00")
    assert storage.pending_question(1) is None
    storage.set_pending_question(1, "la-w3-q2")
    qid, asked = storage.pending_question(1)  # type: ignore[misc]
    assert qid == "la-w3-q2" and asked
    storage.set_pending_question(1, None)
    assert storage.pending_question(1) is None


def test_backup_is_a_consistent_copy(storage: Storage, tmp_path: Path) -> None:
    storage.touch_user(1, "A", "en", "Asia/Kolkata", "20:00")
    storage.record_attempt(1, "q1", True)
    target = tmp_path / "backup.db"
    storage.backup(target)
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT COUNT(*) FROM users").fetchone()[0] == 1
    assert copy.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == 1
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()


def test_backup_command(tmp_path: Path, monkeypatch) -> None:
    from bot.cli import main

    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "live.db"))
    Storage.open(tmp_path / "live.db").touch_user(5, "C", "en", "UTC", "20:00")
    assert main(["backup", str(tmp_path / "copy.db")]) == 0
    copy = sqlite3.connect(tmp_path / "copy.db")
    assert copy.execute("SELECT id FROM users").fetchall() == [(5,)]


def test_same_problem_text_keeps_its_id(storage: Storage) -> None:
    storage.touch_user(1, "A", "en", "Asia/Kolkata", "20:00")
    first = storage.remember_problem(1, "plot x^2")
    assert storage.remember_problem(1, "plot x^2") == first
    assert storage.remember_problem(1, "plot x^3") != first


def test_wal_with_normal_sync(tmp_path) -> None:
    from bot.storage import Storage

    s = Storage.open(tmp_path / "s.db")
    try:
        assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    finally:
        s.close()


# ---- the event loop's way in: storage.run on the database thread


async def test_run_works_off_the_loop_thread_and_keeps_the_order(storage: Storage) -> None:
    """Writes asked for at once land in the order they were asked, on the database thread."""
    import asyncio
    import threading

    storage.touch_user(1, "A", "en", "Asia/Kolkata", "20:00")
    threads: set[int] = set()

    def remember(i: int) -> int:
        threads.add(threading.get_ident())
        return storage.remember_problem(1, f"det [[{i},1],[1,1]]")

    ids = await asyncio.gather(*(storage.run(remember, i) for i in range(40)))
    assert ids == sorted(ids) and len(set(ids)) == 40
    assert threads and threading.get_ident() not in threads
    texts = [storage.problem(pid, 1) for pid in ids]
    assert texts == [f"det [[{i},1],[1,1]]" for i in range(40)]


async def test_a_cancelled_caller_does_not_drop_its_write(storage: Storage) -> None:
    import asyncio
    import time

    storage.touch_user(1, "A", "en", "Asia/Kolkata", "20:00")
    slow = asyncio.ensure_future(storage.run(time.sleep, 0.2))  # the thread is busy
    write = asyncio.ensure_future(storage.run(storage.remember_problem, 1, "det [[1]]"))
    await asyncio.sleep(0.05)
    write.cancel()  # the student's request was cut off while its write was queued
    await slow
    await storage.run(lambda: None)  # everything asked before has run
    rows = storage.db.execute("SELECT text FROM problems WHERE user_id = 1").fetchall()
    assert rows == [("det [[1]]",)]


async def test_a_direct_transaction_is_not_interleaved_with_the_thread(storage: Storage) -> None:
    """The push's transaction runs on the loop; a write the thread was asked for waits until
    it commits instead of landing inside it (and being rolled back with it)."""
    import asyncio

    storage.touch_user(1, "A", "en", "Asia/Kolkata", "20:00")
    with storage.transaction():
        write = asyncio.ensure_future(storage.run(storage.remember_problem, 1, "det [[2]]"))
        await asyncio.sleep(0.05)  # (never do this in real code) the thread gets its turn
        assert not write.done()  # it waits for the lock
        storage.db.execute("INSERT INTO problems (user_id, text, created_at) VALUES (1, 'x', '')")
    pid = await write
    assert storage.problem(pid, 1) == "det [[2]]"
    assert storage.db.execute("SELECT COUNT(*) FROM problems").fetchone()[0] == 2


async def test_close_finishes_what_was_asked(tmp_path: Path) -> None:
    import asyncio
    import time

    s = Storage.open(tmp_path / "c.db")
    s.touch_user(1, "A", "en", "Asia/Kolkata", "20:00")
    asked = [asyncio.ensure_future(s.run(time.sleep, 0.1)),
             asyncio.ensure_future(s.run(s.remember_problem, 1, "det [[3]]"))]
    await asyncio.sleep(0.01)
    s.close()  # shutdown: the queued write still lands
    await asyncio.gather(*asked)
    s = Storage.open(tmp_path / "c.db")
    assert s.db.execute("SELECT text FROM problems").fetchall() == [("det [[3]]",)]
    s.close()


async def test_light_hops_go_ahead_of_a_burst_but_never_ahead_of_their_students_own(
        storage: Storage) -> None:
    """The database thread's two lanes: a light hop (a /start) runs before the heavy hops
    queued, unless the same student has a heavy hop still waiting (then it keeps its turn)."""
    import asyncio
    import threading

    order: list[str] = []
    gate = threading.Event()
    hold = asyncio.ensure_future(storage.run(gate.wait, 5))  # the thread is busy
    await asyncio.sleep(0.05)

    async def hop(name: str, user: int, light: bool) -> None:
        with Storage.serving(user, light):
            await storage.run(order.append, name)

    tasks = [asyncio.ensure_future(hop(name, user, light)) for name, user, light in (
        ("heavy 1", 1, False), ("heavy 2", 2, False), ("light 3", 3, True),
        ("light 1", 1, True), ("plain", 0, False))]
    await asyncio.sleep(0.05)  # every hop is queued
    gate.set()
    await asyncio.gather(hold, *tasks)
    assert order == ["light 3", "heavy 1", "heavy 2", "light 1", "plain"]
