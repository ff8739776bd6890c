"""What the reminder sweep reads, as plain rows, and what users change about reminders.

Reads load only what can fall due around one instant (the caller passes the horizon), in a
handful of set-based queries whatever the number of organisations: no query per item.
Writes (snoozes, the auditors' year, the chair, a channel's settings) go to the change log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from storage import history
from storage.base import utcnow
from storage.enums import ActionStatus, DuePrecision
from storage.errors import NotFound
from storage.models import (
    Action,
    Audit,
    Body,
    Milestone,
    Organisation,
    ReminderSnooze,
    Response,
    ResponseRequest,
    Subscription,
)

# An action due on a day or in a month is reminded of 30 and 7 days before (SPEC §4)...
REMINDED_PRECISIONS = (DuePrecision.DAY, DuePrecision.MONTH)
# ... and once any dated timeline has passed ("under 2019" included) it is in the digest.
OVERDUE_PRECISIONS = (DuePrecision.DAY, DuePrecision.MONTH, DuePrecision.YEAR)
_NOT_DONE = or_(Action.status.is_(None), Action.status != ActionStatus.DONE)


@dataclass(frozen=True, slots=True)
class WatchRow:
    subscription_id: int
    team_id: str
    channel_id: str
    organisation_id: int
    organisation: str
    settings: dict[str, Any]
    created_at: dt.datetime
    created_by: str | None


@dataclass(frozen=True, slots=True)
class RequestRow:
    """A response (yttrande) a body owes and has not yet given."""

    id: int
    team_id: str
    organisation_id: int
    organisation: str
    audit_id: int
    audit_title: str | None
    body: str
    deadline: dt.date
    audit_created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ActionRow:
    """An action not done, with a due date."""

    id: int
    team_id: str
    organisation_id: int
    organisation: str
    audit_id: int
    audit_title: str | None
    body: str
    board: str | None
    text: str
    responsible: str | None
    due: dt.date
    due_precision: str
    status: str | None
    audit_created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class MilestoneRow:
    """A team's change to one milestone of an organisation's auditors' year."""

    team_id: str
    organisation_id: int
    kind: str
    month: int
    day: int
    label: str | None
    enabled: bool


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    """An audit whose responses are in: its follow-up review is due a year later."""

    team_id: str
    organisation_id: int
    organisation: str
    audit_id: int
    audit_title: str | None
    answered_on: dt.date


@dataclass(frozen=True, slots=True)
class SnoozeRow:
    team_id: str
    channel_id: str
    request_id: int
    snoozed_on: dt.date
    until: dt.date


@dataclass(frozen=True, slots=True)
class ChairRow:
    team_id: str
    organisation_id: int
    organisation: str
    user_id: str


@dataclass(frozen=True, slots=True)
class OverdueActions:
    """The first overdue actions of one organisation (oldest first) and how many there are."""

    organisation_id: int
    actions: tuple[ActionRow, ...]
    total: int


# -- reads for the sweep ---------------------------------------------------------------------


def watches(
    session: Session, *, include_paused: bool = False, team_id: str | None = None
) -> list[WatchRow]:
    """Every channel watching an organisation: in one workspace, or with None in them all."""
    query = select(
        Subscription.id,
        Subscription.team_id,
        Subscription.channel_id,
        Subscription.organisation_id,
        Organisation.name,
        Subscription.settings,
        Subscription.created_at,
        Subscription.created_by,
    ).join(Organisation, Subscription.organisation_id == Organisation.id)
    if not include_paused:
        query = query.where(Subscription.paused_at.is_(None))
    if team_id is not None:
        query = query.where(Subscription.team_id == team_id)
    query = query.order_by(Subscription.team_id, Subscription.channel_id, Organisation.name)
    return [
        WatchRow(
            subscription_id=row[0],
            team_id=row[1],
            channel_id=row[2],
            organisation_id=row[3],
            organisation=row[4],
            settings=dict(row[5] or {}),
            created_at=row[6],
            created_by=row[7],
        )
        for row in session.execute(query)
    ]


def open_requests(
    session: Session, *, organisation_ids: Collection[int], deadline_until: dt.date
) -> list[RequestRow]:
    """Responses not yet received whose deadline is on or before ``deadline_until``.

    Overdue ones are all included: they are reminded weekly for as long as they are missing.
    """
    if not organisation_ids:
        return []
    query = (
        select(
            ResponseRequest.id,
            ResponseRequest.team_id,
            Audit.organisation_id,
            Organisation.name,
            Audit.id,
            Audit.title,
            Body.name,
            ResponseRequest.deadline,
            Audit.created_at,
        )
        .join(Audit, ResponseRequest.audit_id == Audit.id)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .join(Body, ResponseRequest.body_id == Body.id)
        .where(
            ResponseRequest.received_on.is_(None),
            ResponseRequest.deadline <= deadline_until,
            Audit.organisation_id.in_(organisation_ids),
        )
        .order_by(ResponseRequest.deadline, ResponseRequest.id)
    )
    return [RequestRow(*row) for row in session.execute(query)]


