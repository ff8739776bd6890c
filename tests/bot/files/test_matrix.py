"""The follow-up matrix export: its rows in the workbook and the CSV, an organisation at a time."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from bot.cli import app
from bot.core.settings import get_settings
from bot.demo.data import load_demo
from bot.files import matrix as followup
from bot.files.spreadsheet_text import quoted
from bot.slack.workspace import LOCAL_TEAM_ID
from ingest.schema import Action, Extraction, Recommendation, Response
from storage import edits, items, matrix
from storage.db import make_engine, make_session_factory, transaction
from storage.edits import Edit
from storage.loader import load_extraction
from storage.migrate import upgrade
from tests.conftest import TEAM

TODAY = dt.date(2030, 3, 13)
STOCKHOLM = get_settings().tz


def _load_corpus(corpus: Path, factory: sessionmaker[Session]) -> dict:
    expected = {}
    with transaction(factory) as session:
        for path in sorted((corpus / "expected").glob("*.json")):
            extraction = Extraction.model_validate_json(path.read_text(encoding="utf-8"))
            expected[extraction.organisation] = extraction
            load_extraction(
                session,
                team_id=TEAM,
                extraction=extraction,
                sha256=hashlib.sha256(path.name.encode()).hexdigest(),
                actor="t",
            )
    return expected


def test_corpus_export_has_one_row_per_recommendation_with_its_actions(
    corpus: Path, session_factory: sessionmaker[Session]
) -> None:
    expected = _load_corpus(corpus, session_factory)
    with session_factory() as session:
        rows = matrix.matrix_rows(session, team_id=TEAM)
    data = followup.render(rows, fmt="xlsx", lang="sv", tz=STOCKHOLM)

    sheet = load_workbook(io.BytesIO(data)).active
    header = [cell.value for cell in sheet[1]]
    body = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert header[:4] == ["Organisation", "Granskning", "År", "Rekommendation"]
    assert len(body) == sum(len(e.recommendations) for e in expected.values()) == 28

    knivsta = [row for row in body if row[0] == "Knivsta kommun"]
    assert [row[3] for row in knivsta] == [
        r.text for r in expected["Knivsta kommun"].recommendations
    ]
    actions = header.index("Åtgärder")
    action_lines = sum(row[actions].count("•") for row in knivsta if row[actions])
    assert action_lines == 21
    due_column = header.index("Nästa förfallodag")
    assert any(isinstance(row[due_column], dt.datetime) for row in knivsta)
    assert all(row[due_column] is None or isinstance(row[due_column], dt.datetime) for row in body)
    # Knivsta's missive asked for responses by 31 March 2019; each report's import is its
    # recommendations' last change.
    deadline = header.index("Svar senast")
    assert {row[deadline] for row in knivsta} == {dt.datetime(2019, 3, 31)}
    assert {row[header.index("Diarienummer")] for row in knivsta} >= {"KS-2019/64"}
    assert all(row[header.index("Senast ändrad")] is not None for row in body)


def test_csv_export_and_the_last_change(session_factory: sessionmaker[Session]) -> None:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    with session_factory() as session:
        action = next(
            a
            for r in items.recommendations(session, team_id=TEAM)
            for a in r.actions
            if a.status is None
        )
    with transaction(session_factory) as session:
        edits.set_action_status(Edit(session, TEAM, "U0EDITOR"), action_id=action.id, status="done")
    with session_factory() as session:
        rows = matrix.matrix_rows(session, team_id=TEAM)
    text = followup.render(rows, fmt="csv", lang="en", tz=STOCKHOLM).decode("utf-8-sig")
    records = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert len(records) == 10
    # Every row was last changed when it was imported, the one whose action was done since
    # then: the newest change of all.
    assert all(r["Last changed"] for r in records)
    changed = max(records, key=lambda r: int(r["Revisorbot version"]))
    assert action.text in changed["Actions"] and "Done" in changed["Actions"]


def test_each_row_shows_its_response_and_the_auditors_comment(
    session_factory: sessionmaker[Session],
) -> None:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    with session_factory() as session:
        recommendation = next(
            r
            for r in items.recommendations(session, team_id=TEAM)
            if r.text == "Inför en årlig genomgång av attesträtter."
        )
    with transaction(session_factory) as session:
        edits.set_recommendation_comment(
            Edit(session, TEAM, "U0EDITOR"),
            recommendation_id=recommendation.id,
            comment="Rutinen finns men följs inte.",
        )
    with session_factory() as session:
        rows = matrix.matrix_rows(session, team_id=TEAM)
    sheet = load_workbook(io.BytesIO(followup.render(rows, fmt="xlsx", lang="sv", tz=STOCKHOLM)))
    header, *body = [[cell.value for cell in row] for row in sheet.active.iter_rows()]
    row = dict(zip(header, next(r for r in body if r[3] == recommendation.text), strict=True))
    assert row["Svar senast"] == dt.datetime(2029, 12, 15)
    assert row["Svar inkommet"] == dt.datetime(2029, 12, 10)
    assert row["Diarienummer"] == "KS-2029/412"
    assert row["Kommentar/bedömning"] == "Rutinen finns men följs inte."
    assert row["Revisorbot-id"] == recommendation.id
    # A recommendation to two boards asked by the same day: one date, sortable.
    both = dict(zip(header, next(r for r in body if r[4] == "Kommunstyrelsen, Socialnämnden"),
                    strict=True))  # fmt: skip
    assert isinstance(both["Svar senast"], dt.datetime) and both["Svar inkommet"] is None


def test_the_export_asks_an_organisation_at_a_time_never_by_every_id(
    engine, session_factory
) -> None:
    """At national scale the workspace holds 149,280 recommendations: a list of their ids is
    more than SQLite's 32,766 parameters. No statement of the export grows beyond one
    organisation's recommendations."""
    from collections import Counter

    from sqlalchemy import event, select

    from bot.demo.national import Scale, generate
    from storage.models import Action

    generate(engine, team_id=TEAM, today=TODAY, scale=Scale(kommuner=3, regioner=1, years=2))
    with session_factory() as session:
        action_id, recommendation_id = session.execute(
            select(Action.id, Action.recommendation_id)
            .where(Action.recommendation_id.is_not(None), Action.status.is_(None))
            .limit(1)
        ).one()
    with transaction(session_factory) as session:
        edits.set_action_status(
            Edit(session, TEAM, "U0EDITOR"), action_id=action_id, status="started"
        )
    parameters: list[int] = []

    def count(conn, cursor, statement, params, context, executemany) -> None:
        parameters.append(len(params))

    event.listen(engine, "before_cursor_execute", count)
    try:
        with session_factory() as session:
            rows = matrix.matrix_rows(session, team_id=TEAM)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(rows) > 300
    assert sum(1 for row in rows for _ in row.recommendation.actions) > 300
    assert all(row.last_change for row in rows)
    assert max(rows, key=lambda row: row.version or 0).recommendation.id == recommendation_id
    largest = max(Counter(row.recommendation.audit.organisation_id for row in rows).values())
    assert largest < len(rows) / 3
    assert max(parameters) <= largest + 5
    # Written an organisation at a time, the export holds the same rows in the same order.
    with session_factory() as session:
        batches = list(matrix.matrix_batches(session, team_id=TEAM))
    assert len(batches) == 4
    assert [row for batch in batches for row in batch] == rows


