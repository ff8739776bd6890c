"""Delivery through the ledger, asserted on what the fake Slack Web API recorded."""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time

from sqlalchemy import select

from bot.core.clock import FixedClock
from bot.services.reminders import ReminderEngine
from bot.slack.sender import SlackSender
from storage import channels
from storage.edits import Edit
from storage.models import ReminderDelivery, Subscription
from tests.conftest import TEAM
from tests.support.reminders import (
    CHANNEL,
    FRIDAY_MORNING,
    SUNDAY_DEADLINE,
    TZ,
    WATCHER,
    assert_valid_post,
    audit_extraction,
    load,
    local,
    make_engine,
    posts,
    watch_with,
    web_client,
)
from tests.support.slack_api import FakeSlackAPI


def texts(calls) -> list[str]:
    return [c.body["text"] for c in calls]


def test_a_due_reminder_is_posted_once_and_its_ts_recorded(
    session_factory, fake_slack: FakeSlackAPI, knivsta: int
) -> None:
    engine = make_engine(session_factory, fake_slack, FixedClock(FRIDAY_MORNING))
    report = engine.sweep()
    sent = posts(fake_slack, CHANNEL)
    assert len(sent) == 2 and len(report.sent) == 2
    assert any("Kommunstyrelsen" in text and "sön 31 mars 2030" in text for text in texts(sent))
    assert all("om 2 dagar" in text for text in texts(sent))
    for call in sent:
        assert_valid_post(call)
        buttons = [e for b in call.blocks if b["type"] == "actions" for e in b["elements"]]
        # Friday is the last working day before the Sunday deadline: no room to snooze.
        assert {e["action_id"] for e in buttons} == {"mark_received"}
    with session_factory() as session:
        rows = session.scalars(select(ReminderDelivery)).all()
    assert len({r.message_ts for r in rows}) == 2
    assert all(r.sent_at is not None and r.message_ts and not r.late for r in rows)
    assert {r.reminder_key.rsplit(":", 1)[1] for r in rows} == {"day"}

    # The same sweep again, and again later that day: nothing more.
    assert engine.sweep().sent == []
    engine.clock.advance(dt.timedelta(hours=6))
    assert engine.sweep().sent == []
    assert len(posts(fake_slack)) == 2


def test_a_dry_run_lists_without_claiming_or_sending(
    session_factory, fake_slack: FakeSlackAPI, knivsta: int
) -> None:
    engine = make_engine(session_factory, fake_slack, FixedClock(FRIDAY_MORNING))
    plan = engine.plan()
    assert [r.stage for r in plan.reminders] == ["day", "day"]
    assert posts(fake_slack) == []
    with session_factory() as session:
        assert session.scalars(select(ReminderDelivery)).all() == []


def test_a_429_delays_but_neither_loses_nor_doubles(
    session_factory, fake_slack: FakeSlackAPI, knivsta: int
) -> None:
    fake_slack.rate_limit("chat.postMessage", times=1, retry_after=1)
    engine = make_engine(session_factory, fake_slack, FixedClock(FRIDAY_MORNING))
    started = time.monotonic()
    report = engine.sweep()
    assert time.monotonic() - started >= 1.0  # Retry-After was honoured
    assert len(report.sent) == 2 and report.failed == []
    calls = posts(fake_slack)
    assert len(calls) == 3  # the refused call and one per reminder
    assert calls[0].body["text"] == calls[1].body["text"]  # the refused one went again
    assert len(set(texts(calls[1:]))) == 2
    assert engine.sweep().sent == [] and len(posts(fake_slack)) == 3


def test_rate_limited_past_the_clients_retries_is_sent_by_the_next_sweep(
    session_factory, fake_slack: FakeSlackAPI, knivsta: int
) -> None:
    refused: list[str] = []

    def too_many(call):
        if len(refused) < 2:
            refused.append(call.body["text"])
            return 429, {"Retry-After": "0"}, {"ok": False, "error": "ratelimited"}
        return None

    fake_slack.script("chat.postMessage", too_many)
    engine = make_engine(
        session_factory, fake_slack, FixedClock(FRIDAY_MORNING), rate_limit_retries=1
    )
    first = engine.sweep()
    assert len(first.sent) == 1 and [code for _, code in first.failed] == ["ratelimited"]
    second = engine.sweep()
    assert len(second.sent) == 1
    accepted = texts(posts(fake_slack))[2:]
    assert sorted(accepted) == sorted({*accepted}) and len(accepted) == 2
    assert engine.sweep().sent == []


def test_a_claim_never_confirmed_is_retried_after_its_lease(
    session_factory, fake_slack: FakeSlackAPI, knivsta: int
) -> None:
    class Flaky(SlackSender):
        failures = 1

        def post(self, *, channel, message, metadata=None):
            if self.failures:
                self.failures -= 1
                raise ConnectionError("the network went away mid-send")
            return super().post(channel=channel, message=message, metadata=metadata)

    clock = FixedClock(FRIDAY_MORNING)
    engine = make_engine(session_factory, fake_slack, clock, sender=Flaky(web_client(fake_slack)))
    first = engine.sweep()
    assert len(first.sent) == 1 and len(first.failed) == 1
    # Within the lease nobody retries it, not even another process.
    other = ReminderEngine(
        session_factory, clock=clock, tz=TZ, sender=SlackSender(web_client(fake_slack))
    )
    assert other.sweep().sent == []
    clock.advance(dt.timedelta(minutes=11))
    retried = other.sweep()
    assert len(retried.sent) == 1
    assert len(posts(fake_slack)) == 2
    with session_factory() as session:
        attempts = sorted(r.attempts for r in session.scalars(select(ReminderDelivery)))
    assert attempts == [1, 1]  # the network going away does not count against it


