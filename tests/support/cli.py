"""`revisorbot` run in the test's own process, as a user runs it: on one database, in Swedish,
without a bot token unless the test gives one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from click.testing import Result
from typer.testing import CliRunner

from bot.cli import app
from bot.core.settings import get_settings

CommandLine = Callable[..., Result]


def command_line(
    monkeypatch: pytest.MonkeyPatch, database_url: str, **environment: str
) -> CommandLine:
    """``run(*args, typed=…)`` invokes `revisorbot *args` (``typed`` is its stdin). Settings
    are read afresh by each command, so a test may change the environment between them."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.setenv("REVISORBOT_LANGUAGE", "sv")
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    runner = CliRunner()

    def run(*args: object, typed: str | None = None) -> Result:
        get_settings.cache_clear()
        try:
            return runner.invoke(app, [str(arg) for arg in args], input=typed)
        finally:
            get_settings.cache_clear()

    return run