# Cells a spreadsheet would run (OWASP, CSV injection): a DDE command, a function, arithmetic.
# (A leading tab or carriage return, which OWASP lists too, does not survive the importer.)
FORMULAS = (
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+1",
    "-2+3+cmd|' /C calc'!A0",
)
FORMULA_TITLE = '=HYPERLINK("https://evil.example/", "Öppna rapporten")'


def _formula_audit() -> Extraction:
    """An audit whose texts a spreadsheet would run, with typed cells beside them: the year,
    an action's due date."""
    return Extraction(
        source="formler.pdf",
        organisation="Knivsta kommun",
        title=FORMULA_TITLE,
        audit_firm="Revisionskontoret",
        report_date="2029-05-01",
        audit_year=2029,
        audited_bodies=["Socialnämnden"],
        recommendations=[Recommendation(text=t, addressee=["Socialnämnden"]) for t in FORMULAS],
        responses=[
            Response(
                body="Socialnämnden",
                date=dt.date(2029, 9, 1),
                actions=[
                    Action(
                        recommendation_index=0,
                        action="Ta fram en rutin.",
                        timeline_text="2030-06-30",
                        due=dt.date(2030, 6, 30),
                        due_precision="day",
                    )
                ],
            )
        ],
    )


def test_the_cli_export_hands_spreadsheets_no_formulas(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'formler.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    with transaction(make_session_factory(engine)) as session:
        load_extraction(
            session, team_id=LOCAL_TEAM_ID, extraction=_formula_audit(), sha256="f" * 64, actor="t"
        )
    engine.dispose()
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    get_settings.cache_clear()
    try:
        for fmt in ("xlsx", "csv"):
            written = CliRunner().invoke(
                app, ["export", "--format", fmt, "--output", str(tmp_path / f"matris.{fmt}")]
            )
            assert written.exit_code == 0, written.output
    finally:
        get_settings.cache_clear()

    sheet = load_workbook(tmp_path / "matris.xlsx").active
    header = [cell.value for cell in sheet[1]]
    rows = list(sheet.iter_rows(min_row=2))
    texts = [row[header.index("Rekommendation")] for row in rows]
    assert sorted(cell.value for cell in texts) == sorted(FORMULAS)
    for cell in [*texts, rows[0][header.index("Granskning")]]:
        assert cell.data_type == "s", (cell.value, cell.data_type)
        assert cell.quotePrefix, cell.value  # Excel's own leading apostrophe: shown, never run
    assert {row[header.index("År")].value for row in rows} == {2029}
    due = [row[header.index("Nästa förfallodag")].value for row in rows]
    assert dt.datetime(2030, 6, 30) in due

    text = (tmp_path / "matris.csv").read_text(encoding="utf-8-sig")
    records = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
    assert sorted(r["Rekommendation"] for r in records) == sorted(f"'{t}" for t in FORMULAS)
    assert {r["Granskning"] for r in records} == {f"'{FORMULA_TITLE}"}
    assert {r["År"] for r in records} == {"2029"}
    assert "2030-06-30" in {r["Nästa förfallodag"] for r in records}


def test_a_leading_tab_or_carriage_return_is_quoted_like_a_formula() -> None:
    """OWASP lists them too: some spreadsheets drop the tab and run what follows."""
    assert quoted("\t=1+1") == "'\t=1+1" and quoted("\r@SUM(A1)") == "'\r@SUM(A1)"
    assert quoted("Inför en samlad plan.") == "Inför en samlad plan."
    assert quoted("2030-06-30") == "2030-06-30"
