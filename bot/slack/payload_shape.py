"""Whether a verified request body is shaped like what Slack sends: its parts and their types.

Bolt reads a payload's fields without checking them (``"id" in team`` on a team that is a
number), and so do its matchers and our listeners; a payload that does not fit would fail
deep inside with a traceback and a 500. Checked first, it is refused with 400 and one line
naming the part that is wrong. Shapes only: never values, never the text of a field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# An id, or an object carrying one ({"id": "T…", "domain": …}); null where Slack sends null
# (an org-wide install's interactions have "team": null).
_ID_OR_OBJECT = ("team", "enterprise", "user", "channel")
_TEXTS = (
    "type",
    "token",
    "api_app_id",
    "team_id",
    "user_id",
    "channel_id",
    "enterprise_id",
    "context_team_id",
    "context_enterprise_id",
    "app_installed_team_id",
    "trigger_id",
    "response_url",
    "callback_id",
    "private_metadata",
    "thread_ts",
    "user_team",
    "event_id",
)
# Objects Bolt and our listeners look into, the same checks applying inside them.
_OBJECTS = (
    "event",
    "view",
    "message",
    "previous_message",
    "item",
    "container",
    "state",
    "assistant_thread",
    "function_data",
)
_LISTS_OF_OBJECTS = ("authorizations", "response_urls", "actions", "blocks")
# Slack nests event → message → previous_message …, a few levels; Bolt's readers recurse
# along such chains, so one nested far deeper is refused rather than followed.
_MAX_DEPTH = 6


def problem(payload: object) -> str | None:
    """What makes ``payload`` unlike anything Slack sends, or None when it fits."""
    if not isinstance(payload, dict):
        return "the payload is not a JSON object"
    if "command" in payload:
        return _missing(payload, "command", "text", "user_id", "team_id", "channel_id")
    if payload.get("ssl_check") == "1":
        return None
    if "type" not in payload:
        return "neither a command, an interaction nor an event"
    return _parts(payload, "payload", 0) or _KINDS.get(str(payload["type"]), _fits)(payload)


def _parts(obj: dict[str, Any], where: str, depth: int) -> str | None:
    if depth > _MAX_DEPTH:
        return f"{where} is nested deeper than Slack nests payloads"
    for key in _ID_OR_OBJECT:
        value = obj.get(key)
        if value is not None and not isinstance(value, str | dict):
            return f"{where}.{key} is neither an id nor an object"
        if isinstance(value, dict) and not isinstance(value.get("id", ""), str | None):
            return f"{where}.{key}.id is not text"
    for key in _TEXTS:
        if not isinstance(obj.get(key, ""), str | None):
            return f"{where}.{key} is not text"
    for key in _OBJECTS:
        value = obj.get(key)
        if value is None:
            continue
        if not isinstance(value, dict):
            return f"{where}.{key} is not an object"
        if found := _parts(value, f"{where}.{key}", depth + 1):
            return found
    for key in _LISTS_OF_OBJECTS:
        value = obj.get(key)
        if value is None:
            continue
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            return f"{where}.{key} is not a list of objects"
        for index, item in enumerate(value):
            if found := _parts(item, f"{where}.{key}[{index}]", depth + 1):
                return found
    return None


def _missing(payload: dict[str, Any], *keys: str) -> str | None:
    absent = [key for key in keys if not isinstance(payload.get(key), str)]
    return f"no {', '.join(absent)}" if absent else None


def _fits(payload: dict[str, Any]) -> str | None:
    return None


def _block_actions(payload: dict[str, Any]) -> str | None:
    if not isinstance(payload.get("user"), dict):
        return "a button pressed by no user"
    actions = payload.get("actions")
    if not actions:
        return "a button press without actions"
    for index, action in enumerate(actions):
        if not isinstance(action.get("action_id"), str):
            return f"actions[{index}] has no action_id"
    return _view(payload["view"]) if payload.get("view") is not None else None


def _view_payload(payload: dict[str, Any]) -> str | None:
    if not isinstance(payload.get("user"), dict):
        return "a view submitted by no user"
    if not isinstance(payload.get("view"), dict):
        return "no view"
    return _view(payload["view"])


def _view(view: dict[str, Any]) -> str | None:
    absent = [key for key in ("id", "type") if not isinstance(view.get(key), str)]
    if absent:
        return f"the view has no {', '.join(absent)}"
    values = (view.get("state") or {}).get("values", {})
    if not isinstance(values, dict) or not all(
        isinstance(block, dict) and all(isinstance(element, dict) for element in block.values())
        for block in values.values()
    ):
        return "the view's state.values are not objects by block and action"
    return None


def _event_callback(payload: dict[str, Any]) -> str | None:
    event = payload.get("event")
    if not isinstance(event, dict):
        return "an event_callback without an event"
    return _missing(event, "type") or _missing(payload, "event_id")


def _rate_limited(payload: dict[str, Any]) -> str | None:
    if not isinstance(payload.get("minute_rate_limited"), int):
        return "app_rate_limited without minute_rate_limited"
    return _missing(payload, "team_id")


_KINDS: dict[str, Callable[[dict[str, Any]], str | None]] = {
    "block_actions": _block_actions,
    "view_submission": _view_payload,
    "view_closed": _view_payload,
    "event_callback": _event_callback,
    "url_verification": lambda payload: _missing(payload, "challenge"),
    "app_rate_limited": _rate_limited,
}
