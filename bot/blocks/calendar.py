"""Block Kit for `/revision kalender`: the channel's feed address and the button replacing it.

Interactive contract: ActionId.REPLACE_CALENDAR_FEED, a button with a confirmation dialog;
the listener (handlers/calendar.py) replaces the feed of the channel the message is in.
"""

from __future__ import annotations

from bot.blocks.common import Message, actions, button, context, header, plain, section
from bot.blocks.ids import ActionId
from bot.blocks.text import FALLBACK_TEXT_MAX, escape, truncate
from bot.core.i18n import t
from bot.services.calendar import FeedAddress


def feed_address_message(address: FeedAddress, *, lang: str, replaced: bool = False) -> Message:
    organisations = ", ".join(f"*{escape(name)}*" for name in address.organisations) or "–"
    shown = address.url or address.path
    blocks = [header(t("slack.calendar.title", lang))]
    if replaced:
        blocks.append(section(t("slack.calendar.replaced", lang)))
    blocks.append(section(t("slack.calendar.intro", lang, organisations=organisations)))
    if address.url is None:
        blocks.append(section(t("slack.calendar.no_public_url", lang)))
    # A code block: Slack neither turns it into a link preview nor breaks it when copied.
    blocks.append(section(f"```{escape(shown)}```"))
    blocks.append(context(t("slack.calendar.secret", lang)))
    replace = button(
        t("slack.calendar.replace", lang),
        ActionId.REPLACE_CALENDAR_FEED,
        "replace",
        style="danger",
    )
    replace["confirm"] = {
        "title": plain(t("slack.calendar.confirm.title", lang), 100),
        "text": plain(t("slack.calendar.confirm.text", lang), 300),
        "confirm": plain(t("slack.calendar.confirm.yes", lang), 30),
        "deny": plain(t("slack.calendar.confirm.no", lang), 30),
        "style": "danger",
    }
    blocks.append(actions(replace))
    text = f"{t('slack.calendar.title', lang)}: {shown}"
    return Message(truncate(text, FALLBACK_TEXT_MAX), blocks)
