"""Corrections to what an import (or a person) stored: an audit's facts, a recommendation, an
action, a response request — changed or added, each change in the change log as the editor's.

Deleting is storage.trash's: it keeps what it deletes so that it can be undone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from storage.boards import body_named, fit, organisation_named
from storage.bodies import is_group_label
from storage.edits import Edit
from storage.enums import DuePrecision
from storage.errors import NotFound, StorageError
from storage.models import (
    Action,
    ActionBoard,
    Audit,
    AuditBody,
    Body,
    Question,
    Recommendation,
    RecommendationAddressee,
    Response,
    ResponseRequest,
)
from storage.read_models import ActionView, RecommendationView
from storage.status import refresh_recommendation_status
from storage.views import action_views, recommendation_views


@dataclass(frozen=True, slots=True)
class AuditFacts:
    title: str | None
    audit_year: int | None
    audit_firm: str | None
    organisation: str


@dataclass(frozen=True, slots=True)
class ActionFields:
    text: str
    responsible: str | None
    timeline_text: str | None
    due: dt.date | None


def set_audit_facts(edit: Edit, *, audit_id: int, facts: AuditFacts) -> bool:
    """Title, audit year, firm and organisation as the editor gives them; a new organisation
    takes the audit's boards along (by name). False when nothing changed."""
    audit = edit.row(Audit, audit_id)
    changed = edit.set(audit, "title", fit(Audit.title, facts.title))
    changed |= edit.set(audit, "audit_year", facts.audit_year)
    changed |= edit.set(audit, "audit_firm", fit(Audit.audit_firm, facts.audit_firm))
    old = audit.organisation
    if facts.organisation.strip().casefold() != old.name.casefold():
        new = organisation_named(edit.session, team_id=edit.team_id, name=facts.organisation)
        if new.id != old.id:
            _move_boards(edit.session, audit, new)
            edit.log(audit, "organisation", old.name, new.name)
            audit.organisation = new
            changed = True
    edit.session.flush()
    return changed


def _move_boards(session: Session, audit: Audit, organisation) -> None:
    """Point everything of ``audit`` that names a board at the board of the same name in
    ``organisation`` (added there when it has none)."""
    responses = select(Response.id).where(Response.audit_id == audit.id)
    actions = select(Action.id).where(Action.response_id.in_(responses))
    recommendations = select(Recommendation.id).where(Recommendation.audit_id == audit.id)
    scoped = [
        (AuditBody.__table__, AuditBody.audit_id == audit.id),
        (Question.__table__, Question.audit_id == audit.id),
        (
            RecommendationAddressee.__table__,
            RecommendationAddressee.recommendation_id.in_(recommendations),
        ),
        (ResponseRequest.__table__, ResponseRequest.audit_id == audit.id),
        (Response.__table__, Response.audit_id == audit.id),
        (ActionBoard.__table__, ActionBoard.action_id.in_(actions)),
    ]
    used: set[int] = set()
    for table, where in scoped:
        used |= {i for i in session.scalars(select(table.c.body_id).where(where)) if i}
    for old in session.scalars(select(Body).where(Body.id.in_(used))).all():
        new = body_named(session, organisation, old.name)
        for table, where in scoped:
            session.execute(
                update(table).where(where, table.c.body_id == old.id).values(body_id=new.id)
            )
    session.expire_all()


def set_recommendation(
    edit: Edit, *, recommendation_id: int, text: str, addressees: Sequence[str]
) -> bool:
    recommendation = edit.row(Recommendation, recommendation_id)
    changed = edit.set(recommendation, "text", _required(text))
    old = [a.label for a in recommendation.addressees]
    new = list(dict.fromkeys(a.strip() for a in addressees if a.strip()))
    if old != new:
        edit.log(recommendation, "addressees", ", ".join(old) or None, ", ".join(new) or None)
        _set_addressees(edit, recommendation, new)
        changed = True
    return changed


def add_recommendation(edit: Edit, *, audit_id: int, text: str, addressees: Sequence[str]) -> int:
    audit = edit.row(Audit, audit_id)
    recommendation = Recommendation(
        team_id=edit.team_id,
        position=max((r.position for r in audit.recommendations), default=-1) + 1,
        text=_required(text),
    )
    audit.recommendations.append(recommendation)
    _set_addressees(edit, recommendation, list(dict.fromkeys(a.strip() for a in addressees)))
    edit.log(recommendation, "added", None, recommendation.text)
    return recommendation.id


def _set_addressees(edit: Edit, recommendation: Recommendation, labels: list[str]) -> None:
    organisation = recommendation.audit.organisation
    if recommendation.id is not None:
        edit.session.execute(
            delete(RecommendationAddressee).where(
                RecommendationAddressee.recommendation_id == recommendation.id
            )
        )
        edit.session.expire(recommendation, ["addressees"])
    for position, label in enumerate(label for label in labels if label):
        body = None if is_group_label(label) else body_named(edit.session, organisation, label)
        recommendation.addressees.append(
            RecommendationAddressee(
                team_id=edit.team_id,
                position=position,
                label=fit(RecommendationAddressee.label, label),
                body=body,
            )
        )
    edit.session.flush()


