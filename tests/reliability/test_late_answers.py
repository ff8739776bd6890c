"""Slack takes a reminder's post but its answer comes after the client stopped waiting, or
never (the connection drops): the sweeps that follow neither lose the reminder nor send it
twice. Counted over several runs, each with another of the posts answered late ("Reminders
sent once" at the end of the run).

The sweeps post as production does (SlackSender, the one client factory's retry handlers),
with a client that waits one second; the fake Web API posts at once and answers late.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.core.clock import FixedClock
from bot.services.reminders import ReminderEngine
from bot.slack.sender import SlackSender
from storage.ledger import LEASE
from tests.support.reminders import (
    FRIDAY_MORNING,
    SUNDAY_DEADLINE,
    TZ,
    audit_extraction,
    delivered,
    load,
    watch_with,
    web_client,
)
from tests.support.slack_api import FakeSlackAPI
from tests.support.tallies import count_deliveries

RUNS = 4
CLIENT_TIMEOUT = 1.0
SLACK_LATE = 2.5
HEADING = "Reminders sent once"
# Three boards owe a response on Sunday: three reminders on Friday morning.
BOARDS = ("Kommunstyrelsen", "Socialnämnden", "Byggnadsnämnden")


@pytest.fixture
def three_reminders_due(session_factory: sessionmaker[Session]) -> None:
    load(
        session_factory,
        audit_extraction(
            "Knivsta kommun",
            title="Granskning av lokalförsörjning",
            deadline=SUNDAY_DEADLINE,
            bodies=BOARDS,
        ),
    )
    watch_with(session_factory, "Knivsta kommun")


def _the_nth_post(n: int):
    """``when`` for a script: true for the n-th chat.postMessage only (counting from 1)."""
    seen = itertools.count(1)
    return lambda call: next(seen) == n


def _sweeps_until_all_sent(session_factory, fake: FakeSlackAPI) -> None:
    """The scheduler's quarter-hourly sweeps for an hour, one process after another."""
    clock = FixedClock(FRIDAY_MORNING)
    fake.clock = lambda: clock.now().timestamp()
    for _ in range(5):
        ReminderEngine(
            session_factory,
            clock=clock,
            tz=TZ,
            sender=SlackSender(web_client(fake, timeout=CLIENT_TIMEOUT)),
        ).sweep()
        clock.advance(dt.timedelta(minutes=15))
    assert clock.now() > FRIDAY_MORNING + LEASE


def _late(fake: FakeSlackAPI, n: int) -> None:
    fake.answer_late("chat.postMessage", after=SLACK_LATE, times=1, when=_the_nth_post(n))


def _dropped(fake: FakeSlackAPI, n: int) -> None:
    fake.accept_unanswered("chat.postMessage", times=1, when=_the_nth_post(n))


CASES = {
    "late": ("Slack took the post and answered after the client's timeout", _late),
    "dropped": ("Slack took the post and the connection dropped before its answer", _dropped),
}


@pytest.mark.parametrize("run", range(1, RUNS + 1))
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_post_slack_took_without_answering_in_time_is_delivered_once(
    session_factory, fake: FakeSlackAPI, three_reminders_due, case: str, run: int
) -> None:
    name, script = CASES[case]
    script(fake, (run - 1) % len(BOARDS) + 1)
    _sweeps_until_all_sent(session_factory, fake)

    outcome = delivered(fake, session_factory, due=len(BOARDS))
    count_deliveries(HEADING, name, **outcome.counts())
    assert outcome.lost == outcome.twice == outcome.unconfirmed == 0
