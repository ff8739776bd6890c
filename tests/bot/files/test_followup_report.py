"""The follow-up report as Word: read back, it holds the counts and the tables its round
implies, in Word's own styles; rendered, its first pages are A4 pages with something on them."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Cm

from bench.report_pictures import converters_missing, docx_to_pngs
from bot.files import followup_report
from storage.followup import RoundItem, RoundRef
from storage.read_models import ActionView, Assessment, AuditRef, RecommendationView, ResponseView
from tests.support.documents import read_docx

TODAY = dt.date(2030, 3, 13)
ROUND = RoundRef(1, 1, "Ängsby kommun", 2030, "U0EDITOR", dt.datetime(2030, 2, 1, tzinfo=dt.UTC))
HOME_CARE = AuditRef(
    10,
    1,
    "Ängsby kommun",
    "Granskning av hemtjänsten",
    "Revisionskontoret",
    dt.date(2028, 9, 1),
    2028,
)
PREMISES = AuditRef(11, 1, "Ängsby kommun", "Granskning av lokalerna", None, None, 2029)
WORD_STYLES = {
    "Normal",
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Table Text",
}


def _assessed(kind: str, comment: str, evidence: str | None = None) -> Assessment:
    return Assessment(
        2030, kind, comment, evidence, "U0EDITOR", dt.datetime(2030, 3, 1, tzinfo=dt.UTC)
    )


def _action(audit: AuditRef, text: str, timeline: str | None, status: str | None) -> ActionView:
    return ActionView(
        id=hash(text) % 1000,
        audit=audit,
        responding_body="Socialnämnden",
        recommendation_id=None,
        recommendation_position=None,
        text=text,
        responsible=None,
        timeline_text=timeline,
        due=None,
        due_precision="unspecified",
        board=None,
        owners=(),
        status=status,
    )


def _item(
    number: int,
    audit: AuditRef,
    text: str,
    boards: tuple[str, ...],
    current: Assessment | None,
    *,
    actions: tuple[ActionView, ...] = (),
    responses: tuple[ResponseView, ...] = (),
    previous: Assessment | None = None,
) -> RoundItem:
    recommendation = RecommendationView(
        id=number,
        audit=audit,
        position=number - 1,
        text=text,
        area=None,
        addressees=boards,
        status="open",
        status_is_manual=False,
        actions=actions,
    )
    return RoundItem(number, 1, recommendation, boards, responses, current, previous)


SN_RESPONSE = ResponseView(1, "Socialnämnden", dt.date(2028, 11, 20), "SN-2028/77", 1)
KS_RESPONSE = ResponseView(2, "Kommunstyrelsen", dt.date(2028, 11, 25), None, 0)
ITEMS = [
    _item(
        1,
        HOME_CARE,
        "Inför ett gemensamt schemaverktyg.",
        ("Socialnämnden",),
        _assessed("partly_fixed", "Används i två av fem grupper.", "https://example.se/p"),
        actions=(_action(HOME_CARE, "Ett verktyg upphandlas.", "senast juni 2029", "started"),),
        responses=(SN_RESPONSE, KS_RESPONSE),
        previous=Assessment(2029, "not_fixed", "Inte påbörjat.", None, "U0X", None),
    ),
    _item(
        2,
        HOME_CARE,
        "Följ upp kontinuiteten varje kvartal.",
        ("Kommunstyrelsen",),
        _assessed("fixed", "Redovisas i kvartalsrapporten."),
        responses=(SN_RESPONSE, KS_RESPONSE),
    ),
    _item(
        3,
        HOME_CARE,
        "Se över introduktionen.",
        ("Socialnämnden", "Kommunstyrelsen"),
        _assessed("fixed", "Nytt program."),
        responses=(SN_RESPONSE, KS_RESPONSE),
    ),
    _item(1, PREMISES, "Ta fram en lokalplan.", ("Kommunstyrelsen",), None),
    _item(
        2,
        PREMISES,
        "Gör en underhållsplan.",
        ("Tekniska nämnden",),
        _assessed("not_fixed", "Saknas."),
    ),
]


@pytest.fixture(scope="module")
def report() -> bytes:
    return followup_report.render(ROUND, ITEMS, lang="sv", today=TODAY)


def test_the_summary_counts_each_assessment_and_each_board(report: bytes) -> None:
    read = read_docx(report)
    assert read.text_after("Sammanfattning") == (
        "Uppföljningen 2030 omfattar 5 rekommendationer från 2 granskningar. 4 av dem är "
        "bedömda. 1 återstår att bedöma."
    )
    assert read.table_after("Bedömningar") == [
        ["Bedömning", "Antal", "Andel"],
        ["Åtgärdad", "2", "40 %"],
        ["Delvis åtgärdad", "1", "20 %"],
        ["Ej åtgärdad", "1", "20 %"],
        ["Inte längre aktuell", "0", "0 %"],
        ["Ej bedömd", "1", "20 %"],
        ["Totalt", "5", "100 %"],
    ]
    # A recommendation to two boards counts for each; the executive board comes first.
    assert read.table_after("Per nämnd") == [
        [
            "Nämnd",
            "Åtgärdad",
            "Delvis åtgärdad",
            "Ej åtgärdad",
            "Inte längre aktuell",
            "Ej bedömd",
            "Totalt",
        ],
        ["Kommunstyrelsen", "2", "0", "0", "0", "1", "3"],
        ["Socialnämnden", "1", "1", "0", "0", "0", "2"],
        ["Tekniska nämnden", "0", "0", "1", "0", "0", "1"],
    ]


def test_each_audit_has_its_table_of_recommendations(report: bytes) -> None:
    read = read_docx(report)
    assert [text for style, text in read.headings if style == "Heading 2"] == [
        "Bedömningar",
        "Per nämnd",
        "Granskning av hemtjänsten (2028)",
        "Granskning av lokalerna (2029)",
    ]
    assert read.text_after("Granskning av hemtjänsten (2028)") == (
        "Rapport 2028-09-01. Revisionskontoret. Yttrande från Socialnämnden 2028-11-20 "
        "(SN-2028/77); Yttrande från Kommunstyrelsen 2028-11-25."
    )
    home_care = read.table_after("Granskning av hemtjänsten (2028)")
    assert home_care[0] == [
        "Rekommendation",
        "Nämnd",
        "Nämndens svar och åtgärder",
        "Bedömning",
        "Kommentar",
    ]
    assert home_care[1] == [
        "1. Inför ett gemensamt schemaverktyg.",
        "Socialnämnden",
        "Yttrande från Socialnämnden 2028-11-20 (SN-2028/77)\n"
        "• Ett verktyg upphandlas. – senast juni 2029 – Pågår",
        "Delvis åtgärdad\nUppföljningen 2029: Ej åtgärdad",
        "Används i två av fem grupper.\nUnderlag: https://example.se/p",
    ]
    assert home_care[3][1:3] == [
        "Socialnämnden, Kommunstyrelsen",
        "Yttrande från Socialnämnden 2028-11-20 (SN-2028/77)\n"
        "Yttrande från Kommunstyrelsen 2028-11-25\nInga åtgärder angivna.",
    ]
    premises = read.table_after("Granskning av lokalerna (2029)")
    assert premises[1] == [
        "1. Ta fram en lokalplan.",
        "Kommunstyrelsen",
        "Inget yttrande registrerat.\nInga åtgärder angivna.",
        "Ej bedömd",
        "",
    ]


def test_it_is_an_a4_draft_in_words_own_styles(report: bytes) -> None:
    read = read_docx(report)
    assert read.title == "Uppföljning av tidigare granskningar 2030"
    assert read.language == "sv-SE"
    assert read.headings[:2] == [
        ("Title", "Uppföljning av tidigare granskningar"),
        ("Subtitle", "Ängsby kommun – 2030"),
    ]
    assert read.styles <= WORD_STYLES
    assert read.table_styles == {"Light List Accent 1"}
    section = Document(io.BytesIO(report)).sections[0]
    assert (round(section.page_width / Cm(1), 1), round(section.page_height / Cm(1), 1)) == (
        21.0,
        29.7,
    )


def test_in_english_on_request() -> None:
    read = read_docx(followup_report.render(ROUND, ITEMS, lang="en", today=TODAY))
    assert read.title == "Follow-up of earlier audits 2030"
    assert read.language == "en-GB"
    assert read.table_after("Assessments")[1] == ["Fixed", "2", "40 %"]
    assert read.table_after("The audits")[0][2] == "The board's response and actions"


def test_text_a_word_file_cannot_hold_is_left_out_not_fatal() -> None:
    odd = [_item(1, PREMISES, "Rapportens\x0c sidbrytning\x00 mitt i.", ("Kommunstyrelsen",), None)]
    read = read_docx(followup_report.render(ROUND, odd, lang="sv", today=TODAY))
    assert read.table_after("Granskning av lokalerna (2029)")[1][0] == (
        "1. Rapportens sidbrytning mitt i."
    )


def test_an_empty_round_still_makes_a_document() -> None:
    read = read_docx(followup_report.render(ROUND, [], lang="sv", today=TODAY))
    assert read.text_after("Sammanfattning").startswith("Uppföljningen 2030 omfattar 0")
    assert read.table_after("Bedömningar")[-1] == ["Totalt", "0", "–"]


@pytest.mark.skipif(bool(converters_missing()), reason="LibreOffice or pdftoppm not installed")
def test_the_first_pages_render_as_a4_pages(report: bytes, tmp_path: Path) -> None:
    """What `python -m bench.report_pictures` shows to look at: here, that it renders."""
    from PIL import Image

    docx = tmp_path / "uppfoljning.docx"
    docx.write_bytes(report)
    pictures = docx_to_pngs(docx, tmp_path, pages=3)
    assert len(pictures) == 3
    for picture in pictures:
        with Image.open(picture) as image:
            width, height = image.size
            assert abs(height / width - 29.7 / 21.0) < 0.01
            # Not blank: some of the page is ink.
            grey = image.convert("L")
            assert grey.getextrema()[0] < 100
