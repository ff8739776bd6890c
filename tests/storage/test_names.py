"""The name cache answers like the queries, and notices every change from any session."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.demo.data import load_demo
from storage import history
from storage import names as stored_names
from storage.db import transaction
from storage.models import Body
from storage.names import NameCache
from tests.conftest import OTHER_TEAM, TEAM

TODAY = dt.date(2030, 3, 13)


def test_it_lists_what_the_queries_list(session_factory: sessionmaker[Session]) -> None:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    names = NameCache()
    with session_factory() as session:
        assert list(names.bodies(session, team_id=TEAM)) == stored_names.list_bodies(
            session, team_id=TEAM
        )
        assert list(names.organisations(session, team_id=TEAM)) == stored_names.list_organisations(
            session, team_id=TEAM
        )
        assert names.bodies(session, team_id=OTHER_TEAM) == ()
        assert names.both(session, team_id=TEAM) == (
            names.organisations(session, team_id=TEAM),
            names.bodies(session, team_id=TEAM),
        )


def test_a_rename_in_another_session_is_seen(session_factory: sessionmaker[Session]) -> None:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    names = NameCache()
    with session_factory() as session:
        before = names.bodies(session, team_id=TEAM)
        assert names.bodies(session, team_id=TEAM) is before, "unchanged: kept"
    with transaction(session_factory) as session:
        body = session.scalars(select(Body).where(Body.name == "Tekniska nämnden")).one()
        history.record(
            session,
            team_id=TEAM,
            actor="U1",
            entity="body",
            entity_id=body.id,
            field="name",
            old_value=body.name,
            new_value="Samhällsbyggnadsnämnden",
        )
        body.name = "Samhällsbyggnadsnämnden"
    with session_factory() as session:
        names = {b.name for b in names.bodies(session, team_id=TEAM)}
    assert "Samhällsbyggnadsnämnden" in names and "Tekniska nämnden" not in names


def test_a_new_organisation_is_seen(session_factory: sessionmaker[Session]) -> None:
    names = NameCache()
    with session_factory() as session:
        assert names.organisations(session, team_id=TEAM) == ()
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    with session_factory() as session:
        names = [o.name for o in names.organisations(session, team_id=TEAM)]
    assert names == ["Exempelkommun", "Testby region"]
