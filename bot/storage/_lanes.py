"""The database thread: two FIFO lanes, the light one first (see ``bot.storage``)."""

from __future__ import annotations

import atexit
import collections
import contextvars
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

_SERVING: contextvars.ContextVar[tuple[int, bool] | None] = contextvars.ContextVar(
    "storage_serving", default=None)


_ALL_LANES: weakref.WeakSet[_Lanes] = weakref.WeakSet()


@atexit.register
def _finish_all() -> None:
    for lanes in list(_ALL_LANES):
        lanes.shutdown()


class _Lanes:
    """The database thread: two FIFO queues, the light one served first. A light hop of a
    student with a heavy hop still waiting goes behind it (per student, order is kept)."""

    def __init__(self, work: Callable[[Callable[..., Any], tuple], Any]) -> None:
        self._work = work
        self._cond = threading.Condition()
        self._light: collections.deque = collections.deque()
        self._heavy: collections.deque = collections.deque()
        self._waiting: collections.Counter[int] = collections.Counter()  # heavy, per student
        self._stopping = False
        self._thread = threading.Thread(target=self._serve, name="sqlite", daemon=True)
        self._thread.start()
        _ALL_LANES.add(self)  # at exit, the hops asked still run (as an executor's would)

    def submit(self, fn: Callable[..., Any], args: tuple,
               serving: tuple[int, bool] | None) -> Future:
        future: Future = Future()
        with self._cond:
            if self._stopping:
                raise RuntimeError("the database thread is closed")
            user, light = serving if serving is not None else (None, False)
            if light and not (user is not None and self._waiting[user]):
                self._light.append((future, fn, args, None))
            else:
                if user is not None:
                    self._waiting[user] += 1
                self._heavy.append((future, fn, args, user))
            self._cond.notify()
        return future

    def _serve(self) -> None:
        while True:
            with self._cond:
                while not self._light and not self._heavy and not self._stopping:
                    self._cond.wait()
                if self._light:
                    future, fn, args, user = self._light.popleft()
                elif self._heavy:
                    future, fn, args, user = self._heavy.popleft()
                    if user is not None:
                        self._waiting[user] -= 1
                        if not self._waiting[user]:
                            del self._waiting[user]
                else:
                    return  # stopping, and nothing left to do
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = self._work(fn, args)
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(result)

    def shutdown(self) -> None:
        """Finish every hop asked, then stop the thread."""
        with self._cond:
            self._stopping = True
            self._cond.notify()
        self._thread.join()
