"""Slack requests already handled: the first delivery claims its key, retries find it taken."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import ProcessedRequest

# Slack retries within minutes; a day is ample and keeps the table small.
KEEP_FOR = dt.timedelta(days=1)


def claim_request(session: Session, *, team_id: str, key: str, now: dt.datetime) -> bool:
    """True for the first delivery of ``key``; False when it was already claimed.

    The unique key decides, so two processes receiving the same retry agree.
    """
    session.execute(delete(ProcessedRequest).where(ProcessedRequest.received_at < now - KEEP_FOR))
    try:
        with session.begin_nested():
            session.add(ProcessedRequest(team_id=team_id, request_key=key[:128], received_at=now))
    except IntegrityError:
        return False
    return True
