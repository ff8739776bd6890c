"""Tables the bot keeps for its own running rather than for the audit domain: calendar feed
addresses, Slack requests already handled, import previews and what a deletion took away.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import TEAM, Base, UTCDateTime, utcnow


class CalendarFeed(Base):
    """A watching channel's calendar feed: its address holds ``token``, a secret of 256 bits.

    The token is kept as it is, so that `/revision kalender` can show the address again; the
    feed compares it in constant time. Replacing it stops the old address at once.
    """

    __tablename__ = "calendar_feed"
    __table_args__ = (UniqueConstraint("team_id", "channel_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    channel_id: Mapped[str] = mapped_column(String(32))
    token: Mapped[str] = mapped_column(String(64))
    created_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ProcessedRequest(Base):
    """A Slack request already handled, so that Slack's retries of it change nothing."""

    __tablename__ = "processed_request"
    __table_args__ = (UniqueConstraint("team_id", "request_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    # An event's event_id, or the trigger_id of a command or interaction.
    request_key: Mapped[str] = mapped_column(String(128))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class ImportDraft(Base):
    """An extraction shown to a user as a preview; saved or dropped when they decide."""

    __tablename__ = "import_draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    user_id: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    organisation: Mapped[str | None] = mapped_column(String(200))
    extraction: Mapped[dict[str, Any]] = mapped_column(JSON)


class TrashedRows(Base):
    """What a deletion took away: the rows of an audit with everything under it, or of one
    item, as JSON, so that the deletion can be undone (SPEC §2: for at least 30 days).

    The rows themselves are deleted for real, so no query has to skip deleted rows; restoring
    puts them back with the same ids.
    """

    __tablename__ = "trash"
    __table_args__ = (Index(None, "team_id", "audit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(TEAM)
    # What was deleted ("audit", "recommendation", "action", "response_request") and its id.
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Integer)
    # The audit it belonged to (for an audit, itself): its history lists the deletion.
    audit_id: Mapped[int] = mapped_column(Integer)
    # How a person would name it: a recommendation's text, a board, an audit's title.
    label: Mapped[str] = mapped_column(Text)
    deleted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    deleted_by: Mapped[str] = mapped_column(String(64))
    # [{"table": …, "rows": [{column: value}, …]}, …] parents first; and the rows elsewhere
    # whose reference to them the deletion set to null, to link again.
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    restored_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    restored_by: Mapped[str | None] = mapped_column(String(64))
