"""Text every renderer shares: mrkdwn escaping, Slack's length limits, names and markers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from bot.blocks.mrkdwn import escape as escape  # one escape for all mrkdwn, re-exported
from bot.blocks.mrkdwn import shorten
from bot.core.i18n import format_due, t
from storage.read_models import AuditRef

SECTION_TEXT_MAX = 3000
CONTEXT_TEXT_MAX = 2000
HEADER_TEXT_MAX = 150
BUTTON_TEXT_MAX = 75
OPTION_TEXT_MAX = 75
MODAL_TITLE_MAX = 24
MESSAGE_BLOCKS_MAX = 50
VIEW_BLOCKS_MAX = 100
FALLBACK_TEXT_MAX = 3000

SCALE_MARKERS = {
    "fulfilled": ":large_green_circle:",
    "largely": ":large_green_circle:",
    "partly": ":large_yellow_circle:",
    "not": ":red_circle:",
}
UNKNOWN_SCALE_MARKER = ":white_circle:"
ACTION_STATUS_MARKERS = {
    "not_started": ":red_circle:",
    "started": ":large_yellow_circle:",
    "done": ":large_green_circle:",
}
RECOMMENDATION_STATUS_MARKERS = {
    "open": ":white_circle:",
    "in_progress": ":large_yellow_circle:",
    "done": ":large_green_circle:",
    "not_accepted": ":no_entry_sign:",
}


def truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    # Never leave half an entity (&am…) behind after escaping.
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut.rstrip() + "…"


def audit_name(audit: AuditRef, lang: str) -> str:
    """The title, or for reports that print none, what the team would call it."""
    if audit.title:
        return audit.title
    parts = [str(audit.year)] if audit.year else []
    if audit.audit_firm:
        parts.append(audit.audit_firm)
    return t("slack.audit.untitled", lang, details=", ".join(parts) or f"#{audit.id}")


def audit_label(audit: AuditRef, lang: str) -> str:
    """ "Knivsta kommun: Integration – strategier och insatser" (plain, unescaped)."""
    return f"{audit.organisation}: {audit_name(audit, lang)}"


def when(day: dt.date, today: dt.date, precision: str, lang: str) -> str:
    """A due date as people say it: a day with weekday, a month or a year, and how far off."""
    return format_due(day, today, "day" if precision not in ("month", "year") else precision, lang)


def slack_time(moment: dt.datetime) -> str:
    """A moment Slack shows in each reader's own time zone; the fallback is UTC."""
    stamp = int(moment.timestamp())
    fallback = moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{stamp}^{{date_short_pretty}} {{time}}|{fallback}>"


def _words_beginning_with(terms: Sequence[str]) -> re.Pattern[str] | None:
    """Whole words that begin with one of ``terms``, as the search matches them (a prefix);
    never the name of an escaped character (``&amp;``)."""
    if not terms:
        return None
    alternatives = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?<!&)(?:{alternatives})[^\W_]*", re.IGNORECASE)


def excerpt(text: str, terms: Sequence[str], limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters: from its start, or, when the first
    word a search matched stands further in, from a little before that word ("…" where cut)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    pattern = _words_beginning_with(terms)
    found = pattern.search(flat) if pattern else None
    lead = limit // 4
    if found is None or found.start() <= lead:
        return shorten(flat, limit)
    start = flat.rfind(" ", 0, found.start() - lead) + 1
    return shorten("…" + flat[start:], limit)


def highlight(escaped: str, terms: Sequence[str]) -> str:
    """Escaped mrkdwn with each word a search matched in bold."""
    pattern = _words_beginning_with(terms)
    return pattern.sub(lambda word: f"*{word.group(0)}*", escaped) if pattern else escaped
