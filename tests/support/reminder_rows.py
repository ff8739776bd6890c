"""Plain rows and instants for testing the pure reminder rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from zoneinfo import ZoneInfo

from bot.rules.calendar import SwedishCalendar
from bot.rules.reminder_settings import ReminderSettings
from bot.rules.reminder_types import Instant, Reminder, Snapshot, Watch
from bot.rules.reminders import digest_slots, due_reminders
from storage.sweep import ActionRow, RequestRow

TZ = ZoneInfo("Europe/Stockholm")
CALENDAR = SwedishCalendar()
TEAM = "T0TEST"
CHANNEL = "C0KNIVSTA"
LONG_AGO = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=TZ)


def at(instant: dt.datetime) -> Instant:
    return Instant(now=instant.astimezone(dt.UTC), tz=TZ, calendar=CALENDAR)


def watch(
    organisation_id: int = 1,
    *,
    channel: str = CHANNEL,
    settings: ReminderSettings | None = None,
    created_at: dt.datetime = LONG_AGO,
    organisation: str = "Knivsta kommun",
) -> Watch:
    return Watch(
        subscription_id=organisation_id * 100 + len(channel),
        team_id=TEAM,
        channel_id=channel,
        organisation_id=organisation_id,
        organisation=organisation,
        settings=settings or ReminderSettings(),
        created_at=created_at,
        created_by="U0WATCHER",
    )


def request(
    deadline: dt.date, *, id: int = 7, organisation_id: int = 1, created: dt.datetime = LONG_AGO
) -> RequestRow:
    return RequestRow(
        id=id,
        team_id=TEAM,
        organisation_id=organisation_id,
        organisation="Knivsta kommun",
        audit_id=3,
        audit_title="Granskning av ett påhittat ämne",
        body="Socialnämnden",
        deadline=deadline,
        audit_created_at=created,
    )


def action(
    due: dt.date,
    *,
    id: int = 11,
    precision: str = "day",
    status: str | None = None,
    organisation_id: int = 1,
) -> ActionRow:
    return ActionRow(
        id=id,
        team_id=TEAM,
        organisation_id=organisation_id,
        organisation="Knivsta kommun",
        audit_id=3,
        audit_title="Granskning av ett påhittat ämne",
        body="Kommunstyrelsen",
        board="KS",
        text="Rutinen ses över och beslutas.",
        responsible="Kommundirektör",
        due=due,
        due_precision=precision,
        status=status,
        audit_created_at=LONG_AGO,
    )


def sweep(snapshot: Snapshot, instant: dt.datetime) -> list[Reminder]:
    when = at(instant)
    slots = digest_slots(snapshot.watches, when)
    full = replace(snapshot, digest_slots=slots) if slots else snapshot
    return due_reminders(full, when)


def simulate(
    snapshot: Snapshot | Callable[[dt.datetime], Snapshot],
    start: dt.datetime,
    end: dt.datetime,
    *,
    every: dt.timedelta = dt.timedelta(minutes=15),
) -> list[tuple[str, dt.datetime, Reminder]]:
    """Sweep every ``every`` from start to end with a perfect ledger: (key, when sent, what)."""
    sent: dict[tuple[str, str], dt.datetime] = {}
    log = []
    instant = start
    while instant <= end:
        current = snapshot(instant) if callable(snapshot) else snapshot
        for reminder in sweep(current, instant):
            ledger_key = (reminder.channel_id, reminder.key)
            if ledger_key not in sent:
                sent[ledger_key] = instant
                log.append((reminder.key, instant.astimezone(TZ), reminder))
        instant += every
    return log


def stages(log: list[tuple[str, dt.datetime, Reminder]]) -> list[tuple[str, str]]:
    """(stage, local "YYYY-MM-DD HH:MM") for each reminder sent, in order."""
    return [(r.stage, when.strftime("%Y-%m-%d %H:%M")) for _, when, r in log]
