"""Events: a report shared in a channel where the bot is a member.

Slack waits three seconds for an event's acknowledgement and retries it after that; offering
the import asks Slack who shared the file, what it is and then posts the offer, so the event
is acknowledged first and a lazy listener makes the offer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.blocks.importing import FILE_TYPES, file_offer
from handlers.errors import tell_after_acknowledging
from handlers.middleware import patient_context
from handlers.protocol import Event


def register(app: App) -> None:
    app.event(Event.FILE_SHARED)(ack=acknowledge, lazy=[offer_import])


def acknowledge(ack: Ack) -> None:
    ack()


def offer_import(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """A report shared in a channel: offer whoever shared it (an editor) to import it."""
    channel = event.get("channel_id")
    ctx = patient_context(context, client)
    if not channel or not ctx.is_editor:
        return
    try:
        info = client.files_info(file=event["file_id"])["file"]
        name = info.get("name") or info.get("title") or event["file_id"]
        if Path(name).suffix.casefold().lstrip(".") not in FILE_TYPES:
            return
        message = file_offer(event["file_id"], name, lang=ctx.lang)
        client.chat_postEphemeral(
            channel=channel, user=ctx.user_id, text=message.text, blocks=message.blocks
        )
    except Exception as error:
        tell_after_acknowledging(error, context, client, ctx.lang)
