"""The reminder rules of SPEC §4, swept every 15 minutes with a fixed clock and a perfect ledger.

Each test states, in local Swedish time, when the channel hears about what.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.rules.reminder_settings import ReminderSettings
from bot.rules.reminder_types import Kind, Snapshot
from bot.rules.reminders import digest_slots, horizon
from storage.sweep import AnsweredAudit, ChairRow, MilestoneRow, SnoozeRow
from tests.support.reminder_rows import (
    CALENDAR,
    CHANNEL,
    TEAM,
    action,
    at,
    local,
    request,
    simulate,
    stages,
    sweep,
    watch,
)

NO_DIGEST = ReminderSettings(digest_weekday=None, milestone_days_before=())


def only(log, kind: Kind):
    return [entry for entry in log if entry[2].kind == kind]


def test_the_calendar_knows_swedish_days_off() -> None:
    assert not CALENDAR.is_working_day(dt.date(2030, 4, 22))  # annandag påsk
    assert not CALENDAR.is_working_day(dt.date(2030, 4, 19))  # långfredagen
    assert not CALENDAR.is_working_day(dt.date(2030, 6, 21))  # midsommarafton
    assert not CALENDAR.is_working_day(dt.date(2030, 12, 24))  # julafton
    assert not CALENDAR.is_working_day(dt.date(2030, 6, 6))  # nationaldagen
    assert CALENDAR.is_working_day(dt.date(2030, 4, 18))  # skärtorsdagen is a working day
    assert CALENDAR.working_days_before(dt.date(2030, 3, 31), 1) == dt.date(2030, 3, 29)


def test_deadline_on_sunday_31_march_with_the_clocks_going_forward_that_night() -> None:
    # 2030-03-31 is a Sunday, and summer time starts that night: reminders stay at 08:00.
    snapshot = Snapshot(
        watches=[watch(settings=NO_DIGEST)], requests=[request(dt.date(2030, 3, 31))]
    )
    log = simulate(snapshot, local(2030, 3, 1), local(2030, 4, 16))
    assert stages(log) == [
        ("wd14", "2030-03-12 08:00"),  # 14 working days before the Sunday
        ("wd7", "2030-03-21 08:00"),
        # One working day before the Sunday is Friday 29 March, and so is "on the day":
        # one reminder, the one nearer the deadline.
        ("day", "2030-03-29 08:00"),
        # A week after the deadline is Sunday 7 April: the Friday before, now in summer time.
        ("overdue1", "2030-04-05 08:00"),
        ("overdue2", "2030-04-12 08:00"),
    ]
    keys = [key for key, _, _ in log]
    assert keys[0] == "response:7:2030-03-31:wd14"
    assert len(set(keys)) == len(keys)
    moments = {r.stage: r.moment for _, _, r in log}
    assert moments["day"] == dt.datetime(2030, 3, 29, 7, 0, tzinfo=dt.UTC)  # CET
    assert moments["overdue1"] == dt.datetime(2030, 4, 5, 6, 0, tzinfo=dt.UTC)  # CEST


def test_deadline_on_easter_monday() -> None:
    snapshot = Snapshot(
        watches=[watch(settings=NO_DIGEST)], requests=[request(dt.date(2030, 4, 22))]
    )
    log = simulate(snapshot, local(2030, 3, 25), local(2030, 5, 1))
    assert stages(log) == [
        ("wd14", "2030-04-01 08:00"),
        ("wd7", "2030-04-10 08:00"),
        # Långfredagen to annandag påsk are days off: skärtorsdagen carries the last reminder.
        ("day", "2030-04-18 08:00"),
        ("overdue1", "2030-04-29 08:00"),
    ]


def test_deadline_on_midsommarafton() -> None:
    snapshot = Snapshot(
        watches=[watch(settings=NO_DIGEST)], requests=[request(dt.date(2030, 6, 21))]
    )
    log = simulate(snapshot, local(2030, 5, 20), local(2030, 6, 29))
    assert stages(log) == [
        # Kristi himmelsfärd (30 May) and nationaldagen (6 June) are not counted.
        ("wd14", "2030-05-31 08:00"),
        ("wd7", "2030-06-12 08:00"),
        ("day", "2030-06-20 08:00"),  # midsommarafton is a day off
        ("overdue1", "2030-06-28 08:00"),
    ]


def test_weekly_reminders_stop_when_the_response_is_received() -> None:
    deadline = dt.date(2030, 9, 13)  # a Friday

    def snapshot(instant: dt.datetime) -> Snapshot:
        received = instant >= local(2030, 10, 1)
        return Snapshot(
            watches=[watch(settings=NO_DIGEST)],
            requests=[] if received else [request(deadline)],
        )

    log = simulate(snapshot, local(2030, 9, 12, 9), local(2030, 11, 1))
    assert stages(log) == [
        ("wd1", "2030-09-12 09:00"),
        ("day", "2030-09-13 08:00"),
        ("overdue1", "2030-09-20 08:00"),
        ("overdue2", "2030-09-27 08:00"),
    ]


def test_actions_are_reminded_30_and_7_days_before_then_only_in_the_digest() -> None:
    rows = [
        action(dt.date(2030, 10, 15), id=1),  # a Tuesday
        action(dt.date(2030, 6, 30), id=2, precision="month"),  # "senast juni 2030"
        # "under 2030": only day and month timelines are reminded before (SPEC §4); a year's
        # comes in the digest once it has passed.
        action(dt.date(2030, 12, 31), id=3, precision="year"),
        action(dt.date(2030, 10, 15), id=4, status="done"),
        action(dt.date(2030, 10, 15), id=5, precision="continuous"),
    ]
    snapshot = Snapshot(watches=[watch(settings=NO_DIGEST)], actions=rows)
    log = simulate(snapshot, local(2030, 5, 1), local(2031, 1, 31), every=dt.timedelta(hours=1))
    assert [(r.subject.id, r.stage, when.strftime("%Y-%m-%d")) for _, when, r in log] == [
        (2, "d30", "2030-05-31"),
        # 23 June is a Sunday after midsommarafton: Thursday 20 June.
        (2, "d7", "2030-06-20"),
        (1, "d30", "2030-09-13"),  # 15 September is a Sunday
        (1, "d7", "2030-10-08"),
    ]
    assert all(r.kind == Kind.ACTION for _, _, r in log)


def test_the_monday_digest_at_eight_per_channel_and_after_easter_on_tuesday() -> None:
    snapshot = Snapshot(
        watches=[
            watch(1, channel="C0ONE"),
            watch(2, channel="C0ONE", organisation="Exempelkommun"),
            watch(2, channel="C0TWO", organisation="Exempelkommun"),
        ]
    )
    log = only(simulate(snapshot, local(2030, 4, 8, 8), local(2030, 4, 30)), Kind.DIGEST)
    sent = [(r.channel_id, when.strftime("%a %Y-%m-%d %H:%M")) for _, when, r in log]
    assert sent == [
        ("C0ONE", "Mon 2030-04-08 08:00"),
        ("C0TWO", "Mon 2030-04-08 08:00"),
        ("C0ONE", "Mon 2030-04-15 08:00"),
        ("C0TWO", "Mon 2030-04-15 08:00"),
        ("C0ONE", "Tue 2030-04-23 08:00"),  # annandag påsk
        ("C0TWO", "Tue 2030-04-23 08:00"),
        ("C0ONE", "Mon 2030-04-29 08:00"),
        ("C0TWO", "Mon 2030-04-29 08:00"),
    ]
    first = log[0][2]
    assert first.key == "digest:2030-04-08:0800"
    assert [s.organisation for s in first.subject.sections] == ["Knivsta kommun", "Exempelkommun"]


def test_digest_in_the_week_summer_time_ends() -> None:
    # Summer time ends on Sunday 27 October 2030: Monday 08:00 moves from 06:00 to 07:00 UTC.
    snapshot = Snapshot(watches=[watch()])
    log = only(simulate(snapshot, local(2030, 10, 21, 8), local(2030, 10, 29)), Kind.DIGEST)
    assert [r.moment for _, _, r in log] == [
        dt.datetime(2030, 10, 21, 6, 0, tzinfo=dt.UTC),
        dt.datetime(2030, 10, 28, 7, 0, tzinfo=dt.UTC),
    ]
    assert [when.hour for _, when, _ in log] == [8, 8]


def test_digest_lists_overdue_items_and_the_coming_week() -> None:
    from storage.sweep import OverdueActions

    late_action = action(dt.date(2030, 3, 31), id=21)
    snapshot = Snapshot(
        watches=[watch()],
        requests=[request(dt.date(2030, 4, 5), id=1), request(dt.date(2030, 4, 12), id=2)],
        actions=[action(dt.date(2030, 4, 10), id=22)],
        overdue_actions={1: OverdueActions(1, (late_action,), total=40)},
    )
    (digest,) = [r for r in sweep(snapshot, local(2030, 4, 8, 8, 0)) if r.kind == Kind.DIGEST]
    (section,) = digest.subject.sections
    assert [r.id for r in section.overdue_requests] == [1]
    assert section.overdue_actions == (late_action,) and section.overdue_action_count == 40
    assert [(u.kind, u.due) for u in section.upcoming] == [
        (Kind.ACTION, dt.date(2030, 4, 10)),
        (Kind.RESPONSE, dt.date(2030, 4, 12)),
        (Kind.MILESTONE, dt.date(2030, 4, 15)),  # the annual report reaches the auditors
    ]


def test_escalation_to_the_chair_once_14_days_after_the_deadline() -> None:
    chair = ChairRow(TEAM, 1, "Knivsta kommun", "U0CHAIR")
    snapshot = Snapshot(
        watches=[watch(settings=NO_DIGEST)],
        requests=[request(dt.date(2030, 3, 31))],
        chairs=[chair],
    )
    log = only(simulate(snapshot, local(2030, 3, 30), local(2030, 5, 30)), Kind.ESCALATION)
    assert [(r.channel_id, when.strftime("%a %Y-%m-%d %H:%M")) for _, when, r in log] == [
        # 14 April is a Sunday: not before the 14 days have passed, so Monday.
        ("U0CHAIR", "Mon 2030-04-15 08:00")
    ]
    assert log[0][0] == "escalation:7:2030-03-31"
    # No chair registered, or nobody watching the organisation: no escalation.
    assert not only(
        simulate(replace(snapshot, chairs=[]), local(2030, 4, 15), local(2030, 4, 16)),
        Kind.ESCALATION,
    )
    unwatched = replace(snapshot, watches=[watch(2, settings=NO_DIGEST)])
    assert not only(simulate(unwatched, local(2030, 4, 15), local(2030, 4, 16)), Kind.ESCALATION)


def test_an_escalation_missed_while_the_bot_was_down_is_sent_late_once() -> None:
    """Escalation day is Monday 15 April; the bot is down until Thursday 25 April (past the
    week other reminders are caught up for): the chair still hears of it, marked late."""
    chair = ChairRow(TEAM, 1, "Knivsta kommun", "U0CHAIR")
    snapshot = Snapshot(
        watches=[watch(settings=NO_DIGEST)],
        requests=[request(dt.date(2030, 3, 31))],
        chairs=[chair],
    )
    log = only(simulate(snapshot, local(2030, 4, 25, 9), local(2030, 6, 30)), Kind.ESCALATION)
    assert [(r.channel_id, when.strftime("%Y-%m-%d %H:%M"), r.late) for _, when, r in log] == [
        ("U0CHAIR", "2030-04-25 09:00", True)
    ]
    # Down for longer than ESCALATION_CATCH_UP (30 days): stale by then, not sent.
    assert not only(simulate(snapshot, local(2030, 5, 16, 9), local(2030, 5, 17)), Kind.ESCALATION)


def test_the_auditors_year_with_defaults_and_a_teams_changes() -> None:
    settings = ReminderSettings(digest_weekday=None)
    snapshot = Snapshot(watches=[watch(settings=settings)])
    log = only(
        simulate(snapshot, local(2030, 1, 1), local(2030, 12, 31), every=dt.timedelta(hours=1)),
        Kind.MILESTONE,
    )
    sent = [(r.subject.kind, r.stage, when.strftime("%Y-%m-%d")) for _, when, r in log]
    assert ("revision_plan", "d0", "2030-01-31") in sent
    assert [s for s in sent if s[0] == "annual_report"] == [
        ("annual_report", "d30", "2030-03-15"),  # 16 March is a Saturday
        ("annual_report", "d7", "2030-04-08"),
        ("annual_report", "d0", "2030-04-15"),
    ]
    assert ("audit_statement", "d0", "2030-06-28") in sent  # 30 June is a Sunday
    assert ("interim_report", "d0", "2030-10-31") in sent
    assert ("interim_assessment", "d0", "2030-11-29") in sent  # 30 November is a Saturday

    changed = replace(
        snapshot,
        milestones=[
            MilestoneRow(TEAM, 1, "annual_report", 4, 10, None, True),
            MilestoneRow(TEAM, 1, "interim_assessment", 11, 30, None, False),
            MilestoneRow(TEAM, 1, "budget_dialog", 9, 16, "Budgetdialog med KS", True),
        ],
    )
    log = only(
        simulate(changed, local(2030, 1, 1), local(2030, 12, 31), every=dt.timedelta(hours=1)),
        Kind.MILESTONE,
    )
    sent = [(r.subject.kind, r.stage, when.strftime("%Y-%m-%d")) for _, when, r in log]
    assert ("annual_report", "d0", "2030-04-10") in sent
    assert not [s for s in sent if s[0] == "interim_assessment"]
    assert ("budget_dialog", "d0", "2030-09-16") in sent
    key = next(r.key for _, _, r in log if r.subject.kind == "budget_dialog")
    assert key == "milestone:1:budget_dialog:2030-09-16:d30"


def test_a_follow_up_review_one_year_after_the_responses() -> None:
    settings = ReminderSettings(digest_weekday=None)
    snapshot = Snapshot(
        watches=[watch(settings=settings)],
        follow_ups=[
            AnsweredAudit(TEAM, 1, "Knivsta kommun", 3, "Granskning av X", dt.date(2029, 3, 18))
        ],
    )
    log = only(
        simulate(snapshot, local(2030, 2, 1), local(2030, 3, 31), every=dt.timedelta(hours=1)),
        Kind.FOLLOW_UP,
    )
    assert [(r.stage, when.strftime("%Y-%m-%d")) for _, when, r in log] == [
        ("d30", "2030-02-15"),  # 16 February is a Saturday
        ("d7", "2030-03-11"),
        ("d0", "2030-03-18"),
    ]


def test_a_channels_own_offsets_and_time() -> None:
    settings = ReminderSettings(
        response_working_days_before="10,3",
        remind_on_deadline=False,
        overdue_every_days=0,
        reminder_time="09:30",
        digest_weekday=None,
        milestone_days_before=(),
    )
    snapshot = Snapshot(
        watches=[watch(settings=settings)], requests=[request(dt.date(2030, 9, 20))]
    )
    log = simulate(snapshot, local(2030, 9, 1), local(2030, 10, 31))
    assert stages(log) == [("wd10", "2030-09-06 09:30"), ("wd3", "2030-09-17 09:30")]


def test_snooze_holds_reminders_back_but_never_past_the_deadline_day() -> None:
    deadline = dt.date(2030, 9, 20)  # Friday; wd7 = Wed 11 Sept, wd1 = Thu 19 Sept
    snooze = SnoozeRow(
        TEAM, CHANNEL, 7, snoozed_on=dt.date(2030, 9, 11), until=dt.date(2030, 9, 12)
    )
    week = SnoozeRow(TEAM, CHANNEL, 7, snoozed_on=dt.date(2030, 9, 16), until=dt.date(2030, 9, 20))
    base = Snapshot(watches=[watch(settings=NO_DIGEST)], requests=[request(deadline)])
    log = simulate(replace(base, snoozes=[snooze]), local(2030, 9, 10), local(2030, 9, 21))
    assert stages(log) == [
        ("wd7", "2030-09-11 08:00"),
        ("snooze2030-09-12", "2030-09-12 08:00"),
        ("wd1", "2030-09-19 08:00"),
        ("day", "2030-09-20 08:00"),
    ]
    # Snoozed on Monday until the deadline: Thursday's reminder is held, the day's is not.
    log = simulate(replace(base, snoozes=[week]), local(2030, 9, 16), local(2030, 9, 21))
    assert stages(log) == [("wd7", "2030-09-16 00:00"), ("day", "2030-09-20 08:00")]


def test_after_downtime_one_late_reminder_per_item_not_a_backlog() -> None:
    snapshot = Snapshot(
        watches=[watch(settings=NO_DIGEST)], requests=[request(dt.date(2030, 3, 31))]
    )
    # Down from 1 to 24 March: the wd14 (12 March) and wd7 (21 March) stages were missed.
    reminders = sweep(snapshot, local(2030, 3, 24, 10, 0))
    assert [(r.stage, r.late) for r in reminders] == [("wd7", True)]
    # A stage more than a week old is not sent at all (the next one is Friday's).
    assert sweep(snapshot, local(2030, 3, 28, 10, 0)) == []
    # On time (within the hour) is not late; an audit imported after the moment is not late.
    assert [r.late for r in sweep(snapshot, local(2030, 3, 21, 8, 15))] == [False]
    imported = replace(
        snapshot, requests=[request(dt.date(2030, 3, 31), created=local(2030, 3, 24, 9))]
    )
    assert [r.late for r in sweep(imported, local(2030, 3, 24, 10))] == [False]


def test_horizon_covers_every_stage() -> None:
    watches = [watch()]
    when = at(local(2030, 3, 12, 8))
    limits = horizon(watches, when)
    assert limits.request_deadline_until >= dt.date(2030, 3, 31)
    assert limits.action_due_from <= when.today - dt.timedelta(days=7)
    assert limits.action_due_until >= when.today + dt.timedelta(days=30)
    assert limits.answered_until >= dt.date(2029, 3, 12)
    assert digest_slots(watches, at(local(2030, 3, 11, 7, 59))) and not digest_slots(
        [watch(settings=NO_DIGEST)], when
    )
