"""A reminder sweep that dies between claim and send: sent once after the lease, never twice.

storage/ledger.py documents the promise: a claim that is never confirmed is taken over once
its lease (10 minutes) has run out. Here the sweep dies for real (SIGKILL of `revisorbot
reminders run-once` while its post is on the wire, and SystemExit or KeyboardInterrupt from
inside the send), and later sweeps, with the clock driven by --at / FixedClock, are counted.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
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
    load,
    make_engine,
    watch_with,
    web_client,
)
from tests.support.slack_api import FakeSlackAPI


@pytest.fixture
def fake() -> FakeSlackAPI:
    fake = FakeSlackAPI().start()
    yield fake
    threading.Thread(target=fake.stop, daemon=True).start()


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

    def post(self, *, channel, message):
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
    assert "1 skickade" in _finish(_run_once(url, fake, within, tmp_path))
    assert len(_delivered(fake, lost=1)) == 1
    rows = {row.reminder_key: row for row in _ledger(session_factory)}
    assert rows[lost].sent_at is None and rows[lost].attempts == 1

    # After the lease it is sent, once, and never again.
    after = FRIDAY_MORNING + LEASE + dt.timedelta(minutes=1)
    assert "1 skickade" in _finish(_run_once(url, fake, after, tmp_path))
    later = FRIDAY_MORNING + dt.timedelta(hours=2)
    assert "0 skickade" in _finish(_run_once(url, fake, later, tmp_path))

    delivered = _delivered(fake, lost=1)
    assert len(delivered) == 2 == len(set(delivered))
    rows = {row.reminder_key: row for row in _ledger(session_factory)}
    assert rows[lost].sent_at is not None and rows[lost].attempts == 2
    assert all(row.sent_at is not None for row in rows.values())
    assert {row.channel_id for row in rows.values()} == {CHANNEL}
