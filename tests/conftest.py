"""Shared fixtures: settings on a temporary database, one worker pool, a tutor core."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.storage import Storage
from bot.tutor import Tutor
from bot.workers import WorkerPool


@pytest.fixture(scope="session")
def pool() -> Iterator[WorkerPool]:
    """Two workers for the whole run (starting processes is the slow part)."""
    p = WorkerPool(workers=2, timeout=20)
    yield p
    p.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(database_path=tmp_path / "tutor.db", solver_workers=2,
                    solver_timeout_seconds=20)


@pytest.fixture
def storage(settings: Settings) -> Iterator[Storage]:
    s = Storage.open(settings.database_path)
    yield s
    s.close()


@pytest.fixture
def tutor(settings: Settings, storage: Storage, pool: WorkerPool) -> Tutor:
    return Tutor(settings, storage, pool)
