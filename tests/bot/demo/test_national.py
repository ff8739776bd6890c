"""The generated national dataset has the shape of SPEC §5, at a size a test can afford."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from bot.cli import app
from bot.core.settings import get_settings
from bot.demo.data import load_demo
from bot.demo.national import Scale, generate
from storage import audits, due, search
from storage.db import transaction
from storage.errors import StorageError
from storage.models import (
    Action,
    Audit,
    Body,
    Organisation,
    Passage,
    Question,
    Recommendation,
    RecommendationAddressee,
    ResponseRequest,
)
from storage.status import derived_status
from tests.conftest import OTHER_TEAM, TEAM

TODAY = dt.date(2030, 3, 13)
TINY = Scale(kommuner=3, regioner=1, years=3, audits_per_year=2, recommendations_per_audit=4)


@pytest.fixture
def generated(engine: Engine, session_factory: sessionmaker[Session]) -> sessionmaker[Session]:
    generate(engine, team_id=TEAM, today=TODAY, scale=TINY, seed=7)
    return session_factory


def _count(session: Session, model) -> int:
    return session.scalar(select(func.count()).select_from(model).where(model.team_id == TEAM))


def test_counts_follow_the_scale(generated: sessionmaker[Session]) -> None:
    with generated() as session:
        audits = session.scalars(select(Audit).where(Audit.team_id == TEAM)).all()
        bodies_per_org = Counter(
            session.scalars(select(Body.organisation_id).where(Body.team_id == TEAM))
        )
        questions = _count(session, Question)
        recommendations = _count(session, Recommendation)
    assert len(bodies_per_org) == TINY.organisations == 4
    assert all(6 <= n <= 10 for n in bodies_per_org.values())
    assert len(audits) == TINY.audits == 4 * 3 * 2
    assert {a.audit_year for a in audits} == {2028, 2029, 2030}
    assert all(a.report_date <= TODAY for a in audits)
    assert 3 * len(audits) <= questions <= 6 * len(audits)
    assert recommendations == len(audits) * TINY.recommendations_per_audit


def test_every_recommendation_is_addressed_and_its_status_follows_its_actions(
    generated: sessionmaker[Session],
) -> None:
    with generated() as session:
        addressed = set(session.scalars(select(RecommendationAddressee.recommendation_id)))
        recommendations = session.scalars(
            select(Recommendation).where(Recommendation.team_id == TEAM)
        ).all()
        for recommendation in recommendations:
            assert recommendation.id in addressed
            actions = recommendation.actions
            assert len(actions) in (0, TINY.actions_per_recommendation)
            if not recommendation.status_is_manual:
                assert recommendation.status == derived_status([a.status for a in actions])
        action_count = _count(session, Action)
    assert action_count > len(recommendations)


def test_deadlines_sit_around_today(generated: sessionmaker[Session]) -> None:
    with generated() as session:
        requests = session.scalars(
            select(ResponseRequest).where(ResponseRequest.team_id == TEAM)
        ).all()
        overdue = due.overdue_items(session, team_id=TEAM, today=TODAY)
    old = [r for r in requests if r.deadline < TODAY - dt.timedelta(days=400)]
    assert old and sum(r.received_on is not None for r in old) >= 0.8 * len(old)
    assert all(r.received_on is None or r.received_on <= TODAY for r in requests)
    assert overdue, "ten years of actions leave some overdue"


def test_search_finds_a_generated_word(generated: sessionmaker[Session]) -> None:
    with generated() as session:
        recommendation = session.scalars(
            select(Recommendation).where(Recommendation.team_id == TEAM).limit(1)
        ).one()
        word = max(re.findall(r"\w+", recommendation.text), key=len)
        hits = search.search(session, team_id=TEAM, text=word, limit=500)
    assert ("recommendation", recommendation.id) in {(h.kind, h.id) for h in hits}
    assert all(word.casefold() in h.text.casefold() for h in hits)


def test_same_seed_same_data_and_the_orm_carries_on_after_it(
    generated: sessionmaker[Session], engine: Engine
) -> None:
    generate(engine, team_id=OTHER_TEAM, today=TODAY, scale=TINY, seed=7)
    with transaction(generated) as session:
        load_demo(session, team_id="T0DEMO", today=TODAY)

    def texts(session: Session, team_id: str) -> list[tuple[str, str]]:
        return list(
            session.execute(
                select(Organisation.name, Recommendation.text)
                .join(Audit, Recommendation.audit_id == Audit.id)
                .join(Organisation, Audit.organisation_id == Organisation.id)
                .where(Recommendation.team_id == team_id)
                .order_by(Recommendation.id)
            )
        )

    with generated() as session:
        assert texts(session, TEAM) == texts(session, OTHER_TEAM)
        assert audits.audits(session, team_id="T0DEMO")


def test_a_team_that_holds_data_is_refused(generated: sessionmaker[Session], engine) -> None:
    with pytest.raises(StorageError) as raised:
        generate(engine, team_id=TEAM, today=TODAY, scale=TINY, seed=1)
    assert raised.value.code == "team_not_empty"


def test_the_command_line_generates_once(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'quick.sqlite3'}")
    monkeypatch.setenv("REVISORBOT_LANGUAGE", "sv")
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    get_settings.cache_clear()
    runner = CliRunner()
    try:
        first = runner.invoke(app, ["demo", "--scale", "quick", "--seed", "2"])
        again = runner.invoke(app, ["demo", "--scale", "quick", "--seed", "2"])
    finally:
        get_settings.cache_clear()
    assert first.exit_code == 0, first.output
    assert "21 organisationer, 1680 granskningar" in " ".join(first.output.split())
    assert again.exit_code == 1
    assert "har redan data" in again.output


def test_each_audit_has_its_report_text_and_each_question_its_bedomning(
    generated: sessionmaker[Session],
) -> None:
    with generated() as session:
        audit_ids = set(session.scalars(select(Audit.id).where(Audit.team_id == TEAM)))
        passages = session.scalars(
            select(Passage).where(Passage.team_id == TEAM).order_by(Passage.id)
        ).all()
        without_text = session.scalar(
            select(func.count(Question.id)).where(
                Question.team_id == TEAM, Question.assessment_text.is_(None)
            )
        )
        # A word only the generated findings use.
        hits = search.search(session, team_id=TEAM, text="stickprov", limit=100)
    by_audit: dict[int, list[Passage]] = {}
    for passage in passages:
        by_audit.setdefault(passage.audit_id, []).append(passage)
    assert set(by_audit) == audit_ids
    for found in by_audit.values():
        assert 3 <= len(found) <= 4
        assert [p.kind for p in found][:: len(found) - 1] == ["background", "assessment"]
        assert [p.page for p in found] == sorted(p.page for p in found)
    assert without_text == 0
    assert hits and {hit.kind for hit in hits} == {"passage"}
    assert all(hit.passage_kind == "observation" and hit.page for hit in hits)
