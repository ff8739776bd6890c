"""The follow-up rounds' tables (uppföljning, SPEC §2): a round per organisation and year, and
one row per recommendation in it that holds the auditors' assessment.

Each recommendation's assessment is a row of its own, changed in its own transaction, so
auditors working in the same round at once never write over each other; ``version`` tells a
form that was opened before someone else's change from one that was not (storage.followup).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import TEAM, Base, UTCDateTime, utcnow


class FollowUpRound(Base):
    """One organisation's follow-up review of one year."""

    __tablename__ = "follow_up_round"
    __table_args__ = (UniqueConstraint("team_id", "organisation_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    created_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class FollowUpItem(Base):
    """A recommendation in a round, with the auditors' assessment once they have made it."""

    __tablename__ = "follow_up_item"
    __table_args__ = (
        UniqueConstraint("round_id", "recommendation_id"),
        # A recommendation's assessments across rounds: `visa` shows the latest.
        Index(None, "recommendation_id", "round_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    round_id: Mapped[int] = mapped_column(ForeignKey("follow_up_round.id", ondelete="CASCADE"))
    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendation.id", ondelete="CASCADE")
    )
    # A FollowUpAssessment, None until assessed.
    assessment: Mapped[str | None] = mapped_column(String(24))
    comment: Mapped[str | None] = mapped_column(Text)
    # A link (https://…) or a Slack file id (F…) to what shows it.
    evidence: Mapped[str | None] = mapped_column(String(500))
    assessed_by: Mapped[str | None] = mapped_column(String(64))
    assessed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # Moves on with every change: a form saved with an older version was opened before it.
    version: Mapped[int] = mapped_column(Integer, default=0)
    added_by: Mapped[str | None] = mapped_column(String(64))
