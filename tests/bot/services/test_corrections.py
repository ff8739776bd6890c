"""Corrections after saving, as the services make them: reminders follow at once, a failed or
refused change leaves everything as it was, and each change is logged as the editor's."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.core.clock import FixedClock
from bot.core.errors import PermissionDenied, UserFacingError
from bot.rules.choices import MenuChoice
from bot.services import corrections
from bot.services.corrections import ActionForm, Deletion, RecommendationForm, RequestForm
from storage import history
from storage.base import Base
from storage.corrections import ActionFields, AuditFacts
from storage.errors import StorageError
from storage.models import Audit, Body, Recommendation, ResponseRequest
from tests.conftest import TEAM
from tests.support.context import request_context
from tests.support.reminders import (
    CHANNEL,
    FRIDAY_MORNING,
    SUNDAY_DEADLINE,
    audit_extraction,
    load,
    local,
    make_engine,
    posts,
    watch_with,
)
from tests.support.slack_api import FakeSlackAPI

TODAY = dt.date(2030, 3, 13)
# Thursday 21 March 2030: seven working days before the Sunday deadline.
SEVEN_WORKING_DAYS_BEFORE = local(2030, 3, 21, 8, 5)
A_WEEK_OVERDUE = local(2030, 4, 8, 8, 5)


@pytest.fixture
def audit_id(session_factory: sessionmaker[Session]) -> int:
    audit = load(
        session_factory,
        audit_extraction(
            "Knivsta kommun", title="Granskning av lokalförsörjning", deadline=SUNDAY_DEADLINE
        ),
    )
    watch_with(session_factory, "Knivsta kommun")
    return audit


def _editor(session_factory, **kwargs):
    return request_context(session_factory, team_id=TEAM, today=TODAY, **kwargs)


def _requests(session_factory) -> dict[str, int]:
    with session_factory() as session:
        rows = session.scalars(select(ResponseRequest).order_by(ResponseRequest.id)).all()
        return {row.body.name: row.id for row in rows}


def _planned(session_factory, fake: FakeSlackAPI, at: dt.datetime) -> list[str]:
    return sorted(
        r.key for r in make_engine(session_factory, fake, FixedClock(at)).plan().reminders
    )


def _everything(session_factory) -> dict[str, list[tuple]]:
    """Every row of every table, to show that nothing changed."""
    with session_factory() as session:
        return {
            name: sorted(map(repr, session.execute(select(table)).all()))
            for name, table in Base.metadata.tables.items()
        }


def test_a_deleted_deadline_is_never_reminded_and_a_restored_one_resumes_without_repeats(
    session_factory, fake_slack: FakeSlackAPI, audit_id: int
) -> None:
    ks = _requests(session_factory)["Kommunstyrelsen"]
    sn = _requests(session_factory)["Socialnämnden"]
    sent = make_engine(session_factory, fake_slack, FixedClock(SEVEN_WORKING_DAYS_BEFORE)).sweep()
    assert sorted(r.key for r in sent.sent) == [
        f"response:{ks}:2030-03-31:wd7",
        f"response:{sn}:2030-03-31:wd7",
    ]

    ctx = _editor(session_factory)
    entry = corrections.delete(ctx, MenuChoice("delete", "response_request", ks))
    assert _planned(session_factory, fake_slack, FRIDAY_MORNING) == [
        f"response:{sn}:2030-03-31:day"
    ]
    assert _planned(session_factory, fake_slack, A_WEEK_OVERDUE) == [
        f"response:{sn}:2030-03-31:overdue1"
    ]

    corrections.restore(ctx, entry.id)
    # What was sent before the deletion is not sent again; what is still to come comes.
    assert (
        make_engine(session_factory, fake_slack, FixedClock(SEVEN_WORKING_DAYS_BEFORE)).sweep().sent
        == []
    )
    assert _planned(session_factory, fake_slack, FRIDAY_MORNING) == [
        f"response:{ks}:2030-03-31:day",
        f"response:{sn}:2030-03-31:day",
    ]
    assert len(posts(fake_slack, CHANNEL)) == 2


def test_a_wrongly_imported_audit_deleted_stops_its_reminders_and_restored_resumes_them(
    session_factory, fake_slack: FakeSlackAPI, audit_id: int
) -> None:
    before = _planned(session_factory, fake_slack, FRIDAY_MORNING)
    assert len(before) == 2
    ctx = _editor(session_factory)
    entry = corrections.delete(ctx, MenuChoice("delete", "audit", audit_id))
    assert _planned(session_factory, fake_slack, FRIDAY_MORNING) == []
    assert make_engine(session_factory, fake_slack, FixedClock(FRIDAY_MORNING)).sweep().sent == []

    corrections.restore(ctx, entry.id)
    assert _planned(session_factory, fake_slack, FRIDAY_MORNING) == before


def test_a_moved_deadline_is_reminded_on_the_new_dates_and_not_the_old(
    session_factory, fake_slack: FakeSlackAPI, audit_id: int
) -> None:
    ks = _requests(session_factory)["Kommunstyrelsen"]
    sn = _requests(session_factory)["Socialnämnden"]
    corrections.save_request(
        _editor(session_factory),
        request_id=ks,
        board="Kommunstyrelsen",
        deadline=dt.date(2030, 4, 30),
        received_on=None,
    )
    assert _planned(session_factory, fake_slack, FRIDAY_MORNING) == [
        f"response:{sn}:2030-03-31:day"
    ]
    # Tuesday 30 April 2030, the new deadline, a working day.
    assert f"response:{ks}:2030-04-30:day" in _planned(
        session_factory, fake_slack, local(2030, 4, 30, 8, 5)
    )
    with session_factory() as session:
        change = history.changes(session, team_id=TEAM, entity="response_request")[0]
    assert (change.field, change.old_value, change.new_value) == (
        "deadline",
        "2030-03-31",
        "2030-04-30",
    )


def test_a_reader_is_refused_every_change_and_nothing_changes(
    session_factory, audit_id: int
) -> None:
    reader = _editor(session_factory, user_id="U0READER", editor=False)
    with session_factory() as session:
        recommendation = session.scalars(select(Recommendation.id)).first()
    ks = _requests(session_factory)["Kommunstyrelsen"]
    before = _everything(session_factory)
    attempts = [
        lambda: corrections.form_for(reader, MenuChoice("edit", "audit", audit_id)),
        lambda: corrections.save_audit(
            reader, audit_id, AuditFacts("Ny titel", 2030, None, "Knivsta kommun")
        ),
        lambda: corrections.save_recommendation(
            reader, recommendation_id=recommendation, text="Annan text", addressees=[]
        ),
        lambda: corrections.save_recommendation(
            reader, audit_id=audit_id, text="Ny rekommendation", addressees=[]
        ),
        lambda: corrections.save_action(
            reader,
            action_id=None,
            recommendation_id=recommendation,
            board="Kommunstyrelsen",
            fields=ActionFields("Gör något", None, None, None),
        ),
        lambda: corrections.save_request(
            reader, request_id=ks, board="Kommunstyrelsen", deadline=TODAY, received_on=None
        ),
        lambda: corrections.request_responses(
            reader, audit_id=audit_id, boards=["Tekniska nämnden"], deadline=TODAY
        ),
        lambda: corrections.delete(reader, MenuChoice("delete", "audit", audit_id)),
        lambda: corrections.restore(reader, 1),
        lambda: corrections.deletions(reader),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt()
    assert _everything(session_factory) == before


def test_a_failed_correction_leaves_the_data_as_it_was(session_factory, audit_id: int) -> None:
    ctx = _editor(session_factory)
    requests = _requests(session_factory)
    before = _everything(session_factory)
    with pytest.raises(StorageError) as taken:
        # Socialnämnden already owes a response: the request cannot become a second one.
        corrections.save_request(
            ctx,
            request_id=requests["Kommunstyrelsen"],
            board="Socialnämnden",
            deadline=dt.date(2030, 5, 31),
            received_on=None,
        )
    assert taken.value.code == "already_requested"
    with pytest.raises(UserFacingError) as empty:
        corrections.save_recommendation(ctx, audit_id=audit_id, text="  ", addressees=[])
    assert empty.value.field == "text"
    with pytest.raises(UserFacingError) as future:
        corrections.save_request(
            ctx,
            request_id=requests["Kommunstyrelsen"],
            board="Kommunstyrelsen",
            deadline=SUNDAY_DEADLINE,
            received_on=TODAY + dt.timedelta(days=1),
        )
    assert future.value.field == "received"
    assert _everything(session_factory) == before


def test_forms_show_what_is_stored_and_offer_the_organisations_boards(
    session_factory, audit_id: int
) -> None:
    ctx = _editor(session_factory)
    with session_factory() as session:
        recommendation = session.scalars(select(Recommendation)).first()
        recommendation_id, text = recommendation.id, recommendation.text
    form = corrections.form_for(ctx, MenuChoice("edit", "recommendation", recommendation_id))
    assert isinstance(form, RecommendationForm)
    assert form.text == text and form.addressees == ("Kommunstyrelsen", "Socialnämnden")
    assert form.boards.organisation == ("Kommunstyrelsen", "Socialnämnden")

    ask = corrections.form_for(ctx, MenuChoice("request", "audit", audit_id))
    assert isinstance(ask, RequestForm) and ask.id is None
    assert ask.boards.asked == ("Kommunstyrelsen", "Socialnämnden")

    action = corrections.form_for(
        ctx, MenuChoice("add_action", "recommendation", recommendation_id)
    )
    assert isinstance(action, ActionForm) and action.board == "Kommunstyrelsen"

    deletion = corrections.form_for(ctx, MenuChoice("delete", "audit", audit_id))
    assert isinstance(deletion, Deletion) and deletion.label == "Granskning av lokalförsörjning"


def test_an_audit_moved_to_another_organisation_takes_its_boards_along(
    session_factory, audit_id: int
) -> None:
    ctx = _editor(session_factory)
    assert corrections.save_audit(
        ctx, audit_id, AuditFacts("Lokalförsörjning", 2029, "KPMG", "Habo kommun")
    )
    with session_factory() as session:
        audit = session.get(Audit, audit_id)
        assert (audit.title, audit.audit_year, audit.audit_firm) == (
            "Lokalförsörjning",
            2029,
            "KPMG",
        )
        assert audit.organisation.name == "Habo kommun"
        owed_by = {r.body.organisation.name for r in audit.response_requests}
        assert owed_by == {"Habo kommun"}
        assert {b.body.name for b in audit.audited_bodies} == {"Kommunstyrelsen", "Socialnämnden"}
        # The old organisation keeps its boards for whatever else it has.
        assert session.scalars(
            select(Body).where(Body.organisation_id != audit.organisation_id)
        ).all()
        log = history.changes(session, team_id=TEAM, entity="audit", entity_id=audit_id)
    assert [(c.field, c.old_value, c.new_value) for c in log[:4]] == [
        ("organisation", "Knivsta kommun", "Habo kommun"),
        ("audit_firm", "Revisionskontoret", "KPMG"),
        ("audit_year", None, "2029"),
        ("title", "Granskning av lokalförsörjning", "Lokalförsörjning"),
    ]
