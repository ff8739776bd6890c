"""Files built after Slack has had its answer (a lazy listener's work): built a few at a time,
uploaded to the channel, and the person who asked told privately how it went."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from bot.blocks.errors import explain
from bot.blocks.text import escape
from bot.core.context import RequestContext
from bot.core.i18n import t
from bot.services.reports import FileToShare
from bot.slack import uploads
from handlers.replies import reply


def deliver(
    ctx: RequestContext,
    build: Callable[[], FileToShare],
    *,
    client: WebClient,
    respond: Respond,
    channel_id: str,
    replace_original: bool,
) -> None:
    """Build the file, upload it to ``channel_id`` saying who asked for it, and confirm; a
    failure is told instead (a lazy listener's errors never reach @app.error)."""
    lang = ctx.lang
    try:
        # A few files at a time: each holds a database connection and its rows while built.
        with ctx.runtime.file_builds:
            shared = build()
        with shared:
            uploads.share(
                client,
                shared,
                channel_id=channel_id,
                initial_comment=t(
                    "slack.file.shared_by",
                    lang,
                    user=f"<@{ctx.user_id}>",
                    title=escape(shared.title),
                ),
            )
    except Exception as error:
        message, _ = explain(error, lang)
        tell(
            respond,
            replace_original=replace_original,
            text=message.text,
            blocks=message.blocks,
            unfurl_links=False,
            unfurl_media=False,
        )
        return
    tell(
        respond,
        replace_original=replace_original,
        text=t("slack.file.uploaded", lang, title=escape(shared.title)),
    )


def tell(respond: Respond, *, replace_original: bool, **message: Any) -> None:
    """A private note: in place of the private answer, or below the message clicked in."""
    reply(respond, response_type="ephemeral", replace_original=replace_original, **message)
