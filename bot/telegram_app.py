"""The Telegram adapter: Updates become events for the tutor core, replies become Bot API calls.

``build_application`` is the one place the python-telegram-bot ``Application`` is wired: token,
Bot API URL, ``Defaults``, rate limiter, concurrency, lifecycle hooks and every handler.
"""

from __future__ import annotations

import asyncio
import gc
import html
import logging
import re
import time
import traceback
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlparse

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    ChatMember,
    Message,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import (
    InvalidToken,
    TelegramError,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    PollAnswerHandler,
    filters,
)

from . import push, texts
from .config import Settings
from .delivery import (
    PUSH_DEADLINE,
    Delivery,
    Outcome,
    RateLimiter,
    SendWindow,
    WindowLimiter,
)
from .delivery import plain as plain
from .events import (
    ButtonPress,
    Command,
    Event,
    QuizAnswer,
    Reply,
    Text,
    TextMessage,
    User,
)
from .storage import Storage, UserRow
from .tutor import Tutor, is_heavy
from .workers import WorkerPool

logger = logging.getLogger(__name__)

_COMMAND_RE = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s+(.*))?$", re.DOTALL)
PUSH_EVERY = 60  # seconds between push passes (the JobQueue tick)


def _tutor(context: ContextTypes.DEFAULT_TYPE) -> Tutor:
    return context.application.bot_data["tutor"]


def _user(update: Update) -> User:
    u = update.effective_user
    assert u is not None
    return User(u.id, u.full_name or u.username or "", u.language_code or "")


class DeliveryFailed(Exception):
    """Telegram refused a reply for good (a 400 other than bad HTML): the error handler
    apologises to the student and reports it to the admins."""


async def deliver(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    user: User,
    replies: list[Reply],
    edit_target: Message | None = None,
    light: bool = False,
) -> Outcome:
    """Carry the core's replies out as Bot API calls, in order, through the one send path
    (``Delivery``: retries, the window's light lane for a light request's reply)."""
    tutor = _tutor(context)
    storage = tutor.storage
    delivery: Delivery = context.application.bot_data["delivery"]

    async def link(ask_id: int, poll_id: str) -> None:  # answers resolve through this link
        await storage.run(tutor.poll_sent, ask_id, poll_id)

    outcome = await delivery.send_replies(context.bot, chat_id, replies, light=light,
                                          edit_target=edit_target, on_poll=link)
    if outcome.state == "blocked":
        # Only a 403 from the student's own private chat (chat id == user id) means they
        # blocked the bot; a group or guest chat that answers "not a member" says nothing
        # about the student.
        if chat_id == user.id:
            logger.info("user %s blocked the bot; marking inactive", user.id)
            await storage.run(storage.set_active, user.id, False)
        else:
            logger.info("chat %s refused a message for user %s: %s", chat_id, user.id,
                        outcome.error)
    elif outcome.state == "failed":
        raise DeliveryFailed(outcome.error)
    elif outcome.state != "sent":
        logger.warning("a reply to chat %s did not go out (%s: %s)", chat_id, outcome.state,
                       outcome.error)
    return outcome


async def _dispatch(update: Update, context: ContextTypes.DEFAULT_TYPE, event: Event) -> None:
    chat = update.effective_chat
    assert chat is not None
    edit_target = update.callback_query.message if update.callback_query else None
    tutor = _tutor(context)
    # A heavy request is written down until it is answered: if the bot dies meanwhile, the
    # next start tells the student their request was interrupted (see docs/architecture.md).
    # The record goes in the tutor's first hop to the database (with the student's row).
    heavy = is_heavy(event)
    storage = tutor.storage
    request: int | None = None

    def begin() -> None:
        nonlocal request
        request = storage.begin_request(event.user.id, chat.id)

    # "typing…" only when the answer takes a while: sent while it is worked on, not after
    typing = (asyncio.get_running_loop().create_task(_typing_after(context, chat.id))
              if heavy else None)
    with Storage.serving(event.user.id, light=not heavy):  # its hops: light ones go first
        try:
            replies = await tutor.handle(event, begin if heavy else None)
            if typing is not None:
                typing.cancel()
            await deliver(context, chat.id, event.user, replies,
                          edit_target if isinstance(edit_target, Message) else None,
                          light=not heavy)
        finally:
            if typing is not None:
                typing.cancel()
            if request is not None:
                await storage.run(storage.end_request, request)


