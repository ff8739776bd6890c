"""After a change, the user sees the new state where they made it."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.context.respond import Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.blocks.state import HOME, ViewState
from bot.core.context import RequestContext
from handlers.answers import answer
from handlers.home import publish_home
from handlers.replies import reply

log = logging.getLogger(__name__)


def redraw(
    ctx: RequestContext,
    origin: str | None,
    *,
    respond: Respond | None,
    client: WebClient,
    confirmation: str,
) -> None:
    """Redraw App Home or the answer the control sat in; elsewhere (a reminder) confirm."""
    try:
        if origin == HOME:
            publish_home(client, ctx)
            return
        state = ViewState.decode(origin)
        if respond is None:
            return
        if state is None:
            reply(respond, text=confirmation, response_type="ephemeral", replace_original=False)
            return
        message = answer(ctx, state)
        reply(respond, text=message.text, blocks=message.blocks, replace_original=True)
    except SlackApiError as error:
        # The change is saved; only the picture of it is stale. Say so in the log.
        log.warning("Saved, but could not redraw %s: %s", origin, error.response.get("error"))


def redraw_after_modal(
    ctx: RequestContext, metadata: dict[str, Any], *, client: WebClient, confirmation: str
) -> None:
    """Redraw where a modal was opened from (its metadata says where), or confirm."""
    response_url = metadata.get("response_url")
    redraw(
        ctx,
        metadata.get("origin"),
        respond=Respond(response_url=response_url) if response_url else None,
        client=client,
        confirmation=confirmation,
    )
