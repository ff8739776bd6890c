"""Snoozing a response reminder: "remind me in a day / a week", never past the deadline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.blocks.reminders import SNOOZE_DAYS
from bot.core.errors import UserFacingError
from bot.rules.calendar import SwedishCalendar
from bot.services.editing import MAX_ID
from storage import reminders as store
from storage.models import Body, ResponseRequest


@dataclass(frozen=True, slots=True)
class Snoozed:
    request_id: int
    body: str
    until: dt.date


def parse_value(value: str | None) -> tuple[int, int]:
    """ "<request id>:<days>" from the snooze select → (request id, days)."""
    request, _, days = (value or "").partition(":")
    if days not in {str(d) for d in SNOOZE_DAYS} or not (request.isascii() and request.isdigit()):
        raise UserFacingError("reminders.snooze.invalid")
    if int(request) > MAX_ID:
        raise UserFacingError("reminders.snooze.invalid")
    return int(request), int(days)


def resume_on(
    today: dt.date, deadline: dt.date, days: int, calendar: SwedishCalendar
) -> dt.date | None:
    """The working day reminders resume: ``days`` on, but no later than the deadline's own
    reminder (the last working day on or before it). None when there is no room left."""
    last = calendar.on_or_before(deadline)
    resume = min(calendar.on_or_after(today + dt.timedelta(days=days)), last)
    return resume if resume > today else None


def snooze_response(
    session: Session,
    *,
    team_id: str,
    channel_id: str,
    value: str | None,
    user_id: str,
    today: dt.date,
    calendar: SwedishCalendar,
) -> Snoozed:
    request_id, days = parse_value(value)
    row = session.execute(
        select(ResponseRequest, Body.name)
        .join(Body, ResponseRequest.body_id == Body.id)
        .where(ResponseRequest.team_id == team_id, ResponseRequest.id == request_id)
    ).first()
    if row is None:
        raise UserFacingError("error.not_found", entity="response_request", entity_id=request_id)
    request, body = row
    if request.received_on is not None:
        raise UserFacingError("reminders.snooze.received", body=body)
    until = resume_on(today, request.deadline, days, calendar)
    if until is None:
        raise UserFacingError("reminders.snooze.too_late")
    store.snooze(
        session,
        team_id=team_id,
        channel_id=channel_id,
        request_id=request_id,
        snoozed_on=today,
        until=until,
        actor=user_id,
    )
    return Snoozed(request_id, body, until)
