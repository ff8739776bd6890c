"""Which dates a channel's calendar feed holds: exactly those its reminders are about.

The items and their stages are the reminder rules' own (bot.rules.reminded); the feed adds
only a span. It covers the years whose milestones the rules remind about around today (last
year, this year and next), and keeps a response still missing from before that for as long
as the channel is reminded of it. An item to which the channel's settings give no stage at
all (no offsets for actions, say) is not in the feed either.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from bot.rules.reminded import Schedules, items, milestone_years, years_before
from bot.rules.reminder_types import Horizon, Instant, Item, Kind, Snapshot, Watch


@dataclass(frozen=True, slots=True)
class Span:
    """The due dates a feed shows, both days included."""

    first: dt.date
    last: dt.date

    @property
    def years(self) -> range:
        return range(self.first.year, self.last.year + 1)


def span(today: dt.date) -> Span:
    years = milestone_years(today)
    return Span(dt.date(min(years), 1, 1), dt.date(max(years), 12, 31))


def horizon(shown: Span) -> Horizon:
    """What to load for a feed: every response still owed up to the span's end (an old one
    is reminded while it is missing), the rest due within the span."""
    return Horizon(
        request_deadline_until=shown.last,
        action_due_from=shown.first,
        action_due_until=shown.last,
        answered_from=years_before(shown.first, 1),
        answered_until=years_before(shown.last, 1),
    )


def feed_items(snapshot: Snapshot, at: Instant, shown: Span) -> list[Item]:
    """The items the snapshot's channel is reminded of with a date in ``shown`` (or a stage
    in it: a response long overdue), nearest first."""
    schedules = Schedules(at)
    by_org: dict[int, list[Watch]] = defaultdict(list)
    for watch in snapshot.watches:
        by_org[watch.organisation_id].append(watch)
    found = []
    for item in items(snapshot, shown.years):
        if item.due > shown.last:
            continue
        for watch in by_org[item.organisation_id]:
            stages = schedules.stages(item, watch.settings)
            if stages and (item.due >= shown.first or max(s.day for s in stages) >= shown.first):
                found.append(item)
                break
    found.sort(key=lambda item: (item.due, item.kind != Kind.RESPONSE, item.key))
    return found


def uid_of(item: Item) -> str:
    """The same item keeps its uid when its date moves, so calendars update the event; a
    milestone recurs, and each year's is an event of its own."""
    if item.kind is Kind.MILESTONE:
        return f"{item.key}:{item.due.year}"
    return item.key
