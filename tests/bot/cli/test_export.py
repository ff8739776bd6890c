"""`revisorbot export`: the follow-up matrix written to a file, one organisation asked by name;
a workbook also carries the audits' questions and assessments."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine
from typer.testing import CliRunner

from bot.cli import app
from bot.core.settings import get_settings
from bot.slack.workspace import LOCAL_TEAM_ID
from ingest.schema import Extraction, Question, Recommendation
from storage.db import make_session_factory, transaction
from storage.loader import load_extraction


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


def _audit(organisation: str, title: str, questions: list[Question]) -> Extraction:
    return Extraction(
        source=f"{title}.pdf",
        organisation=organisation,
        title=title,
        audit_year=2025,
        questions=questions,
        recommendations=[Recommendation(text="Revidera planen.", addressee=["Tekniska nämnden"])],
    )


def test_the_workbook_carries_each_audits_questions_and_assessments_and_the_csv_does_not(
    tmp_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    with transaction(make_session_factory(engine)) as session:
        for digest, extraction in (
            (
                "a",
                _audit(
                    "Granbacka kommun",
                    "Granskning av vinterväghållningen",
                    [
                        Question(
                            number="1",
                            text="Finns det en aktuell plan för snöröjning?",
                            assessment="Delvis uppfyllt",
                            assessment_text="Planen är från 2019 och har inte reviderats.",
                        ),
                        Question(text="Följs entreprenörerna upp?", assessment="Ej uppfyllt"),
                    ],
                ),
            ),
            (
                "b",
                _audit(
                    "Lövsala kommun",
                    "Granskning av bygglov",
                    [Question(text="Handläggs bygglov i tid?", assessment="Ja")],
                ),
            ),
        ):
            load_extraction(
                session,
                team_id=LOCAL_TEAM_ID,
                extraction=extraction,
                sha256=digest * 64,
                actor="t",
            )
    monkeypatch.setenv("DATABASE_URL", engine.url.render_as_string(hide_password=False))
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    monkeypatch.setenv("REVISORBOT_LANGUAGE", "sv")
    get_settings.cache_clear()
    runner = CliRunner()
    try:
        for fmt in ("xlsx", "csv"):
            result = runner.invoke(
                app,
                ["export", "-f", fmt, "-o", str(tmp_path / f"m.{fmt}"), "--organisation", "granb"],
            )
            assert result.exit_code == 0, result.output
        help_text = " ".join(runner.invoke(app, ["export", "--help"]).output.split())
    finally:
        get_settings.cache_clear()

    workbook = load_workbook(tmp_path / "m.xlsx")
    assert workbook.sheetnames == ["Uppföljning", "Bedömningar"]
    assert workbook.active.title == "Uppföljning"
    assessments = [list(row) for row in workbook["Bedömningar"].iter_rows(values_only=True)]
    assert assessments == [
        ["Organisation", "Granskning", "År", "Nr", "Revisionsfråga", "Bedömning", "Bedömningstext"],
        [
            "Granbacka kommun",
            "Granskning av vinterväghållningen",
            2025,
            "1",
            "Finns det en aktuell plan för snöröjning?",
            "Delvis uppfyllt",
            "Planen är från 2019 och har inte reviderats.",
        ],
        [
            "Granbacka kommun",
            "Granskning av vinterväghållningen",
            2025,
            None,
            "Följs entreprenörerna upp?",
            "Ej uppfyllt",
            None,
        ],
    ]
    csv_text = (tmp_path / "m.csv").read_text(encoding="utf-8-sig")
    assert csv_text.splitlines()[0].startswith("Organisation;Granskning;År;Rekommendation")
    assert "Revidera planen." in csv_text and "snöröjning" not in csv_text
    assert "csv (bara matrisen)" in " ".join(help_text.split())
