"""The Word drafts from the data: the basis for the audit statement per board, and the follow-up
report of a round, read back and compared with what the audits and the round say."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.core.errors import NoMatch
from bot.services import documents, followup
from storage.errors import StorageError
from tests.conftest import TEAM
from tests.support.context import request_context
from tests.support.documents import read_docx
from tests.support.followup import load_angsby

TODAY = dt.date(2030, 3, 13)


@pytest.fixture
def ctx(session_factory: sessionmaker[Session]):
    load_angsby(session_factory, team_id=TEAM)
    return request_context(session_factory, team_id=TEAM, today=TODAY)


def _assess_all(ctx, args: str, assessments: list[tuple[str, str]]) -> None:
    page = followup.start_or_resume(ctx, args).page
    for item, (assessment, comment) in zip(page.items.items, assessments, strict=False):
        followup.assess(
            ctx,
            item_id=str(item.id),
            seen_version=item.version,
            assessment=assessment,
            comment=comment,
            evidence=None,
        )


def test_the_statement_gives_each_board_its_audits_responses_recommendations_and_delays(
    ctx,
) -> None:
    _assess_all(
        ctx,
        "ängsby 2030",
        [
            ("partly_fixed", "Används i två grupper."),
            ("fixed", "Redovisas varje kvartal."),
            ("fixed", "Nytt program."),
            ("not_fixed", "Planen är inte beslutad."),
        ],
    )
    shared = documents.statement(ctx, organisation="ängsby", year=2029)
    assert shared.filename == "underlag-revisionsberattelse-angsby-kommun-2029-2030-03-13.docx"
    read = read_docx(shared.data)
    assert read.title == "Underlag till revisionsberättelse 2029"
    assert read.table_after("Översikt per nämnd") == [
        [
            "Nämnd",
            "Granskningar 2029",
            "Yttranden sena eller saknas",
            "Rekommendationer",
            "Försenade åtgärder",
        ],
        ["Kommunstyrelsen", "2", "1", "3", "1"],
        ["Barn- och utbildningsnämnden", "1", "0", "1", "0"],
        ["Socialnämnden", "1", "1", "1", "1"],
        ["Tekniska nämnden", "1", "0", "1", "0"],
    ]
    assert [text for style, text in read.headings if style == "Heading 1"] == [
        "Översikt per nämnd",
        "Kommunstyrelsen",
        "Barn- och utbildningsnämnden",
        "Socialnämnden",
        "Tekniska nämnden",
    ]
    # Kommunstyrelsen: the year's two audits, one response in time and one a month late.
    assert [row[:2] for row in read.table_after("Årets granskningar")] == [
        ["Granskning", "Rapport"],
        ["Granskning av lokalförsörjningen (2029)", "2029-04-02"],
        ["Granskning av direktupphandlingar (2029)", "2029-10-20"],
    ]
    assert read.table_after("Yttranden")[1:] == [
        ["Granskning av lokalförsörjningen (2029)", "2029-06-15", "2029-06-10", "I tid"],
        ["Granskning av direktupphandlingar (2029)", "2029-12-15", "2030-01-15", "31 dagar sent"],
    ]
    recommendations = read.table_after("Rekommendationer och uppföljning")
    assert recommendations[1][1:] == [
        "1. Ta fram en lokalförsörjningsplan för tio år.",
        "Ej åtgärdad (2030)",
        "Planen är inte beslutad.",
    ]
    assert recommendations[2][2] == "Inte uppföljd"
    assert read.table_after("Försenade åtgärder")[1] == [
        "Planen tas fram av samhällsbyggnadsförvaltningen.",
        "Granskning av lokalförsörjningen (2029)",
        "2029-12-31",
        "Ej påbörjad",
        "72 dagar",
    ]
    # Socialnämnden has still not answered about the school audit; its action is overdue.
    assert read.table_after("Yttranden", nth=2)[1] == [
        "Granskning av elevhälsans samverkan (2029)",
        "2029-09-30",
        "–",
        "Saknas, 164 dagar efter fristen",
    ]
    assert read.table_after("Försenade åtgärder", nth=2)[1][0] == (
        "Ett schemaverktyg upphandlas och tas i bruk."
    )
    assert read.table_after("Försenade åtgärder", nth=2)[1][3:] == ["Pågår", "256 dagar"]


def test_the_follow_up_report_of_a_round_and_its_counts(ctx) -> None:
    _assess_all(ctx, "ängsby 2030", [("fixed", "Klart."), ("not_fixed", "Inget gjort.")])
    shared = documents.follow_up_report(ctx, organisation="ängsby", year=2030, lang="en")
    assert shared.filename == "follow-up-angsby-kommun-2030-2030-03-13.docx"
    read = read_docx(shared.data)
    assert read.table_after("Assessments")[1:4] == [
        ["Fixed", "1", "20 %"],
        ["Partly fixed", "0", "0 %"],
        ["Not fixed", "1", "20 %"],
    ]
    assert [text for style, text in read.headings if style == "Heading 2"][2:] == [
        "Granskning av hemtjänstens planering (2028)",
        "Granskning av lokalförsörjningen (2029)",
    ]
    assert len(read.table_after("Granskning av hemtjänstens planering (2028)")) == 1 + 3
    assert len(read.table_after("Granskning av lokalförsörjningen (2029)")) == 1 + 2


def test_a_report_of_a_round_not_started_says_how_to_start_it(ctx) -> None:
    with pytest.raises(StorageError) as raised:
        documents.follow_up_report(ctx, organisation="ängsby", year=2030)
    assert raised.value.code == "no_follow_up_round"
    with pytest.raises(NoMatch):
        documents.statement(ctx, organisation="atlantis", year=2029)
