"""Modal submissions: a received response's date, and a milestone of the auditors' year."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.blocks.common import received_confirmation
from bot.blocks.ids import CallbackId
from bot.blocks.modals import (
    MILESTONE_ACTION,
    MILESTONE_DATE_BLOCK,
    MILESTONE_LABEL_BLOCK,
    MILESTONE_ON,
    MILESTONE_ON_BLOCK,
    RECEIVED_ACTION,
    RECEIVED_BLOCK,
)
from bot.blocks.reminders import milestone_label
from bot.blocks.text import escape
from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.core.i18n import format_day_of_year, t
from bot.rules.choices import parse_id
from bot.services import editing
from handlers.redraw import redraw_after_modal


def register(app: App) -> None:
    app.view(CallbackId.MARK_RECEIVED)(record_received)
    app.view(CallbackId.EDIT_MILESTONE)(save_milestone)


def record_received(ack: Ack, view: dict[str, Any], client: WebClient, ctx: RequestContext) -> None:
    ctx.require_editor()
    metadata = json.loads(view.get("private_metadata") or "{}")
    received_on = _picked_date(view["state"]["values"], RECEIVED_BLOCK, RECEIVED_ACTION)
    request = editing.mark_received(
        ctx, request_id=parse_id(str(metadata.get("request", ""))), received_on=received_on
    )
    ack()
    redraw_after_modal(
        ctx, metadata, client=client, confirmation=received_confirmation(request, ctx.lang)
    )


def _picked_date(values: dict[str, Any], block: str, action: str) -> dt.date:
    picked = values[block][action].get("selected_date")
    try:
        return dt.date.fromisoformat(picked or "")
    except ValueError as error:
        raise UserFacingError("slack.error.date") from error


def save_milestone(ack: Ack, view: dict[str, Any], client: WebClient, ctx: RequestContext) -> None:
    ctx.require_editor()
    metadata = json.loads(view.get("private_metadata") or "{}")
    values = view["state"]["values"]
    day = _picked_date(values, MILESTONE_DATE_BLOCK, MILESTONE_ACTION)
    chosen = values.get(MILESTONE_ON_BLOCK, {}).get(MILESTONE_ACTION, {}).get("selected_options")
    enabled = any(option.get("value") == MILESTONE_ON for option in chosen or ())
    if "milestone" in metadata:
        item = editing.set_milestone(ctx, value=metadata.get("milestone"), day=day, enabled=enabled)
    else:
        label = values.get(MILESTONE_LABEL_BLOCK, {}).get(MILESTONE_ACTION, {}).get("value")
        item = editing.add_milestone(
            ctx,
            organisation_id=str(metadata.get("organisation", "")),
            label=label or "",
            day=day,
            enabled=enabled,
        )
    ack()
    confirmation = t(
        "slack.milestone.moved" if enabled else "slack.milestone.turned_off",
        ctx.lang,
        organisation=escape(item.organisation),
        label=milestone_label(item, ctx.lang),
        date=format_day_of_year(item.due, ctx.lang),
    )
    redraw_after_modal(ctx, metadata, client=client, confirmation=confirmation)
