"""The Telegram adapter: Updates become events for the tutor core, replies become Bot API calls.

``build_application`` is the one place the python-telegram-bot ``Application`` is wired: token,
Bot API URL, ``Defaults``, rate limiter, concurrency, lifecycle hooks and every handler.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
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
    Poll,
    Update,
)
from telegram.constants import ChatAction, ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import (
    AIORateLimiter,
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
from .delivery import Delivery, Outcome, RateLimiter
from .delivery import markup as _markup
from .delivery import plain as plain
from .events import (
    ButtonPress,
    Command,
    Event,
    Photo,
    Quiz,
    QuizAnswer,
    Reply,
    Text,
    TextMessage,
    Typing,
    User,
)
from .storage import Storage, UserRow
from .tutor import Tutor
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


async def deliver(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    user: User,
    replies: list[Reply],
    edit_target: Message | None = None,
) -> None:
    """Carry the core's replies out as Bot API calls."""
    bot = context.bot
    for reply in replies:
        try:
            if isinstance(reply, Typing):
                await bot.send_chat_action(chat_id, ChatAction.TYPING)
            elif isinstance(reply, Text):
                await _send_text(context, chat_id, reply, edit_target)
            elif isinstance(reply, Photo):
                await bot.send_photo(chat_id, reply.png, caption=reply.caption or None,
                                     reply_markup=_markup(reply.buttons),
                                     filename=reply.filename)
            elif isinstance(reply, Quiz):
                msg = await bot.send_poll(
                    chat_id, reply.question, list(reply.options), type=Poll.QUIZ,
                    is_anonymous=False, correct_option_ids=[reply.correct],
                    explanation=reply.explanation or None,
                    question_parse_mode=None, explanation_parse_mode=None,
                )
                if msg.poll is not None:
                    _tutor(context).storage.remember_poll(
                        msg.poll.id, user.id, reply.question_id, reply.correct
                    )
        except Forbidden as exc:
            # Only a 403 from the student's own private chat (chat id == user id) means they
            # blocked the bot; a group or guest chat that answers "not a member" says nothing
            # about the student.
            if chat_id == user.id:
                logger.info("user %s blocked the bot; marking inactive", user.id)
                _tutor(context).storage.set_active(user.id, False)
            else:
                logger.info("chat %s refused a message for user %s: %s", chat_id, user.id, exc)
            return


async def _send_text(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Text, edit_target: Message | None
) -> None:
    markup = _markup(reply.buttons)
    try:
        if reply.edit and edit_target is not None:
            try:
                await edit_target.edit_text(reply.html, reply_markup=markup)
                return
            except BadRequest as exc:
                if "not modified" in str(exc).lower():
                    return
                if "parse entities" in str(exc).lower():
                    raise
                # the message cannot be edited (too old, a photo): send a new one
        await context.bot.send_message(chat_id, reply.html, reply_markup=markup)
    except BadRequest as exc:
        if "parse entities" not in str(exc).lower():
            raise
        logger.error("Telegram rejected our HTML (%s); sending plain text", exc)
        await context.bot.send_message(chat_id, plain(reply.html), reply_markup=markup,
                                       parse_mode=None)


async def _dispatch(update: Update, context: ContextTypes.DEFAULT_TYPE, event: Event) -> None:
    chat = update.effective_chat
    assert chat is not None
    edit_target = update.callback_query.message if update.callback_query else None
    replies = await _tutor(context).handle(event)
    await deliver(context, chat.id, event.user, replies,
                  edit_target if isinstance(edit_target, Message) else None)


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
    await _dispatch(update, context, TextMessage(_user(update), text))


async def on_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Photos, stickers, voice: say what we can read."""
    assert update.effective_chat is not None
    await context.bot.send_message(
        update.effective_chat.id,
        "I can only read text for now. Type the problem, e.g. " + texts.EXAMPLES[0] + ".",
    )


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
    """A quiz poll answer (non-anonymous polls send these)."""
    answer = update.poll_answer
    if answer is None or answer.user is None or not answer.option_ids:
        return
    poll = _tutor(context).storage.poll(answer.poll_id)
    if poll is None:
        return
    user = User(answer.user.id, answer.user.full_name, answer.user.language_code or "")
    event = QuizAnswer(user, poll["question_id"], answer.option_ids[0])
    replies = await _tutor(context).handle(event)
    await deliver(context, answer.user.id, user, replies)


async def on_my_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The student blocked (kicked) or unblocked the bot in their private chat."""
    change = update.my_chat_member
    if change is None or change.chat.type != ChatType.PRIVATE:
        return
    status = change.new_chat_member.status
    if status in (ChatMember.BANNED, ChatMember.LEFT):
        _tutor(context).set_blocked(change.chat.id, True)
    elif status == ChatMember.MEMBER:
        _tutor(context).set_blocked(change.chat.id, False)


