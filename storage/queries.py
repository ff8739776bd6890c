"""Keyword-only read queries. Every one is scoped to one workspace (team_id)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from storage import search as fulltext
from storage.enums import OPEN_RECOMMENDATION_STATUSES, ActionStatus, DuePrecision
from storage.models import (
    Action,
    ActionBoard,
    Audit,
    AuditBody,
    Body,
    ChangeLog,
    Organisation,
    Question,
    Recommendation,
    RecommendationAddressee,
    Response,
    ResponseRequest,
)
from storage.read_models import (
    ActionView,
    AuditDetail,
    AuditRef,
    AuditSummary,
    BodyRef,
    DueItem,
    FollowUpRow,
    OpenItems,
    OrganisationRef,
    QuestionView,
    RecommendationView,
    ResponseRequestView,
    ResponseView,
    SearchHit,
)

DATED_PRECISIONS = (DuePrecision.DAY, DuePrecision.MONTH, DuePrecision.YEAR)
_ACTION_NOT_DONE = or_(Action.status.is_(None), Action.status != ActionStatus.DONE)


def audit_ref(audit: Audit) -> AuditRef:
    return AuditRef(
        id=audit.id,
        organisation_id=audit.organisation_id,
        organisation=audit.organisation.name,
        title=audit.title,
        audit_firm=audit.audit_firm,
        report_date=audit.report_date,
        audit_year=audit.audit_year,
    )


def _action_view(action: Action, ref: AuditRef) -> ActionView:
    recommendation = action.recommendation
    return ActionView(
        id=action.id,
        audit=ref,
        responding_body=action.response.body.name,
        recommendation_id=action.recommendation_id,
        recommendation_position=recommendation.position if recommendation else None,
        text=action.text,
        responsible=action.responsible,
        timeline_text=action.timeline_text,
        due=action.due,
        due_precision=action.due_precision,
        board=action.board,
        owners=tuple(owner.name for owner in action.owners),
        status=action.status,
    )


def _recommendation_view(recommendation: Recommendation, ref: AuditRef) -> RecommendationView:
    return RecommendationView(
        id=recommendation.id,
        audit=ref,
        position=recommendation.position,
        text=recommendation.text,
        area=recommendation.area,
        addressees=tuple(a.body.name if a.body else a.label for a in recommendation.addressees),
        status=recommendation.status,
        status_is_manual=recommendation.status_is_manual,
        actions=tuple(_action_view(action, ref) for action in recommendation.actions),
    )


_ACTION_LOAD = (
    selectinload(Action.owners),
    joinedload(Action.response).joinedload(Response.body),
    joinedload(Action.recommendation),
)
_RECOMMENDATION_LOAD = (
    selectinload(Recommendation.addressees).joinedload(RecommendationAddressee.body),
    selectinload(Recommendation.actions).options(*_ACTION_LOAD),
    joinedload(Recommendation.audit).joinedload(Audit.organisation),
)


def list_organisations(session: Session, *, team_id: str) -> list[OrganisationRef]:
    orgs = session.scalars(
        select(Organisation)
        .where(Organisation.team_id == team_id)
        .options(selectinload(Organisation.bodies))
        .order_by(Organisation.name)
    )
    return [
        OrganisationRef(
            id=org.id,
            name=org.name,
            bodies=tuple(_body_ref(body, org) for body in org.bodies),
        )
        for org in orgs
    ]


def list_bodies(session: Session, *, team_id: str) -> list[BodyRef]:
    rows = session.execute(
        select(Body, Organisation)
        .join(Organisation, Body.organisation_id == Organisation.id)
        .where(Body.team_id == team_id)
        .order_by(Organisation.name, Body.name)
    )
    return [_body_ref(body, org) for body, org in rows]


def _body_ref(body: Body, org: Organisation) -> BodyRef:
    return BodyRef(
        id=body.id,
        name=body.name,
        abbreviation=body.abbreviation,
        organisation_id=org.id,
        organisation=org.name,
        aliases=tuple(body.aliases or ()),
    )


def list_audit_refs(session: Session, *, team_id: str) -> list[AuditRef]:
    """Every audit of the workspace, light enough to match names against."""
    rows = session.execute(
        select(
            Audit.id,
            Audit.organisation_id,
            Organisation.name,
            Audit.title,
            Audit.audit_firm,
            Audit.report_date,
            Audit.audit_year,
        )
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .where(Audit.team_id == team_id)
        .order_by(Organisation.name, Audit.id)
    )
    return [AuditRef(*row) for row in rows]


def audits(
    session: Session,
    *,
    team_id: str,
    organisation_id: int | None = None,
    year: int | None = None,
) -> list[AuditSummary]:
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
    query: Select = (
        select(Audit, rec_count, open_count, next_deadline)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .options(joinedload(Audit.organisation))
        .where(Audit.team_id == team_id)
    )
    if organisation_id is not None:
        query = query.where(Audit.organisation_id == organisation_id)
    if year is not None:
        query = query.where(
            or_(
                Audit.audit_year == year,
                and_(
                    Audit.audit_year.is_(None),
                    Audit.report_date >= dt.date(year, 1, 1),
                    Audit.report_date <= dt.date(year, 12, 31),
                ),
            )
        )
    query = query.order_by(
        Organisation.name,
        func.coalesce(Audit.audit_year, 0).desc(),
        Audit.report_date.desc(),
        Audit.id.desc(),
    )
    return [
        AuditSummary(audit_ref(audit), total or 0, open_ or 0, deadline)
        for audit, total, open_, deadline in session.execute(query)
    ]


def get_audit(session: Session, *, team_id: str, audit_id: int) -> AuditDetail | None:
    audit = session.scalar(
        select(Audit)
        .where(Audit.team_id == team_id, Audit.id == audit_id)
        .options(
            joinedload(Audit.organisation),
            selectinload(Audit.audited_bodies).joinedload(AuditBody.body),
            selectinload(Audit.questions).joinedload(Question.body),
            selectinload(Audit.recommendations).options(*_RECOMMENDATION_LOAD[:2]),
            selectinload(Audit.response_requests).joinedload(ResponseRequest.body),
            selectinload(Audit.responses).options(
                joinedload(Response.body), selectinload(Response.actions)
            ),
            selectinload(Audit.documents),
        )
    )
    if audit is None:
        return None
    ref = audit_ref(audit)
    return AuditDetail(
        audit=ref,
        purpose=audit.purpose,
        overall_assessment=audit.overall_assessment,
        audited_bodies=tuple(link.body.name for link in audit.audited_bodies),
        questions=tuple(
            QuestionView(
                id=q.id,
                number=q.number,
                text=q.text,
                assessment_label=q.assessment_label,
                assessment_scale=q.assessment_scale,
                body=q.body.name if q.body else None,
            )
            for q in audit.questions
        ),
        recommendations=tuple(_recommendation_view(r, ref) for r in audit.recommendations),
        response_requests=tuple(_request_view(r, ref) for r in audit.response_requests),
        responses=tuple(
            ResponseView(
                id=r.id,
                body=r.body.name,
                decision_date=r.decision_date,
                registry_number=r.registry_number,
                action_count=len(r.actions),
            )
            for r in audit.responses
        ),
        documents=tuple(d.name for d in audit.documents),
    )


def _request_view(request: ResponseRequest, ref: AuditRef) -> ResponseRequestView:
    return ResponseRequestView(
        id=request.id,
        audit=ref,
        body_id=request.body_id,
        body=request.body.name,
        deadline=request.deadline,
        deadline_text=request.deadline_text,
        requires_action_timeline=request.requires_action_timeline,
        received_on=request.received_on,
    )


def audit_actions(session: Session, *, team_id: str, audit_id: int) -> list[ActionView]:
    """The audit's action plans in the order the responses list them."""
    rows = session.scalars(
        select(Action)
        .join(Response, Action.response_id == Response.id)
        .where(Action.team_id == team_id, Response.audit_id == audit_id)
        .options(
            *_ACTION_LOAD,
            joinedload(Action.response).joinedload(Response.audit).joinedload(Audit.organisation),
        )
        .order_by(Response.position, Action.position)
    ).unique()
    return [_action_view(a, audit_ref(a.response.audit)) for a in rows]


