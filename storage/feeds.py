"""Calendar feed addresses: one per watching channel, its secret made anew when replaced.

Creating and replacing are changes an editor makes, so both are logged (storage.edits), the
secret itself never: the log says only that the address was made or replaced.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.base import MAX_ID, utcnow
from storage.edits import Edit
from storage.models import CalendarFeed

HIDDEN = "(secret)"


@dataclass(frozen=True, slots=True)
class FeedRow:
    id: int
    team_id: str
    channel_id: str
    token: str


def _row(feed: CalendarFeed) -> FeedRow:
    return FeedRow(feed.id, feed.team_id, feed.channel_id, feed.token)


def feed(session: Session, feed_id: int) -> FeedRow | None:
    """The feed with this id, in any workspace: the address names no workspace."""
    if not 0 < feed_id <= MAX_ID:
        return None
    found = session.get(CalendarFeed, feed_id)
    return None if found is None else _row(found)


def _channel_feed(edit: Edit, channel_id: str) -> CalendarFeed | None:
    return edit.session.scalar(
        select(CalendarFeed).where(
            CalendarFeed.team_id == edit.team_id, CalendarFeed.channel_id == channel_id
        )
    )


def ensure_feed(edit: Edit, *, channel_id: str, token: str) -> FeedRow:
    """The channel's feed; made with ``token`` when it has none (also when another editor
    makes one at the same moment: then theirs is the one)."""
    existing = _channel_feed(edit, channel_id)
    if existing is not None:
        return _row(existing)
    made = CalendarFeed(
        team_id=edit.team_id,
        channel_id=channel_id,
        token=token,
        created_by=edit.actor,
        created_at=utcnow(),
    )
    try:
        with edit.session.begin_nested():
            edit.session.add(made)
    except IntegrityError:
        existing = _channel_feed(edit, channel_id)
        assert existing is not None, "the feed that won the race is gone"
        return _row(existing)
    edit.log(made, "token", None, HIDDEN)
    return _row(made)


def replace_token(edit: Edit, *, channel_id: str, token: str) -> FeedRow:
    """Give the channel's feed a new secret: the old address stops answering at once."""
    existing = _channel_feed(edit, channel_id)
    if existing is None:
        return ensure_feed(edit, channel_id=channel_id, token=token)
    existing.token = token
    existing.created_by = edit.actor
    existing.created_at = utcnow()
    edit.log(existing, "token", HIDDEN, HIDDEN)
    return _row(existing)


def every_feed(session: Session) -> list[FeedRow]:
    """Every feed in every workspace, oldest first: what `revisorbot run` writes ahead."""
    return [
        _row(found) for found in session.scalars(select(CalendarFeed).order_by(CalendarFeed.id))
    ]
