"""Slack requests seen before: a retry of one already handled must not repeat its change."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from storage.requests import claim_request


def request_key(body: dict[str, Any]) -> str | None:
    """What identifies one delivery across Slack's retries: the event id or the trigger id."""
    if body.get("type") == "event_callback":
        return body.get("event_id")
    trigger = body.get("trigger_id")
    return f"trigger:{trigger}" if trigger else None


def first_delivery(session: Session, *, team_id: str, key: str, now: dt.datetime) -> bool:
    return claim_request(session, team_id=team_id, key=key, now=now)