def _addressed_to(body_ids: Collection[int]):
    """Recommendations addressed to one of the bodies, directly or as "berörda nämnder"."""
    direct = exists().where(
        RecommendationAddressee.recommendation_id == Recommendation.id,
        RecommendationAddressee.body_id.in_(body_ids),
    )
    via_group = exists().where(
        RecommendationAddressee.recommendation_id == Recommendation.id,
        RecommendationAddressee.body_id.is_(None),
        AuditBody.audit_id == Recommendation.audit_id,
        AuditBody.body_id.in_(body_ids),
    )
    return or_(direct, via_group)


def recommendations(
    session: Session,
    *,
    team_id: str,
    organisation_id: int | None = None,
    body_ids: Collection[int] | None = None,
    statuses: Collection[str] | None = None,
    audit_id: int | None = None,
) -> list[RecommendationView]:
    query = (
        select(Recommendation)
        .join(Audit, Recommendation.audit_id == Audit.id)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .where(Recommendation.team_id == team_id)
        .options(*_RECOMMENDATION_LOAD)
    )
    if organisation_id is not None:
        query = query.where(Audit.organisation_id == organisation_id)
    if audit_id is not None:
        query = query.where(Recommendation.audit_id == audit_id)
    if body_ids is not None:
        query = query.where(_addressed_to(body_ids))
    if statuses is not None:
        query = query.where(Recommendation.status.in_(statuses))
    query = query.order_by(
        Organisation.name,
        func.coalesce(Audit.audit_year, 0).desc(),
        Audit.id.desc(),
        Recommendation.position,
    )
    result = []
    for recommendation in session.scalars(query).unique():
        result.append(_recommendation_view(recommendation, audit_ref(recommendation.audit)))
    return result


