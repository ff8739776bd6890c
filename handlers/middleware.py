"""Global middleware: skip repeated deliveries, then tell listeners who is asking.

Listeners receive these context keys as keyword arguments: ``runtime`` (set by build_app),
``lang`` ("sv"/"en"), ``actor`` (bot.directory.Actor: user_id, is_editor, require_editor())
and ``today`` (the local date by the runtime's clock); Bolt adds ``team_id``.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext, BoltResponse
from slack_sdk import WebClient

from bot.core.runtime import Runtime
from bot.services.deliveries import first_delivery, request_key
from bot.slack.directory import Actor, Directory
from storage.db import transaction


def register(app: App) -> None:
    app.use(skip_repeated_deliveries)
    app.use(describe_user)


def skip_repeated_deliveries(
    body: dict[str, Any], context: BoltContext, next
) -> BoltResponse | None:
    """Slack retries (X-Slack-Retry-Num) what it thinks was lost; a second delivery does nothing."""
    runtime: Runtime = context["runtime"]
    key = request_key(body)
    if key is None or not context.team_id:
        next()
        return None
    with transaction(runtime.session_factory) as session:
        first = first_delivery(session, team_id=context.team_id, key=key, now=runtime.clock.now())
    if not first:
        context.logger.info("Already handled %s; acknowledging the repeat only", key)
        return BoltResponse(status=200, body="")
    next()
    return None


def describe_user(context: BoltContext, client: WebClient, next) -> None:
    runtime: Runtime = context["runtime"]
    directory: Directory = context["directory"]
    team_id = context.team_id or ""
    user_id = context.user_id or ""
    context["today"] = runtime.today()
    context["lang"] = (
        directory.language(client, team_id, user_id) if user_id else runtime.settings.language
    )
    context["actor"] = Actor(user_id, lambda: directory.is_editor(client, team_id, user_id))
    next()
