"""`/revision kalender`: editors see the channel's feed address and can replace it; readers
cannot; a channel that watches nothing is told what to do first."""

from __future__ import annotations

import re

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.core.runtime import Runtime
from bot.demo.data import load_demo
from bot.services import calendar
from storage.db import transaction
from tests.conftest import TEAM
from tests.support.blockkit import all_text
from tests.support.slack_app import EDITOR, READER, TODAY, Slack

CHANNEL = "C0TEAM"  # where the Slack driver's commands are typed
ADDRESS = re.compile(r"/calendar/\d+/[A-Za-z0-9_-]{43}\.ics")


@pytest.fixture
def watched(session_factory: sessionmaker[Session]) -> None:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY, channel_id=CHANNEL)


def _address(answer: dict) -> str:
    (found,) = set(ADDRESS.findall(all_text(answer["blocks"])))
    return found


def _replace_button(answer: dict) -> dict:
    return next(
        element
        for block in answer["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
        if element["action_id"] == "replace_calendar_feed"
    )


def test_an_editor_sees_the_address_and_how_to_subscribe(
    slack: Slack, runtime: Runtime, watched
) -> None:
    answer = slack.command("kalender", user=EDITOR)
    assert answer["response_type"] == "ephemeral"
    shown = all_text(answer["blocks"])
    assert "Kanalens frister i kalendern" in shown
    assert "*Exempelkommun*, *Testby region*" in shown
    assert "Outlook" in shown and "Google Kalender" in shown
    assert "REVISORBOT_PUBLIC_URL" in shown  # not set here: the path, and who sets the rest
    path = _address(answer)
    assert calendar.calendar_feed(runtime, path) is not None
    assert _address(slack.command("calendar", user=EDITOR)) == path  # the same, asked again
    assert _replace_button(answer)["confirm"]["title"]["text"] == "Byta adress?"


def test_with_a_public_url_the_whole_address_is_shown(
    slack: Slack, runtime: Runtime, watched
) -> None:
    runtime.settings = runtime.settings.model_copy(
        update={"public_url": "https://revisorbot.example.se"}
    )
    shown = all_text(slack.command("kalender", user=EDITOR)["blocks"])
    assert re.search(r"```https://revisorbot\.example\.se" + ADDRESS.pattern + "```", shown)
    assert "REVISORBOT_PUBLIC_URL" not in shown


def test_a_reader_gets_no_address(slack: Slack, watched) -> None:
    answer = slack.command("kalender", user=READER)
    shown = all_text(answer["blocks"])
    assert not ADDRESS.search(shown)
    assert "inte ändra något" in shown


def test_a_channel_that_watches_nothing_is_told_to_watch_first(slack: Slack) -> None:
    shown = all_text(slack.command("kalender", user=EDITOR)["blocks"])
    assert "bevakar ingen organisation" in shown and "/revision bevaka" in shown
    assert not ADDRESS.search(shown)


def test_replacing_shows_a_new_address_and_the_old_one_stops(
    slack: Slack, runtime: Runtime, watched
) -> None:
    answer = slack.command("kalender", user=EDITOR)
    old = _address(answer)
    slack.click(_replace_button(answer), user=READER)
    assert calendar.calendar_feed(runtime, old) is not None  # a reader cannot replace it
    assert "inte ändra något" in all_text(slack.responses()[-1]["blocks"])

    slack.click(_replace_button(answer), user=EDITOR)
    replaced = slack.responses()[-1]
    assert replaced["replace_original"] is True
    assert "Den gamla fungerar inte längre" in all_text(replaced["blocks"])
    new = _address(replaced)
    assert new != old
    assert calendar.calendar_feed(runtime, old) is None
    assert calendar.calendar_feed(runtime, new) is not None


def test_help_lists_kalender(slack: Slack) -> None:
    shown = all_text(slack.command("hjälp")["blocks"])
    assert "/revision kalender" in shown and "`calendar`" in shown
