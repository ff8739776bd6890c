"""Read models from rows: an audit's reference, and recommendations and actions with what
hangs on them (addressees, owners, their audit), read for a list of ids in a few statements.

Every query that names an audit selects ``AUDIT_REF_COLUMNS``; no ORM object graph is
loaded to answer a question.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from storage.models import (
    Action,
    ActionBoard,
    Audit,
    Body,
    Organisation,
    Recommendation,
    RecommendationAddressee,
    Response,
    ResponseRequest,
)
from storage.read_models import ActionView, AuditRef, RecommendationView, ResponseRequestView
from storage.statements import for_ids

# An AuditRef's fields, in order.
AUDIT_REF_COLUMNS = (
    Audit.id,
    Audit.organisation_id,
    Organisation.name,
    Audit.title,
    Audit.audit_firm,
    Audit.report_date,
    Audit.audit_year,
)
# The same under names of their own, beside another item's id in one row.
LABELLED_AUDIT_REF_COLUMNS = tuple(
    column.label(name)
    for column, name in zip(
        AUDIT_REF_COLUMNS,
        ("audit_id", "organisation_id", "organisation", "title", "firm", "report_date", "year"),
        strict=True,
    )
)
AUDIT_ORDER = (
    Organisation.name,
    func.coalesce(Audit.audit_year, 0).desc(),
    Audit.report_date.desc(),
    Audit.id.desc(),
)
RECOMMENDATION_ORDER = (
    Organisation.name,
    func.coalesce(Audit.audit_year, 0).desc(),
    Audit.id.desc(),
    Recommendation.position,
)
ACTION_ORDER = (Organisation.name, Audit.id.desc(), Response.position, Action.position)

REQUEST_COLUMNS = (
    ResponseRequest.id,
    ResponseRequest.body_id,
    Body.name,
    ResponseRequest.deadline,
    ResponseRequest.deadline_text,
    ResponseRequest.requires_action_timeline,
    ResponseRequest.received_on,
)


def request_view(fields, ref: AuditRef) -> ResponseRequestView:
    """A response request from the values of ``REQUEST_COLUMNS``."""
    request_id, body_id, body, deadline, deadline_text, requires_timeline, received_on = fields
    return ResponseRequestView(
        id=request_id,
        audit=ref,
        body_id=body_id,
        body=body,
        deadline=deadline,
        deadline_text=deadline_text,
        requires_action_timeline=requires_timeline,
        received_on=received_on,
    )


def _action_rows(chosen) -> Select:
    return (
        select(
            Action.id,
            *AUDIT_REF_COLUMNS,
            Body.name,
            Action.recommendation_id,
            Recommendation.position,
            Action.text,
            Action.responsible,
            Action.timeline_text,
            Action.due,
            Action.due_precision,
            Action.board,
            Action.status,
        )
        .join(Response, Action.response_id == Response.id)
        .join(Body, Response.body_id == Body.id)
        .join(Audit, Response.audit_id == Audit.id)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .outerjoin(Recommendation, Action.recommendation_id == Recommendation.id)
        .where(Action.id.in_(chosen))
        .order_by(Action.id)
    )


def _action_owners(chosen) -> Select:
    return (
        select(ActionBoard.action_id, Body.name)
        .join(Body, ActionBoard.body_id == Body.id)
        .where(ActionBoard.action_id.in_(chosen))
        .order_by(Body.name)
    )


def action_owners(session: Session, action_ids: Collection[int]) -> dict[int, tuple[str, ...]]:
    """The bodies owning each action, by their full names: "Kommunstyrelsen" where the action
    plan printed "KS", so a list never mixes the two. Actions without known owners are left out."""
    if not action_ids:
        return {}
    return _owners(session, *for_ids(_action_owners, action_ids))


def _owners(session: Session, statement: Select, parameters: dict) -> dict[int, tuple[str, ...]]:
    owners: dict[int, list[str]] = defaultdict(list)
    for action_id, name in session.execute(statement, parameters):
        owners[action_id].append(name)
    return {action_id: tuple(names) for action_id, names in owners.items()}


def _actions_of_recommendations(chosen) -> Select:
    return select(Action.id).where(Action.recommendation_id.in_(chosen))


def _action_rows_of_recommendations(chosen) -> Select:
    return _action_rows(_actions_of_recommendations(chosen))


def _action_owners_of_recommendations(chosen) -> Select:
    return _action_owners(_actions_of_recommendations(chosen))


def action_views(session: Session, chosen, *, of_recommendations: bool = False) -> list[ActionView]:
    """The actions whose ids ``chosen`` holds (a list or a one-column select), or with
    ``of_recommendations`` the actions of the recommendations it holds, with their audit,
    responding body, recommendation and owners; in id order."""
    rows_of, owners_of = (
        (_action_rows_of_recommendations, _action_owners_of_recommendations)
        if of_recommendations
        else (_action_rows, _action_owners)
    )
    rows = session.execute(*for_ids(rows_of, chosen)).all()
    if not rows:
        return []
    owners = _owners(session, *for_ids(owners_of, chosen))
    return [
        ActionView(
            id=action_id,
            audit=AuditRef(*ref),
            responding_body=responding_body,
            recommendation_id=recommendation_id,
            recommendation_position=recommendation_position,
            text=text_,
            responsible=responsible,
            timeline_text=timeline_text,
            due=due,
            due_precision=due_precision,
            board=board,
            owners=owners.get(action_id, ()),
            status=status,
        )
        for (
            action_id,
            *ref,
            responding_body,
            recommendation_id,
            recommendation_position,
            text_,
            responsible,
            timeline_text,
            due,
            due_precision,
            board,
            status,
        ) in rows
    ]


def _recommendation_rows(chosen) -> Select:
    return (
        select(
            Recommendation.id,
            *AUDIT_REF_COLUMNS,
            Recommendation.position,
            Recommendation.text,
            Recommendation.area,
            Recommendation.status,
            Recommendation.status_is_manual,
            Recommendation.comment,
        )
        .join(Audit, Recommendation.audit_id == Audit.id)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .where(Recommendation.id.in_(chosen))
        .order_by(*RECOMMENDATION_ORDER)
    )


def _recommendation_addressees(chosen) -> Select:
    return (
        select(
            RecommendationAddressee.recommendation_id,
            func.coalesce(Body.name, RecommendationAddressee.label),
        )
        .outerjoin(Body, RecommendationAddressee.body_id == Body.id)
        .where(RecommendationAddressee.recommendation_id.in_(chosen))
        .order_by(RecommendationAddressee.position)
    )


def recommendation_views(session: Session, chosen) -> list[RecommendationView]:
    """The recommendations whose ids ``chosen`` holds (a list or a one-column select), with
    addressees and actions, in ``RECOMMENDATION_ORDER``."""
    rows = session.execute(*for_ids(_recommendation_rows, chosen)).all()
    if not rows:
        return []
    addressees: dict[int, list[str]] = defaultdict(list)
    for recommendation_id, name in session.execute(*for_ids(_recommendation_addressees, chosen)):
        addressees[recommendation_id].append(name)
    actions: dict[int, list[ActionView]] = defaultdict(list)
    for action in action_views(session, chosen, of_recommendations=True):
        actions[action.recommendation_id].append(action)
    return [
        RecommendationView(
            id=recommendation_id,
            audit=AuditRef(*ref),
            position=position,
            text=text_,
            area=area,
            addressees=tuple(addressees[recommendation_id]),
            status=status,
            status_is_manual=manual,
            actions=tuple(actions[recommendation_id]),
            comment=comment,
        )
        for recommendation_id, *ref, position, text_, area, status, manual, comment in rows
    ]
