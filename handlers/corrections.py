"""The edit menu beside each item of `visa` (editors only): the form or confirmation an option
opens, what the form saves, and Ångra after a deletion. What to do, and where to redraw once
done, travel in the modal's private_metadata; a forged one is refused like a forged button.
"""

from __future__ import annotations

import json
from typing import Any

from slack_bolt import Ack, App
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from bot.blocks.corrections import (
    correction_modal,
    deleted_message,
    deleted_text,
    deleted_view,
    restored_text,
    restored_view,
)
from bot.blocks.forms import date_of, names_chosen, read_values, text_of
from bot.blocks.ids import ActionId, CallbackId
from bot.blocks.state import origin_of
from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.core.i18n import t
from bot.rules.choices import MenuChoice, parse_id, parse_menu
from bot.rules.entries import optional, parse_year
from bot.services import corrections
from handlers.redraw import redraw, redraw_from
from handlers.replies import reply
from storage.corrections import ActionFields, AuditFacts


def register(app: App) -> None:
    app.action(ActionId.EDIT_MENU)(open_menu_choice)
    app.view(CallbackId.CORRECTION)(save_correction)
    app.view(CallbackId.DELETE)(confirm_delete)
    app.action(ActionId.UNDO_DELETE)(undo_delete)


def open_menu_choice(
    ack: Ack, action: dict[str, Any], body: dict[str, Any], client: WebClient, ctx: RequestContext
) -> None:
    choice = parse_menu((action.get("selected_option") or {}).get("value"))
    form = corrections.form_for(ctx, choice)
    metadata = json.dumps(
        {
            "do": choice.value,
            "origin": origin_of(action.get("block_id")),
            "response_url": body.get("response_url"),
        }
    )
    client.views_open(
        trigger_id=body["trigger_id"],
        view=correction_modal(form, lang=ctx.lang, metadata=metadata),
    )
    ack()


def _metadata(view: dict[str, Any]) -> tuple[MenuChoice, dict[str, Any]]:
    try:
        metadata = json.loads(view.get("private_metadata") or "")
    except ValueError as error:
        raise UserFacingError("slack.error.bad_choice") from error
    if not isinstance(metadata, dict):
        raise UserFacingError("slack.error.bad_choice")
    return parse_menu(str(metadata.get("do", ""))), metadata


def save_correction(ack: Ack, view: dict[str, Any], client: WebClient, ctx: RequestContext) -> None:
    choice, metadata = _metadata(view)
    values = read_values(view)
    match choice.entity, choice.verb:
        case "audit", "edit":
            corrections.save_audit(
                ctx,
                choice.id,
                AuditFacts(
                    title=optional(text_of(values, "title")),
                    audit_year=parse_year(text_of(values, "year"), "year"),
                    audit_firm=optional(text_of(values, "firm")),
                    organisation=text_of(values, "organisation"),
                ),
            )
        case ("audit", "add_recommendation") | ("recommendation", "edit"):
            corrections.save_recommendation(
                ctx,
                audit_id=choice.id if choice.entity == "audit" else None,
                recommendation_id=choice.id if choice.entity == "recommendation" else None,
                text=text_of(values, "text"),
                addressees=names_chosen(values, "addressees", "other_addressees"),
            )
        case "audit", "request":
            corrections.request_responses(
                ctx,
                audit_id=choice.id,
                boards=names_chosen(values, "boards", "other_boards"),
                deadline=date_of(values, "deadline"),
            )
        case ("recommendation", "add_action") | ("action", "edit"):
            corrections.save_action(
                ctx,
                action_id=choice.id if choice.entity == "action" else None,
                recommendation_id=choice.id if choice.entity == "recommendation" else None,
                board=optional(text_of(values, "board")),
                fields=ActionFields(
                    text=text_of(values, "text"),
                    responsible=optional(text_of(values, "responsible")),
                    timeline_text=optional(text_of(values, "timeline")),
                    due=date_of(values, "due"),
                ),
            )
        case "response_request", "edit":
            corrections.save_request(
                ctx,
                request_id=choice.id,
                board=optional(text_of(values, "board")),
                deadline=date_of(values, "deadline"),
                received_on=date_of(values, "received"),
            )
        case _:
            raise UserFacingError("slack.error.bad_choice")
    ack()
    redraw_from(ctx, metadata, client=client, confirmation=t("slack.edit.saved", ctx.lang))


def confirm_delete(ack: Ack, view: dict[str, Any], client: WebClient, ctx: RequestContext) -> None:
    choice, metadata = _metadata(view)
    entry = corrections.delete(ctx, choice)
    ack(
        response_action="update",
        view=deleted_view(entry, lang=ctx.lang, metadata=json.dumps(metadata)),
    )
    url = metadata.get("response_url")
    if entry.entity == "audit":
        # `visa` of an audit that is gone cannot be drawn again: it says so, with Ångra.
        if url:
            message = deleted_message(entry, lang=ctx.lang, origin=metadata.get("origin"))
            reply(
                Respond(response_url=url),
                text=message.text,
                blocks=message.blocks,
                replace_original=True,
            )
        return
    redraw_from(ctx, metadata, client=client, confirmation=deleted_text(entry, ctx.lang))


def undo_delete(
    ack: Ack,
    action: dict[str, Any],
    body: dict[str, Any],
    respond: Respond | None,
    client: WebClient,
    ctx: RequestContext,
) -> None:
    """Ångra: in the confirmation modal, or in the message that replaced `visa`."""
    ack()
    entry = corrections.restore(ctx, parse_id(action.get("value")))
    confirmation = restored_text(entry, ctx.lang)
    view = body.get("view")
    if view and view.get("type") == "modal":
        client.views_update(view_id=view["id"], view=restored_view(entry, lang=ctx.lang))
        try:
            metadata = json.loads(view.get("private_metadata") or "{}")
        except ValueError:
            metadata = {}
        redraw_from(ctx, metadata, client=client, confirmation=confirmation)
        return
    redraw(
        ctx,
        origin_of(action.get("block_id")),
        respond=respond,
        client=client,
        confirmation=confirmation,
    )