def set_action(edit: Edit, *, action_id: int, fields: ActionFields) -> bool:
    action = edit.row(Action, action_id)
    changed = edit.set(action, "text", _required(fields.text))
    changed |= edit.set(action, "responsible", fields.responsible)
    changed |= edit.set(action, "timeline_text", fields.timeline_text)
    if fields.due != action.due:
        changed |= edit.set(action, "due", fields.due)
        action.due_precision = DuePrecision.DAY if fields.due else DuePrecision.UNSPECIFIED
    return changed


def add_action(edit: Edit, *, recommendation_id: int, board: str, fields: ActionFields) -> int:
    """An action for a recommendation, in the action plan of ``board``'s response (a response
    without a decision date is started when the board has none yet)."""
    recommendation = edit.row(Recommendation, recommendation_id)
    audit = recommendation.audit
    body = body_named(edit.session, audit.organisation, _required(board))
    response = next((r for r in audit.responses if r.body_id == body.id), None)
    if response is None:
        response = Response(team_id=edit.team_id, body=body, position=len(audit.responses))
        audit.responses.append(response)
        edit.session.flush()
    action = Action(
        team_id=edit.team_id,
        position=max((a.position for a in response.actions), default=-1) + 1,
        recommendation_id=recommendation.id,
        text=_required(fields.text),
        responsible=fields.responsible,
        timeline_text=fields.timeline_text,
        due=fields.due,
        due_precision=DuePrecision.DAY if fields.due else DuePrecision.UNSPECIFIED,
        board=fit(Action.board, body.abbreviation or body.name),
    )
    response.actions.append(action)
    edit.session.flush()
    edit.session.add(ActionBoard(action_id=action.id, body_id=body.id))
    edit.log(action, "added", None, action.text)
    refresh_recommendation_status(edit.session, recommendation)
    return action.id


def set_response_request(
    edit: Edit, *, request_id: int, board: str, deadline: dt.date, received_on: dt.date | None
) -> bool:
    """A response request's board, deadline and received date. A deadline moved is reminded
    on the new dates: the reminders' keys carry the deadline."""
    request = edit.row(ResponseRequest, request_id)
    body = body_named(edit.session, request.audit.organisation, _required(board))
    changed = False
    if body.id != request.body_id:
        taken = any(r.body_id == body.id for r in request.audit.response_requests)
        if taken:
            raise StorageError("already_requested", body=body.name)
        edit.log(request, "body", request.body.name, body.name)
        request.body = body
        changed = True
    changed |= edit.set(request, "deadline", deadline)
    changed |= edit.set(request, "received_on", received_on)
    return changed


def request_responses(
    edit: Edit,
    *,
    audit_id: int,
    boards: Sequence[str],
    deadline: dt.date,
    requires_action_timeline: bool = False,
) -> list[int]:
    """Ask boards for a response by ``deadline`` ("Begär yttrande"); boards already asked are
    left as they are. The ids of the requests added."""
    audit = edit.row(Audit, audit_id)
    asked = {r.body_id for r in audit.response_requests}
    added = []
    for name in dict.fromkeys(b.strip() for b in boards if b.strip()):
        body = body_named(edit.session, audit.organisation, name)
        if body.id in asked:
            continue
        asked.add(body.id)
        request = ResponseRequest(
            team_id=edit.team_id,
            body=body,
            position=len(audit.response_requests),
            deadline=deadline,
            requires_action_timeline=requires_action_timeline,
        )
        audit.response_requests.append(request)
        edit.session.flush()
        edit.log(request, "added", None, body.name)
        added.append(request.id)
    if not added:
        raise StorageError("nothing_requested")
    return added


def _required(text: str) -> str:
    text = text.strip()
    if not text:
        raise StorageError("empty_text")
    return text


# -- what the correction forms show ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditBoards:
    """An audit's boards as its forms offer them: those audited, those already asked for a
    response, and every board of its organisation."""

    audited: tuple[str, ...]
    asked: tuple[str, ...]
    organisation: tuple[str, ...]


def _owned(session: Session, model: type, team_id: str, entity_id: int) -> None:
    found = session.scalar(
        select(model.id).where(model.team_id == team_id, model.id == entity_id)  # type: ignore[attr-defined]
    )
    if found is None:
        raise NotFound(model.__tablename__, entity_id)  # type: ignore[attr-defined]


def recommendation(session: Session, *, team_id: str, recommendation_id: int) -> RecommendationView:
    _owned(session, Recommendation, team_id, recommendation_id)
    return recommendation_views(session, [recommendation_id])[0]


def action(session: Session, *, team_id: str, action_id: int) -> ActionView:
    _owned(session, Action, team_id, action_id)
    return action_views(session, [action_id])[0]


def audit_boards(session: Session, *, team_id: str, audit_id: int) -> AuditBoards:
    _owned(session, Audit, team_id, audit_id)
    audited = session.scalars(
        select(Body.name)
        .join(AuditBody, AuditBody.body_id == Body.id)
        .where(AuditBody.audit_id == audit_id)
        .order_by(AuditBody.position)
    )
    asked = session.scalars(
        select(Body.name)
        .join(ResponseRequest, ResponseRequest.body_id == Body.id)
        .where(ResponseRequest.audit_id == audit_id)
        .order_by(ResponseRequest.position)
    )
    everyone = session.scalars(
        select(Body.name)
        .join(Audit, Audit.organisation_id == Body.organisation_id)
        .where(Audit.id == audit_id)
        .order_by(Body.name)
    )
    return AuditBoards(tuple(audited), tuple(asked), tuple(everyone))
