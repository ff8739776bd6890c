"""The reminder rules of SPEC §4 as pure functions: rows, an instant, the calendar → reminders.

Nothing here reads the database, the clock or the network, so every rule is tested with
plain rows and a fixed instant (tests/reminders/test_rules.py). What a channel is reminded of
(the items, their dates and stages) is bot.rules.reminded's, which the calendar feed shares.

How a reminder is scheduled
- Every item (a response owed, an action, a milestone) has *stages*: moments at which the
  channel is reminded. Response requests: 14, 7 and 1 working days before the deadline, on
  the day, then every 7 days while missing. Actions with a day, month or year due date: 30
  and 7 days before. The auditors' year and follow-up reviews: 30 and 7 days before and on
  the day. Offsets and times are the watching channel's settings (bot.rules.reminder_settings).
- A stage that falls on a weekend or holiday comes on the working day before. Two kinds of
  message look *after* a date instead and so move to the working day after: the escalation
  ("still missing 14 days after the deadline" must not go out after 12 days) and the weekly
  digest (a Monday digest on Easter Monday goes out on Tuesday: moving it into the week
  before would give that week two digests and this one none).
- At any instant only an item's *current* stage can be sent: the latest whose moment has
  passed, and only for CATCH_UP after it. Stages on the same day collapse into the one nearer
  the deadline. So a sweep after days of downtime sends one reminder per item, not a backlog,
  and every key names its stage, so the ledger makes it go out once.
- A reminder sent more than LATE_AFTER after its moment, for data that existed at that
  moment, is marked late (":hourglass: Försenad påminnelse").

Reminder keys (unique per team and channel in the ledger; the deadline or due date is part of
the key, so moving a deadline starts its reminders afresh):
  response:<request id>:<deadline>:wd14 | wd7 | wd1 | day | overdue<n> | snooze<until>
  action:<action id>:<due>:d30 | d7
  milestone:<organisation id>:<kind>:<due>:d30 | d7 | d0
  followup:<audit id>:<due>:d30 | d7 | d0
  escalation:<request id>:<deadline>          (channel: the chair's user id, a DM)
  digest:<week's nominal day>:<HHMM>
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping

from bot.rules.reminded import Schedules, items, milestone_years, years_before
from bot.rules.reminder_settings import DEFAULT_SETTINGS
from bot.rules.reminder_types import (
    CATCH_UP,
    ESCALATION_AFTER_DAYS,
    ESCALATION_CATCH_UP,
    LATE_AFTER,
    UPCOMING_DAYS,
    Digest,
    DigestSection,
    DigestSlot,
    FollowUp,
    Horizon,
    Instant,
    Kind,
    Reminder,
    Snapshot,
    Stage,
    Subject,
    Upcoming,
    Watch,
)
from bot.rules.yearwheel import MilestoneOccurrence
from storage.sweep import ActionRow, RequestRow, SnoozeRow

# -- what to load --------------------------------------------------------------------------


def horizon(watches: Iterable[Watch], at: Instant) -> Horizon:
    """The date ranges in which an item can have a current stage at ``at``."""
    settings = [w.settings for w in watches] or [DEFAULT_SETTINGS]
    today = at.today
    catch_up = CATCH_UP.days + 1
    max_working = max(max(s.response_working_days_before, default=0) for s in settings)
    # A working day is at most a week of calendar days away at Christmas or Easter.
    request_until = today + dt.timedelta(days=max_working * 7 // 5 + 10)
    max_action = max(max(s.action_days_before, default=0) for s in settings)
    max_milestone = max(max(s.milestone_days_before, default=0) for s in settings)
    follow_up_from = today - dt.timedelta(days=catch_up + 5)
    follow_up_until = today + dt.timedelta(days=max(max_milestone, UPCOMING_DAYS) + 5)
    return Horizon(
        request_deadline_until=max(request_until, today + dt.timedelta(days=UPCOMING_DAYS)),
        action_due_from=today - dt.timedelta(days=catch_up),
        action_due_until=today + dt.timedelta(days=max(max_action, UPCOMING_DAYS) + 5),
        answered_from=years_before(follow_up_from, 1),
        answered_until=years_before(follow_up_until, 1),
    )


# -- the digest ----------------------------------------------------------------------------


def digest_slots(watches: Iterable[Watch], at: Instant) -> list[DigestSlot]:
    """Each channel's current digest: the latest digest moment passed (within CATCH_UP)."""
    grouped: dict[tuple[str, str, dt.date, dt.time], list[Watch]] = defaultdict(list)
    moments: dict[tuple[str, str, dt.date, dt.time], dt.datetime] = {}
    for watch in watches:
        weekday = watch.settings.digest_weekday
        if weekday is None:
            continue
        time = watch.settings.digest_time
        this_week = at.today - dt.timedelta(days=(at.today.weekday() - weekday) % 7)
        for nominal in (this_week, this_week - dt.timedelta(days=7)):
            moment = at.moment(at.calendar.on_or_after(nominal), time)
            if moment <= at.now:
                if moment > at.now - CATCH_UP:
                    slot = (watch.team_id, watch.channel_id, nominal, time)
                    grouped[slot].append(watch)
                    moments[slot] = moment
                break
    return [
        DigestSlot(
            team_id=team_id,
            channel_id=channel_id,
            key=f"digest:{nominal.isoformat()}:{time.strftime('%H%M')}",
            week_of=nominal,
            moment=moments[(team_id, channel_id, nominal, time)],
            organisation_ids=tuple(sorted({w.organisation_id for w in members})),
            language=members[0].settings.language,
            watched_since=min(w.created_at for w in members),
        )
        for (team_id, channel_id, nominal, time), members in sorted(grouped.items())
    ]


