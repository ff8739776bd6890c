"""`/revision`: lookups answer privately; bevaka, sluta-bevaka and importera act.

Export and översikt may take longer than the three seconds Slack waits for an answer (a whole
national workspace's follow-up matrix takes about ten), so they answer at once with what they
are making and a lazy listener builds the file, uploads it and says so. Bolt runs lazy
listeners after every command, also when the acknowledging function refused: the
acknowledgement leaves what to build in the context (Bolt copies it for the lazy listener
after acknowledging), and the lazy listener does nothing without it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
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
from handlers.replies import reply
from storage.db import transaction

COMMAND = "/revision"
FILES = (Subcommand.EXPORT, Subcommand.OVERVIEW)
# The context key under which the acknowledgement leaves the file to build.
FILE_REQUEST = "file_request"
# A long export says how far it has come after these many seconds, each counted from the
# last note. Slack takes five messages through one response_url: three notes, then "Klart".
PROGRESS_GAPS_SECONDS = (5.0, 15.0, 45.0)


def register(app: App) -> None:
    app.command(COMMAND)(ack=revision, lazy=[share_file])


def revision(
    ack: Ack,
    command: dict[str, Any],
    context: BoltContext,
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
        context[FILE_REQUEST] = {"sub": sub.value, "args": args, "title": title}
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
    context: BoltContext,
    client: WebClient,
    respond: Respond,
    runtime: Runtime,
    lang: str,
    today,
    team_id: str,
) -> None:
    """Export and översikt, after the answer: build the file, upload it, confirm privately."""
    wanted = context.get(FILE_REQUEST)
    if wanted is None:  # another sub-command, or the answer refused
        return
    sub, args, title = Subcommand(wanted["sub"]), wanted["args"], wanted["title"]
    try:
        # A few files at a time: each holds a database connection and its rows while built.
        with runtime.file_builds, runtime.session_factory() as session:
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
        _tell(
            respond,
            text=message.text,
            blocks=message.blocks,
            unfurl_links=False,
            unfurl_media=False,
        )
        return
    _tell(respond, text=t("slack.file.uploaded", lang, title=escape(shared.title)))


def _tell(respond: Respond, **message: Any) -> None:
    """Replace the private answer."""
    reply(respond, response_type="ephemeral", replace_original=True, **message)


class ProgressNote:
    """Replaces the private "Jag gör i ordning …" answer with how far a long export has come:
    first after ``gaps[0]`` seconds, so a quick export says nothing, then after each next gap,
    and no more once the gaps are used up (a response_url takes five messages)."""

    def __init__(
        self,
        respond: Respond,
        title: str,
        lang: str,
        *,
        gaps: tuple[float, ...] = PROGRESS_GAPS_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._respond, self._title, self._lang, self._clock = respond, title, lang, clock
        self._gaps: Iterator[float] = iter(gaps)
        self._gap: float | None = next(self._gaps, None)
        self._last = clock()

    def __call__(self, done: int, total: int) -> None:
        now = self._clock()
        if self._gap is None or done >= total or now - self._last < self._gap:
            return
        self._last, self._gap = now, next(self._gaps, None)
        _tell(
            self._respond,
            text=t(
                "slack.file.progress", self._lang, title=escape(self._title), done=done, total=total
            ),
        )
