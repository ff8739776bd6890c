"""Read queries answer what the team asks, scoped to one workspace."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.demo.data import EXEMPEL, TESTBY, load_demo
from bot.demo.national import Scale, generate
from storage import audits, due, items, names, search, sweep
from storage.db import transaction
from tests.conftest import OTHER_TEAM, TEAM

TODAY = dt.date(2030, 3, 13)


@pytest.fixture
def demo(session_factory: sessionmaker[Session]) -> sessionmaker[Session]:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    return session_factory


def _org_id(session: Session, name: str) -> int:
    return next(o.id for o in names.list_organisations(session, team_id=TEAM) if o.name == name)


def test_audits_by_organisation_and_year(demo: sessionmaker[Session]) -> None:
    with demo() as session:
        exempel = _org_id(session, EXEMPEL)
        this_year = audits.audits(session, team_id=TEAM, organisation_id=exempel, year=2030)
        everything = audits.audits(session, team_id=TEAM)
    assert {s.audit.title for s in this_year} == {
        "Granskning av kommunens krisberedskap",
        "Granskning av upphandling och avtalstrohet",
    }
    assert len(everything) == 5
    crisis = next(s for s in this_year if "krisberedskap" in s.audit.title)
    assert crisis.recommendation_count == 3
    assert crisis.next_deadline == TODAY + dt.timedelta(days=12)


def test_audits_dated_among_a_few_or_many_named_are_those_of_the_year(
    demo: sessionmaker[Session],
) -> None:
    """A year asked of named audits answers for them alone, whether their ids are sent in the
    query or, too many for that, the year's audits are read and the named kept."""
    with demo() as session:
        every = {s.audit.id for s in audits.audits(session, team_id=TEAM)}
        of_2030 = {s.audit.id for s in audits.audits(session, team_id=TEAM, year=2030)}
        assert of_2030 and every - of_2030

        def dated(among):
            return audits.audit_ids_dated(
                session, team_id=TEAM, organisation_id=None, years={2030}, among=among
            )

        assert dated(None) == of_2030
        assert dated(every) == of_2030
        one = min(of_2030)
        assert dated({one} | (every - of_2030)) == {one}
        many = {one} | set(range(10**6, 10**6 + 2_500))  # more ids than a query is sent
        assert dated(many) == {one}
        assert dated(set()) == set()


def test_one_audit_in_full(demo: sessionmaker[Session]) -> None:
    with demo() as session:
        summary = next(
            s for s in audits.audits(session, team_id=TEAM) if "intern kontroll" in s.audit.title
        )
        detail = audits.get_audit(session, team_id=TEAM, audit_id=summary.audit.id)
    assert detail is not None
    assert [q.assessment_scale for q in detail.questions] == ["largely", "not"]
    assert [r.body for r in detail.response_requests] == [
        "Kommunstyrelsen",
        "Barn- och utbildningsnämnden",
    ]
    assert all(r.received_on is not None for r in detail.response_requests)
    assert [len(r.actions) for r in detail.recommendations] == [2, 2]
    assert detail.recommendations[0].status == "in_progress"
    assert detail.recommendations[0].actions[0].owners == ("Kommunstyrelsen",)


def test_recommendations_by_body_and_status(demo: sessionmaker[Session]) -> None:
    with demo() as session:
        social = [
            b.id for b in names.list_bodies(session, team_id=TEAM) if b.name == "Socialnämnden"
        ]
        to_social = items.recommendations(session, team_id=TEAM, body_ids=social)
        done = items.recommendations(session, team_id=TEAM, statuses=["done"])
    assert [r.text for r in to_social] == [
        "Säkerställ reservkraft på samtliga särskilda boenden.",
        "Utbilda chefer i rollen som tjänsteman i beredskap.",
    ]
    assert [r.audit.organisation for r in done] == [TESTBY]


def test_open_items_span_years_and_owned_actions(demo: sessionmaker[Session]) -> None:
    with demo() as session:
        ks = [b.id for b in names.list_bodies(session, team_id=TEAM) if b.name == "Kommunstyrelsen"]
        found = items.open_items(session, team_id=TEAM, body_ids=ks)
    years = {r.audit.year for r in found.recommendations}
    assert years == {2029, 2030}
    assert {a.text for a in found.actions} == {
        "Ekonomienheten går igenom alla attesträtter och rensar bort inaktuella.",
        "Rutinen för årlig genomgång beslutas.",
    }


def test_upcoming_and_overdue_deadlines(demo: sessionmaker[Session]) -> None:
    with demo() as session:
        upcoming = due.due_items(
            session, team_id=TEAM, start=TODAY, end=TODAY + dt.timedelta(days=30)
        )
        overdue = due.overdue_items(session, team_id=TEAM, today=TODAY)
    assert [(i.kind, (i.due - TODAY).days) for i in upcoming] == [
        ("action", 6),
        ("response", 12),
        ("response", 12),
        ("action", 20),
        ("action", 25),
    ]
    assert [(i.kind, i.body, i.due) for i in overdue] == [
        ("response", "Regionstyrelsen", dt.date(2029, 8, 31)),
        ("action", "Kommunstyrelsen", dt.date(2030, 2, 28)),  # "KS" in its plan
        ("response", "Tekniska nämnden", dt.date(2030, 3, 8)),
    ]


def test_another_workspace_sees_nothing(demo: sessionmaker[Session]) -> None:
    with demo() as session:
        assert audits.audits(session, team_id=OTHER_TEAM) == []
        assert names.list_bodies(session, team_id=OTHER_TEAM) == []
        assert due.due_items(session, team_id=OTHER_TEAM, start=None, end=None) == []
        assert search.search(session, team_id=OTHER_TEAM, text="attesträtter") == []
        some_audit = audits.audits(session, team_id=TEAM)[0].audit.id
        assert audits.get_audit(session, team_id=OTHER_TEAM, audit_id=some_audit) is None


def test_dated_actions_are_the_same_asked_for_one_organisation_or_for_many(
    engine: Engine, session_factory: sessionmaker[Session]
) -> None:
    """A channel's few organisations are found through their audits and a sweep's many by
    date (storage.sweep.FEW_ORGANISATIONS): both ways find the same actions."""
    generate(engine, team_id=TEAM, today=TODAY, scale=Scale(kommuner=24, regioner=1, years=2))
    generate(engine, team_id=OTHER_TEAM, today=TODAY, scale=Scale(kommuner=2, regioner=0, years=1))
    window = {
        "due_from": TODAY - dt.timedelta(days=400),
        "due_until": TODAY + dt.timedelta(days=400),
    }
    with session_factory() as session:
        organisations = [o.id for o in names.list_organisations(session, team_id=TEAM)]
        assert len(organisations) > sweep.FEW_ORGANISATIONS
        many = sweep.dated_actions(
            session, team_ids=[TEAM], organisation_ids=organisations, **window
        )
        one_by_one = [
            row
            for organisation_id in organisations
            for row in sweep.dated_actions(
                session, team_ids=[TEAM], organisation_ids=[organisation_id], **window
            )
        ]
    assert len(many) > 50
    assert sorted(many, key=lambda row: row.id) == sorted(one_by_one, key=lambda row: row.id)
    assert {row.organisation_id for row in many} <= set(organisations)
