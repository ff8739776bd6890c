"""`revisorbot export`: the follow-up matrix written to a file, one organisation asked by name."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.core.settings import get_settings


def test_export_command_writes_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    database = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", database)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    get_settings.cache_clear()
    runner = CliRunner()
    assert runner.invoke(app, ["demo"]).exit_code == 0
    result = runner.invoke(
        app,
        [
            "export",
            "--format",
            "xlsx",
            "--output",
            str(tmp_path / "matris.xlsx"),
            "--organisation",
            "testby",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "3 rekommendationer" in result.output
    wrong = runner.invoke(
        app,
        [
            "export",
            "--format",
            "xlsx",
            "--output",
            str(tmp_path / "x.xlsx"),
            "--organisation",
            "Atlantis",
        ],
    )
    assert wrong.exit_code == 2 and "Atlantis" in wrong.output
    get_settings.cache_clear()
