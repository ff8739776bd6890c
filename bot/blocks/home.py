"""The App Home tab: what is overdue, what is due soon, and which channels watch what."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from bot.blocks.answers import due_section
from bot.blocks.common import (
    Block,
    actions,
    button,
    channel_link,
    context,
    divider,
    header,
    section,
)
from bot.blocks.ids import ActionId
from bot.blocks.state import HOME
from bot.blocks.text import VIEW_BLOCKS_MAX, escape
from bot.core.i18n import t
from storage.channels import SubscriptionView
from storage.read_models import DueItem, Page

HOME_DAYS = 30
MAX_OVERDUE = 20
MAX_UPCOMING = 30


def home_view(
    *,
    overdue: Page[DueItem],
    upcoming: Page[DueItem],
    watched: Sequence[SubscriptionView],
    lang: str,
    today: dt.date,
    controls: bool,
) -> dict[str, Any]:
    def items(found: Page[DueItem], more_key: str) -> list[Block]:
        """The first page of a list; the rest are a command away."""
        blocks = [
            due_section(item, lang=lang, today=today, origin=HOME, controls=controls)
            for item in found.items
        ]
        if found.has_next:
            more = (found.total or 0) - len(found.items)
            blocks.append(context(t(more_key, lang, n=more)))
        return blocks

    blocks: list[Block] = [
        header(t("slack.home.title", lang)),
        context(t("slack.home.intro", lang)),
    ]
    if controls:
        blocks.append(
            actions(button(t("slack.button.import", lang), ActionId.OPEN_IMPORT, "import"))
        )
    blocks.append(section(f"*{t('slack.home.overdue', lang, n=overdue.total)}*"))
    blocks += items(overdue, "slack.home.more_overdue") or [
        context(t("slack.home.nothing_overdue", lang))
    ]
    blocks += [divider(), section(f"*{t('slack.home.upcoming', lang, days=HOME_DAYS)}*")]
    blocks += items(upcoming, "slack.home.more_upcoming") or [
        context(t("slack.home.nothing_upcoming", lang, days=HOME_DAYS))
    ]
    blocks += [divider(), section(f"*{t('slack.home.watched', lang)}*")]
    if watched:
        lines = []
        for subscription in watched:
            line = (
                f"• {escape(subscription.organisation)} → {channel_link(subscription.channel_id)}"
            )
            if subscription.paused:
                line += " " + t("slack.home.paused", lang)
            lines.append(line)
        blocks.append(section("\n".join(lines)))
    else:
        blocks.append(context(t("slack.home.nothing_watched", lang)))
    return {"type": "home", "blocks": blocks[:VIEW_BLOCKS_MAX]}