# -- stages --------------------------------------------------------------------------------


def current_stage(stages: Iterable[Stage], at: Instant) -> Stage | None:
    """The latest stage whose moment has passed, if it passed less than CATCH_UP ago."""
    passed = [s for s in stages if s.moment <= at.now]
    if not passed:
        return None
    stage = max(passed, key=lambda s: (s.moment, s.rank))
    return stage if stage.moment > at.now - CATCH_UP else None


def snoozed(
    stages: list[Stage],
    snooze: SnoozeRow,
    at: Instant,
    time: dt.time,
    deadline: dt.date | None = None,
) -> list[Stage]:
    """Stages held back by a snooze, plus one on the day it ends (unless a stage is there).

    A snooze never reaches past the deadline's own reminder, also when the deadline was
    moved earlier after the snooze was set."""
    until = snooze.until
    if deadline is not None:
        until = min(until, at.calendar.on_or_before(deadline))
    if until <= snooze.snoozed_on:
        return stages
    kept = [s for s in stages if not snooze.snoozed_on < s.day < until]
    kept.append(Stage(f"snooze{until.isoformat()}", until, at.moment(until, time), -999))
    return kept


def _late(stage: Stage, at: Instant, *known_since: dt.datetime) -> bool:
    return at.now - stage.moment > LATE_AFTER and all(stage.moment >= t for t in known_since)


# -- the rules -----------------------------------------------------------------------------


def due_reminders(
    snapshot: Snapshot, at: Instant, *, default_language: str | None = None
) -> list[Reminder]:
    """Every reminder whose current stage is due at ``at``, before looking at the ledger."""
    schedules = Schedules(at)
    by_org: dict[int, list[Watch]] = defaultdict(list)
    for watch in snapshot.watches:
        by_org[watch.organisation_id].append(watch)
    snoozes = {(s.team_id, s.channel_id, s.request_id): s for s in snapshot.snoozes}
    reminded = items(snapshot, milestone_years(at.today))
    reminders: list[Reminder] = []

    for item in reminded:
        for watch in by_org.get(item.organisation_id, ()):
            settings = watch.settings
            stages = schedules.stages(item, settings)
            if item.kind is Kind.RESPONSE:
                snooze = snoozes.get((watch.team_id, watch.channel_id, item.subject.id))
                if snooze is not None:
                    stages = snoozed(stages, snooze, at, settings.reminder_time, deadline=item.due)
            stage = current_stage(stages, at)
            if stage is None:
                continue
            reminders.append(
                _to_channel(
                    watch,
                    item.kind,
                    item.key,
                    stage,
                    at,
                    subject=item.subject,
                    deadline=item.due,
                    known_since=item.known_since,
                )
            )

    year_items: dict[int, list[MilestoneOccurrence | FollowUp]] = defaultdict(list)
    for item in reminded:
        if item.kind in (Kind.MILESTONE, Kind.FOLLOW_UP):
            year_items[item.organisation_id].append(item.subject)
    reminders += _escalations(snapshot, by_org, at, default_language)
    reminders += _digests(snapshot, year_items, at)
    reminders.sort(key=lambda r: (r.moment, r.team_id, r.channel_id, r.key))
    return reminders


