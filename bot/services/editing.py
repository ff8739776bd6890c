"""Changes users make from Slack. Callers check the editor permission; storage logs each change."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy.orm import Session

from bot.blocks.ids import AUTO_STATUS
from bot.core.errors import UserFacingError
from bot.rules.yearwheel import MilestoneDefinition, MilestoneOccurrence, definitions
from bot.services.lookups import find_organisation, next_due
from storage import changes, queries, reminders, subscriptions
from storage.enums import ActionStatus, RecommendationStatus
from storage.errors import NotFound
from storage.names import NameCache
from storage.read_models import OrganisationRef, ResponseRequestView


def response_request(session: Session, *, team_id: str, request_id: int) -> ResponseRequestView:
    request = queries.response_request(session, team_id=team_id, request_id=request_id)
    if request is None:
        raise NotFound("response_request", request_id)
    return request


def mark_received(
    session: Session,
    *,
    team_id: str,
    request_id: int,
    received_on: dt.date,
    today: dt.date,
    actor: str,
) -> ResponseRequestView:
    if received_on > today:
        raise UserFacingError("slack.error.future_date")
    changes.mark_response_received(
        session, team_id=team_id, request_id=request_id, received_on=received_on, actor=actor
    )
    return response_request(session, team_id=team_id, request_id=request_id)


# Ids are INTEGER columns; a larger number names nothing, and SQLite cannot even bind one.
MAX_ID = 2**31 - 1


def parse_id(value: str | None) -> int:
    """The id a button carries as its value."""
    # str.isdigit() also accepts "²", which int() refuses: ASCII digits only.
    if not value or not (value.isascii() and value.isdigit()) or int(value) > MAX_ID:
        raise UserFacingError("slack.error.bad_choice")
    return int(value)


def parse_choice(value: str, allowed: set[str]) -> tuple[int, str]:
    """An option value "<id>:<status>" as the status selects send it."""
    entity_id, _, status = value.partition(":")
    if status not in allowed:
        raise UserFacingError("slack.error.bad_choice")
    return parse_id(entity_id), status


def set_action_status(session: Session, *, team_id: str, value: str, actor: str) -> bool:
    action_id, status = parse_choice(value, set(ActionStatus))
    return changes.set_action_status(
        session, team_id=team_id, action_id=action_id, status=status, actor=actor
    )


def set_recommendation_status(session: Session, *, team_id: str, value: str, actor: str) -> bool:
    recommendation_id, status = parse_choice(value, {*RecommendationStatus, AUTO_STATUS})
    return changes.set_recommendation_status(
        session,
        team_id=team_id,
        recommendation_id=recommendation_id,
        status=None if status == AUTO_STATUS else status,
        actor=actor,
    )


def watch(
    session: Session, *, team_id: str, names: NameCache, channel_id: str, query: str, actor: str
) -> tuple[OrganisationRef, bool]:
    org = find_organisation(session, team_id=team_id, names=names, query=query)
    added = subscriptions.watch(
        session, team_id=team_id, channel_id=channel_id, organisation_id=org.id, actor=actor
    )
    return org, added


def unwatch(
    session: Session, *, team_id: str, names: NameCache, channel_id: str, query: str, actor: str
) -> tuple[OrganisationRef, bool]:
    org = find_organisation(session, team_id=team_id, names=names, query=query)
    removed = subscriptions.unwatch(
        session, team_id=team_id, channel_id=channel_id, organisation_id=org.id, actor=actor
    )
    return org, removed


_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")


def set_chair(
    session: Session, *, team_id: str, names: NameCache, text: str, actor: str
) -> tuple[OrganisationRef, str | None, bool]:
    """ "knivsta <@U123>" registers the auditors' chair; "knivsta -" removes it."""
    mention = _MENTION.search(text)
    query = _MENTION.sub("", text).strip()
    remove = query.endswith(" -") or query == "-"
    query = query.removesuffix("-").strip()
    if not query or (mention is None and not remove):
        raise UserFacingError("slack.chair.usage")
    org = find_organisation(session, team_id=team_id, names=names, query=query)
    user_id = None if remove else mention.group(1)
    changed = reminders.set_chair(
        session, team_id=team_id, organisation_id=org.id, user_id=user_id, actor=actor
    )
    return org, user_id, changed


