"""What queries return: plain immutable domain objects, never ORM rows or Slack payloads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class BodyRef:
    id: int
    name: str
    abbreviation: str | None
    organisation_id: int
    organisation: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OrganisationRef:
    id: int
    name: str
    bodies: tuple[BodyRef, ...] = ()


@dataclass(frozen=True, slots=True)
class AuditRef:
    """Enough to name an audit in a list or a heading."""

    id: int
    organisation_id: int
    organisation: str
    title: str | None
    audit_firm: str | None
    report_date: dt.date | None
    audit_year: int | None

    @property
    def year(self) -> int | None:
        return self.audit_year or (self.report_date.year if self.report_date else None)


@dataclass(frozen=True, slots=True)
class AuditSummary:
    audit: AuditRef
    recommendation_count: int
    open_recommendation_count: int
    next_deadline: dt.date | None


@dataclass(frozen=True, slots=True)
class QuestionView:
    id: int
    number: str | None
    text: str
    assessment_label: str | None
    assessment_scale: str | None
    body: str | None
    # The report's bedömning of the question, beside its printed label.
    assessment_text: str | None = None


@dataclass(frozen=True, slots=True)
class ActionView:
    id: int
    audit: AuditRef
    responding_body: str
    recommendation_id: int | None
    recommendation_position: int | None
    text: str
    responsible: str | None
    timeline_text: str | None
    due: dt.date | None
    due_precision: str
    board: str | None
    owners: tuple[str, ...]
    status: str | None

    @property
    def effective_status(self) -> str:
        return self.status or "not_started"


@dataclass(frozen=True, slots=True)
class RecommendationView:
    id: int
    audit: AuditRef
    position: int
    text: str
    area: str | None
    addressees: tuple[str, ...]
    status: str
    status_is_manual: bool
    actions: tuple[ActionView, ...] = ()
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class Assessment:
    """What the auditors concluded about a recommendation in the round of ``year``."""

    year: int
    assessment: str
    comment: str | None
    evidence: str | None
    assessed_by: str | None
    assessed_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class ResponseRequestView:
    id: int
    audit: AuditRef
    body_id: int
    body: str
    deadline: dt.date
    deadline_text: str | None
    requires_action_timeline: bool
    received_on: dt.date | None


@dataclass(frozen=True, slots=True)
class ResponseView:
    id: int
    body: str
    decision_date: dt.date | None
    registry_number: str | None
    action_count: int


@dataclass(frozen=True, slots=True)
class AuditDetail:
    audit: AuditRef
    purpose: str | None
    overall_assessment: str | None
    audited_bodies: tuple[str, ...]
    questions: tuple[QuestionView, ...]
    recommendations: tuple[RecommendationView, ...]
    response_requests: tuple[ResponseRequestView, ...]
    responses: tuple[ResponseView, ...]
    documents: tuple[str, ...] = ()
    # Each recommendation's assessment in the latest follow-up round that assessed it.
    follow_ups: dict[int, Assessment] = field(default_factory=dict)

    @property
    def actions(self) -> tuple[ActionView, ...]:
        by_id: dict[int, ActionView] = {}
        for recommendation in self.recommendations:
            for action in recommendation.actions:
                by_id[action.id] = action
        return tuple(sorted(by_id.values(), key=lambda a: a.id))


@dataclass(frozen=True, slots=True)
class DueItem:
    """A response deadline or an action's due date, for "frister" and "försenade"."""

    kind: str  # "response" | "action"
    id: int
    due: dt.date
    audit: AuditRef
    body: str
    text: str
    due_precision: str = "day"


@dataclass(frozen=True, slots=True)
class OpenItems:
    recommendations: tuple[RecommendationView, ...]
    actions: tuple[ActionView, ...]


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a longer list: its items, which page it is, and how long the whole list
    is when that was cheap to count (None: only whether another page follows is known)."""

    items: tuple[T, ...]
    number: int
    size: int
    total: int | None
    has_next: bool

    @property
    def first(self) -> int:
        """The position (from 1) in the whole list of this page's first item."""
        return (self.number - 1) * self.size + 1

    @property
    def last(self) -> int:
        return self.first + len(self.items) - 1

    @property
    def pages(self) -> int | None:
        return None if self.total is None else max(1, -(-self.total // self.size))


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # "question" | "recommendation" | "action" | "passage"
    id: int
    text: str
    audit: AuditRef
    rank: float
    # A passage's page in its document, the headings it stands under (outermost first) and
    # its kind (background, observation, assessment, recommendation, other).
    page: int | None = None
    headings: tuple[str, ...] = ()
    passage_kind: str | None = None


@dataclass(frozen=True, slots=True)
class ChangeView:
    changed_at: dt.datetime
    actor: str
    entity: str
    entity_id: int
    field: str
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True, slots=True)
class LoadResult:
    audit_id: int
    created: bool
    already_imported: bool
    counts: dict[str, int] = field(default_factory=dict)
    # A document imported before the report's text was kept: its passages, added now.
    passages_added: int = 0


@dataclass(frozen=True, slots=True)
class MatrixResponse:
    """A board's response, as the matrix shows it beside a recommendation addressed to it: when
    it is due (None: given without being asked), when it came, its registry number."""

    body: str
    deadline: dt.date | None
    received_on: dt.date | None
    registry_number: str | None


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """One recommendation of the follow-up matrix (uppföljningsmatris) with its actions, the
    responses it is answered in, and when anything about it last changed."""

    recommendation: RecommendationView
    last_change: dt.datetime | None
    responses: tuple[MatrixResponse, ...] = ()
    # The id of that newest change-log entry: a file exported before any later change holds
    # a smaller one (ids are exact where times to the minute are not).
    version: int | None = None


@dataclass(frozen=True, slots=True)
class AssessmentRow:
    """One audit question with its printed assessment and the report's text on it (the
    export's second sheet)."""

    audit: AuditRef
    number: str | None
    question: str
    label: str | None
    text: str | None
