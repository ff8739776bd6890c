"""Changing data from Slack: only editors may, every change is logged, the user sees it."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.demo.data import load_demo
from storage import history, items
from storage.db import transaction
from storage.models import ProcessedRequest, ResponseRequest, Subscription
from tests.conftest import TEAM
from tests.support.blockkit import all_text
from tests.support.slack_app import EDITOR, GROUP_MEMBER, READER, TODAY, Slack
from tests.support.slack_requests import command_body, dispatch


@pytest.fixture
def demo(session_factory: sessionmaker[Session]) -> sessionmaker[Session]:
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY)
    return session_factory


def _pending_request(session_factory) -> ResponseRequest:
    with session_factory() as session:
        return session.scalars(
            select(ResponseRequest)
            .where(ResponseRequest.received_on.is_(None))
            .order_by(ResponseRequest.deadline.desc())
        ).first()


def _accessories(answer: dict, action_id: str) -> list[tuple[str, dict]]:
    return [
        (b["block_id"], b["accessory"])
        for b in answer["blocks"]
        if b.get("accessory", {}).get("action_id") == action_id
    ]


def _select(block_id: str, select: dict, status: str) -> dict:
    option = next(o for o in select["options"] if o["value"].endswith(f":{status}"))
    return {
        "type": "static_select",
        "action_id": select["action_id"],
        "block_id": block_id,
        "selected_option": option,
    }


def _changes(session_factory, entity: str) -> list:
    with session_factory() as session:
        return history.changes(session, team_id=TEAM, entity=entity)


def test_editor_marks_a_response_received_and_sees_it(slack: Slack, fake_slack, demo) -> None:
    answer = slack.command("frister", user=EDITOR)
    block_id, button = _accessories(answer, "mark_received")[0]
    slack.click(button | {"block_id": block_id}, user=EDITOR)

    opened = fake_slack.calls_to("views.open")[-1].view
    picker = opened["blocks"][1]["element"]
    assert picker["type"] == "datepicker" and picker["initial_date"] == TODAY.isoformat()
    assert "Frist:" in all_text(opened["blocks"])

    picked = (TODAY - dt.timedelta(days=2)).isoformat()
    result = slack.submit(
        opened,
        {"received_on": {"date": {"type": "datepicker", "selected_date": picked}}},
        user=EDITOR,
    )
    assert result.get("response_action") in (None, "clear")
    request_id = int(button["value"])
    with demo() as session:
        assert session.get(ResponseRequest, request_id).received_on.isoformat() == picked
    change = _changes(demo, "response_request")[0]
    assert (change.actor, change.entity_id, change.new_value) == (EDITOR, request_id, picked)
    # The "frister" answer the button sat in is redrawn without the received response.
    redrawn = slack.responses()[-1]
    assert redrawn["replace_original"] is True
    assert [
        v for _, v in _accessories(redrawn, "mark_received") if v["value"] == str(request_id)
    ] == []


def test_a_received_date_in_the_future_is_refused_in_the_modal(
    slack: Slack, fake_slack, demo
) -> None:
    request = _pending_request(demo)
    slack.click(
        {
            "type": "button",
            "action_id": "mark_received",
            "value": str(request.id),
            "block_id": "rr",
        },
        user=EDITOR,
    )
    opened = fake_slack.calls_to("views.open")[-1].view
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    result = slack.submit(
        opened,
        {"received_on": {"date": {"type": "datepicker", "selected_date": tomorrow}}},
        user=EDITOR,
    )
    assert result["response_action"] == "errors"
    assert "framtiden" in result["errors"]["received_on"]
    assert _pending_request(demo).id == request.id
    assert _changes(demo, "response_request") == []


def test_a_reader_cannot_mark_received_nor_submit_the_modal(slack: Slack, fake_slack, demo) -> None:
    request = _pending_request(demo)
    slack.click(
        {
            "type": "button",
            "action_id": "mark_received",
            "value": str(request.id),
            "block_id": "rr",
        },
        user=READER,
    )
    assert fake_slack.calls_to("views.open") == []
    refusal = slack.responses()[-1]
    assert refusal["response_type"] == "ephemeral" and refusal["replace_original"] is False
    assert "REVISORBOT_EDITORS" in refusal["text"]

    # A forged submission of the modal by a reader changes nothing either.
    slack.click(
        {
            "type": "button",
            "action_id": "mark_received",
            "value": str(request.id),
            "block_id": "rr",
        },
        user=EDITOR,
    )
    opened = fake_slack.calls_to("views.open")[-1].view
    result = slack.submit(
        opened,
        {"received_on": {"date": {"type": "datepicker", "selected_date": TODAY.isoformat()}}},
        user=READER,
    )
    assert result["response_action"] == "errors"
    assert "inte ändra" in result["errors"]["received_on"]
    assert _pending_request(demo).id == request.id
    assert _changes(demo, "response_request") == []


def test_action_status_by_reader_is_refused_and_by_editor_logged(slack: Slack, demo) -> None:
    answer = slack.command("åtgärder exempelkommun intern kontroll", user=EDITOR)
    block_id, select = _accessories(answer, "action_status")[0]
    action_id = int(select["options"][0]["value"].split(":")[0])

    slack.click(_select(block_id, select, "done"), user=READER)
    assert "REVISORBOT_EDITORS" in slack.responses()[-1]["text"]
    assert _changes(demo, "action") == []

    slack.click(_select(block_id, select, "done"), user=EDITOR)
    change = _changes(demo, "action")[0]
    assert (change.actor, change.entity_id, change.new_value) == (EDITOR, action_id, "done")
    redrawn = slack.responses()[-1]
    assert redrawn["replace_original"] is True
    shown = dict(_accessories(redrawn, "action_status"))[block_id]
    assert shown["initial_option"]["value"] == f"{action_id}:done"


def test_historik_shows_who_changed_what_in_an_audit(slack: Slack, demo) -> None:
    answer = slack.command("åtgärder exempelkommun intern kontroll", user=EDITOR)
    block_id, select = _accessories(answer, "action_status")[0]
    slack.click(_select(block_id, select, "done"), user=EDITOR)

    shown = all_text(slack.command("historik exempelkommun intern kontroll")["blocks"])
    assert "Historik – Granskning av intern kontroll i ekonomiprocessen" in shown
    assert "Åtgärden ”Ekonomienheten går igenom alla attesträtter" in shown
    assert "Pågår → *Klar*" in shown and f"<@{EDITOR}>" in shown
    assert "Importerad från _exempelkommun-intern-kontroll.docx_" in shown
    assert shown.index("Klar") < shown.index("Importerad")  # newest first
    assert "<!date^" in shown


def test_a_user_group_in_editors_may_change(slack: Slack, demo) -> None:
    answer = slack.command("åtgärder exempelkommun intern kontroll", user=GROUP_MEMBER)
    block_id, select = _accessories(answer, "action_status")[0]
    slack.click(_select(block_id, select, "done"), user=GROUP_MEMBER)
    assert _changes(demo, "action")[0].actor == GROUP_MEMBER


def test_recommendation_status_at_follow_up_and_back_to_auto(slack: Slack, demo) -> None:
    answer = slack.command("rek exempelkommun ks", user=EDITOR)
    block_id, select = _accessories(answer, "recommendation_status")[0]
    recommendation_id = int(select["options"][0]["value"].split(":")[0])

    slack.click(_select(block_id, select, "not_accepted"), user=EDITOR)
    assert "Ej accepterad" in all_text(slack.responses()[-1]["blocks"])
    slack.click(_select(block_id, select, "auto"), user=EDITOR)
    with demo() as session:
        shown = items.recommendations(session, team_id=TEAM, statuses=None)
    back = next(r for r in shown if r.id == recommendation_id)
    assert not back.status_is_manual
    assert [c.actor for c in _changes(demo, "recommendation")] == [EDITOR, EDITOR]


def test_bevaka_is_for_editors(slack: Slack, demo) -> None:
    refused = slack.command("bevaka testby", user=READER)
    assert "REVISORBOT_EDITORS" in refused["text"]
    with demo() as session:
        assert (
            session.scalars(select(Subscription).where(Subscription.channel_id == "C0TEAM")).all()
            == []
        )

    done = slack.command("bevaka testby region", user=EDITOR)
    assert "bevakar nu *Testby region*" in all_text(done["blocks"])
    assert "redan" in all_text(slack.command("watch testby", user=EDITOR)["blocks"])
    assert "inte längre" in all_text(slack.command("sluta-bevaka testby", user=EDITOR)["blocks"])
    mine = [c for c in _changes(demo, "subscription") if c.actor != "demo"]
    assert [(c.actor, c.old_value, c.new_value) for c in mine] == [
        (EDITOR, "C0TEAM", None),
        (EDITOR, None, "C0TEAM"),
    ]


def test_the_auditors_chair_is_set_by_mention_and_removed_by_editors(slack: Slack, demo) -> None:
    refused = slack.command("ordförande testby <@U0CHAIR|eva>", user=READER)
    assert "REVISORBOT_EDITORS" in refused["text"]

    done = slack.command("ordförande testby <@U0CHAIR|eva>", user=EDITOR)
    assert "<@U0CHAIR> är nu revisorernas ordförande för *Testby region*" in all_text(
        done["blocks"]
    )
    unclear = slack.command("chair testby", user=EDITOR)
    assert "nämn personen" in all_text(unclear["blocks"])
    removed = slack.command("ordförande testby -", user=EDITOR)
    assert "ingen registrerad ordförande" in all_text(removed["blocks"])
    chair_changes = [(c.actor, c.old_value, c.new_value) for c in _changes(demo, "organisation")]
    assert sorted(chair_changes, key=str) == sorted(
        [(EDITOR, None, "U0CHAIR"), (EDITOR, "U0CHAIR", None)], key=str
    )


def test_a_retried_request_does_not_repeat_its_change(slack: Slack, demo) -> None:
    answer = slack.command("åtgärder exempelkommun intern kontroll", user=EDITOR)
    block_id, select = _accessories(answer, "action_status")[0]
    first = slack.click(_select(block_id, select, "done"), user=EDITOR)
    slack.click(_select(block_id, select, "started"), user=EDITOR)
    replies = len(slack.responses())

    # Slack retries the first click; the newer status must stand.
    slack.click({}, payload=first, retry_num=1)
    assert [c.new_value for c in _changes(demo, "action")] == ["started", "done"]
    assert len(slack.responses()) == replies


def test_a_retried_command_is_answered_once(slack: Slack, fake_slack, demo) -> None:
    body = command_body("bevaka testby", user=EDITOR)
    assert dispatch(slack.app, body).status == 200
    retry = dispatch(slack.app, body, retry_num=1)
    assert retry.status == 200 and retry.body == ""
    assert [c.actor for c in _changes(demo, "subscription")].count(EDITOR) == 1


def test_a_lookup_writes_nothing_and_a_repeat_gets_the_same_answer(
    slack: Slack, session_factory, demo
) -> None:
    """Lookups are answered in their own HTTP response and change nothing: no claim is
    written for them, and a repeat is simply answered again."""
    body = command_body("frister", user=EDITOR)
    first = dispatch(slack.app, body)
    repeat = dispatch(slack.app, body, retry_num=1)
    assert first.status == repeat.status == 200
    assert json.loads(first.body)["blocks"] == json.loads(repeat.body)["blocks"]
    with session_factory() as session:
        assert session.scalar(select(func.count(ProcessedRequest.id))) == 0
    # A change is claimed as before.
    dispatch(slack.app, command_body("bevaka testby", user=EDITOR))
    with session_factory() as session:
        assert session.scalar(select(func.count(ProcessedRequest.id))) == 1
