"""The auditors' comment, read in from their follow-up matrix, stands under its recommendation
in `visa`, escaped like every text from outside."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from bot.demo.data import load_demo
from bot.services.matrix_import import import_matrix
from storage.db import transaction
from tests.conftest import TEAM
from tests.support.blockkit import all_text
from tests.support.context import request_context
from tests.support.slack_app import TODAY, Slack

SHEET = (
    "Organisation;Granskning;Rekommendation;Kommentar\r\n"
    "Exempelkommun;Granskning av kommunens krisberedskap;"
    "Säkerställ reservkraft på samtliga särskilda boenden.;"
    "Två boenden saknar reservkraft <!channel>\r\n"
)


def test_a_comment_from_the_matrix_is_shown_under_its_recommendation(
    slack: Slack, session_factory: sessionmaker[Session]
) -> None:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    report = import_matrix(
        request_context(session_factory, team_id=TEAM, today=TODAY),
        data=SHEET.encode("utf-8"),
        filename="kommentarer.csv",
    )
    assert [(c.field, c.new) for c in report.changes] == [
        ("comment", "Två boenden saknar reservkraft <!channel>")
    ]

    shown = all_text(slack.command("visa exempel krisberedskap")["blocks"])
    assert "Revisorernas kommentar" in shown
    assert "Två boenden saknar reservkraft &lt;!channel&gt;" in shown
    assert "<!channel>" not in shown
