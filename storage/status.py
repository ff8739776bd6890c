"""A recommendation's status follows its actions unless a follow-up review set it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from storage.enums import ActionStatus, RecommendationStatus
from storage.models import Recommendation


def derived_status(action_statuses: list[str | None]) -> RecommendationStatus:
    if not action_statuses:
        return RecommendationStatus.OPEN
    statuses = [status or ActionStatus.NOT_STARTED for status in action_statuses]
    if all(status == ActionStatus.DONE for status in statuses):
        return RecommendationStatus.DONE
    if any(status != ActionStatus.NOT_STARTED for status in statuses):
        return RecommendationStatus.IN_PROGRESS
    return RecommendationStatus.OPEN


def refresh_recommendation_status(session: Session, recommendation: Recommendation) -> None:
    if recommendation.status_is_manual:
        return
    session.refresh(recommendation, ["actions"])
    recommendation.status = derived_status([action.status for action in recommendation.actions])
