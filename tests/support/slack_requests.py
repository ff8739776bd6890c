"""Requests to the Bolt app built and signed exactly as Slack builds and signs them."""

from __future__ import annotations

import itertools
import json
import time
from typing import Any
from urllib.parse import urlencode

from slack_bolt import App, BoltRequest, BoltResponse
from slack_sdk.signature import SignatureVerifier

SIGNING_SECRET = "test-signing-secret-0123456789abcdef"
BOT_TOKEN = "xoxb-test-token-not-real"
TEAM_ID = "T0TEST"

_trigger = itertools.count(1)


def signed_headers(
    body: str,
    *,
    secret: str = SIGNING_SECRET,
    timestamp: int | None = None,
    content_type: str = "application/x-www-form-urlencoded",
    retry_num: int | None = None,
) -> dict[str, str]:
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=stamp, body=body)
    headers = {
        "content-type": content_type,
        "x-slack-request-timestamp": stamp,
        "x-slack-signature": signature,
    }
    if retry_num is not None:
        headers["x-slack-retry-num"] = str(retry_num)
        headers["x-slack-retry-reason"] = "http_timeout"
    return headers


def command_body(
    text: str,
    *,
    user: str = "U0READER",
    channel: str = "C0TEAM",
    team: str = TEAM_ID,
    response_url: str = "",
    command: str = "/revision",
) -> str:
    return urlencode(
        {
            "token": "legacy-verification-token",
            "team_id": team,
            "team_domain": "exempel",
            "channel_id": channel,
            "channel_name": "revision",
            "user_id": user,
            "user_name": user.lower(),
            "command": command,
            "text": text,
            "api_app_id": "A0REVISOR",
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": f"{next(_trigger)}.trigger",
        }
    )


def interaction_body(payload: dict[str, Any]) -> str:
    return urlencode({"payload": json.dumps(payload)})


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
    payload: dict[str, Any] = {
        "type": "block_actions",
        "team": {"id": team, "domain": "exempel"},
        "user": {"id": user, "username": user.lower(), "team_id": team},
        "api_app_id": "A0REVISOR",
        "token": "legacy-verification-token",
        "trigger_id": f"{next(_trigger)}.trigger",
        "actions": [{"action_ts": str(time.time()), **action}],
        "response_url": response_url,
        "is_enterprise_install": False,
    }
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
    return {
        "type": "view_submission",
        "team": {"id": team, "domain": "exempel"},
        "user": {"id": user, "username": user.lower(), "team_id": team},
        "api_app_id": "A0REVISOR",
        "token": "legacy-verification-token",
        "trigger_id": f"{next(_trigger)}.trigger",
        "view": submitted,
        "is_enterprise_install": False,
    }


def event_body(event: dict[str, Any], *, team: str = TEAM_ID, event_id: str = "Ev0001") -> str:
    return json.dumps(
        {
            "token": "legacy-verification-token",
            "team_id": team,
            "api_app_id": "A0REVISOR",
            "event": event,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "authorizations": [{"team_id": team, "user_id": "U0BOT", "is_bot": True}],
        }
    )


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
