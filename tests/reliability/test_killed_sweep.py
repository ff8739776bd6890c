"""A reminder sweep that dies between claim and confirm: sent once after the lease, never twice.

storage/ledger.py documents the promise: a claim that is never confirmed is taken over once
its lease (10 minutes) has run out, and a take-over first looks for the reminder in the
channel (its ledger key is in the message's metadata). Here the sweep dies for real (SIGKILL
of `revisorbot reminders run-once` while its post is on the wire; after Slack took the post,
before the answer arrived or while the ts was being recorded; SystemExit or KeyboardInterrupt
from inside the send), and later sweeps, with the clock driven by --at / FixedClock, are
counted: lost and sent twice, over several runs ("Reminders sent once" at the end of the run).
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from bot.core.clock import FixedClock
from bot.slack.sender import SlackSender
from storage.ledger import LEASE
from storage.models import ReminderDelivery
from tests.conftest import REPO
from tests.support.reminders import (
    CHANNEL,
    FRIDAY_MORNING,
    SUNDAY_DEADLINE,
    TZ,
    audit_extraction,
    delivered,
    load,
    make_engine,
    watch_with,
    web_client,
)
from tests.support.slack_api import Call, FakeSlackAPI
from tests.support.tallies import count_deliveries

KILL_RUNS = 2
HEADING = "Reminders sent once"
KILLED = {
    "answering": "kill -9 after Slack took the post, before its answer arrived",
    "recording": "kill -9 after Slack answered, before the ts was recorded",
}


@pytest.fixture
def two_reminders_due(session_factory: sessionmaker[Session]) -> None:
    """One audit asking two boards for a response due on Sunday: two reminders on Friday."""
    load(
        session_factory,
        audit_extraction(
            "Knivsta kommun", title="Granskning av lokalförsörjning", deadline=SUNDAY_DEADLINE
        ),
    )
    watch_with(session_factory, "Knivsta kommun")


def _delivered(fake: FakeSlackAPI, lost: int = 0) -> list[str]:
    """The texts Slack accepted, in order; the first ``lost`` posts never got an answer."""
    return [call.body["text"] for call in fake.calls_to("chat.postMessage")[lost:]]


def _ledger(session_factory: sessionmaker[Session]) -> list[ReminderDelivery]:
    with session_factory() as session:
        return list(session.scalars(select(ReminderDelivery).order_by(ReminderDelivery.id)))


class DiesWhileSending(SlackSender):
    """The process is told to stop (Ctrl-C, sys.exit in a signal handler) mid-send."""

    def __init__(self, fake: FakeSlackAPI, death: BaseException) -> None:
        super().__init__(web_client(fake))
        self.death = death

    def post(self, *, channel, message, metadata=None):
        raise self.death


@pytest.mark.parametrize("death", [KeyboardInterrupt(), SystemExit(1)], ids=repr)
def test_a_sweep_stopped_after_its_claim_resends_only_after_the_lease(
    session_factory, fake: FakeSlackAPI, two_reminders_due, death: BaseException
) -> None:
    clock = FixedClock(FRIDAY_MORNING)
    dying = make_engine(session_factory, fake, clock, sender=DiesWhileSending(fake, death))
    with pytest.raises(type(death)):
        dying.sweep()
    (claimed,) = _ledger(session_factory)
    assert claimed.sent_at is None and claimed.attempts == 1

    clock.advance(LEASE - dt.timedelta(minutes=1))
    before = make_engine(session_factory, fake, clock).sweep()
    assert len(before.sent) == 1 and before.skipped == []
    assert claimed.reminder_key not in {r.key for r in before.sent}

    clock.advance(dt.timedelta(minutes=2))
    after = make_engine(session_factory, fake, clock).sweep()
    assert [r.key for r in after.sent] == [claimed.reminder_key]

    clock.advance(dt.timedelta(hours=1))
    assert make_engine(session_factory, fake, clock).sweep().sent == []
    delivered = _delivered(fake)
    assert len(delivered) == 2 == len(set(delivered))
    assert all(row.sent_at is not None for row in _ledger(session_factory))


def _run_once(url: str, fake: FakeSlackAPI, at: dt.datetime, cwd: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "PYTHONPATH": str(REPO),
        "SLACK_API_URL": fake.base_url,
        "SLACK_BOT_TOKEN": "xoxb-test-token-not-real",
        "REVISORBOT_TIMEZONE": "Europe/Stockholm",
        "REVISORBOT_LANGUAGE": "sv",
    }
    command = [sys.executable, "-m", "bot.cli", "reminders", "run-once"]
    return subprocess.Popen(
        [*command, "--at", at.astimezone(TZ).strftime("%Y-%m-%dT%H:%M")],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(process: subprocess.Popen) -> str:
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, out + err
    return out


@pytest.mark.slow
def test_run_once_killed_while_posting_is_sent_once_after_the_lease(
    engine: Engine, session_factory, fake: FakeSlackAPI, two_reminders_due, tmp_path: Path
) -> None:
    on_the_wire = threading.Event()
    killed = threading.Event()

    def hold_the_first_post(call):
        if on_the_wire.is_set():
            return None
        on_the_wire.set()
        killed.wait(timeout=60)  # Slack never answers: the process dies first
        return 503, {}, {"ok": False, "error": "service_unavailable"}

    fake.script("chat.postMessage", hold_the_first_post)
    url = engine.url.render_as_string(hide_password=False)

    dying = _run_once(url, fake, FRIDAY_MORNING, tmp_path)
    assert on_the_wire.wait(timeout=60), dying.communicate()
    dying.send_signal(signal.SIGKILL)
    dying.wait(timeout=30)
    killed.set()
    (claimed,) = _ledger(session_factory)
    assert claimed.sent_at is None and claimed.lease_expires_at is not None
    lost = claimed.reminder_key

    # Within the lease the other reminder goes out; the one in flight waits.
    within = FRIDAY_MORNING + LEASE - dt.timedelta(minutes=1)
    assert "Skickade: 1." in _finish(_run_once(url, fake, within, tmp_path))
    assert len(_delivered(fake, lost=1)) == 1
    rows = {row.reminder_key: row for row in _ledger(session_factory)}
    assert rows[lost].sent_at is None and rows[lost].attempts == 1

    # After the lease it is sent, once, and never again.
    after = FRIDAY_MORNING + LEASE + dt.timedelta(minutes=1)
    assert "Skickade: 1." in _finish(_run_once(url, fake, after, tmp_path))
    later = FRIDAY_MORNING + dt.timedelta(hours=2)
    assert "Skickade: 0." in _finish(_run_once(url, fake, later, tmp_path))

    delivered = _delivered(fake, lost=1)
    assert len(delivered) == 2 == len(set(delivered))
    rows = {row.reminder_key: row for row in _ledger(session_factory)}
    assert rows[lost].sent_at is not None and rows[lost].attempts == 2
    assert all(row.sent_at is not None for row in rows.values())
    assert {row.channel_id for row in rows.values()} == {CHANNEL}


class _LedgerLock:
    """Another connection holding the ledger, so that recording a sent reminder's ts waits:
    the process is killed with Slack's answer in hand and its ts not yet written."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._held: Any = None

    def hold(self) -> None:
        if self.engine.dialect.name == "sqlite":
            connection = sqlite3.connect(self.engine.url.database, check_same_thread=False)
            connection.isolation_level = None
            connection.execute("BEGIN IMMEDIATE")  # every writer waits (busy_timeout)
        else:
            connection = self.engine.connect()
            connection.execute(text("LOCK TABLE reminder_delivery IN EXCLUSIVE MODE"))
        self._held = connection

    def release(self) -> None:
        if self._held is not None:
            self._held.rollback()
            self._held.close()
            self._held = None


