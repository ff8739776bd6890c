"""Audits: the workspace's list of them, a page at a time, and one audit whole."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Select, bindparam, func, or_, select
from sqlalchemy.orm import Session

from storage.enums import OPEN_RECOMMENDATION_STATUSES
from storage.followup import latest_assessments
from storage.models import (
    Action,
    Audit,
    AuditBody,
    Body,
    Organisation,
    Question,
    Recommendation,
    Response,
    ResponseRequest,
    SourceDocument,
)
from storage.paging import ids_by_organisation, page_of
from storage.read_models import (
    ActionView,
    AuditDetail,
    AuditRef,
    AuditSummary,
    Page,
    QuestionView,
    ResponseRequestView,
    ResponseView,
)
from storage.views import (
    AUDIT_ORDER,
    AUDIT_REF_COLUMNS,
    REQUEST_COLUMNS,
    action_views,
    recommendation_views,
    request_view,
)

AUDIT_PAGE = 25


# Above this many, a list of audit ids is not sent in a query (SQLite takes 32,766 at most).
_FEW_AUDITS = 2_000


def dated_in(years: Collection[int]):
    """An audit belongs to a year by its audit year (the revision plan's), its report date or
    a date of its responses (asked for, received, decided): the audit of the 2018 plan,
    reported and answered in 2019, is one of "knivsta 2019"."""
    spans = [(dt.date(year, 1, 1), dt.date(year, 12, 31)) for year in years]
    requested = or_(
        *(ResponseRequest.deadline.between(*span) for span in spans),
        *(ResponseRequest.received_on.between(*span) for span in spans),
    )
    return or_(
        Audit.audit_year.in_(list(years)),
        *(Audit.report_date.between(*span) for span in spans),
        select(ResponseRequest.id).where(ResponseRequest.audit_id == Audit.id, requested).exists(),
        select(Response.id)
        .where(
            Response.audit_id == Audit.id,
            or_(*(Response.decision_date.between(*span) for span in spans)),
        )
        .exists(),
    )


def audit_ids_dated(
    session: Session,
    *,
    team_id: str,
    organisation_id: int | None,
    years: Collection[int],
    among: Collection[int] | None = None,
) -> set[int]:
    """The ids of the audits (of one organisation, or all; of ``among`` when given) that
    belong to any of ``years``. Asked of the whole workspace, the dates of every audit are
    read (55 ms at national scale): name the few audits a title matched in ``among``."""
    query = _audit_filters(
        select(Audit.id), team_id=team_id, organisation_id=organisation_id, year=None
    ).where(dated_in(years))
    if among is None or len(among) > _FEW_AUDITS:
        found = set(session.scalars(query))
        return found if among is None else found & set(among)
    if not among:
        return set()
    return set(session.scalars(query.where(Audit.id.in_(sorted(among)))))


def _audit_filters(
    query: Select, *, team_id: str, organisation_id: int | None, year: int | None
) -> Select:
    query = query.where(Audit.team_id == team_id)
    if organisation_id is not None:
        query = query.where(Audit.organisation_id == organisation_id)
    if year is not None:
        query = query.where(dated_in([year]))
    return query


def audits(
    session: Session,
    *,
    team_id: str,
    organisation_id: int | None = None,
    year: int | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[AuditSummary]:
    """Audits by organisation, newest first; ``limit`` and ``offset`` take one page of them."""

    def ids(organisation_id: int | None) -> Select:
        return _audit_filters(
            select(Audit.id).join(Organisation, Audit.organisation_id == Organisation.id),
            team_id=team_id,
            organisation_id=organisation_id,
            year=year,
        )

    if limit is None:
        chosen = ids(organisation_id)
    else:

        def fetch(organisation_id: int | None, _: Collection[int] | None, n: int) -> list[int]:
            return list(session.scalars(ids(organisation_id).order_by(*AUDIT_ORDER).limit(n)))

        chosen = ids_by_organisation(
            session,
            fetch,
            team_id=team_id,
            organisation_id=organisation_id,
            body_ids=None,
            limit=limit,
            offset=offset,
        )
    # The counts are computed for the chosen audits only.
    rec_count = (
        select(func.count(Recommendation.id))
        .where(Recommendation.audit_id == Audit.id)
        .scalar_subquery()
    )
    open_count = (
        select(func.count(Recommendation.id))
        .where(
            Recommendation.audit_id == Audit.id,
            Recommendation.status.in_(OPEN_RECOMMENDATION_STATUSES),
        )
        .scalar_subquery()
    )
    next_deadline = (
        select(func.min(ResponseRequest.deadline))
        .where(ResponseRequest.audit_id == Audit.id, ResponseRequest.received_on.is_(None))
        .scalar_subquery()
    )
    query = (
        select(*AUDIT_REF_COLUMNS, rec_count, open_count, next_deadline)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .where(Audit.id.in_(chosen))
        .order_by(*AUDIT_ORDER)
    )
    return [
        AuditSummary(AuditRef(*row[:7]), total or 0, open_ or 0, deadline)
        for *row, total, open_, deadline in session.execute(query)
    ]


def count_audits(
    session: Session, *, team_id: str, organisation_id: int | None = None, year: int | None = None
) -> int:
    query = _audit_filters(
        select(func.count(Audit.id)), team_id=team_id, organisation_id=organisation_id, year=year
    )
    return session.scalar(query) or 0


@dataclass(frozen=True)
class _AuditStatements:
    """What ``get_audit`` runs, built once (see ``_statement``); parameters team_id and
    audit_id."""

    audit: Select
    audited_bodies: Select
    questions: Select
    requests: Select
    responses: Select
    documents: Select
    recommendation_ids: Select


@cache
def _audit_statements() -> _AuditStatements:
    audit_id = bindparam("audit_id")
    action_count = (
        select(func.count(Action.id)).where(Action.response_id == Response.id).scalar_subquery()
    )
    return _AuditStatements(
        audit=select(*AUDIT_REF_COLUMNS, Audit.purpose, Audit.overall_assessment)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .where(Audit.team_id == bindparam("team_id"), Audit.id == audit_id),
        audited_bodies=select(Body.name)
        .join(AuditBody, AuditBody.body_id == Body.id)
        .where(AuditBody.audit_id == audit_id)
        .order_by(AuditBody.position),
        questions=select(
            Question.id,
            Question.number,
            Question.text,
            Question.assessment_label,
            Question.assessment_scale,
            Body.name,
            Question.assessment_text,
        )
        .outerjoin(Body, Question.body_id == Body.id)
        .where(Question.audit_id == audit_id)
        .order_by(Question.position),
        requests=select(*REQUEST_COLUMNS)
        .join(Body, ResponseRequest.body_id == Body.id)
        .where(ResponseRequest.audit_id == audit_id)
        .order_by(ResponseRequest.position),
        responses=select(
            Response.id, Body.name, Response.decision_date, Response.registry_number, action_count
        )
        .join(Body, Response.body_id == Body.id)
        .where(Response.audit_id == audit_id)
        .order_by(Response.position),
        documents=select(SourceDocument.name)
        .where(SourceDocument.audit_id == audit_id)
        .order_by(SourceDocument.id),
        recommendation_ids=select(Recommendation.id).where(Recommendation.audit_id == audit_id),
    )


def get_audit(session: Session, *, team_id: str, audit_id: int) -> AuditDetail | None:
    statements = _audit_statements()
    at = {"audit_id": audit_id}
    row = session.execute(statements.audit, {**at, "team_id": team_id}).one_or_none()
    if row is None:
        return None
    *ref_columns, purpose, overall_assessment = row
    ref = AuditRef(*ref_columns)
    recommendation_ids = list(session.scalars(statements.recommendation_ids, at))
    return AuditDetail(
        audit=ref,
        purpose=purpose,
        overall_assessment=overall_assessment,
        audited_bodies=tuple(session.scalars(statements.audited_bodies, at)),
        questions=tuple(
            QuestionView(*question) for question in session.execute(statements.questions, at)
        ),
        recommendations=tuple(recommendation_views(session, recommendation_ids)),
        response_requests=tuple(
            request_view(fields, ref) for fields in session.execute(statements.requests, at)
        ),
        responses=tuple(
            ResponseView(*response) for response in session.execute(statements.responses, at)
        ),
        documents=tuple(session.scalars(statements.documents, at)),
        follow_ups=latest_assessments(session, recommendation_ids),
    )


def audit_actions(session: Session, *, team_id: str, audit_id: int) -> list[ActionView]:
    """The audit's action plans in the order the responses list them."""
    ids = list(
        session.scalars(
            select(Action.id)
            .join(Response, Action.response_id == Response.id)
            .where(Action.team_id == team_id, Response.audit_id == audit_id)
            .order_by(Response.position, Action.position)
        )
    )
    by_id = {action.id: action for action in action_views(session, ids)}
    return [by_id[action_id] for action_id in ids]


def response_request(
    session: Session, *, team_id: str, request_id: int
) -> ResponseRequestView | None:
    row = session.execute(
        select(*REQUEST_COLUMNS, *AUDIT_REF_COLUMNS)
        .join(Body, ResponseRequest.body_id == Body.id)
        .join(Audit, ResponseRequest.audit_id == Audit.id)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .where(ResponseRequest.team_id == team_id, ResponseRequest.id == request_id)
    ).one_or_none()
    if row is None:
        return None
    fields = row[: len(REQUEST_COLUMNS)]
    return request_view(fields, AuditRef(*row[len(REQUEST_COLUMNS) :]))


def audit_page(
    session: Session,
    *,
    team_id: str,
    organisation_id: int | None = None,
    year: int | None = None,
    page: int = 1,
    size: int = AUDIT_PAGE,
) -> Page[AuditSummary]:
    """Page ``page`` of the audits (of one organisation, of one year), with the total."""
    scope = {"team_id": team_id, "organisation_id": organisation_id, "year": year}
    return page_of(
        lambda limit, offset: audits(session, **scope, limit=limit, offset=offset),
        number=page,
        size=size,
        total=count_audits(session, **scope),
    )
