"""The follow-up round's controls: assessing a recommendation, adding audits, and the two Word
drafts (the follow-up report, the basis for the audit statement) posted to the channel.

`/revision uppföljning` itself is answered by handlers/commands.py, and paged and shared like
any answer (handlers/actions.py).
"""

from __future__ import annotations

import json
from typing import Any

from slack_bolt import Ack, App
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from bot.blocks.errors import error_text
from bot.blocks.followup import (
    ASSESSMENT_BLOCK,
    AUDITS_BLOCK,
    COMMENT_BLOCK,
    EVIDENCE_BLOCK,
    INPUT_ACTION,
    assessment_label,
    assessment_modal,
    audits_modal,
)
from bot.blocks.ids import ActionId, CallbackId
from bot.blocks.state import origin_of
from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.core.i18n import t
from bot.services import documents, followup
from handlers.actions import open_modal
from handlers.delivery import deliver
from handlers.redraw import redraw_from

# Which field of the form an error belongs under.
_FIELD_OF = {
    "slack.follow_up.choose": ASSESSMENT_BLOCK,
    "slack.follow_up.no_comment": COMMENT_BLOCK,
    "slack.follow_up.comment_too_long": COMMENT_BLOCK,
    "slack.follow_up.bad_evidence": EVIDENCE_BLOCK,
}


def register(app: App) -> None:
    app.action(ActionId.ASSESS)(open_assessment)
    app.view(CallbackId.ASSESS)(save_assessment)
    app.action(ActionId.CHOOSE_AUDITS)(open_audits)
    app.view(CallbackId.CHOOSE_AUDITS)(save_audits)
    for document in _DOCUMENTS:
        app.action(document)(ack=acknowledge, lazy=[post_document])


def open_assessment(
    ack: Ack, action: dict[str, Any], body: dict[str, Any], client: WebClient, ctx: RequestContext
) -> None:
    round_ref, item = followup.assessment_form(ctx, action.get("value"))
    open_modal(
        ack,
        client,
        body,
        lambda metadata: assessment_modal(
            round_ref, item, lang=ctx.lang, today=ctx.today, private_metadata=metadata
        ),
        origin=origin_of(action.get("block_id")),
        item=item.id,
        version=item.version,
    )


def _value(values: dict[str, Any], block: str) -> dict[str, Any]:
    return values.get(block, {}).get(INPUT_ACTION, {}) or {}


def save_assessment(ack: Ack, view: dict[str, Any], client: WebClient, ctx: RequestContext) -> None:
    """Saved: the round is redrawn where the form was opened from. Someone saved first: the
    form comes back showing their assessment above what this user typed."""
    metadata = json.loads(view.get("private_metadata") or "{}")
    values = view["state"]["values"]
    try:
        result = followup.assess(
            ctx,
            item_id=str(metadata.get("item", "")),
            seen_version=metadata.get("version"),
            assessment=(_value(values, ASSESSMENT_BLOCK).get("selected_option") or {}).get("value"),
            comment=_value(values, COMMENT_BLOCK).get("value"),
            evidence=_value(values, EVIDENCE_BLOCK).get("value"),
        )
    except UserFacingError as error:
        if error.key not in _FIELD_OF:
            raise
        ack(response_action="errors", errors={_FIELD_OF[error.key]: error_text(error, ctx.lang)})
        return
    if isinstance(result, followup.Conflict):
        ack(
            response_action="update",
            view=assessment_modal(
                result.round,
                result.item,
                lang=ctx.lang,
                today=ctx.today,
                private_metadata=json.dumps({**metadata, "version": result.item.version}),
                conflict=result,
            ),
        )
        return
    ack()
    label = assessment_label(result.item.current.assessment, ctx.lang)
    confirmation = t("slack.follow_up.saved", ctx.lang, assessment=label)
    redraw_from(ctx, metadata, client=client, confirmation=confirmation)


def open_audits(
    ack: Ack, action: dict[str, Any], body: dict[str, Any], client: WebClient, ctx: RequestContext
) -> None:
    round_ref, choices = followup.audit_choices(ctx, action.get("value"))
    open_modal(
        ack,
        client,
        body,
        lambda metadata: audits_modal(round_ref, choices, lang=ctx.lang, private_metadata=metadata),
        origin=origin_of(action.get("block_id")),
        round=round_ref.id,
        # Only what the form showed can be taken out: a longer list is cut at 100.
        offered=[choice.audit.id for choice in choices],
    )


def save_audits(ack: Ack, view: dict[str, Any], client: WebClient, ctx: RequestContext) -> None:
    metadata = json.loads(view.get("private_metadata") or "{}")
    ticked = _value(view["state"]["values"], AUDITS_BLOCK).get("selected_options") or []
    _, chosen = followup.choose_audits(
        ctx,
        round_id=str(metadata.get("round", "")),
        chosen=[str(option.get("value", "")) for option in ticked],
        offered=list(metadata.get("offered") or []),
    )
    ack()
    confirmation = t(
        "slack.follow_up.audits_chosen",
        ctx.lang,
        added=chosen.added,
        removed=chosen.removed,
        kept=chosen.kept,
    )
    redraw_from(ctx, metadata, client=client, confirmation=confirmation)


def acknowledge(ack: Ack) -> None:
    ack()


def _channel(body: dict[str, Any]) -> str:
    return (body.get("channel") or {}).get("id") or (body.get("container") or {}).get(
        "channel_id", ""
    )


# What each document button builds, from the round id it carries.
_DOCUMENTS = {
    ActionId.FOLLOW_UP_REPORT: documents.follow_up_report_of_round,
    ActionId.STATEMENT_REPORT: documents.statement_of_round,
}


def post_document(
    action: dict[str, Any],
    body: dict[str, Any],
    client: WebClient,
    respond: Respond,
    ctx: RequestContext,
) -> None:
    """After the click is acknowledged: build the Word draft, post it, say so privately."""
    build = _DOCUMENTS[ActionId(action["action_id"])]
    deliver(
        ctx,
        lambda: build(ctx, action.get("value")),
        client=client,
        respond=respond,
        channel_id=_channel(body),
        replace_original=False,
    )
