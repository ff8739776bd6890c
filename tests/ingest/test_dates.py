"""Swedish dates and action timelines: what a board's tidsplan promises, and by when."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
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
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))
years = st.integers(min_value=1990, max_value=2099)
months = st.integers(min_value=1, max_value=12)


@pytest.mark.parametrize(
    ("printed", "due", "precision"),
    [
        ("31 mars 2019", dt.date(2019, 3, 31), "day"),
        ("2019-03-31", dt.date(2019, 3, 31), "day"),
        ("31/12 2019", dt.date(2019, 12, 31), "day"),
        ("den 31/12 2019", dt.date(2019, 12, 31), "day"),
        ("senast juni 2019", dt.date(2019, 6, 30), "month"),
        ("under 2019", dt.date(2019, 12, 31), "year"),
        ("Sprids under 2019", dt.date(2019, 12, 31), "year"),
        ("2020", dt.date(2020, 12, 31), "year"),
        ("vt 2020", dt.date(2020, 6, 30), "month"),
        ("ht 2020", dt.date(2020, 12, 31), "month"),
        ("kvartal 3 2020", dt.date(2020, 9, 30), "month"),
        ("Q3 2020", dt.date(2020, 9, 30), "month"),
        ("tredje kvartalet 2021", dt.date(2021, 9, 30), "month"),
        ("tertial 2 2022", dt.date(2022, 8, 31), "month"),
        ("första halvåret 2023", dt.date(2023, 6, 30), "month"),
        ("hösten 2024", dt.date(2024, 12, 31), "month"),
        ("2024-02", dt.date(2024, 2, 29), "month"),
        ("löpande", None, "continuous"),
        ("Kontinuerligt arbete som följs upp i verksamhetsberättelsen", None, "continuous"),
        ("Följs upp årligen i nämnden", None, "continuous"),
        ("Enligt nämndens kommande tidsplan.", None, "unspecified"),
        ("", None, "unspecified"),
    ],
)
def test_a_printed_timeline_means_its_last_day(printed: str, due, precision: str) -> None:
    assert parse_timeline(printed) == Timeline(due, precision)


def test_none_is_an_unspecified_timeline() -> None:
    assert parse_timeline(None) == Timeline(None, "unspecified")


def test_se_punkten_ovan_copies_the_row_above() -> None:
    above = Timeline(dt.date(2019, 12, 31), "day")

    assert parse_timeline("se punkten ovan.", previous=above) == above
    assert parse_timeline("Se ovan", previous=above) == above


def test_a_pointer_with_nothing_above_is_unspecified() -> None:
    assert parse_timeline("se punkten ovan") == Timeline(None, "unspecified")


def test_a_date_inside_a_sentence_is_found() -> None:
    sentence = "Avdelningen har den 31/12 2019 förtydligat rollerna i ledningssystemet."

    assert parse_timeline(sentence) == Timeline(dt.date(2019, 12, 31), "day")


def test_the_final_date_of_a_staged_timeline_is_the_due_date() -> None:
    staged = "Delrapport i juni 2025, slutrapport 2025-11-30"

    assert parse_timeline(staged) == Timeline(dt.date(2025, 11, 30), "day")


def test_a_stated_date_wins_over_words_of_continuity() -> None:
    assert parse_timeline("Löpande, klart 2020-06-30") == Timeline(dt.date(2020, 6, 30), "day")


def test_a_year_that_starts_something_is_not_a_due_date() -> None:
    assert parse_timeline("Gruppen har funnits sedan 2016") == Timeline(None, "unspecified")


@pytest.mark.parametrize(
    "text",
    ["KS-2019/64", "Dnr SN 2019/36", "lag (2000:1383)", "Planen 2015-2020", "31/2 2019"],
)
def test_registry_numbers_laws_ranges_and_impossible_days_are_not_dates(text: str) -> None:
    assert parse_date(text) is None
    assert parse_timeline(text).due is None


def test_find_dates_reports_each_mention_once_in_order() -> None:
    text = "Beslut den 4 mars 2025, uppföljning hösten 2025 och slutredovisning 2026."

    found = [(m.date, m.precision) for m in find_dates(text)]

    assert found == [
        (dt.date(2025, 3, 4), "day"),
        (dt.date(2025, 12, 31), "month"),
        (dt.date(2026, 12, 31), "year"),
    ]


# --- properties -----------------------------------------------------------------------------


@given(dates)
def test_iso_dates_round_trip(date: dt.date) -> None:
    assert parse_date(date.isoformat()) == date


@given(dates)
def test_written_out_dates_round_trip(date: dt.date) -> None:
    assert parse_date(format_swedish(date)) == date
    assert parse_date(f"senast den {format_swedish(date)}") == date
    assert parse_date(format_swedish(date).upper()) == date


@given(dates, st.sampled_from(["{d}/{m} {y}", "den {d}/{m} {y}", "{d}.{m}.{y}", "{d}/{m}-{y}"]))
def test_numeric_day_month_dates_round_trip(date: dt.date, shape: str) -> None:
    printed = shape.format(d=date.day, m=date.month, y=date.year)

    assert parse_date(printed) == date


@given(years, months)
def test_a_month_means_its_last_day(year: int, month: int) -> None:
    expected = Timeline(month_end(year, month), "month")

    assert parse_timeline(f"senast {MONTH_NAMES[month]} {year}") == expected
    assert parse_timeline(f"{year}-{month:02d}") == expected


@given(years, st.integers(min_value=1, max_value=4))
def test_a_quarter_means_the_last_day_of_its_last_month(year: int, quarter: int) -> None:
    expected = Timeline(quarter_end(year, quarter), "month")

    assert parse_timeline(f"Q{quarter} {year}") == expected
    assert parse_timeline(f"kvartal {quarter} {year}") == expected
    assert expected.due.month == quarter * 3


@given(years)
def test_terms_and_years_end_in_june_and_december(year: int) -> None:
    assert parse_timeline(f"vt {year}") == Timeline(dt.date(year, 6, 30), "month")
    assert parse_timeline(f"ht {year}") == Timeline(dt.date(year, 12, 31), "month")
    assert parse_timeline(f"under {year}") == Timeline(dt.date(year, 12, 31), "year")
    assert parse_timeline(str(year)) == Timeline(dt.date(year, 12, 31), "year")


@given(st.integers(min_value=1, max_value=9998), months)
def test_month_ends_are_the_day_before_the_next_month(year: int, month: int) -> None:
    last = month_end(year, month)

    assert (last + dt.timedelta(days=1)).day == 1
    assert last.month == month


@given(st.integers(min_value=1, max_value=9999))
def test_february_ends_on_the_29th_exactly_in_leap_years(year: int) -> None:
    assert (month_end(year, 2).day == 29) == calendar.isleap(year)


@given(st.text())
def test_any_text_gives_an_answer_and_never_raises(text: str) -> None:
    timeline = parse_timeline(text, previous=Timeline(dt.date(2020, 1, 31), "day"))
    parsed = parse_date(text)

    assert timeline.precision in {"day", "month", "year", "continuous", "unspecified"}
    assert (timeline.due is None) == (timeline.precision in {"continuous", "unspecified"})
    assert parsed is None or isinstance(parsed, dt.date)
    for mention in find_dates(text):
        assert text[mention.start : mention.end]


@given(st.text(alphabet="0123456789/.-: januarimsdeckvtQh", max_size=40))
def test_digit_soup_never_raises(text: str) -> None:
    parse_timeline(text)
    parse_date(text)
