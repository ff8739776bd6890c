"""The audit domain of SPEC §2 as SQLAlchemy 2 typed models.

Every row that belongs to a Slack workspace carries its ``team_id``; queries always filter on it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.base import TEAM, Base, UTCDateTime, utcnow
from storage.enums import ActionStatus, RecommendationStatus


class Organisation(Base):
    """A kommun, region or municipal company."""

    __tablename__ = "organisation"
    __table_args__ = (UniqueConstraint("team_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    name: Mapped[str] = mapped_column(String(200))
    # The auditors' chair (ordförande): escalations go to this Slack user by direct message.
    chair_user_id: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    bodies: Mapped[list[Body]] = relationship(
        back_populates="organisation", order_by="Body.name", cascade="all, delete-orphan"
    )
    audits: Mapped[list[Audit]] = relationship(back_populates="organisation")


class Body(Base):
    """A board (nämnd) or executive committee (styrelse) of an organisation."""

    __tablename__ = "body"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM, index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    abbreviation: Mapped[str | None] = mapped_column(String(16))
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)

    organisation: Mapped[Organisation] = relationship(back_populates="bodies")


class SourceDocument(Base):
    """An imported file; its sha256 makes re-importing the same file a no-op."""

    __tablename__ = "source_document"
    __table_args__ = (UniqueConstraint("team_id", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    audit_id: Mapped[int | None] = mapped_column(
        ForeignKey("audit.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    imported_by: Mapped[str | None] = mapped_column(String(64))

    audit: Mapped[Audit | None] = relationship(back_populates="documents")


class AuditBody(Base):
    """An audited body of an audit, in the order the report names them."""

    __tablename__ = "audit_body"

    audit_id: Mapped[int] = mapped_column(
        ForeignKey("audit.id", ondelete="CASCADE"), primary_key=True
    )
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer)

    body: Mapped[Body] = relationship()


class Audit(Base):
    """A granskning: one report with its questions, recommendations and responses."""

    __tablename__ = "audit"
    __table_args__ = (Index(None, "team_id", "organisation_id", "audit_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    title: Mapped[str | None] = mapped_column(String(500))
    audit_firm: Mapped[str | None] = mapped_column(String(100))
    report_date: Mapped[dt.date | None] = mapped_column(Date)
    # "day" or "month": a title page may print only "December 2018".
    report_date_precision: Mapped[str | None] = mapped_column(String(8))
    audit_year: Mapped[int | None] = mapped_column(Integer)
    purpose: Mapped[str | None] = mapped_column(Text)
    overall_assessment: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    organisation: Mapped[Organisation] = relationship(back_populates="audits")
    audited_bodies: Mapped[list[AuditBody]] = relationship(
        order_by=AuditBody.position, cascade="all, delete-orphan"
    )
    questions: Mapped[list[Question]] = relationship(
        back_populates="audit", order_by="Question.position", cascade="all, delete-orphan"
    )
    recommendations: Mapped[list[Recommendation]] = relationship(
        back_populates="audit", order_by="Recommendation.position", cascade="all, delete-orphan"
    )
    response_requests: Mapped[list[ResponseRequest]] = relationship(
        back_populates="audit", order_by="ResponseRequest.position", cascade="all, delete-orphan"
    )
    responses: Mapped[list[Response]] = relationship(
        back_populates="audit", order_by="Response.position", cascade="all, delete-orphan"
    )
    documents: Mapped[list[SourceDocument]] = relationship(
        back_populates="audit", order_by=SourceDocument.id
    )


class Question(Base):
    """A revisionsfråga or kontrollmål with its printed and normalised assessment."""

    __tablename__ = "question"
    __table_args__ = (Index(None, "audit_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    assessment_label: Mapped[str | None] = mapped_column(String(100))
    assessment_scale: Mapped[str | None] = mapped_column(String(16))
    # The report's bedömning of this question, beside its printed label.
    assessment_text: Mapped[str | None] = mapped_column(Text)
    body_id: Mapped[int | None] = mapped_column(ForeignKey("body.id"), index=True)

    audit: Mapped[Audit] = relationship(back_populates="questions")
    body: Mapped[Body | None] = relationship()


class Passage(Base):
    """A stretch of a report's own text (a finding, an assessment …) under its headings, with
    the page it stands on: what "what did we find about X?" is answered from."""

    __tablename__ = "passage"
    __table_args__ = (Index(None, "source_document_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit.id", ondelete="CASCADE"), index=True)
    source_document_id: Mapped[int] = mapped_column(
        ForeignKey("source_document.id", ondelete="CASCADE")
    )
    # The order within its document.
    position: Mapped[int] = mapped_column(Integer)
    heading_path: Mapped[list[str]] = mapped_column(JSON, default=list)
    page: Mapped[int | None] = mapped_column(Integer)
    # background, observation, assessment, recommendation or other (ingest.schema.PassageKind)
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)


class RecommendationAddressee(Base):
    """Who a recommendation is addressed to: a body, or a printed group like "berörda nämnder"."""

    __tablename__ = "recommendation_addressee"
    # Body first: "öppna <nämnd>" finds a body's recommendations from this index alone.
    __table_args__ = (Index(None, "body_id", "recommendation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    body_id: Mapped[int | None] = mapped_column(ForeignKey("body.id"))

    body: Mapped[Body | None] = relationship()


class Recommendation(Base):
    __tablename__ = "recommendation"
    __table_args__ = (
        Index(None, "audit_id", "position"),
        Index(None, "team_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    area: Mapped[str | None] = mapped_column(String(500))
    # Derived from the actions unless a follow-up set it (status_is_manual).
    status: Mapped[str] = mapped_column(String(16), default=RecommendationStatus.OPEN)
    status_is_manual: Mapped[bool] = mapped_column(Boolean, default=False)
    # The auditors' comment or assessment, the follow-up matrix's column of their own.
    comment: Mapped[str | None] = mapped_column(Text)

    audit: Mapped[Audit] = relationship(back_populates="recommendations")
    addressees: Mapped[list[RecommendationAddressee]] = relationship(
        order_by=RecommendationAddressee.position, cascade="all, delete-orphan"
    )
    actions: Mapped[list[Action]] = relationship(
        back_populates="recommendation", order_by="Action.id"
    )


class ResponseRequest(Base):
    """A body's owed response (yttrande) to an audit, by a deadline."""

    __tablename__ = "response_request"
    __table_args__ = (
        UniqueConstraint("audit_id", "body_id"),
        Index(None, "team_id", "deadline"),
        # Only the requests still owed: "frister", "försenade" and the reminders read these.
        Index(
            "ix_response_request_pending_by_deadline",
            "team_id",
            "deadline",
            sqlite_where=text("received_on IS NULL"),
            postgresql_where=text("received_on IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit.id", ondelete="CASCADE"))
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    deadline: Mapped[dt.date] = mapped_column(Date)
    deadline_text: Mapped[str | None] = mapped_column(Text)
    requires_action_timeline: Mapped[bool] = mapped_column(Boolean, default=False)
    received_on: Mapped[dt.date | None] = mapped_column(Date)

    audit: Mapped[Audit] = relationship(back_populates="response_requests")
    body: Mapped[Body] = relationship()


class Response(Base):
    """A body's yttrande: its decision date, registry number and action plan."""

    __tablename__ = "response"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit.id", ondelete="CASCADE"), index=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    # Indexed: the reminder sweep looks for audits answered about a year ago (follow-ups).
    decision_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    registry_number: Mapped[str | None] = mapped_column(String(64))
    source_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("source_document.id", ondelete="SET NULL"), index=True
    )

    audit: Mapped[Audit] = relationship(back_populates="responses")
    body: Mapped[Body] = relationship()
    source_document: Mapped[SourceDocument | None] = relationship()
    actions: Mapped[list[Action]] = relationship(
        back_populates="response", order_by="Action.position", cascade="all, delete-orphan"
    )


