"""Slack's Web API slow to answer: commands and events are acknowledged without waiting for it.

The fake Web API holds its answer to a method until the test lets it go (``answer_late`` with
an event), so "Slack has not answered yet" is a state the test controls, not a duration: a
request is answered while Slack holds its answer, or (before this was fixed) not until the
test lets Slack answer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest
from slack_bolt import App

from bot.app import build_app
from bot.core.runtime import Runtime
from bot.slack.directory import Directory
from tests.support.blockkit import all_text
from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_app import EDITOR, EDITOR_GROUP, GROUP_MEMBER, Slack
from tests.support.slack_requests import command_body, dispatch, event_body, file_shared

NEWCOMER = "U0NEWCOMER"
T = TypeVar("T")


def while_slack_holds(request: Callable[[], T]) -> T:
    """``request``'s answer, which must come while Slack still holds its own (the test lets
    Slack answer only afterwards; a request that waited for Slack never finishes here)."""
    answers: list[T] = []
    worker = threading.Thread(target=lambda: answers.append(request()), daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert answers, "the request waited for Slack's Web API"
    return answers[0]


@pytest.fixture
def directory(runtime: Runtime) -> Directory:
    return Directory(runtime.settings)


@pytest.fixture
def app(runtime: Runtime, directory: Directory) -> App:
    return build_app(runtime, directory=directory)


@pytest.fixture
def slack_answers() -> Iterator[threading.Event]:
    """Set it and the held calls are answered; set in the end so no thread waits on."""
    answered = threading.Event()
    yield answered
    answered.set()


def test_a_new_user_is_answered_before_slack_says_their_language_and_in_it_after(
    slack: Slack, fake_slack: FakeSlackAPI, directory: Directory, slack_answers
) -> None:
    fake_slack.user_locales[NEWCOMER] = "en-GB"
    fake_slack.answer_late("users.info", after=slack_answers)

    first = while_slack_holds(lambda: slack.command("frister", user=NEWCOMER))
    assert first["response_type"] == "ephemeral"
    assert all_text(first["blocks"]).startswith("Frister de närmaste 30 dagarna")
    assert [c.body["user"] for c in fake_slack.calls_to("users.info")] == [NEWCOMER]

    # While Slack still has not answered, the next command neither waits nor asks again.
    again = while_slack_holds(lambda: slack.command("frister", user=NEWCOMER))
    assert all_text(again["blocks"]).startswith("Frister")
    assert len(fake_slack.calls_to("users.info")) == 1

    slack_answers.set()
    assert directory.join(timeout=30)
    later = slack.command("frister", user=NEWCOMER)
    assert all_text(later["blocks"]).startswith("Due in the next 30 days")
    assert len(fake_slack.calls_to("users.info")) == 1


def test_a_group_editor_is_asked_to_try_again_while_slack_has_not_said_who_is_in_the_group(
    slack: Slack, fake_slack: FakeSlackAPI, directory: Directory, slack_answers
) -> None:
    fake_slack.answer_late("usergroups.users.list", after=slack_answers)

    waiting = while_slack_holds(lambda: slack.command("bevaka exempelkommun", user=GROUP_MEMBER))
    assert waiting["text"].startswith("Slack svarar långsamt just nu")
    # A lookup is answered meanwhile, without the buttons only editors get.
    lookup = while_slack_holds(lambda: slack.command("frister", user=GROUP_MEMBER))
    assert lookup["response_type"] == "ephemeral"
    # Editors named directly need no answer from Slack.
    assert "långsamt" not in slack.command("bevaka exempelkommun", user=EDITOR)["text"]

    slack_answers.set()
    assert directory.join(timeout=30)
    told = slack.command("bevaka exempelkommun", user=GROUP_MEMBER)["text"]
    assert "långsamt" not in told and "REVISORBOT_EDITORS" not in told
    assert {c.body["usergroup"] for c in fake_slack.calls_to("usergroups.users.list")} == {
        EDITOR_GROUP
    }


def test_a_shared_file_is_acknowledged_before_slack_answers_and_offered_after(
    app: App, runtime: Runtime, fake_slack: FakeSlackAPI, slack_answers
) -> None:
    file_id = fake_slack.add_file(
        "arkiv.txt", b"Vi rekommenderar kommunstyrelsen att ordna arkivet."
    )
    for method in ("users.info", "files.info"):
        fake_slack.answer_late(method, after=slack_answers)
    shared = file_shared(file_id, user=EDITOR)
    body = event_body(shared, event_id="EvSlow")
    acknowledged = while_slack_holds(lambda: dispatch(app, body, content_type="application/json"))
    assert acknowledged.status == 200
    assert fake_slack.calls_to("chat.postEphemeral") == []

    slack_answers.set()
    assert runtime.listeners.join(timeout=60)
    (offer,) = fake_slack.calls_to("chat.postEphemeral")
    assert offer.body["user"] == EDITOR and offer.body["channel"] == "C0TEAM"
    assert "arkiv.txt" in all_text(offer.blocks)


def test_app_home_is_acknowledged_before_slack_answers_and_drawn_after(
    app: App, runtime: Runtime, fake_slack: FakeSlackAPI, slack_answers
) -> None:
    fake_slack.answer_late("users.info", after=slack_answers)
    home = {"type": "app_home_opened", "user": EDITOR, "channel": "D0HOME", "tab": "home"}
    body = event_body(home, event_id="EvHome")
    acknowledged = while_slack_holds(lambda: dispatch(app, body, content_type="application/json"))
    assert acknowledged.status == 200
    assert fake_slack.calls_to("views.publish") == []

    slack_answers.set()
    assert runtime.listeners.join(timeout=60)
    (published,) = fake_slack.calls_to("views.publish")
    assert published.body["user_id"] == EDITOR and published.view["type"] == "home"


def test_importera_is_answered_before_slack_has_opened_the_form(
    app: App, runtime: Runtime, fake_slack: FakeSlackAPI, slack_answers
) -> None:
    fake_slack.answer_late("views.open", after=slack_answers)
    answered = while_slack_holds(lambda: dispatch(app, command_body("importera", user=EDITOR)))
    assert answered.status == 200 and answered.body == ""

    slack_answers.set()
    assert runtime.listeners.join(timeout=60)
    (opened,) = fake_slack.calls_to("views.open")
    assert opened.view["callback_id"] == "import_modal"
