"""Reminder delivery in tests: a client for the fake Slack Web API, data in our words, what was
posted. The fake itself is the shared ``fake_slack`` fixture (tests/support/slack_app.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from slack_sdk import WebClient
from slack_sdk.models.blocks import Block
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.core.clock import FixedClock
from bot.rules.calendar import SwedishCalendar
from bot.rules.reminder_settings import ReminderSettings
from bot.services.reminders import ReminderEngine
from bot.slack.client import retry_handlers
from bot.slack.sender import SlackSender
from ingest.schema import Action, Extraction, Recommendation, Response, ResponseRequest
from storage import channels
from storage.db import transaction
from storage.edits import Edit
from storage.loader import load_extraction
from storage.models import ReminderDelivery
from storage.names import list_organisations
from tests.conftest import TEAM
from tests.support.slack_api import FakeSlackAPI

TZ = ZoneInfo("Europe/Stockholm")
CHANNEL = "C0KNIVSTA"
WATCHER = "U0WATCHER"
QUIET = ReminderSettings(digest_weekday=None, milestone_days_before=())


def web_client(fake: FakeSlackAPI, *, rate_limit_retries: int = 5, timeout: float = 5) -> WebClient:
    return WebClient(
        token="xoxb-test-token-not-real",
        base_url=fake.base_url,
        retry_handlers=retry_handlers(max_rate_limit_retries=rate_limit_retries),
        timeout=timeout,
    )


def make_engine(
    session_factory: sessionmaker[Session],
    fake: FakeSlackAPI,
    clock: FixedClock,
    *,
    rate_limit_retries: int = 5,
    sender=None,
) -> ReminderEngine:
    return ReminderEngine(
        session_factory,
        clock=clock,
        tz=TZ,
        sender=sender or SlackSender(web_client(fake, rate_limit_retries=rate_limit_retries)),
    )


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=TZ)


# A response owed on Sunday 31 March 2030 is reminded on the Friday before, a working day.
SUNDAY_DEADLINE = dt.date(2030, 3, 31)
FRIDAY_MORNING = local(2030, 3, 29, 8, 5)
# The Monday 08:00 the seed corpus's digest and response reminders are tested at.
MONDAY = local(2021, 2, 1, 8, 0)


def working_days_after(day: dt.date, count: int) -> dt.date:
    calendar = SwedishCalendar()
    while count:
        day += dt.timedelta(days=1)
        count -= calendar.is_working_day(day)
    return day


def posts(fake: FakeSlackAPI, channel: str | None = None):
    calls = fake.calls_to("chat.postMessage")
    return [c for c in calls if channel is None or c.body.get("channel") == channel]


def assert_valid_post(call) -> None:
    """A posted reminder or digest: between one and fifty blocks, each valid Block Kit."""
    assert 0 < len(call.blocks) <= 50
    for block in call.blocks:
        Block.parse(block).validate_json()


def audit_extraction(
    organisation: str,
    *,
    title: str,
    deadline: dt.date | None,
    bodies: tuple[str, ...] = ("Kommunstyrelsen", "Socialnämnden"),
    actions: list[Action] | None = None,
    answered_on: dt.date | None = None,
) -> Extraction:
    """An audit written for these tests (no text from any real report)."""
    responses = []
    if actions is not None or answered_on is not None:
        responses = [
            Response(body=bodies[0], date=answered_on, actions=actions or []),
        ]
    return Extraction(
        source=f"{title}.pdf",
        organisation=organisation,
        title=title,
        audit_firm="Revisionskontoret",
        report_date="2030-01-15",
        audited_bodies=list(bodies),
        recommendations=[
            Recommendation(text="Inför en samlad plan för arbetet.", addressee=list(bodies))
        ],
        response_request=ResponseRequest(
            deadline=deadline,
            deadline_text="Svar önskas senast angivet datum.",
            from_bodies=list(bodies),
            requires_action_timeline=True,
        )
        if deadline is not None
        else None,
        responses=responses,
    )


def load(session_factory: sessionmaker[Session], extraction: Extraction) -> int:
    digest = hashlib.sha256(extraction.model_dump_json().encode()).hexdigest()
    with transaction(session_factory) as session:
        return load_extraction(
            session,
            team_id=TEAM,
            extraction=extraction,
            sha256=digest,
            actor="test",
            today=dt.date(2030, 1, 20),
        ).audit_id


def organisation_id(session_factory: sessionmaker[Session], name: str) -> int:
    with session_factory() as session:
        return next(o.id for o in list_organisations(session, team_id=TEAM) if o.name == name)


def watch_with(
    session_factory: sessionmaker[Session],
    organisation: str,
    *,
    channel: str = CHANNEL,
    settings: ReminderSettings = QUIET,
    actor: str = WATCHER,
) -> int:
    org_id = organisation_id(session_factory, organisation)
    with transaction(session_factory) as session:
        channels.watch(Edit(session, TEAM, actor), channel_id=channel, organisation_id=org_id)
        session.flush()
        channels.set_subscription_settings(
            Edit(session, TEAM, actor),
            channel_id=channel,
            organisation_id=org_id,
            settings=settings.to_json(),
        )
    return org_id


@dataclass(frozen=True)
class Delivered:
    """What reached a channel of the reminders due there: each should be there exactly once,
    and the ledger should hold the ts of that one message."""

    reminders: int
    lost: int
    twice: int
    unconfirmed: int

    def counts(self) -> dict[str, int]:
        return {"reminders": self.reminders, "lost": self.lost, "twice": self.twice}


def delivered(
    fake: FakeSlackAPI, session_factory: sessionmaker[Session], *, due: int, channel: str = CHANNEL
) -> Delivered:
    """Counted from the messages in ``channel`` (by the ledger key in their metadata) and the
    ledger's rows for it."""
    in_slack = Counter(
        m["metadata"]["event_payload"]["key"] for m in fake.posted(channel) if "metadata" in m
    )
    ts_in_slack = {m["ts"] for m in fake.posted(channel)}
    with session_factory() as session:
        rows = session.scalars(
            select(ReminderDelivery).where(ReminderDelivery.channel_id == channel)
        ).all()
    return Delivered(
        reminders=due,
        lost=due - len(in_slack),
        twice=sum(count - 1 for count in in_slack.values()),
        unconfirmed=sum(row.sent_at is None or row.message_ts not in ts_in_slack for row in rows),
    )
