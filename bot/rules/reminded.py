"""What a watching channel is reminded of, each with its date, and the stages at which it hears.

One definition serves the reminder rules (bot.rules.reminders: which stage is due now) and
the channel's calendar feed (bot.rules.feed: which dates the channel hears of): a response
owed, an action with a day or month due date that is not done, a milestone of the auditors'
year in the team's own dates, and a follow-up review a year after an audit's responses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from bot.rules.reminder_settings import ReminderSettings
from bot.rules.reminder_types import FollowUp, Instant, Item, Kind, Snapshot, Stage
from bot.rules.yearwheel import occurrences
from storage.enums import ActionStatus
from storage.sweep import REMINDED_PRECISIONS, ActionRow, AnsweredAudit, MilestoneRow


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def follow_up_of(row: AnsweredAudit) -> FollowUp:
    """The follow-up review of an answered audit: a year after its last response."""
    return FollowUp(row, years_before(row.answered_on, -1))


def is_reminded(action: ActionRow) -> bool:
    """An action is reminded while not done, if its due date is a day or a month."""
    return action.status != ActionStatus.DONE and action.due_precision in REMINDED_PRECISIONS


def milestone_years(today: dt.date) -> tuple[int, ...]:
    """The years whose milestones can be reminded around ``today``."""
    return (today.year - 1, today.year, today.year + 1)


def items(snapshot: Snapshot, years: Iterable[int]) -> list[Item]:
    """Everything the snapshot's watching channels can be reminded of, milestones in ``years``."""
    names: dict[int, str] = {}
    for watch in snapshot.watches:
        names.setdefault(watch.organisation_id, watch.organisation)
    found = [
        Item(
            Kind.RESPONSE, f"response:{r.id}", r.organisation_id, r.deadline, r, r.audit_created_at
        )
        for r in snapshot.requests
    ]
    found += [
        Item(Kind.ACTION, f"action:{a.id}", a.organisation_id, a.due, a, a.audit_created_at)
        for a in snapshot.actions
        if is_reminded(a)
    ]
    overrides: dict[int, list[MilestoneRow]] = {}
    for row in snapshot.milestones:
        overrides.setdefault(row.organisation_id, []).append(row)
    team_of = {w.organisation_id: w.team_id for w in snapshot.watches}
    years = tuple(years)
    for org_id, name in names.items():
        for milestone in occurrences(
            team_id=team_of[org_id],
            organisation_id=org_id,
            organisation=name,
            overrides=overrides.get(org_id, ()),
            years=years,
        ):
            key = f"milestone:{org_id}:{milestone.kind}"
            found.append(Item(Kind.MILESTONE, key, org_id, milestone.due, milestone))
    for row in snapshot.follow_ups:
        if row.organisation_id in names:
            follow_up = follow_up_of(row)
            key = f"followup:{row.audit_id}"
            found.append(Item(Kind.FOLLOW_UP, key, row.organisation_id, follow_up.due, follow_up))
    return found


class Schedules:
    """An item's stages under a channel's settings; cached per (date, settings): many items
    share a deadline."""

    def __init__(self, at: Instant) -> None:
        self.at = at
        self._requests: dict[tuple[dt.date, ReminderSettings], list[Stage]] = {}
        self._before: dict[tuple[dt.date, tuple[int, ...], dt.time], list[Stage]] = {}

    def stages(self, item: Item, settings: ReminderSettings) -> list[Stage]:
        if item.kind is Kind.RESPONSE:
            return self.request(item.due, settings)
        if item.kind is Kind.ACTION:
            offsets = settings.action_days_before
        else:
            offsets = settings.milestone_days_before
        return self.days_before(item.due, offsets, settings.reminder_time)

    def request(self, deadline: dt.date, settings: ReminderSettings) -> list[Stage]:
        """Working days before the deadline, the day itself, then every N days while missing
        (the overdue stages around the instant's day only: the latest passed and the next)."""
        cached = self._requests.get((deadline, settings))
        if cached is not None:
            return cached
        at, calendar, time = self.at, self.at.calendar, settings.reminder_time
        stages = []
        for n in settings.response_working_days_before:
            day = calendar.working_days_before(deadline, n)
            stages.append(Stage(f"wd{n}", day, at.moment(day, time), -n))
        if settings.remind_on_deadline:
            day = calendar.on_or_before(deadline)
            stages.append(Stage("day", day, at.moment(day, time), 0))
        every = settings.overdue_every_days
        if every:
            elapsed = (at.today - deadline).days
            latest = max(1, elapsed // every + 1)
            for n in (latest - 1, latest, latest + 1):
                day = calendar.on_or_before(deadline + dt.timedelta(days=every * n))
                if n >= 1 and day > deadline:
                    stages.append(Stage(f"overdue{n}", day, at.moment(day, time), n))
        self._requests[(deadline, settings)] = stages
        return stages

    def days_before(self, due: dt.date, offsets: tuple[int, ...], time: dt.time) -> list[Stage]:
        cached = self._before.get((due, offsets, time))
        if cached is not None:
            return cached
        stages = []
        for n in offsets:
            day = self.at.calendar.on_or_before(due - dt.timedelta(days=n))
            stages.append(Stage(f"d{n}", day, self.at.moment(day, time), -n))
        self._before[(due, offsets, time)] = stages
        return stages
