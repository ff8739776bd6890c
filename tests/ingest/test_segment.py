"""One file, several documents: responses, a protocol extract, the cover letter, the report."""

from __future__ import annotations

from bench.samples import COVER_LETTER_AND_REPORT, NUMBERED_REPORT, RESPONSES
from ingest.cleaning import clean
from ingest.segment import segment

PROTOCOL = """
§ 41

Svar på revisionsskrivelse om kommunens fordon
Dnr TN 2025/118

Beslut

Tekniska nämnden beslutar att avge yttrande daterat 2025-06-12.
"""

MEMO = """Tjänsteskrivelse
Datum 2025-06-01
Förslag till beslut
Nämnden föreslås avge yttrande enligt bilaga.
"""


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.blocks[0].text) for s in segment(clean(text).blocks)]


def test_each_document_of_a_bundled_file_is_found_in_order() -> None:
    bundle = MEMO + "\n" + RESPONSES + PROTOCOL + "\n" + COVER_LETTER_AND_REPORT

    assert kinds(bundle) == [
        ("memo", "Tjänsteskrivelse"),
        ("response", "Tekniska nämnden"),
        ("response", "Kommunstyrelsen"),
        ("protocol", "§ 41"),
        ("missive", "Till socialnämnden"),
        ("report", "Revisionsrapport"),
    ]


def test_a_cover_letter_before_a_report_is_its_own_document() -> None:
    assert [kind for kind, _ in kinds(COVER_LETTER_AND_REPORT)] == ["missive", "report"]


def test_a_report_alone_is_one_report_cover_page_included() -> None:
    assert kinds(NUMBERED_REPORT) == [("report", "Granskningsrapport 2025")]
