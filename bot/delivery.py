"""Rate-limited sending to many chats: pushes and broadcasts within Telegram's limits.

Telegram allows about 30 messages a second overall and one a second per chat. ``SendWindow`` is
the overall limit of one token: at most 30 messages in any one-second window, shared by every
sender (replies, pushes, broadcasts), so a class replying to the 20:00 push cannot take the bot
over it (the bot's ``PriorityRateLimiter`` holds it, and every call through the bot, a push's
too, takes its place there once). ``RateLimiter`` spaces the push's calls evenly at ``rate`` a
second, with at least ``per_chat`` seconds between calls to one chat. ``Delivery.send``
retries what is worth retrying:

- 429 ``RetryAfter``: every sender pauses ``retry_after`` seconds, then the call is retried
  (never dropped) until the deadline;
- network errors, timeouts and 5xx (PTB raises ``NetworkError``): retried with exponential
  backoff (0.5 s doubling to 30 s) until the deadline, then reported as ``retry`` so the next
  pass tries again (within the push's grace period);
- 403 ``Forbidden``: ``blocked`` (the push marks the student inactive; only their own private
  chat is ever a push target, so a 403 here means they blocked the bot);
- any other 400: ``failed``, not retried.

``send_replies`` carries a list of core replies out as Bot API calls (shared with the
interactive path in ``telegram_app``): HTML rejected as bad entities is resent as plain text.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import html
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Poll
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from .events import Keyboard, Photo, Quiz, Reply, Text, Typing

if TYPE_CHECKING:
    from telegram import Bot, Message

    from .storage import Storage

logger = logging.getLogger(__name__)
T = TypeVar("T")
_TAG_RE = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Outcome:
    """What became of one delivery: sent | blocked | failed | retry."""

    state: str
    message_id: int | None = None
    error: str = ""


TELEGRAM_MESSAGES_PER_SECOND = 30  # one token, all chats (Telegram's FAQ: "about 30")
WINDOW_MARGIN = 0.05  # s: a send leaves the window this long after its second is up (the
#                       call reaches Telegram a little after it is let through, not in step)


class SendWindow:
    """At most ``limit`` messages in any one-second window (a sliding log of send times), for
    every sender of one token; a 429 pauses them all. Nothing is spaced here: when the window
    has room, the first ``limit`` go at once (Telegram counts messages, not gaps).

    Light replies (/start, menus: ``light=True``) have a lane of their own inside the limit:
    heavy sends (solutions, pushes) leave room for one more light reply than went out in the
    last second (at most ``MAX_RESERVE``), so a /start during a class's burst goes at once
    instead of queueing behind it, and the total still keeps to ``limit``."""

    MAX_RESERVE = 10

    def __init__(self, limit: float = TELEGRAM_MESSAGES_PER_SECOND,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.clock = clock
        self._sent: collections.deque[float] = collections.deque()  # every send
        self._heavy: collections.deque[float] = collections.deque()
        self._light: collections.deque[float] = collections.deque()
        self._paused_until = 0.0

    def wait(self, now: float, light: bool = False) -> float:
        """Seconds until one more message fits (<= 0: now)."""
        span = 1.0 + WINDOW_MARGIN
        for sent in (self._sent, self._heavy, self._light):
            while sent and now - sent[0] >= span:
                sent.popleft()
        wait = self._paused_until - now
        if not self.limit:
            return wait
        limit = int(self.limit)
        if len(self._sent) >= limit:  # the token's limit, for everyone
            wait = max(wait, self._sent[len(self._sent) - limit] + span - now)
        if not light:  # heavy sends keep clear of the light lane
            room = limit - min(self.MAX_RESERVE, len(self._light) + 1)
            if len(self._heavy) >= room:
                free = self._heavy[len(self._heavy) - room] + span - now
                if self._light:  # or a light send leaves and the lane narrows
                    free = min(free, self._light[0] + span - now)
                wait = max(wait, free)
        return wait

    def crowded(self) -> bool:
        """Half the second's places are taken (a class is being answered): an optional send
        such as "typing…" would only push a reply later, so it is skipped."""
        self.wait(self.clock())  # drop what has left the window
        return bool(self.limit) and (len(self._sent) >= self.limit / 2
                                     or self._paused_until > self.clock())

    def book(self, now: float, light: bool = False) -> None:
        self._sent.append(now)
        (self._light if light else self._heavy).append(now)

    async def acquire(self, light: bool = False) -> float:
        """Wait for a place and take it; the booking's time (for ``settle``)."""
        while (wait := self.wait(now := self.clock(), light)) > 0:
            await asyncio.sleep(wait)
        self.book(now, light)  # no await between the check and the booking: atomic on the loop
        return now

    def settle(self, booked: float, light: bool = False) -> None:
        """The call booked at ``booked`` has been answered: it counts from now on. Telegram
        counts a message when it arrives, somewhere between the two; a burst's calls arrive
        spread over a few hundred ms, and counting from the answer keeps the next burst from
        landing inside the same second (the fake Telegram answered 429 to 2-6 in 250)."""
        now = self.clock()
        for sent in (self._sent, self._light if light else self._heavy):
            with contextlib.suppress(ValueError):  # gone already: the call took over a second
                sent.remove(booked)
            sent.append(now)

    def pause(self, seconds: float) -> None:
        """Telegram said "retry after": nobody sends before then."""
        self._paused_until = max(self._paused_until, self.clock() + seconds)


