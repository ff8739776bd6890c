"""Fuzzing the Swedish date and timeline parser inside the text real documents put around it.

tests/ingest/test_dates.py proves the printed shapes one by one and that any text gives an
answer; here the shapes stand in sentences, beside punctuation and other dates, and every
text of any kind gives the same answer twice and spans that point at what they read.
"""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.dates import (
    MONTHS,
    Timeline,
    find_dates,
    format_swedish,
    month_end,
    parse_date,
    parse_timeline,
    quarter_end,
)

MONTH_NAMES = {number: name for name, number in MONTHS.items()}
DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
YEARS = st.integers(min_value=1900, max_value=2099)

# Words around a date in a tidsplan cell: none of them a number or a date word.
_WORDS = st.lists(
    st.sampled_from(
        [
            "Åtgärden",
            "genomförs",
            "klart",
            "senast",
            "den",
            "beslut",
            "i",
            "nämnden",
            "Ansvarig:",
            "förvaltningschef",
            "(KS)",
            "rutinen",
            "ses",
            "över",
            "och",
            "redovisas",
            "–",
            "•",
            "Tidsplan:",
            "\n",
            "\t",
        ]
    ),
    max_size=8,
).map(" ".join)
# Punctuation that may touch a date in print ("2019-01-" is a day cut short, not a month).
_BEFORE = st.sampled_from(["", " ", "(", "”", "'", ":", ": ", "–", "\n", "\t", "[", "den "])
_AFTER = st.sampled_from(["", " ", ")", ".", ",", ";", "”", "'", "!", "?", "\n", " –"])


def _in_a_sentence(draw, printed: str) -> str:
    return f"{draw(_WORDS)} {draw(_BEFORE)}{printed}{draw(_AFTER)} {draw(_WORDS)}"


@st.composite
def day_in_a_sentence(draw) -> tuple[str, dt.date]:
    date = draw(DATES)
    shape = draw(
        st.sampled_from(
            [
                format_swedish(date),
                format_swedish(date).upper(),
                date.isoformat(),
                f"{date.day}/{date.month} {date.year}",
                f"{date.day}/{date.month}-{date.year}",
                f"{date.day}.{date.month}.{date.year}",
                f"{date.day}:e {MONTH_NAMES[date.month]} {date.year}",
            ]
        )
    )
    return _in_a_sentence(draw, shape), date


@st.composite
def period_in_a_sentence(draw) -> tuple[str, Timeline]:
    year = draw(YEARS)
    month = draw(st.integers(1, 12))
    quarter = draw(st.integers(1, 4))
    printed, expected = draw(
        st.sampled_from(
            [
                (f"{MONTH_NAMES[month]} {year}", Timeline(month_end(year, month), "month")),
                (f"{year}-{month:02d}", Timeline(month_end(year, month), "month")),
                (f"Q{quarter} {year}", Timeline(quarter_end(year, quarter), "month")),
                (f"kvartal {quarter} {year}", Timeline(quarter_end(year, quarter), "month")),
                (f"vt {year}", Timeline(dt.date(year, 6, 30), "month")),
                (f"hösten {year}", Timeline(dt.date(year, 12, 31), "month")),
                (f"andra halvåret {year}", Timeline(dt.date(year, 12, 31), "month")),
                (f"under {year}", Timeline(dt.date(year, 12, 31), "year")),
            ]
        )
    )
    return _in_a_sentence(draw, printed), expected


@settings(max_examples=400, deadline=None)
@given(day_in_a_sentence())
def test_a_day_in_a_sentence_is_that_day(case: tuple[str, dt.date]) -> None:
    text, date = case
    assert parse_date(text) == date, text
    assert parse_timeline(text) == Timeline(date, "day"), text


@settings(max_examples=400, deadline=None)
@given(period_in_a_sentence())
def test_a_period_in_a_sentence_means_its_last_day(case: tuple[str, Timeline]) -> None:
    text, expected = case
    assert parse_timeline(text) == expected, text
    assert parse_date(text) is None, text


@settings(max_examples=300, deadline=None)
@given(day_in_a_sentence(), day_in_a_sentence(), period_in_a_sentence())
def test_a_staged_timeline_is_due_on_its_latest_day(first, second, period) -> None:
    text = f"{first[0]}, delrapport {period[0]}; slutredovisning {second[0]}"
    assert parse_timeline(text) == Timeline(max(first[1], second[1]), "day"), text
    assert parse_date(text) == first[1]


@settings(max_examples=500, deadline=None)
@given(st.text() | _WORDS | st.text(alphabet="0123456789/.-: ", max_size=30))
def test_any_text_parses_the_same_twice_and_each_mention_points_at_what_it_read(
    text: str,
) -> None:
    assert parse_timeline(text) == parse_timeline(text)
    mentions = find_dates(text)
    assert mentions == sorted(mentions, key=lambda m: m.start)
    for mention, after in itertools.pairwise(mentions):
        assert mention.end <= after.start, "two mentions read the same characters"
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert dt.date(1900, 1, 1) <= mention.date <= dt.date(2099, 12, 31)
        assert any(ch.isdigit() for ch in text[mention.start : mention.end])