class ActionBoard(Base):
    """A body that owns an action (the "Ansvarig nämnd" cell may name several)."""

    __tablename__ = "action_board"
    # Body first: the actions a body owns, without reading the rows.
    __table_args__ = (Index(None, "body_id", "action_id"),)

    action_id: Mapped[int] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), primary_key=True
    )
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id"), primary_key=True)


# An action not done, as SQL: the open-actions index is built on it and queries repeat it.
OPEN_ACTION_SQL = f"status IS NULL OR status != '{ActionStatus.DONE.value}'"


class Action(Base):
    """An åtgärd from a response's action plan."""

    __tablename__ = "action"
    __table_args__ = (
        Index(None, "response_id", "position"),
        Index(None, "team_id", "due"),
        # Only actions not done, covering what "frister" and "försenade" filter on: a count
        # of ten years' overdue actions reads this index and nothing else.
        Index(
            "ix_action_open_by_due",
            "team_id",
            "due",
            "due_precision",
            "status",
            sqlite_where=text(OPEN_ACTION_SQL),
            postgresql_where=text(OPEN_ACTION_SQL),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    response_id: Mapped[int] = mapped_column(ForeignKey("response.id", ondelete="CASCADE"))
    recommendation_id: Mapped[int | None] = mapped_column(
        ForeignKey("recommendation.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str | None] = mapped_column(Text)
    timeline_text: Mapped[str | None] = mapped_column(Text)
    due: Mapped[dt.date | None] = mapped_column(Date)
    due_precision: Mapped[str] = mapped_column(String(16))
    board: Mapped[str | None] = mapped_column(String(100))
    # None until someone records a status; shown and reminded as "not started".
    status: Mapped[str | None] = mapped_column(String(16))

    response: Mapped[Response] = relationship(back_populates="actions")
    recommendation: Mapped[Recommendation | None] = relationship(back_populates="actions")
    owners: Mapped[list[Body]] = relationship(
        secondary="action_board", order_by=Body.name, viewonly=True
    )


class Subscription(Base):
    """A Slack channel watching an organisation: its reminders go there."""

    __tablename__ = "subscription"
    __table_args__ = (UniqueConstraint("team_id", "channel_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    channel_id: Mapped[str] = mapped_column(String(32))
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    created_by: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set when Slack says the bot can no longer post there; reminders stop until re-watched.
    paused_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    paused_reason: Mapped[str | None] = mapped_column(String(64))
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    organisation: Mapped[Organisation] = relationship()


class ReminderDelivery(Base):
    """The ledger that makes each reminder deliverable once per channel.

    A sweep claims a row (the unique key), sends, then records the Slack ts. A claim whose
    lease expired without ``sent_at`` may be claimed again.
    """

    __tablename__ = "reminder_delivery"
    __table_args__ = (UniqueConstraint("team_id", "channel_id", "reminder_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    channel_id: Mapped[str] = mapped_column(String(32))
    reminder_key: Mapped[str] = mapped_column(String(200))
    # Indexed: each sweep reads the claims of the last days to skip what is already sent.
    claimed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    lease_expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    message_ts: Mapped[str | None] = mapped_column(String(32))
    late: Mapped[bool] = mapped_column(Boolean, default=False)


class ChangeLog(Base):
    """History of every change made through Slack or the command line."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index(None, "team_id", "entity", "entity_id"),
        # The newest entry per team: storage.directory's sign that names may have changed.
        Index(None, "team_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)


class ReminderSnooze(Base):
    """A channel's "remind me later" on a response: its reminders wait until ``until``."""

    __tablename__ = "reminder_snooze"
    __table_args__ = (UniqueConstraint("team_id", "channel_id", "response_request_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    channel_id: Mapped[str] = mapped_column(String(32))
    response_request_id: Mapped[int] = mapped_column(
        ForeignKey("response_request.id", ondelete="CASCADE"), index=True
    )
    # Local dates: the day the snooze was pressed and the day reminders resume (≤ deadline).
    snoozed_on: Mapped[dt.date] = mapped_column(Date)
    until: Mapped[dt.date] = mapped_column(Date, index=True)
    snoozed_by: Mapped[str | None] = mapped_column(String(64))
    snoozed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Milestone(Base):
    """A team's change to its auditors' year (årshjul) for one organisation.

    The defaults live in code (bot.rules.yearwheel); a row here moves one of them,
    turns it off, or adds a milestone of the team's own.
    """

    __tablename__ = "milestone"
    __table_args__ = (UniqueConstraint("organisation_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    label: Mapped[str | None] = mapped_column(String(200))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_by: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


# The tables the bot keeps for its own running (calendar feed addresses, Slack requests seen,
# import drafts, the trash) have a module of their own, as the follow-up rounds' do; importing
# them here puts them in Base.metadata wherever the models are (migrations, tests, the
# generator).
from storage.followup_models import FollowUpItem, FollowUpRound  # noqa: E402, F401
from storage.housekeeping_models import (  # noqa: E402, F401
    CalendarFeed,
    ImportDraft,
    ProcessedRequest,
    TrashedRows,
)
