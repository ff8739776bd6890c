"""Look up user-facing strings and say dates, counts and spans of time as Swedish (or English)
readers expect: the catalogues hold our sentences, Babel's CLDR data the language's own rules
(plural forms, month and weekday names, relative times, "a, b och c")."""

from __future__ import annotations

import datetime as dt
from functools import cache
from types import ModuleType

from babel import Locale
from babel.dates import format_date as cldr_date
from babel.dates import format_timedelta
from babel.lists import format_list
from babel.units import format_unit

from bot.core.locales import Plural, en, sv

LANGUAGES: dict[str, ModuleType] = {"sv": sv, "en": en}
DEFAULT_LANGUAGE = "sv"
# Up to about six weeks a span is counted in days ("om 25 dagar"); past that, in months and
# years ("för 1 år och 7 månader sedan"): nobody counts 581 days.
DAYS_AT_MOST = 45


def language_for(locale: str | None, default: str = DEFAULT_LANGUAGE) -> str:
    """A Slack locale such as "en-US" or "sv-SE" → a catalogue we have."""
    if locale:
        code = locale.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return default if default in LANGUAGES else DEFAULT_LANGUAGE


@cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang if lang in LANGUAGES else DEFAULT_LANGUAGE)


def t(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    """The message ``key`` in ``lang`` (Swedish where English lacks it); a Plural message
    takes the form its count asks for."""
    catalogue = LANGUAGES.get(lang, sv).MESSAGES
    template = catalogue.get(key) or sv.MESSAGES[key]
    if isinstance(template, Plural):
        template = template.form(_locale(lang).plural_form(params[template.by]))
    return template.format(**params) if params else template


def count(noun: str, n: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """ "1 rekommendation", "3 rekommendationer": the catalogue's ``count.<noun>``."""
    return t(f"count.{noun}", lang, n=n)


def format_names(names: list[str], lang: str = DEFAULT_LANGUAGE) -> str:
    """ "Kommunstyrelsen och Tekniska nämnden", "A, B and C"."""
    return format_list(list(names), locale=_locale(lang)) if names else ""


def format_date(day: dt.date, lang: str = DEFAULT_LANGUAGE) -> str:
    """ "ons 27 mars 2030" / "Wed 27 March 2030"."""
    return cldr_date(day, "EEE d MMMM y", locale=_locale(lang))


def format_day_of_year(day: dt.date, lang: str = DEFAULT_LANGUAGE) -> str:
    """ "15 april" / "15 April": a date that recurs every year."""
    return cldr_date(day, "d MMMM", locale=_locale(lang))


def format_month(day: dt.date, lang: str = DEFAULT_LANGUAGE) -> str:
    """ "april 2030" / "April 2030"."""
    return cldr_date(day, "LLLL y", locale=_locale(lang))


def relative_days(day: dt.date, today: dt.date, lang: str = DEFAULT_LANGUAGE) -> str:
    """ "i dag", "om 14 dagar", "för 3 månader sedan", "om 1 år och 2 månader"."""
    delta = (day - today).days
    if delta == 0:
        return t("relative.today", lang)
    if delta == 1:
        return t("relative.tomorrow", lang)
    if delta == -1:
        return t("relative.yesterday", lang)
    if abs(delta) <= DAYS_AT_MOST:
        # A threshold above DAYS_AT_MOST keeps Babel from rounding to weeks or months.
        return format_timedelta(
            dt.timedelta(days=delta),
            granularity="day",
            threshold=DAYS_AT_MOST + 1,
            add_direction=True,
            locale=_locale(lang),
        )
    years, months = divmod(_whole_months(min(day, today), max(day, today)), 12)
    parts = [
        format_unit(amount, unit, length="long", locale=_locale(lang))
        for amount, unit in ((years, "duration-year"), (months, "duration-month"))
        if amount
    ]
    return t("relative.in" if delta > 0 else "relative.ago", lang, span=format_names(parts, lang))


def _whole_months(earlier: dt.date, later: dt.date) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (later.day < earlier.day)


def format_due(
    day: dt.date, today: dt.date, precision: str = "day", lang: str = DEFAULT_LANGUAGE
) -> str:
    """A due date as people say it, and how far off it is: "senast juni 2030, om 30 dagar"."""
    return f"{format_when(day, precision, lang)}, {relative_days(day, today, lang)}"


def format_when(day: dt.date, precision: str = "day", lang: str = DEFAULT_LANGUAGE) -> str:
    """A due date as people say it: exact days with weekday, months and years as such."""
    if precision == "month":
        return t("precision.month", lang, month=format_month(day, lang))
    if precision == "year":
        return t("precision.year", lang, year=day.year)
    return format_date(day, lang)
