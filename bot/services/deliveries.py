"""Slack requests seen before: a retry of one already handled must not repeat its change.

A lookup command is not claimed: its answer is its own HTTP response, so a repeat changes
nothing and posts nothing, and Slack does not retry slash commands anyway. That saves every
`/revision visa|frister|öppna|sök …` a database write (0.7 ms, and a moment of SQLite's one
writer lock) — BENCHMARKS.md. Interactions and events are always claimed: a repeated click
on "Dela i kanalen" would post twice.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from bot.core.errors import NoMatch
from bot.rules.subcommands import LOOKUPS, parse
from storage.requests import claim_request


def request_key(body: dict[str, Any]) -> str | None:
    """What identifies one delivery across Slack's retries: the event id or the trigger id;
    None for one whose repeat would change nothing (a lookup command)."""
    if body.get("type") == "event_callback":
        return body.get("event_id")
    if body.get("command") and _only_looks_up(str(body.get("text") or "")):
        return None
    trigger = body.get("trigger_id")
    return f"trigger:{trigger}" if trigger else None


def first_delivery(session: Session, *, team_id: str, key: str, now: dt.datetime) -> bool:
    return claim_request(session, team_id=team_id, key=key, now=now)


def _only_looks_up(text: str) -> bool:
    try:
        sub, _ = parse(text)
    except NoMatch:  # an unknown sub-command is answered with suggestions, nothing else
        return True
    return sub in LOOKUPS
