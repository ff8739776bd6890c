"""Slack's protocol, before any listener: notices of rate limiting, events the bot does not
handle, and the workspace of an organisation-wide installation's events."""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import Any

from slack_bolt import App, BoltContext, BoltResponse

log = logging.getLogger(__name__)


class Event(StrEnum):
    """The events the bot handles: those manifest.yml subscribes to."""

    APP_HOME_OPENED = "app_home_opened"
    FILE_SHARED = "file_shared"


_HANDLED = frozenset(Event)


def register(app: App) -> None:
    """Before handlers.middleware: what these answer needs no database and no Web API."""
    app.use(acknowledge_rate_limiting)
    app.use(acknowledge_unhandled_events)
    app.use(settle_workspace)


def acknowledge_rate_limiting(body: dict[str, Any], next) -> BoltResponse | None:
    """Slack tells every Events API app when it holds back a minute's events; it expects 200."""
    if body.get("type") != "app_rate_limited":
        next()
        return None
    log.warning(
        "Slack held back this app's events for workspace %s from minute %s (rate limited)",
        body.get("team_id"),
        body.get("minute_rate_limited"),
    )
    return BoltResponse(status=200, body="")


def acknowledge_unhandled_events(body: dict[str, Any], next) -> BoltResponse | None:
    """Some events come unasked (app_uninstalled, tokens_revoked): answered at once, without
    asking Slack who sent them or claiming them as handled."""
    event_type = (body.get("event") or {}).get("type")
    if body.get("type") != "event_callback" or event_type in _HANDLED:
        next()
        return None
    log.info("Acknowledged a %s event, which the bot does not handle", event_type)
    return BoltResponse(status=200, body="")


def settle_workspace(body: dict[str, Any], context: BoltContext, next) -> None:
    """Bolt takes an event's workspace from authorizations[0].team_id, which an
    organisation-wide installation leaves null: the event names its workspace elsewhere."""
    if not context.team_id and body.get("type") == "event_callback":
        team_id = _workspace_of(body)
        if team_id is not None:
            context["team_id"] = team_id
    next()


def _workspace_of(body: dict[str, Any]) -> str | None:
    event = body.get("event") or {}
    for candidate in (body.get("team_id"), body.get("context_team_id"), event.get("team")):
        # A workspace id, not the enterprise's (E…).
        if isinstance(candidate, str) and candidate.startswith("T"):
            return candidate
    return None
