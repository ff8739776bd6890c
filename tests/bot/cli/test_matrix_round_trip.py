"""Export → edit in Excel → import changes exactly what was edited, and the change log says so;
the unedited file changes nothing, nor does a file older than the changes made since."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.demo.data import load_demo
from bot.slack.workspace import LOCAL_TEAM_ID
from ingest.schema import Extraction, Recommendation
from storage import history, items
from storage.db import transaction
from storage.loader import load_extraction
from storage.models import ChangeLog
from tests.support.cli import CommandLine, command_line

TODAY = dt.date(2030, 3, 13)
NEW_COMMENT = "Följs upp vid revisorernas möte i maj."
NEW_DUE = dt.datetime(2030, 10, 31)


@pytest.fixture
def cli(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> CommandLine:
    return command_line(monkeypatch, engine.url.render_as_string(hide_password=False))


def _logged(session_factory: sessionmaker[Session]) -> list[tuple[str, str]]:
    with session_factory() as session:
        return [(c.entity, c.field) for c in history.changes(session, team_id=LOCAL_TEAM_ID)]


def _count(session_factory: sessionmaker[Session]) -> int:
    with session_factory() as session:
        return session.scalar(select(func.count()).select_from(ChangeLog))


def _sheet(path: Path) -> list[list[object]]:
    return [list(row) for row in load_workbook(path).active.iter_rows(values_only=True)]


def test_three_cells_edited_in_excel_change_exactly_three_values(
    cli, session_factory: sessionmaker[Session], tmp_path: Path
) -> None:
    with transaction(session_factory) as session:
        load_demo(session, team_id=LOCAL_TEAM_ID, today=TODAY)
    exported = tmp_path / "matris.xlsx"
    assert cli("export", "--format", "xlsx", "--output", exported).exit_code == 0
    before = _count(session_factory)

    unedited = cli("import", exported)
    assert unedited.exit_code == 0, unedited.output
    assert "inget att ändra" in unedited.stdout
    assert _count(session_factory) == before

    with session_factory() as session:
        recommendations = items.recommendations(session, team_id=LOCAL_TEAM_ID)
    open_ = [r for r in recommendations if r.status == "open" and not r.actions]
    # The due date shown is the one dated action not done: that is the one it moves.
    dated = next(
        r
        for r in recommendations
        if len([a for a in r.actions if a.due and a.effective_status != "done"]) == 1
    )
    workbook = load_workbook(exported)
    sheet = workbook.active
    header = [cell.value for cell in sheet[1]]
    row_of = {sheet.cell(row, header.index("Revisorbot-id") + 1).value: row for row in
              range(2, sheet.max_row + 1)}  # fmt: skip

    def edit(recommendation_id: int, column: str, value: object) -> None:
        sheet.cell(row_of[recommendation_id], header.index(column) + 1).value = value

    edit(open_[0].id, "Status", "Genomförd")
    edit(open_[1].id, "Kommentar/bedömning", NEW_COMMENT)
    edit(dated.id, "Nästa förfallodag", NEW_DUE)
    edited = tmp_path / "matris-redigerad.xlsx"
    workbook.save(edited)

    shown = cli("import", edited, "--dry-run", "--json")
    assert shown.exit_code == 0, shown.output
    (entry,) = json.loads(shown.stdout)
    assert entry["saved"] is False and entry["error"] is None
    moved = next(a.due for a in dated.actions if a.due and a.effective_status != "done")
    assert {(c["recommendation"], c["field"], c["old"], c["new"]) for c in entry["changes"]} == {
        (open_[0].text, "status", "Öppen", "Genomförd"),
        (open_[1].text, "comment", None, NEW_COMMENT),
        (dated.text, "due", moved.isoformat(), "2030-10-31"),
    }
    assert _count(session_factory) == before

    applied = cli("import", edited)
    assert applied.exit_code == 0, applied.output
    assert "3 ändringar" in applied.stdout
    assert sorted(_logged(session_factory)[:3]) == [
        ("action", "due"),
        ("recommendation", "comment"),
        ("recommendation", "status"),
    ]
    assert _count(session_factory) == before + 3

    again = tmp_path / "igen.xlsx"
    assert cli("export", "--format", "xlsx", "--output", again).exit_code == 0
    was, now = _sheet(edited), _sheet(again)
    assert was[0] == now[0] and len(was) == len(now)
    last_change = header.index("Senast ändrad")
    differing = {
        (was_row[header.index("Revisorbot-id")], header[column])
        for was_row, now_row in zip(was[1:], now[1:], strict=True)
        for column, (a, b) in enumerate(zip(was_row, now_row, strict=True))
        if a != b
    }
    # The three values are as edited; nothing else differs but, for those three rows, the
    # version and "Senast ändrad" (to the minute: within the export's minute it stays).
    edited_ids = {open_[0].id, open_[1].id, dated.id}
    versions = {(edited_id, "Revisorbot-version") for edited_id in edited_ids}
    assert versions <= differing
    assert differing - versions <= {(edited_id, "Senast ändrad") for edited_id in edited_ids}
    for was_row, now_row in zip(was[1:], now[1:], strict=True):
        assert now_row[last_change] is not None
        assert now_row[last_change] >= was_row[last_change]

    # The edited file once more, and the file from before the edits: nothing changes.
    assert "inget att ändra" in cli("import", edited).stdout
    stale = cli("import", exported)
    assert stale.exit_code == 0 and "inget att ändra" in stale.stdout
    assert " ".join(stale.stderr.split()).count("har ändrats i Revisorbot sedan filen") == 3
    assert _count(session_factory) == before + 3


FORMULA = "=cmd|' /C calc'!A0"


def test_a_csv_export_reads_back_as_it_was_formulas_and_all(
    cli, session_factory: sessionmaker[Session], tmp_path: Path
) -> None:
    extraction = Extraction(
        source="formler.pdf",
        organisation="Knivsta kommun",
        title='=HYPERLINK("https://evil.example/", "Rapporten")',
        recommendations=[
            Recommendation(text=FORMULA, addressee=["Socialnämnden"]),
            Recommendation(text="-2+3 rutiner ska ses över.", addressee=["Socialnämnden"]),
        ],
    )
    with transaction(session_factory) as session:
        load_extraction(
            session, team_id=LOCAL_TEAM_ID, extraction=extraction, sha256="f" * 64, actor="t"
        )
    exported = tmp_path / "matris.csv"
    assert cli("export", "--format", "csv", "--output", exported).exit_code == 0
    text = exported.read_text(encoding="utf-8-sig")
    assert f"'{FORMULA}" in text  # the export's defence is still there
    assert "inget att ändra" in cli("import", exported).stdout

    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    comment = records[0].index("Kommentar/bedömning")
    records[1][comment] = "=SUM(A1:A3) är inte en formel här"
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(records)
    edited = tmp_path / "matris-redigerad.csv"
    edited.write_text(buffer.getvalue(), encoding="utf-8-sig")

    applied = cli("import", edited, "--json")
    (entry,) = json.loads(applied.stdout)
    assert [(c["field"], c["new"]) for c in entry["changes"]] == [
        ("comment", "=SUM(A1:A3) är inte en formel här")
    ]
    with session_factory() as session:
        texts = sorted(r.text for r in items.recommendations(session, team_id=LOCAL_TEAM_ID))
    assert texts == sorted([FORMULA, "-2+3 rutiner ska ses över."])
    assert cli("export", "--format", "csv", "--output", exported).exit_code == 0
    assert "'=SUM(A1:A3) är inte en formel här" in exported.read_text(encoding="utf-8-sig")