def _kill_while(engine: Engine, fake: FakeSlackAPI, tmp_path: Path, *, when: str) -> str:
    """Start a sweep at FRIDAY_MORNING and SIGKILL it once Slack has taken its first post:
    ``when`` "answering" while Slack's answer is on its way, "recording" with the answer
    given and the ledger held so the ts cannot be written. Returns that reminder's key."""
    taken = threading.Event()
    killed = threading.Event()
    lock = _LedgerLock(engine)

    def take_the_first_post(call: Call):
        if taken.is_set():
            return None
        answer = fake.unscripted(call)  # posted, as Slack does
        if when == "recording":
            lock.hold()
            taken.set()
            return answer
        taken.set()
        killed.wait(timeout=60)
        return answer

    fake.script("chat.postMessage", take_the_first_post)
    url = engine.url.render_as_string(hide_password=False)
    dying = _run_once(url, fake, FRIDAY_MORNING, tmp_path)
    try:
        assert taken.wait(timeout=120), dying.communicate()
        if when == "recording":
            time.sleep(0.5)  # let the answer reach the process (either way none is confirmed)
        dying.send_signal(signal.SIGKILL)
        dying.wait(timeout=30)
    finally:
        killed.set()
        lock.release()
    (posted,) = fake.posted(CHANNEL)
    return posted["metadata"]["event_payload"]["key"]


@pytest.mark.slow
@pytest.mark.parametrize("run", range(1, KILL_RUNS + 1))
@pytest.mark.parametrize("when", ["answering", "recording"])
def test_run_once_killed_after_slack_took_the_post_never_sends_it_twice(
    engine: Engine,
    session_factory,
    fake: FakeSlackAPI,
    two_reminders_due,
    tmp_path: Path,
    when: str,
    run: int,
) -> None:
    # Slack's clock runs from the sweep's --at, as the two clocks agree in production.
    started = time.time()
    fake.clock = lambda: FRIDAY_MORNING.timestamp() + (time.time() - started)
    url = engine.url.render_as_string(hide_password=False)

    taken_key = _kill_while(engine, fake, tmp_path, when=when)
    (claimed,) = _ledger(session_factory)
    assert claimed.reminder_key == taken_key and claimed.sent_at is None

    # After the lease: the other reminder is sent, the one Slack took is found, not resent.
    after = FRIDAY_MORNING + LEASE + dt.timedelta(minutes=1)
    swept = _finish(_run_once(url, fake, after, tmp_path))
    later = FixedClock(FRIDAY_MORNING + dt.timedelta(hours=2))
    assert make_engine(session_factory, fake, later).plan().reminders == []

    outcome = delivered(fake, session_factory, due=2)
    count_deliveries(HEADING, KILLED[when], **outcome.counts())
    assert outcome.lost == outcome.twice == outcome.unconfirmed == 0
    assert "Skickade: 1." in swept and "1 fanns redan i Slack" in swept
