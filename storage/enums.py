"""Closed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class Scale(StrEnum):
    """The normalised assessment scale every firm's printed label maps onto."""

    FULFILLED = "fulfilled"
    LARGELY = "largely"
    PARTLY = "partly"
    NOT = "not"


class RecommendationStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_ACCEPTED = "not_accepted"


class ActionStatus(StrEnum):
    NOT_STARTED = "not_started"
    STARTED = "started"
    DONE = "done"


class DuePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    CONTINUOUS = "continuous"
    UNSPECIFIED = "unspecified"


OPEN_RECOMMENDATION_STATUSES = (RecommendationStatus.OPEN, RecommendationStatus.IN_PROGRESS)
