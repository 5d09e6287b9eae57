"""The ``mml-tutor`` command.

Usage::

    mml-tutor                 # the bot if TELEGRAM_BOT_TOKEN is set, else the terminal chat
    mml-tutor run [--webhook] # the Telegram bot (long polling, or webhook with a secret token)
    mml-tutor chat [--out DIR]
    mml-tutor solve "det [1 2; 3 4]" [--json]
    mml-tutor plot "x^2 - 2x" -o plot.png
    mml-tutor check-content
    mml-tutor push [--now 2026-01-05T14:30:00Z] [--dry-run]   # one daily-push pass (cron)
    mml-tutor stats
    mml-tutor backup PATH
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from contextlib import asynccontextmanager
from pathlib import Path

from .config import ConfigError, Settings, load_settings

logger = logging.getLogger(__name__)


class _RedactingFormatter(logging.Formatter):
    """Keep secrets out of every log line, tracebacks included (httpx logs request URLs,
    PTB's InvalidToken message quotes the token)."""

    def __init__(self, settings: Settings) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self.settings = settings

    def format(self, record: logging.LogRecord) -> str:
        return self.settings.redact(super().format(record))


class _NoTraceForBadToken(logging.Filter):
    """PTB logs a rejected token with a traceback; the CLI prints one clear line instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        from telegram.error import InvalidToken

        if record.exc_info and isinstance(record.exc_info[1], InvalidToken):
            record.exc_info, record.exc_text = None, None
        return True


def setup_logging(settings: Settings) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(_RedactingFormatter(settings))
    handler.addFilter(_NoTraceForBadToken())
    logging.basicConfig(level=settings.log_level, handlers=[handler], force=True)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)

    def excepthook(kind, value, tb) -> None:  # an uncaught error prints redacted too
        import traceback

        sys.stderr.write(settings.redact("".join(traceback.format_exception(kind, value, tb))))

    sys.excepthook = excepthook


def startup_failure(settings: Settings, exc: BaseException) -> str | None:
    """One clear line for a failure to start talking to Telegram, or None if it is not one."""
    from telegram.error import InvalidToken, NetworkError, TimedOut

    api = settings.redact(settings.telegram_api_url)
    if isinstance(exc, InvalidToken):
        return ("Telegram rejected the bot token (or TELEGRAM_API_URL is not a Bot API server): "
                "check TELEGRAM_BOT_TOKEN with @BotFather and TELEGRAM_API_URL "
                f"({api}).")
    if isinstance(exc, TimedOut | NetworkError):
        return f"Could not reach the Telegram Bot API at {api}: {settings.redact(str(exc))}."
    return None


@asynccontextmanager
async def _local_tutor(settings: Settings):
    from .storage import Storage
    from .tutor import Tutor
    from .workers import WorkerPool

    storage = Storage.open(settings.database_path)
    pool = WorkerPool(settings.solver_workers, settings.solver_timeout_seconds)
    try:
        yield Tutor(settings, storage, pool)
    finally:
        pool.close()
        storage.close()


def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    settings.require_token()
    from .workers import bot_process_env, start_forkserver

    bot_process_env()
    start_forkserver()  # the workers' imports overlap this process's own (telegram_app)
    from .telegram_app import run

    code = run(settings, webhook=args.webhook)
    if code == 3:
        print("Telegram stopped accepting the bot token (revoked?): the bot has stopped. "
              "Set a new TELEGRAM_BOT_TOKEN and start it again.", file=sys.stderr)
    return code


def cmd_chat(settings: Settings, args: argparse.Namespace) -> int:
    from .workers import bot_process_env

    bot_process_env()
    from .terminal import run_chat

    if settings.log_level == "INFO":  # the chat is the screen: only warnings interrupt it
        logging.getLogger().setLevel(logging.WARNING)

    async def main() -> None:
        async with _local_tutor(settings) as tutor:
            await run_chat(tutor, Path(args.out))

    asyncio.run(main())
    return 0


def cmd_auto(settings: Settings, args: argparse.Namespace) -> int:
    if settings.telegram_bot_token:
        args.webhook = False
        return cmd_run(settings, args)
    print("No TELEGRAM_BOT_TOKEN set: opening the terminal chat instead of the bot.",
          file=sys.stderr)
    args.out = "mml-tutor-out"
    return cmd_chat(settings, args)


def _one_job(settings: Settings, job, text: str):
    """Run one worker job with the configured time limit; None (after saying why) on failure."""
    from .workers import WorkerPool, WorkerTimeout

    async def main():
        pool = WorkerPool(1, settings.solver_timeout_seconds)
        try:
            return await pool.run(job, text)
        except WorkerTimeout:
            print(f"Too slow: stopped after {settings.solver_timeout_seconds:g} s.",
                  file=sys.stderr)
            return None
        finally:
            pool.close()

    result = asyncio.run(main())
    if result is not None and not result.ok:
        print(result.error + (f"\nHint: {result.hint}" if result.hint else ""), file=sys.stderr)
        return None
    return result


def cmd_solve(settings: Settings, args: argparse.Namespace) -> int:
    from .jobs import solve_job

    result = _one_job(settings, solve_job, args.text)
    if result is None:
        return 1
    if result.kind is None:
        offers = ", ".join(label for label, _ in result.offers)
        if args.json:
            print(json.dumps({"kind": None, "restated": result.restated,
                              "offers": [label for label, _ in result.offers]},
                             ensure_ascii=False, indent=2))
            return 0
        print(f"I read this as: {result.restated}\nSay what to do with it: {offers}.")
        return 0
    print(json.dumps(result.json, ensure_ascii=False, indent=2) if args.json else result.text)
    return 0


def cmd_plot(settings: Settings, args: argparse.Namespace) -> int:
    from .jobs import plot_job

    result = _one_job(settings, plot_job, args.text)
    if result is None:
        return 1
    Path(args.output).write_bytes(result.png)
    print(f"{args.output}: {result.caption}")
    return 0


def cmd_check_content(settings: Settings, args: argparse.Namespace) -> int:
    from content import ContentError, check_content

    try:
        counts = check_content()
    except ContentError as exc:
        print(f"content is invalid:\n{exc}", file=sys.stderr)
        return 1
    for name, n in counts.items():
        print(f"{name}: {n}")
    return 0


def cmd_backup(settings: Settings, args: argparse.Namespace) -> int:
    from .storage import Storage

    storage = Storage.open(settings.database_path)
    try:
        storage.backup(args.path)
    finally:
        storage.close()
    print(f"backed up {settings.database_path} to {args.path}")
    return 0


def _fixed_clock(text: str | None):
    from datetime import UTC, datetime

    if text is None:
        return None
    when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if when.tzinfo is None:
        raise ConfigError(f"--now {text!r}: give a time zone (2026-01-05T14:30:00Z)")
    return when.astimezone(UTC)


def cmd_push(settings: Settings, args: argparse.Namespace) -> int:
    """One pass of the daily push: what the bot's every-minute tick does."""
    from telegram import Bot
    from telegram.request import HTTPXRequest

    from .delivery import Delivery, RateLimiter
    from .telegram_app import make_sender

    now = _fixed_clock(args.now)

    async def main() -> int:
        async with _local_tutor(settings) as tutor:
            if now is not None:
                tutor.ctx.clock = tutor.storage.clock = lambda: now
            if args.dry_run:
                report = await tutor.pusher(_no_send).tick(dry_run=True)
                for uid, name, kind, due in report.due:
                    print(f"{kind:8} {uid:>12} {due}  {name}")
                print(f"dry run: {len(report.due)} due, nothing claimed or sent")
                return 0
            api = settings.telegram_api_url
            pool_size = settings.push_concurrency + 4  # PTB's default is one connection
            bot = Bot(settings.require_token(), base_url=f"{api}/bot",
                      base_file_url=f"{api}/file/bot",
                      request=HTTPXRequest(connection_pool_size=pool_size))
            async with bot:
                send = make_sender(bot, tutor.storage, Delivery(), RateLimiter(settings.push_rate))
                report = await tutor.pusher(send).tick()
            print(f"push pass: {report}")
            return 0

    return asyncio.run(main())


async def _no_send(user: object, replies: object) -> None:  # a dry run never sends
    raise AssertionError("a dry run sends nothing")


def cmd_stats(settings: Settings, args: argparse.Namespace) -> int:
    from content import load_curriculum

    from .admin import stats_text
    from .context import Context
    from .delivery import plain
    from .storage import Storage

    storage = Storage.open(settings.database_path)
    try:
        ctx = Context(settings, storage, None, load_curriculum())  # type: ignore[arg-type]
        print(plain(stats_text(ctx)))
    finally:
        storage.close()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mml-tutor", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("run", help="serve the Telegram bot")
    p.add_argument("--webhook", action="store_true", help="serve Telegram's webhook instead of "
                   "long polling (needs WEBHOOK_URL, WEBHOOK_SECRET, WEBHOOK_PORT)")
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("chat", help="talk to the tutor in this terminal")
    p.add_argument("--out", default="mml-tutor-out",
                   help="folder for images (default: %(default)s)")
    p.set_defaults(func=cmd_chat)
    p = sub.add_parser("solve", help="solve one problem step by step")
    p.add_argument("text")
    p.add_argument("--json", action="store_true", help="print kind, answer and steps as JSON")
    p.set_defaults(func=cmd_solve)
    p = sub.add_parser("plot", help="render the plot for a function, matrix or data")
    p.add_argument("text")
    p.add_argument("-o", "--output", default="plot.png")
    p.set_defaults(func=cmd_plot)
    p = sub.add_parser("check-content", help="validate lessons and quizzes; print the counts")
    p.set_defaults(func=cmd_check_content)
    p = sub.add_parser("push", help="one pass of the daily push (for cron; the bot does "
                       "this every minute)")
    p.add_argument("--now", help="the time of the pass, ISO 8601 with a zone "
                   "(default: now)")
    p.add_argument("--dry-run", action="store_true", help="list who is due; claim and "
                   "send nothing")
    p.set_defaults(func=cmd_push)
    p = sub.add_parser("stats", help="the admin figures (/stats) in the terminal")
    p.set_defaults(func=cmd_stats)
    p = sub.add_parser("backup", help="write a consistent copy of the database")
    p.add_argument("path")
    p.set_defaults(func=cmd_backup)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    setup_logging(settings)
    func = getattr(args, "func", cmd_auto)
    try:
        return func(settings, args)
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        line = startup_failure(settings, exc)
        if line is None:
            raise  # printed by the redacting excepthook
        print(line, file=sys.stderr)
        return 3
