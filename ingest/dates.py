"""Swedish dates and action timelines ("tidsplan") turned into a due date and a precision.

A timeline resolves to the last day of the period it names, because a board that promises
"juni 2019" has until 30 June:

* a day ("2019-03-31", "31 mars 2019", "31/12 2019", "den 31/12 2019") → that day, "day";
* a month ("senast juni 2019", "2019-06") → the month's last day, "month";
* a quarter ("kvartal 3 2020", "Q3 2020", "tredje kvartalet 2020") → the quarter's last day,
  "month" — the schema has no quarter precision, and the quarter ends with a month;
* a tertial ("tertial 2 2020") → 30 April, 31 August or 31 December, "month";
* a school term or half year ("vt 2020", "våren 2020", "första halvåret 2020" → 30 June;
  "ht 2020", "hösten 2020", "andra halvåret 2020" → 31 December), "month";
* a year ("2020", "Sprids under 2019") → 31 December, "year";
* ongoing work ("löpande", "Kontinuerligt …", "årligen") → no date, "continuous";
* a pointer to another row ("se punkten ovan") → that row's due date and precision;
* anything else (empty, "Enligt kommande tidsplan.") → no date, "unspecified".

When a timeline names several periods ("delrapport juni 2019, klart 2019-12-31") the most
precise kind wins and, within it, the latest date: the promise is kept when the last part is.
A stated date also wins over words of continuity ("Löpande, klart 2020-06-30").
Nothing here raises on odd input: text that says no date gives None.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Precision = Literal["day", "month", "year", "continuous", "unspecified"]

MONTHS: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "mars": 3,
    "april": 4,
    "maj": 5,
    "juni": 6,
    "juli": 7,
    "augusti": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
_MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_WORDS = {**MONTHS, **_MONTH_ABBREVIATIONS}
_MONTH_PATTERN = "|".join(sorted(_MONTH_WORDS, key=len, reverse=True))
_ORDINALS = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4}

_YEAR = r"(?P<year>(?:19|20)\d{2})"
_NOT_DIGIT_BEFORE = r"(?<![\d/.-])"
_NOT_DIGIT_AFTER = r"(?![\d/])"

_ISO_DAY = re.compile(
    _NOT_DIGIT_BEFORE + _YEAR + r"-(?P<month>\d{1,2})-(?P<day>\d{1,2})" + _NOT_DIGIT_AFTER
)
_WORD_DAY = re.compile(
    r"(?<![\w])(?P<day>\d{1,2})(?::[ae])?\s+(?P<month>" + _MONTH_PATTERN + r")\.?,?\s+" + _YEAR,
    re.IGNORECASE,
)
# "31/12 2019", "31/12-2019", "31/12/2019", "31.12.2019" (Swedish order: day first).
_NUMERIC_DAY = re.compile(
    _NOT_DIGIT_BEFORE
    + r"(?P<day>\d{1,2})(?P<sep>[/.])(?P<month>\d{1,2})(?:\s*-\s*|\s+|(?P=sep))"
    + _YEAR
    + _NOT_DIGIT_AFTER
)
_ISO_MONTH = re.compile(_NOT_DIGIT_BEFORE + _YEAR + r"-(?P<month>\d{1,2})" + r"(?![\d/-])")
_WORD_MONTH = re.compile(
    r"(?<![\w])(?P<month>" + _MONTH_PATTERN + r")\.?,?\s+(?:år\s+)?" + _YEAR + r"(?!\d)",
    re.IGNORECASE,
)
_SHORT_YEAR = r"(?P<year>(?:19|20)?\d{2})"
_QUARTER = re.compile(
    r"(?<![\w])(?:"
    r"(?:q|kv|kvartal)\s*(?P<q1>[1-4])(?:\s*[-/]?\s*|\s+)(?:år\s+)?" + _SHORT_YEAR + r"(?!\d)"
    r"|(?P<ord>första|andra|tredje|fjärde)\s+kvartalet\s+(?:år\s+)?(?P<year2>(?:19|20)\d{2})"
    r"|(?P<year3>(?:19|20)\d{2})\s*[-/ ]?\s*(?:q|kv)\s*(?P<q3>[1-4])(?![\w])"
    r")",
    re.IGNORECASE,
)
_TERTIAL = re.compile(
    r"(?<![\w])(?:tertial\s*|t)(?P<t>[1-3])\s+(?:år\s+)?(?P<year>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
_TERM = re.compile(
    r"(?<![\w])(?P<term>vt|ht|vårterminen|höstterminen|våren|hösten)\s*[-/]?\s*"
    + _SHORT_YEAR
    + r"(?!\d)",
    re.IGNORECASE,
)
_HALF_YEAR = re.compile(
    r"(?<![\w])(?P<which>första|andra)\s+halvåret\s+(?:år\s+)?(?P<year>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)
# A year on its own; not one that starts something ("sedan 2016", "från och med 2020").
_YEAR_ONLY = re.compile(r"(?<![\w/.:-])(?P<year>(?:19|20)\d{2})(?![\w/:]|-\w|\.\d)")
_YEAR_START_WORDS = re.compile(
    r"(?:sedan|från|fr\.o\.m\.|från och med|före|innan|t\.o\.m\. år)\s*(?:år\s+)?$",
    re.IGNORECASE,
)
_CONTINUOUS = re.compile(
    r"(?<![\w])(?:löpande|kontinuerlig(?:t|a)?|fortlöpande|pågående|pågår|ständigt|"
    r"årligen|årlig|återkommande|varje år|varje månad|månadsvis|kvartalsvis)(?![\w])",
    re.IGNORECASE,
)
_REFERENCE = re.compile(
    r"^\s*(?:se|som|enligt)\s+(?:ovan|punkten\s+ovan|punkt\s+ovan|föregående\s+punkt(?:en)?|"
    r"ovanstående(?:\s+punkt(?:en)?)?|samma\s+som\s+ovan)\s*[.!]?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Timeline:
    """What a printed tidsplan promises: the day it runs out and how precise that is."""

    due: dt.date | None
    precision: Precision


UNSPECIFIED = Timeline(None, "unspecified")
CONTINUOUS = Timeline(None, "continuous")

_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}


@dataclass(frozen=True)
class DateMention:
    """One date-like expression found in a text."""

    date: dt.date
    precision: Literal["day", "month", "year"]
    start: int
    end: int


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month: month_end(2024, 2) is 29 February."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def quarter_end(year: int, quarter: int) -> dt.date:
    return month_end(year, quarter * 3)


def _full_year(text: str) -> int:
    value = int(text)
    return value + 2000 if value < 100 else value


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _safe_month_end(year: int, month: int) -> dt.date | None:
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        return None
    return month_end(year, month)


def find_dates(text: str) -> list[DateMention]:
    """Every date, month, quarter, term or year named in ``text``, in order of appearance.

    A span covered by a more precise mention is not reported again ("31 mars 2019" is a day,
    not also the month March and the year 2019).
    """
    if not text:
        return []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(date: dt.date | None, precision, match: re.Match[str]) -> None:
        if not free(match.start(), match.end()):
            return
        # An impossible date ("31/2 2019") still owns its span: it is not a month or a year.
        taken.append((match.start(), match.end()))
        if date is not None:
            found.append(DateMention(date, precision, match.start(), match.end()))

    for match in _ISO_DAY.finditer(text):
        add(_safe_date(*map(int, match.group("year", "month", "day"))), "day", match)
    for match in _WORD_DAY.finditer(text):
        month = _MONTH_WORDS[match["month"].lower()]
        add(_safe_date(int(match["year"]), month, int(match["day"])), "day", match)
    for match in _NUMERIC_DAY.finditer(text):
        add(_safe_date(int(match["year"]), int(match["month"]), int(match["day"])), "day", match)
    for match in _QUARTER.finditer(text):
        if match["q1"]:
            year, quarter = _full_year(match["year"]), int(match["q1"])
        elif match["ord"]:
            year, quarter = int(match["year2"]), _ORDINALS[match["ord"].lower()]
        else:
            year, quarter = int(match["year3"]), int(match["q3"])
        add(quarter_end(year, quarter) if 1 <= year <= 9999 else None, "month", match)
    for match in _TERTIAL.finditer(text):
        add(_safe_month_end(int(match["year"]), int(match["t"]) * 4), "month", match)
    for match in _TERM.finditer(text):
        spring = match["term"].lower() in {"vt", "vårterminen", "våren"}
        add(_safe_month_end(_full_year(match["year"]), 6 if spring else 12), "month", match)
    for match in _HALF_YEAR.finditer(text):
        first = match["which"].lower() == "första"
        add(_safe_month_end(int(match["year"]), 6 if first else 12), "month", match)
    for match in _WORD_MONTH.finditer(text):
        add(
            _safe_month_end(int(match["year"]), _MONTH_WORDS[match["month"].lower()]),
            "month",
            match,
        )
    for match in _ISO_MONTH.finditer(text):
        add(_safe_month_end(int(match["year"]), int(match["month"])), "month", match)
    for match in _YEAR_ONLY.finditer(text):
        if _YEAR_START_WORDS.search(text[max(0, match.start() - 24) : match.start()]):
            continue
        add(dt.date(int(match["year"]), 12, 31), "year", match)
    found.sort(key=lambda mention: mention.start)
    return found


def parse_date(text: str | None) -> dt.date | None:
    """The first day-precise date in ``text`` ("den 31 mars 2019" → 2019-03-31), else None."""
    for mention in find_dates(text or ""):
        if mention.precision == "day":
            return mention.date
    return None


def parse_timeline(text: str | None, *, previous: Timeline | None = None) -> Timeline:
    """A printed tidsplan as (due, precision); ``previous`` is the row above, for "se ovan"."""
    if text is None or not text.strip():
        return UNSPECIFIED
    if _REFERENCE.match(text):
        return previous if previous is not None else UNSPECIFIED
    mentions = find_dates(text)
    if mentions:
        best_rank = max(_PRECISION_RANK[m.precision] for m in mentions)
        best = max(
            (m for m in mentions if _PRECISION_RANK[m.precision] == best_rank),
            key=lambda m: m.date,
        )
        return Timeline(best.date, best.precision)
    if _CONTINUOUS.search(text):
        return CONTINUOUS
    return UNSPECIFIED


def format_swedish(date: dt.date) -> str:
    """2019-03-31 → "31 mars 2019", the way Swedish documents print a date."""
    month_name = next(name for name, number in MONTHS.items() if number == date.month)
    return f"{date.day} {month_name} {date.year}"


# --- dates a letter gives without a year, or as a period from its own date -------------------

_DAY_MONTH = re.compile(
    r"(?<![\w/.-])(?P<day>\d{1,2})(?::[ae])?\s*(?P<month>" + _MONTH_PATTERN + r")\b\.?"
    r"|(?<![\w/.-])(?P<nday>\d{1,2})/(?P<nmonth>\d{1,2})(?![\d/-]|\.\d)",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
    "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "fjorton": 14, "tjugo": 20, "trettio": 30,
}  # fmt: skip
_PERIOD = re.compile(
    r"\binom\s+(?P<count>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+"
    r"(?P<unit>dag(?:ar)?|veck(?:a|or)|månad(?:er)?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DayMonth:
    """A day and month printed without a year ("senast den 15 mars", "1/12")."""

    day: int
    month: int
    start: int
    end: int

    def next_after(self, date: dt.date) -> dt.date | None:
        """The first such day after ``date``: "15 mars" after 2024-11-05 is 2025-03-15."""
        for year in (date.year, date.year + 1):
            candidate = _safe_date(year, self.month, self.day)
            if candidate is not None and candidate > date:
                return candidate
        return None


def find_day_months(text: str) -> list[DayMonth]:
    """Days printed without their year, in order. A day that has its year ("15 mars 2025",
    "1/12 2023") is a full date for :func:`find_dates` and is not reported here."""
    taken = [(m.start, m.end) for m in find_dates(text) if m.precision == "day"]
    found: list[DayMonth] = []
    for match in _DAY_MONTH.finditer(text or ""):
        if any(a <= match.start() < b for a, b in taken):
            continue
        if match["month"]:
            day, month = int(match["day"]), _MONTH_WORDS[match["month"].lower()]
        else:
            day, month = int(match["nday"]), int(match["nmonth"])
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append(DayMonth(day, month, match.start(), match.end()))
    return found


def period_after(text: str, start: dt.date) -> tuple[dt.date, str] | None:
    """ "inom tre månader" from ``start``: the last day of the period and the phrase."""
    match = _PERIOD.search(text or "")
    if match is None:
        return None
    count_text = match["count"].casefold()
    count = int(count_text) if count_text.isdigit() else _NUMBER_WORDS[count_text]
    unit = match["unit"].casefold()
    if unit.startswith("dag"):
        return start + dt.timedelta(days=count), match.group(0)
    if unit.startswith("veck"):
        return start + dt.timedelta(weeks=count), match.group(0)
    month_index = start.month - 1 + count
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day), match.group(0)
