"""Correcting an import preview before Spara: the menu beside each recommendation (Ändra, Ta
bort) and the buttons for the facts, the response deadline and a missed recommendation.

A form is pushed over the preview; saving it changes the draft, closes the form and draws
the preview again (views.update on the preview, whose id the form carries). The preview's
own private_metadata is its draft id.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.blocks.corrections import deadline_modal, facts_modal, recommendation_modal
from bot.blocks.forms import date_of, names_chosen, read_values, text_of
from bot.blocks.ids import ActionId, CallbackId
from bot.blocks.importing import preview_view
from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.rules.choices import parse_id, parse_preview_choice
from bot.rules.entries import optional, parse_year
from bot.services import drafting
from bot.services.importing import Held


def register(app: App) -> None:
    app.action(ActionId.PREVIEW_MENU)(use_menu)
    app.action(ActionId.PREVIEW_ADD)(push_new_recommendation)
    app.action(ActionId.PREVIEW_FACTS)(push_facts)
    app.action(ActionId.PREVIEW_REQUEST)(push_request)
    app.view(CallbackId.DRAFT_RECOMMENDATION)(save_recommendation)
    app.view(CallbackId.DRAFT_FACTS)(save_facts)
    app.view(CallbackId.DRAFT_REQUEST)(save_request)


@dataclass(frozen=True, slots=True)
class _Target:
    """What a form pushed over a preview corrects: the draft, the recommendation (None: a
    new one) and its text's mark when the form opened, and the preview's view id."""

    draft_id: int
    preview: str
    index: int | None = None
    was: str | None = None

    def encode(self) -> str:
        return json.dumps(
            {"draft": self.draft_id, "preview": self.preview, "item": self.index, "was": self.was}
        )

    @classmethod
    def decode(cls, view: dict[str, Any]) -> _Target:
        try:
            found = json.loads(view.get("private_metadata") or "")
            index = found.get("item")
            preview = str(found["preview"])
            if not preview.isalnum():
                raise ValueError(preview)
            return cls(
                parse_id(str(found["draft"])),
                preview,
                None if index is None else parse_id(str(index)),
                None if found.get("was") is None else str(found["was"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise UserFacingError("slack.error.bad_choice") from error


def _preview(body: dict[str, Any]) -> tuple[int, str]:
    """The draft id and view id of the preview a button or menu sits in."""
    view = body.get("view") or {}
    return parse_id(view.get("private_metadata")), str(view.get("id", ""))


def _redraw(client: WebClient, ctx: RequestContext, held: Held, preview: str) -> None:
    client.views_update(
        view_id=preview,
        view=preview_view(held.extraction, draft_id=held.id, lang=ctx.lang, today=ctx.today),
    )


def use_menu(
    ack: Ack, action: dict[str, Any], body: dict[str, Any], client: WebClient, ctx: RequestContext
) -> None:
    choice = parse_preview_choice((action.get("selected_option") or {}).get("value"))
    draft_id, preview = _preview(body)
    if choice.verb == "remove":
        held = drafting.remove_recommendation(ctx, draft_id, choice.index, choice.mark)
        ack()
        _redraw(client, ctx, held, preview)
        return
    found, item = drafting.recommendation_form(ctx, draft_id, choice.index, choice.mark)
    client.views_push(
        trigger_id=body["trigger_id"],
        view=recommendation_modal(
            text=item.text,
            addressees=item.addressee,
            boards=found.boards,
            about=None,
            lang=ctx.lang,
            callback_id=CallbackId.DRAFT_RECOMMENDATION,
            metadata=_Target(draft_id, preview, choice.index, choice.mark).encode(),
            new=False,
        ),
    )
    ack()


def push_new_recommendation(
    ack: Ack, body: dict[str, Any], client: WebClient, ctx: RequestContext
) -> None:
    draft_id, preview = _preview(body)
    found = drafting.form(ctx, draft_id)
    client.views_push(
        trigger_id=body["trigger_id"],
        view=recommendation_modal(
            text="",
            addressees=(),
            boards=found.boards,
            about=None,
            lang=ctx.lang,
            callback_id=CallbackId.DRAFT_RECOMMENDATION,
            metadata=_Target(draft_id, preview).encode(),
            new=True,
        ),
    )
    ack()


def push_facts(ack: Ack, body: dict[str, Any], client: WebClient, ctx: RequestContext) -> None:
    draft_id, preview = _preview(body)
    extraction = drafting.form(ctx, draft_id).held.extraction
    client.views_push(
        trigger_id=body["trigger_id"],
        view=facts_modal(
            title=extraction.title,
            year=extraction.audit_year,
            firm=extraction.audit_firm,
            organisation=extraction.organisation,
            lang=ctx.lang,
            callback_id=CallbackId.DRAFT_FACTS,
            metadata=_Target(draft_id, preview).encode(),
        ),
    )
    ack()


def push_request(ack: Ack, body: dict[str, Any], client: WebClient, ctx: RequestContext) -> None:
    draft_id, preview = _preview(body)
    found = drafting.form(ctx, draft_id)
    request = found.held.extraction.response_request
    client.views_push(
        trigger_id=body["trigger_id"],
        view=deadline_modal(
            deadline=request.deadline if request else None,
            boards=found.boards,
            chosen=request.from_bodies if request else (),
            lang=ctx.lang,
            callback_id=CallbackId.DRAFT_REQUEST,
            metadata=_Target(draft_id, preview).encode(),
        ),
    )
    ack()


def _save(
    ack: Ack,
    view: dict[str, Any],
    client: WebClient,
    ctx: RequestContext,
    change: Callable[[_Target, dict[str, Any]], Held],
) -> None:
    """A form pushed over a preview, saved: the draft changed, the form closed, the preview
    drawn again."""
    target = _Target.decode(view)
    held = change(target, read_values(view))
    ack()
    _redraw(client, ctx, held, target.preview)


def save_recommendation(
    ack: Ack, view: dict[str, Any], client: WebClient, ctx: RequestContext
) -> None:
    _save(
        ack,
        view,
        client,
        ctx,
        lambda target, values: drafting.set_recommendation(
            ctx,
            target.draft_id,
            target.index,
            text=text_of(values, "text"),
            addressees=names_chosen(values, "addressees", "other_addressees"),
            was=target.was,
        ),
    )


def save_facts(ack: Ack, view: dict[str, Any], client: WebClient, ctx: RequestContext) -> None:
    _save(
        ack,
        view,
        client,
        ctx,
        lambda target, values: drafting.set_facts(
            ctx,
            target.draft_id,
            drafting.DraftFacts(
                title=optional(text_of(values, "title")),
                audit_year=parse_year(text_of(values, "year"), "year"),
                audit_firm=optional(text_of(values, "firm")),
                organisation=optional(text_of(values, "organisation")),
            ),
        ),
    )


def save_request(ack: Ack, view: dict[str, Any], client: WebClient, ctx: RequestContext) -> None:
    _save(
        ack,
        view,
        client,
        ctx,
        lambda target, values: drafting.set_request(
            ctx,
            target.draft_id,
            deadline=date_of(values, "deadline"),
            boards=names_chosen(values, "boards", "other_boards"),
        ),
    )
