"""The follow-up matrix (uppföljningsmatris): every recommendation with its actions, the
responses it is answered in, and when anything about it last changed (its audit's import
included), an organisation at a time; beside it, each audit's questions with their
assessments."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from storage.items import recommendation_ids
from storage.models import (
    Action,
    Audit,
    Body,
    ChangeLog,
    Organisation,
    Question,
    Response,
    ResponseRequest,
)
from storage.paging import organisations_in_order
from storage.read_models import (
    AssessmentRow,
    AuditRef,
    MatrixResponse,
    MatrixRow,
    RecommendationView,
)
from storage.views import AUDIT_REF_COLUMNS, recommendation_views


def matrix_rows(
    session: Session, *, team_id: str, organisation_id: int | None = None
) -> list[MatrixRow]:
    """Every recommendation with its actions and when anything about it last changed."""
    return [
        row
        for batch in matrix_batches(session, team_id=team_id, organisation_id=organisation_id)
        for row in batch
    ]


def matrix_batches(
    session: Session, *, team_id: str, organisation_id: int | None = None
) -> Iterator[list[MatrixRow]]:
    """``matrix_rows`` an organisation at a time, in the same order: an export of a whole
    workspace is written as it is read, never held whole (1.2 GB at national scale)."""
    for chosen in _organisations(session, team_id=team_id, organisation_id=organisation_id):
        yield _matrix_of(session, team_id=team_id, organisation_id=chosen)


def assessment_batches(
    session: Session, *, team_id: str, organisation_id: int | None = None
) -> Iterator[list[AssessmentRow]]:
    """Each audit's questions with the printed assessment and its text, an organisation at a
    time, the audits in the matrix's order."""
    for chosen in _organisations(session, team_id=team_id, organisation_id=organisation_id):
        query = (
            select(
                *AUDIT_REF_COLUMNS,
                Question.number,
                Question.text,
                Question.assessment_label,
                Question.assessment_text,
            )
            .join(Audit, Question.audit_id == Audit.id)
            .join(Organisation, Audit.organisation_id == Organisation.id)
            .where(Audit.team_id == team_id, Audit.organisation_id == chosen)
            .order_by(func.coalesce(Audit.audit_year, 0).desc(), Audit.id.desc(), Question.position)
        )
        yield [AssessmentRow(AuditRef(*row[:7]), *row[7:]) for row in session.execute(query)]


def _organisations(session: Session, *, team_id: str, organisation_id: int | None) -> Iterator[int]:
    """The one organisation asked for, or every organisation in the matrix's order."""
    if organisation_id is not None:
        yield organisation_id
        return
    for chosen, _ in organisations_in_order(session, team_id=team_id, body_ids=None):
        yield chosen


def _matrix_of(session: Session, *, team_id: str, organisation_id: int) -> list[MatrixRow]:
    """One organisation's rows. Its recommendations are read as a list of ids first: given
    the ids as a subquery, PostgreSQL took 250 ms an organisation to read their addressees
    and actions, against 40 ms from a list (80 s for a national export instead of 12). The
    change log is asked by subquery, which it plans well."""
    filters = {
        "team_id": team_id,
        "organisation_id": organisation_id,
        "body_ids": None,
        "statuses": None,
        "audit_id": None,
    }
    rows = recommendation_views(session, list(session.scalars(recommendation_ids(**filters))))
    if not rows:
        return []
    audit_ids = sorted({r.audit.id for r in rows})
    answers, request_audit = _responses(session, audit_ids)
    # What changes about an audit (an import, a response arriving) changes its recommendations.
    owners: dict[tuple[str, int], list[int]] = defaultdict(list)
    for r in rows:
        owners[("recommendation", r.id)].append(r.id)
        owners[("audit", r.audit.id)].append(r.id)
        for action in r.actions:
            owners[("action", action.id)].append(r.id)
    for request_id, audit_id in request_audit.items():
        owners[("response_request", request_id)] = owners[("audit", audit_id)]
    last: dict[int, dt.datetime] = {}
    version: dict[int, int] = {}
    changes = session.execute(_last_changes(audit_ids, **filters))
    for entity, entity_id, when, newest in changes:
        when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
        # An action added since the recommendations were read belongs to none of them.
        for owner in owners.get((entity, entity_id), ()):
            if owner not in last or when > last[owner]:
                last[owner] = when
            version[owner] = max(version.get(owner, 0), newest)
    return [
        MatrixRow(r, last.get(r.id), _answering(r, answers.get(r.audit.id, ())), version.get(r.id))
        for r in rows
    ]


