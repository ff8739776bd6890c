"""The auditors' request for responses in any phrasing, in documents written for the tests:
by when, from whom, and a warning instead of a guess."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest import extract_text


def _request(text: str):
    extraction = extract_text(text, source="x.txt")
    return extraction.response_request, [w.code for w in extraction.warnings]


def test_a_cover_letter_to_a_board_that_awaits_the_boards_answer() -> None:
    text = """\
2025-03-03
Till: Tekniska nämnden
Kopia till: Kommunstyrelsen

Granskning av vinterväghållningen

Revisorerna överlämnar rapporten om vinterväghållningen. Vi emotser nämndens yttrande
senast den 15 maj 2025.

För revisorerna i Fjällby kommun
"""
    request, warnings = _request(text)
    assert request.deadline == dt.date(2025, 5, 15)
    assert request.from_bodies == ["Tekniska nämnden"]
    assert request.deadline_text == "Vi emotser nämndens yttrande senast den 15 maj 2025."
    assert warnings == []


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        ("Revisorerna önskar svar från kulturnämnden senast den 1 december 2023.", "2023-12-01"),
        ("Kulturnämndens yttrande emotses senast 1/12 2023.", "2023-12-01"),
        ("Svar från kulturnämnden önskas senast 2023-12-01.", "2023-12-01"),
        ("Vi överlämnar rapporten till kulturnämnden för yttrande senast 15 nov.", "2024-11-15"),
        ("Kulturnämnden ska senast den 1 mars yttra sig över rapporten.", "2025-03-01"),
        ("Revisorerna vill ha kulturnämndens svar inom tre månader från i dag.", "2025-01-05"),
        (
            "Vi vill att kulturnämnden senast den 2 december 2024 redovisar sina åtgärder.",
            "2024-12-02",
        ),
        ("Vi begär en återrapportering från kulturnämnden inom två månader.", "2024-12-05"),
        ("Vi begär att kulturnämnden yttrar sig senast den 9 januari 2025.", "2025-01-09"),
        ("Vi ser fram emot kulturnämndens kommentarer senast 2024-12-13.", "2024-12-13"),
        ("Revisorerna önskar kulturnämndens ställningstagande senast 2024-11-29.", "2024-11-29"),
        ("Kulturnämnden har fått tid till den 1 december på sig att svara.", "2024-12-01"),
    ],
)
def test_a_deadline_in_any_phrasing_resolved_from_the_letters_date(
    sentence: str, deadline: str
) -> None:
    text = f"Stensjö 2024-10-05\n\nGranskning av bidrag till föreningar\n\n{sentence}\n"
    request, warnings = _request(text)
    assert request.deadline == dt.date.fromisoformat(deadline)
    assert request.from_bodies == ["Kulturnämnden"]
    assert "deadline_unresolved" not in warnings


@pytest.mark.parametrize(
    "sentence",
    [
        "Gymnasienämnden ska senast 20 april lämna sitt yttrande.",
        "Gymnasienämndens svar vill revisorerna ha före årets utgång.",
        "Gymnasienämnden ska svara på rapportens frågor före slutet av april.",
        "Revisorerna vill veta i oktober vilka åtgärder gymnasienämnden har vidtagit.",
        "Revisorerna önskar gymnasienämndens yttrande senast vecka 22.",
    ],
)
def test_a_deadline_without_a_year_is_kept_as_text_and_warned_about(sentence: str) -> None:
    request, warnings = _request(f"Revisorerna har granskat skolskjutsarna.\n\n{sentence}\n")
    assert request.deadline is None
    assert request.deadline_text == sentence
    assert request.from_bodies == ["Gymnasienämnden"]
    assert warnings == ["deadline_unresolved"]


def test_a_date_set_in_the_sentence_after_the_request() -> None:
    text = """\
