"""The command line in tests: `revisorbot` run by typer's CliRunner on a test database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from bot.core.settings import get_settings


@contextmanager
def command_line(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    """A runner whose commands use ``engine``'s database, in Swedish, without a bot token
    (so in the local workspace unless --team says otherwise)."""
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.setenv("REVISORBOT_LANGUAGE", "sv")
    get_settings.cache_clear()
    try:
        yield CliRunner()
    finally:
        get_settings.cache_clear()
