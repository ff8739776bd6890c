"""A channel's deadlines as an iCalendar feed (RFC 5545), written with the icalendar library.

One all-day event per item on the day it is due, saying the organisation, the board and what
is owed. Each event's uid stays the same while the item lives, also when its date moves, so a
subscribed calendar (Outlook, Google, Apple) updates the event instead of adding another.
Plain text throughout: calendars show no Slack markup, and icalendar escapes what RFC 5545
needs escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from icalendar import Calendar, Event

from bot.core.i18n import format_date, format_when, t
from bot.core.plaintext import shorten
from bot.rules.feed import uid_of
from bot.rules.reminder_types import FollowUp, Item
from bot.rules.yearwheel import MilestoneOccurrence, milestone_name
from storage.sweep import ActionRow, RequestRow

# How often a subscribed calendar should fetch the feed again (clients that honour it).
REFRESH = dt.timedelta(hours=1)
SUMMARY_TEXT_MAX = 80
NAME_MAX = 120


def calendar_file(
    items: Sequence[Item],
    *,
    organisations: Sequence[str],
    lang: str,
    stamp: dt.datetime,
    uid_suffix: str,
) -> bytes:
    """The feed: ``items`` (bot.rules.feed) as events stamped ``stamp``; each uid ends in
    ``uid_suffix``, which names the channel (one item is an event in each channel's feed)."""
    calendar = Calendar()
    calendar.add("prodid", f"-//Revisorbot//{t('calendar.product', lang)}//{lang.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    name = t("calendar.name", lang, organisations=", ".join(organisations) or "–")
    calendar.add("x-wr-calname", shorten(name, NAME_MAX))
    calendar.add("x-wr-caldesc", t("calendar.description", lang))
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", REFRESH)
    for item in items:
        summary, description = _texts(item, lang)
        event = Event()
        event.add("uid", f"{uid_of(item)}.{uid_suffix}@revisorbot")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.due)
        event.add("dtend", item.due + dt.timedelta(days=1))
        event.add("summary", summary)
        event.add("description", description)
        event.add("categories", [t(f"kind.{item.kind.value}", lang)])
        # A deadline takes no time out of the day: it must not show the auditors as busy.
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()


def _texts(item: Item, lang: str) -> tuple[str, str]:
    """The event's title and its description."""
    subject = item.subject
    if isinstance(subject, RequestRow):
        values = {
            "organisation": subject.organisation,
            "body": subject.body,
            "audit": _audit(subject.audit_title, subject.audit_id, lang),
            "due": format_date(subject.deadline, lang),
        }
        return t("calendar.response.summary", lang, **values), t(
            "calendar.response.description", lang, **values
        )
    if isinstance(subject, ActionRow):
        body = subject.body if not subject.board else f"{subject.body} ({subject.board})"
        values = {
            "organisation": subject.organisation,
            "body": body,
            "audit": _audit(subject.audit_title, subject.audit_id, lang),
            "text": " ".join(subject.text.split()),
            "due": format_when(subject.due, subject.due_precision, lang),
        }
        summary = t(
            "calendar.action.summary",
            lang,
            **(values | {"text": shorten(values["text"], SUMMARY_TEXT_MAX)}),
        )
        description = t("calendar.action.description", lang, **values)
        if subject.responsible:
            responsible = " ".join(subject.responsible.split())
            description += "\n" + t("calendar.action.responsible", lang, responsible=responsible)
        return summary, description
    if isinstance(subject, FollowUp):
        row = subject.row
        values = {
            "organisation": row.organisation,
            "audit": _audit(row.audit_title, row.audit_id, lang),
            "answered": format_date(row.answered_on, lang),
        }
        return t("calendar.followup.summary", lang, **values), t(
            "calendar.followup.description", lang, **values
        )
    assert isinstance(subject, MilestoneOccurrence), item.kind
    values = {
        "organisation": subject.organisation,
        "label": milestone_name(subject, lang),
        "due": format_date(subject.due, lang),
    }
    return t("calendar.milestone.summary", lang, **values), t(
        "calendar.milestone.description", lang, **values
    )


def _audit(title: str | None, audit_id: int, lang: str) -> str:
    if title:
        return shorten(title, 150)
    return t("reminders.audit_fallback", lang, id=audit_id)