Publicerad 2024-09-12
Det var kommunstyrelsen och fritidsnämnden som granskats. Nämnderna ges tillfälle att svara
på rapporten. Datumet är satt till den 20 november.
"""
    request, _ = _request(text)
    assert request.deadline == dt.date(2024, 11, 20)
    assert request.from_bodies == ["Kommunstyrelsen", "Fritidsnämnden"]


def test_an_agenda_item_for_the_auditors_not_the_remiss_beside_it() -> None:
    text = """\
Miljönämnden – sammanträde 2024-04-16

6 Revisionsrapport 2024:2 om tillsyn av enskilda avlopp, för yttrande senast den 30 april 2024

7 Remiss från kommunstyrelsen om ny taxa, för yttrande senast 2024-04-20
"""
    request, _ = _request(text)
    assert request.deadline == dt.date(2024, 4, 30)
    assert request.from_bodies == ["Miljönämnden"]


def test_a_letter_sent_for_information_asks_no_one() -> None:
    text = """\
2024-02-01
Till kommunstyrelsen
För kännedom: Kommunfullmäktige

Revisorerna har avslutat granskningen av arvoden och överlämnar rapporten för kännedom.
Stockholm den 1 februari 2024
"""
    request, warnings = _request(text)
    assert request is None and warnings == []


def test_without_a_board_to_answer_the_request_says_so() -> None:
    request, warnings = _request(
        "Revisorerna har granskat bisysslor. Kommunen ska senast 1 mars redovisa för "
        "revisorerna vad som gjorts.\n"
    )
    assert request.from_bodies == []
    assert warnings == ["deadline_unresolved", "responder_unresolved"]


def test_meeting_and_statutory_dates_are_not_deadlines() -> None:
    text = """\
Fullmäktige sammanträder den 26 april 2024. Enligt kommunallagen ska årsredovisningen
lämnas till revisorerna senast den 15 april. Revisionsberättelsen behandlades den 2 maj 2024.
"""
    request, warnings = _request(text)
    assert request is None and warnings == []


def test_answers_a_board_owes_the_council_are_not_the_auditors_request() -> None:
    text = (
        "Kulturnämnden ska svara fullmäktige på motionen senast den 30 september 2024. "
        "Revisorerna har inte granskat motionen.\n"
    )
    request, warnings = _request(text)
    assert request is None and warnings == []


def test_a_date_without_senast_after_the_word_for_the_answer() -> None:
    request, _ = _request(
        "Revisorerna har den 3 mars 2025 granskat färdtjänsten. "
        "Svar från färdtjänstnämnden önskas den 30 maj 2025.\n"
    )
    assert request.deadline == dt.date(2025, 5, 30)
    assert request.from_bodies == ["Färdtjänstnämnden"]


def test_the_affected_boards_are_the_audited_ones() -> None:
    text = """\
Granskningen avser kommunstyrelsen och kulturnämnden.

Revisorerna önskar svar från berörda nämnder senast den 1 oktober 2025.
"""
    request, _ = _request(text)
    assert request.from_bodies == ["Kommunstyrelsen", "Kulturnämnden"]


def test_a_board_the_letter_goes_to_but_never_asks_is_warned_about() -> None:
    text = """\
2025-01-10
Till: Kommunstyrelsen, Socialnämnden

Revisorerna önskar kommunstyrelsens svar senast den 31 mars 2025.
"""
    extraction = extract_text(text, source="x.txt")
    assert extraction.response_request.from_bodies == ["Kommunstyrelsen"]
    assert [(w.code, w.detail) for w in extraction.warnings] == [
        ("responder_not_found", "Socialnämnden")
    ]


def test_a_request_a_reader_left_line_by_line() -> None:
    from ingest.cleaning import Block
    from ingest.response_request import response_request
    from ingest.segment import Segment

    lines = [
        "Datum 2024-11-04",
        "Revisorerna önskar att fritidsnämnden lämnar",
        "ett yttrande över rapporten senast",
        "den 10 januari.",
    ]
    blocks = [Block(kind="paragraph", text=line) for line in lines]
    request, warnings = response_request([Segment("missive", blocks)], [])
    assert request.deadline == dt.date(2025, 1, 10)
    assert request.from_bodies == ["Fritidsnämnden"]
    assert warnings == []


def test_a_letter_to_its_mottagare_with_a_day_and_month_in_figures() -> None:
    text = """\
