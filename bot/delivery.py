"""The one way a message leaves the bot: replies, pushes and broadcasts, within Telegram's limits.

Telegram allows about 30 messages a second overall and one a second per chat. ``SendWindow`` is
the overall limit of one token: at most 30 messages in any one-second window, shared by every
sender, so a class replying to the 20:00 push cannot take the bot over it. ``WindowLimiter``
(the bot's PTB rate limiter) books every call to a chat in it once, with a light lane for
replies to light requests; it never retries. ``RateLimiter`` is the push's pacer: ``rate``
calls a second evenly, at least ``per_chat`` seconds between calls to one chat.

``Delivery.call(chat_id, attempt, *, light, deadline, pacer)`` is the one place a call is
retried (PTB's own retries are off), for replies and the push alike:

- 429 ``RetryAfter``: every sender pauses ``retry_after`` seconds, then the call is retried
  (never dropped) until the deadline, then ``retry``;
- network errors, connect/pool time-outs and 5xx (PTB raises ``NetworkError``): retried with
  exponential backoff (0.5 s doubling to 30 s) until the deadline, then ``retry`` (the push's
  next pass tries again within its grace period); a read time-out may mean the message went
  out: ``uncertain``, never resent;
- 403 ``Forbidden``: ``blocked`` (the caller marks the student inactive: the push in its
  write-behind, a reply when the chat is the student's own);
- any other 400: ``failed``, not retried.

``Delivery.send_replies`` carries a list of core replies out, in order, one call each
(``send_reply``: HTML rejected as bad entities is resent as plain text; an edit that cannot be
made becomes a new message).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import contextvars
import html
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Poll
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import BaseRateLimiter

from .events import Document, Keyboard, Photo, Quiz, Reply, Text, Typing

if TYPE_CHECKING:
    from telegram import Bot

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
    heavy sends (solutions, pushes) leave room for a sixth of the limit (5 of 30), or one more
    than went out in the last second (at most ``MAX_RESERVE``), so the students who send /start
    during a class's burst get their reply at once instead of queueing behind it, and the total
    still keeps to ``limit``. The price: a burst's first second carries 25 solutions, not 29
    (measured in docs/benchmarks.md, "Session 4 at its end": with one place kept, the 2nd-5th
    /start of a burst's first second waited ~1 s)."""

    RESERVE_SHARE = 6  # the light lane keeps limit // 6 places (5 of Telegram's 30)
    MAX_RESERVE = 10

    def __init__(self, limit: float = TELEGRAM_MESSAGES_PER_SECOND,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.clock = clock
        self._sent: collections.deque[float] = collections.deque()  # every send
        self._heavy: collections.deque[float] = collections.deque()
        self._light: collections.deque[float] = collections.deque()
        self._paused_until = 0.0
        self._lanes = {False: asyncio.Lock(), True: asyncio.Lock()}  # heavy, light

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
            room = limit - min(self.MAX_RESERVE, max(
                limit // self.RESERVE_SHARE, len(self._light) + 1))
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
        """Wait for a place and take it; the booking's time (for ``settle``). Waiters queue
        in their lane in order (a lock each, FIFO): only the first one watches the clock, so
        when a place frees one call goes, instead of every waiter waking to check."""
        now = self.clock()
        if self.wait(now, light) <= 0 and not self._lanes[light].locked():
            self.book(now, light)  # the common case: room, and nobody queued before us
            return now
        async with self._lanes[light]:
            while (wait := self.wait(now := self.clock(), light)) > 0:
                await asyncio.sleep(wait)
            self.book(now, light)  # no await between the check and the booking: atomic
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


REPLY_DEADLINE = 120.0  # s a reply keeps being retried through 429s, 5xx and network errors
PUSH_DEADLINE = 300.0  # s for a push (a later pass retries it within the grace period)
GROUP_LIMIT = (20, 60.0)  # messages per seconds to one group chat (Telegram's FAQ)
_LIGHT: contextvars.ContextVar[bool] = contextvars.ContextVar("light", default=False)
LIGHT = {"light": True}  # rate_limit_args of a call in the light lane made outside Delivery


def safe_to_resend(exc: Exception) -> bool:
    """Errors after which Telegram surely did not act on the request, so a retry cannot
    double a message: 5xx and connection failures, pool and connect time-outs. A read
    time-out may mean the message went out: it is not resent."""
    if isinstance(exc, TimedOut):
        import httpx

        return isinstance(exc.__cause__, httpx.ConnectTimeout | httpx.PoolTimeout) or (
            "not* sent" in str(exc))
    return isinstance(exc, NetworkError) and not isinstance(exc, BadRequest)


class WindowLimiter(BaseRateLimiter[None]):
    """The bot's rate limiter (PTB's hook on every Bot API call): each call to a chat takes
    its place in the token's ``SendWindow`` (the light lane when ``Delivery.call`` says so), at
    most ``GROUP_LIMIT`` go to one group chat, and a 429 pauses every sender. It never retries:
    ``Delivery.call`` is the one place that does. A stray call that does not pass through
    ``Delivery`` (an error report to an admin) is still counted; calls without a chat
    (answerCallbackQuery, getUpdates) are not."""

    def __init__(self, window: SendWindow | None = None) -> None:
        self.window = window if window is not None else SendWindow()
        self._groups: dict[int | str, collections.deque[float]] = {}

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def _group_place(self, chat: int | str) -> None:
        limit, period = GROUP_LIMIT
        sent = self._groups.setdefault(chat, collections.deque())
        while True:
            now = self.window.clock()
            while sent and now - sent[0] >= period:
                sent.popleft()
            if len(sent) < limit:
                sent.append(now)
                return
            await asyncio.sleep(sent[0] + period - now)

    async def process_request(self, callback, args, kwargs, endpoint, data,  # type: ignore[override]
                              rate_limit_args):
        chat = data.get("chat_id")
        if chat is None or data.get("allow_paid_broadcast"):
            return await callback(*args, **kwargs)
        if isinstance(chat, str) or (isinstance(chat, int) and chat < 0):
            await self._group_place(chat)
        light = _LIGHT.get() or (isinstance(rate_limit_args, dict)
                                 and bool(rate_limit_args.get("light")))
        booked = await self.window.acquire(light=light)
        try:
            return await callback(*args, **kwargs)
        except RetryAfter as exc:
            self.window.pause(retry_seconds(exc) + 0.1)
            raise
        finally:
            self.window.settle(booked, light)


class Delivery:
    """The one way a message leaves: ``call`` runs a Bot API call and retries what is worth
    retrying, for replies and the push alike (PTB's own retries are off)."""

    def __init__(self, window: SendWindow | None = None, deadline: float = REPLY_DEADLINE,
                 first_backoff: float = 0.5, max_backoff: float = 30.0) -> None:
        self.window = window if window is not None else SendWindow()
        self.deadline = deadline
        self.first_backoff = first_backoff
        self.max_backoff = max_backoff
        self.retried_429 = 0
        self.retried_network = 0

    async def call(self, chat_id: int, attempt: Callable[[], Awaitable[T]], *,
                   light: bool = False, deadline: float | None = None,
                   pacer: RateLimiter | None = None) -> T | Outcome:
        """``attempt()`` (one Bot API call) within the limits, retried until ``deadline``
        seconds have passed; an ``Outcome`` when it did not succeed. ``light``: a reply to a
        light request (the window's fast lane); ``pacer``: the push's even spacing."""
        limit = self.deadline if deadline is None else deadline
        give_up = time.monotonic() + limit
        backoff = self.first_backoff
        while True:
            if pacer is not None:
                await pacer.acquire(chat_id)
            token = _LIGHT.set(light)
            try:
                return await attempt()
            except RetryAfter as exc:
                wait = retry_seconds(exc) + 0.1
                self.retried_429 += 1
                if time.monotonic() + wait > give_up:
                    return Outcome("retry", error=f"429 for longer than {limit:g} s")
                logger.info("429 from Telegram: pausing %.1f s", wait)
                self.window.pause(wait)  # every sender (the bot's limiter did it too)
                if pacer is not None:
                    pacer.pause(wait)
                await asyncio.sleep(wait)
            except Forbidden as exc:
                return Outcome("blocked", error=str(exc))
            except (BadRequest, InvalidToken) as exc:
                return Outcome("failed", error=str(exc))
            except NetworkError as exc:  # timeouts, connection errors, 5xx
                if not safe_to_resend(exc):  # it may have gone out: never twice
                    return Outcome("uncertain", error=str(exc))
                self.retried_network += 1
                if time.monotonic() + backoff > give_up:
                    return Outcome("retry", error=str(exc))
                logger.info("network error (%s); retrying in %.1f s", exc, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, self.max_backoff)
            except TelegramError as exc:
                return Outcome("failed", error=str(exc))
            finally:
                _LIGHT.reset(token)

    async def send_replies(self, bot: Bot, chat_id: int, replies: list[Reply], *,
                           light: bool = False, deadline: float | None = None,
                           pacer: RateLimiter | None = None, edit_target: Message | None = None,
                           on_poll: Callable[[int, str], Awaitable[None]] | None = None,
                           ) -> Outcome:
        """Every reply in order, each one call through ``call``; the first one that does not
        go out decides the outcome (the rest are not sent: they would read out of order).
        ``on_poll(ask_id, poll_id)`` links a sent quiz poll to its ask."""
        last: int | None = None
        for reply in replies:
            if isinstance(reply, Typing):
                continue  # the core's hint: the adapter shows "typing…" while work runs
            result = await self.call(
                chat_id, lambda r=reply: send_reply(bot, chat_id, r, edit_target),
                light=light, deadline=deadline, pacer=pacer)
            if isinstance(result, Outcome):
                return result
            if isinstance(result, Message):
                last = result.message_id
                if isinstance(reply, Quiz) and result.poll is not None and on_poll is not None:
                    await on_poll(reply.ask_id, result.poll.id)
        return Outcome("sent", last)


def _seconds(value: Any) -> float:
    return float(value.total_seconds()) if hasattr(value, "total_seconds") else float(value)


def retry_seconds(exc: RetryAfter) -> float:
    """A 429's ``retry_after`` in seconds. PTB 22 keeps it as a timedelta (``_retry_after``)
    and warns (PTBDeprecationWarning) on every read of the public ``retry_after`` unless
    ``PTB_TIMEDELTA`` is set: read the stored timedelta, and only an older PTB's int else."""
    stored = getattr(exc, "_retry_after", None)
    if stored is not None:
        return _seconds(stored)
    return _seconds(exc.retry_after)  # pragma: no cover - PTB before 22.2


def markup(buttons: Keyboard) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in buttons]
    )


def plain(html_text: str) -> str:
    """HTML reply as plain text (when Telegram rejects the markup)."""
    return html.unescape(_TAG_RE.sub("", html_text))


async def send_reply(bot: Bot, chat_id: int, reply: Reply,
                     edit_target: Message | None = None) -> Message | bool | None:
    """One reply as one Bot API call (no retries here: ``Delivery.call`` owns those). HTML
    that Telegram rejects as bad entities is sent again as plain text; a ``Text`` with
    ``edit`` edits ``edit_target`` when it can, else goes as a new message."""
    try:
        return await _send(bot, chat_id, reply, edit_target, plain_text=False)
    except BadRequest as exc:
        if "parse entities" not in str(exc).lower():
            raise
        logger.error("Telegram rejected our HTML (%s); sending plain text", exc)
        return await _send(bot, chat_id, reply, None, plain_text=True)


async def _send(bot: Bot, chat_id: int, reply: Reply, edit_target: Message | None,
                plain_text: bool) -> Message | bool | None:
    keys = markup(reply.buttons) if isinstance(reply, Text | Photo | Document) else None
    plain_args: dict[str, Any] = {"parse_mode": None} if plain_text else {}
    if isinstance(reply, Text):
        body = plain(reply.html) if plain_text else reply.html
        if reply.edit and edit_target is not None:
            try:
                return await edit_target.edit_text(body, reply_markup=keys, **plain_args)
            except BadRequest as exc:
                if "not modified" in str(exc).lower():
                    return True
                if "parse entities" in str(exc).lower():
                    raise
                # the message cannot be edited (too old, a photo): a new one
        return await bot.send_message(chat_id, body, reply_markup=keys, **plain_args)
    if isinstance(reply, Photo):
        caption = (plain(reply.caption) if plain_text else reply.caption) or None
        return await bot.send_photo(chat_id, reply.png, caption=caption, reply_markup=keys,
                                    filename=reply.filename, **plain_args)
    if isinstance(reply, Document):
        caption = (plain(reply.caption) if plain_text else reply.caption) or None
        return await bot.send_document(chat_id, reply.data, filename=reply.filename,
                                       caption=caption, reply_markup=keys, **plain_args)
    if isinstance(reply, Quiz):
        return await bot.send_poll(
            chat_id, reply.question, list(reply.options), type=Poll.QUIZ, is_anonymous=False,
            correct_option_ids=[reply.correct], explanation=reply.explanation or None,
            question_parse_mode=None, explanation_parse_mode=None,
        )
    return None
