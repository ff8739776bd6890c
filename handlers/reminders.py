"""Controls on reminder messages: snoozing a response reminder (editors only).

"Markera inkommet" and the action status choice on the same messages are handled by
handlers/actions.py; this module owns only the snooze select (ActionId.SNOOZE, option values
"<request id>:<days>").
"""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App
from slack_bolt.context.respond import Respond

from bot.blocks.ids import ActionId
from bot.blocks.mrkdwn import escape
from bot.core.context import RequestContext
from bot.core.i18n import format_date, t
from bot.rules.calendar import SwedishCalendar
from bot.services import editing
from handlers.replies import reply

_CALENDAR = SwedishCalendar()


def register(app: App) -> None:
    app.action(ActionId.SNOOZE)(snooze)


def snooze(
    ack: Ack, action: dict[str, Any], body: dict[str, Any], respond: Respond, ctx: RequestContext
) -> None:
    """Hold this channel's reminders about the response until the chosen day."""
    ack()
    value = (action.get("selected_option") or {}).get("value") or action.get("value")
    channel_id = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get(
        "channel_id", ""
    )
    snoozed = editing.snooze_response(ctx, channel_id=channel_id, value=value, calendar=_CALENDAR)
    reply(
        respond,
        text=t(
            "reminders.snoozed",
            ctx.lang,
            body=escape(snoozed.body),
            until=format_date(snoozed.until, ctx.lang),
        ),
        response_type="ephemeral",
        replace_original=False,
    )
