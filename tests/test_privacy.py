"""/privacy, /mydata, /forget: see everything stored, delete all of it, keep texts bounded."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from bot import texts
from bot.context import ManualClock
from bot.events import ButtonPress, Command, Document, Text, TextMessage, User
from bot.storage import Storage
from bot.tutor import Tutor

MEERA, OTHER = User(71, "Meera"), User(72, "Dev")


def _html(replies) -> str:
    return "\n".join(r.html for r in replies if isinstance(r, Text))


async def _some_history(tutor: Tutor, user: User) -> None:
    await tutor.handle(Command(user, "start"))
    await tutor.handle(Command(user, "learn"))
    await tutor.handle(TextMessage(user, "det [[1,2],[3,4]]"))
    await tutor.handle(Command(user, "quiz"))


def test_every_table_with_students_data_is_covered(storage: Storage) -> None:
    """Listed from the schema: a new table with a user_id is covered the day it is created;
    a table that names a user some other way fails here until it is handled."""
    covered = set(storage.user_tables()) | {"users"} | Storage.NO_STUDENT_DATA
    tables = {r[0] for r in storage.db.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")}
    assert tables <= covered, f"tables without user_id: {sorted(tables - covered)}"
    for table in tables - {"users"} - Storage.NO_STUDENT_DATA:
        cols = {c.name for c in storage.db[table].columns}
        assert "user_id" in cols, table


async def test_mydata_sends_everything_as_json(tutor: Tutor) -> None:
    await _some_history(tutor, MEERA)
    replies = await tutor.handle(Command(MEERA, "mydata"))
    doc = next(r for r in replies if isinstance(r, Document))
    data = json.loads(doc.data)
    assert data["user_id"] == MEERA.id
    assert data["tables"]["users"][0]["name"] == "Meera"
    assert any(p["text"] == "det [[1,2],[3,4]]" for p in data["tables"]["problems"])
    for table, rows in data["tables"].items():  # nothing about anyone else
        for row in rows:
            assert row.get("user_id", row.get("id")) == MEERA.id, table


async def test_forget_asks_then_deletes_everything_and_only_that(tutor: Tutor) -> None:
    await _some_history(tutor, MEERA)
    await _some_history(tutor, OTHER)
    ask = await tutor.handle(Command(MEERA, "forget"))
    assert "cannot be undone" in _html(ask)
    assert tutor.storage.export_user(MEERA.id)["problems"]  # nothing deleted yet
    kept = await tutor.handle(ButtonPress(MEERA, texts.PRIVACY_PREFIX + "forget-no"))
    assert texts.FORGET_KEPT in _html(kept)
    done = await tutor.handle(ButtonPress(MEERA, texts.PRIVACY_PREFIX + "forget-yes"))
    assert texts.FORGOTTEN in _html(done)
    left = tutor.storage.export_user(MEERA.id)
    assert all(not rows for rows in left.values()), left
    other = tutor.storage.export_user(OTHER.id)
    assert other["users"] and other["problems"]
    assert tutor.storage.db.execute("PRAGMA foreign_key_check").fetchall() == []


async def test_privacy_explains_and_offers_both_actions(tutor: Tutor) -> None:
    replies = await tutor.handle(Command(MEERA, "privacy"))
    assert "90 days" in _html(replies)
    datas = {b.data for r in replies if isinstance(r, Text) for row in r.buttons for b in row}
    assert {texts.PRIVACY_PREFIX + "mydata", texts.PRIVACY_PREFIX + "forget"} <= datas


def test_problem_texts_are_bounded_and_expire(tmp_path) -> None:
    clock = ManualClock(datetime(2026, 1, 1, tzinfo=UTC))
    storage = Storage.open(tmp_path / "t.db")
    storage.clock = clock
    storage.touch_user(1, "A", "en", "Asia/Kolkata", "20:00")
    with pytest.raises(ValueError):
        storage.remember_problem(1, "x" * 5000)
    old = storage.remember_problem(1, "det [[1]]")
    clock.advance(days=60)
    new = storage.remember_problem(1, "det [[2]]")
    clock.advance(days=40)  # the first is 100 days old, the second 40
    assert storage.purge_problems(90) == 1
    assert storage.problem(old, 1) is None and storage.problem(new, 1) == "det [[2]]"
    assert clock() - timedelta(days=100) == datetime(2026, 1, 1, tzinfo=UTC)
    storage.close()
