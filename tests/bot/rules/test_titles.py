"""A report that prints no title is called by what it says it is about, and can be found so."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.errors import UserFacingError
from bot.rules.entries import parse_year, recommendation_lines, split_names
from bot.rules.titles import derived_title, is_derived, with_title
from ingest.extract import extract_text
from ingest.schema import Extraction, Passage, Recommendation, Response


def _report(**fields) -> Extraction:
    return Extraction(
        source="rapport.txt",
        organisation="Provby kommun",
        recommendations=[Recommendation(text="Inför en rutin.", addressee=["Kommunstyrelsen"])],
        **fields,
    )


def test_the_sentence_that_commissions_the_audit_names_it() -> None:
    report = _report(
        passages=[
            Passage(kind="background", text="Kommunen har vuxit snabbt de senaste åren."),
            Passage(
                kind="background",
                text="Revisorerna har därför beslutat att genomföra en granskning av\n"
                "kommunens arbete med lokalförsörjning, t ex planering av skollokaler.",
            ),
        ],
        purpose="Syftet med granskningen är att bedöma om nämnderna planerar lokalerna.",
    )
    assert derived_title(report) == "Granskning av kommunens arbete med lokalförsörjning"
    titled = with_title(report)
    assert titled.title == "Granskning av kommunens arbete med lokalförsörjning"
    assert is_derived(titled) and not is_derived(report)


def test_without_that_sentence_the_purpose_names_it() -> None:
    report = _report(
        purpose="Granskningen har syftat till att bedöma om tekniska nämnden har en "
        "ändamålsenlig styrning av vinterväghållningen. Den omfattar 2029."
    )
    assert with_title(report).title == (
        "Tekniska nämnden har en ändamålsenlig styrning av vinterväghållningen"
    )


def test_a_long_purpose_is_cut_at_a_word() -> None:
    report = _report(purpose="Syftet är att bedöma om " + "nämnderna samverkar väl " * 20)
    title = derived_title(report)
    assert title is not None and len(title) <= 150
    assert title.startswith("Nämnderna samverkar väl") and title.endswith("väl…")


def test_a_printed_title_a_response_alone_and_a_report_saying_nothing_keep_no_derived_title() -> (
    None
):
    printed = _report(title="Granskning av IT-säkerhet", purpose="Syftet är att bedöma om X.")
    assert with_title(printed).title == "Granskning av IT-säkerhet"
    response = Extraction(
        source="svar.txt",
        purpose="Syftet är att bedöma om nämnden svarar.",
        responses=[Response(body="Kommunstyrelsen")],
    )
    assert with_title(response).title is None  # it attaches to its audit by its boards
    assert with_title(_report()).title is None


@pytest.mark.corpus
def test_the_two_seed_reports_without_a_title_page_get_one_from_their_subject(
    corpus: Path,
) -> None:
    titles = {}
    for name in ("002_5fa02c150640d98f", "004_2f8c789bee7adece"):
        path = corpus / "reports" / f"{name}.txt"
        extraction = extract_text(path.read_text(encoding="utf-8"), source=path.name)
        assert extraction.title is None  # the importer's contract
        titles[name] = with_title(extraction).title
    assert "barn och unga" in titles["002_5fa02c150640d98f"]
    assert "kriminalitet" in titles["004_2f8c789bee7adece"]
    assert all(title.startswith("Granskning av kommunens") for title in titles.values())


def test_what_people_type_into_the_forms_is_read_forgivingly() -> None:
    assert split_names("Kommunstyrelsen, socialnämnden;BUN\nKommunstyrelsen") == [
        "Kommunstyrelsen",
        "socialnämnden",
        "BUN",
    ]
    assert recommendation_lines("1. Gör en plan\n\n– Följ upp\n• Rapportera\na) Utbilda") == [
        "Gör en plan",
        "Följ upp",
        "Rapportera",
        "Utbilda",
    ]
    assert parse_year(" 2024 ", "year") == 2024 and parse_year("", "year") is None
    with pytest.raises(UserFacingError) as refused:
        parse_year("tjugo", "year")
    assert (refused.value.key, refused.value.field) == ("slack.edit.bad_year", "year")
