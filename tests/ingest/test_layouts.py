"""Other firms' and offices' layouts than the seed corpus, in documents written for the tests."""

from __future__ import annotations

import datetime as dt

from ingest import extract_text
from ingest.schema import Question, Recommendation

from .samples import COVER_LETTER_AND_REPORT, NUMBERED_REPORT, PAGED_REPORT, REVISION_LETTER


def test_a_numbered_report_with_a_flattened_grading_table() -> None:
    extraction = extract_text(NUMBERED_REPORT, source="upphandling.txt")

    assert extraction.organisation == "Testby kommun"
    assert extraction.title == "Granskning av direktupphandlingar"
    assert extraction.audit_firm == "EY"
    assert extraction.audit_year == 2025
    assert extraction.report_date == "2025-03-14"  # the signature's day beats the cover's month
    assert extraction.audited_bodies == ["Tekniska nämnden", "Kommunstyrelsen"]
    assert extraction.purpose.startswith("Syftet med granskningen är att bedöma om tekniska")
    assert extraction.questions == [
        Question(
            number="1", text="Finns det aktuella riktlinjer för direktupphandling?", assessment="Ja"
        ),
        Question(
            number="2",
            text="Dokumenteras direktupphandlingarna enligt riktlinjerna? "
            "Sker dokumentationen i upphandlingssystemet?",
            assessment="Nej",
            body="Tekniska nämnden",
        ),
        Question(
            number="3", text="Följer kommunstyrelsen upp att avtalen används?", assessment="Delvis"
        ),
    ]


def test_one_numbered_recommendation_list_per_board() -> None:
    extraction = extract_text(NUMBERED_REPORT, source="upphandling.txt")

    assert extraction.recommendations == [
        Recommendation(
            text="Dokumentera samtliga direktupphandlingar över 100 000 kronor i "
            "upphandlingssystemet.",
            addressee=["Tekniska nämnden"],
        ),
        Recommendation(
            text="Utbilda alla beställare i den nya riktlinjen.", addressee=["Tekniska nämnden"]
        ),
        Recommendation(
            text="Följa upp avtalstroheten minst en gång om året.", addressee=["Kommunstyrelsen"]
        ),
    ]


def test_a_revision_office_letter_signed_for_the_auditors() -> None:
    extraction = extract_text(REVISION_LETTER, source="skrivelse.txt")

    assert extraction.organisation == "Testby kommun"  # named only in the signature
    assert extraction.title == "Brister i hanteringen av kommunens fordon"
    assert extraction.audit_firm is None
    assert extraction.report_date == "2025-04-02"
    assert extraction.audited_bodies == ["Tekniska nämnden"]
    # Recommendations in running text are the document's own sentences, word for word.
    assert [(r.text, r.addressee) for r in extraction.recommendations] == [
        (
            "Vi rekommenderar tekniska nämnden att införa digitala körjournaler för samtliga "
            "fordon.",
            ["Tekniska nämnden"],
        ),
        (
            "Vi rekommenderar även kommunstyrelsen att se över riktlinjen för tjänsteresor.",
            ["Kommunstyrelsen"],
        ),
    ]
    request = extraction.response_request
    assert request.deadline == dt.date(2025, 6, 30)
    assert request.from_bodies == ["Tekniska nämnden", "Kommunstyrelsen"]
    assert request.requires_action_timeline
    assert request.deadline_text.startswith("Vi önskar svar från tekniska nämnden")


def test_a_cover_letter_asking_for_svar_and_its_report() -> None:
    extraction = extract_text(COVER_LETTER_AND_REPORT, source="hemtjanst.txt")

    assert extraction.organisation == "Exempelby kommun"
    assert extraction.title == "Uppföljning av kvaliteten i hemtjänsten"
    assert extraction.audit_firm == "Deloitte"
    assert extraction.report_date == "2025-05"  # the title page prints a month only
    assert extraction.response_request.deadline == dt.date(2025, 9, 30)
    assert extraction.response_request.from_bodies == ["Socialnämnden"]
    assert not extraction.response_request.requires_action_timeline
    assert extraction.overall_assessment == (
        "Vår samlade bedömning är att socialnämnden inte har en tillräcklig uppföljning."
    )


def test_kontrollmal_graded_uppfyllt_in_a_tabbed_table() -> None:
    extraction = extract_text(COVER_LETTER_AND_REPORT, source="hemtjanst.txt")

    assert [(q.text, q.assessment) for q in extraction.questions] == [
        ("Det finns mål för kvaliteten i hemtjänsten.", "Uppfyllt"),
        ("Nämnden följer upp målen minst två gånger per år.", "Delvis uppfyllt"),
        ("Avvikelser analyseras och leder till åtgärder.", "Ej uppfyllt"),
    ]
    assert [r.text for r in extraction.recommendations] == [
        "Fastställa en plan för uppföljning av hemtjänstens kvalitet.",
        "Analysera avvikelser och rapportera dem till nämnden varje kvartal.",
    ]


def test_title_and_date_from_the_running_header_of_a_paged_extraction() -> None:
    extraction = extract_text(PAGED_REPORT, source="lon.txt")

    assert extraction.title == "Granskning av löneprocessen"
    assert extraction.report_date == "2024-11-05"
    assert extraction.audit_year == 2024
    assert len(extraction.recommendations) == 3


