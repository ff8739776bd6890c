"""The reminder ledger: claim a reminder, then record that it was sent (SPEC §4).

One row per (team, channel, reminder key). A sweep *claims* a reminder by inserting its row
(INSERT … ON CONFLICT DO NOTHING RETURNING id on the unique key, on SQLite and PostgreSQL
alike; rowcount is not reliable there): whoever inserts it owns it; everyone else sees the
conflict and moves on. The owner sends, then *confirms* with Slack's ts. Each step is its
own short transaction, so no lock is held while Slack is called.

The lease: a claim carries ``lease_expires_at`` (claim time + LEASE). A claim that was never
confirmed (the process died, the send failed) may be claimed again once its lease has
expired, at most MAX_ATTEMPTS times in all. LEASE is longer than the slowest send we allow:
the Web API client's 15-second timeout plus its rate-limit retries, each waiting Retry-After.
A claim taken over says when the unconfirmed one was made (``Claim.earlier``): Slack may have
taken that message all the same (the process died after posting, or Slack answered after the
client stopped waiting), so the sweep looks for it in the channel before sending again
(bot.services.reminders).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage.models import ReminderDelivery

LEASE = dt.timedelta(minutes=10)
MAX_ATTEMPTS = 5

LedgerKey = tuple[str, str, str]  # (team id, channel id, reminder key)


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    sent: bool
    lease_expires_at: dt.datetime
    attempts: int

    def is_open(self, now: dt.datetime) -> bool:
        """May this reminder be claimed now?"""
        return not self.sent and self.lease_expires_at <= now and self.attempts < MAX_ATTEMPTS


@dataclass(frozen=True, slots=True)
class Claim:
    """A reminder taken for sending. ``earlier``: when the claim it took over was made, one
    never confirmed, whose message may have reached Slack; None for a first claim."""

    earlier: dt.datetime | None = None


def _this(team_id: str, channel_id: str, key: str) -> tuple:
    """The ledger row of one reminder to one channel."""
    return (
        ReminderDelivery.team_id == team_id,
        ReminderDelivery.channel_id == channel_id,
        ReminderDelivery.reminder_key == key,
    )


def recent(
    session: Session, *, since: dt.datetime, key_prefix: str | None = None
) -> dict[LedgerKey, LedgerEntry]:
    """Claims made since ``since`` (of keys starting with ``key_prefix``): all a sweep needs
    to skip what is sent or in flight."""
    query = select(
        ReminderDelivery.team_id,
        ReminderDelivery.channel_id,
        ReminderDelivery.reminder_key,
        ReminderDelivery.sent_at,
        ReminderDelivery.lease_expires_at,
        ReminderDelivery.attempts,
    ).where(ReminderDelivery.claimed_at >= since)
    if key_prefix is not None:
        query = query.where(ReminderDelivery.reminder_key.startswith(key_prefix, autoescape=True))
    rows = session.execute(query)
    return {
        (team, channel, key): LedgerEntry(sent_at is not None, lease, attempts)
        for team, channel, key, sent_at, lease, attempts in rows
    }


def is_open(ledger: dict[LedgerKey, LedgerEntry], key: LedgerKey, now: dt.datetime) -> bool:
    entry = ledger.get(key)
    return entry is None or entry.is_open(now)


def claim(
    session: Session,
    *,
    team_id: str,
    channel_id: str,
    key: str,
    now: dt.datetime,
    worker: str,
    late: bool = False,
    lease: dt.timedelta = LEASE,
) -> Claim | None:
    """Take the reminder for sending; None when someone else has it or it is sent."""
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    inserted = session.execute(
        insert(ReminderDelivery)
        .values(
            team_id=team_id,
            channel_id=channel_id,
            reminder_key=key,
            claimed_at=now,
            claimed_by=worker,
            lease_expires_at=now + lease,
            attempts=1,
            late=late,
        )
        .on_conflict_do_nothing(index_elements=["team_id", "channel_id", "reminder_key"])
        .returning(ReminderDelivery.id)
    ).first()
    if inserted is not None:
        return Claim()
    # An earlier claim that was never confirmed and whose lease ran out: take it over.
    # The condition, and that nobody took it over since it was read, is re-checked on the
    # row itself, so two sweeps cannot both win.
    open_claim = (
        *_this(team_id, channel_id, key),
        ReminderDelivery.sent_at.is_(None),
        ReminderDelivery.lease_expires_at <= now,
        ReminderDelivery.attempts < MAX_ATTEMPTS,
    )
    earlier = session.scalar(select(ReminderDelivery.claimed_at).where(*open_claim))
    if earlier is None:
        return None
    taken = session.execute(
        update(ReminderDelivery)
        .where(*open_claim, ReminderDelivery.claimed_at == earlier)
        .values(
            claimed_at=now,
            claimed_by=worker,
            lease_expires_at=now + lease,
            attempts=ReminderDelivery.attempts + 1,
            late=late,
        )
        .returning(ReminderDelivery.id)
        .execution_options(synchronize_session=False)
    ).first()
    return Claim(earlier) if taken is not None else None


def confirm(
    session: Session,
    *,
    team_id: str,
    channel_id: str,
    key: str,
    worker: str,
    sent_at: dt.datetime,
    message_ts: str | None,
) -> bool:
    """Record the Slack ts; False if our claim was taken over meanwhile (lease too short)."""
    result = session.execute(
        update(ReminderDelivery)
        .where(
            *_this(team_id, channel_id, key),
            ReminderDelivery.claimed_by == worker,
            ReminderDelivery.sent_at.is_(None),
        )
        .values(sent_at=sent_at, message_ts=message_ts)
        .returning(ReminderDelivery.id)
        .execution_options(synchronize_session=False)
    ).first()
    return result is not None


def release(
    session: Session,
    *,
    team_id: str,
    channel_id: str,
    key: str,
    worker: str,
    now: dt.datetime,
    count_attempt: bool = True,
    keep_lease: bool = False,
    earlier: dt.datetime | None = None,
) -> None:
    """Give a claim back at once (rate limited, channel paused): the next sweep may retry.

    With ``count_attempt=False`` the try does not count towards MAX_ATTEMPTS: waiting for
    Slack's rate limit, for the network or for someone to re-invite the bot is not the
    reminder's fault. ``keep_lease`` leaves the claim until its lease runs out (a send that
    timed out may still have reached Slack). ``earlier``: the time of the claim this one took
    over, put back when this one sent nothing and could not tell whether that one had (the
    next take-over looks for its message from there).
    """
    values: dict[str, object] = {} if keep_lease else {"lease_expires_at": now}
    if not count_attempt:
        values["attempts"] = ReminderDelivery.attempts - 1
    if earlier is not None:
        values["claimed_at"] = earlier
    if not values:
        return
    session.execute(
        update(ReminderDelivery)
        .where(
            *_this(team_id, channel_id, key),
            ReminderDelivery.claimed_by == worker,
            ReminderDelivery.sent_at.is_(None),
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )


def delivery(
    session: Session, *, team_id: str, channel_id: str, key: str
) -> ReminderDelivery | None:
    return session.scalar(
        select(ReminderDelivery).where(
            *_this(team_id, channel_id, key),
        )
    )