Datum: 2024-05-06
Mottagare: Servicenämnden

Svar på revisionens frågor ska lämnas till revisorerna senast den 3/6.
"""
    request, warnings = _request(text)
    assert request.deadline == dt.date(2024, 6, 3)
    assert request.from_bodies == ["Servicenämnden"]
    assert warnings == []


def test_a_letter_to_two_boards_on_two_till_lines_asks_both() -> None:
    text = """\
Revisorerna i Åsbro kommun

Till kommunstyrelsen
Till kultur- och fritidsnämnden
För kännedom: kommunfullmäktige

Åsbro den 4 mars 2025

Revisorerna överlämnar granskningen av bidragen till föreningar och ber om svar senast
den 30 maj 2025.
"""
    request, _ = _request(text)
    assert request.deadline == dt.date(2025, 5, 30)
    assert request.from_bodies == ["Kommunstyrelsen", "Kultur- och fritidsnämnden"]


def test_a_report_said_to_be_presented_is_not_a_request_for_one() -> None:
    text = """\
Datum: 2025-03-20
Till: Fritidsnämnden

Resultatet redovisas i bifogad rapport, som revisorerna beslutade om den 14 mars 2025.

Nämnden ska yttra sig över rapporten senast 2025-06-27.
"""
    request, _ = _request(text)
    assert request.deadline == dt.date(2025, 6, 27)


def test_a_letter_to_two_boards_asking_nämnderna_asks_both() -> None:
    text = """\
Till: Socialnämnden
Till: Fritidsnämnden
Kopia: Kommunstyrelsen

2025-02-03

Vi ser fram emot nämndernas kommentarer senast den 30 april 2025.
"""
    request, _ = _request(text)
    assert request.from_bodies == ["Socialnämnden", "Fritidsnämnden"]


def test_a_board_that_shall_have_answered_by_a_day_without_a_year_is_said_unresolved() -> None:
    request, warnings = _request(
        "Revisorerna har granskat kommunens fordon.\n\n"
        "Kommunstyrelsen ska ha svarat revisorerna senast den 31 januari.\n"
    )
    assert request.deadline is None
    assert request.from_bodies == ["Kommunstyrelsen"]
    assert warnings == ["deadline_unresolved"]


def test_a_letter_whose_recipients_stand_alone_under_the_date_asks_those_boards() -> None:
    text = """\
Revisorerna i Furudals kommun
2025-04-02

Kultur- och fritidsnämnden
Utbildningsnämnden

Granskning av skolbiblioteken

Revisorerna har granskat hur skolbiblioteken bemannas. Vi vill ha nämndernas svar
senast den 13 juni 2025.
"""
    request, _ = _request(text)

    assert (request.deadline, request.from_bodies) == (
        dt.date(2025, 6, 13),
        ["Kultur- och fritidsnämnden", "Utbildningsnämnden"],
    )


def test_a_boards_chair_telling_the_paper_when_the_board_will_answer_is_not_a_request() -> None:
    text = """\
Lokaltidningen 2025-09-01

Revisorerna har granskat bygglovskön i Kärrby kommun.

Byggnadsnämndens ordförande säger till tidningen att nämnden ska svara revisorerna
i oktober.
"""
    request, _ = _request(text)

    assert request is None


def test_the_boards_concerned_are_the_boards_the_letter_is_addressed_to() -> None:
    text = """\
2025-01-20
Till:   Kommunstyrelsen
        Tekniska nämnden
        Byggnadsnämnden

Granskning av dagvattenhanteringen

Revisorerna har granskat dagvattenhanteringen. Kulturnämnden har lämnat uppgifter.

Revisorerna önskar svar från kommunstyrelsen och berörda nämnder senast den 14 mars 2025.
"""
    request, _ = _request(text)
    assert request.from_bodies == ["Kommunstyrelsen", "Tekniska nämnden", "Byggnadsnämnden"]
