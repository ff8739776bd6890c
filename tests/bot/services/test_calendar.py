"""A watching channel's calendar feed holds exactly the dates its reminders are about.

The expected dates are the reminder rules' own answer (tests/support/calendar_feed.py asks
the sweep's planner day by day); the feed is read back with the icalendar library.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from bot.core.context import RequestContext
from bot.core.errors import PermissionDenied, UserFacingError
from bot.demo.data import load_demo
from bot.demo.national import Scale, generate
from bot.services import calendar
from bot.services.settings import organisation_named, set_milestone
from storage import channels, history
from storage.db import transaction
from storage.edits import Edit, mark_response_received
from storage.models import Action, Organisation, ResponseRequest, Subscription
from tests.conftest import TEAM
from tests.support.calendar_feed import events, feed_dates, parsed, reminded
from tests.support.context import request_context

TODAY = dt.date(2030, 3, 13)
CHANNEL = "C0TEAM"
SMALL = Scale(kommuner=3, regioner=1, watched_share=1.0)


def _context(session_factory: sessionmaker[Session], **kwargs) -> RequestContext:
    return request_context(session_factory, team_id=TEAM, today=TODAY, **kwargs)


def _feed(ctx: RequestContext, channel_id: str) -> bytes:
    address = calendar.feed_address(ctx, channel_id=channel_id)
    feed = calendar.calendar_feed(ctx.runtime, address.path)
    assert feed is not None
    return feed.body


def _expected(ctx: RequestContext, channel_id: str) -> set[tuple[str, dt.date]]:
    return reminded(
        ctx.runtime.session_factory,
        team_id=TEAM,
        channel_id=channel_id,
        today=TODAY,
        tz=ctx.runtime.settings.tz,
    )


@pytest.fixture
def demo(session_factory: sessionmaker[Session]) -> RequestContext:
    """The demo data watched from CHANNEL, with the team's own changes to its year."""
    with transaction(session_factory) as session:
        load_demo(session, team_id=TEAM, today=TODAY, channel_id=CHANNEL)
    ctx = _context(session_factory)
    organisation = organisation_named(ctx, "Exempelkommun")
    # The team's own year: the annual report a week early, no interim assessment, and its own.
    set_milestone(ctx, organisation, kind="annual_report", month=4, day=8, label=None, enabled=True)
    set_milestone(
        ctx, organisation, kind="interim_assessment", month=11, day=30, label=None, enabled=False
    )
    own = "Budgetdialog med KS & <!channel>"
    set_milestone(ctx, organisation, kind="own_budget", month=9, day=16, label=own, enabled=True)
    return ctx


def test_the_demo_feed_holds_exactly_the_dates_the_rules_remind_about(
    demo: RequestContext,
) -> None:
    body = _feed(demo, CHANNEL)
    dated = feed_dates(body)
    assert dated == _expected(demo, CHANNEL)
    kinds = {key.split(":")[0] for key, _ in dated}
    assert kinds == {"response", "action", "milestone", "followup"}
    # The team's own dates for Exempelkommun: moved, turned off, added; Testby's as default.
    exempel = organisation_named(demo, "Exempelkommun").id
    testby = organisation_named(demo, "Testby").id
    assert (f"milestone:{exempel}:annual_report", dt.date(2030, 4, 8)) in dated
    assert (f"milestone:{exempel}:annual_report", dt.date(2030, 4, 15)) not in dated
    assert (f"milestone:{testby}:annual_report", dt.date(2030, 4, 15)) in dated
    assert not any(key == f"milestone:{exempel}:interim_assessment" for key, _ in dated)
    own = [e for uid, e in events(body).items() if "own_budget" in uid]
    assert [e["day"] for e in own] == [dt.date(y, 9, 16) for y in (2029, 2030, 2031)]
    # Plain text in a calendar: nothing escaped for Slack, nothing that would ping.
    assert "Budgetdialog med KS & <!channel>" in own[0]["summary"]


def test_each_event_says_the_organisation_the_board_and_what_is_owed(
    demo: RequestContext,
) -> None:
    body = _feed(demo, CHANNEL)
    calendar_object = parsed(body)
    assert str(calendar_object["x-wr-calname"]) == "Revisorbot – Exempelkommun, Testby region"
    shown = list(events(body).values())
    responses = [e for e in shown if str(e["summary"]).startswith("Yttrande från ")]
    assert responses and all(" – " in str(e["summary"]) for e in responses)
    assert all("ska yttra sig över granskningen" in str(e["description"]) for e in responses)
    actions = [e for e in shown if str(e["summary"]).startswith("Åtgärd, ")]
    assert actions and all("Tidsplan: " in str(e["description"]) for e in actions)
    assert any("senast " in str(e["description"]) for e in actions)  # a month's due date
    milestones_shown = [e for e in shown if str(e["summary"]).startswith("Årshjulet – ")]
    assert any("lämnas till revisorerna" in str(e["summary"]) for e in milestones_shown)


def test_the_channels_language_setting_makes_the_feed_english(
    demo: RequestContext, session_factory: sessionmaker[Session]
) -> None:
    with transaction(session_factory) as session:
        for subscription in session.scalars(select(Subscription)):
            subscription.settings = {"language": "en"}
    body = _feed(demo, CHANNEL)
    summaries = [str(e["summary"]) for e in events(body).values()]
    assert any(s.startswith("Response from ") for s in summaries)
    assert any(s.startswith("Auditors' year – ") for s in summaries)
    assert not any(s.startswith("Yttrande") for s in summaries)


