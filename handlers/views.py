"""Modal submissions: a received response's date, and a milestone of the auditors' year."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from slack_bolt import Ack, App
from slack_bolt.context.respond import Respond
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
from bot.core.errors import UserFacingError
from bot.core.i18n import format_day_of_year, t
from bot.core.runtime import Runtime
from bot.services import editing
from bot.slack.directory import Actor
from handlers.redraw import redraw
from storage.db import transaction


def register(app: App) -> None:
    app.view(CallbackId.MARK_RECEIVED)(record_received)
    app.view(CallbackId.EDIT_MILESTONE)(save_milestone)


def record_received(
    ack: Ack,
    view: dict[str, Any],
    client: WebClient,
    runtime: Runtime,
    actor: Actor,
    lang: str,
    today: dt.date,
    team_id: str,
) -> None:
    actor.require_editor()
    metadata = json.loads(view.get("private_metadata") or "{}")
    received_on = _picked_date(view["state"]["values"], RECEIVED_BLOCK, RECEIVED_ACTION)
    with transaction(runtime.session_factory) as session:
        request = editing.mark_received(
            session,
            team_id=team_id,
            request_id=int(metadata["request"]),
            received_on=received_on,
            today=today,
            actor=actor.user_id,
        )
    ack()
    _redraw(
        metadata,
        client=client,
        runtime=runtime,
        team_id=team_id,
        actor=actor,
        lang=lang,
        today=today,
        confirmation=received_confirmation(request, lang),
    )


def _picked_date(values: dict[str, Any], block: str, action: str) -> dt.date:
    picked = values[block][action].get("selected_date")
    try:
        return dt.date.fromisoformat(picked or "")
    except ValueError as error:
        raise UserFacingError("slack.error.date") from error


def _redraw(metadata: dict[str, Any], *, confirmation: str, **context: Any) -> None:
    """Redraw where the modal was opened from (its metadata says where), or confirm."""
    response_url = metadata.get("response_url")
    redraw(
        metadata.get("origin"),
        respond=Respond(response_url=response_url) if response_url else None,
        confirmation=confirmation,
        **context,
    )


def save_milestone(
    ack: Ack,
    view: dict[str, Any],
    client: WebClient,
    runtime: Runtime,
    actor: Actor,
    lang: str,
    today: dt.date,
    team_id: str,
) -> None:
    actor.require_editor()
    metadata = json.loads(view.get("private_metadata") or "{}")
    values = view["state"]["values"]
    day = _picked_date(values, MILESTONE_DATE_BLOCK, MILESTONE_ACTION)
    chosen = values.get(MILESTONE_ON_BLOCK, {}).get(MILESTONE_ACTION, {}).get("selected_options")
    enabled = any(option.get("value") == MILESTONE_ON for option in chosen or ())
    with transaction(runtime.session_factory) as session:
        if "milestone" in metadata:
            item = editing.set_milestone(
                session,
                team_id=team_id,
                names=runtime.names,
                value=metadata.get("milestone"),
                day=day,
                enabled=enabled,
                today=today,
                actor=actor.user_id,
            )
        else:
            label = values.get(MILESTONE_LABEL_BLOCK, {}).get(MILESTONE_ACTION, {}).get("value")
            item = editing.add_milestone(
                session,
                team_id=team_id,
                names=runtime.names,
                organisation_id=str(metadata.get("organisation", "")),
                label=label or "",
                day=day,
                enabled=enabled,
                today=today,
                actor=actor.user_id,
            )
    ack()
    confirmation = t(
        "slack.milestone.moved" if enabled else "slack.milestone.turned_off",
        lang,
        organisation=escape(item.organisation),
        label=milestone_label(item, lang),
        date=format_day_of_year(item.due, lang),
    )
    _redraw(
        metadata,
        client=client,
        runtime=runtime,
        team_id=team_id,
        actor=actor,
        lang=lang,
        today=today,
        confirmation=confirmation,
    )
