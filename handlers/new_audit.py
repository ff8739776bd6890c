"""`/revision ny`: an audit entered by hand. The first step says what the audit is and what it
recommends (one recommendation a line); the second asks each one's addressees, and Spara
saves it like an import (through the loader, logged). Avbryt leaves nothing behind.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App

from bot.blocks.forms import date_of, names_of, read_values, text_of
from bot.blocks.ids import CallbackId
from bot.blocks.importing import saved_view
from bot.blocks.new_audit import addressees_view
from bot.core.context import RequestContext
from bot.rules.choices import parse_id
from bot.rules.entries import optional, parse_year, recommendation_lines, split_names
from bot.services import drafting
from handlers.importing import cancel_preview


def register(app: App) -> None:
    app.view(CallbackId.NEW_AUDIT)(enter_audit)
    app.view(CallbackId.NEW_AUDIT_ADDRESSEES)(save_audit)
    app.view_closed(CallbackId.NEW_AUDIT_ADDRESSEES)(cancel_preview)


def enter_audit(ack: Ack, view: dict[str, Any], ctx: RequestContext) -> None:
    values = read_values(view)
    held = drafting.enter_by_hand(
        ctx,
        drafting.ByHand(
            organisation=text_of(values, "organisation"),
            title=text_of(values, "title"),
            audit_year=parse_year(text_of(values, "year"), "year"),
            audit_firm=optional(text_of(values, "firm")),
            bodies=tuple(split_names(text_of(values, "bodies"))),
            recommendations=tuple(recommendation_lines(text_of(values, "recommendations"))),
            deadline=date_of(values, "deadline"),
            responders=tuple(split_names(text_of(values, "responders"))),
        ),
    )
    ack(response_action="update", view=addressees_view(held, lang=ctx.lang))


def save_audit(ack: Ack, view: dict[str, Any], ctx: RequestContext) -> None:
    values = read_values(view)
    asked = [
        block["block_id"]
        for block in view.get("blocks") or []
        if block.get("type") == "input" and str(block.get("block_id", "")).startswith("rec")
    ]
    extraction, result = drafting.save_by_hand(
        ctx,
        parse_id(view.get("private_metadata")),
        [names_of(values, block) for block in asked],
    )
    view = saved_view(extraction, result, lang=ctx.lang, title_key="slack.new.title")
    ack(response_action="update", view=view)
