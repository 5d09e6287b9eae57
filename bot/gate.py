"""Fair use of the worker pool: one student's flood never holds up another student.

Each student's heavy requests (a problem to solve, a plot, a graded answer, a lesson with a
formula image) run one at a time, and at most ``per_user`` of them wait; beyond that the
student gets ONE polite "slow down" for the burst and the rest of the burst is dropped. The
whole tutor keeps at most ``max_total`` heavy requests in flight (a bounded queue); past that
a student is told to try again in a minute. Light requests (/start, /help, menus, settings)
never pass through here, so they are never queued behind heavy work.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field


@dataclass
class _UserLane:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    pending: int = 0
    warned: bool = False


class Busy(Exception):
    """Not admitted. ``warn`` is True for the first refusal of a burst (reply once)."""

    def __init__(self, reason: str, warn: bool) -> None:
        super().__init__(reason)
        self.reason = reason  # "user" (this student's queue is full) or "total"
        self.warn = warn


class Gate:
    def __init__(self, per_user: int = 3, max_total: int = 200) -> None:
        self.per_user = per_user
        self.max_total = max_total
        self.total = 0
        self.refused = 0  # heavy requests dropped (for /stats)
        self._lanes: dict[int, _UserLane] = {}

    def pending(self, user_id: int) -> int:
        lane = self._lanes.get(user_id)
        return lane.pending if lane else 0

    @asynccontextmanager
    async def heavy(self, user_id: int) -> AsyncIterator[None]:
        """Hold this student's lane for one heavy request; raises Busy when it is full."""
        lane = self._lanes.setdefault(user_id, _UserLane())
        reason = ("user" if lane.pending >= self.per_user
                  else "total" if self.total >= self.max_total else "")
        if reason:
            self.refused += 1
            warn, lane.warned = not lane.warned, True
            raise Busy(reason, warn)
        lane.pending += 1
        self.total += 1
        try:
            async with lane.lock:
                yield
        finally:
            lane.pending -= 1
            self.total -= 1
            if lane.pending == 0:  # the burst is over: forget the lane
                self._lanes.pop(user_id, None)
