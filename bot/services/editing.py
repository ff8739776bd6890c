"""Changes people make from Slack (and the console): each one an editor's, in one transaction,
logged as theirs (storage.edits)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.rules.calendar import SwedishCalendar
from bot.rules.choices import AUTO_STATUS, parse_choice, parse_id
from bot.rules.snooze import parse_value, resume_on
from bot.rules.yearwheel import (
    MilestoneDefinition,
    MilestoneOccurrence,
    definitions,
    next_due,
)
from bot.services.names import find_organisation, organisation_by_id
from storage import audits, channels, edits, milestones
from storage.base import MAX_ID
from storage.enums import ActionStatus, RecommendationStatus
from storage.errors import NotFound
from storage.models import ResponseRequest
from storage.read_models import OrganisationRef, ResponseRequestView


def response_request(ctx: RequestContext, request_id: int) -> ResponseRequestView:
    """The response request a "Markera inkommet" button names (an editor's only)."""
    ctx.require_editor()
    with ctx.reading() as session:
        return _response_request(session, ctx, request_id)


def _response_request(
    session: Session, ctx: RequestContext, request_id: int
) -> ResponseRequestView:
    request = audits.response_request(session, team_id=ctx.team_id, request_id=request_id)
    if request is None:
        raise NotFound("response_request", request_id)
    return request


def mark_received(
    ctx: RequestContext, *, request_id: int, received_on: dt.date
) -> ResponseRequestView:
    ctx.require_editor()
    if received_on > ctx.today:
        raise UserFacingError("slack.error.future_date")
    with ctx.writing() as edit:
        edits.mark_response_received(edit, request_id=request_id, received_on=received_on)
        return _response_request(edit.session, ctx, request_id)


def set_action_status(ctx: RequestContext, value: str) -> str:
    """A status select's value "<action id>:<status>"; returns the status chosen."""
    ctx.require_editor()
    action_id, status = parse_choice(value, set(ActionStatus))
    with ctx.writing() as edit:
        edits.set_action_status(edit, action_id=action_id, status=status)
    return status


def set_recommendation_status(ctx: RequestContext, value: str) -> str:
    """A status select's value "<recommendation id>:<status|auto>"; returns the choice."""
    ctx.require_editor()
    recommendation_id, status = parse_choice(value, {*RecommendationStatus, AUTO_STATUS})
    with ctx.writing() as edit:
        edits.set_recommendation_status(
            edit,
            recommendation_id=recommendation_id,
            status=None if status == AUTO_STATUS else status,
        )
    return status


def watch(ctx: RequestContext, *, channel_id: str, query: str) -> tuple[OrganisationRef, bool]:
    ctx.require_editor()
    with ctx.writing() as edit:
        organisation = find_organisation(edit.session, ctx, query)
        added = channels.watch(edit, channel_id=channel_id, organisation_id=organisation.id)
    return organisation, added


def unwatch(ctx: RequestContext, *, channel_id: str, query: str) -> tuple[OrganisationRef, bool]:
    ctx.require_editor()
    with ctx.writing() as edit:
        organisation = find_organisation(edit.session, ctx, query, "unwatch")
        removed = channels.unwatch(edit, channel_id=channel_id, organisation_id=organisation.id)
    return organisation, removed


_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")


def set_chair(ctx: RequestContext, text: str) -> tuple[OrganisationRef, str | None, bool]:
    """ "knivsta <@U123>" registers the auditors' chair; "knivsta -" removes it."""
    ctx.require_editor()
    mention = _MENTION.search(text)
    query = _MENTION.sub("", text).strip()
    remove = query.endswith(" -") or query == "-"
    query = query.removesuffix("-").strip()
    if not query or (mention is None and not remove):
        raise UserFacingError("slack.chair.usage")
    user_id = None if remove else mention.group(1)
    with ctx.writing() as edit:
        organisation = find_organisation(edit.session, ctx, query, "organisation")
        changed = edits.set_chair(edit, organisation_id=organisation.id, user_id=user_id)
    return organisation, user_id, changed


@dataclass(frozen=True, slots=True)
class Snoozed:
    request_id: int
    body: str
    until: dt.date


def snooze_response(
    ctx: RequestContext, *, channel_id: str, value: str | None, calendar: SwedishCalendar
) -> Snoozed:
    """Hold this channel's reminders about a response until the chosen working day."""
    ctx.require_editor()
    request_id, days = parse_value(value)
    with ctx.writing() as edit:
        request = edit.row(ResponseRequest, request_id)
        body = request.body.name
        if request.received_on is not None:
            raise UserFacingError("reminders.snooze.received", body=body)
        until = resume_on(ctx.today, request.deadline, days, calendar)
        if until is None:
            raise UserFacingError("reminders.snooze.too_late")
        channels.snooze(
            edit, channel_id=channel_id, request_id=request_id, snoozed_on=ctx.today, until=until
        )
    return Snoozed(request_id, body, until)


# -- the auditors' year ---------------------------------------------------------------------

_MILESTONE_VALUE = re.compile(r"^(\d{1,10}):([a-z0-9_]{1,40})$")


def milestone(ctx: RequestContext, value: str | None) -> tuple[MilestoneOccurrence, bool]:
    """The milestone an "Ändra" button names ("<organisation id>:<kind>"), at its next date,
    and whether it is reminded; only the team's own organisations are found."""
    ctx.require_editor()
    with ctx.reading() as session:
        return _milestone(session, ctx, value)


def _milestone(
    session: Session, ctx: RequestContext, value: str | None
) -> tuple[MilestoneOccurrence, bool]:
    match = _MILESTONE_VALUE.match(value or "")
    if match is None or int(match[1]) > MAX_ID:
        raise UserFacingError("slack.error.bad_choice")
    organisation = organisation_by_id(session, ctx, int(match[1]))
    definition = _definition(session, ctx, organisation.id, match[2])
    occurrence = MilestoneOccurrence(
        team_id=ctx.team_id,
        organisation_id=organisation.id,
        organisation=organisation.name,
        kind=definition.kind,
        label=definition.label,
        due=next_due(definition.month, definition.day, ctx.today),
    )
    return occurrence, definition.enabled


def organisation(ctx: RequestContext, value: str | None) -> OrganisationRef:
    """One of the team's organisations by the id a button carries (an editor's only)."""
    ctx.require_editor()
    with ctx.reading() as session:
        return organisation_by_id(session, ctx, parse_id(value))


def _definition(
    session: Session, ctx: RequestContext, organisation_id: int, kind: str
) -> MilestoneDefinition:
    overrides = milestones.organisation_milestones(
        session, team_id=ctx.team_id, organisation_id=organisation_id
    )
    found = next((d for d in definitions(overrides) if d.kind == kind), None)
    if found is None:
        raise UserFacingError("slack.error.bad_choice")
    return found


def set_milestone(
    ctx: RequestContext, *, value: str | None, day: dt.date, enabled: bool
) -> MilestoneOccurrence:
    """Move a milestone to ``day``'s month and day (every year), or turn it off or on."""
    ctx.require_editor()
    with ctx.writing() as edit:
        current, _ = _milestone(edit.session, ctx, value)
        milestones.set_milestone(
            edit,
            organisation_id=current.organisation_id,
            kind=current.kind,
            month=day.month,
            day=day.day,
            label=current.label,
            enabled=enabled,
        )
        changed, _ = _milestone(edit.session, ctx, value)
    return changed


def add_milestone(
    ctx: RequestContext, *, organisation_id: str | None, label: str, day: dt.date, enabled: bool
) -> MilestoneOccurrence:
    """The team's own event in the organisation's auditors' year, on ``day`` every year."""
    ctx.require_editor()
    label = " ".join(label.split())
    if not label:
        raise UserFacingError("slack.milestone.no_label")
    with ctx.writing() as edit:
        organisation = organisation_by_id(edit.session, ctx, parse_id(organisation_id)).id
        taken = {
            d.kind
            for d in definitions(
                milestones.organisation_milestones(
                    edit.session, team_id=ctx.team_id, organisation_id=organisation
                )
            )
        }
        stem = "own_" + (
            re.sub(r"[^a-z0-9]+", "_", _ascii(label).casefold()).strip("_")[:30] or "x"
        )
        kind = next(k for k in (stem, *(f"{stem}_{n}" for n in range(2, 1000))) if k not in taken)
        milestones.set_milestone(
            edit,
            organisation_id=organisation,
            kind=kind,
            month=day.month,
            day=day.day,
            label=label,
            enabled=enabled,
        )
        added, _ = _milestone(edit.session, ctx, f"{organisation}:{kind}")
    return added


def _ascii(text: str) -> str:
    return text.translate(str.maketrans("åäöÅÄÖéÉüÜ", "aaoAAOeEuU"))
