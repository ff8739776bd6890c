"""Requests to the Bolt app, built and signed the way Slack builds and signs them."""

from __future__ import annotations

import itertools
import json
import time
from typing import Any
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

FORM = "application/x-www-form-urlencoded"
_trigger = itertools.count(1)


def signed_headers(
    body: str,
    *,
    secret: str,
    timestamp: int | None = None,
    content_type: str = FORM,
    retry_num: int | None = None,
) -> dict[str, str]:
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    headers = {
        "content-type": content_type,
        "x-slack-request-timestamp": stamp,
        "x-slack-signature": SignatureVerifier(secret).generate_signature(
            timestamp=stamp, body=body
        ),
    }
    if retry_num is not None:
        headers["x-slack-retry-num"] = str(retry_num)
        headers["x-slack-retry-reason"] = "http_timeout"
    return headers


def trigger_id() -> str:
    return f"{next(_trigger)}.{int(time.time())}.trigger"


def command_body(
    text: str,
    *,
    user: str,
    channel: str,
    team: str,
    response_url: str,
    command: str = "/revision",
) -> str:
    return urlencode(
        {
            "token": "unused-verification-token",
            "team_id": team,
            "team_domain": "revisorbot",
            "channel_id": channel,
            "channel_name": "revision",
            "user_id": user,
            "user_name": user.lower(),
            "command": command,
            "text": text,
            "api_app_id": "A0REVISOR",
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": trigger_id(),
        }
    )


def interaction_body(payload: dict[str, Any]) -> str:
    return urlencode({"payload": json.dumps(payload)})


def interaction_base(kind: str, *, user: str, team: str) -> dict[str, Any]:
    return {
        "type": kind,
        "team": {"id": team, "domain": "revisorbot"},
        "user": {"id": user, "username": user.lower(), "team_id": team},
        "api_app_id": "A0REVISOR",
        "token": "unused-verification-token",
        "trigger_id": trigger_id(),
        "is_enterprise_install": False,
    }


def event_body(event: dict[str, Any], *, team: str, event_id: str) -> str:
    return json.dumps(
        {
            "token": "unused-verification-token",
            "team_id": team,
            "api_app_id": "A0REVISOR",
            "event": event,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "authorizations": [{"team_id": team, "user_id": "U0BOT", "is_bot": True}],
        }
    )