TYPING_AFTER = 0.8  # seconds: a quicker answer needs no "typing…" (each call costs a slot of
#                     the bot's 30 messages a second)


async def _typing_after(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> None:
    await asyncio.sleep(TYPING_AFTER)
    delivery: Delivery = context.application.bot_data["delivery"]
    if delivery.window.crowded():
        return  # during a class's burst "typing…" would take a reply's place in the window
    await delivery.call(chat_id, lambda: context.bot.send_chat_action(chat_id, ChatAction.TYPING),
                        deadline=0)  # optional: never retried


async def tell_interrupted(app: Application) -> int:
    """After a crash or restart: one message to each chat whose request was cut off."""
    tutor: Tutor = app.bot_data["tutor"]
    delivery: Delivery = app.bot_data["delivery"]
    told = 0
    for row in await tutor.storage.run(tutor.storage.take_interrupted_requests):
        chat = row["chat_id"]
        sent = await delivery.call(chat, lambda chat=chat: app.bot.send_message(
            chat, texts.INTERRUPTED), deadline=30)
        if isinstance(sent, Outcome):
            logger.warning("could not tell chat %s about its interrupted request (%s)",
                           chat, sent.state)
        else:
            told += 1
    return told


async def on_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any /command: known ones are routed by the core, unknown ones get a hint."""
    assert update.effective_message is not None
    m = _COMMAND_RE.match(update.effective_message.text or "")
    name, args = (m[1].lower(), (m[2] or "").strip()) if m else ("", "")
    await _dispatch(update, context, Command(_user(update), name, args))


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A plain text message: a problem, an answer or a question."""
    assert update.effective_message is not None
    text = update.effective_message.text or ""
    await _dispatch(update, context, TextMessage(_user(update), text,
                                                 update.effective_message.message_id))


async def on_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Photos, stickers, voice: say what we can read."""
    assert update.effective_chat is not None
    await deliver(context, update.effective_chat.id, _user(update), [Text(
        "I can only read text for now. Type the problem, e.g. " + texts.EXAMPLES[0] + ".")],
        light=True)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An inline button: answer the callback query at once, then route it."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    msg_id = query.message.message_id if query.message else None
    await _dispatch(update, context, ButtonPress(_user(update), query.data or "", msg_id))
    if (query.data or "").startswith(texts.BROADCAST + "ok:"):  # start a confirmed broadcast
        context.application.create_task(context.application.bot_data["pusher"].tick())


async def on_poll_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A quiz poll answer (non-anonymous polls send these); the core resolves the poll id."""
    answer = update.poll_answer
    if answer is None or answer.user is None:
        return
    user = User(answer.user.id, answer.user.full_name, answer.user.language_code or "")
    option = answer.option_ids[0] if answer.option_ids else None  # none: a retracted vote
    event = QuizAnswer(user, answer.poll_id, option)
    replies = await _tutor(context).handle(event)
    await deliver(context, answer.user.id, user, replies)


class AdminReports:
    """Error reports to the admins: redacted, without the student's message, and at most
    ``burst`` per ``window`` seconds (an outage must not flood them); what was held back is
    counted in the next report."""

    def __init__(self, settings: Settings, burst: int = 3, window: float = 600.0) -> None:
        self.settings = settings
        self.burst, self.window = burst, window
        self.sent: list[float] = []
        self.suppressed = 0

    def format(self, exc: BaseException, where: str) -> str | None:
        now = time.monotonic()
        self.sent = [t for t in self.sent if now - t < self.window]
        if len(self.sent) >= self.burst:
            self.suppressed += 1
            return None
        self.sent.append(now)
        held, self.suppressed = self.suppressed, 0
        # the exception's frames and types, not its message: that may quote the student's text
        frames = traceback.format_tb(exc.__traceback__)[-6:]
        trace = self.settings.redact("".join(frames) + type(exc).__qualname__)[-3000:]
        extra = f"\n(+{held} similar reports held back)" if held else ""
        return f"⚠️ <b>Error</b> in {html.escape(where)}{extra}\n<pre>{html.escape(trace)}</pre>"

    async def send(self, bot: Any, exc: BaseException, where: str) -> None:
        text = self.format(exc, where)
        if text is None:
            return
        for admin in self.settings.admin_user_ids:
            try:
                await bot.send_message(admin, text)
            except Exception:
                logger.warning("could not notify admin %s", admin)


async def on_my_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The student blocked (kicked) or unblocked the bot in their private chat."""
    change = update.my_chat_member
    if change is None or change.chat.type != ChatType.PRIVATE:
        return
    status = change.new_chat_member.status
    tutor = _tutor(context)
    if status in (ChatMember.BANNED, ChatMember.LEFT):
        await tutor.storage.run(tutor.set_blocked, change.chat.id, True)
    elif status == ChatMember.MEMBER:
        await tutor.storage.run(tutor.set_blocked, change.chat.id, False)


def make_sender(bot: Bot, storage: Storage, delivery: Delivery,
                pacer: RateLimiter | None = None) -> push.Send:
    """The push's ``send``: replies to the student's private chat through the one send path,
    spaced by ``pacer`` (PUSH_RATE a second, one a second a chat); a 403 comes back as
    ``blocked`` and the push marks the student inactive."""

    async def link(ask_id: int, poll_id: str) -> None:
        await storage.run(storage.link_poll, ask_id, poll_id)

    async def send(user: UserRow, replies: list[Reply]) -> Outcome:
        return await delivery.send_replies(bot, user.id, replies, deadline=PUSH_DEADLINE,
                                           pacer=pacer, on_poll=link)

    return send


async def push_tick(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every minute: one push pass (skipped while the previous one still runs)."""
    await context.application.bot_data["pusher"].tick()


async def set_command_menus(bot: Bot, settings: Settings) -> None:
    """Everyone sees the public commands; admins also see theirs, in their own chat only."""
    public = [BotCommand(c.name, c.description) for c in texts.COMMANDS]
    await bot.set_my_commands(public)
    admin = public + [BotCommand(c.name, c.description) for c in texts.ADMIN_COMMANDS]
    for admin_id in settings.admin_user_ids:
        try:
            await bot.set_my_commands(admin, scope=BotCommandScopeChat(admin_id))
        except TelegramError as exc:  # an admin who never opened the bot: no chat yet
            logger.warning("no admin command menu for %s: %s", admin_id, exc)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log, tell the user something kind, and send admins a redacted, rate-limited trace."""
    logger.error("error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(update.effective_chat.id, texts.GENERIC_ERROR)
        except Exception:  # the user may have blocked us: nothing more to do
            logger.warning("could not tell the user about the error")
    reports: AdminReports | None = context.application.bot_data.get("reports")
    if reports is not None and reports.settings.admin_user_ids and context.error is not None:
        await reports.send(context.bot, context.error, "the Telegram adapter")


async def _post_init(app: Application) -> None:
    settings: Settings = app.bot_data["settings"]
    storage = Storage.open(settings.database_path)
    pool = WorkerPool(settings.solver_workers, settings.solver_timeout_seconds)
    # The curriculum is loaded and validated here, not inside the first student's request.
    tutor = app.bot_data["tutor"] = Tutor(settings, storage, pool)
    reports = app.bot_data["reports"] = AdminReports(settings)

    def on_bug(exc: BaseException, event: Event) -> None:  # a bug inside the tutor core
        if settings.admin_user_ids:
            app.create_task(reports.send(app.bot, exc, f"the tutor ({type(event).__name__})"))

    tutor.on_bug = on_bug
    # The push spaces its calls evenly at PUSH_RATE; they go out through app.bot, so the
    # token's one SendWindow (WindowLimiter) counts them with the replies, once each.
    pacer = RateLimiter(settings.push_rate)
    app.bot_data["pusher"] = tutor.pusher(
        make_sender(app.bot, storage, app.bot_data["delivery"], pacer))
    await set_command_menus(app.bot, settings)
    if app.job_queue is not None:  # first pass at the next whole minute, then every minute
        now = datetime.now(UTC)
        app.job_queue.run_repeating(push_tick, interval=PUSH_EVERY,
                                    first=PUSH_EVERY - now.second - now.microsecond / 1e6 + 1,
                                    name="daily-push", job_kwargs={"max_instances": 2})
    # Not app.create_task: the application is not running yet during post_init.
    app.bot_data["warm_up"] = asyncio.get_running_loop().create_task(pool.warm_up())
    if app.job_queue is not None:
        app.job_queue.run_repeating(purge_old_problems, interval=6 * 3600, first=30,
                                    name="purge-problems")
    app.bot_data["interrupted"] = asyncio.get_running_loop().create_task(tell_interrupted(app))
    app.bot_data["token_watch"] = asyncio.get_running_loop().create_task(
        _exit_when_the_token_is_revoked(app))
    # What is loaded by now (the curriculum, PTB, our modules: ~80,000 objects) lives for
    # good: frozen, the collector no longer walks it. A full collection during a class's
    # burst took 180 ms of the event loop (every student's reply waited behind it).
    gc.collect()
    gc.freeze()
    logger.info("MML Tutor is up: %d worker(s), database %s", pool.workers,
                settings.database_path)


async def purge_old_problems(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Privacy: problem texts older than PROBLEM_RETENTION_DAYS are deleted (every 6 hours)."""
    tutor = _tutor(context)
    n = await tutor.storage.run(tutor.storage.purge_problems,
                                tutor.settings.problem_retention_days)
    if n:
        logger.info("deleted %d problem texts past the retention period", n)


POLLING_TASK = "Updater:start_polling:polling_task"  # PTB 22's name for its polling task


async def _exit_when_the_token_is_revoked(app: Application) -> None:
    """PTB stops polling on InvalidToken but keeps the process alive, serving nothing; a
    supervisor can only restart what exits. Watch the polling task and stop the app."""

    for _ in range(600):
        task = next((t for t in asyncio.all_tasks() if t.get_name() == POLLING_TASK), None)
        if task is not None:
            break
        await asyncio.sleep(0.1)
    else:
        return  # webhook mode, or PTB renamed its task: nothing to watch
    try:
        await asyncio.shield(task)
    except InvalidToken:
        logger.critical("Telegram no longer accepts the bot token (revoked?): stopping")
        app.bot_data["exit_code"] = 3
        app.stop_running()
    except (asyncio.CancelledError, Exception):
        return


async def _post_shutdown(app: Application) -> None:
    tutor: Tutor | None = app.bot_data.get("tutor")
    if tutor is not None:
        tutor.pool.close()
        tutor.storage.close()
    logger.info("MML Tutor stopped")


def build_application(settings: Settings, **builder_options: Any) -> Application:
    """The Application, wired once: every handler, in order."""
    api = settings.telegram_api_url
    window = SendWindow()  # the token's 30 messages a second: the limiter and Delivery share it
    builder = (
        ApplicationBuilder()
        .token(settings.require_token())
        .base_url(f"{api}/bot")
        .base_file_url(f"{api}/file/bot")
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=settings.tz))
        .rate_limiter(WindowLimiter(window))
        .concurrent_updates(64)  # one student's slow solve must not hold up another's /start
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if "request" not in builder_options:  # (a test's own request object sets its own)
        # httpcore scans every open connection on each request (~1 ms a request with ~50
        # open in a burst); 30 messages a second need far fewer than PTB's 256
        builder = builder.connection_pool_size(32).pool_timeout(5.0)  # a burst waits for a
        #                                               connection rather than failing
    for name, value in builder_options.items():
        builder = getattr(builder, name)(value)
    app = builder.build()
    app.bot_data["settings"] = settings
    app.bot_data["delivery"] = Delivery(window)  # PTB's own retries are off: one path
    # Order matters: commands before text (a command is text too), buttons and polls apart.
    app.add_handler(MessageHandler(filters.COMMAND, on_command))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text))
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(PollAnswerHandler(on_poll_answer))
    app.add_handler(ChatMemberHandler(on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(MessageHandler(filters.ALL & ~filters.UpdateType.EDITED, on_other))
    app.add_error_handler(on_error)
    return app


def run(settings: Settings, webhook: bool = False) -> int:
    """Serve until SIGINT/SIGTERM: long polling, or Telegram's webhook with a secret token."""
    app = build_application(settings)
    if webhook:
        settings.require_webhook()
        app.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path=urlparse(settings.webhook_url).path.lstrip("/"),
            webhook_url=settings.webhook_url,
            secret_token=settings.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES)
    return int(app.bot_data.get("exit_code", 0))
