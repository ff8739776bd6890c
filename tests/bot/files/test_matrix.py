"""The follow-up matrix export: its rows in the workbook and the CSV, an organisation at a time."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy.orm import Session, sessionmaker

from bot.core.settings import get_settings
from bot.demo.data import load_demo
from bot.files import matrix as followup
from ingest.schema import Extraction
from storage import edits, items, matrix
from storage.db import transaction
from storage.edits import Edit
from storage.loader import load_extraction
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
    action_lines = sum(row[5].count("•") for row in knivsta if row[5])
    assert action_lines == 21
    due_column = header.index("Nästa förfallodag")
    assert any(isinstance(row[due_column], dt.datetime) for row in knivsta)
    assert all(row[due_column] is None or isinstance(row[due_column], dt.datetime) for row in body)


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
    changed = [r for r in records if r["Last changed"]]
    assert len(changed) == 1 and action.text in changed[0]["Actions"]
    assert "Done" in changed[0]["Actions"]


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
    assert [row.recommendation.id for row in rows if row.last_change] == [recommendation_id]
    largest = max(Counter(row.recommendation.audit.organisation_id for row in rows).values())
    assert largest < len(rows) / 3
    assert max(parameters) <= largest + 5
    # Written an organisation at a time, the export holds the same rows in the same order.
    with session_factory() as session:
        batches = list(matrix.matrix_batches(session, team_id=TEAM))
    assert len(batches) == 4
    assert [row for batch in batches for row in batch] == rows
