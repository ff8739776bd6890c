"""What the basis for the audit statement (underlag till revisionsberättelse) reads, per board
of one organisation and year: the year's audits and their overall assessments, the responses
owed and how late they came or still are, the recommendations with their latest follow-up
assessment, and the actions past their timeline."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from storage.audits import audits as audits_of
from storage.audits import get_audit
from storage.due import overdue_on, owed_actions
from storage.followup import boards_of, find_round, latest_assessments, round_items
from storage.models import Action, Audit, Body, Organisation, Response, ResponseRequest
from storage.read_models import (
    ActionView,
    Assessment,
    AuditDetail,
    AuditRef,
    OrganisationRef,
    RecommendationView,
)
from storage.views import AUDIT_REF_COLUMNS, action_views


@dataclass(frozen=True, slots=True)
class AuditOfYear:
    audit: AuditRef
    overall_assessment: str | None


@dataclass(frozen=True, slots=True)
class OwedResponse:
    audit: AuditRef
    deadline: dt.date
    received_on: dt.date | None


@dataclass(frozen=True, slots=True)
class FollowedRecommendation:
    recommendation: RecommendationView
    latest: Assessment | None


@dataclass(frozen=True, slots=True)
class BoardBasis:
    board: str
    audits: tuple[AuditOfYear, ...]
    responses: tuple[OwedResponse, ...]
    recommendations: tuple[FollowedRecommendation, ...]
    overdue_actions: tuple[ActionView, ...]


@dataclass(frozen=True, slots=True)
class StatementBasis:
    organisation: str
    year: int
    # Lateness and overdue actions are as of this day.
    as_of: dt.date
    # By name.
    boards: tuple[BoardBasis, ...]


def statement_basis(
    session: Session, *, team_id: str, organisation: OrganisationRef, year: int, today: dt.date
) -> StatementBasis:
    details = [
        detail
        for summary in audits_of(
            session, team_id=team_id, organisation_id=organisation.id, year=year
        )
        if (detail := get_audit(session, team_id=team_id, audit_id=summary.audit.id))
    ]
    details.sort(key=lambda d: (d.audit.report_date or dt.date(year, 12, 31), d.audit.id))
    recommendations = _recommendations(session, team_id, organisation, year, details)
    boards = boards_of(session, [r.id for r in recommendations])
    # The latest follow-up whatever its year: the statement is written after the year ends.
    latest = latest_assessments(session, [r.id for r in recommendations])

    audits: dict[str, list[AuditOfYear]] = defaultdict(list)
    for detail in details:
        concerned = {*detail.audited_bodies, *(r.body for r in detail.response_requests)}
        for recommendation in detail.recommendations:
            concerned.update(boards.get(recommendation.id, ()))
        for board in concerned:
            audits[board].append(AuditOfYear(detail.audit, detail.overall_assessment))
    responses = _responses(session, team_id, organisation.id, year, today, details)
    followed: dict[str, list[FollowedRecommendation]] = defaultdict(list)
    for recommendation in recommendations:
        for board in boards.get(recommendation.id, ()):
            followed[board].append(
                FollowedRecommendation(recommendation, latest.get(recommendation.id))
            )
    overdue: dict[str, list[ActionView]] = defaultdict(list)
    for action in _overdue_actions(session, team_id, organisation.id, today):
        for board in action.owners or (action.responding_body,):
            overdue[board].append(action)

    names = set(audits) | set(responses) | set(followed) | set(overdue)
    return StatementBasis(
        organisation=organisation.name,
        year=year,
        as_of=today,
        boards=tuple(
            BoardBasis(
                board=name,
                audits=tuple(audits[name]),
                responses=tuple(responses[name]),
                recommendations=tuple(followed[name]),
                overdue_actions=tuple(overdue[name]),
            )
            for name in sorted(names)
        ),
    )


def _recommendations(
    session: Session,
    team_id: str,
    organisation: OrganisationRef,
    year: int,
    details: list[AuditDetail],
) -> list[RecommendationView]:
    """The year's audits' recommendations, then those the year's follow-up round holds."""
    found = [r for detail in details for r in detail.recommendations]
    round_ref = find_round(session, team_id=team_id, organisation_id=organisation.id, year=year)
    if round_ref is not None:
        seen = {r.id for r in found}
        found += [
            item.recommendation
            for item in round_items(session, team_id=team_id, round_ref=round_ref)
            if item.recommendation.id not in seen
        ]
    return found


def _responses(
    session: Session,
    team_id: str,
    organisation_id: int,
    year: int,
    today: dt.date,
    details: list[AuditDetail],
) -> dict[str, list[OwedResponse]]:
    """Per board: the responses the year's audits asked for, those due within the year, and
    those still missing past their deadline, by deadline."""
    rows = session.execute(
        select(Body.name, ResponseRequest.deadline, ResponseRequest.received_on, *AUDIT_REF_COLUMNS)
        .join(Body, ResponseRequest.body_id == Body.id)
        .join(Audit, ResponseRequest.audit_id == Audit.id)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .where(
            ResponseRequest.team_id == team_id,
            Audit.organisation_id == organisation_id,
            or_(
                ResponseRequest.audit_id.in_([d.audit.id for d in details]),
                ResponseRequest.deadline.between(dt.date(year, 1, 1), dt.date(year, 12, 31)),
                and_(ResponseRequest.received_on.is_(None), ResponseRequest.deadline < today),
            ),
        )
        .order_by(ResponseRequest.deadline, Audit.id)
    )
    found: dict[str, list[OwedResponse]] = defaultdict(list)
    for body, deadline, received_on, *ref in rows:
        found[body].append(OwedResponse(AuditRef(*ref), deadline, received_on))
    return found


def _overdue_actions(
    session: Session, team_id: str, organisation_id: int, today: dt.date
) -> list[ActionView]:
    ids = list(
        session.scalars(
            select(Action.id)
            .join(Response, Action.response_id == Response.id)
            .join(Audit, Response.audit_id == Audit.id)
            .where(
                Action.team_id == team_id,
                Audit.organisation_id == organisation_id,
                *owed_actions(end=overdue_on(today)),
            )
        )
    )
    return sorted(action_views(session, ids), key=lambda a: (a.due, a.id))