def test_kontrollmal_graded_in_the_chapters_only() -> None:
    text = """\
Revisionsrapport
Granskning av lokalförsörjningen
Testby kommun
2025-01-20

1 Sammanfattning
Vår samlade bedömning är att kommunstyrelsen delvis har en ändamålsenlig lokalförsörjning.

2 Inledning
För att besvara revisionsfrågan används följande kontrollmål:
Kontrollmål 1 – Finns en aktuell lokalförsörjningsplan?
Kontrollmål 2 – Följs lokalkostnaderna upp?

3 Granskningsresultat
Kontrollmål 1: Finns en aktuell lokalförsörjningsplan?
Planen antogs 2023 och revideras årligen.
Vi bedömer kontrollmålet som uppfyllt.
Kontrollmål 2: Följs lokalkostnaderna upp?
Kostnaderna följs upp i bokslutet men inte löpande.
Vi bedömer kontrollmålet som delvis uppfyllt.
"""

    extraction = extract_text(text, source="lokaler.txt")

    assert [(q.number, q.text, q.assessment) for q in extraction.questions] == [
        ("1", "Finns en aktuell lokalförsörjningsplan?", "Uppfyllt"),
        ("2", "Följs lokalkostnaderna upp?", "Delvis uppfyllt"),
    ]


def test_grouped_recommendations_keep_their_area_heading_and_multi_sentence_items() -> None:
    text = """\
Utifrån granskningen rekommenderar vi kommunstyrelsen att:

Avseende styrningen
 Ta fram mål för arbetet. Målen bör vara mätbara.
 Utse en samordnare för arbetet.

Avseende uppföljningen
 Följa upp målen i årsredovisningen.

2 Inledning
"""

    extraction = extract_text(text, source="x.txt")

    assert [(r.text, r.area) for r in extraction.recommendations] == [
        ("Ta fram mål för arbetet. Målen bör vara mätbara.", "Avseende styrningen"),
        ("Utse en samordnare för arbetet.", "Avseende styrningen"),
        ("Följa upp målen i årsredovisningen.", "Avseende uppföljningen"),
    ]
    assert all(r.addressee == ["Kommunstyrelsen"] for r in extraction.recommendations)


def test_the_organisation_argument_overrides_the_text() -> None:
    extraction = extract_text(NUMBERED_REPORT, source="x.txt", organisation="Annanby kommun")

    assert extraction.organisation == "Annanby kommun"


def test_a_document_that_says_nothing_gives_nulls_not_inventions() -> None:
    extraction = extract_text("Anteckningar från ett möte om lokaler.", source="x.txt")

    # Its text may be kept as a passage; nothing else is invented.
    assert extraction.model_dump(exclude={"source", "passages"}) == {
        "organisation": None,
        "title": None,
        "audit_firm": None,
        "report_date": None,
        "audit_year": None,
        "audited_bodies": [],
        "purpose": None,
        "overall_assessment": None,
        "questions": [],
        "recommendations": [],
        "response_request": None,
        "responses": [],
        "warnings": [],
        "notes": None,
    }


def test_lists_under_a_heading_without_a_lead_in_sentence() -> None:
    text = """\
2.2 Revisionsfrågor
• Finns det en aktuell plan för lokalförsörjningen?
• Följs underhållet upp?

4.1 Rekommendationer
• Kommunstyrelsen bör ta fram en plan för lokalförsörjningen.
• Tekniska nämnden bör följa upp underhållet årligen.
"""

    extraction = extract_text(text, source="x.txt")

    assert [q.text for q in extraction.questions] == [
        "Finns det en aktuell plan för lokalförsörjningen?",
        "Följs underhållet upp?",
    ]
    assert [(r.text, r.addressee) for r in extraction.recommendations] == [
        ("Kommunstyrelsen bör ta fram en plan för lokalförsörjningen.", ["Kommunstyrelsen"]),
        ("Tekniska nämnden bör följa upp underhållet årligen.", ["Tekniska nämnden"]),
    ]


def test_bor_remarks_in_an_assessment_are_not_recommendations() -> None:
    text = """\
3.2 Bedömning
Vi bedömer att nämnden bör se över sina rutiner för attest.

4 Rekommendationer
Vi rekommenderar nämnden för teknik och service att:
- Införa en attestförteckning.
"""

    extraction = extract_text(text, source="x.txt")

    assert [(r.text, r.addressee) for r in extraction.recommendations] == [
        ("Införa en attestförteckning.", ["Nämnden för teknik och service"])
    ]


def test_a_report_with_a_hundred_and_fifty_numbered_recommendations_keeps_them_all() -> None:
    lines = ["Granskning av kommunens lokaler", "", "Vi rekommenderar kommunstyrelsen att:"]
    lines += [
        f"{n}. Inventera lokal nummer {n} och besluta om dess användning." for n in range(1, 151)
    ]

    recommendations = extract_text("\n".join(lines), source="lokaler.txt").recommendations

    assert len(recommendations) == 150
    assert recommendations[99].text == "Inventera lokal nummer 100 och besluta om dess användning."
    assert recommendations[149].addressee == ["Kommunstyrelsen"]


def test_a_regions_name_does_not_run_into_the_next_line() -> None:
    text = """\
Granskning av informationssäkerhet
Regionens revisorer, Region Exempel

Sammanfattning
Regionens revisorer har granskat regionstyrelsen.
"""
    assert extract_text(text, source="x.txt").organisation == "Region Exempel"