def make_sender(bot: Bot, storage: Storage, delivery: Delivery) -> push.Send:
    """The push's ``send``: replies to the student's private chat, rate-limited."""

    async def send(user: UserRow, replies: list[Reply]) -> Outcome:
        return await delivery.send_replies(bot, storage, user.id, user.id, replies)

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
    """Log, tell the user something kind, and send admins an escaped, truncated trace."""
    logger.error("error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(update.effective_chat.id, texts.GENERIC_ERROR)
        except Exception:  # the user may have blocked us: nothing more to do
            logger.warning("could not tell the user about the error", exc_info=True)
    settings: Settings = context.application.bot_data["settings"]
    if settings.admin_user_ids and context.error is not None:
        trace = "".join(traceback.format_exception(context.error))[-3000:]
        text = f"⚠️ <b>Error</b>\n<pre>{html.escape(trace)}</pre>"
        for admin in settings.admin_user_ids:
            try:
                await context.bot.send_message(admin, text)
            except Exception:
                logger.warning("could not notify admin %s", admin, exc_info=True)


async def _post_init(app: Application) -> None:
    settings: Settings = app.bot_data["settings"]
    storage = Storage.open(settings.database_path)
    pool = WorkerPool(settings.solver_workers, settings.solver_timeout_seconds)
    # The curriculum is loaded and validated here, not inside the first student's request.
    tutor = app.bot_data["tutor"] = Tutor(settings, storage, pool)
    delivery = Delivery(RateLimiter(settings.push_rate))
    app.bot_data["pusher"] = tutor.pusher(make_sender(app.bot, storage, delivery))
    await set_command_menus(app.bot, settings)
    if app.job_queue is not None:  # first pass at the next whole minute, then every minute
        now = datetime.now(UTC)
        app.job_queue.run_repeating(push_tick, interval=PUSH_EVERY,
                                    first=PUSH_EVERY - now.second - now.microsecond / 1e6 + 1,
                                    name="daily-push", job_kwargs={"max_instances": 2})
    # Not app.create_task: the application is not running yet during post_init.
    app.bot_data["warm_up"] = asyncio.get_running_loop().create_task(pool.warm_up())
    logger.info("MML Tutor is up: %d worker(s), database %s", pool.workers,
                settings.database_path)


async def _post_shutdown(app: Application) -> None:
    tutor: Tutor | None = app.bot_data.get("tutor")
    if tutor is not None:
        tutor.pool.close()
        tutor.storage.close()
    logger.info("MML Tutor stopped")


def build_application(settings: Settings, **builder_options: Any) -> Application:
    """The Application, wired once: every handler, in order."""
    api = settings.telegram_api_url
    builder = (
        ApplicationBuilder()
        .token(settings.require_token())
        .base_url(f"{api}/bot")
        .base_file_url(f"{api}/file/bot")
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=settings.tz))
        .rate_limiter(AIORateLimiter(max_retries=3))
        .concurrent_updates(64)  # one student's slow solve must not hold up another's /start
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    for name, value in builder_options.items():
        builder = getattr(builder, name)(value)
    app = builder.build()
    app.bot_data["settings"] = settings
    # Order matters: commands before text (a command is text too), buttons and polls apart.
    app.add_handler(MessageHandler(filters.COMMAND, on_command))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, on_text))
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(PollAnswerHandler(on_poll_answer))
    app.add_handler(ChatMemberHandler(on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(MessageHandler(filters.ALL & ~filters.UpdateType.EDITED, on_other))
    app.add_error_handler(on_error)
    return app


def run(settings: Settings, webhook: bool = False) -> None:
    """Serve until SIGINT/SIGTERM: long polling, or Telegram's webhook with a secret token."""
    app = build_application(settings)
    if webhook:
        settings.require_webhook()
        app.run_webhook(
            listen="0.0.0.0",
            port=settings.webhook_port,
            url_path=urlparse(settings.webhook_url).path.lstrip("/"),
            webhook_url=settings.webhook_url,
            secret_token=settings.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES)
