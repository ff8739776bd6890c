"""Whatever text a file holds, extraction answers with a valid Extraction and never raises."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.samples import COVER_LETTER_AND_REPORT, NUMBERED_REPORT, RESPONSES
from ingest import extract_text
from ingest.schema import Extraction

# Lines shaped like report text: bullets, numbers, headings, table rows, labels, dates.
_LINES = st.sampled_from(
    [
        "",
        " ",
        "\f",
        "1 Sammanfattning",
        "Vår samlade bedömning är att:",
        "rekommenderar vi kommunstyrelsen att:",
        "Följande revisionsfrågor besvaras:",
        "• Följa upp arbetet.",
        " Utse en samordnare.",
        "a) Finns det en plan?",
        "Revisionsfråga Bedömning",
        "Delvis",
        "Kontrollmål 1 – Finns en plan?",
        "Rekommendation\tÅtgärd\tAnsvarig\tTidsplan",
        "\tGör något.\tChef\tse ovan",
        "YTTRANDE",
        "§ 12",
        "Åtgärd:",
        "Tidsplan: vt 2026",
        "2025-13-45",
        "31/2 2019",
        "© 2025 Exempel AB",
        "trygghets-",
        "(Socialnämnden)",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_extracts_without_raising(text: str) -> None:
    assert isinstance(extract_text(text, source="x.txt"), Extraction)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=60))
def test_any_arrangement_of_report_like_lines_extracts(lines: list[str]) -> None:
    extraction = extract_text("\n".join(lines), source="x.txt")

    assert extraction.to_json_dict()["source"] == "x.txt"


@settings(max_examples=50, deadline=None)
@given(st.sampled_from([NUMBERED_REPORT, COVER_LETTER_AND_REPORT, RESPONSES]), st.data())
def test_a_report_cut_anywhere_still_extracts(document: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(document)))
    end = data.draw(st.integers(min_value=start, max_value=len(document)))

    extract_text(document[start:end], source="x.txt")
