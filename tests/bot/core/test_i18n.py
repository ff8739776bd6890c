"""Counts, dates and spans of time as Swedish and English readers say them (Babel's CLDR data),
and catalogues whose every counted noun has its singular."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.blocks.importing import preview_view
from bot.core.i18n import count, format_date, format_due, format_names, relative_days, t
from bot.core.locales import Plural, en, sv
from ingest.schema import Extraction, ResponseRequest
from tests.support.blockkit import all_text

TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    ("days", "swedish", "english"),
    [
        (0, "i dag", "today"),
        (1, "i morgon", "tomorrow"),
        (-1, "i går", "yesterday"),
        (12, "om 12 dagar", "in 12 days"),
        (-5, "för 5 dagar sedan", "5 days ago"),
        (45, "om 45 dagar", "in 45 days"),
        (-92, "för 3 månader sedan", "3 months ago"),
        (-581, "för 1 år och 7 månader sedan", "1 year and 7 months ago"),
        (-2528, "för 6 år och 11 månader sedan", "6 years and 11 months ago"),
        (365, "om 1 år", "in 1 year"),
    ],
)
def test_spans_past_a_few_weeks_are_said_in_months_and_years(
    days: int, swedish: str, english: str
) -> None:
    day = TODAY + dt.timedelta(days=days)
    assert relative_days(day, TODAY, "sv") == swedish
    assert relative_days(day, TODAY, "en") == english


def test_dates_use_the_languages_own_weekday_and_month_names() -> None:
    assert format_date(dt.date(2025, 4, 30), "sv") == "ons 30 april 2025"
    assert format_date(dt.date(2025, 4, 30), "en") == "Wed 30 April 2025"
    assert format_date(dt.date(2030, 3, 14), "sv") == "tors 14 mars 2030"
    assert format_due(dt.date(2026, 11, 30), TODAY, "month", "sv") == (
        "senast november 2026, för 2 dagar sedan"
    )
    assert format_due(dt.date(2026, 12, 31), TODAY, "year", "en") == "during 2026, in 29 days"


def test_one_of_a_thing_is_singular() -> None:
    assert count("recommendations", 1, "sv") == "1 rekommendation"
    assert count("recommendations", 3, "sv") == "3 rekommendationer"
    assert count("responses", 1, "sv") == "1 yttrande"
    assert count("actions", 0, "en") == "0 actions"
    assert t("cli.reminders.would_send", "sv", count=1, at="x") == "Skulle skicka 1 påminnelse (x):"
    assert t("cli.reminders.would_send", "en", count=2, at="x") == "Would send 2 reminders (x):"
    assert t("slack.deadlines.title", "sv", days=1) == "Frister i dag och i morgon"
    assert t("export.written", "sv", rows=1, path="m.xlsx") == (
        "Uppföljningsmatrisen (1 rekommendation) är sparad i m.xlsx."
    )


def test_lists_of_names_end_with_och_or_and() -> None:
    names = ["Kommunstyrelsen", "Tekniska nämnden", "Socialnämnden"]
    assert format_names(names, "sv") == "Kommunstyrelsen, Tekniska nämnden och Socialnämnden"
    assert format_names(names[:2], "en") == "Kommunstyrelsen and Tekniska nämnden"


def test_a_long_past_deadline_in_the_import_preview_reads_as_a_sentence() -> None:
    extraction = Extraction(
        source="missiv.pdf",
        organisation="Exempelby kommun",
        title="Granskning av upphandlingen",
        response_request=ResponseRequest(
            deadline=dt.date(2025, 4, 30),
            deadline_text="senast den 30 april 2025",
            from_bodies=["Kommunstyrelsen", "Tekniska nämnden"],
        ),
    )
    shown = all_text(preview_view(extraction, draft_id=1, lang="sv", today=TODAY)["blocks"])
    assert (
        "Svar från Kommunstyrelsen och Tekniska nämnden senast ons 30 april 2025 "
        "(för 1 år och 7 månader sedan)." in shown
    )
    assert "Hittade 0 revisionsfrågor, 0 rekommendationer och 0 yttranden med 0 åtgärder." in (
        shown
    )


# A count followed by a noun must choose its form: "1 rekommendationer" is what this stops.
# ("… och 1 till", "1 more", "1 av 3 kvar" read right at any count; "2 dagar" is a count().)
COUNTED = re.compile(r"\{(n|count|days|rows|total)\} (?!till\b|more\b|av\b|of\b|kvar\b|left\b)\w")


@pytest.mark.parametrize("catalogue", [sv, en], ids=["sv", "en"])
def test_every_counted_noun_in_the_catalogues_has_plural_forms(catalogue) -> None:
    counted = [
        key
        for key, template in catalogue.MESSAGES.items()
        if isinstance(template, str) and COUNTED.search(template)
    ]
    assert counted == []
    plurals = [m for m in catalogue.MESSAGES.values() if isinstance(m, Plural)]
    assert plurals and all("{" + m.by + "}" in m.other for m in plurals)


def test_no_hand_written_month_or_weekday_tables_remain() -> None:
    for catalogue in (sv, en):
        assert not hasattr(catalogue, "MONTHS") and not hasattr(catalogue, "WEEKDAYS")
