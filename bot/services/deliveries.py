"""Slack requests seen before: a retry of one already handled must not repeat its change.

A lookup command is not claimed: its answer is its own HTTP response, so a repeat changes
nothing and posts nothing, and Slack does not retry slash commands anyway. That saves every
`/revision visa|frister|öppna|sök …` a database write (0.7 ms, and a moment of SQLite's one
writer lock) — BENCHMARKS.md. Interactions and events are always claimed: a repeated click
on "Dela i kanalen" would post twice.
"""

from __future__ import annotations

from typing import Any

from bot.core.errors import NoMatch
from bot.core.runtime import Runtime
from bot.rules.subcommands import LOOKUPS, parse
from storage.db import transaction
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


def first_delivery(runtime: Runtime, *, team_id: str, key: str) -> bool:
    """Whether this is the first delivery of ``key`` (it is claimed if so)."""
    with transaction(runtime.session_factory) as session:
        return claim_request(session, team_id=team_id, key=key, now=runtime.clock.now())


def _only_looks_up(text: str) -> bool:
    try:
        sub, _ = parse(text)
    except NoMatch:  # an unknown sub-command is answered with suggestions, nothing else
        return True
    return sub in LOOKUPS
