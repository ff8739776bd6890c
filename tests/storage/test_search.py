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
