"""The change log: who changed what, when, from which value to which."""

from __future__ import annotations

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from storage.base import utcnow
from storage.models import (
    Action,
    ChangeLog,
    Recommendation,
    Response,
    ResponseRequest,
    TrashedRows,
)
from storage.read_models import ChangeView


def record(
    session: Session,
    *,
    team_id: str,
    actor: str,
    entity: str,
    entity_id: int,
    field: str,
    old_value: object,
    new_value: object,
) -> None:
    session.add(
        ChangeLog(
            team_id=team_id,
            changed_at=utcnow(),
            actor=actor,
            entity=entity,
            entity_id=entity_id,
            field=field,
            old_value=None if old_value is None else str(old_value),
            new_value=None if new_value is None else str(new_value),
        )
    )


def changes(
    session: Session,
    *,
    team_id: str,
    entity: str | None = None,
    entity_id: int | None = None,
    limit: int = 50,
) -> list[ChangeView]:
    query = select(ChangeLog).where(ChangeLog.team_id == team_id)
    if entity is not None:
        query = query.where(ChangeLog.entity == entity)
    if entity_id is not None:
        query = query.where(ChangeLog.entity_id == entity_id)
    rows = session.scalars(query.order_by(ChangeLog.id.desc()).limit(limit))
    return [_view(row) for row in rows]


def audit_changes(
    session: Session, *, team_id: str, audit_id: int, limit: int = 200
) -> list[ChangeView]:
    """Everything changed about one audit: imports, corrections, statuses, received responses,
    and what was deleted from it (the trash remembers where it belonged); newest first."""
    recommendation_ids = select(Recommendation.id).where(Recommendation.audit_id == audit_id)
    action_ids = (
        select(Action.id)
        .join(Response, Action.response_id == Response.id)
        .where(Response.audit_id == audit_id)
    )
    request_ids = select(ResponseRequest.id).where(ResponseRequest.audit_id == audit_id)

    def deleted(entity: str):
        return select(TrashedRows.entity_id).where(
            TrashedRows.team_id == team_id,
            TrashedRows.audit_id == audit_id,
            TrashedRows.entity == entity,
        )

    rows = session.scalars(
        select(ChangeLog)
        .where(
            ChangeLog.team_id == team_id,
            or_(
                and_(ChangeLog.entity == "audit", ChangeLog.entity_id == audit_id),
                and_(
                    ChangeLog.entity == "recommendation",
                    ChangeLog.entity_id.in_(recommendation_ids),
                ),
                and_(ChangeLog.entity == "action", ChangeLog.entity_id.in_(action_ids)),
                and_(ChangeLog.entity == "response_request", ChangeLog.entity_id.in_(request_ids)),
                *(
                    and_(ChangeLog.entity == entity, ChangeLog.entity_id.in_(deleted(entity)))
                    for entity in ("recommendation", "action", "response_request")
                ),
            ),
        )
        .order_by(ChangeLog.changed_at.desc(), ChangeLog.id.desc())
        .limit(limit)
    )
    return [_view(row) for row in rows]


def _view(row: ChangeLog) -> ChangeView:
    return ChangeView(
        changed_at=row.changed_at,
        actor=row.actor,
        entity=row.entity,
        entity_id=row.entity_id,
        field=row.field,
        old_value=row.old_value,
        new_value=row.new_value,
    )
