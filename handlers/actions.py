"""Buttons and selects: paging, sharing, opening an audit, and the controls that change data."""

from __future__ import annotations

import datetime as dt
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
from bot.core.errors import UserFacingError
from bot.core.runtime import Runtime
from bot.rules.subcommands import Subcommand
from bot.services import answers, editing
from bot.slack.directory import Actor
from handlers.redraw import redraw
from handlers.replies import reply
from storage.db import transaction


def register(app: App) -> None:
    app.action(ActionId.PAGE_NEXT)(turn_page)
    app.action(ActionId.PAGE_PREVIOUS)(turn_page)
    app.action(ActionId.SHARE_IN_CHANNEL)(share_in_channel)
    app.action(ActionId.OPEN_AUDIT)(open_audit)
    app.action(ActionId.MARK_RECEIVED)(open_mark_received)
    app.action(ActionId.EDIT_MILESTONE)(open_edit_milestone)
    app.action(ActionId.ADD_MILESTONE)(open_add_milestone)
    app.action(ActionId.ACTION_STATUS)(change_action_status)
    app.action(ActionId.RECOMMENDATION_STATUS)(change_recommendation_status)
    app.action(ActionId.OPEN_IMPORT)(open_import)


def _state(value: str | None) -> ViewState:
    state = ViewState.decode(value)
    if state is None:
        raise UserFacingError("slack.error.stale")
    return state


def turn_page(
    ack: Ack,
    action: dict[str, Any],
    respond: Respond,
    runtime: Runtime,
    actor: Actor,
    lang: str,
    today: dt.date,
    team_id: str,
) -> None:
    ack()
    message = answers.read_answer(
        runtime,
        _state(action.get("value")),
        team_id=team_id,
        lang=lang,
        today=today,
        controls=actor.is_editor,
    )
    reply(respond, text=message.text, blocks=message.blocks, replace_original=True)


def share_in_channel(
    ack: Ack,
    action: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    runtime: Runtime,
    actor: Actor,
    lang: str,
    today: dt.date,
    team_id: str,
) -> None:
    """The same answer, posted for everyone in the channel, saying who shared it."""
    ack()
    message = answers.read_answer(
        runtime,
        _state(action.get("value")),
        team_id=team_id,
        lang=lang,
        today=today,
        controls=False,
        shared_by=actor.user_id,
    )
    client.chat_postMessage(
        channel=context.channel_id,
        text=message.text,
        blocks=message.blocks,
        unfurl_links=False,
        unfurl_media=False,
    )


def open_audit(
    ack: Ack,
    action: dict[str, Any],
    respond: Respond,
    runtime: Runtime,
    actor: Actor,
    lang: str,
    today: dt.date,
    team_id: str,
) -> None:
    ack()
    state = ViewState(Subcommand.SHOW.value, f"#{editing.parse_id(action.get('value'))}")
    message = answers.read_answer(
        runtime,
        state,
        team_id=team_id,
        lang=lang,
        today=today,
        controls=actor.is_editor,
    )
    reply(respond, text=message.text, blocks=message.blocks, replace_original=False)


def open_mark_received(
    ack: Ack,
    action: dict[str, Any],
    body: dict[str, Any],
    client: WebClient,
    runtime: Runtime,
    actor: Actor,
    lang: str,
    today: dt.date,
    team_id: str,
) -> None:
    """The date picker for a response that arrived; the button's value is the request id."""
    actor.require_editor()
    request_id = editing.parse_id(action.get("value"))
    with runtime.session_factory() as session:
        request = editing.response_request(session, team_id=team_id, request_id=request_id)
    origin = origin_of(action.get("block_id"))
    if origin is None and (body.get("view") or {}).get("type") == "home":
        origin = HOME
    _open_modal(
        client,
        body,
        lambda metadata: mark_received_modal(
            request, lang=lang, today=today, private_metadata=metadata
        ),
        origin=origin,
        request=request_id,
    )
    ack()


def _open_modal(
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


def open_edit_milestone(
    ack: Ack,
    action: dict[str, Any],
    body: dict[str, Any],
    client: WebClient,
    runtime: Runtime,
    actor: Actor,
    lang: str,
    today: dt.date,
    team_id: str,
) -> None:
    """The modal that moves a milestone of the auditors' year or turns it off or on."""
    actor.require_editor()
    value = action.get("value")
    with runtime.session_factory() as session:
        item, enabled = editing.milestone(
            session, team_id=team_id, names=runtime.names, value=value, today=today
        )
    _open_modal(
        client,
        body,
        lambda metadata: milestone_modal(
            milestone_label(item, lang),
            item.organisation,
            item.due,
            enabled=enabled,
            lang=lang,
            private_metadata=metadata,
        ),
        origin=origin_of(action.get("block_id")),
        milestone=value,
    )
    ack()


def open_add_milestone(
    ack: Ack,
    action: dict[str, Any],
    body: dict[str, Any],
    client: WebClient,
    runtime: Runtime,
    actor: Actor,
    lang: str,
    today: dt.date,
    team_id: str,
) -> None:
    """The modal that adds the team's own event to an organisation's auditors' year."""
    actor.require_editor()
    organisation_id = editing.parse_id(action.get("value"))
    with runtime.session_factory() as session:
        organisation = editing.organisation(
            session, team_id=team_id, names=runtime.names, organisation_id=organisation_id
        )
    _open_modal(
        client,
        body,
        lambda metadata: milestone_modal(
            None, organisation.name, today, enabled=True, lang=lang, private_metadata=metadata
        ),
        origin=origin_of(action.get("block_id")),
        organisation=organisation.id,
    )
    ack()


def change_action_status(
    ack: Ack,
    action: dict[str, Any],
    respond: Respond | None,
    client: WebClient,
    runtime: Runtime,
    actor: Actor,
    lang: str,
    today: dt.date,
    team_id: str,
) -> None:
    ack()
    _change_status(
        "action",
        editing.set_action_status,
        action,
        respond=respond,
        client=client,
        runtime=runtime,
        actor=actor,
        lang=lang,
        today=today,
        team_id=team_id,
    )


def change_recommendation_status(
    ack: Ack,
    action: dict[str, Any],
    respond: Respond | None,
    client: WebClient,
    runtime: Runtime,
    actor: Actor,
    lang: str,
    today: dt.date,
    team_id: str,
) -> None:
    ack()
    _change_status(
        "recommendation",
        editing.set_recommendation_status,
        action,
        respond=respond,
        client=client,
        runtime=runtime,
        actor=actor,
        lang=lang,
        today=today,
        team_id=team_id,
    )


def _change_status(
    kind: str,
    change: Callable[..., bool],
    action: dict[str, Any],
    *,
    respond: Respond | None,
    client: WebClient,
    runtime: Runtime,
    actor: Actor,
    lang: str,
    today: dt.date,
    team_id: str,
) -> None:
    """A status select ("<id>:<status>"): editors only, logged, then the screen redrawn."""
    actor.require_editor()
    value = action["selected_option"]["value"]
    with transaction(runtime.session_factory) as session:
        change(session, team_id=team_id, value=value, actor=actor.user_id)
    redraw(
        origin_of(action.get("block_id")),
        respond=respond,
        client=client,
        runtime=runtime,
        team_id=team_id,
        actor=actor,
        lang=lang,
        today=today,
        confirmation=status_confirmation(kind, value.partition(":")[2], lang),
    )


def open_import(ack: Ack, body: dict[str, Any], client: WebClient, actor: Actor, lang: str) -> None:
    actor.require_editor()
    client.views_open(trigger_id=body["trigger_id"], view=import_modal(lang=lang))
    ack()