def _responses(
    session: Session, audit_ids: list[int]
) -> tuple[dict[int, list[MatrixResponse]], dict[int, int]]:
    """Each audit's responses, asked for or not; and which audit each request belongs to."""
    registry: dict[tuple[int, str], str] = {}
    given: dict[int, list[tuple[str, dt.date | None]]] = defaultdict(list)
    for audit_id, body, decided, number in session.execute(
        select(Response.audit_id, Body.name, Response.decision_date, Response.registry_number)
        .join(Body, Response.body_id == Body.id)
        .where(Response.audit_id.in_(audit_ids))
        .order_by(Response.audit_id, Response.position)
    ):
        if number:
            registry[(audit_id, body)] = number
        given[audit_id].append((body, decided))
    answers: dict[int, list[MatrixResponse]] = defaultdict(list)
    request_audit: dict[int, int] = {}
    for request_id, audit_id, body, deadline, received in session.execute(
        select(
            ResponseRequest.id,
            ResponseRequest.audit_id,
            Body.name,
            ResponseRequest.deadline,
            ResponseRequest.received_on,
        )
        .join(Body, ResponseRequest.body_id == Body.id)
        .where(ResponseRequest.audit_id.in_(audit_ids))
        .order_by(ResponseRequest.audit_id, ResponseRequest.position)
    ):
        request_audit[request_id] = audit_id
        answers[audit_id].append(
            MatrixResponse(body, deadline, received, registry.get((audit_id, body)))
        )
    for audit_id, responses in given.items():
        asked = {answer.body for answer in answers[audit_id]}
        for body, decided in dict(responses).items():
            if body not in asked:
                answers[audit_id].append(
                    MatrixResponse(body, None, decided, registry.get((audit_id, body)))
                )
    return answers, request_audit


def _answering(
    recommendation: RecommendationView, answers: Sequence[MatrixResponse]
) -> tuple[MatrixResponse, ...]:
    """The responses of the boards a recommendation is addressed to; all of the audit's when
    none of them answers (a recommendation to "berörda nämnder", or to a board not asked)."""
    own = [a for a in answers if a.body in recommendation.addressees]
    return tuple(own or answers)


def _last_changes(audit_ids: list[int], **filters) -> Select:
    """When the newest change-log entry of each recommendation ``filters`` choose was made, and
    its id; the same of each of their actions, their audits (``audit_ids``) and those audits'
    response requests."""
    chosen = recommendation_ids(**filters)
    action_ids = select(Action.id).where(Action.recommendation_id.in_(chosen))
    request_ids = select(ResponseRequest.id).where(ResponseRequest.audit_id.in_(audit_ids))
    return (
        select(
            ChangeLog.entity,
            ChangeLog.entity_id,
            func.max(ChangeLog.changed_at),
            func.max(ChangeLog.id),
        )
        .where(
            ChangeLog.team_id == filters["team_id"],
            or_(
                and_(
                    ChangeLog.entity == "recommendation",
                    ChangeLog.entity_id.in_(chosen),
                ),
                and_(ChangeLog.entity == "action", ChangeLog.entity_id.in_(action_ids)),
                and_(ChangeLog.entity == "audit", ChangeLog.entity_id.in_(audit_ids)),
                and_(ChangeLog.entity == "response_request", ChangeLog.entity_id.in_(request_ids)),
            ),
        )
        .group_by(ChangeLog.entity, ChangeLog.entity_id)
    )
