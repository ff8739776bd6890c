"""What the reminder rules read and what they decide: watches, the instant, items' stages,
reminders and digests, as plain values (the rules are in bot.rules.reminders)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.rules.calendar import SwedishCalendar
from bot.rules.reminder_settings import DEFAULT_SETTINGS, ReminderSettings
from bot.rules.yearwheel import MilestoneOccurrence
from storage.sweep import (
    ActionRow,
    AnsweredAudit,
    ChairRow,
    MilestoneRow,
    OverdueActions,
    RequestRow,
    SnoozeRow,
)

LATE_AFTER = dt.timedelta(hours=1)


CATCH_UP = dt.timedelta(days=7)


ESCALATION_AFTER_DAYS = 14


# An escalation missed while the bot was down still goes out (late) for this long: it has no
# later stage to fall back on, as a response's weekly overdue reminders do.
ESCALATION_CATCH_UP = dt.timedelta(days=30)


UPCOMING_DAYS = 7


DIGEST_ACTION_LIMIT = 15


class Kind(StrEnum):
    RESPONSE = "response"
    ACTION = "action"
    MILESTONE = "milestone"
    FOLLOW_UP = "followup"
    ESCALATION = "escalation"
    DIGEST = "digest"


@dataclass(frozen=True, slots=True)
class Watch:
    """A channel watching an organisation, with its validated settings."""

    subscription_id: int
    team_id: str
    channel_id: str
    organisation_id: int
    organisation: str
    settings: ReminderSettings = DEFAULT_SETTINGS
    created_at: dt.datetime = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    created_by: str | None = None


@dataclass(frozen=True, slots=True)
class Instant:
    """The moment a sweep runs, with the zone and calendar it reasons in."""

    now: dt.datetime
    tz: ZoneInfo
    calendar: SwedishCalendar

    @property
    def today(self) -> dt.date:
        return self.now.astimezone(self.tz).date()

    def moment(self, day: dt.date, time: dt.time) -> dt.datetime:
        return dt.datetime.combine(day, time, tzinfo=self.tz).astimezone(dt.UTC)


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    day: dt.date
    moment: dt.datetime
    # Breaks ties between stages on one day: the one nearer the deadline wins.
    rank: int


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A follow-up review (uppföljande granskning) due a year after an audit's responses."""

    row: AnsweredAudit
    due: dt.date


@dataclass(frozen=True, slots=True)
class Item:
    """Something watching channels are reminded of, with the date it is due (bot.rules.reminded).

    ``key`` names the item ("response:<request id>", "action:<id>", "milestone:<organisation
    id>:<kind>", "followup:<audit id>"); a reminder's key adds the date and the stage."""

    kind: Kind
    key: str
    organisation_id: int
    due: dt.date
    subject: RequestRow | ActionRow | MilestoneOccurrence | FollowUp
    # When the data appeared: a reminder due before it is not "late".
    known_since: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Upcoming:
    """One line of the digest's "coming days" list."""

    kind: Kind
    due: dt.date
    organisation: str
    subject: RequestRow | ActionRow | MilestoneOccurrence | FollowUp


@dataclass(frozen=True, slots=True)
class DigestSection:
    organisation_id: int
    organisation: str
    overdue_requests: tuple[RequestRow, ...]
    overdue_actions: tuple[ActionRow, ...]
    overdue_action_count: int
    upcoming: tuple[Upcoming, ...]


@dataclass(frozen=True, slots=True)
class Digest:
    week_of: dt.date
    sections: tuple[DigestSection, ...]


@dataclass(frozen=True, slots=True)
class DigestSlot:
    """A channel's digest that is due: which organisations it covers."""

    team_id: str
    channel_id: str
    key: str
    week_of: dt.date
    moment: dt.datetime
    organisation_ids: tuple[int, ...]
    language: str | None
    # When the channel's oldest watch began: a digest due before that is not "late".
    watched_since: dt.datetime


Subject = RequestRow | ActionRow | MilestoneOccurrence | FollowUp | Digest


@dataclass(frozen=True, slots=True)
class Reminder:
    key: str
    kind: Kind
    stage: str
    team_id: str
    # A channel id, or a user id for a direct message (escalations).
    channel_id: str
    moment: dt.datetime
    late: bool
    language: str | None
    subject: Subject
    organisation: str | None = None
    deadline: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Horizon:
    """What the sweep must load to evaluate the rules at one instant (and nothing more)."""

    request_deadline_until: dt.date
    action_due_from: dt.date
    action_due_until: dt.date
    answered_from: dt.date
    answered_until: dt.date


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The rows the rules read. ``overdue_actions`` only for the digest slots' organisations."""

    watches: Sequence[Watch]
    requests: Sequence[RequestRow] = ()
    actions: Sequence[ActionRow] = ()
    milestones: Sequence[MilestoneRow] = ()
    follow_ups: Sequence[AnsweredAudit] = ()
    snoozes: Sequence[SnoozeRow] = ()
    chairs: Sequence[ChairRow] = ()
    overdue_actions: Mapping[int, OverdueActions] = field(default_factory=dict)
    digest_slots: Sequence[DigestSlot] = ()
