"""`/revision`: lookups answer privately (uppföljning also starts the year's round for an editor);
bevaka, sluta-bevaka, importera, ny and kalender act.

Export and översikt may take longer than the three seconds Slack waits for an answer (a whole
national workspace's follow-up matrix takes about ten), so they answer at once with what they
are making and a lazy listener builds the file, uploads it and says so. Importera opens its
form in a lazy listener too: views.open takes as long as Slack does, and the command's
answer must not wait for it. Bolt runs lazy listeners after every command, also when the
acknowledging function refused: the acknowledgement leaves what to do in the context (Bolt
copies it for the lazy listener after acknowledging), and the lazy listener does nothing
without it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.blocks.calendar import feed_address_message
from bot.blocks.common import chair_notice, watch_notice
from bot.blocks.errors import explain
from bot.blocks.importing import import_modal
from bot.blocks.new_audit import new_audit_modal
from bot.blocks.state import ViewState
from bot.blocks.text import escape
from bot.core.context import RequestContext
from bot.core.i18n import t
from bot.rules.subcommands import LOOKUPS, Subcommand, parse
from bot.services import calendar, editing, followup, reports
from handlers.answers import answer, draw
from handlers.delivery import deliver, tell
from handlers.replies import reply

COMMAND = "/revision"
FILES = (Subcommand.EXPORT, Subcommand.OVERVIEW)
# The context keys under which the acknowledgement leaves the file to build, or the form to
# open (importera's or ny's).
FILE_REQUEST = "file_request"
FORM = "form"
# A long export says how far it has come after these many seconds, each counted from the
# last note. Slack takes five messages through one response_url: three notes, then "Klart".
PROGRESS_GAPS_SECONDS = (5.0, 15.0, 45.0)


def register(app: App) -> None:
    app.command(COMMAND)(ack=revision, lazy=[share_file, open_form])


def revision(ack: Ack, command: dict[str, Any], context: BoltContext, ctx: RequestContext) -> None:
    sub, args = parse(command.get("text") or "")
    if sub is Subcommand.FOLLOW_UP:
        message = draw(ctx, followup.start_or_resume(ctx, args), ViewState(sub.value, args))
        ack(response_type="ephemeral", text=message.text, blocks=message.blocks)
        return
    if sub in LOOKUPS:
        message = answer(ctx, ViewState(sub.value, args))
        ack(response_type="ephemeral", text=message.text, blocks=message.blocks)
        return
    if sub in FILES:
        title = (
            reports.follow_up_title(ctx, reports.parse_export_args(args)[0])
            if sub is Subcommand.EXPORT
            else reports.overview_title(ctx, args)
        )
        context[FILE_REQUEST] = {"sub": sub.value, "args": args, "title": title}
        preparing = t("slack.file.preparing", ctx.lang, title=escape(title))
        ack(response_type="ephemeral", text=preparing)
        return
    ctx.require_editor()
    if sub in (Subcommand.IMPORT, Subcommand.NEW):
        context[FORM] = sub.value
        ack()
        return
    if sub is Subcommand.CALENDAR:
        address = calendar.feed_address(ctx, channel_id=command["channel_id"])
        message = feed_address_message(address, lang=ctx.lang)
        ack(response_type="ephemeral", text=message.text, blocks=message.blocks)
        return
    if sub is Subcommand.CHAIR:
        organisation, user_id, changed = editing.set_chair(ctx, args)
        message = chair_notice(organisation.name, user_id, changed=changed, lang=ctx.lang)
        ack(response_type="ephemeral", text=message.text, blocks=message.blocks)
        return
    change = editing.watch if sub is Subcommand.WATCH else editing.unwatch
    organisation, changed = change(ctx, channel_id=command["channel_id"], query=args)
    message = watch_notice(
        organisation.name, watching=sub is Subcommand.WATCH, changed=changed, lang=ctx.lang
    )
    ack(response_type="ephemeral", text=message.text, blocks=message.blocks)


def open_form(
    command: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
    ctx: RequestContext,
) -> None:
    """Importera or ny, after the answer: the form, in the language the answer was given in
    (a slow Slack must not hold the answer: Slack waits three seconds for it)."""
    form = context.get(FORM)
    if form is None:
        return
    view = (
        import_modal(lang=ctx.lang)
        if form == Subcommand.IMPORT.value
        else new_audit_modal(lang=ctx.lang)
    )
    try:
        client.views_open(trigger_id=command["trigger_id"], view=view)
    except Exception as error:  # a lazy listener's errors never reach @app.error
        message, _ = explain(error, ctx.lang)
        reply(respond, response_type="ephemeral", text=message.text, blocks=message.blocks)


def share_file(
    command: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond,
    ctx: RequestContext,
) -> None:
    """Export and översikt, after the answer: build the file, upload it, confirm privately."""
    wanted = context.get(FILE_REQUEST)
    if wanted is None:  # another sub-command, or the answer refused
        return
    sub, args, title = Subcommand(wanted["sub"]), wanted["args"], wanted["title"]

    def build() -> reports.FileToShare:
        if sub is Subcommand.EXPORT:
            query, fmt = reports.parse_export_args(args)
            return reports.follow_up_file(
                ctx, query, fmt=fmt, progress=ProgressNote(respond, title, ctx.lang)
            )
        return reports.overview_file(ctx, args)

    deliver(
        ctx,
        build,
        client=client,
        respond=respond,
        channel_id=command["channel_id"],
        replace_original=True,
    )


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
        tell(
            self._respond,
            replace_original=True,
            text=t(
                "slack.file.progress", self._lang, title=escape(self._title), done=done, total=total
            ),
        )
