"""The hostile corpus (tests/hostile_corpus.py): every string gets a short friendly reply
within the time limit plus a second, nothing executes, memory stays bounded, the bot serves on.
"""

from __future__ import annotations

import asyncio
import re
import resource
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_corpus import BUTTONS, CANARY, CORPUS

from bot import texts
from bot.config import Settings
from bot.events import ButtonPress, Command, Document, Photo, Quiz, Text, TextMessage, User
from bot.storage import Storage
from bot.tutor import Tutor
from bot.workers import WorkerPool

LIMIT = 3.0  # seconds: the solver time limit used here
_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s+(.*))?$", re.DOTALL)


@pytest.fixture(scope="module")
def hostile_tutor(tmp_path_factory) -> Iterator[Tutor]:
    path = tmp_path_factory.mktemp("hostile") / "h.db"
    settings = Settings(database_path=path, solver_workers=2, solver_timeout_seconds=LIMIT)
    storage = Storage.open(path)
    pool = WorkerPool(2, LIMIT)
    yield Tutor(settings, storage, pool)
    pool.close()
    storage.close()


def _event(user: User, text: str):
    m = _COMMAND.match(text)
    return Command(user, m[1].lower(), (m[2] or "").strip()) if m else TextMessage(user, text)


def _shown(replies) -> str:
    parts = []
    for r in replies:
        if isinstance(r, Text):
            parts.append(r.html)
        elif isinstance(r, Photo | Document):
            parts.append(r.caption or "[file]")
        elif isinstance(r, Quiz):
            parts.append(r.question)
    return "\n".join(parts)


def _friendly(shown: str) -> bool:
    return bool(shown.strip()) and "Traceback" not in shown and texts.GENERIC_ERROR not in shown


async def _one(tutor: Tutor, i: int, text: str) -> tuple[float, str]:
    user = User(10_000 + i, f"H{i}")
    started = time.perf_counter()
    replies = await tutor.handle(_event(user, text))
    return time.perf_counter() - started, _shown(replies)


async def test_every_hostile_message_gets_a_friendly_reply_in_time(hostile_tutor) -> None:
    CANARY.unlink(missing_ok=True)
    await hostile_tutor.pool.warm_up()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    bad, slow = [], []
    for start in range(0, len(CORPUS), 8):  # eight students at a time, as in a busy class
        batch = list(enumerate(CORPUS))[start:start + 8]
        results = await asyncio.gather(*(_one(hostile_tutor, i, t) for i, (_, t) in batch))
        for (_, (cat, text)), (took, shown) in zip(batch, results, strict=True):
            if not _friendly(shown) or len(shown) > 4096:
                bad.append((cat, text[:60], shown[:120]))
            if took > LIMIT * 2 + 1:  # queued behind one batch-mate at most, then its own limit
                slow.append((cat, text[:60], round(took, 2)))
    assert not bad, bad
    assert not slow, slow
    assert not CANARY.exists(), "a hostile string executed code"
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    assert grown_mb < 300, f"the bot process grew by {grown_mb:.0f} MB"
    replies = await hostile_tutor.handle(Command(User(1, "Asha"), "start"))
    assert "MML Tutor" in _shown(replies)  # and it keeps serving
    solved = await hostile_tutor.handle(TextMessage(User(2, "Ravi"), "det [[1,2],[3,4]]"))
    assert "−2" in _shown(solved) or "-2" in _shown(solved)


async def test_crafted_buttons_are_expired_not_errors(hostile_tutor) -> None:
    user = User(3, "Crafty")
    await hostile_tutor.handle(Command(user, "start"))
    for data in BUTTONS:
        shown = _shown(await hostile_tutor.handle(ButtonPress(user, data)))
        assert _friendly(shown), (data, shown)


def test_the_corpus_is_big_and_covers_every_category() -> None:
    cats = {c for c, _ in CORPUS}
    assert len(CORPUS) + len(BUTTONS) >= 250
    assert {"injection", "dunder", "format", "huge", "nesting", "matrix", "control", "unicode",
            "latex", "long"} <= cats
    assert Path(__file__).with_name("hostile_corpus.py").exists()