def open_items(
    session: Session,
    *,
    team_id: str,
    organisation_id: int | None = None,
    body_ids: Collection[int] | None = None,
) -> OpenItems:
    """What is not done yet across all years: recommendations and the actions bodies own."""
    open_recommendations = recommendations(
        session,
        team_id=team_id,
        organisation_id=organisation_id,
        body_ids=body_ids,
        statuses=OPEN_RECOMMENDATION_STATUSES,
    )
    query = (
        select(Action)
        .join(Response, Action.response_id == Response.id)
        .join(Audit, Response.audit_id == Audit.id)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .where(Action.team_id == team_id, _ACTION_NOT_DONE)
        .options(
            *_ACTION_LOAD,
            joinedload(Action.response).joinedload(Response.audit).joinedload(Audit.organisation),
        )
    )
    if organisation_id is not None:
        query = query.where(Audit.organisation_id == organisation_id)
    if body_ids is not None:
        query = query.where(
            exists().where(ActionBoard.action_id == Action.id, ActionBoard.body_id.in_(body_ids))
        )
    query = query.order_by(Organisation.name, Audit.id.desc(), Response.position, Action.position)
    actions = [
        _action_view(a, audit_ref(a.response.audit)) for a in session.scalars(query).unique()
    ]
    return OpenItems(tuple(open_recommendations), tuple(actions))


def due_items(
    session: Session,
    *,
    team_id: str,
    start: dt.date | None,
    end: dt.date | None,
    organisation_ids: Sequence[int] | None = None,
) -> list[DueItem]:
    """Response deadlines not yet met and dated actions not done, due within [start, end]."""
    request_query = (
        select(ResponseRequest, Body.name)
        .join(Body, ResponseRequest.body_id == Body.id)
        .join(Audit, ResponseRequest.audit_id == Audit.id)
        .where(ResponseRequest.team_id == team_id, ResponseRequest.received_on.is_(None))
        .options(joinedload(ResponseRequest.audit).joinedload(Audit.organisation))
    )
    action_query = (
        select(Action)
        .join(Response, Action.response_id == Response.id)
        .join(Audit, Response.audit_id == Audit.id)
        .where(
            Action.team_id == team_id,
            Action.due.is_not(None),
            Action.due_precision.in_(DATED_PRECISIONS),
            _ACTION_NOT_DONE,
        )
        .options(
            joinedload(Action.response).joinedload(Response.body),
            joinedload(Action.response).joinedload(Response.audit).joinedload(Audit.organisation),
        )
    )
    if start is not None:
        request_query = request_query.where(ResponseRequest.deadline >= start)
        action_query = action_query.where(Action.due >= start)
    if end is not None:
        request_query = request_query.where(ResponseRequest.deadline <= end)
        action_query = action_query.where(Action.due <= end)
    if organisation_ids is not None:
        request_query = request_query.where(Audit.organisation_id.in_(organisation_ids))
        action_query = action_query.where(Audit.organisation_id.in_(organisation_ids))

    items = [
        DueItem(
            kind="response",
            id=request.id,
            due=request.deadline,
            audit=audit_ref(request.audit),
            body=body_name,
            text=request.deadline_text or "",
        )
        for request, body_name in session.execute(request_query)
    ]
    items += [
        DueItem(
            kind="action",
            id=action.id,
            due=action.due,
            audit=audit_ref(action.response.audit),
            body=action.board or action.response.body.name,
            text=action.text,
            due_precision=action.due_precision,
        )
        for action in session.scalars(action_query).unique()
        if action.due is not None
    ]
    items.sort(
        key=lambda item: (item.due, item.kind != "response", item.audit.organisation, item.id)
    )
    return items


