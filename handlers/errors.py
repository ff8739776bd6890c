"""The one error handler: typed errors become a friendly answer on the surface the user used.

Anything unexpected is logged with a short id that the user also sees; nothing is swallowed.
A request that has not passed Bolt's signature check is never answered from: its body names
whoever an attacker wants told (a response_url, a user, a channel).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt import App, BoltContext, BoltResponse
from slack_sdk import WebClient

from bot.blocks.common import Message
from bot.blocks.errors import explain
from bot.blocks.modals import modal
from bot.core.i18n import t

log = logging.getLogger("revisorbot.errors")

VERIFIED = "request_verified"


def register(app: App) -> None:
    app.error(handle_error)


def mark_verified(context: BoltContext, next) -> None:
    """Bolt runs this right after its signature check (App's before_authorize)."""
    context[VERIFIED] = True
    next()


def handle_error(
    error: Exception, body: dict[str, Any], context: BoltContext, client: WebClient
) -> BoltResponse:
    if not context.get(VERIFIED):
        # Bolt's own check failed on what it could not read (a timestamp "abc").
        log.warning("Refused a request that could not be verified (%s)", type(error).__name__)
        return BoltResponse(status=401, body="")
    ctx = context.get("ctx")
    lang = ctx.lang if ctx is not None else _default_language(context)
    message, field_text = explain(error, lang)
    kind = body.get("type")
    if kind == "view_submission":
        field = getattr(error, "field", None)
        return _json(_modal_error(body.get("view") or {}, message, field_text, lang, field))
    if body.get("command"):
        return _json({"response_type": "ephemeral", "text": message.text, "blocks": message.blocks})
    _tell_user(body, context, client, message)
    return BoltResponse(status=200, body="")


def tell_after_acknowledging(
    error: Exception, context: BoltContext, client: WebClient, lang: str
) -> None:
    """What handle_error does, for a lazy listener: its errors never reach @app.error."""
    message, _ = explain(error, lang)
    _tell_user({}, context, client, message)


def _default_language(context: BoltContext) -> str:
    runtime = context.get("runtime")
    return runtime.settings.language if runtime is not None else "sv"


def _json(payload: dict[str, Any]) -> BoltResponse:
    return BoltResponse(
        status=200, body=json.dumps(payload), headers={"content-type": "application/json"}
    )


def _modal_error(
    view: dict[str, Any], message: Message, field_text: str, lang: str, field: str | None
) -> dict[str, Any]:
    """Under the field the error is about, else under the modal's first field if it has one;
    else the message is pushed over the modal, which stays as it was beneath (a preview
    refused on Spara is still there to correct)."""
    inputs = [
        block["block_id"]
        for block in view.get("blocks") or []
        if block.get("type") == "input" and block.get("block_id")
    ]
    if inputs:
        target = field if field in inputs else inputs[0]
        return {"response_action": "errors", "errors": {target: field_text[:2000]}}
    title = t("slack.error.title", lang)
    return {
        "response_action": "push",
        "view": modal(title, message.blocks, callback_id="error", lang=lang),
    }


def _tell_user(
    body: dict[str, Any], context: BoltContext, client: WebClient, message: Message
) -> None:
    """Actions answer through response_url; App Home and events by a private note.

    An error's links (a help page, say) are there to follow: no previews under the message.
    """
    user_id = context.user_id
    if context.respond is not None and context.respond.response_url:
        context.respond(
            text=message.text,
            blocks=message.blocks,
            response_type="ephemeral",
            replace_original=False,
            unfurl_links=False,
            unfurl_media=False,
        )
    elif user_id and context.channel_id:
        client.chat_postEphemeral(
            channel=context.channel_id, user=user_id, text=message.text, blocks=message.blocks
        )
    elif user_id:
        client.chat_postMessage(
            channel=user_id,
            text=message.text,
            blocks=message.blocks,
            unfurl_links=False,
            unfurl_media=False,
        )
    else:
        log.warning("No way to tell anyone about: %s", message.text)
