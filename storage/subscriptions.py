"""Which Slack channels watch which organisations."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from storage import history
from storage.models import Organisation, Subscription


@dataclass(frozen=True, slots=True)
class SubscriptionView:
    id: int
    channel_id: str
    organisation_id: int
    organisation: str
    paused: bool
    paused_reason: str | None
    settings: dict


def watch(
    session: Session, *, team_id: str, channel_id: str, organisation_id: int, actor: str
) -> bool:
    """Let the channel watch the organisation; False when it already did (and is resumed)."""
    existing = session.scalar(
        select(Subscription).where(
            Subscription.team_id == team_id,
            Subscription.channel_id == channel_id,
            Subscription.organisation_id == organisation_id,
        )
    )
    if existing is not None:
        existing.paused_at = None
        existing.paused_reason = None
        return False
    subscription = Subscription(
        team_id=team_id,
        channel_id=channel_id,
        organisation_id=organisation_id,
        created_by=actor,
        settings={},
    )
    session.add(subscription)
    session.flush()
    history.record(
        session,
        team_id=team_id,
        actor=actor,
        entity="subscription",
        entity_id=subscription.id,
        field="watch",
        old_value=None,
        new_value=channel_id,
    )
    return True


def unwatch(
    session: Session, *, team_id: str, channel_id: str, organisation_id: int, actor: str
) -> bool:
    existing = session.scalar(
        select(Subscription).where(
            Subscription.team_id == team_id,
            Subscription.channel_id == channel_id,
            Subscription.organisation_id == organisation_id,
        )
    )
    if existing is None:
        return False
    history.record(
        session,
        team_id=team_id,
        actor=actor,
        entity="subscription",
        entity_id=existing.id,
        field="watch",
        old_value=channel_id,
        new_value=None,
    )
    session.delete(existing)
    return True


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
