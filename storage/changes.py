"""Changes users make (through Slack or the CLI), each written to the change log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import history
from storage.enums import ActionStatus, RecommendationStatus
from storage.errors import NotFound, StorageError
from storage.models import Action, Recommendation, ResponseRequest
from storage.status import refresh_recommendation_status


def mark_response_received(
    session: Session, *, team_id: str, request_id: int, received_on: dt.date | None, actor: str
) -> bool:
    """Record (or with None, clear) the day a body's response arrived. False if unchanged."""
    request = session.scalar(
        select(ResponseRequest).where(
            ResponseRequest.team_id == team_id, ResponseRequest.id == request_id
        )
    )
    if request is None:
        raise NotFound("response_request", request_id)
    if request.received_on == received_on:
        return False
    history.record(
        session,
        team_id=team_id,
        actor=actor,
        entity="response_request",
        entity_id=request.id,
        field="received_on",
        old_value=request.received_on,
        new_value=received_on,
    )
    request.received_on = received_on
    return True


def set_action_status(
    session: Session, *, team_id: str, action_id: int, status: str, actor: str
) -> bool:
    if status not in set(ActionStatus):
        raise StorageError("invalid_status", status=status)
    action = session.scalar(select(Action).where(Action.team_id == team_id, Action.id == action_id))
    if action is None:
        raise NotFound("action", action_id)
    if (action.status or ActionStatus.NOT_STARTED) == status and action.status is not None:
        return False
    history.record(
        session,
        team_id=team_id,
        actor=actor,
        entity="action",
        entity_id=action.id,
        field="status",
        old_value=action.status,
        new_value=status,
    )
    action.status = status
    session.flush()
    if action.recommendation is not None:
        refresh_recommendation_status(session, action.recommendation)
    return True


def set_recommendation_status(
    session: Session, *, team_id: str, recommendation_id: int, status: str | None, actor: str
) -> bool:
    """Set the follow-up status; None hands the status back to the actions."""
    if status is not None and status not in set(RecommendationStatus):
        raise StorageError("invalid_status", status=status)
    recommendation = session.scalar(
        select(Recommendation).where(
            Recommendation.team_id == team_id, Recommendation.id == recommendation_id
        )
    )
    if recommendation is None:
        raise NotFound("recommendation", recommendation_id)
    old = recommendation.status
    if status is None:
        recommendation.status_is_manual = False
        refresh_recommendation_status(session, recommendation)
    else:
        recommendation.status_is_manual = True
        recommendation.status = status
    if recommendation.status == old and status is not None:
        return False
    history.record(
        session,
        team_id=team_id,
        actor=actor,
        entity="recommendation",
        entity_id=recommendation.id,
        field="status",
        old_value=old,
        new_value=recommendation.status
        if status is not None
        else f"{recommendation.status} (auto)",
    )
    return True