def _action_columns() -> tuple:
    return (
        Action.id,
        Action.team_id,
        Audit.organisation_id,
        Organisation.name,
        Audit.id,
        Audit.title,
        Body.name,
        Action.board,
        Action.text,
        Action.responsible,
        Action.due,
        Action.due_precision,
        Action.status,
        Audit.created_at,
    )


def _action_joins(query):
    return (
        query.join(Response, Action.response_id == Response.id)
        .join(Audit, Response.audit_id == Audit.id)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .join(Body, Response.body_id == Body.id)
    )


def dated_actions(
    session: Session,
    *,
    team_ids: Collection[str],
    organisation_ids: Collection[int],
    due_from: dt.date,
    due_until: dt.date,
) -> list[ActionRow]:
    """Actions not done with a day, month or year due date within [due_from, due_until]."""
    if not organisation_ids:
        return []
    query = _action_joins(select(*_action_columns())).where(
        Action.team_id.in_(team_ids),
        Action.due >= due_from,
        Action.due <= due_until,
        Action.due_precision.in_(REMINDED_PRECISIONS),
        _NOT_DONE,
        Audit.organisation_id.in_(organisation_ids),
    )
    return [ActionRow(*row) for row in session.execute(query.order_by(Action.due, Action.id))]


def overdue_actions(
    session: Session, *, organisation_ids: Collection[int], today: dt.date, limit: int
) -> dict[int, OverdueActions]:
    """Per organisation, its ``limit`` oldest overdue actions and the count of all of them.

    One query with window functions, so a digest for every organisation of the country
    reads a few thousand rows, not every overdue action there is.
    """
    if not organisation_ids:
        return {}
    # Rank only ids inside the window; fetch the columns of the few that are listed after.
    position = (
        func.row_number()
        .over(partition_by=Audit.organisation_id, order_by=(Action.due, Action.id))
        .label("position")
    )
    total = func.count().over(partition_by=Audit.organisation_id).label("total")
    ranked = (
        select(Action.id.label("action_id"), position, total)
        .join(Response, Action.response_id == Response.id)
        .join(Audit, Response.audit_id == Audit.id)
        .where(
            Audit.organisation_id.in_(organisation_ids),
            Action.due < today,
            Action.due_precision.in_(OVERDUE_PRECISIONS),
            _NOT_DONE,
        )
        .subquery()
    )
    query = (
        _action_joins(select(*_action_columns(), ranked.c.total))
        .join(ranked, ranked.c.action_id == Action.id)
        .where(ranked.c.position <= limit)
        .order_by(Audit.organisation_id, ranked.c.position)
    )
    result: dict[int, list[ActionRow]] = {}
    totals: dict[int, int] = {}
    for row in session.execute(query):
        values = tuple(row)
        action = ActionRow(*values[:-1])
        result.setdefault(action.organisation_id, []).append(action)
        totals[action.organisation_id] = values[-1]
    return {
        org_id: OverdueActions(org_id, tuple(actions), totals[org_id])
        for org_id, actions in result.items()
    }


def answered_audits(
    session: Session,
    *,
    organisation_ids: Collection[int],
    answered_from: dt.date,
    answered_until: dt.date,
) -> list[FollowUpRow]:
    """Audits whose last response arrived within the range (and none later).

    "Arrived" is a response's decision date, or the day someone marked it received.
    """
    if not organisation_ids:
        return []
    decided = (
        select(Response.audit_id.label("audit_id"), Response.decision_date.label("day"))
        .where(Response.decision_date >= answered_from)
        .join(Audit, Response.audit_id == Audit.id)
        .where(Audit.organisation_id.in_(organisation_ids))
    )
    received = (
        select(ResponseRequest.audit_id.label("audit_id"), ResponseRequest.received_on.label("day"))
        .where(ResponseRequest.received_on >= answered_from)
        .join(Audit, ResponseRequest.audit_id == Audit.id)
        .where(Audit.organisation_id.in_(organisation_ids))
    )
    days = decided.union_all(received).subquery()
    latest = (
        select(days.c.audit_id, func.max(days.c.day).label("answered_on"))
        .group_by(days.c.audit_id)
        .having(func.max(days.c.day) <= answered_until)
        .subquery()
    )
    still_waiting = (
        select(ResponseRequest.id)
        .where(ResponseRequest.audit_id == Audit.id, ResponseRequest.received_on.is_(None))
        .exists()
    )
    query = (
        select(
            Audit.team_id,
            Audit.organisation_id,
            Organisation.name,
            Audit.id,
            Audit.title,
            latest.c.answered_on,
        )
        .join(latest, latest.c.audit_id == Audit.id)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .where(~still_waiting)
        .order_by(latest.c.answered_on, Audit.id)
    )
    return [FollowUpRow(*row) for row in session.execute(query)]


