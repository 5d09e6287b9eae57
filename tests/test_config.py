"""Settings come from the environment over .env; bad values name the variable."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from bot.config import DEFAULT_API_URL, ConfigError, load_settings

TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345678"


def test_defaults_without_any_configuration(tmp_path: Path) -> None:
    s = load_settings({}, env_file=tmp_path / "missing.env")
    assert s.telegram_bot_token == ""
    assert s.telegram_api_url == DEFAULT_API_URL
    assert s.database_path == Path("mml_tutor.db")
    assert s.default_timezone == "Asia/Kolkata"
    assert s.default_push_time == time(20, 0)
    assert s.solver_timeout_seconds == 10
    assert s.solver_workers >= 1
    assert s.admin_user_ids == ()


def test_environment_overrides_env_file(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("DEFAULT_PUSH_TIME=07:30\nSOLVER_WORKERS=3\nLOG_LEVEL=debug\n")
    s = load_settings({"SOLVER_WORKERS": "5", "ADMIN_USER_IDS": "1, 22"}, env_file=env)
    assert s.default_push_time == time(7, 30)
    assert s.solver_workers == 5
    assert s.admin_user_ids == (1, 22)
    assert s.log_level == "DEBUG"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("TELEGRAM_BOT_TOKEN", "not-a-token"),
        ("TELEGRAM_API_URL", "ftp://x"),
        ("DEFAULT_TIMEZONE", "Mars/Olympus"),
        ("DEFAULT_PUSH_TIME", "25:00"),
        ("ADMIN_USER_IDS", "12,abc"),
        ("SOLVER_TIMEOUT_SECONDS", "soon"),
        ("SOLVER_WORKERS", "0"),
        ("WEBHOOK_URL", "http://insecure.example"),
        ("WEBHOOK_PORT", "70000"),
        ("LOG_LEVEL", "LOUD"),
    ],
)
def test_malformed_value_names_the_variable(tmp_path: Path, name: str, value: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_settings({name: value}, env_file=None)
    assert str(err.value).startswith(name)
    assert "\n" not in str(err.value)


def test_token_never_in_repr_or_errors() -> None:
    s = load_settings({"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_SECRET": "s3cret"}, env_file=None)
    assert s.telegram_bot_token == TOKEN
    assert TOKEN not in repr(s) and "s3cret" not in repr(s)
    with pytest.raises(ConfigError) as err:
        load_settings({"TELEGRAM_BOT_TOKEN": TOKEN + " x"}, env_file=None)
    assert TOKEN not in str(err.value)


def test_missing_token_and_webhook_settings_are_named() -> None:
    s = load_settings({}, env_file=None)
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN"):
        s.require_token()
    with pytest.raises(ConfigError, match="WEBHOOK_URL"):
        s.require_webhook()


def test_cli_reports_bad_configuration_in_one_line(monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    monkeypatch.setenv("DEFAULT_TIMEZONE", "Nowhere/Land")
    assert main(["check-content"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "DEFAULT_TIMEZONE" in err
