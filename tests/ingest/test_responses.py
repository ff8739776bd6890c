"""Boards' responses: their date and registry number, and each action with its due date."""

from __future__ import annotations

import datetime as dt

from bench.samples import NUMBERED_REPORT, RESPONSES
from ingest import extract_text
from ingest.schema import Action


def test_a_response_with_an_action_table() -> None:
    responses = extract_text(RESPONSES, source="svar.txt").responses
    technical = responses[0]

    assert (technical.body, technical.date, technical.registry_number) == (
        "Tekniska nämnden",
        dt.date(2025, 6, 12),
        "TN 2025/118",
    )
    assert technical.actions == [
        Action(
            recommendation_index=0,
            action="Upphandla ett system för digitala körjournaler.",
            responsible="Fordonssamordnare",
            timeline_text="ht 2025",
            due=dt.date(2025, 12, 31),
            due_precision="month",
            board="TN",
            status="started",
        ),
        Action(
            recommendation_index=0,
            action="Utbilda förarna i det nya systemet.",
            responsible="Fordonssamordnare, Utbildningsansvarig",
            timeline_text="se ovan",
            due=dt.date(2025, 12, 31),
            due_precision="month",
            board="TN",
            status="not_started",
        ),
        Action(
            recommendation_index=1,
            action="Riktlinjen revideras och beslutas av nämnden.",
            responsible="Förvaltningschef",
            timeline_text="Q1 2026",
            due=dt.date(2026, 3, 31),
            due_precision="month",
            board="TN",
        ),
        Action(
            recommendation_index=1,
            action="Uppföljning av körjournalerna.",
            responsible="Controller",
            timeline_text="Löpande",
            due_precision="continuous",
            board="TN",
            status="done",
        ),
    ]


def test_a_response_with_labelled_paragraphs() -> None:
    responses = extract_text(RESPONSES, source="svar.txt").responses
    board = responses[1]

    assert (board.body, board.date, board.registry_number) == (
        "Kommunstyrelsen",
        dt.date(2025, 6, 20),
        "KS 2025/77",
    )
    assert board.actions == [
        Action(
            recommendation_index=0,
            action="Kommunstyrelsen ger kommundirektören i uppdrag att revidera riktlinjen.",
            responsible="Kommundirektör",
            timeline_text="senast december 2025",
            due=dt.date(2025, 12, 31),
            due_precision="month",
            board="KS",
        )
    ]


def test_responses_are_listed_oldest_first() -> None:
    later_first = RESPONSES.split("Kommunstyrelsen\nHandläggare")
    reordered = "Kommunstyrelsen\nHandläggare" + later_first[1] + "\n" + later_first[0]

    bodies = [r.body for r in extract_text(reordered, source="svar.txt").responses]

    assert bodies == ["Tekniska nämnden", "Kommunstyrelsen"]


def test_a_response_that_skips_a_recommendation_is_matched_by_its_quotation() -> None:
    response = """
Tekniska nämnden
Datum: 2025-05-02
YTTRANDE

- Utbilda alla beställare i den nya riktlinjen.

Åtgärd: Utbildningen hålls för alla beställare under hösten.

Tidsplan: hösten 2025
"""

    extraction = extract_text(NUMBERED_REPORT + "\n" + response, source="x.txt")

    assert [a.recommendation_index for a in extraction.responses[0].actions] == [1]
    assert extraction.responses[0].actions[0].due == dt.date(2025, 12, 31)


def test_a_response_alone_does_not_invent_a_report() -> None:
    extraction = extract_text(RESPONSES, source="svar.txt")

    assert extraction.title is None
    assert extraction.report_date is None
    assert extraction.recommendations == []
    assert len(extraction.responses) == 2


def test_a_deadline_in_the_reports_own_description_is_not_a_request() -> None:
    text = "I kommunen gäller att svar på remisser ska lämnas senast 2024-05-01 till kansliet."

    assert extract_text(text, source="x.txt").response_request is None


def test_a_letter_asking_svar_of_the_board_it_is_addressed_to() -> None:
    letter = """\
Till socialnämnden
2025-02-01

Revisorerna överlämnar rapporten om hemtjänsten. Svar önskas senast den 1 juni 2025.

För revisorerna i Testby kommun
"""

    request = extract_text(letter, source="x.txt").response_request

    assert (request.deadline, request.from_bodies) == (dt.date(2025, 6, 1), ["Socialnämnden"])
    assert request.deadline_text == "Svar önskas senast den 1 juni 2025."


def test_an_action_table_running_over_a_page_break() -> None:
    header = "Rekommendation\tÅtgärd\tAnsvarig\tTidsplan"
    text = "\n".join(
        [
            "Miljönämnden",
            "Datum: 2025-09-01",
            "YTTRANDE",
            header,
            "Inventera förorenade områden.\tInventering startar.\tMiljöchef\t2025-12-31",
            "Sida 1 av 2",
            "\f",
            "Miljönämndens yttrande",
            header,
            "\tResultatet redovisas för nämnden.\tMiljöchef\tvt 2026",
            "Sida 2 av 2",
        ]
    )

    actions = extract_text(text, source="x.txt").responses[0].actions

    assert [(a.recommendation_index, a.action) for a in actions] == [
        (0, "Inventering startar."),
        (0, "Resultatet redovisas för nämnden."),
    ]
