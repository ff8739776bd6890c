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


class FollowUpAssessment(StrEnum):
    """The auditors' conclusion on an earlier recommendation at a follow-up review."""

    FIXED = "fixed"  # Åtgärdad
    PARTLY_FIXED = "partly_fixed"  # Delvis åtgärdad
    NOT_FIXED = "not_fixed"  # Ej åtgärdad
    NO_LONGER_RELEVANT = "no_longer_relevant"  # Inte längre aktuell


# A recommendation assessed so in one round is not followed up again in the next.
CLOSED_ASSESSMENTS = (FollowUpAssessment.FIXED, FollowUpAssessment.NO_LONGER_RELEVANT)
