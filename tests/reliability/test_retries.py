"""Slack's retries (X-Slack-Retry-Num) of what changes data never change it twice.

tests/handlers covers a retried action status, a retried `bevaka` and a retried App Home event;
these cover the other changes: a recommendation's status, a received date, a snooze, the
chair, an import saved, a shared file offered, and a retry that arrives while the first
delivery is still being handled (Slack retries after three seconds without an answer).
"""

from __future__ import annotations

import json
import threading
import time

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bench.samples import NUMBERED_REPORT
from bot.demo.data import load_demo
from storage import history
from storage.db import transaction
from storage.models import Audit, ImportDraft, ReminderSnooze, ResponseRequest
from tests.conftest import TEAM
from tests.support.blockkit import all_text
from tests.support.slack_api import FakeSlackAPI
from tests.support.slack_app import EDITOR, GROUP_MEMBER, TODAY, Slack
from tests.support.slack_requests import (
    block_action_payload,
    command_body,
    dispatch,
    event_body,
    interaction_body,
    view_submission_payload,
)


@pytest.fixture
def demo(session_factory: sessionmaker[Session]) -> sessionmaker[Session]:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    return session_factory


def _changes(session_factory, entity: str) -> list:
    with session_factory() as session:
        return history.changes(session, team_id=TEAM, entity=entity)


def _count(session_factory, model) -> int:
    with session_factory() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _select(answer: dict, action_id: str, status: str) -> dict:
    block = next(
        b for b in answer["blocks"] if b.get("accessory", {}).get("action_id") == action_id
    )
    select_ = block["accessory"]
    option = next(o for o in select_["options"] if o["value"].endswith(f":{status}"))
    return {
        "type": "static_select",
        "action_id": action_id,
        "block_id": block["block_id"],
        "selected_option": option,
    }


def _deliver_twice(slack: Slack, body: str, *, content_type: str | None = None):
    """The first delivery and Slack's retry of the very same signed body."""
    kwargs = {"content_type": content_type} if content_type else {}
    first = dispatch(slack.app, body, **kwargs)
    retry = dispatch(slack.app, body, retry_num=1, **kwargs)
    assert slack.runtime is not None and slack.runtime.listeners.join(timeout=60)
    assert first.status == retry.status == 200
    assert retry.body == ""
    return first


def test_a_retried_recommendation_status_is_logged_once(slack: Slack, demo) -> None:
    answer = slack.command("rek exempelkommun ks", user=EDITOR)
    payload = block_action_payload(
        _select(answer, "recommendation_status", "not_accepted"),
        user=EDITOR,
        response_url=slack.fake.response_url("action"),
    )
    _deliver_twice(slack, interaction_body(payload))
    assert [c.new_value for c in _changes(demo, "recommendation")] == ["not_accepted"]
    assert len(slack.responses()) == 1


def test_a_retried_received_date_is_recorded_once(slack: Slack, fake_slack, demo) -> None:
    with demo() as session:
        request = session.scalars(
            select(ResponseRequest).where(ResponseRequest.received_on.is_(None))
        ).first()
    slack.click(
        {"type": "button", "action_id": "mark_received", "value": str(request.id)},
        user=EDITOR,
    )
    modal = fake_slack.calls_to("views.open")[-1].view
    picked = {"received_on": {"date": {"type": "datepicker", "selected_date": str(TODAY)}}}
    payload = view_submission_payload(modal, values=picked, user=EDITOR)
    _deliver_twice(slack, interaction_body(payload))
    assert [c.entity_id for c in _changes(demo, "response_request")] == [request.id]


def test_a_retried_snooze_is_stored_and_confirmed_once(slack: Slack, demo) -> None:
    with demo() as session:
        request = session.scalars(
            select(ResponseRequest)
            .where(ResponseRequest.received_on.is_(None), ResponseRequest.deadline > TODAY)
            .order_by(ResponseRequest.deadline.desc())
        ).first()
    option = {"text": {"type": "plain_text", "text": "En vecka"}, "value": f"{request.id}:7"}
    payload = block_action_payload(
        {"type": "static_select", "action_id": "snooze", "selected_option": option},
        user=EDITOR,
        response_url=slack.fake.response_url("reminder"),
    )
    _deliver_twice(slack, interaction_body(payload))
    assert _count(demo, ReminderSnooze) == 1
    (confirmation,) = slack.responses()
    assert "Jag påminner om yttrandet från" in confirmation["text"]


