"""With the seed corpus imported and a channel watching Knivsta: the Monday digest and a
response reminded 14 working days ahead, exactly once, until it is marked received."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.blocks.mrkdwn import escape, shorten
from bot.core.clock import FixedClock
from bot.rules.reminder_settings import ReminderSettings
from ingest.schema import Extraction
from storage import edits
from storage.db import transaction
from storage.edits import Edit
from storage.loader import load_extraction
from storage.models import Action, ResponseRequest
from tests.conftest import TEAM
from tests.support.reminders import (
    CHANNEL,
    MONDAY,
    assert_valid_post,
    audit_extraction,
    load,
    local,
    make_engine,
    posts,
    watch_with,
    working_days_after,
)

pytestmark = pytest.mark.corpus


def _import_corpus(corpus: Path, session_factory) -> list[dict]:
    documents = []
    for path in sorted((corpus / "expected").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        documents.append(data)
        with transaction(session_factory) as session:
            load_extraction(
                session,
                team_id=TEAM,
                extraction=Extraction.model_validate(data),
                sha256=hashlib.sha256(path.name.encode()).hexdigest(),
                actor="test",
            )
    return documents


def test_monday_digest_and_a_response_reminded_once_for_knivsta(
    corpus: Path, session_factory, fake_slack
) -> None:
    documents = _import_corpus(corpus, session_factory)
    knivsta = next(d for d in documents if d["organisation"] == "Knivsta kommun")
    deadline = working_days_after(MONDAY.date(), 14)
    load(
        session_factory,
        audit_extraction(
            "Knivsta kommun",
            title="Granskning av kommunens arbete med arkivering",
            deadline=deadline,
            bodies=("Kommunstyrelsen",),
        ),
    )
    watch_with(session_factory, "Knivsta kommun", settings=ReminderSettings())  # the defaults
    clock = FixedClock(MONDAY)
    engine = make_engine(session_factory, fake_slack, clock)

    report = engine.sweep()
    assert report.failed == []
    (digest,) = [c for c in posts(fake_slack, CHANNEL) if c.blocks[0]["type"] == "header"]
    assert_valid_post(digest)
    digest_text = "\n".join(b["text"]["text"] for b in digest.blocks if b["type"] == "section")
    dated = [
        action
        for response in knivsta["responses"]
        for action in response["actions"]
        if action["due"] and action["due_precision"] in ("day", "month", "year")
    ]
    assert dated and f"({len(dated)})" in digest_text
    for action in dated:
        assert escape(shorten(action["action"], 160)) in digest_text
    assert "Knivsta kommun" in digest_text and "Vännäs" not in digest_text

    (reminder,) = [c for c in posts(fake_slack, CHANNEL) if "arkivering" in c.body["text"]]
    assert_valid_post(reminder)
    assert "fre 19 februari 2021, om 18 dagar" in reminder.body["text"]  # 14 working days
    button = next(
        e
        for b in reminder.blocks
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "mark_received"
    )

    # Later sweeps the same day and the next days: the reminder is not repeated.
    for hours in (1, 6, 24, 48):
        clock.set(MONDAY + dt.timedelta(hours=hours))
        engine.sweep()
    assert len([c for c in posts(fake_slack, CHANNEL) if "arkivering" in c.body["text"]]) == 1

    # The response arrives ("Markera inkommet" records exactly this): no more reminders.
    with transaction(session_factory) as session:
        edits.mark_response_received(
            Edit(session, TEAM, "U0EDITOR"),
            request_id=int(button["value"]),
            received_on=MONDAY.date() + dt.timedelta(days=3),
        )
    for days in range(3, 40):
        clock.set(MONDAY + dt.timedelta(days=days))
        engine.sweep()
    assert len([c for c in posts(fake_slack, CHANNEL) if "arkivering" in c.body["text"]]) == 1

    # An action marked done leaves the next Monday's digest.
    with session_factory() as session:
        first = session.scalars(
            select(Action).where(Action.due.is_not(None)).order_by(Action.due, Action.id)
        ).first()
        assert session.scalars(select(ResponseRequest)).all()
    with transaction(session_factory) as session:
        edits.set_action_status(Edit(session, TEAM, "U0EDITOR"), action_id=first.id, status="done")
    clock.set(local(2021, 3, 15, 8, 0))
    engine.sweep()
    last = [c for c in posts(fake_slack, CHANNEL) if c.blocks[0]["type"] == "header"][-1]
    text = "\n".join(b["text"]["text"] for b in last.blocks if b["type"] == "section")
    assert f"({len(dated) - 1})" in text
