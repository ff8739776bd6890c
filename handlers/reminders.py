"""Controls on reminder messages: snoozing a response reminder (editors only).

"Markera inkommet" and the action status choice on the same messages are handled by
handlers/actions.py; this module owns only the snooze select (ActionId.SNOOZE, option values
"<request id>:<days>").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from slack_bolt import Ack, App
from slack_bolt.context.respond import Respond

from bot.blocks.ids import ActionId
from bot.blocks.mrkdwn import escape
from bot.core.i18n import format_date, t
from bot.core.runtime import Runtime
from bot.rules.calendar import SwedishCalendar
from bot.services.snooze import snooze_response
from handlers.replies import reply
from storage.db import transaction

_CALENDAR = SwedishCalendar()


def register(app: App) -> None:
    app.action(ActionId.SNOOZE)(snooze)


def snooze(
    ack: Ack,
    action: dict[str, Any],
    body: dict[str, Any],
    respond: Respond,
    runtime: Runtime,
    actor: Any,
    lang: str,
    today: dt.date,
    team_id: str,
) -> None:
    """Hold this channel's reminders about the response until the chosen day."""
    ack()
    actor.require_editor()
    value = (action.get("selected_option") or {}).get("value") or action.get("value")
    channel_id = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get(
        "channel_id", ""
    )
    with transaction(runtime.session_factory) as session:
        snoozed = snooze_response(
            session,
            team_id=team_id,
            channel_id=channel_id,
            value=value,
            user_id=actor.user_id,
            today=today,
            calendar=_CALENDAR,
        )
    reply(
        respond,
        text=t(
            "reminders.snoozed",
            lang,
            body=escape(snoozed.body),
            until=format_date(snoozed.until, lang),
        ),
        response_type="ephemeral",
        replace_original=False,
    )
