"""`revisorbot due`: what is overdue and what falls due, laid out for the terminal it is read on.

A table needs room: at 80 columns its four columns are cut so narrow that words break
mid-word ("kompetensför/sörjning"). Below WIDE_ENOUGH each item is a few lines instead,
wrapped at whole words; into a pipe nothing is wrapped at all, one fact per line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from bot.core.context import RequestContext
from bot.core.i18n import format_due, t
from bot.services import lookups
from storage.read_models import DueItem

# The narrowest terminal whose table keeps the longest Swedish words whole.
WIDE_ENOUGH = 120


def print_due(ctx: RequestContext, days: int, out: Console) -> None:
    overdue, upcoming = lookups.due_soon(ctx, days=days)
    lists = [(t("cli.overdue.title", ctx.lang), overdue)] if overdue else []
    lists += [(t("cli.due.title", ctx.lang, days=days), upcoming)] if upcoming else []
    for title, items in lists:
        if not out.is_terminal:
            # Into a pipe lines are not cut at all: grep and a mail body get each fact whole.
            out.print(_lines(title, items, ctx.today, ctx.lang), soft_wrap=True)
        elif out.width >= WIDE_ENOUGH:
            out.print(_table(title, items, ctx.today, ctx.lang))
        else:
            out.print(_list(title, items, ctx.today, ctx.lang))
    if not upcoming:
        out.print(t("cli.nothing_due", ctx.lang, days=days))


def _what(item: DueItem, lang: str) -> str:
    return t("kind.response", lang) if item.kind == "response" else item.text


def _audit(item: DueItem) -> str:
    return f"{item.audit.organisation}: {item.audit.title or '#' + str(item.audit.id)}"


def _table(title: str, items: Sequence[DueItem], today: dt.date, lang: str) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False)
    table.add_column(t("cli.col.when", lang), no_wrap=True)
    table.add_column(t("cli.col.who", lang))
    table.add_column(t("cli.col.what", lang))
    table.add_column(t("cli.col.audit", lang))
    for item in items:
        table.add_row(
            format_due(item.due, today, item.due_precision, lang),
            item.body,
            _what(item, lang),
            _audit(item),
        )
    return table


def _list(title: str, items: Sequence[DueItem], today: dt.date, lang: str) -> Group:
    """Per item: when (bold), then who and what, then the audit, indented under it and
    wrapped at whole words."""
    parts: list = [Text(title, style="bold underline")]
    for item in items:
        parts.append(Text(format_due(item.due, today, item.due_precision, lang), style="bold"))
        details = Text(f"{item.body} – {_what(item, lang)}\n")
        details.append(_audit(item), style="dim")
        parts.append(Padding(details, (0, 0, 0, 2)))
    return Group(*parts)


def _lines(title: str, items: Sequence[DueItem], today: dt.date, lang: str) -> Text:
    """The same as plain lines, one fact each, for a pipe."""
    lines = [title]
    for item in items:
        lines.append(format_due(item.due, today, item.due_precision, lang))
        lines.append(f"  {item.body} – {_what(item, lang)}")
        lines.append(f"  {_audit(item)}")
    return Text("\n".join(lines))
