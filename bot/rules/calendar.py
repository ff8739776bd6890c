"""The Swedish working calendar: weekends, public holidays and the de facto days off.

Midsommarafton, julafton and nyårsafton are not public holidays by law, but municipal offices
are closed on them and nobody answers a reminder there, so they count as days off too (the
`holidays` package files them under its "de facto" category).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays

_ONE_DAY = dt.timedelta(days=1)


class SwedishCalendar:
    """Working days in Sweden. Cheap to ask many times: answers are cached per date."""

    def __init__(self) -> None:
        self._days_off = holidays.country_holidays(
            "SE", categories=(holidays.PUBLIC, holidays.DE_FACTO), language="sv"
        )
        # Bound methods cached per instance; a national sweep asks about the same few
        # hundred dates tens of thousands of times.
        self.is_working_day = lru_cache(maxsize=8192)(self._is_working_day)
        self.working_days_before = lru_cache(maxsize=65536)(self._working_days_before)

    def _is_working_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self._days_off

    def holiday_name(self, day: dt.date) -> str | None:
        return self._days_off.get(day)

    def on_or_before(self, day: dt.date) -> dt.date:
        """The day itself when it is a working day, else the working day before it."""
        while not self.is_working_day(day):
            day -= _ONE_DAY
        return day

    def on_or_after(self, day: dt.date) -> dt.date:
        while not self.is_working_day(day):
            day += _ONE_DAY
        return day

    def _working_days_before(self, day: dt.date, count: int) -> dt.date:
        """The working day ``count`` working days before ``day`` (0: on or before ``day``).

        Counted from ``day`` whether or not it is itself a working day, so one working day
        before Sunday 31 March is Friday 29 March.
        """
        if count == 0:
            return self.on_or_before(day)
        for _ in range(count):
            day -= _ONE_DAY
            while not self.is_working_day(day):
                day -= _ONE_DAY
        return day