def test_a_retried_chair_command_is_logged_once(slack: Slack, demo) -> None:
    body = command_body("ordförande testby <@U0CHAIR|eva>", user=EDITOR)
    first = _deliver_twice(slack, body)
    assert "<@U0CHAIR>" in json.loads(first.body)["text"]
    assert [c.new_value for c in _changes(demo, "organisation")] == ["U0CHAIR"]


def _preview_of_pasted_report(slack: Slack, fake: FakeSlackAPI) -> dict:
    assert slack.command("importera", user=EDITOR) == {}
    modal = fake.calls_to("views.open")[-1].view
    values = {
        "file": {"value": {"type": "file_input", "files": []}},
        "text": {"value": {"type": "plain_text_input", "value": NUMBERED_REPORT}},
        "organisation": {"value": {"type": "plain_text_input", "value": None}},
    }
    slack.submit(modal, values, user=EDITOR)
    deadline = time.monotonic() + 120
    while not fake.calls_to("views.update"):
        assert time.monotonic() < deadline, "the preview never came"
        time.sleep(0.05)
    return fake.calls_to("views.update")[-1].view


def test_a_retried_import_save_stores_the_audit_once(
    slack: Slack, fake_slack, session_factory
) -> None:
    preview = _preview_of_pasted_report(slack, fake_slack)
    save = view_submission_payload(preview, values={}, user=EDITOR)
    first = _deliver_twice(slack, interaction_body(save))
    assert "Sparat" in all_text(json.loads(first.body)["view"]["blocks"])
    assert _count(session_factory, Audit) == 1
    assert _count(session_factory, ImportDraft) == 0
    assert [c.field for c in _changes(session_factory, "audit")] == ["import"]


def test_spara_pressed_twice_stores_once_and_says_why(
    slack: Slack, fake_slack, session_factory
) -> None:
    preview = _preview_of_pasted_report(slack, fake_slack)
    slack.submit(preview, {}, user=EDITOR)
    second = slack.submit(preview, {}, user=EDITOR)  # a new delivery, not a retry
    assert _count(session_factory, Audit) == 1
    shown = all_text(second["view"]["blocks"]) if "view" in second else json.dumps(second)
    assert "fel-id" not in shown
    assert "redan sparad" in shown


def test_a_retried_file_shared_event_offers_the_import_once(slack: Slack, fake_slack) -> None:
    fake_slack.add_file("arkiv.txt", NUMBERED_REPORT.encode())
    file_id = next(iter(fake_slack._file_ids))
    event = {
        "type": "file_shared",
        "file_id": file_id,
        "user_id": EDITOR,
        "file": {"id": file_id},
        "channel_id": "C0TEAM",
        "event_ts": "1.2",
    }
    body = event_body(event, event_id="EvShared1")
    _deliver_twice(slack, body, content_type="application/json")
    assert len(fake_slack.calls_to("chat.postEphemeral")) == 1


def test_a_retry_while_the_first_delivery_is_still_working_changes_nothing(
    slack: Slack, fake_slack, demo
) -> None:
    answer = slack.command("åtgärder exempelkommun intern kontroll", user=EDITOR)
    payload = block_action_payload(
        _select(answer, "action_status", "done"),
        user=GROUP_MEMBER,
        response_url=fake_slack.response_url("action"),
    )
    body = interaction_body(payload)
    slow = threading.Event()
    release = threading.Event()

    def slow_users_info(call):
        if call.body.get("user") == GROUP_MEMBER and not slow.is_set():
            slow.set()
            release.wait(timeout=30)
        return None

    fake_slack.script("users.info", slow_users_info)
    first: list = []
    worker = threading.Thread(target=lambda: first.append(dispatch(slack.app, body)))
    worker.start()
    assert slow.wait(timeout=30)
    retry = dispatch(slack.app, body, retry_num=1)
    assert retry.status == 200 and retry.body == ""
    assert _changes(demo, "action") == []  # the first is still at work
    release.set()
    worker.join(timeout=30)
    assert first[0].status == 200
    assert [(c.actor, c.new_value) for c in _changes(demo, "action")] == [(GROUP_MEMBER, "done")]