class RateLimiter:
    """At most ``rate`` calls a second, evenly spaced, within ``window`` (by default one of its
    own, of ``rate``; give it the token's only when its calls do not also pass the bot's
    limiter, or they are counted twice), and ``per_chat`` seconds between calls to one chat;
    a 429 pauses everyone.

    Every condition is checked at the moment a call is let through (not when its turn was
    handed out), so a stalled event loop cannot release a burst and a pause stops calls that
    were already waiting.
    """

    def __init__(self, rate: float = 28.0, per_chat: float = 1.0,
                 clock: Callable[[], float] = time.monotonic,
                 window: SendWindow | None = None) -> None:
        self.rate = rate
        self.interval = 1.0 / rate
        self.per_chat = per_chat
        self.clock = clock
        self.window = window if window is not None else SendWindow(rate, clock)
        self._next = 0.0  # even spacing: the earliest moment of the next call
        self._chats: dict[int, float] = {}

    def _wait(self, chat_id: int, now: float) -> float:
        return max(self.window.wait(now), self._next - now, self._chats.get(chat_id, 0.0) - now)

    async def acquire(self, chat_id: int) -> None:
        while True:
            now = self.clock()
            wait = self._wait(chat_id, now)
            if wait <= 0:  # no await between the check and the booking: atomic on the loop
                self.window.book(now)
                self._next = now + self.interval  # no catch-up bursts: they reach Telegram
                # closer together than they left (measured: 40 429s in 1,000 with catch-up)
                self._chats[chat_id] = now + self.per_chat
                if len(self._chats) > 50_000:  # forget chats whose spacing has passed
                    self._chats = {c: t for c, t in self._chats.items() if t > now}
                return
            await asyncio.sleep(wait)

    def pause(self, seconds: float) -> None:
        """Telegram said "retry after": nobody sends before then."""
        self.window.pause(seconds)


class Delivery:
    def __init__(self, limiter: RateLimiter, deadline: float = 300.0,
                 first_backoff: float = 0.5, max_backoff: float = 30.0) -> None:
        self.limiter = limiter
        self.deadline = deadline
        self.first_backoff = first_backoff
        self.max_backoff = max_backoff
        self.retried_429 = 0
        self.retried_network = 0

    async def call(self, chat_id: int, attempt: Callable[[], Awaitable[T]]) -> T | Outcome:
        """Run one Bot API call within the limits; an ``Outcome`` when it did not succeed."""
        give_up = time.monotonic() + self.deadline
        backoff = self.first_backoff
        while True:
            await self.limiter.acquire(chat_id)
            try:
                return await attempt()
            except RetryAfter as exc:
                wait = _seconds(exc.retry_after)
                self.retried_429 += 1
                if time.monotonic() + wait > give_up:
                    return Outcome("retry", error=f"429 for longer than {self.deadline:g} s")
                logger.info("429 from Telegram: pausing %.1f s", wait)
                self.limiter.pause(wait)
            except Forbidden as exc:
                return Outcome("blocked", error=str(exc))
            except BadRequest as exc:
                return Outcome("failed", error=str(exc))
            except NetworkError as exc:  # timeouts, connection errors, 5xx
                self.retried_network += 1
                if time.monotonic() + backoff > give_up:
                    return Outcome("retry", error=str(exc))
                logger.info("network error (%s); retrying in %.1f s", exc, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, self.max_backoff)
            except TelegramError as exc:
                return Outcome("failed", error=str(exc))

    async def send_replies(self, bot: Bot, storage: Storage, chat_id: int, user_id: int,
                           replies: list[Reply]) -> Outcome:
        """Every reply, paced; the first one that does not go out decides the outcome."""
        last: int | None = None
        for reply in replies:
            if isinstance(reply, Typing):
                continue
            result = await self.call(
                chat_id, lambda r=reply: send_reply(bot, storage, chat_id, user_id, r))
            if isinstance(result, Outcome):
                return result
            last = result.message_id if result is not None else last
        return Outcome("sent", last)


def _seconds(value: Any) -> float:
    return float(value.total_seconds()) if hasattr(value, "total_seconds") else float(value)


def retry_seconds(exc: RetryAfter) -> float:
    """A 429's ``retry_after`` in seconds (PTB gives an int or a timedelta)."""
    return _seconds(exc.retry_after)


def markup(buttons: Keyboard) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in buttons]
    )


def plain(html_text: str) -> str:
    """HTML reply as plain text (when Telegram rejects the markup)."""
    return html.unescape(_TAG_RE.sub("", html_text))


async def send_reply(bot: Bot, storage: Storage, chat_id: int, user_id: int,
                     reply: Reply) -> Message | None:
    """One reply as one Bot API call (no retries here: ``Delivery.call`` owns those)."""
    if isinstance(reply, Text):
        try:
            return await bot.send_message(chat_id, reply.html, reply_markup=markup(reply.buttons))
        except BadRequest as exc:
            if "parse entities" not in str(exc).lower():
                raise
            logger.error("Telegram rejected our HTML (%s); sending plain text", exc)
            return await bot.send_message(chat_id, plain(reply.html),
                                          reply_markup=markup(reply.buttons), parse_mode=None)
    if isinstance(reply, Photo):
        return await bot.send_photo(chat_id, reply.png, caption=reply.caption or None,
                                    reply_markup=markup(reply.buttons), filename=reply.filename)
    if isinstance(reply, Quiz):
        msg = await bot.send_poll(
            chat_id, reply.question, list(reply.options), type=Poll.QUIZ, is_anonymous=False,
            correct_option_ids=[reply.correct], explanation=reply.explanation or None,
            question_parse_mode=None, explanation_parse_mode=None,
        )
        if msg.poll is not None:
            storage.link_poll(reply.ask_id, msg.poll.id)  # answers resolve through the ask
        return msg
    return None