def milestone_overrides(
    session: Session, *, organisation_ids: Collection[int]
) -> list[MilestoneRow]:
    if not organisation_ids:
        return []
    query = (
        select(Milestone)
        .where(Milestone.organisation_id.in_(organisation_ids))
        .order_by(Milestone.organisation_id, Milestone.kind)
    )
    return [_milestone_row(m) for m in session.scalars(query)]


def _milestone_row(milestone: Milestone) -> MilestoneRow:
    return MilestoneRow(
        team_id=milestone.team_id,
        organisation_id=milestone.organisation_id,
        kind=milestone.kind,
        month=milestone.month,
        day=milestone.day,
        label=milestone.label,
        enabled=milestone.enabled,
    )


def active_snoozes(session: Session, *, today: dt.date) -> list[SnoozeRow]:
    query = select(
        ReminderSnooze.team_id,
        ReminderSnooze.channel_id,
        ReminderSnooze.response_request_id,
        ReminderSnooze.snoozed_on,
        ReminderSnooze.until,
    ).where(ReminderSnooze.until >= today - dt.timedelta(days=14))
    return [SnoozeRow(*row) for row in session.execute(query)]


def chairs(session: Session, *, organisation_ids: Collection[int]) -> list[ChairRow]:
    if not organisation_ids:
        return []
    query = select(
        Organisation.team_id, Organisation.id, Organisation.name, Organisation.chair_user_id
    ).where(Organisation.id.in_(organisation_ids), Organisation.chair_user_id.is_not(None))
    return [ChairRow(*row) for row in session.execute(query)]


# -- changes ---------------------------------------------------------------------------------


def snooze(
    session: Session,
    *,
    team_id: str,
    channel_id: str,
    request_id: int,
    snoozed_on: dt.date,
    until: dt.date,
    actor: str,
) -> None:
    """Hold the channel's reminders about a response until ``until`` (one snooze per channel)."""
    request = session.scalar(
        select(ResponseRequest).where(
            ResponseRequest.team_id == team_id, ResponseRequest.id == request_id
        )
    )
    if request is None:
        raise NotFound("response_request", request_id)
    existing = session.scalar(
        select(ReminderSnooze).where(
            ReminderSnooze.team_id == team_id,
            ReminderSnooze.channel_id == channel_id,
            ReminderSnooze.response_request_id == request_id,
        )
    )
    old = existing.until if existing is not None else None
    if existing is None:
        existing = ReminderSnooze(
            team_id=team_id, channel_id=channel_id, response_request_id=request_id
        )
        session.add(existing)
    existing.snoozed_on = snoozed_on
    existing.until = until
    existing.snoozed_by = actor
    existing.snoozed_at = utcnow()
    history.record(
        session,
        team_id=team_id,
        actor=actor,
        entity="response_request",
        entity_id=request_id,
        field=f"snoozed_until:{channel_id}",
        old_value=old,
        new_value=until,
    )


def set_chair(
    session: Session, *, team_id: str, organisation_id: int, user_id: str | None, actor: str
) -> bool:
    """Register (or with None, remove) the auditors' chair who gets escalations."""
    organisation = session.scalar(
        select(Organisation).where(
            Organisation.team_id == team_id, Organisation.id == organisation_id
        )
    )
    if organisation is None:
        raise NotFound("organisation", organisation_id)
    if organisation.chair_user_id == user_id:
        return False
    history.record(
        session,
        team_id=team_id,
        actor=actor,
        entity="organisation",
        entity_id=organisation_id,
        field="chair_user_id",
        old_value=organisation.chair_user_id,
        new_value=user_id,
    )
    organisation.chair_user_id = user_id
    return True


def organisation_milestones(
    session: Session, *, team_id: str, organisation_id: int
) -> list[MilestoneRow]:
    query = select(Milestone).where(
        Milestone.team_id == team_id, Milestone.organisation_id == organisation_id
    )
    return [_milestone_row(m) for m in session.scalars(query.order_by(Milestone.kind))]


