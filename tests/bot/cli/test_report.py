"""`revisorbot report followup|statement`: the Word drafts written to a file, in either language."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.cli.common import cli_context
from bot.core.settings import get_settings
from bot.services import followup
from tests.support.documents import read_docx


@pytest.fixture
def demo_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    monkeypatch.setenv("REVISORBOT_LANGUAGE", "sv")
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    get_settings.cache_clear()
    assert CliRunner().invoke(app, ["demo"]).exit_code == 0
    ctx = cli_context(get_settings())
    yield ctx
    ctx.runtime.close()
    get_settings.cache_clear()


def test_the_follow_up_report_and_the_statement_are_written(demo_database, tmp_path: Path) -> None:
    ctx = demo_database
    year = ctx.today.year
    (item,) = followup.start_or_resume(ctx, "testby").page.items.items
    followup.assess(
        ctx,
        item_id=str(item.id),
        seen_version=item.version,
        assessment="fixed",
        comment="Övningen hölls.",
        evidence=None,
    )
    runner = CliRunner()
    report = tmp_path / "uppfoljning.docx"
    args = ["--organisation", "testby", "--year", str(year), "--output"]
    result = runner.invoke(app, ["report", "followup", *args, str(report)])
    assert result.exit_code == 0, result.output
    assert f"Skrev {report}" in " ".join(result.output.split())
    read = read_docx(report.read_bytes())
    assert read.table_after("Bedömningar")[1] == ["Åtgärdad", "1", "100 %"]
    assert read.table_after("Per nämnd")[1] == ["Regionstyrelsen", "1", "0", "0", "0", "0", "1"]

    english = tmp_path / "follow-up.docx"
    result = runner.invoke(app, ["report", "followup", *args, str(english), "--language", "en"])
    assert result.exit_code == 0, result.output
    assert read_docx(english.read_bytes()).table_after("Assessments")[1] == ["Fixed", "1", "100 %"]

    statement = tmp_path / "underlag.docx"
    result = runner.invoke(
        app,
        [
            "report",
            "statement",
            "--organisation",
            "testby",
            "--year",
            str(year - 1),
            "-o",
            str(statement),
        ],
    )
    assert result.exit_code == 0, result.output
    read = read_docx(statement.read_bytes())
    assert read.title == f"Underlag till revisionsberättelse {year - 1}"
    assert [row[0] for row in read.table_after("Översikt per nämnd")[1:]] == [
        "Regionstyrelsen",
        "Hälso- och sjukvårdsnämnden",
    ]


def test_a_round_not_started_or_an_unknown_organisation_ends_with_a_sentence(
    demo_database, tmp_path: Path
) -> None:
    year = demo_database.today.year
    runner = CliRunner()
    output = tmp_path / "x.docx"
    result = runner.invoke(
        app,
        ["report", "followup", "--organisation", "testby", "--year", str(year), "-o", str(output)],
    )
    assert result.exit_code == 2
    assert f"Uppföljningen {year} för Testby region är inte startad" in " ".join(
        result.output.split()
    )
    result = runner.invoke(
        app,
        [
            "report",
            "statement",
            "--organisation",
            "Atlantis",
            "--year",
            str(year),
            "-o",
            str(output),
        ],
    )
    assert result.exit_code == 2 and "Atlantis" in result.output
    assert not output.exists()
