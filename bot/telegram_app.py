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
from typing import Any
from urllib.parse import urlparse

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Poll,
    Update,
)
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, Forbidden
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    PollAnswerHandler,
    filters,
)

from . import texts
from .config import Settings
from .events import (
    ButtonPress,
    Command,
    Event,
    Keyboard,
    Photo,
    Quiz,
    QuizAnswer,
    Reply,
    Text,
    TextMessage,
    Typing,
    User,
)
from .storage import Storage
from .tutor import Tutor
from .workers import WorkerPool

logger = logging.getLogger(__name__)

_COMMAND_RE = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s+(.*))?$", re.DOTALL)
_TAG_RE = re.compile(r"<[^>]+>")


def _tutor(context: ContextTypes.DEFAULT_TYPE) -> Tutor:
    return context.application.bot_data["tutor"]


def _user(update: Update) -> User:
    u = update.effective_user
    assert u is not None
    return User(u.id, u.full_name or u.username or "", u.language_code or "")


def _markup(buttons: Keyboard) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in buttons]
    )


def plain(html_text: str) -> str:
    """HTML reply as plain text (when Telegram rejects the markup)."""
    return html.unescape(_TAG_RE.sub("", html_text))


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
                if msg.poll is not None:  # the core resolves answers through this link
                    _tutor(context).poll_sent(reply.ask_id, msg.poll.id)
        except Forbidden:
            logger.info("user %s blocked the bot; marking inactive", user.id)
            _tutor(context).storage.set_user_fields(user.id, active=0)
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
    await _dispatch(update, context, TextMessage(_user(update), text,
                                                 update.effective_message.message_id))


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
    app.bot_data["tutor"] = Tutor(settings, storage, pool)
    await app.bot.set_my_commands([BotCommand(c.name, c.description) for c in texts.COMMANDS])
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