def overdue_items(
    session: Session, *, team_id: str, today: dt.date, organisation_ids: Sequence[int] | None = None
) -> list[DueItem]:
    return due_items(
        session,
        team_id=team_id,
        start=None,
        end=today - dt.timedelta(days=1),
        organisation_ids=organisation_ids,
    )


def search(session: Session, *, team_id: str, text: str, limit: int = 20) -> list[SearchHit]:
    refs = fulltext.ranked_refs(session, team_id=team_id, user_text=text, limit=limit)
    if not refs:
        return []
    loaders = {
        "question": (Question, lambda q: q.audit),
        "recommendation": (Recommendation, lambda r: r.audit),
        "action": (Action, lambda a: a.response.audit),
    }
    found: dict[tuple[str, int], tuple[str, AuditRef]] = {}
    for kind, (model, audit_of) in loaders.items():
        ids = [ref.id for ref in refs if ref.kind == kind]
        if not ids:
            continue
        for row in session.scalars(
            select(model).where(model.id.in_(ids), model.team_id == team_id)
        ):
            found[(kind, row.id)] = (row.text, audit_ref(audit_of(row)))
    return [
        SearchHit(
            kind=ref.kind,
            id=ref.id,
            text=found[(ref.kind, ref.id)][0],
            audit=found[(ref.kind, ref.id)][1],
            rank=ref.rank,
        )
        for ref in refs
        if (ref.kind, ref.id) in found
    ]


def response_request(
    session: Session, *, team_id: str, request_id: int
) -> ResponseRequestView | None:
    request = session.scalar(
        select(ResponseRequest)
        .where(ResponseRequest.team_id == team_id, ResponseRequest.id == request_id)
        .options(
            joinedload(ResponseRequest.body),
            joinedload(ResponseRequest.audit).joinedload(Audit.organisation),
        )
    )
    return None if request is None else _request_view(request, audit_ref(request.audit))


def follow_up_rows(
    session: Session, *, team_id: str, organisation_id: int | None = None
) -> list[FollowUpRow]:
    """Every recommendation with its actions and when anything about it last changed."""
    rows = recommendations(session, team_id=team_id, organisation_id=organisation_id)
    if not rows:
        return []
    recommendation_ids = [r.id for r in rows]
    action_owner = {a.id: r.id for r in rows for a in r.actions}
    last: dict[int, dt.datetime] = {}
    changed = session.execute(
        select(ChangeLog.entity, ChangeLog.entity_id, func.max(ChangeLog.changed_at))
        .where(
            ChangeLog.team_id == team_id,
            or_(
                and_(
                    ChangeLog.entity == "recommendation",
                    ChangeLog.entity_id.in_(recommendation_ids),
                ),
                and_(ChangeLog.entity == "action", ChangeLog.entity_id.in_(list(action_owner))),
            ),
        )
        .group_by(ChangeLog.entity, ChangeLog.entity_id)
    )
    for entity, entity_id, when in changed:
        owner = entity_id if entity == "recommendation" else action_owner[entity_id]
        when = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
        if owner not in last or when > last[owner]:
            last[owner] = when
    return [FollowUpRow(r, last.get(r.id)) for r in rows]
