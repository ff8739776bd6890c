"""Reminders that would be sent, drawn in the terminal as the channel would read them: where,
about which organisation, when, and the message itself (its buttons left out). What
`reminders run-once --dry-run` lists and the console shows on a real database."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from rich.console import RenderableType

from bot.blocks.reminders import render_at
from bot.console.render import render_message
from bot.core.i18n import format_date
from bot.rules.reminder_types import Instant, Reminder


def _without_controls(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    kept = []
    for block in blocks:
        if block.get("type") == "actions":
            continue
        kept.append({key: value for key, value in block.items() if key != "accessory"})
    return kept


def title(reminder: Reminder, instant: Instant, lang: str) -> str:
    """ "#C0TEAM · Exempelkommun · fre 29 mars 2030 08:00"."""
    moment = reminder.moment.astimezone(instant.tz)
    where = (
        f"@{reminder.channel_id}" if reminder.channel_id[:1] in "UW" else f"#{reminder.channel_id}"
    )
    when = f"{format_date(moment.date(), lang)} {moment:%H:%M}"
    return " · ".join(part for part in (where, reminder.organisation, when) if part)


def drawn(
    reminders: Iterable[Reminder], instant: Instant, *, default_language: str
) -> Iterator[RenderableType]:
    for reminder in reminders:
        lang = reminder.language or default_language
        message = render_at(reminder, instant, lang)
        yield render_message(
            _without_controls(message.blocks),
            text=message.text,
            title=title(reminder, instant, lang),
            style="yellow",
            tz=instant.tz,
        ).renderable
