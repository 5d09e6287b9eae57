"""Settings, read once from the environment and an optional ``.env`` file.

Nothing else in the project reads ``os.environ``. A missing or malformed value stops start-up with
one line naming the variable (``ConfigError``). The token never appears in ``repr`` or logs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values

MAX_DEFAULT_WORKERS = 2  # each worker holds SymPy + matplotlib (130-170 MB): tree < 500 MB


def default_workers(cpu_count: int | None = None) -> int:
    """Worker processes when SOLVER_WORKERS is not set: the CPU count, at most 2 (memory, not
    CPU, is what a small server runs out of; set SOLVER_WORKERS to use more cores)."""
    return max(1, min(cpu_count or os.cpu_count() or 1, MAX_DEFAULT_WORKERS))

DEFAULT_API_URL = "https://api.telegram.org"
_TOKEN_RE = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class ConfigError(ValueError):
    """A configuration value is missing or malformed; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    telegram_bot_token: str = field(default="", repr=False)
    telegram_api_url: str = DEFAULT_API_URL
    database_path: Path = Path("mml_tutor.db")
    default_timezone: str = "Asia/Kolkata"
    default_push_time: time = time(20, 0)
    admin_user_ids: tuple[int, ...] = ()
    solver_timeout_seconds: float = 10.0
    solver_workers: int = field(default_factory=lambda: default_workers())
    webhook_url: str = ""
    webhook_secret: str = field(default="", repr=False)
    webhook_port: int = 8443
    webhook_listen: str = "127.0.0.1"  # behind a TLS proxy; 0.0.0.0 to serve every address
    problem_retention_days: int = 90  # stored problem texts older than this are deleted
    log_level: str = "INFO"
    push_grace_hours: float = 3.0  # a push missed by less (downtime) goes out late
    push_rate: float = 28.0  # messages a second for pushes and broadcasts (Telegram: ~30)
    push_concurrency: int = 16  # Bot API calls in flight during a fan-out
    streak_reminder_hours: int = 3  # "streak at risk" this many hours before local midnight

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.default_timezone)

    def secrets(self) -> list[str]:
        """Values that must never appear in any output: the token, its secret half, the
        webhook secret (longest first, so the whole token is replaced before its half)."""
        token = self.telegram_bot_token
        found = [token, token.partition(":")[2], self.webhook_secret]
        return sorted({s for s in found if len(s) >= 6}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self.secrets():
            text = text.replace(secret, "<secret>")
        return text

    def require_token(self) -> str:
        if not self.telegram_bot_token:
            raise ConfigError("TELEGRAM_BOT_TOKEN is not set (get one from @BotFather)")
        return self.telegram_bot_token

    def require_webhook(self) -> None:
        if not self.webhook_url:
            raise ConfigError("WEBHOOK_URL is required with --webhook")
        if not self.webhook_secret:
            raise ConfigError("WEBHOOK_SECRET is required with --webhook")


def _parse_time(name: str, value: str) -> time:
    m = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", value.strip())
    if not m:
        raise ConfigError(f"{name}: {value!r} is not a time like 20:00")
    return time(int(m[1]), int(m[2]))


def _parse_int(name: str, value: str, low: int, high: int) -> int:
    try:
        n = int(value)
    except ValueError:
        raise ConfigError(f"{name}: {value!r} is not a whole number") from None
    if not low <= n <= high:
        raise ConfigError(f"{name}: {n} is outside {low}..{high}")
    return n


def _parse_float(name: str, value: str, low: float, high: float) -> float:
    try:
        x = float(value)
    except ValueError:
        raise ConfigError(f"{name}: {value!r} is not a number") from None
    if not low <= x <= high:
        raise ConfigError(f"{name}: {x:g} is outside {low:g}..{high:g}")
    return x


def load_settings(
    environ: Mapping[str, str] | None = None, env_file: str | Path | None = ".env"
) -> Settings:
    """Settings from ``environ`` (default: the process environment) over ``env_file``."""
    values: dict[str, str] = {}
    if env_file and Path(env_file).is_file():
        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ if environ is None else environ)

    def get(name: str) -> str | None:
        v = values.get(name)
        return v.strip() if v is not None and v.strip() != "" else None

    kw: dict[str, object] = {}
    if (token := get("TELEGRAM_BOT_TOKEN")) is not None:
        if not _TOKEN_RE.match(token):
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is malformed (expected 123456:ABC... from @BotFather)"
            )
        kw["telegram_bot_token"] = token
    if (url := get("TELEGRAM_API_URL")) is not None:
        if not re.match(r"^https?://[^\s/]+", url):
            raise ConfigError(f"TELEGRAM_API_URL: {url!r} is not an http(s) URL")
        kw["telegram_api_url"] = url.rstrip("/")
    if (path := get("DATABASE_PATH")) is not None:
        kw["database_path"] = Path(path)
    if (tz := get("DEFAULT_TIMEZONE")) is not None:
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(f"DEFAULT_TIMEZONE: {tz!r} is not a known time zone") from None
        kw["default_timezone"] = tz
    if (push := get("DEFAULT_PUSH_TIME")) is not None:
        kw["default_push_time"] = _parse_time("DEFAULT_PUSH_TIME", push)
    if (admins := get("ADMIN_USER_IDS")) is not None:
        try:
            kw["admin_user_ids"] = tuple(int(a) for a in admins.split(",") if a.strip())
        except ValueError:
            raise ConfigError(
                f"ADMIN_USER_IDS: {admins!r} is not a comma-separated list of user ids"
            ) from None
    if (timeout := get("SOLVER_TIMEOUT_SECONDS")) is not None:
        try:
            t = float(timeout)
        except ValueError:
            raise ConfigError(f"SOLVER_TIMEOUT_SECONDS: {timeout!r} is not a number") from None
        if not 0.1 <= t <= 300:
            raise ConfigError(f"SOLVER_TIMEOUT_SECONDS: {t} is outside 0.1..300")
        kw["solver_timeout_seconds"] = t
    if (workers := get("SOLVER_WORKERS")) is not None:
        kw["solver_workers"] = _parse_int("SOLVER_WORKERS", workers, 1, 64)
    if (wurl := get("WEBHOOK_URL")) is not None:
        if not wurl.startswith("https://"):
            raise ConfigError(f"WEBHOOK_URL: {wurl!r} must be an https:// URL")
        kw["webhook_url"] = wurl
    if (secret := get("WEBHOOK_SECRET")) is not None:
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise ConfigError("WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        kw["webhook_secret"] = secret
    if (port := get("WEBHOOK_PORT")) is not None:
        kw["webhook_port"] = _parse_int("WEBHOOK_PORT", port, 1, 65535)
    if (listen := get("WEBHOOK_LISTEN")) is not None:
        import ipaddress

        try:
            ipaddress.ip_address(listen)
        except ValueError:
            raise ConfigError(f"WEBHOOK_LISTEN: {listen!r} is not an IP address "
                              "(e.g. 127.0.0.1, 0.0.0.0, ::)") from None
        kw["webhook_listen"] = listen
    if (days := get("PROBLEM_RETENTION_DAYS")) is not None:
        kw["problem_retention_days"] = _parse_int("PROBLEM_RETENTION_DAYS", days, 1, 3650)
    if (grace := get("PUSH_GRACE_HOURS")) is not None:
        kw["push_grace_hours"] = _parse_float("PUSH_GRACE_HOURS", grace, 0, 23)
    if (rate := get("PUSH_RATE")) is not None:
        kw["push_rate"] = _parse_float("PUSH_RATE", rate, 0.1, 30)
    if (conc := get("PUSH_CONCURRENCY")) is not None:
        kw["push_concurrency"] = _parse_int("PUSH_CONCURRENCY", conc, 1, 64)
    if (hours := get("STREAK_REMINDER_HOURS")) is not None:
        kw["streak_reminder_hours"] = _parse_int("STREAK_REMINDER_HOURS", hours, 1, 12)
    if (level := get("LOG_LEVEL")) is not None:
        if level.upper() not in _LOG_LEVELS:
            raise ConfigError(f"LOG_LEVEL: {level!r} is not one of {', '.join(_LOG_LEVELS)}")
        kw["log_level"] = level.upper()
    return Settings(**kw)  # type: ignore[arg-type]
