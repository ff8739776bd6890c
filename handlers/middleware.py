"""Global middleware: skip repeated deliveries, then say who is asking (one RequestContext),
without waiting on Slack's Web API for more than a moment before the answer.

Listeners receive ``ctx`` (bot.core.context.RequestContext: workspace, user, editor or not,
language, today) as a keyword argument, besides Bolt's own; ``runtime`` is set by build_app.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext, BoltResponse
from slack_sdk import WebClient

from bot.core.context import RequestContext
from bot.core.runtime import Runtime
from bot.services.deliveries import first_delivery, request_key
from bot.slack.directory import PATIENT_SECONDS, Directory


def register(app: App) -> None:
    app.use(skip_repeated_deliveries)
    app.use(describe_request)


def skip_repeated_deliveries(
    body: dict[str, Any], context: BoltContext, next
) -> BoltResponse | None:
    """Slack retries (X-Slack-Retry-Num) what it thinks was lost; a second delivery does nothing."""
    runtime: Runtime = context["runtime"]
    key = request_key(body)
    if key is None or not context.team_id:
        next()
        return None
    if not first_delivery(runtime, team_id=context.team_id, key=key):
        context.logger.info("Already handled %s; acknowledging the repeat only", key)
        return BoltResponse(status=200, body="")
    next()
    return None


def describe_request(context: BoltContext, client: WebClient, next) -> None:
    """Before the answer: what Slack has not said within a moment is taken as the default."""
    context["ctx"] = _request_context(context, client, within=None)
    next()


def patient_context(context: BoltContext, client: WebClient) -> RequestContext:
    """For a lazy listener, which runs after Slack has its answer: it may wait for Slack to say
    the user's language and whether they may change data (bot.slack.directory)."""
    return _request_context(context, client, within=PATIENT_SECONDS)


def _request_context(
    context: BoltContext, client: WebClient, *, within: float | None
) -> RequestContext:
    runtime: Runtime = context["runtime"]
    directory: Directory = context["directory"]
    team_id = context.team_id or ""
    user_id = context.user_id or ""
    return RequestContext(
        runtime,
        team_id=team_id,
        user_id=user_id,
        lang=directory.language(client, team_id, user_id, within=within)
        if user_id
        else runtime.settings.language,
        today=runtime.today(),
        check_editor=lambda: (
            bool(user_id) and directory.is_editor(client, team_id, user_id, within=within)
        ),
    )
