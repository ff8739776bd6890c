"""Buttons and selects: paging, sharing, opening an audit, and the controls that change data."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from bot.blocks.common import status_confirmation
from bot.blocks.ids import ActionId
from bot.blocks.importing import import_modal
from bot.blocks.modals import mark_received_modal, milestone_modal
from bot.blocks.reminders import milestone_label
from bot.blocks.state import HOME, ViewState, origin_of
from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.rules.choices import parse_id
from bot.rules.subcommands import Subcommand
from bot.services import editing
from handlers.answers import answer
from handlers.redraw import redraw
from handlers.replies import reply


def register(app: App) -> None:
    app.action(ActionId.PAGE_NEXT)(turn_page)
    app.action(ActionId.PAGE_PREVIOUS)(turn_page)
    app.action(ActionId.SHARE_IN_CHANNEL)(share_in_channel)
    app.action(ActionId.OPEN_AUDIT)(open_audit)
    app.action(ActionId.MARK_RECEIVED)(open_mark_received)
    app.action(ActionId.EDIT_MILESTONE)(open_edit_milestone)
    app.action(ActionId.ADD_MILESTONE)(open_add_milestone)
    app.action(ActionId.ACTION_STATUS)(change_status)
    app.action(ActionId.RECOMMENDATION_STATUS)(change_status)
    app.action(ActionId.OPEN_IMPORT)(open_import)


def _state(value: str | None) -> ViewState:
    state = ViewState.decode(value)
    if state is None:
        raise UserFacingError("slack.error.stale")
    return state


def turn_page(ack: Ack, action: dict[str, Any], respond: Respond, ctx: RequestContext) -> None:
    ack()
    message = answer(ctx, _state(action.get("value")))
    reply(respond, text=message.text, blocks=message.blocks, replace_original=True)


def share_in_channel(
    ack: Ack, action: dict[str, Any], context: BoltContext, client: WebClient, ctx: RequestContext
) -> None:
    """The same answer, posted for everyone in the channel, saying who shared it."""
    ack()
    message = answer(ctx, _state(action.get("value")), shared_by=ctx.user_id)
    client.chat_postMessage(
        channel=context.channel_id,
        text=message.text,
        blocks=message.blocks,
        unfurl_links=False,
        unfurl_media=False,
    )


def open_audit(ack: Ack, action: dict[str, Any], respond: Respond, ctx: RequestContext) -> None:
    ack()
    message = answer(ctx, ViewState(Subcommand.SHOW.value, f"#{parse_id(action.get('value'))}"))
    reply(respond, text=message.text, blocks=message.blocks, replace_original=False)


def open_modal(
    ack: Ack,
    client: WebClient,
    body: dict[str, Any],
    view: Callable[[str], dict[str, Any]],
    *,
    origin: str | None,
    **carried: object,
) -> None:
    """Open ``view(private_metadata)``; the metadata carries ``carried`` and where to redraw
    once the modal is saved (handlers/views.py)."""
    metadata = {**carried, "origin": origin, "response_url": body.get("response_url")}
    client.views_open(trigger_id=body["trigger_id"], view=view(json.dumps(metadata)))
    ack()


def open_mark_received(
    ack: Ack, action: dict[str, Any], body: dict[str, Any], client: WebClient, ctx: RequestContext
) -> None:
    """The date picker for a response that arrived; the button's value is the request id."""
    request_id = parse_id(action.get("value"))
    request = editing.response_request(ctx, request_id)
    origin = origin_of(action.get("block_id"))
    if origin is None and (body.get("view") or {}).get("type") == "home":
        origin = HOME
    open_modal(
        ack,
        client,
        body,
        lambda metadata: mark_received_modal(
            request, lang=ctx.lang, today=ctx.today, private_metadata=metadata
        ),
        origin=origin,
        request=request_id,
    )


def open_edit_milestone(
    ack: Ack, action: dict[str, Any], body: dict[str, Any], client: WebClient, ctx: RequestContext
) -> None:
    """The modal that moves a milestone of the auditors' year or turns it off or on."""
    value = action.get("value")
    item, enabled = editing.milestone(ctx, value)
    open_modal(
        ack,
        client,
        body,
        lambda metadata: milestone_modal(
            milestone_label(item, ctx.lang),
            item.organisation,
            item.due,
            enabled=enabled,
            lang=ctx.lang,
            private_metadata=metadata,
        ),
        origin=origin_of(action.get("block_id")),
        milestone=value,
    )


def open_add_milestone(
    ack: Ack, action: dict[str, Any], body: dict[str, Any], client: WebClient, ctx: RequestContext
) -> None:
    """The modal that adds the team's own event to an organisation's auditors' year."""
    organisation = editing.organisation(ctx, action.get("value"))
    open_modal(
        ack,
        client,
        body,
        lambda metadata: milestone_modal(
            None,
            organisation.name,
            ctx.today,
            enabled=True,
            lang=ctx.lang,
            private_metadata=metadata,
        ),
        origin=origin_of(action.get("block_id")),
        organisation=organisation.id,
    )


def change_status(
    ack: Ack,
    action: dict[str, Any],
    respond: Respond | None,
    client: WebClient,
    ctx: RequestContext,
) -> None:
    """A status select ("<id>:<status>") on an action or a recommendation: editors only,
    logged, then the screen redrawn."""
    ack()
    value = action["selected_option"]["value"]
    if action["action_id"] == ActionId.ACTION_STATUS:
        kind, status = "action", editing.set_action_status(ctx, value)
    else:
        kind, status = "recommendation", editing.set_recommendation_status(ctx, value)
    redraw(
        ctx,
        origin_of(action.get("block_id")),
        respond=respond,
        client=client,
        confirmation=status_confirmation(kind, status, ctx.lang),
    )


def open_import(ack: Ack, body: dict[str, Any], client: WebClient, ctx: RequestContext) -> None:
    ctx.require_editor()
    client.views_open(trigger_id=body["trigger_id"], view=import_modal(lang=ctx.lang))
    ack()
