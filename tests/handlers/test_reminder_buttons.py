"""The buttons on a reminder, pressed the way Slack delivers them (signed requests).

Needs the Slack app (issue 4); skipped on a branch without it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.core.clock import FixedClock
from bot.core.runtime import Runtime
from bot.core.settings import Settings
from bot.rules.reminder_settings import ReminderSettings
from ingest.schema import Extraction
from storage.db import transaction
from storage.loader import load_extraction
from storage.models import ReminderSnooze, ResponseRequest
from tests.conftest import TEAM
from tests.support.reminders import (
    CHANNEL,
    MONDAY,
    audit_extraction,
    load,
    local,
    make_engine,
    posts,
    watch_with,
    working_days_after,
)
from tests.support.slack_requests import (
    BOT_TOKEN,
    SIGNING_SECRET,
    block_action_payload,
    dispatch,
    interaction_body,
    view_submission_payload,
)

build_app = pytest.importorskip("bot.app").build_app

EDITOR = "U0EDITOR"
READER = "U0READER"
TITLE = "Granskning av kommunens arbete med arkivering"


def _app(engine, session_factory, fake_slack, clock: FixedClock):
    settings = Settings(
        _env_file=None,
        DATABASE_URL="sqlite://",
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=fake_slack.base_url,
        REVISORBOT_EDITORS=EDITOR,
        REVISORBOT_LANGUAGE="sv",
    )
    return build_app(Runtime(settings, engine, session_factory, clock))


def _press(app, fake_slack, element: dict, *, user: str, block_id: str) -> None:
    action = {**element, "block_id": block_id}
    if element["type"] == "static_select":
        action["selected_option"] = element["options"][0]
    payload = block_action_payload(
        action,
        user=user,
        channel=CHANNEL,
        response_url=fake_slack.response_url("reminder"),
        message={"ts": "1700000001.000100", "blocks": []},
    )
    response = dispatch(app, interaction_body(payload))
    assert response.status == 200, response.body


def _controls(call) -> dict[str, tuple[str, dict]]:
    return {
        element["action_id"]: (block["block_id"], element)
        for block in call.blocks
        if block["type"] == "actions"
        for element in block["elements"]
    }


@pytest.mark.corpus
def test_markera_inkommet_on_a_reminder_stops_further_reminders(
    corpus: Path, engine, session_factory, fake_slack
) -> None:
    for path in sorted((corpus / "expected").glob("*.json")):
        with transaction(session_factory) as session:
            load_extraction(
                session,
                team_id=TEAM,
                extraction=Extraction.model_validate(json.loads(path.read_text("utf-8"))),
                sha256=hashlib.sha256(path.name.encode()).hexdigest(),
                actor="test",
            )
    deadline = working_days_after(MONDAY.date(), 14)
    load(
        session_factory,
        audit_extraction(
            "Knivsta kommun", title=TITLE, deadline=deadline, bodies=("Kommunstyrelsen",)
        ),
    )
    watch_with(session_factory, "Knivsta kommun", settings=ReminderSettings())
    clock = FixedClock(MONDAY)
    sweeper = make_engine(session_factory, fake_slack, clock)
    app = _app(engine, session_factory, fake_slack, clock)

    sweeper.sweep()
    (reminder,) = [c for c in posts(fake_slack, CHANNEL) if TITLE in c.body["text"]]
    controls = _controls(reminder)

    # A reader may not snooze; an editor snoozes for a day and is told until when.
    block_id, select_element = controls["snooze"]
    _press(app, fake_slack, select_element, user=READER, block_id=block_id)
    with session_factory() as session:
        assert session.scalars(select(ReminderSnooze)).all() == []
    _press(app, fake_slack, select_element, user=EDITOR, block_id=block_id)
    answers = [c.body for c in fake_slack.calls if c.method == "response/reminder"]
    assert "tis 2 februari 2021" in str(answers[-1])
    with session_factory() as session:
        assert session.scalars(select(ReminderSnooze.until)).one() == dt.date(2021, 2, 2)

    # Tuesday: the snoozed reminder comes back, once.
    clock.set(local(2021, 2, 2, 8, 5))
    sweeper.sweep()
    assert len([c for c in posts(fake_slack, CHANNEL) if TITLE in c.body["text"]]) == 2

    # The editor presses "Markera inkommet": the date picker opens and the date is saved.
    block_id, button = controls["mark_received"]
    _press(app, fake_slack, button, user=EDITOR, block_id=block_id)
    opened = fake_slack.calls_to("views.open")[-1].view
    result = dispatch(
        app,
        interaction_body(
            view_submission_payload(
                opened,
                values={
                    "received_on": {"date": {"type": "datepicker", "selected_date": "2021-02-02"}}
                },
                user=EDITOR,
            )
        ),
    )
    assert result.status == 200, result.body
    with session_factory() as session:
        request = session.get(ResponseRequest, int(button["value"]))
    assert request.received_on == dt.date(2021, 2, 2)

    # No more reminders about it, through the deadline and the weeks after.
    for days in range(2, 45):
        clock.set(MONDAY + dt.timedelta(days=days))
        sweeper.sweep()
    assert len([c for c in posts(fake_slack, CHANNEL) if TITLE in c.body["text"]]) == 2
