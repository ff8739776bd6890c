"""The calendar feed's "Byt adress" button (editors only): the address shown is replaced, and
the old one stops answering at once."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App
from slack_bolt.context.respond import Respond

from bot.blocks.calendar import feed_address_message
from bot.blocks.ids import ActionId
from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.services import calendar
from handlers.replies import reply


def register(app: App) -> None:
    app.action(ActionId.REPLACE_CALENDAR_FEED)(replace_address)


def replace_address(ack: Ack, body: dict[str, Any], respond: Respond, ctx: RequestContext) -> None:
    ack()
    channel_id = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get(
        "channel_id"
    )
    if not channel_id:
        raise UserFacingError("slack.error.stale")
    address = calendar.replace_feed_address(ctx, channel_id=channel_id)
    message = feed_address_message(address, lang=ctx.lang, replaced=True)
    reply(
        respond,
        text=message.text,
        blocks=message.blocks,
        response_type="ephemeral",
        replace_original=True,
    )
