"""Which Slack channels watch which organisations, with their reminder settings, snoozes and
pauses; every change a person makes is logged (storage.edits)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from storage.base import utcnow
from storage.edits import Edit
from storage.errors import NotFound
from storage.models import Organisation, ReminderSnooze, ResponseRequest, Subscription
from storage.sweep import WatchRow


@dataclass(frozen=True, slots=True)
class SubscriptionView:
    id: int
    channel_id: str
    organisation_id: int
    organisation: str
    paused: bool
    paused_reason: str | None
    settings: dict


def _subscription(edit: Edit, channel_id: str, organisation_id: int) -> Subscription | None:
    return edit.session.scalar(
        select(Subscription).where(
            Subscription.team_id == edit.team_id,
            Subscription.channel_id == channel_id,
            Subscription.organisation_id == organisation_id,
        )
    )


def watch(edit: Edit, *, channel_id: str, organisation_id: int) -> bool:
    """Let the channel watch the organisation; False when it already did (and is resumed)."""
    existing = _subscription(edit, channel_id, organisation_id)
    if existing is not None:
        existing.paused_at = None
        existing.paused_reason = None
        return False
    subscription = Subscription(
        team_id=edit.team_id,
        channel_id=channel_id,
        organisation_id=organisation_id,
        created_by=edit.actor,
        settings={},
    )
    edit.session.add(subscription)
    edit.log(subscription, "watch", None, channel_id)
    return True


def unwatch(edit: Edit, *, channel_id: str, organisation_id: int) -> bool:
    existing = _subscription(edit, channel_id, organisation_id)
    if existing is None:
        return False
    edit.log(existing, "watch", channel_id, None)
    edit.session.delete(existing)
    return True


def subscription_settings(
    edit: Edit, *, channel_id: str, organisation_id: int
) -> dict[str, Any] | None:
    subscription = _subscription(edit, channel_id, organisation_id)
    return None if subscription is None else dict(subscription.settings or {})


def set_subscription_settings(
    edit: Edit, *, channel_id: str, organisation_id: int, settings: dict[str, Any]
) -> None:
    """Store a channel's (already validated) reminder settings for one organisation."""
    subscription = _subscription(edit, channel_id, organisation_id)
    if subscription is None:
        raise NotFound("subscription", f"{channel_id}/{organisation_id}")
    edit.set(subscription, "settings", dict(settings))


def snooze(
    edit: Edit, *, channel_id: str, request_id: int, snoozed_on: dt.date, until: dt.date
) -> None:
    """Hold the channel's reminders about a response until ``until`` (one snooze per channel)."""
    request = edit.row(ResponseRequest, request_id)
    existing = edit.session.scalar(
        select(ReminderSnooze).where(
            ReminderSnooze.team_id == edit.team_id,
            ReminderSnooze.channel_id == channel_id,
            ReminderSnooze.response_request_id == request_id,
        )
    )
    old = existing.until if existing is not None else None
    if existing is None:
        existing = ReminderSnooze(
            team_id=edit.team_id, channel_id=channel_id, response_request_id=request_id
        )
        edit.session.add(existing)
    existing.snoozed_on = snoozed_on
    existing.until = until
    existing.snoozed_by = edit.actor
    existing.snoozed_at = utcnow()
    edit.log(request, f"snoozed_until:{channel_id}", old, until)


def subscriptions(
    session: Session,
    *,
    team_id: str | None = None,
    channel_id: str | None = None,
    include_paused: bool = True,
) -> list[SubscriptionView]:
    """Subscriptions of one workspace, or of all when ``team_id`` is None (the reminder sweep)."""
    query = select(Subscription).options(joinedload(Subscription.organisation))
    if team_id is not None:
        query = query.where(Subscription.team_id == team_id)
    if channel_id is not None:
        query = query.where(Subscription.channel_id == channel_id)
    if not include_paused:
        query = query.where(Subscription.paused_at.is_(None))
    query = query.join(Organisation, Subscription.organisation_id == Organisation.id).order_by(
        Organisation.name, Subscription.channel_id
    )
    return [
        SubscriptionView(
            id=s.id,
            channel_id=s.channel_id,
            organisation_id=s.organisation_id,
            organisation=s.organisation.name,
            paused=s.paused_at is not None,
            paused_reason=s.paused_reason,
            settings=dict(s.settings or {}),
        )
        for s in session.scalars(query)
    ]


def pause_channel(
    session: Session, *, team_id: str, channel_id: str, reason: str, at: dt.datetime
) -> list[WatchRow]:
    """Pause every subscription of a channel the bot can no longer post to.

    Returns the subscriptions this call paused (none when another sweep got there first),
    so the caller tells people exactly once.
    """
    rows = session.execute(
        select(Subscription, Organisation.name)
        .join(Organisation, Subscription.organisation_id == Organisation.id)
        .where(
            Subscription.team_id == team_id,
            Subscription.channel_id == channel_id,
            Subscription.paused_at.is_(None),
        )
        .with_for_update(of=Subscription)
    ).all()
    paused: list[WatchRow] = []
    for subscription, organisation in rows:
        subscription.paused_at = at
        subscription.paused_reason = reason[:64]
        paused.append(
            WatchRow(
                subscription_id=subscription.id,
                team_id=team_id,
                channel_id=channel_id,
                organisation_id=subscription.organisation_id,
                organisation=organisation,
                settings=dict(subscription.settings or {}),
                created_at=subscription.created_at,
                created_by=subscription.created_by,
            )
        )
    return paused