_MILESTONE_VALUE = re.compile(r"^(\d{1,10}):([a-z0-9_]{1,40})$")


def milestone(
    session: Session, *, team_id: str, names: NameCache, value: str | None, today: dt.date
) -> tuple[MilestoneOccurrence, bool]:
    """The milestone an "Ändra" button names ("<organisation id>:<kind>"), at its next date,
    and whether it is reminded; only the team's own organisations are found."""
    match = _MILESTONE_VALUE.match(value or "")
    if match is None or int(match[1]) > MAX_ID:
        raise UserFacingError("slack.error.bad_choice")
    organisation_id, kind = int(match[1]), match[2]
    organisation = _organisation(session, team_id, names, organisation_id)
    definition = _definition(session, team_id, organisation_id, kind)
    occurrence = MilestoneOccurrence(
        team_id=team_id,
        organisation_id=organisation.id,
        organisation=organisation.name,
        kind=kind,
        label=definition.label,
        due=next_due(definition.month, definition.day, today),
    )
    return occurrence, definition.enabled


def organisation(
    session: Session, *, team_id: str, names: NameCache, organisation_id: int
) -> OrganisationRef:
    """One of the team's organisations by id (a button's value)."""
    return _organisation(session, team_id, names, organisation_id)


def _organisation(
    session: Session, team_id: str, names: NameCache, organisation_id: int
) -> OrganisationRef:
    found = next(
        (o for o in names.organisations(session, team_id=team_id) if o.id == organisation_id),
        None,
    )
    if found is None:
        raise NotFound("organisation", organisation_id)
    return found


def _definition(
    session: Session, team_id: str, organisation_id: int, kind: str
) -> MilestoneDefinition:
    overrides = reminders.organisation_milestones(
        session, team_id=team_id, organisation_id=organisation_id
    )
    found = next((d for d in definitions(overrides) if d.kind == kind), None)
    if found is None:
        raise UserFacingError("slack.error.bad_choice")
    return found


def set_milestone(
    session: Session,
    *,
    team_id: str,
    names: NameCache,
    value: str | None,
    day: dt.date,
    enabled: bool,
    today: dt.date,
    actor: str,
) -> MilestoneOccurrence:
    """Move a milestone to ``day``'s month and day (every year), or turn it off or on."""
    current, _ = milestone(session, team_id=team_id, names=names, value=value, today=today)
    reminders.set_milestone(
        session,
        team_id=team_id,
        organisation_id=current.organisation_id,
        kind=current.kind,
        month=day.month,
        day=day.day,
        label=current.label,
        enabled=enabled,
        actor=actor,
    )
    changed, _ = milestone(session, team_id=team_id, names=names, value=value, today=today)
    return changed


def add_milestone(
    session: Session,
    *,
    team_id: str,
    names: NameCache,
    organisation_id: str | None,
    label: str,
    day: dt.date,
    enabled: bool,
    today: dt.date,
    actor: str,
) -> MilestoneOccurrence:
    """The team's own event in the organisation's auditors' year, on ``day`` every year."""
    label = " ".join(label.split())
    if not label:
        raise UserFacingError("slack.milestone.no_label")
    organisation = _organisation(session, team_id, names, parse_id(organisation_id)).id
    taken = {
        d.kind
        for d in definitions(
            reminders.organisation_milestones(
                session, team_id=team_id, organisation_id=organisation
            )
        )
    }
    stem = "own_" + (re.sub(r"[^a-z0-9]+", "_", _ascii(label).casefold()).strip("_")[:30] or "x")
    kind = next(k for k in (stem, *(f"{stem}_{n}" for n in range(2, 1000))) if k not in taken)
    value = f"{organisation}:{kind}"
    reminders.set_milestone(
        session,
        team_id=team_id,
        organisation_id=organisation,
        kind=kind,
        month=day.month,
        day=day.day,
        label=label,
        enabled=enabled,
        actor=actor,
    )
    added, _ = milestone(session, team_id=team_id, names=names, value=value, today=today)
    return added


def _ascii(text: str) -> str:
    return text.translate(str.maketrans("åäöÅÄÖéÉüÜ", "aaoAAOeEuU"))
