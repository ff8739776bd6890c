"""What the reminder sweep reads, as plain rows: only what can fall due around one instant
(the caller passes the horizon), in a handful of set-based queries whatever the number of
organisations — no query per item. "Still owed" and "overdue" are storage.due's, the same
as the commands'."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.due import REMINDED_PRECISIONS, overdue_on, owed_actions, owed_responses
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
from storage.views import action_owners


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
    # The owning bodies' full names (storage.views.action_owners), where they are known.
    owners: tuple[str, ...] = ()

    @property
    def owner(self) -> str:
        """Who owes the action, as lists name it: its owners, else the responding body."""
        return ", ".join(self.owners) or self.body


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
class AnsweredAudit:
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


def watches(
    session: Session,
    *,
    include_paused: bool = False,
    team_id: str | None = None,
    channel_id: str | None = None,
) -> list[WatchRow]:
    """Every channel watching an organisation: in one workspace, or with None in them all;
    with ``channel_id``, what that one channel watches."""
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
    if channel_id is not None:
        query = query.where(Subscription.channel_id == channel_id)
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
            *owed_responses(end=deadline_until),
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


# A channel's few organisations are found through their own audits: given a date range over
# every open action of the workspace, SQLite's planner reads them all and keeps the few
# (120 ms for a busy channel's calendar feed at national scale; 3 ms through the audits).
# Many organisations, as in a sweep, are found by date, which then reads fewer rows.
FEW_ORGANISATIONS = 20


def dated_actions(
    session: Session,
    *,
    team_ids: Collection[str],
    organisation_ids: Collection[int],
    due_from: dt.date,
    due_until: dt.date,
) -> list[ActionRow]:
    """Actions not done with a day or month due date within [due_from, due_until]."""
    if not organisation_ids:
        return []
    if len(organisation_ids) <= FEW_ORGANISATIONS:
        theirs = (
            select(Response.id)
            .join(Audit, Response.audit_id == Audit.id)
            .where(Audit.team_id.in_(team_ids), Audit.organisation_id.in_(organisation_ids))
        )
        of_organisations = Action.response_id.in_(theirs)
    else:
        of_organisations = Audit.organisation_id.in_(organisation_ids)
    query = _action_joins(select(*_action_columns())).where(
        Action.team_id.in_(team_ids),
        *owed_actions(start=due_from, end=due_until, precisions=REMINDED_PRECISIONS),
        of_organisations,
    )
    return _with_owners(
        session, [ActionRow(*row) for row in session.execute(query.order_by(Action.due, Action.id))]
    )


def _with_owners(session: Session, rows: list[ActionRow]) -> list[ActionRow]:
    owners = action_owners(session, [row.id for row in rows])
    return [replace(row, owners=owners[row.id]) if row.id in owners else row for row in rows]


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
            *owed_actions(end=overdue_on(today)),
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
    rows = session.execute(query).all()
    for action in _with_owners(session, [ActionRow(*tuple(row)[:-1]) for row in rows]):
        result.setdefault(action.organisation_id, []).append(action)
    for row in rows:
        totals[row[2]] = row[-1]
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
) -> list[AnsweredAudit]:
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
    return [AnsweredAudit(*row) for row in session.execute(query)]


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
    return [milestone_row(m) for m in session.scalars(query)]


def milestone_row(milestone: Milestone) -> MilestoneRow:
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
