"""An import preview stays within a modal's 100 blocks however much a document holds."""

from __future__ import annotations

import datetime as dt

from bot.blocks.importing import preview_view
from ingest.schema import (
    Extraction,
    ExtractionWarning,
    Question,
    Recommendation,
    Response,
    ResponseRequest,
)
from tests.support.blockkit import all_text, assert_valid_view


def test_a_huge_document_is_previewed_within_the_limits_with_the_rest_counted() -> None:
    extraction = Extraction(
        source="stor.pdf",
        organisation="Provby kommun",
        title="Granskning av allt",
        questions=[
            Question(text=f"Fråga {n} " + "ord " * 60, assessment="Delvis") for n in range(40)
        ],
        recommendations=[
            Recommendation(text=f"Rekommendation {n} " + "ord " * 80, addressee=["Kommunstyrelsen"])
            for n in range(150)
        ],
        response_request=ResponseRequest(deadline=dt.date(2030, 5, 31), from_bodies=["KS"]),
        responses=[Response(body=f"Nämnd {n}") for n in range(20)],
        warnings=[ExtractionWarning(code="page_without_text", pages=[n]) for n in range(10)],
    )
    view = preview_view(extraction, draft_id=7, lang="sv", today=dt.date(2030, 3, 13))
    assert_valid_view(view)
    text = all_text(view["blocks"])
    assert "Sidan 9 saknar text" in text
    menus = [b for b in view["blocks"] if b.get("accessory", {}).get("type") == "overflow"]
    assert 50 < len(menus) < 150
    assert f"… och {150 - len(menus)} till" in text


def test_a_preview_in_english_says_its_warnings_in_english() -> None:
    extraction = Extraction(
        source="x.txt",
        organisation="Provby kommun",
        recommendations=[Recommendation(text="Gör en plan.")],
        response_request=ResponseRequest(deadline_text="senast vecka 22", from_bodies=["KS"]),
        warnings=[ExtractionWarning(code="deadline_unresolved", detail="senast vecka 22")],
    )
    view = preview_view(extraction, draft_id=7, lang="en", today=dt.date(2030, 3, 13))
    assert_valid_view(view)
    text = all_text(view["blocks"])
    assert "The deadline “senast vecka 22” could not be read as a date." in text
    assert "Deadline and boards" in text and "no addressee" in text
