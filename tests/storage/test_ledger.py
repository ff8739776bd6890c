"""The reminder ledger's claims: a take-over says when the claim it replaces was made, so the
sweep can look for that claim's message in Slack before it sends again (issue 14, item 8)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from storage import ledger
from storage.db import transaction
from storage.ledger import LEASE, Claim

T0 = dt.datetime(2030, 4, 12, 8, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
WHERE = {"team_id": "T0TEAM", "channel_id": "C0KANAL", "key": "deadline:1:7"}


def _claim(session_factory: sessionmaker[Session], now: dt.datetime, worker: str):
    with transaction(session_factory) as session:
        return ledger.claim(session, **WHERE, now=now, worker=worker)


def _same_instant(a: dt.datetime | None, b: dt.datetime) -> bool:
    """SQLite hands datetimes back without their zone (stored as UTC)."""
    assert a is not None
    return (a if a.tzinfo else a.replace(tzinfo=dt.UTC)) == b


def test_a_first_claim_has_no_earlier_one_and_a_leased_claim_is_nobody_elses(
    session_factory: sessionmaker[Session],
) -> None:
    assert _claim(session_factory, T0, "sweep-a") == Claim(earlier=None)
    assert _claim(session_factory, T0 + LEASE - dt.timedelta(seconds=1), "sweep-b") is None


def test_a_take_over_says_when_the_unconfirmed_claim_was_made(
    session_factory: sessionmaker[Session],
) -> None:
    _claim(session_factory, T0, "sweep-a")
    later = T0 + LEASE + dt.timedelta(minutes=5)
    taken = _claim(session_factory, later, "sweep-b")
    assert taken is not None and _same_instant(taken.earlier, T0)
    assert _claim(session_factory, later, "sweep-c") is None  # one take-over wins


def test_a_take_over_that_could_not_tell_hands_the_earlier_time_on(
    session_factory: sessionmaker[Session],
) -> None:
    """Slack could not say whether the first claim's message went out: the claim is released
    with the first claim's time, and the next take-over looks from there, not from its own."""
    _claim(session_factory, T0, "sweep-a")
    second = T0 + LEASE + dt.timedelta(minutes=1)
    taken = _claim(session_factory, second, "sweep-b")
    assert taken is not None
    with transaction(session_factory) as session:
        ledger.release(
            session,
            **WHERE,
            worker="sweep-b",
            now=second,
            count_attempt=False,
            keep_lease=True,
            earlier=taken.earlier,
        )
    assert _claim(session_factory, second + LEASE - dt.timedelta(minutes=1), "sweep-c") is None
    third = _claim(session_factory, second + LEASE + dt.timedelta(minutes=1), "sweep-c")
    assert third is not None and _same_instant(third.earlier, T0)


def test_a_confirmed_reminder_is_never_claimed_again(
    session_factory: sessionmaker[Session],
) -> None:
    _claim(session_factory, T0, "sweep-a")
    with transaction(session_factory) as session:
        assert ledger.confirm(
            session, **WHERE, worker="sweep-a", sent_at=T0, message_ts="1902384000.000001"
        )
    assert _claim(session_factory, T0 + 3 * LEASE, "sweep-b") is None
