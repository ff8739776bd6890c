"""Reading a follow-up matrix back: headers placed forgivingly or reported, a team's sheet below
its title rows, CSV as Excel saves it, the export's formula apostrophe taken off again."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import Workbook

from bot.files.matrix_read import (
    MatrixUnreadable,
    minute_of,
    place,
    read_matrix,
    status_of,
    timeline_of,
)
from ingest.dates import Timeline


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Organisation", "organisation"),
        ("KOMMUN", "organisation"),
        ("Granskningsrapport", "audit"),
        ("År", "year"),
        ("Rekommendation", "recommendation"),
        ("Rek.", "recommendation"),
        ("rekommendationer", "recommendation"),
        ("Ansvarig nämnd", "addressees"),
        ("Nämnd", "addressees"),
        ("Ansv. nämnd", "addressees"),
        ("Åtgärd", "actions"),
        ("Åtg.", "actions"),
        ("Klart senast", "due"),
        ("Tidplan", "due"),
        ("Status", "status"),
        ("Revisorernas kommentar", "comment"),
        ("Kommentar/bedömning", "comment"),
        ("Bedömning", "comment"),
        ("Dnr", "registry_number"),
        ("Svar senast", "response_deadline"),
        ("Senast ändrad", "last_change"),
        ("Revisorbot-id", "id"),
        ("Response due", "response_deadline"),
    ],
)
def test_a_header_is_placed_whatever_its_case_accents_or_abbreviation(
    header: str, field: str
) -> None:
    assert place(header) == field


@pytest.mark.parametrize("header", ["Prioritet", "Nr", "Ansvarig", "Kom.", "Gransk.", "", "Å."])
def test_a_header_that_names_no_column_or_several_is_not_guessed(header: str) -> None:
    """ "Kom." could be Kommun or Kommentar, "Gransk." Granskning or Granskningsår."""
    assert place(header) is None


def _workbook(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_teams_sheet_is_read_below_its_title_with_the_columns_it_cannot_place_named() -> None:
    data = _workbook(
        [
            ["Uppföljning av granskningar 2029"],
            [],
            ["Kommun", "Granskning", "Rek.", "Ansvarig nämnd", "Prioritet", "Klart senast"],
            ["Knivsta", "Arkivet", "Ordna arkivet.", "KS", "Hög", dt.datetime(2030, 6, 30)],
            [None, None, None, None, None, None],
            [None, None, "Gallra handlingar.", "SN", None, "senast juni 2030"],
        ]
    )
    sheet = read_matrix(data, filename="vår-matris.xlsx")
    assert sheet.fields == ("organisation", "audit", "recommendation", "addressees", "due")
    assert sheet.unplaced == ("Prioritet",)
    assert not sheet.own_export
    assert [row.number for row in sheet.rows] == [4, 6]
    assert sheet.rows[0].cells["recommendation"] == "Ordna arkivet."
    assert timeline_of(sheet.rows[0].cells["due"]).due == dt.date(2030, 6, 30)
    assert timeline_of(sheet.rows[1].cells["due"]) == Timeline(dt.date(2030, 6, 30), "month")


def test_a_csv_saved_by_excel_in_windows_1252_with_commas_is_read_and_unquoted() -> None:
    text = (
        "Organisation,Granskning,Rekommendation,Kommentar\r\n"
        "Knivsta kommun,Årets granskning,'=1+1 ska inte räknas,'Tis the season\r\n"
        "Knivsta kommun,Årets granskning,Öka takten,'@SUM(A1)\r\n"
    )
    sheet = read_matrix(text.encode("cp1252"), filename="matris.csv")
    assert [row.cells["recommendation"] for row in sheet.rows] == [
        "=1+1 ska inte räknas",
        "Öka takten",
    ]
    # Only the apostrophe the export adds before formula-like text is taken off.
    assert [row.cells["comment"] for row in sheet.rows] == ["'Tis the season", "@SUM(A1)"]
    assert sheet.rows[0].cells["audit"] == "Årets granskning"


def test_statuses_in_either_language_or_in_a_teams_own_words() -> None:
    assert [status_of(s) for s in ("Genomförd", "Done", "Åtgärdad", "KLAR")] == ["done"] * 4
    assert [status_of(s) for s in ("Pågår", "In progress", "Delvis åtgärdad")] == [
        "in_progress"
    ] * 3
    assert [status_of(s) for s in ("Öppen", "Ej påbörjad", "Ej accepterad")] == [
        "open",
        "open",
        "not_accepted",
    ]
    assert status_of("Inte längre aktuell") is None and status_of(None) is None


def test_a_last_change_is_read_to_the_minute_as_excel_or_csv_holds_it() -> None:
    assert minute_of(dt.datetime(2030, 3, 13, 9, 29, 59, 999_600)) == dt.datetime(
        2030, 3, 13, 9, 30
    )
    assert minute_of("2030-03-13 09:30") == dt.datetime(2030, 3, 13, 9, 30)
    assert minute_of(None) is None


@pytest.mark.parametrize(
    ("data", "filename", "reason"),
    [
        (b"PK\x03\x04 not really a workbook", "matris.xlsx", "broken"),
        (b"%PDF-1.7", "matris.xlsx", "broken"),
        (b"Namn;Telefon\r\nEva;123\r\n", "lista.csv", "no_recommendation_column"),
    ],
)
def test_what_is_no_matrix_is_refused_with_its_reason(
    data: bytes, filename: str, reason: str
) -> None:
    with pytest.raises(MatrixUnreadable) as refused:
        read_matrix(data, filename=filename)
    assert refused.value.reason == reason
