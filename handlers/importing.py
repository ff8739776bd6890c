"""Importing from Slack: the modal, a file shared in a channel, the preview, Spara and Avbryt.

Reading a document may take longer than Slack's three seconds, so the modal first shows
"Läser…" and a lazy listener fills in the preview. Bolt runs lazy listeners even when the
acknowledging function refused, so each lazy one checks again before doing anything.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

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
from bot.core.errors import UserFacingError
from bot.core.i18n import t
from bot.core.runtime import Runtime
from bot.services import importing
from bot.slack.directory import Actor
from handlers.errors import explain
from ingest.schema import Extraction
from storage.db import transaction

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


def start_import(ack: Ack, view: dict[str, Any], actor: Actor, lang: str) -> None:
    actor.require_editor()
    if _submitted(view) is None:
        raise UserFacingError("slack.import.nothing_given")
    ack(response_action="update", view=loading_view(lang=lang))


def read_submitted(
    view: dict[str, Any],
    client: WebClient,
    runtime: Runtime,
    actor: Actor,
    lang: str,
    today: dt.date,
    team_id: str,
) -> None:
    submitted = _submitted(view)
    if submitted is None or not actor.is_editor:
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
            source=t("slack.import.pasted", lang),
            organisation=submitted.organisation,
        )
        return extraction, importing.sha256_of(submitted.text)

    _show_preview(
        read,
        view_id=view["id"],
        client=client,
        runtime=runtime,
        actor=actor,
        lang=lang,
        today=today,
        team_id=team_id,
    )


def start_file_preview(ack: Ack, actor: Actor) -> None:
    actor.require_editor()
    ack()


def read_shared_file(
    action: dict[str, Any],
    body: dict[str, Any],
    client: WebClient,
    runtime: Runtime,
    actor: Actor,
    lang: str,
    today: dt.date,
    team_id: str,
) -> None:
    if not actor.is_editor:
        return
    opened = client.views_open(trigger_id=body["trigger_id"], view=loading_view(lang=lang))

    def read() -> tuple[Extraction, str]:
        shared = importing.download(client, action["value"])
        return importing.preview_bytes(shared.data, filename=shared.name), importing.sha256_of(
            shared.data
        )

    _show_preview(
        read,
        view_id=opened["view"]["id"],
        client=client,
        runtime=runtime,
        actor=actor,
        lang=lang,
        today=today,
        team_id=team_id,
    )


def _show_preview(
    read: Callable[[], tuple[Extraction, str]],
    *,
    view_id: str,
    client: WebClient,
    runtime: Runtime,
    actor: Actor,
    lang: str,
    today: dt.date,
    team_id: str,
) -> None:
    """Read the document into a draft and show it; whatever fails is shown in the modal."""
    try:
        extraction, digest = read()
        with transaction(runtime.session_factory) as session:
            draft_id = importing.hold(
                session,
                team_id=team_id,
                user_id=actor.user_id,
                extraction=extraction,
                sha256=digest,
                now=runtime.clock.now(),
            )
        view = preview_view(extraction, draft_id=draft_id, lang=lang, today=today)
    except Exception as error:  # a lazy listener's errors never reach @app.error
        message, _ = explain(error, lang)
        view = problem_view(message, lang=lang)
    client.views_update(view_id=view_id, view=view)


def save_preview(
    ack: Ack,
    view: dict[str, Any],
    runtime: Runtime,
    actor: Actor,
    lang: str,
    today: dt.date,
    team_id: str,
) -> None:
    actor.require_editor()
    organisation = (
        view.get("state", {})
        .get("values", {})
        .get(ORGANISATION_BLOCK, {})
        .get(INPUT_ACTION, {})
        .get("value")
    )
    with transaction(runtime.session_factory) as session:
        extraction, result = importing.save_held(
            session,
            team_id=team_id,
            draft_id=int(view["private_metadata"]),
            actor=actor.user_id,
            organisation=(organisation or "").strip() or None,
            today=today,
        )
    ack(response_action="update", view=saved_view(extraction, result, lang=lang))


def cancel_preview(ack: Ack, view: dict[str, Any], runtime: Runtime, team_id: str) -> None:
    ack()
    with transaction(runtime.session_factory) as session:
        importing.drop_held(session, team_id=team_id, draft_id=int(view["private_metadata"]))
