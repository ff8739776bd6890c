"""Requests to the Bolt app built and signed exactly as Slack builds and signs them."""

from __future__ import annotations

import itertools
import time
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse

from bot.console import requests

SIGNING_SECRET = "test-signing-secret-0123456789abcdef"
BOT_TOKEN = "xoxb-test-token-not-real"
TEAM_ID = "T0TEST"

_trigger = itertools.count(1)


def signed_headers(
    body: str,
    *,
    secret: str = SIGNING_SECRET,
    timestamp: int | None = None,
    content_type: str = requests.FORM,
    retry_num: int | None = None,
) -> dict[str, str]:
    return requests.signed_headers(
        body, secret=secret, timestamp=timestamp, content_type=content_type, retry_num=retry_num
    )


def command_body(
    text: str,
    *,
    user: str = "U0READER",
    channel: str = "C0TEAM",
    team: str = TEAM_ID,
    response_url: str = "",
    command: str = "/revision",
) -> str:
    return requests.command_body(
        text, user=user, channel=channel, team=team, response_url=response_url, command=command
    )


interaction_body = requests.interaction_body


def block_action_payload(
    action: dict[str, Any],
    *,
    user: str = "U0READER",
    channel: str | None = "C0TEAM",
    team: str = TEAM_ID,
    response_url: str = "",
    view: dict[str, Any] | None = None,
    message: dict[str, Any] | None = None,
) -> dict[str, Any]:
    payload = requests.interaction_base("block_actions", user=user, team=team)
    payload["actions"] = [{"action_ts": str(time.time()), **action}]
    payload["response_url"] = response_url
    if channel is not None:
        payload["channel"] = {"id": channel, "name": "revision"}
        payload["container"] = {
            "type": "message",
            "channel_id": channel,
            "message_ts": "1700000000.000100",
            "is_ephemeral": True,
        }
    if view is not None:
        payload["view"] = view
        payload["container"] = {"type": "view", "view_id": view.get("id", "V0OPEN")}
    if message is not None:
        payload["message"] = message
    return payload


def view_submission_payload(
    view: dict[str, Any],
    *,
    values: dict[str, dict[str, Any]],
    user: str = "U0READER",
    team: str = TEAM_ID,
) -> dict[str, Any]:
    submitted = {
        **view,
        "id": view.get("id", "V0OPEN"),
        "state": {"values": values},
        "team_id": team,
        "type": "modal",
    }
    return {**requests.interaction_base("view_submission", user=user, team=team), "view": submitted}


def event_body(event: dict[str, Any], *, team: str = TEAM_ID, event_id: str = "Ev0001") -> str:
    return requests.event_body(event, team=team, event_id=event_id)


def file_shared(file_id: str, *, user: str, channel: str = "C0TEAM") -> dict[str, Any]:
    """The file_shared event Slack sends when ``user`` shares ``file_id`` in ``channel``."""
    return {
        "type": "file_shared",
        "file_id": file_id,
        "user_id": user,
        "file": {"id": file_id},
        "channel_id": channel,
        "event_ts": "1.2",
    }


def dispatch(
    app: App,
    body: str,
    headers: dict[str, str] | None = None,
    *,
    content_type: str = "application/x-www-form-urlencoded",
    retry_num: int | None = None,
) -> BoltResponse:
    """Hand a signed request to the app as its HTTP adapter would."""
    if headers is None:
        headers = signed_headers(body, content_type=content_type, retry_num=retry_num)
    return app.dispatch(BoltRequest(body=body, headers=headers))
