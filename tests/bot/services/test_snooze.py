"""Snoozing a response reminder: stored per channel, within the deadline, and obeyed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bot.core.clock import FixedClock
from bot.core.errors import UserFacingError
from bot.rules.calendar import SwedishCalendar
from bot.rules.snooze import resume_on
from bot.services import editing
from storage import edits
from storage.db import transaction
from storage.edits import Edit
from storage.models import ChangeLog, ReminderSnooze, ResponseRequest
from tests.conftest import TEAM
from tests.support.context import request_context
from tests.support.reminders import (
    CHANNEL,
    audit_extraction,
    load,
    local,
    make_engine,
    posts,
    watch_with,
)

CALENDAR = SwedishCalendar()
DEADLINE = dt.date(2030, 9, 20)  # a Friday; 7 working days before is Wednesday 11 September


def test_a_snooze_ends_on_a_working_day_and_never_after_the_deadline() -> None:
    assert resume_on(dt.date(2030, 9, 11), DEADLINE, 1, CALENDAR) == dt.date(2030, 9, 12)
    # A day after Friday 13 September is a Saturday: reminders resume on Monday.
    assert resume_on(dt.date(2030, 9, 13), DEADLINE, 1, CALENDAR) == dt.date(2030, 9, 16)
    assert resume_on(dt.date(2030, 9, 16), DEADLINE, 7, CALENDAR) == DEADLINE
    assert resume_on(DEADLINE, DEADLINE, 1, CALENDAR) is None
    # Deadline on Sunday 31 March 2030: the last reminder is on Friday the 29th.
    assert resume_on(dt.date(2030, 3, 27), dt.date(2030, 3, 31), 7, CALENDAR) == dt.date(
        2030, 3, 29
    )


def test_snoozing_holds_the_channels_reminders_until_the_chosen_day(
    session_factory, fake_slack
) -> None:
    load(
        session_factory,
        audit_extraction(
            "Knivsta kommun",
            title="Granskning av bisysslor",
            deadline=DEADLINE,
            bodies=("Kommunstyrelsen",),
        ),
    )
    watch_with(session_factory, "Knivsta kommun")
    clock = FixedClock(local(2030, 9, 11, 8, 5))
    engine = make_engine(session_factory, fake_slack, clock)
    engine.sweep()
    assert len(posts(fake_slack, CHANNEL)) == 1
    with session_factory() as session:
        request_id = session.scalars(select(ResponseRequest.id)).one()

    snoozed = editing.snooze_response(
        request_context(session_factory, team_id=TEAM, today=dt.date(2030, 9, 11)),
        channel_id=CHANNEL,
        value=f"{request_id}:1",
        calendar=CALENDAR,
    )
    assert (snoozed.body, snoozed.until) == ("Kommunstyrelsen", dt.date(2030, 9, 12))
    clock.set(local(2030, 9, 12, 8, 5))
    engine.sweep()
    sent = posts(fake_slack, CHANNEL)
    assert len(sent) == 2 and "Uppskjuten påminnelse" in str(sent[1].blocks)
    with session_factory() as session:
        assert session.scalars(select(ReminderSnooze.until)).one() == dt.date(2030, 9, 12)
        change = session.scalars(select(ChangeLog).order_by(ChangeLog.id.desc())).first()
    assert change.field == f"snoozed_until:{CHANNEL}" and change.actor == "U0EDITOR"

    with pytest.raises(UserFacingError) as refused:
        editing.snooze_response(
            request_context(session_factory, team_id=TEAM, today=DEADLINE),
            channel_id=CHANNEL,
            value=f"{request_id}:7",
            calendar=CALENDAR,
        )
    assert refused.value.key == "reminders.snooze.too_late"
    with transaction(session_factory) as session:
        edits.mark_response_received(
            Edit(session, TEAM, "U0EDITOR"), request_id=request_id, received_on=DEADLINE
        )
    with pytest.raises(UserFacingError) as refused:
        editing.snooze_response(
            request_context(session_factory, team_id=TEAM, today=dt.date(2030, 9, 13)),
            channel_id=CHANNEL,
            value=f"{request_id}:1",
            calendar=CALENDAR,
        )
    assert refused.value.key == "reminders.snooze.received"
    for value in ("x", f"{request_id}:3", None):
        with pytest.raises(UserFacingError):
            editing.snooze_response(
                request_context(session_factory, team_id=TEAM, today=dt.date(2030, 9, 13)),
                channel_id=CHANNEL,
                value=value,
                calendar=CALENDAR,
            )


def test_a_deadline_moved_earlier_after_a_snooze_is_still_reminded_on_its_day() -> None:
    """Snoozed on Monday 16 September until Friday 20th; then the deadline is moved to
    Wednesday 18th. The deadline's own reminder comes on the 18th, not after it."""
    from zoneinfo import ZoneInfo

    from bot.rules.reminder_types import Instant, Stage
    from bot.rules.reminders import snoozed
    from storage.sweep import SnoozeRow

    tz = ZoneInfo("Europe/Stockholm")
    at = Instant(local(2030, 9, 18, 8, 5), tz, SwedishCalendar())
    deadline = dt.date(2030, 9, 18)
    on_the_day = Stage("day", deadline, at.moment(deadline, dt.time(8)), 0)
    snooze = SnoozeRow(TEAM, CHANNEL, 1, dt.date(2030, 9, 16), dt.date(2030, 9, 20))
    kept = snoozed([on_the_day], snooze, at, dt.time(8), deadline=deadline)
    assert max(stage.day for stage in kept) == deadline
    assert on_the_day in kept