def set_milestone(
    session: Session,
    *,
    team_id: str,
    organisation_id: int,
    kind: str,
    month: int,
    day: int,
    label: str | None,
    enabled: bool,
    actor: str,
) -> None:
    """Change one milestone of the organisation's auditors' year (or add a team's own)."""
    dt.date(2024, month, day)  # a leap year: 29 February is a valid choice
    existing = session.scalar(
        select(Milestone).where(
            Milestone.organisation_id == organisation_id, Milestone.kind == kind
        )
    )
    old = _describe(existing) if existing is not None else None
    if existing is None:
        existing = Milestone(team_id=team_id, organisation_id=organisation_id, kind=kind)
        session.add(existing)
    existing.month, existing.day, existing.label, existing.enabled = month, day, label, enabled
    existing.updated_by = actor
    existing.updated_at = utcnow()
    session.flush()
    history.record(
        session,
        team_id=team_id,
        actor=actor,
        entity="milestone",
        entity_id=existing.id,
        field=kind,
        old_value=old,
        new_value=_describe(existing),
    )


def reset_milestone(
    session: Session, *, team_id: str, organisation_id: int, kind: str, actor: str
) -> bool:
    """Forget the team's change: the milestone follows the default again."""
    existing = session.scalar(
        select(Milestone).where(
            Milestone.team_id == team_id,
            Milestone.organisation_id == organisation_id,
            Milestone.kind == kind,
        )
    )
    if existing is None:
        return False
    history.record(
        session,
        team_id=team_id,
        actor=actor,
        entity="milestone",
        entity_id=existing.id,
        field=kind,
        old_value=_describe(existing),
        new_value=None,
    )
    session.delete(existing)
    return True


def _describe(milestone: Milestone) -> str:
    state = "" if milestone.enabled else " (off)"
    label = f" {milestone.label}" if milestone.label else ""
    return f"{milestone.month:02d}-{milestone.day:02d}{label}{state}"


def subscription_settings(
    session: Session, *, team_id: str, channel_id: str, organisation_id: int
) -> dict[str, Any] | None:
    subscription = _subscription(session, team_id, channel_id, organisation_id)
    return None if subscription is None else dict(subscription.settings or {})


def set_subscription_settings(
    session: Session,
    *,
    team_id: str,
    channel_id: str,
    organisation_id: int,
    settings: dict[str, Any],
    actor: str,
) -> None:
    """Store a channel's (already validated) reminder settings for one organisation."""
    subscription = _subscription(session, team_id, channel_id, organisation_id)
    if subscription is None:
        raise NotFound("subscription", f"{channel_id}/{organisation_id}")
    history.record(
        session,
        team_id=team_id,
        actor=actor,
        entity="subscription",
        entity_id=subscription.id,
        field="settings",
        old_value=subscription.settings or {},
        new_value=settings,
    )
    subscription.settings = dict(settings)


def _subscription(
    session: Session, team_id: str, channel_id: str, organisation_id: int
) -> Subscription | None:
    return session.scalar(
        select(Subscription).where(
            Subscription.team_id == team_id,
            Subscription.channel_id == channel_id,
            Subscription.organisation_id == organisation_id,
        )
    )


def pause_channel(
    session: Session, *, team_id: str, channel_id: str, reason: str, at: dt.datetime
) -> list[WatchRow]:
    """Pause every subscription of a channel the bot can no longer post to.

    Returns the subscriptions this call paused (none when another sweep got there first),
    so the caller tells people exactly once.
    """
    rows = session.execute(
        select(Subscription, Organisation.name)
        .join(Organisation, Subscription.organisation_id == Organisation.id)
        .where(
            Subscription.team_id == team_id,
            Subscription.channel_id == channel_id,
            Subscription.paused_at.is_(None),
        )
        .with_for_update(of=Subscription)
    ).all()
    paused: list[WatchRow] = []
    for subscription, organisation in rows:
        subscription.paused_at = at
        subscription.paused_reason = reason[:64]
        paused.append(
            WatchRow(
                subscription_id=subscription.id,
                team_id=team_id,
                channel_id=channel_id,
                organisation_id=subscription.organisation_id,
                organisation=organisation,
                settings=dict(subscription.settings or {}),
                created_at=subscription.created_at,
                created_by=subscription.created_by,
            )
        )
    return paused


__all__ = [
    "ActionRow",
    "ChairRow",
    "FollowUpRow",
    "MilestoneRow",
    "OverdueActions",
    "RequestRow",
    "SnoozeRow",
    "WatchRow",
]
