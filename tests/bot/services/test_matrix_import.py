"""A team's own follow-up matrix read in: what is missing is added, what is found is updated,
each change in the change log; a dry run shows it all and keeps nothing; a reader may not."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.core.errors import PermissionDenied, UserFacingError
from bot.services.matrix_import import import_matrix
from storage import history, items
from storage.models import Action, Audit, ChangeLog, Organisation, Recommendation
from storage.names import list_bodies
from tests.conftest import TEAM
from tests.support.context import request_context

TODAY = dt.date(2030, 3, 13)
HEADER = [
    "Kommun",
    "Granskning",
    "År",
    "Rek.",
    "Ansvarig nämnd",
    "Status",
    "Revisorernas kommentar",
    "Åtgärd",
    "Klart senast",
    "Prioritet",
]
ARCHIVE = "Ordna arkivet i källaren."
WEEDING = "Gallra gamla handlingar."
DELEGATION = "Uppdatera delegationsordningen."


def _rows() -> list[list[object]]:
    """Our own words; laid out as teams do: a title, merged cells read back empty, an action
    continued on a row of its own."""
    return [
        ["Knivsta", "Arkivhantering", 2029, ARCHIVE, "Kommunstyrelsen", "Pågår",
         "Delvis gjort.", "Ny arkivplan tas fram.", dt.datetime(2030, 6, 30), "Hög"],
        [None, None, None, WEEDING, "Socialnämnden", "Ej påbörjad",
         None, "Gallringsbeslut fattas.", "senast september 2030", None],
        ["Knivsta", "Delegationsordning", 2028, DELEGATION, "KS", "Genomförd",
         "Klart i mars.", None, None, None],
        [None, None, None, None, None, None, None, "Delegationen ses över årligen.", None, None],
    ]  # fmt: skip


def _sheet(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    workbook.active.append(["Uppföljningsmatris 2029"])
    workbook.active.append(HEADER)
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _count(session_factory: sessionmaker[Session], model) -> int:
    with session_factory() as session:
        return session.scalar(select(func.count()).select_from(model))


def _recommendations(session_factory: sessionmaker[Session]) -> dict[str, object]:
    with session_factory() as session:
        return {r.text: r for r in items.recommendations(session, team_id=TEAM)}


def test_a_teams_sheet_adds_what_is_missing_shown_first_by_a_dry_run(
    session_factory: sessionmaker[Session],
) -> None:
    ctx = request_context(session_factory, team_id=TEAM, today=TODAY)
    data = _sheet(_rows())

    rehearsed = import_matrix(ctx, data=data, filename="vår-matris.xlsx", dry_run=True)
    assert [(c.row, c.kind, c.new) for c in rehearsed.changes] == [
        (3, "organisation", "Knivsta"),
        (3, "audit", "Arkivhantering"),
        (3, "recommendation", ARCHIVE),
        (3, "action", "Ny arkivplan tas fram."),
        (4, "recommendation", WEEDING),
        (4, "action", "Gallringsbeslut fattas."),
        (5, "audit", "Delegationsordning"),
        (5, "recommendation", DELEGATION),
        (6, "action", "Delegationen ses över årligen."),
    ]
    assert [(n.row, n.key, n.params) for n in rehearsed.notes] == [
        (None, "matrix.note.unplaced", {"column": "Prioritet"})
    ]
    assert not rehearsed.saved
    assert _count(session_factory, Organisation) == _count(session_factory, ChangeLog) == 0

    saved = import_matrix(ctx, data=data, filename="vår-matris.xlsx")
    assert saved.changes == rehearsed.changes and saved.saved
    recommendations = _recommendations(session_factory)
    archive, weeding, delegation = (recommendations[t] for t in (ARCHIVE, WEEDING, DELEGATION))
    assert (archive.status, archive.comment, archive.addressees) == (
        "in_progress",
        "Delvis gjort.",
        ("Kommunstyrelsen",),
    )
    assert [(a.text, a.due, a.due_precision) for a in weeding.actions] == [
        ("Gallringsbeslut fattas.", dt.date(2030, 9, 30), "month")
    ]
    # "KS" on a later row is the Kommunstyrelsen an earlier row named in full.
    assert delegation.addressees == ("Kommunstyrelsen",)
    assert (delegation.status, delegation.audit.audit_year) == ("done", 2028)
    assert [a.owners for a in delegation.actions] == [("Kommunstyrelsen",)]
    with session_factory() as session:
        log = history.changes(session, team_id=TEAM, limit=100)
    assert {(c.entity, c.field, c.new_value) for c in log} >= {
        ("audit", "import", "vår-matris.xlsx"),
        ("recommendation", "import", "vår-matris.xlsx"),
        ("action", "import", "vår-matris.xlsx"),
    }

    again = import_matrix(ctx, data=data, filename="vår-matris.xlsx")
    assert again.changes == []
    assert _count(session_factory, Recommendation) == 3 and _count(session_factory, Action) == 3


def test_a_teams_sheet_read_again_changes_the_status_comment_and_due_date_it_changed(
    session_factory: sessionmaker[Session],
) -> None:
    ctx = request_context(session_factory, team_id=TEAM, today=TODAY)
    import_matrix(ctx, data=_sheet(_rows()), filename="matris.xlsx")
    logged = _count(session_factory, ChangeLog)

    rows = _rows()
    rows[0][5] = "Åtgärdad"
    rows[0][8] = "2030-08-31"
    rows[1][6] = "Beslut väntas i höst."
    rows[2][5] = "Ingen aning"
    report = import_matrix(ctx, data=_sheet(rows), filename="matris.xlsx")

    assert [(c.row, c.field, c.old, c.new) for c in report.changes] == [
        (3, "status", "Pågår", "Genomförd"),
        (3, "due", "2030-06-30", "2030-08-31"),
        (4, "comment", None, "Beslut väntas i höst."),
    ]
    assert (5, "matrix.note.unknown_status", {"value": "Ingen aning"}) in [
        (n.row, n.key, n.params) for n in report.notes
    ]
    recommendations = _recommendations(session_factory)
    assert recommendations[ARCHIVE].status == "done"
    assert [a.due for a in recommendations[ARCHIVE].actions] == [dt.date(2030, 8, 31)]
    assert recommendations[WEEDING].comment == "Beslut väntas i höst."
    assert recommendations[DELEGATION].status == "done"
    assert _count(session_factory, ChangeLog) == logged + 3


def test_a_reader_may_not_import_a_matrix_and_what_is_no_matrix_says_why(
    session_factory: sessionmaker[Session],
) -> None:
    reader = request_context(session_factory, team_id=TEAM, today=TODAY, editor=False)
    with pytest.raises(PermissionDenied):
        import_matrix(reader, data=_sheet(_rows()), filename="matris.xlsx")
    editor = request_context(session_factory, team_id=TEAM, today=TODAY)
    with pytest.raises(UserFacingError) as unreadable:
        import_matrix(editor, data=b"PK\x03\x04 trasig", filename="matris.xlsx")
    assert unreadable.value.key == "matrix.unreadable.broken"
    header_only = _sheet([])
    with pytest.raises(UserFacingError) as empty:
        import_matrix(editor, data=header_only, filename="matris.xlsx")
    assert empty.value.key == "matrix.no_rows"
    assert _count(session_factory, Audit) == 0


def test_an_abbreviation_no_board_answers_to_stays_a_label_and_is_not_made_a_board(
    session_factory: sessionmaker[Session],
) -> None:
    ctx = request_context(session_factory, team_id=TEAM, today=TODAY)
    sheet = (
        "Kommun;Granskning;Rekommendation;Nämnd;Åtgärd;Klart senast\r\n"
        "Knivsta;Arkivet;Ordna arkivet.;SN;Plan tas fram;senast juni 2030\r\n"
    ).encode("cp1252")
    report = import_matrix(ctx, data=sheet, filename="matris.csv")
    assert [(n.row, n.key) for n in report.notes] == [(2, "matrix.note.action_without_board")]
    (recommendation,) = _recommendations(session_factory).values()
    assert recommendation.addressees == ("SN",) and recommendation.actions == ()
    with session_factory() as session:
        assert list_bodies(session, team_id=TEAM) == []
