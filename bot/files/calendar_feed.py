"""A channel's deadlines as an iCalendar feed (RFC 5545), written with the icalendar library.

One all-day event per item on the day it is due, saying the organisation, the board and what
is owed. Each event's uid stays the same while the item lives, also when its date moves, so a
subscribed calendar (Outlook, Google, Apple) updates the event instead of adding another.
Plain text throughout: calendars show no Slack markup, and icalendar escapes what RFC 5545
needs escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

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


def feed_head(organisations: tuple[str, ...], lang: str) -> bytes:
    """The calendar's own lines, up to its first event: its name, language and how often a
    subscribed calendar should ask again."""
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
    written = calendar.to_ical()
    assert written.endswith(_CALENDAR_END), written[-40:]
    return written[: -len(_CALENDAR_END)]


def event_file(item: Item, *, lang: str, uid: str) -> bytes:
    """One item's event, all of it but its DTSTAMP, which ``calendar_file`` adds: what an
    event says depends only on the item, so its written lines can be kept while the item is
    unchanged, however often the feed is asked for."""
    summary, description = _texts(item, lang)
    event = Event()
    event.add("uid", uid)
    event.add("dtstart", item.due)
    event.add("dtend", item.due + dt.timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("categories", [t(f"kind.{item.kind.value}", lang)])
    # A deadline takes no time out of the day: it must not show the auditors as busy.
    event.add("transp", "TRANSPARENT")
    written = event.to_ical()
    assert written.startswith(_EVENT_BEGIN), written[:40]
    return written


def event_uid(item: Item, uid_suffix: str) -> str:
    """The event's uid; ``uid_suffix`` names the channel (one item is an event in each
    channel's feed)."""
    return f"{uid_of(item)}.{uid_suffix}@revisorbot"


def calendar_file(head: bytes, events: Iterable[bytes], *, stamp: dt.datetime) -> bytes:
    """The feed: ``head`` (feed_head), then each event (event_file) stamped ``stamp``.

    RFC 5545 leaves the order of an event's properties free, so the DTSTAMP line follows
    BEGIN:VEVENT; icalendar writes that line as it writes the rest.
    """
    stamped = Event()
    stamped.add("dtstamp", stamp)
    stamp_line = stamped.to_ical()[len(_EVENT_BEGIN) : -len(_EVENT_END)]
    begin = _EVENT_BEGIN + stamp_line
    parts = [head]
    for event in events:
        parts += (begin, memoryview(event)[len(_EVENT_BEGIN) :])
    parts.append(_CALENDAR_END)
    return b"".join(parts)


_EVENT_BEGIN = b"BEGIN:VEVENT\r\n"
_EVENT_END = b"END:VEVENT\r\n"
_CALENDAR_END = b"END:VCALENDAR\r\n"


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
