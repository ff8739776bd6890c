"""Look up user-facing strings and format dates the way Swedish (or English) readers expect."""

from __future__ import annotations

import datetime as dt
from types import ModuleType

from bot.core.locales import en, sv

LANGUAGES: dict[str, ModuleType] = {"sv": sv, "en": en}
DEFAULT_LANGUAGE = "sv"


def language_for(locale: str | None, default: str = DEFAULT_LANGUAGE) -> str:
    """A Slack locale such as "en-US" or "sv-SE" → a catalogue we have."""
    if locale:
        code = locale.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return default if default in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    catalogue = LANGUAGES.get(lang, sv).MESSAGES
    template = catalogue.get(key) or sv.MESSAGES[key]
    return template.format(**params) if params else template


def format_date(day: dt.date, lang: str = DEFAULT_LANGUAGE) -> str:
    """ "ons 27 mars 2030" / "Wed 27 March 2030"."""
    module = LANGUAGES.get(lang, sv)
    return f"{module.WEEKDAYS[day.weekday()]} {day.day} {module.MONTHS[day.month - 1]} {day.year}"


def format_day_of_year(day: dt.date, lang: str = DEFAULT_LANGUAGE) -> str:
    """ "15 april" / "15 April": a date that recurs every year."""
    return f"{day.day} {LANGUAGES.get(lang, sv).MONTHS[day.month - 1]}"


def format_month(day: dt.date, lang: str = DEFAULT_LANGUAGE) -> str:
    module = LANGUAGES.get(lang, sv)
    return f"{module.MONTHS[day.month - 1]} {day.year}"


def relative_days(day: dt.date, today: dt.date, lang: str = DEFAULT_LANGUAGE) -> str:
    """ "om 14 dagar", "i dag", "för 3 dagar sedan"."""
    delta = (day - today).days
    if delta == 0:
        return t("relative.today", lang)
    if delta == 1:
        return t("relative.tomorrow", lang)
    if delta == -1:
        return t("relative.yesterday", lang)
    if delta > 1:
        return t("relative.in_days", lang, n=delta)
    return t("relative.days_ago", lang, n=-delta)


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
