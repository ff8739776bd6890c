"""The extraction schema of one imported file (../shared/corpus/expected/README.md)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

DuePrecision = Literal["day", "month", "year", "continuous", "unspecified"]
ActionStatus = Literal["not_started", "started", "done"]
PassageKind = Literal["background", "observation", "assessment", "recommendation", "other"]

_REPORT_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Question(_Model):
    number: str | None = None
    text: str
    assessment: str | None = None
    body: str | None = None
    # The report's bedömning of this question, beside its printed label.
    assessment_text: str | None = None


class Recommendation(_Model):
    text: str
    addressee: list[str] = Field(default_factory=list)
    area: str | None = None


class ResponseRequest(_Model):
    # None when the document asks for a response but its date cannot be resolved
    # ("senast 15 mars" without a year): deadline_text keeps the phrase, and a warning says so.
    deadline: dt.date | None = None
    deadline_text: str | None = None
    from_bodies: list[str] = Field(default_factory=list)
    requires_action_timeline: bool = False


class Action(_Model):
    recommendation_index: int | None = None
    action: str
    responsible: str | None = None
    timeline_text: str | None = None
    due: dt.date | None = None
    due_precision: DuePrecision = "unspecified"
    board: str | None = None
    status: ActionStatus | None = None


class Response(_Model):
    body: str
    date: dt.date | None = None
    registry_number: str | None = None
    actions: list[Action] = Field(default_factory=list)


class Passage(_Model):
    """A stretch of the report's own text: what "what did we find about X?" is answered from."""

    heading_path: list[str] = Field(default_factory=list)
    page: int | None = None
    kind: PassageKind = "other"
    text: str


class ExtractionWarning(_Model):
    """Something the importer could not resolve and will not guess: the preview and --json
    show it (ingest.messages words it). ``code`` is one of ingest.errors.WARNINGS."""

    code: str
    detail: str | None = None
    pages: list[int] = Field(default_factory=list)


class Extraction(_Model):
    """Everything one file says about one audit (report, missive and/or responses)."""

    source: str
    organisation: str | None = None
    title: str | None = None
    audit_firm: str | None = None
    report_date: str | None = None
    audit_year: int | None = None
    audited_bodies: list[str] = Field(default_factory=list)
    purpose: str | None = None
    overall_assessment: str | None = None
    questions: list[Question] = Field(default_factory=list)
    recommendations: list[Recommendation] = Field(default_factory=list)
    response_request: ResponseRequest | None = None
    responses: list[Response] = Field(default_factory=list)
    passages: list[Passage] = Field(default_factory=list)
    warnings: list[ExtractionWarning] = Field(default_factory=list)
    notes: str | None = None

    @field_validator("report_date")
    @classmethod
    def _report_date_shape(cls, value: str | None) -> str | None:
        if value is not None and not _REPORT_DATE.match(value):
            raise ValueError("report_date must be YYYY-MM-DD or YYYY-MM")
        return value

    def to_json_dict(self) -> dict:
        """The extraction as the README's JSON object (dates as ISO strings)."""
        return self.model_dump(mode="json")
