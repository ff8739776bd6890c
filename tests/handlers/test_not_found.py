"""An id that is not this workspace's is "not found", in the user's language, for every kind
of row a "not found" can name: never the "unexpected error" of a missing catalogue word."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.demo.data import load_demo
from storage.db import transaction
from storage.models import Organisation
from tests.conftest import OTHER_TEAM
from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_app import EDITOR, TODAY, Slack


def _others_organisation(session_factory: sessionmaker[Session]) -> int:
    with transaction(session_factory) as session:
        load_demo(session, team_id=OTHER_TEAM, today=TODAY)
    with session_factory() as session:
        return session.scalars(
            select(Organisation.id).where(Organisation.team_id == OTHER_TEAM)
        ).first()


def _told(fake: FakeSlackAPI) -> str:
    """Everything the user was sent, as one text."""
    return json.dumps([call.body for call in fake.calls], ensure_ascii=False)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("sv-SE", "Hittade ingen organisation med id {id}"), ("en-GB", "There is no organisation")],
)
def test_another_workspaces_organisation_in_a_year_wheel_button_is_not_found(
    slack: Slack,
    fake_slack: FakeSlackAPI,
    session_factory: sessionmaker[Session],
    locale: str,
    expected: str,
) -> None:
    organisation_id = _others_organisation(session_factory)
    fake_slack.user_locales[EDITOR] = locale
    for action in (
        {"type": "button", "action_id": "add_milestone", "value": str(organisation_id)},
        {
            "type": "button",
            "action_id": "edit_milestone",
            "value": f"{organisation_id}:annual_report",
        },
    ):
        fake_slack.calls.clear()
        slack.click(action, user=EDITOR)
        told = _told(fake_slack)
        assert expected.format(id=organisation_id) in told, told
        assert "fel-id" not in told and "error id" not in told
        assert fake_slack.calls_to("views.open") == []
