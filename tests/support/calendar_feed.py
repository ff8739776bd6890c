"""What a channel's calendar feed should hold, asked of the reminder rules themselves; and what
a feed holds, read back with the icalendar library.

The rules say which reminders are due at one instant. Asked at noon on every sixth day from the
channel's longest lead time (and a month) before the feed's span to a week after it, the
reminders to the channel name every (item, date) it hears of: an item's last stage stays
current for a week after its moment (CATCH_UP), so every item that has a stage is due at one of
those instants at least.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar
from sqlalchemy.orm import Session, sessionmaker

from bot.core.clock import FixedClock
from bot.rules.feed import span
from bot.rules.reminder_types import Kind, Watch
from bot.services.reminders import ReminderEngine, watch_of
from storage import sweep

ITEM_KINDS = (Kind.RESPONSE, Kind.ACTION, Kind.MILESTONE, Kind.FOLLOW_UP)
SAMPLE_EVERY = dt.timedelta(days=6)

Dated = set[tuple[str, dt.date]]


def reminded(
    session_factory: sessionmaker[Session],
    *,
    team_id: str,
    channel_id: str,
    today: dt.date,
    tz: ZoneInfo,
) -> Dated:
    """(item key, due date) of everything the rules remind ``channel_id`` of with a date in
    the feed's span for ``today``, or a reminder in it (a response long missing)."""
    shown = span(today)
    clock = FixedClock(dt.datetime.combine(shown.first, dt.time(12), tzinfo=tz))
    engine = ReminderEngine(session_factory, clock=clock, tz=tz, team_id=team_id)
    with session_factory() as session:
        rows = sweep.watches(session, team_id=team_id, channel_id=channel_id)
    watches = [watch_of(row) for row in rows]
    found: Dated = set()
    day = shown.first - _longest_lead(watches) - dt.timedelta(days=35)
    while day <= shown.last + dt.timedelta(days=8):
        clock.set(dt.datetime.combine(day, dt.time(12), tzinfo=tz))
        for reminder in engine.plan(watches=watches).reminders:
            if reminder.kind not in ITEM_KINDS or reminder.channel_id != channel_id:
                continue
            assert reminder.deadline is not None
            reminded_on = reminder.moment.astimezone(tz).date()
            if reminder.deadline <= shown.last and shown.first <= max(
                reminder.deadline, reminded_on
            ):
                # The key is "<item>:<date>:<stage>".
                found.add((reminder.key.rsplit(":", 2)[0], reminder.deadline))
        day += SAMPLE_EVERY
    return found


def _longest_lead(watches: list[Watch]) -> dt.timedelta:
    """How long before its date an item's first reminder can come under the channel's
    settings (working days counted twice over, for weekends and holidays)."""
    days = [0]
    for watch in watches:
        settings = watch.settings
        days += settings.action_days_before + settings.milestone_days_before
        days += tuple(2 * n for n in settings.response_working_days_before)
    return dt.timedelta(days=max(days))


def parsed(body: bytes) -> Calendar:
    return Calendar.from_ical(body)


def events(body: bytes) -> dict[str, dict[str, object]]:
    """The feed's events by uid: their day, title, description and stamp as plain values."""
    found = {}
    for event in parsed(body).walk("VEVENT"):
        start = event.decoded("dtstart")
        assert isinstance(start, dt.date) and not isinstance(start, dt.datetime), start
        assert event.decoded("dtend") == start + dt.timedelta(days=1), "an all-day event"
        found[str(event["uid"])] = {
            "day": start,
            "summary": str(event["summary"]),
            "description": str(event["description"]),
            "stamp": event.decoded("dtstamp"),  # RFC 5545 requires one in every event
        }
    return found


def feed_dates(body: bytes) -> Dated:
    """(item key, date) of each event, read back from its uid: "<item>[:<year>].<channel>…"."""
    dated = set()
    for uid, event in events(body).items():
        key = uid.split(".", 1)[0]
        if key.startswith("milestone:"):
            key, year = key.rsplit(":", 1)
            assert int(year) == event["day"].year
        dated.add((key, event["day"]))
    return dated
