"""`revisorbot import` and the report's own text: a PDF's passages are saved with it, and a
file imported before passages were kept gets them when imported again, nothing else."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from bench.samples import FINDINGS_REPORT_PAGES, font_path, write_pages_pdf
from bot.slack.workspace import LOCAL_TEAM_ID
from storage import search
from storage.models import Base, ChangeLog, Passage, Question
from tests.support.cli import command_line

pytestmark = pytest.mark.skipif(font_path() is None, reason="no DejaVu font to write the PDF")


@pytest.fixture
def run(engine: Engine, monkeypatch: pytest.MonkeyPatch):
    cli = command_line(monkeypatch, engine.url.render_as_string(hide_password=False))
    return lambda *args: cli("import", *args)


def _rows(session: Session, *, leave_out: tuple[str, ...] = ()) -> dict[str, list[Any]]:
    return {
        table.name: [
            tuple(row)
            for row in session.execute(select(table).order_by(*table.primary_key.columns))
        ]
        for table in Base.metadata.sorted_tables
        if table.name not in leave_out
    }


def _questions(session: Session) -> list[tuple]:
    columns = (Question.id, Question.text, Question.assessment_label, Question.assessment_scale)
    return session.execute(select(*columns).order_by(Question.id)).all()


def test_reimporting_a_pdf_imported_before_passages_were_kept_fills_them_in_and_nothing_else(
    tmp_path: Path, run, session_factory: sessionmaker[Session]
) -> None:
    report = write_pages_pdf(tmp_path / "vinter.pdf", FINDINGS_REPORT_PAGES)
    first = run(report, "--json")
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)[0]["result"] == "created"
    with session_factory() as session:
        passages = _rows(session)["passage"]
        texts = list(session.scalars(select(Question.assessment_text).order_by(Question.id)))
    assert len(passages) >= 6 and all(texts)

    # The database as migration 0006 leaves one where the file was imported before it.
    with session_factory() as session, session.begin():
        session.execute(delete(Passage))
        session.execute(update(Question).values(assessment_text=None))
    with session_factory() as session:
        before = _rows(session, leave_out=("passage", "change_log", "question"))
        questions = _questions(session)
        assert search.search(session, team_id=LOCAL_TEAM_ID, text="sandlådorna") == []

    again = run(report, "--json")
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)[0]["result"] == "passages_added"
    with session_factory() as session:
        after = _rows(session)
        assert [row[4:] for row in after["passage"]] == [row[4:] for row in passages]
        assert {key: after[key] for key in before} == before
        assert _questions(session) == questions
        assert list(session.scalars(select(Question.assessment_text).order_by(Question.id))) == (
            texts
        )
        latest = session.scalars(select(ChangeLog).order_by(ChangeLog.id.desc())).first()
        assert (latest.field, latest.new_value) == ("import_passages", "vinter.pdf")
        (hit,) = search.search(session, team_id=LOCAL_TEAM_ID, text="sandlådorna")
        assert hit.page == 3

    third = run(report, "--json")
    assert third.exit_code == 0
    assert json.loads(third.stdout)[0]["result"] == "already_imported"
    with session_factory() as session:
        assert _rows(session) == after
