"""`/revision`: lookups answer privately; bevaka, sluta-bevaka and importera act.

Export and översikt may take longer than the three seconds Slack waits for an answer (a whole
national workspace's follow-up matrix takes about ten), so they answer at once with what they
are making and a lazy listener builds the file, uploads it and says so. Bolt runs lazy
listeners even when the acknowledging function refused, so the lazy one checks again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot import answers
from bot.blocks.common import chair_notice, watch_notice
from bot.blocks.importing import import_modal
from bot.blocks.state import ViewState
from bot.blocks.text import escape
from bot.directory import Actor
from bot.i18n import t
from bot.runtime import Runtime
from bot.services import editing, reports
from bot.subcommands import LOOKUPS, Subcommand, parse
from handlers.errors import explain
from storage.db import transaction

COMMAND = "/revision"
FILES = (Subcommand.EXPORT, Subcommand.OVERVIEW)
# A long export says how far it has come, first after this long and then as often.
PROGRESS_EVERY_SECONDS = 5.0


def register(app: App) -> None:
    app.command(COMMAND)(ack=revision, lazy=[share_file])


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
        message = answers.read_answer(
            runtime,
            ViewState(sub.value, args),
            team_id=team_id,
            lang=lang,
            today=today,
            controls=actor.is_editor,
        )
        ack(response_type="ephemeral", text=message.text, blocks=message.blocks)
        return
    if sub in FILES:
        with runtime.session_factory() as session:
            title = _file_title(
                sub, args, session=session, runtime=runtime, lang=lang, team_id=team_id
            )
        ack(response_type="ephemeral", text=t("slack.file.preparing", lang, title=escape(title)))
        return
    actor.require_editor()
    if sub is Subcommand.IMPORT:
        client.views_open(trigger_id=command["trigger_id"], view=import_modal(lang=lang))
        ack()
        return
    if sub is Subcommand.CHAIR:
        with transaction(runtime.session_factory) as session:
            organisation, user_id, changed = editing.set_chair(
                session, team_id=team_id, names=runtime.names, text=args, actor=actor.user_id
            )
        message = chair_notice(organisation.name, user_id, changed=changed, lang=lang)
        ack(response_type="ephemeral", text=message.text, blocks=message.blocks)
        return
    change = editing.watch if sub is Subcommand.WATCH else editing.unwatch
    with transaction(runtime.session_factory) as session:
        organisation, changed = change(
            session,
            team_id=team_id,
            names=runtime.names,
            channel_id=command["channel_id"],
            query=args,
            actor=actor.user_id,
        )
    message = watch_notice(
        organisation.name, watching=sub is Subcommand.WATCH, changed=changed, lang=lang
    )
    ack(response_type="ephemeral", text=message.text, blocks=message.blocks)


def _file_title(
    sub: Subcommand, args: str, *, session, runtime: Runtime, lang: str, team_id: str
) -> str:
    if sub is Subcommand.EXPORT:
        query, _ = reports.parse_export_args(args)
        return reports.follow_up_title(
            session, team_id=team_id, names=runtime.names, query=query, lang=lang
        )
    return reports.overview_title(
        session, team_id=team_id, names=runtime.names, query=args, lang=lang
    )


def share_file(
    command: dict[str, Any],
    client: WebClient,
    respond: Respond,
    runtime: Runtime,
    lang: str,
    today,
    team_id: str,
) -> None:
    """Export and översikt, after the answer: build the file, upload it, confirm privately."""
    sub, args = parse(command.get("text") or "")
    if sub not in FILES:
        return
    try:
        with runtime.session_factory() as session:
            title = _file_title(
                sub, args, session=session, runtime=runtime, lang=lang, team_id=team_id
            )
    except Exception:  # the acknowledgement already told the user why
        return
    try:
        with runtime.session_factory() as session:
            if sub is Subcommand.EXPORT:
                query, fmt = reports.parse_export_args(args)
                shared = reports.follow_up_file(
                    session,
                    team_id=team_id,
                    names=runtime.names,
                    query=query,
                    fmt=fmt,
                    lang=lang,
                    tz=runtime.settings.tz,
                    today=today,
                    progress=ProgressNote(respond, title, lang),
                )
            else:
                shared = reports.overview_file(
                    session,
                    team_id=team_id,
                    names=runtime.names,
                    query=args,
                    lang=lang,
                    today=today,
                )
        client.files_upload_v2(
            channel=command["channel_id"],
            content=shared.data,
            filename=shared.filename,
            title=shared.title,
            initial_comment=t(
                "slack.file.shared_by",
                lang,
                user=f"<@{command['user_id']}>",
                title=escape(shared.title),
            ),
        )
    except Exception as error:  # a lazy listener's errors never reach @app.error
        message, _ = explain(error, lang)
        respond(text=message.text, blocks=message.blocks, response_type="ephemeral")
        return
    respond(
        text=t("slack.file.uploaded", lang, title=escape(shared.title)),
        response_type="ephemeral",
        replace_original=True,
    )


class ProgressNote:
    """Replaces the private "Jag gör i ordning …" answer with how far a long export has come:
    first after ``every`` seconds, so a quick export says nothing, and then as often."""

    def __init__(
        self,
        respond: Respond,
        title: str,
        lang: str,
        *,
        every: float = PROGRESS_EVERY_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._respond, self._title, self._lang = respond, title, lang
        self._every, self._clock = every, clock
        self._last = clock()

    def __call__(self, done: int, total: int) -> None:
        now = self._clock()
        if done >= total or now - self._last < self._every:
            return
        self._last = now
        self._respond(
            text=t(
                "slack.file.progress", self._lang, title=escape(self._title), done=done, total=total
            ),
            response_type="ephemeral",
            replace_original=True,
        )
