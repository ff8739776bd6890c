"""Events: a report shared in a channel where the bot is a member."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot.blocks.importing import FILE_TYPES, file_offer
from bot.core.context import RequestContext
from handlers.protocol import Event


def register(app: App) -> None:
    app.event(Event.FILE_SHARED)(offer_import)


def offer_import(event: dict[str, Any], client: WebClient, ctx: RequestContext) -> None:
    """A report shared in a channel: offer whoever shared it (an editor) to import it."""
    channel = event.get("channel_id")
    if not channel or not ctx.is_editor:
        return
    info = client.files_info(file=event["file_id"])["file"]
    name = info.get("name") or info.get("title") or event["file_id"]
    if Path(name).suffix.casefold().lstrip(".") not in FILE_TYPES:
        return
    message = file_offer(event["file_id"], name, lang=ctx.lang)
    client.chat_postEphemeral(
        channel=channel, user=ctx.user_id, text=message.text, blocks=message.blocks
    )
