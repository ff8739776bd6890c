"""Long lists come a page at a time: the pages put together are the whole list, and the
counts say how long it is. Run on the generated dataset, where bodies of one name span
organisations and some recommendations are addressed to "berörda nämnder"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from bot.demo.national import Scale, generate
from storage import audits, due, items
from storage.enums import OPEN_RECOMMENDATION_STATUSES
from storage.models import AuditBody, Body, Recommendation
from tests.conftest import TEAM

TODAY = dt.date(2030, 3, 13)
SMALL = Scale(kommuner=4, regioner=1, years=3, audits_per_year=3, recommendations_per_audit=4)


@pytest.fixture
def generated(engine: Engine, session_factory: sessionmaker[Session]) -> sessionmaker[Session]:
    generate(engine, team_id=TEAM, today=TODAY, scale=SMALL, seed=3)
    return session_factory


def _pages(fetch: Callable[[int, int], list], size: int = 3) -> list:
    collected, offset = [], 0
    while page := fetch(size, offset):
        assert len(page) <= size
        collected += page
        offset += size
    return collected


def _body_ids(session: Session, name: str | None = None) -> list[int]:
    query = select(Body.id).where(Body.team_id == TEAM)
    if name is not None:
        query = query.where(Body.name == name)
    return list(session.scalars(query))


def test_due_and_overdue_pages(generated: sessionmaker[Session]) -> None:
    with generated() as session:
        for start, end in ((TODAY, TODAY + dt.timedelta(days=365)), (None, TODAY)):
            everything = due.due_items(session, team_id=TEAM, start=start, end=end)
            paged = _pages(
                lambda n, o, s=start, e=end: due.due_items(
                    session, team_id=TEAM, start=s, end=e, limit=n, offset=o
                )
            )
            assert everything and paged == everything
            count = due.count_due_items(session, team_id=TEAM, start=start, end=end)
            assert count == len(everything)


def test_audit_pages(generated: sessionmaker[Session]) -> None:
    with generated() as session:
        everything = audits.audits(session, team_id=TEAM)
        paged = _pages(lambda n, o: audits.audits(session, team_id=TEAM, limit=n, offset=o))
        assert paged == everything
        assert audits.count_audits(session, team_id=TEAM) == len(everything) == SMALL.audits


@pytest.mark.parametrize("bodies", ["Socialnämnden", None], ids=["one name", "every body"])
def test_open_items_of_bodies_across_organisations(
    generated: sessionmaker[Session], bodies: str | None
) -> None:
    with generated() as session:
        body_ids = _body_ids(session, bodies)
        everything = items.open_items(session, team_id=TEAM, body_ids=body_ids)
        recommendations = _pages(
            lambda n, o: list(
                items.open_items(
                    session, team_id=TEAM, body_ids=body_ids, limit=n, offset=o
                ).recommendations
            )
        )
        actions = _pages(
            lambda n, o: list(
                items.open_items(
                    session, team_id=TEAM, body_ids=body_ids, limit=n, offset=o
                ).actions
            )
        )
        counts = items.count_open_items(session, team_id=TEAM, body_ids=body_ids)
    assert recommendations == list(everything.recommendations)
    assert actions == list(everything.actions)
    assert counts == (len(everything.recommendations), len(everything.actions))
    assert len({r.audit.organisation for r in recommendations}) > 1


@pytest.mark.parametrize("bodies", ["Socialnämnden", None], ids=["few bodies", "many bodies"])
def test_addressed_means_directly_or_through_berorda_namnder(
    generated: sessionmaker[Session], bodies: str | None
) -> None:
    """Both ways the query may take (a few bodies, or more than sixteen) find the same."""
    with generated() as session:
        body_ids = set(_body_ids(session, bodies))
        expected = set()
        for recommendation in session.scalars(
            select(Recommendation).where(Recommendation.team_id == TEAM)
        ):
            audited = set(
                session.scalars(
                    select(AuditBody.body_id).where(AuditBody.audit_id == recommendation.audit_id)
                )
            )
            for addressee in recommendation.addressees:
                if addressee.body_id in body_ids or (
                    addressee.body_id is None and audited & body_ids
                ):
                    expected.add(recommendation.id)
        found = items.recommendations(session, team_id=TEAM, body_ids=body_ids)
        open_found = items.recommendations(
            session, team_id=TEAM, body_ids=body_ids, statuses=OPEN_RECOMMENDATION_STATUSES
        )
    assert {r.id for r in found} == expected
    assert any("berörda nämnder" in r.addressees for r in found)
    assert {r.id for r in open_found} <= expected
