"""A reminder Slack took but whose answer never came back is found in Slack, not sent again.

Each reminder is posted with its ledger key in Slack message metadata. A claim taken over after
its lease ran out without a confirmed ts first looks for that key in the channel's history
(conversations.history from the earlier claim's time) and is confirmed from there when Slack
has it. The fake Web API keeps what was posted and answers history from it; its clock is the
test's, so message ts and claim times agree as Slack's and ours do.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter

import pytest
from sqlalchemy import select

from bot.core.clock import FixedClock
from bot.services.reminders import CLOCK_MARGIN, ReminderEngine
from bot.slack.sender import REMINDER_EVENT, SlackSender
from storage.db import transaction
from storage.edits import Edit, set_chair
from storage.ledger import LEASE
from storage.models import ReminderDelivery
from tests.conftest import TEAM
from tests.support.reminders import (
    CHANNEL,
    FRIDAY_MORNING,
    TZ,
    local,
    posts,
    web_client,
)
from tests.support.slack_api import FakeSlackAPI

# The client gives up after a second; Slack answers the post after two and a half.
CLIENT_TIMEOUT = 1.0
SLACK_LATE = 2.5
CHAIR = "U0CHAIR"


@pytest.fixture
def clock(fake_slack: FakeSlackAPI) -> FixedClock:
    clock = FixedClock(FRIDAY_MORNING)
    fake_slack.clock = lambda: clock.now().timestamp()
    return clock


def _engine(session_factory, fake: FakeSlackAPI, clock: FixedClock) -> ReminderEngine:
    """Posting as `revisorbot run` does, with a client that gives up before Slack answers."""
    client = web_client(fake, timeout=CLIENT_TIMEOUT)
    return ReminderEngine(session_factory, clock=clock, tz=TZ, sender=SlackSender(client))


def _keys_in(fake: FakeSlackAPI, channel: str) -> Counter:
    """How often each reminder key is in ``channel`` (a user's DMs: D<user>)."""
    return Counter(
        m["metadata"]["event_payload"]["key"] for m in fake.posted(channel) if "metadata" in m
    )


def _ledger(session_factory) -> list[ReminderDelivery]:
    with session_factory() as session:
        return list(session.scalars(select(ReminderDelivery).order_by(ReminderDelivery.id)))


def _after_the_lease(clock: FixedClock) -> None:
    clock.advance(LEASE + dt.timedelta(minutes=1))


def test_each_reminder_carries_its_ledger_key_in_the_messages_metadata(
    session_factory, fake_slack: FakeSlackAPI, clock: FixedClock, knivsta: int
) -> None:
    assert len(_engine(session_factory, fake_slack, clock).sweep().sent) == 2
    ledger = {row.reminder_key: row.message_ts for row in _ledger(session_factory)}
    metadata = [call.body["metadata"] for call in posts(fake_slack, CHANNEL)]
    assert {m["event_type"] for m in metadata} == {REMINDER_EVENT}
    assert sorted(m["event_payload"]["key"] for m in metadata) == sorted(ledger)
    in_channel = {
        m["metadata"]["event_payload"]["key"]: m["ts"] for m in fake_slack.posted(CHANNEL)
    }
    assert in_channel == ledger


def test_a_post_slack_answered_after_the_client_gave_up_is_confirmed_not_sent_again(
    session_factory, fake_slack: FakeSlackAPI, clock: FixedClock, knivsta: int
) -> None:
    fake_slack.answer_late("chat.postMessage", after=SLACK_LATE, times=1)
    engine = _engine(session_factory, fake_slack, clock)
    first = engine.sweep()
    assert len(first.sent) == 1 and len(first.failed) == 1
    late = first.failed[0][0]
    assert _keys_in(fake_slack, CHANNEL) == {late.key: 1, first.sent[0].key: 1}

    clock.advance(LEASE - dt.timedelta(minutes=1))
    assert engine.sweep().sent == []
    _after_the_lease(clock)
    again = engine.sweep()
    assert again.sent == [] and [r.key for r in again.found] == [late.key]
    clock.advance(dt.timedelta(hours=2))
    assert engine.sweep().sent == []

    assert _keys_in(fake_slack, CHANNEL) == {late.key: 1, first.sent[0].key: 1}
    assert len(posts(fake_slack, CHANNEL)) == 2
    in_channel = {
        m["metadata"]["event_payload"]["key"]: m["ts"] for m in fake_slack.posted(CHANNEL)
    }
    assert {row.reminder_key: row.message_ts for row in _ledger(session_factory)} == in_channel
    (looked,) = fake_slack.calls_to("conversations.history")
    # From the unconfirmed claim's time, less what Slack's clock may be ahead of ours.
    assert float(looked.body["oldest"]) == (FRIDAY_MORNING - CLOCK_MARGIN).timestamp()
    assert looked.body["channel"] == CHANNEL


def test_a_connection_dropped_after_slack_took_the_post_is_not_retried_into_a_repeat(
    session_factory, fake_slack: FakeSlackAPI, clock: FixedClock, knivsta: int
) -> None:
    fake_slack.accept_unanswered("chat.postMessage", times=1)
    engine = _engine(session_factory, fake_slack, clock)
    first = engine.sweep()
    assert len(first.sent) == 1 and len(first.failed) == 1
    _after_the_lease(clock)
    assert [r.key for r in engine.sweep().found] == [first.failed[0][0].key]
    assert set(_keys_in(fake_slack, CHANNEL).values()) == {1}
    assert len(posts(fake_slack, CHANNEL)) == 2


def test_a_busy_channel_is_read_page_by_page(
    session_factory, fake_slack: FakeSlackAPI, clock: FixedClock, knivsta: int
) -> None:
    fake_slack.answer_late("chat.postMessage", after=SLACK_LATE, times=1)
    engine = _engine(session_factory, fake_slack, clock)
    late = engine.sweep().failed[0][0]
    for n in range(450):
        fake_slack.say(CHANNEL, f"Diskussion i kanalen, inlägg {n}")
    _after_the_lease(clock)
    assert [r.key for r in engine.sweep().found] == [late.key]
    assert len(fake_slack.calls_to("conversations.history")) == 3  # 200, 200, then the rest
    assert _keys_in(fake_slack, CHANNEL)[late.key] == 1


def test_an_escalation_slack_took_is_found_in_the_chairs_direct_messages(
    session_factory, fake_slack: FakeSlackAPI, knivsta: int
) -> None:
    with transaction(session_factory) as session:
        set_chair(Edit(session, TEAM, "test"), organisation_id=knivsta, user_id=CHAIR)
    clock = FixedClock(local(2030, 4, 15, 8, 5))  # fourteen days past Sunday's deadline
    fake_slack.clock = lambda: clock.now().timestamp()
    fake_slack.answer_late(
        "chat.postMessage",
        after=SLACK_LATE,
        times=1,
        when=lambda call: call.body.get("channel") == CHAIR,
    )
    engine = _engine(session_factory, fake_slack, clock)
    first = engine.sweep()
    assert [r.channel_id for r, _ in first.failed] == [CHAIR]
    _after_the_lease(clock)
    assert [r.channel_id for r in engine.sweep().found] == [CHAIR]
    escalations = _keys_in(fake_slack, f"D{CHAIR}")
    assert len(escalations) == 2 and set(escalations.values()) == {1}  # one per board, once
    assert fake_slack.calls_to("conversations.history")[0].body["channel"] == f"D{CHAIR}"


def test_a_channel_the_bot_may_not_read_gets_the_reminder_again_and_the_log_says_why(
    session_factory, fake_slack: FakeSlackAPI, clock: FixedClock, knivsta: int, caplog
) -> None:
    """A public channel the bot posts to without being a member (chat:write.public) does not
    let it read the history: sending again is better than never."""
    fake_slack.answer_late("chat.postMessage", after=SLACK_LATE, times=1)
    fake_slack.fail("conversations.history", error="not_in_channel")
    engine = _engine(session_factory, fake_slack, clock)
    late = engine.sweep().failed[0][0]
    _after_the_lease(clock)
    with caplog.at_level(logging.WARNING):
        assert [r.key for r in engine.sweep().sent] == [late.key]
    assert f"cannot look for reminder {late.key}" in caplog.text and "not_in_channel" in caplog.text
    assert _keys_in(fake_slack, CHANNEL)[late.key] == 2


def test_while_slack_cannot_say_whether_it_took_a_post_the_reminder_waits(
    session_factory, fake_slack: FakeSlackAPI, clock: FixedClock, knivsta: int
) -> None:
    fake_slack.answer_late("chat.postMessage", after=SLACK_LATE, times=1)
    fake_slack.fail("conversations.history", error="service_unavailable", times=1)
    engine = _engine(session_factory, fake_slack, clock)
    late = engine.sweep().failed[0][0]
    _after_the_lease(clock)
    waiting = engine.sweep()
    assert waiting.sent == waiting.found == []
    assert waiting.failed == [(late, "history: service_unavailable")]
    clock.advance(LEASE - dt.timedelta(minutes=1))
    assert engine.sweep().failed == []  # the claim is kept for its lease
    clock.advance(dt.timedelta(minutes=2))
    assert [r.key for r in engine.sweep().found] == [late.key]
    assert _keys_in(fake_slack, CHANNEL)[late.key] == 1
    (row,) = [r for r in _ledger(session_factory) if r.reminder_key == late.key]
    assert row.sent_at is not None and row.attempts == 1  # waiting on Slack is not counted
