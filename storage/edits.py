"""Changes people make (through Slack or the command line), each kept in the change log.

Every edit goes the same way: the row is looked up in the editor's own workspace (another
workspace's id is "not found"), compared, logged with who and when, then changed. ``Edit``
holds who is editing where, so each change is one line at the caller.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import history
from storage.enums import ActionStatus, RecommendationStatus
from storage.errors import NotFound, StorageError
from storage.models import Action, Organisation, Recommendation, ResponseRequest
from storage.status import refresh_recommendation_status

Row = TypeVar("Row")


@dataclass(frozen=True, slots=True)
class Edit:
    """One person's changes to one workspace, inside the caller's transaction."""

    session: Session
    team_id: str
    actor: str

    def row(self, model: type[Row], entity_id: int) -> Row:
        """The workspace's row of ``model`` with this id, or NotFound (also when the id
        belongs to another workspace)."""
        found = self.session.scalar(
            select(model).where(model.team_id == self.team_id, model.id == entity_id)  # type: ignore[attr-defined]
        )
        if found is None:
            raise NotFound(model.__tablename__, entity_id)  # type: ignore[attr-defined]
        return found

    def set(self, row: Any, field: str, value: object, *, logged_as: str | None = None) -> bool:
        """Change one field and log it; False (and nothing logged) when it already holds
        ``value``."""
        old = getattr(row, field)
        if old == value:
            return False
        self.log(row, logged_as or field, old, value)
        setattr(row, field, value)
        return True

    def log(self, row: Any, field: str, old: object, new: object) -> None:
        """Log a change to ``row`` made some other way (a row added or deleted, a setting)."""
        if row.id is None:
            self.session.flush()
        history.record(
            self.session,
            team_id=self.team_id,
            actor=self.actor,
            entity=row.__tablename__,
            entity_id=row.id,
            field=field,
            old_value=old,
            new_value=new,
        )


def mark_response_received(edit: Edit, *, request_id: int, received_on: dt.date | None) -> bool:
    """Record (or with None, clear) the day a body's response arrived. False if unchanged."""
    return edit.set(edit.row(ResponseRequest, request_id), "received_on", received_on)


def set_action_status(edit: Edit, *, action_id: int, status: str) -> bool:
    if status not in set(ActionStatus):
        raise StorageError("invalid_status", status=status)
    action = edit.row(Action, action_id)
    if action.status == status:
        return False
    edit.set(action, "status", status)
    edit.session.flush()
    if action.recommendation is not None:
        refresh_recommendation_status(edit.session, action.recommendation)
    return True


def set_recommendation_status(edit: Edit, *, recommendation_id: int, status: str | None) -> bool:
    """Set the follow-up status; None hands the status back to the actions."""
    if status is not None and status not in set(RecommendationStatus):
        raise StorageError("invalid_status", status=status)
    recommendation = edit.row(Recommendation, recommendation_id)
    old = recommendation.status
    if status is None:
        recommendation.status_is_manual = False
        refresh_recommendation_status(edit.session, recommendation)
        edit.log(recommendation, "status", old, f"{recommendation.status} (auto)")
        return True
    recommendation.status_is_manual = True
    return edit.set(recommendation, "status", status)


def set_chair(edit: Edit, *, organisation_id: int, user_id: str | None) -> bool:
    """Register (or with None, remove) the auditors' chair who gets escalations."""
    return edit.set(edit.row(Organisation, organisation_id), "chair_user_id", user_id)


def set_recommendation_comment(edit: Edit, *, recommendation_id: int, comment: str | None) -> bool:
    """The auditors' comment or assessment (None removes it). False if unchanged."""
    return edit.set(edit.row(Recommendation, recommendation_id), "comment", comment or None)


def set_recommendation_text(edit: Edit, *, recommendation_id: int, text: str) -> bool:
    if not text.strip():
        raise StorageError("empty_text")
    return edit.set(edit.row(Recommendation, recommendation_id), "text", text)


def set_action_due(edit: Edit, *, action_id: int, due: dt.date | None, precision: str) -> bool:
    """Move (or with None, clear) an action's due date. Logged as one change of ``due``: the
    precision only says how to read the date (a day, the end of a month)."""
    action = edit.row(Action, action_id)
    if not edit.set(action, "due", due):
        return False
    action.due_precision = precision
    return True
