"""What people type to name audits: text without a letter or digit is told so, and a year
finds the audits reported or answered in it, not only those of that year's revision plan."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.demo.data import load_demo
from ingest.schema import Extraction, Recommendation, Response, ResponseRequest
from storage.db import transaction
from tests.conftest import TEAM
from tests.support.blockkit import all_text
from tests.support.slack_app import EDITOR, Slack, load
from tests.support.slack_app import TODAY as DEMO_TODAY

# Planned in 2018, reported in January 2019 and answered in March 2019.
PLANNED_2018 = Extraction(
    source="vattenrapport.pdf",
    organisation="Åsby kommun",
    title="Granskning av dricksvattenförsörjningen",
    audit_firm="Revisionsbyrån",
    report_date="2019-01-21",
    audit_year=2018,
    audited_bodies=["Tekniska nämnden"],
    recommendations=[Recommendation(text="Ta fram en reservvattenplan.", addressee=[])],
    response_request=ResponseRequest(
        deadline=dt.date(2019, 3, 29),
        deadline_text="Svar senast 29 mars 2019.",
        from_bodies=["Tekniska nämnden"],
    ),
)
# Planned and reported in 2017; the board answered only in February 2019.
ANSWERED_2019 = Extraction(
    source="lokalrapport.pdf",
    organisation="Åsby kommun",
    title="Granskning av lokalförsörjningen",
    audit_firm="Revisionsbyrån",
    report_date="2017-10-02",
    audit_year=2017,
    audited_bodies=["Kommunstyrelsen"],
    recommendations=[Recommendation(text="Inventera lokalbehovet.", addressee=[])],
    responses=[Response(body="Kommunstyrelsen", date=dt.date(2019, 2, 12))],
)
# Nothing about it happened in 2019.
OTHER_YEAR = Extraction(
    source="skolrapport.pdf",
    organisation="Åsby kommun",
    title="Granskning av skolskjutsarna",
    audit_firm="Revisionsbyrån",
    report_date="2021-05-05",
    audit_year=2021,
    audited_bodies=["Kommunstyrelsen"],
    recommendations=[Recommendation(text="Följ upp skjutsarnas restider.", addressee=[])],
)


@pytest.fixture
def asby(session_factory: sessionmaker[Session]) -> sessionmaker[Session]:
    for extraction in (PLANNED_2018, ANSWERED_2019, OTHER_YEAR):
        load(session_factory, extraction, extraction.source)
    return session_factory


def test_the_help_example_year_finds_audits_reported_or_answered_that_year(
    slack: Slack, asby
) -> None:
    shown = all_text(slack.command("granskningar åsby 2019")["blocks"])
    assert "dricksvattenförsörjningen" in shown
    assert "lokalförsörjningen" in shown
    assert "skolskjutsarna" not in shown


def test_an_audit_named_by_organisation_and_the_year_it_was_reported(slack: Slack, asby) -> None:
    shown = all_text(slack.command("visa åsby 2019 dricksvatten")["blocks"])
    assert "Granskning av dricksvattenförsörjningen" in shown
    assert "Flera granskningar" not in shown
    offered = all_text(slack.command("visa åsby 2019")["blocks"])
    assert "Flera granskningar passar" in offered
    assert "dricksvattenförsörjningen" in offered and "lokalförsörjningen" in offered
    assert "skolskjutsarna" not in offered


def test_title_words_and_a_year_without_an_organisation(slack: Slack, asby) -> None:
    """Only the audits the words match are looked up by date, also by their responses'."""
    answered = all_text(slack.command("visa lokalförsörjningen 2019")["blocks"])
    assert "Granskning av lokalförsörjningen" in answered
    reported = all_text(slack.command("visa dricksvatten 2019")["blocks"])
    assert "Granskning av dricksvattenförsörjningen" in reported
    other_year = all_text(slack.command("visa skolskjutsarna 2019")["blocks"])
    assert "Hittade ingen granskning" in other_year, other_year
    assert "Flera granskningar" not in other_year


@pytest.fixture
def demo(session_factory: sessionmaker[Session]) -> sessionmaker[Session]:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=DEMO_TODAY)
    return session_factory


@pytest.mark.parametrize(
    ("typed", "example"),
    [
        ("visa 💥💥", "/revision visa knivsta integration"),
        ("åtgärder ¡¿", "/revision åtgärder knivsta integration"),
        ("rek 💥", "/revision rek vallentuna"),
        ("öppna — …", "/revision öppna socialnämnden"),
        ("granskningar 💥", "/revision granskningar knivsta 2019"),
        ("bevaka 🙂", "/revision bevaka knivsta"),
    ],
)
def test_text_without_letters_or_digits_is_told_so_and_lists_nothing(
    slack: Slack, demo, typed: str, example: str
) -> None:
    answer = slack.command(typed, user=EDITOR)
    shown = all_text(answer["blocks"])
    assert "har varken bokstäver eller siffror" in shown, shown
    assert example in shown
    assert "Flera granskningar" not in shown and "Exempelkommun" not in shown
    assert not any(block.get("accessory") for block in answer["blocks"])


def test_english_readers_are_told_in_english(slack: Slack, demo) -> None:
    slack.fake.user_locales["U0READER"] = "en-GB"
    shown = all_text(slack.command("show 💥💥")["blocks"])
    assert "has no letters or digits" in shown and "/revision show knivsta integration" in shown
