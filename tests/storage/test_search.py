"""Full-text search: ranked hits, and no user text can break the query."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.demo.data import load_demo
from ingest.schema import Extraction
from storage import search
from storage.db import transaction
from storage.loader import load_extraction
from storage.models import Recommendation
from tests.conftest import TEAM

HOSTILE = [
    '"',
    '""',
    "'",
    "*",
    "orosanm*",
    'NEAR(a b) OR "x',
    "a AND OR NOT b",
    "(((",
    "-:^",
    "\\'; DROP TABLE audit; --",
    "col:text",
    "&|!<->",
    "   ",
    "",
    "och",
    "ö" * 500,
    "\x00nul",
    "🙂 emoji",
    "{}[]%_$",
]


def test_orosanmalan_finds_vallentunas_recommendation(
    corpus: Path, session_factory: sessionmaker[Session]
) -> None:
    with transaction(session_factory) as session:
        for path in sorted((corpus / "expected").glob("*.json")):
            extraction = Extraction.model_validate_json(path.read_text(encoding="utf-8"))
            load_extraction(
                session,
                team_id=TEAM,
                extraction=extraction,
                sha256=hashlib.sha256(path.name.encode()).hexdigest(),
                actor="test",
            )
    with session_factory() as session:
        hits = search.search(session, team_id=TEAM, text="orosanmälan")
    recommendations = [h for h in hits if h.kind == "recommendation"]
    assert recommendations, hits
    assert recommendations[0].audit.organisation == "Vallentuna kommun"
    assert "orosanmälan" in recommendations[0].text


def test_results_are_ranked_and_name_their_audit(session_factory: sessionmaker[Session]) -> None:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=dt.date(2030, 3, 13))
    with session_factory() as session:
        hits = search.search(session, team_id=TEAM, text="Attesträtter")
    assert sorted(h.kind for h in hits) == ["action", "question", "recommendation"]
    assert all(h.audit.title == "Granskning av intern kontroll i ekonomiprocessen" for h in hits)
    assert hits == sorted(hits, key=lambda h: -h.rank)


@pytest.mark.parametrize("text", HOSTILE)
def test_query_syntax_in_user_text_is_never_an_error(
    session_factory: sessionmaker[Session], text: str
) -> None:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=dt.date(2030, 3, 13))
    with session_factory() as session:
        hits = search.search(session, team_id=TEAM, text=text)
    assert isinstance(hits, list)


def test_search_follows_edits_and_deletes(session_factory: sessionmaker[Session]) -> None:
    extraction = Extraction.model_validate(
        json.loads(
            '{"source": "x.txt", "organisation": "Exempelkommun", "title": "Städning",'
            ' "recommendations": [{"text": "Inför en rutin för snöröjning.",'
            ' "addressee": ["Tekniska nämnden"]}]}'
        )
    )
    with transaction(session_factory) as session:
        load_extraction(session, team_id=TEAM, extraction=extraction, sha256="b" * 64, actor="test")
    with transaction(session_factory) as session:
        recommendation = session.query(Recommendation).one()
        recommendation.text = "Inför en rutin för halkbekämpning."
    with session_factory() as session:
        assert search.search(session, team_id=TEAM, text="snöröjning") == []
        assert len(search.search(session, team_id=TEAM, text="halkbekämpning")) == 1


def test_a_word_in_hundreds_of_texts_still_finds_every_kind(
    session_factory: sessionmaker[Session],
) -> None:
    """Each kind is ranked among its own newest matches (storage/search.py), so hundreds of
    recommendations with a word do not crowd out the one question that has it."""
    from ingest.schema import Question as ExtractedQuestion
    from ingest.schema import Recommendation as ExtractedRecommendation
    from storage.search import NEWEST_PER_KIND

    many = NEWEST_PER_KIND + 50
    extraction = Extraction(
        source="risk.txt",
        organisation="Riskby kommun",
        title="Riskhantering",
        questions=[ExtractedQuestion(text="Finns en riskanalys för upphandlingarna?")],
        recommendations=[
            ExtractedRecommendation(
                text=f"Gör en riskanalys av område {n}.", addressee=["Kommunstyrelsen"]
            )
            for n in range(many)
        ]
        + [
            ExtractedRecommendation(
                text="Dokumentera beslut om snöröjning.", addressee=["Tekniska nämnden"]
            )
        ],
    )
    with transaction(session_factory) as session:
        load_extraction(session, team_id=TEAM, extraction=extraction, sha256="c" * 64, actor="t")
    with session_factory() as session:
        hits = search.search(session, team_id=TEAM, text="riskanalys", limit=25)
        rare = search.search(session, team_id=TEAM, text="snöröjning")
    assert len(hits) == 25
    assert "question" in {hit.kind for hit in hits}
    assert hits == sorted(hits, key=lambda h: -h.rank)
    assert all(hit.audit.title == "Riskhantering" for hit in hits)
    assert [hit.text for hit in rare] == ["Dokumentera beslut om snöröjning."]


def _winter_report(findings: list[str]) -> Extraction:
    from ingest.schema import Passage
    from ingest.schema import Question as ExtractedQuestion
    from ingest.schema import Recommendation as ExtractedRecommendation

    return Extraction(
        source="vinter.pdf",
        organisation="Granbacka kommun",
        title="Granskning av vinterväghållningen",
        questions=[ExtractedQuestion(text="Finns det en plan för halkbekämpning på cykelvägar?")],
        recommendations=[
            ExtractedRecommendation(
                text="Revidera planen för halkbekämpning.", addressee=["Tekniska nämnden"]
            )
        ],
        passages=[
            Passage(
                heading_path=["2 Granskningsresultat", f"2.{n} Område {n}", "Iakttagelser"],
                page=3 + n,
                kind="observation",
                text=finding,
            )
            for n, finding in enumerate(findings)
        ],
    )


def test_a_word_found_only_in_the_findings_is_found_with_its_page_and_headings(
    session_factory: sessionmaker[Session],
) -> None:
    extraction = _winter_report(
        [
            "Förvaltningen följer upp entreprenörernas arbete på mötena.",
            "Flera av sandlådorna vid busshållplatserna var tomma i januari.",
        ]
    )
    with transaction(session_factory) as session:
        load_extraction(session, team_id=TEAM, extraction=extraction, sha256="e" * 64, actor="t")
    with session_factory() as session:
        (hit,) = search.search(session, team_id=TEAM, text="sandlådorna")
    assert (hit.kind, hit.passage_kind, hit.page) == ("passage", "observation", 4)
    assert hit.headings == ("2 Granskningsresultat", "2.1 Område 1", "Iakttagelser")
    assert hit.text == "Flera av sandlådorna vid busshållplatserna var tomma i januari."
    assert hit.audit.title == "Granskning av vinterväghållningen"


def test_a_recommendation_and_a_question_that_match_come_before_findings_that_repeat_the_word(
    session_factory: sessionmaker[Session],
) -> None:
    findings = [
        f"Halkbekämpning saknades på sträcka {n}; halkbekämpning beställs i efterhand och "
        "halkbekämpning dokumenteras inte."
        for n in range(40)
    ]
    with transaction(session_factory) as session:
        load_extraction(
            session,
            team_id=TEAM,
            extraction=_winter_report(findings),
            sha256="f" * 64,
            actor="t",
        )
    with session_factory() as session:
        hits = search.search(session, team_id=TEAM, text="halkbekämpning", limit=25)
    assert [hit.kind for hit in hits[:3]] == ["recommendation", "question", "passage"]
    assert len(hits) == 25 and {hit.kind for hit in hits[2:]} == {"passage"}
    assert hits == sorted(hits, key=lambda h: -h.rank)
