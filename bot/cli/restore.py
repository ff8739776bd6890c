"""`revisorbot restore [NR]`: what was deleted in the last 30 days, and a deletion undone."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from bot.cli.common import TeamOption, cli_context, console, explained
from bot.console.render import mrkdwn_to_markup
from bot.core.i18n import format_date, t
from bot.core.settings import get_settings
from bot.services import corrections
from storage.base import MAX_ID
from storage.trash import KEEP_FOR, TrashView


def restore(
    number: Annotated[
        int | None,
        typer.Argument(min=1, max=MAX_ID, help="The deletion to undo; without it, the list."),
    ] = None,
    team: TeamOption = None,
) -> None:
    """Undo a deletion made in the last 30 days (without a number: list them)."""
    settings = get_settings()
    ctx = cli_context(settings, team)
    lang = ctx.lang
    with explained(lang):
        if number is None:
            _list(corrections.deletions(ctx), lang=lang, tz=ctx.tz)
            return
        entry = corrections.restore(ctx, number)
    console.print(t("cli.restore.done", lang, what=escape(_what(entry, lang))))


def _what(entry: TrashView, lang: str) -> str:
    kind = t(f"slack.history.entity.{entry.entity}", lang)
    return f"{kind} ”{entry.label}” (#{entry.audit_id})"


def _list(entries: list[TrashView], *, lang: str, tz) -> None:
    if not entries:
        console.print(t("cli.restore.none", lang, days=KEEP_FOR.days))
        return
    table = Table(title=t("cli.restore.title", lang, days=KEEP_FOR.days), title_justify="left")
    for key in ("id", "when", "who", "what"):
        table.add_column(t(f"cli.restore.col.{key}", lang), overflow="fold", no_wrap=key == "id")
    for entry in entries:
        what = escape(_what(entry, lang))
        if entry.restored_at is not None:
            restored = format_date(entry.restored_at.astimezone(tz).date(), lang)
            what = f"[dim]{what} — {t('cli.restore.restored_on', lang, date=restored)}[/dim]"
        table.add_row(
            str(entry.id),
            entry.deleted_at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
            escape(entry.deleted_by),
            what,
        )
    console.print(table)
    console.print(mrkdwn_to_markup(t("cli.restore.hint", lang)))