def _to_channel(
    watch: Watch,
    kind: Kind,
    item: str,
    stage: Stage,
    at: Instant,
    *,
    subject: Subject,
    deadline: dt.date,
    known_since: dt.datetime | None = None,
) -> Reminder:
    """An item's reminder to a watching channel; its key names the item, the date it is due
    (moving the date starts its reminders afresh) and the stage."""
    return Reminder(
        key=f"{item}:{deadline.isoformat()}:{stage.name}",
        kind=kind,
        stage=stage.name,
        team_id=watch.team_id,
        channel_id=watch.channel_id,
        moment=stage.moment,
        late=_late(stage, at, watch.created_at, *([known_since] if known_since else [])),
        language=watch.settings.language,
        subject=subject,
        organisation=watch.organisation,
        deadline=deadline,
    )


def _escalations(
    snapshot: Snapshot, by_org: Mapping[int, list[Watch]], at: Instant, language: str | None
) -> list[Reminder]:
    """A response still missing 14 days after its deadline: once, to the chair, by DM."""
    chairs = {row.organisation_id: row for row in snapshot.chairs}
    reminders = []
    for request in snapshot.requests:
        chair = chairs.get(request.organisation_id)
        if chair is None or request.organisation_id not in by_org:
            continue
        day = at.calendar.on_or_after(request.deadline + dt.timedelta(days=ESCALATION_AFTER_DAYS))
        stage = Stage("escalation", day, at.moment(day, DEFAULT_SETTINGS.reminder_time), 0)
        if not at.now - ESCALATION_CATCH_UP < stage.moment <= at.now:
            continue
        reminders.append(
            Reminder(
                key=f"escalation:{request.id}:{request.deadline.isoformat()}",
                kind=Kind.ESCALATION,
                stage=stage.name,
                team_id=chair.team_id,
                channel_id=chair.user_id,
                moment=stage.moment,
                late=_late(stage, at, request.audit_created_at),
                language=language,
                subject=request,
                organisation=request.organisation,
                deadline=request.deadline,
            )
        )
    return reminders


def _digests(
    snapshot: Snapshot,
    year_items: Mapping[int, list[MilestoneOccurrence | FollowUp]],
    at: Instant,
) -> list[Reminder]:
    today = at.today
    soon = today + dt.timedelta(days=UPCOMING_DAYS)
    names = {w.organisation_id: w.organisation for w in snapshot.watches}
    requests: dict[int, list[RequestRow]] = defaultdict(list)
    for request in snapshot.requests:
        requests[request.organisation_id].append(request)
    actions: dict[int, list[ActionRow]] = defaultdict(list)
    for action in snapshot.actions:
        actions[action.organisation_id].append(action)

    reminders = []
    for slot in snapshot.digest_slots:
        sections = []
        for org_id in slot.organisation_ids:
            upcoming = [
                Upcoming(Kind.RESPONSE, r.deadline, r.organisation, r)
                for r in requests.get(org_id, ())
                if today <= r.deadline <= soon
            ]
            upcoming += [
                Upcoming(Kind.ACTION, a.due, a.organisation, a)
                for a in actions.get(org_id, ())
                if today <= a.due <= soon
            ]
            upcoming += [
                Upcoming(
                    Kind.FOLLOW_UP if isinstance(item, FollowUp) else Kind.MILESTONE,
                    item.due,
                    names.get(org_id, ""),
                    item,
                )
                for item in year_items.get(org_id, ())
                if today <= item.due <= soon
            ]
            overdue = snapshot.overdue_actions.get(org_id)
            sections.append(
                DigestSection(
                    organisation_id=org_id,
                    organisation=names.get(org_id, ""),
                    overdue_requests=tuple(
                        r for r in requests.get(org_id, ()) if r.deadline < today
                    ),
                    overdue_actions=overdue.actions if overdue else (),
                    overdue_action_count=overdue.total if overdue else 0,
                    upcoming=tuple(sorted(upcoming, key=lambda u: (u.due, u.kind))),
                )
            )
        stage = Stage("digest", slot.moment.astimezone(at.tz).date(), slot.moment, 0)
        reminders.append(
            Reminder(
                key=slot.key,
                kind=Kind.DIGEST,
                stage=stage.name,
                team_id=slot.team_id,
                channel_id=slot.channel_id,
                moment=slot.moment,
                late=_late(stage, at, slot.watched_since),
                language=slot.language,
                subject=Digest(slot.week_of, tuple(sections)),
            )
        )
    return reminders
