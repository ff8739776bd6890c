"""Changes users make are applied, derive statuses, and land in the change log."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.demo.data import load_demo
from storage import audits, due, edits, history
from storage.db import transaction
from storage.edits import Edit
from storage.errors import NotFound, StorageError
from tests.conftest import OTHER_TEAM, TEAM

TODAY = dt.date(2030, 3, 13)


@pytest.fixture
def demo(session_factory: sessionmaker[Session]) -> sessionmaker[Session]:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    return session_factory


def _internal_control(session: Session):
    summary = next(
        s
        for s in audits.audits(session, team_id=TEAM)
        if "intern kontroll" in (s.audit.title or "")
    )
    return audits.get_audit(session, team_id=TEAM, audit_id=summary.audit.id)


def test_marking_a_response_received_stops_it_being_due(demo: sessionmaker[Session]) -> None:
    with demo() as session:
        request = due.due_items(session, team_id=TEAM, start=TODAY, end=None)[1]
    assert request.kind == "response"
    with transaction(demo) as session:
        assert edits.mark_response_received(
            Edit(session, TEAM, "U0EDITOR"), request_id=request.id, received_on=TODAY
        )
        assert not edits.mark_response_received(
            Edit(session, TEAM, "U0EDITOR"), request_id=request.id, received_on=TODAY
        )
    with demo() as session:
        remaining = due.due_items(session, team_id=TEAM, start=TODAY, end=None)
        log = history.changes(session, team_id=TEAM, entity="response_request")
    assert request.id not in {i.id for i in remaining if i.kind == "response"}
    assert [(e.actor, e.field, e.old_value, e.new_value) for e in log] == [
        ("U0EDITOR", "received_on", None, TODAY.isoformat())
    ]


def test_action_status_drives_the_recommendation_status(demo: sessionmaker[Session]) -> None:
    with demo() as session:
        detail = _internal_control(session)
    first = detail.recommendations[0]
    assert first.status == "in_progress"
    with transaction(demo) as session:
        for action in first.actions:
            edits.set_action_status(
                Edit(session, TEAM, "U0EDITOR"), action_id=action.id, status="done"
            )
    with demo() as session:
        assert _internal_control(session).recommendations[0].status == "done"
        log = history.changes(session, team_id=TEAM, entity="action")
    assert {(e.old_value, e.new_value) for e in log} == {("started", "done"), (None, "done")}


def test_follow_up_status_overrides_until_cleared(demo: sessionmaker[Session]) -> None:
    with demo() as session:
        rec = _internal_control(session).recommendations[1]
    with transaction(demo) as session:
        edits.set_recommendation_status(
            Edit(session, TEAM, "U0EDITOR"), recommendation_id=rec.id, status="not_accepted"
        )
    with demo() as session:
        assert _internal_control(session).recommendations[1].status == "not_accepted"
    with transaction(demo) as session:
        edits.set_recommendation_status(
            Edit(session, TEAM, "U0EDITOR"), recommendation_id=rec.id, status=None
        )
    with demo() as session:
        assert _internal_control(session).recommendations[1].status == "open"


def test_bad_values_and_other_workspaces_are_refused(demo: sessionmaker[Session]) -> None:
    with demo() as session:
        action = _internal_control(session).actions[0]
    with pytest.raises(StorageError), transaction(demo) as session:
        edits.set_action_status(
            Edit(session, TEAM, "U0EDITOR"), action_id=action.id, status="klar!"
        )
    with pytest.raises(NotFound), transaction(demo) as session:
        edits.set_action_status(
            Edit(session, OTHER_TEAM, "U0EDITOR"), action_id=action.id, status="done"
        )
    with demo() as session:
        assert _internal_control(session).actions[0].status == action.status