def test_a_long_slack_outage_delays_a_reminder_but_never_loses_it(
    session_factory, fake_slack: FakeSlackAPI, knivsta: int, caplog
) -> None:
    """Slack answering 503 for two hours: every sweep tries again after the lease, none of
    the tries counts against the reminder, and it goes out once when Slack is back."""
    down = [True]

    def unavailable(call):
        return (503, {}, {"ok": False, "error": "service_unavailable"}) if down[0] else None

    fake_slack.script("chat.postMessage", unavailable)
    clock = FixedClock(FRIDAY_MORNING)
    engine = make_engine(session_factory, fake_slack, clock)
    due = len(engine.plan().reminders)
    assert due == 2  # Kommunstyrelsen's and Socialnämnden's responses, due on Sunday
    with caplog.at_level(logging.WARNING):
        for _ in range(8):  # every 15 minutes, as the scheduler sweeps
            assert engine.sweep().sent == []
            clock.advance(dt.timedelta(minutes=15))
    assert "retried after the lease" in caplog.text
    down[0] = False
    assert len(engine.sweep().sent) == due
    assert engine.sweep().sent == []
    assert len(posts(fake_slack, CHANNEL)) == 8 * due + due  # eight refused tries each, then one


def test_a_channel_the_bot_cannot_post_to_is_paused_and_the_watcher_told_once(
    session_factory, fake_slack: FakeSlackAPI, knivsta: int, caplog
) -> None:
    fake_slack.fail(
        "chat.postMessage",
        error="not_in_channel",
        when=lambda call: call.body.get("channel") == CHANNEL,
    )
    clock = FixedClock(FRIDAY_MORNING)
    engine = make_engine(session_factory, fake_slack, clock)
    with caplog.at_level(logging.WARNING):
        report = engine.sweep()
    assert report.paused == [(TEAM, CHANNEL, "not_in_channel")]
    assert len(posts(fake_slack, CHANNEL)) == 1  # the second reminder was not even tried
    (notice,) = posts(fake_slack, WATCHER)
    assert "<#C0KNIVSTA>" in notice.body["text"] and "Knivsta kommun" in notice.body["text"]
    assert "not_in_channel" in caplog.text
    with session_factory() as session:
        subscription = session.scalars(select(Subscription)).one()
    assert subscription.paused_at is not None and subscription.paused_reason == "not_in_channel"

    for _ in range(3):
        clock.advance(dt.timedelta(days=1))
        engine.sweep()
    assert len(posts(fake_slack, CHANNEL)) == 1 and len(posts(fake_slack, WATCHER)) == 1

    # Invited back and watching again: the missing reminder goes out.
    fake_slack._scripts.clear()
    with session_factory() as session, session.begin():
        channels.watch(Edit(session, TEAM, WATCHER), channel_id=CHANNEL, organisation_id=knivsta)
    clock.set(local(2030, 3, 29, 9))
    assert len(engine.sweep().sent) == 2


def test_one_failing_reminder_does_not_stop_the_sweep(
    session_factory, fake_slack: FakeSlackAPI, knivsta: int, caplog
) -> None:
    fake_slack.fail(
        "chat.postMessage",
        error="invalid_blocks",
        times=1,
    )
    engine = make_engine(session_factory, fake_slack, FixedClock(FRIDAY_MORNING))
    with caplog.at_level(logging.ERROR):
        report = engine.sweep()
    assert len(report.sent) == 1 and [code for _, code in report.failed] == ["invalid_blocks"]
    assert "invalid_blocks" in caplog.text and "response:" in caplog.text
    with session_factory() as session:
        subscription = session.scalars(select(Subscription)).one()
    assert subscription.paused_at is None


def test_two_sweeps_at_once_send_each_reminder_once(
    session_factory, fake_slack: FakeSlackAPI
) -> None:
    for n in range(12):
        load(
            session_factory,
            audit_extraction(
                "Knivsta kommun", title=f"Granskning nummer {n}", deadline=SUNDAY_DEADLINE
            ),
        )
    watch_with(session_factory, "Knivsta kommun")
    watch_with(session_factory, "Knivsta kommun", channel="C0SECOND")
    engines = [
        make_engine(session_factory, fake_slack, FixedClock(FRIDAY_MORNING)) for _ in range(3)
    ]
    start = threading.Barrier(len(engines))
    reports = []

    def run(engine: ReminderEngine) -> None:
        start.wait()
        reports.append(engine.sweep())

    threads = [threading.Thread(target=run, args=(e,)) for e in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    calls = posts(fake_slack)
    sent = [(c.body["channel"], c.body["text"]) for c in calls]
    assert len(sent) == 48 == len(set(sent))  # 24 requests × 2 channels, each once
    assert sum(len(r.sent) for r in reports) == 48
    assert all(r.failed == [] for r in reports)