def test_the_feed_follows_the_data_and_a_date_moved_keeps_its_event(
    demo: RequestContext, session_factory: sessionmaker[Session]
) -> None:
    before = events(_feed(demo, CHANNEL))
    response_uid = next(uid for uid in before if uid.startswith("response:"))
    request_id = int(response_uid.split(".")[0].split(":")[1])
    with transaction(session_factory) as session:
        request = session.get(ResponseRequest, request_id)
        moved_to = request.deadline + dt.timedelta(days=9)
        request.deadline = moved_to
    after = events(_feed(demo, CHANNEL))
    assert after[response_uid]["day"] == moved_to  # the same event, on its new day
    with demo.writing() as edit:
        mark_response_received(edit, request_id=request_id, received_on=TODAY)
    assert response_uid not in events(_feed(demo, CHANNEL))


def test_a_reworded_action_and_a_renamed_organisation_are_in_the_next_feed(
    demo: RequestContext, session_factory: sessionmaker[Session]
) -> None:
    """The service keeps each event as written while its item is unchanged: what changes must
    still be written again, and every event keeps its stamp, the day the feed was made for."""
    before = events(_feed(demo, CHANNEL))
    action_uid = next(uid for uid in before if uid.startswith("action:"))
    action_id = int(action_uid.split(".")[0].split(":")[1])
    with transaction(session_factory) as session:
        session.get(Action, action_id).text = "Införa en ny rutin för delegationsbeslut"
        session.scalar(
            select(Organisation).where(Organisation.name == "Testby region")
        ).name = "Testby län"
    after = events(_feed(demo, CHANNEL))
    assert after.keys() == before.keys()
    assert "Införa en ny rutin för delegationsbeslut" in after[action_uid]["description"]
    renamed = [uid for uid, e in before.items() if "Testby region" in e["summary"]]
    assert renamed and all("Testby län" in after[uid]["summary"] for uid in renamed)
    midnight = dt.datetime.combine(TODAY, dt.time(), tzinfo=demo.runtime.settings.tz)
    assert {e["stamp"] for e in after.values()} == {midnight.astimezone(dt.UTC)}
    unchanged = [uid for uid in before if uid != action_uid and uid not in renamed]
    assert unchanged and all(after[uid] == before[uid] for uid in unchanged)


def test_the_feeds_written_ahead_are_the_ones_served(demo: RequestContext) -> None:
    address = calendar.feed_address(demo, channel_id=CHANNEL)
    assert calendar.write_feeds_ahead(demo.runtime) == 1
    first = calendar.calendar_feed(demo.runtime, address.path)
    again = calendar.calendar_feed(demo.runtime, address.path)
    assert first is not None and first == again
    assert feed_dates(first.body) == _expected(demo, CHANNEL)


def test_a_wrong_or_replaced_address_finds_no_feed(demo: RequestContext) -> None:
    address = calendar.feed_address(demo, channel_id=CHANNEL)
    assert calendar.feed_address(demo, channel_id=CHANNEL) == address  # shown again, the same
    token = address.path.rsplit("/", 1)[1].removesuffix(".ics")
    assert len(token) == 43  # 256 random bits, URL-safe base64
    wrong = address.path.replace(token, ("A" if token[0] != "A" else "B") + token[1:])
    assert calendar.calendar_feed(demo.runtime, wrong) is None
    assert calendar.calendar_feed(demo.runtime, address.path + "x") is None
    assert calendar.calendar_feed(demo.runtime, "/calendar/99999/" + token + ".ics") is None

    new = calendar.replace_feed_address(demo, channel_id=CHANNEL)
    assert new.path != address.path
    assert calendar.calendar_feed(demo.runtime, address.path) is None
    assert calendar.calendar_feed(demo.runtime, new.path) is not None
    with demo.reading() as session:
        logged = history.changes(session, team_id=TEAM, entity="calendar_feed")
    assert [(c.field, c.new_value) for c in logged] == [("token", "(secret)")] * 2
    assert all(token not in str(c) for c in logged)


def test_a_reader_gets_no_address_and_a_channel_watching_nothing_is_told_so(
    demo: RequestContext, session_factory: sessionmaker[Session]
) -> None:
    with pytest.raises(PermissionDenied):
        calendar.feed_address(_context(session_factory, editor=False), channel_id=CHANNEL)
    with pytest.raises(UserFacingError) as refused:
        calendar.feed_address(demo, channel_id="C0ELSEWHERE")
    assert refused.value.key == "slack.calendar.not_watching"


def test_a_generated_dataset_feed_holds_exactly_the_reminded_dates(
    engine: Engine, session_factory: sessionmaker[Session]
) -> None:
    generate(engine, team_id=TEAM, today=TODAY, scale=SMALL, seed=11)
    ctx = _context(session_factory)
    with session_factory() as session:
        watched = session.execute(
            select(Subscription.channel_id, Subscription.organisation_id).where(
                Subscription.paused_at.is_(None)
            )
        ).all()
    channel_ids = sorted({channel for channel, _ in watched})
    assert len(channel_ids) >= 2
    channel_id = channel_ids[0]
    dated = feed_dates(_feed(ctx, channel_id))
    assert len(dated) > 20
    assert dated == _expected(ctx, channel_id)

    # A channel that is never told of a response once it is overdue, nor of milestones
    # until their day, and of actions only 200 days before (the reminder of
    # an action due early in the span comes the year before it).
    organisation_id = next(org for channel, org in watched if channel == channel_id)
    with transaction(session_factory) as session:
        channels.set_subscription_settings(
            Edit(session, TEAM, "test"),
            channel_id=channel_id,
            organisation_id=organisation_id,
            settings={
                "overdue_every_days": 0,
                "milestone_days_before": [0],
                "action_days_before": [200],
            },
        )
    assert feed_dates(_feed(ctx, channel_id)) == _expected(ctx, channel_id)
