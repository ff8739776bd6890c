"""Snoozing a response reminder: "remind me in a day / a week", never past the deadline."""

from __future__ import annotations

import datetime as dt

from bot.core.errors import UserFacingError
from bot.rules.calendar import SwedishCalendar
from storage.base import MAX_ID

# The choices the snooze select offers, in days.
SNOOZE_DAYS = (1, 7)


def parse_value(value: str | None) -> tuple[int, int]:
    """ "<request id>:<days>" from the snooze select → (request id, days)."""
    request, _, days = (value or "").partition(":")
    if days not in {str(d) for d in SNOOZE_DAYS} or not (request.isascii() and request.isdigit()):
        raise UserFacingError("reminders.snooze.invalid")
    if int(request) > MAX_ID:
        raise UserFacingError("reminders.snooze.invalid")
    return int(request), int(days)


def resume_on(
    today: dt.date, deadline: dt.date, days: int, calendar: SwedishCalendar
) -> dt.date | None:
    """The working day reminders resume: ``days`` on, but no later than the deadline's own
    reminder (the last working day on or before it). None when there is no room left."""
    last = calendar.on_or_before(deadline)
    resume = min(calendar.on_or_after(today + dt.timedelta(days=days)), last)
    return resume if resume > today else None
