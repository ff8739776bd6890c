"""`/revision`: lookups answer privately; bevaka, sluta-bevaka and importera act."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot import answers
from bot.blocks.common import watch_notice
from bot.blocks.importing import import_modal
from bot.blocks.state import ViewState
from bot.directory import Actor
from bot.runtime import Runtime
from bot.services import editing
from bot.subcommands import LOOKUPS, Subcommand, parse
from storage.db import transaction

COMMAND = "/revision"


def register(app: App) -> None:
    app.command(COMMAND)(revision)


def revision(
    ack: Ack,
    command: dict[str, Any],
    client: WebClient,
    runtime: Runtime,
    actor: Actor,
    lang: str,
    today,
    team_id: str,
) -> None:
    sub, args = parse(command.get("text") or "")
    if sub in LOOKUPS:
        with runtime.session_factory() as session:
            message = answers.answer(
                session,
                team_id=team_id,
                state=ViewState(sub.value, args),
                lang=lang,
                today=today,
                controls=actor.is_editor,
            )
        ack(response_type="ephemeral", text=message.text, blocks=message.blocks)
        return
    actor.require_editor()
    if sub is Subcommand.IMPORT:
        client.views_open(trigger_id=command["trigger_id"], view=import_modal(lang=lang))
        ack()
        return
    change = editing.watch if sub is Subcommand.WATCH else editing.unwatch
    with transaction(runtime.session_factory) as session:
        organisation, changed = change(
            session,
            team_id=team_id,
            channel_id=command["channel_id"],
            query=args,
            actor=actor.user_id,
        )
    message = watch_notice(
        organisation.name, watching=sub is Subcommand.WATCH, changed=changed, lang=lang
    )
    ack(response_type="ephemeral", text=message.text, blocks=message.blocks)
