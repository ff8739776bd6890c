"""Importing from Slack: the modal, a file shared in a channel, the preview, Spara and Avbryt.

Reading a document may take longer than Slack's three seconds, so the modal first shows
"Läser…" and a lazy listener fills in the preview. Bolt runs lazy listeners even when the
acknowledging function refused, so each lazy one checks again before doing anything.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.blocks.errors import explain
from bot.blocks.ids import ActionId, CallbackId
from bot.blocks.importing import (
    FILE_BLOCK,
    INPUT_ACTION,
    ORGANISATION_BLOCK,
    TEXT_BLOCK,
    loading_view,
    preview_view,
    problem_view,
    saved_view,
)
from bot.core.context import RequestContext
from bot.core.errors import UserFacingError
from bot.core.i18n import t
from bot.rules.choices import parse_id
from bot.services import importing
from ingest.schema import Extraction

log = logging.getLogger(__name__)


def register(app: App) -> None:
    app.view(CallbackId.IMPORT)(ack=start_import, lazy=[read_submitted])
    app.action(ActionId.PREVIEW_FILE)(ack=start_file_preview, lazy=[read_shared_file])
    app.view(CallbackId.IMPORT_PREVIEW)(save_preview)
    app.view_closed(CallbackId.IMPORT_PREVIEW)(cancel_preview)


@dataclass(frozen=True, slots=True)
class _Submitted:
    file_id: str | None
    text: str
    organisation: str | None


def _submitted(view: dict[str, Any]) -> _Submitted | None:
    values = view.get("state", {}).get("values", {})

    def field(block: str) -> dict[str, Any]:
        return values.get(block, {}).get(INPUT_ACTION, {})

    files = field(FILE_BLOCK).get("files") or []
    text = (field(TEXT_BLOCK).get("value") or "").strip()
    organisation = (field(ORGANISATION_BLOCK).get("value") or "").strip() or None
    if not files and not text:
        return None
    return _Submitted(files[0]["id"] if files else None, text, organisation)


def start_import(ack: Ack, view: dict[str, Any], ctx: RequestContext) -> None:
    ctx.require_editor()
    if _submitted(view) is None:
        raise UserFacingError("slack.import.nothing_given")
    ack(response_action="update", view=loading_view(lang=ctx.lang))


def read_submitted(view: dict[str, Any], client: WebClient, ctx: RequestContext) -> None:
    submitted = _submitted(view)
    if submitted is None or not ctx.is_editor:
        return

    def read() -> tuple[Extraction, str]:
        if submitted.file_id is not None:
            shared = importing.download(client, submitted.file_id)
            extraction = importing.preview_bytes(
                shared.data, filename=shared.name, organisation=submitted.organisation
            )
            return extraction, importing.sha256_of(shared.data)
        extraction = importing.preview_text(
            submitted.text,
            source=t("slack.import.pasted", ctx.lang),
            organisation=submitted.organisation,
        )
        return extraction, importing.sha256_of(submitted.text)

    _show_preview(ctx, read, view_id=view["id"], client=client)


def start_file_preview(ack: Ack, ctx: RequestContext) -> None:
    ctx.require_editor()
    ack()


def read_shared_file(
    action: dict[str, Any], body: dict[str, Any], client: WebClient, ctx: RequestContext
) -> None:
    if not ctx.is_editor:
        return
    opened = client.views_open(trigger_id=body["trigger_id"], view=loading_view(lang=ctx.lang))

    def read() -> tuple[Extraction, str]:
        shared = importing.download(client, action["value"])
        extraction = importing.preview_bytes(shared.data, filename=shared.name)
        return extraction, importing.sha256_of(shared.data)

    _show_preview(ctx, read, view_id=opened["view"]["id"], client=client)


def _show_preview(
    ctx: RequestContext,
    read: Callable[[], tuple[Extraction, str]],
    *,
    view_id: str,
    client: WebClient,
) -> None:
    """Read the document into a draft and show it; whatever fails is shown in the modal."""
    try:
        extraction, digest = read()
        held = importing.hold(ctx, extraction=extraction, sha256=digest)
        view = preview_view(held.extraction, draft_id=held.id, lang=ctx.lang, today=ctx.today)
    except Exception as error:  # a lazy listener's errors never reach @app.error
        message, _ = explain(error, ctx.lang)
        view = problem_view(message, lang=ctx.lang)
    client.views_update(view_id=view_id, view=view)


def save_preview(ack: Ack, view: dict[str, Any], ctx: RequestContext) -> None:
    ctx.require_editor()
    organisation = (
        view.get("state", {})
        .get("values", {})
        .get(ORGANISATION_BLOCK, {})
        .get(INPUT_ACTION, {})
        .get("value")
    )
    extraction, result = importing.save_held(
        ctx,
        draft_id=parse_id(view.get("private_metadata")),
        organisation=(organisation or "").strip() or None,
    )
    ack(response_action="update", view=saved_view(extraction, result, lang=ctx.lang))


def cancel_preview(ack: Ack, view: dict[str, Any], ctx: RequestContext) -> None:
    ack()
    importing.drop_held(ctx, draft_id=parse_id(view.get("private_metadata")))
