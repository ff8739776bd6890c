"""What an auditor types into the assessment form is read, or refused with a reason."""

from __future__ import annotations

import pytest

from bot.core.errors import UserFacingError
from bot.rules.followup import check_year, parse_assessment, parse_comment, parse_evidence


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("https://intranet.example.se/protokoll/ks-2030-02.pdf", None),
        ("http://example.se/a?b=1&c=2", None),
        ("<https://example.se/p|protokollet>", "https://example.se/p"),
        (
            "https://team.slack.com/archives/C0TEAM/p1700000000000100",
            None,
        ),
        ("F0ABC12345", None),
        ("f0abc12345", "F0ABC12345"),
        ("  ", "nothing"),
    ],
)
def test_evidence_is_a_link_or_a_slack_file(typed: str, kept: str | None) -> None:
    expected = None if kept == "nothing" else (kept or typed.strip())
    assert parse_evidence(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "protokollet i pärmen",
        "javascript:alert(1)",
        "https://example.se/a b",
        "https://example.se/<!channel>",
        "ftp://example.se/fil",
        "F12",
        "https://example.se/" + "a" * 600,
    ],
)
def test_anything_else_is_refused(typed: str) -> None:
    with pytest.raises(UserFacingError) as refused:
        parse_evidence(typed)
    assert refused.value.key == "slack.follow_up.bad_evidence"


def test_a_comment_is_required_keeps_its_lines_and_has_a_limit() -> None:
    assert parse_comment("  Sett i protokoll.  \nBeslut 12 mars.   \n") == (
        "Sett i protokoll.\nBeslut 12 mars."
    )
    for empty in (None, "", "   \n  "):
        with pytest.raises(UserFacingError):
            parse_comment(empty)
    with pytest.raises(UserFacingError) as refused:
        parse_comment("x" * 2001)
    assert refused.value.params == {"limit": 2000}


def test_only_the_four_assessments_are_taken() -> None:
    assert parse_assessment("no_longer_relevant") == "no_longer_relevant"
    for forged in (None, "", "done", "fixed; drop table"):
        with pytest.raises(UserFacingError):
            parse_assessment(forged)


def test_a_rounds_year_is_from_1990_to_next_year() -> None:
    assert check_year(2031, 2030) == 2031
    for year in (1989, 2032):
        with pytest.raises(UserFacingError):
            check_year(year, 2030)
