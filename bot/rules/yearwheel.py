"""The auditors' year (årshjul, SPEC §4): recurring milestones with defaults a team can change.

Each milestone has a month and day it is due every year. A team changes one per organisation
(storage.models.Milestone: move it, turn it off, or add its own); the rest follow the defaults.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.core.i18n import t
from storage.sweep import MilestoneRow


@dataclass(frozen=True, slots=True)
class MilestoneDefault:
    kind: str
    month: int
    day: int


# The kinds name strings "milestone.<kind>" in the catalogues (bot/locales).
DEFAULT_MILESTONES: tuple[MilestoneDefault, ...] = (
    # The revision plan for the year is adopted in December–January: by 31 January.
    MilestoneDefault("revision_plan", 1, 31),
    # The annual report reaches the auditors in April (the Local Government Act: 15 April).
    MilestoneDefault("annual_report", 4, 15),
    # The audit statement goes to the council before the discharge decision, by 30 June.
    MilestoneDefault("audit_statement", 6, 30),
    # The interim report for the period to 31 August reaches the auditors within two months.
    MilestoneDefault("interim_report", 10, 31),
    # Their written assessment of it goes to the council with the report: a month later.
    MilestoneDefault("interim_assessment", 11, 30),
)
DEFAULT_KINDS = frozenset(m.kind for m in DEFAULT_MILESTONES)


@dataclass(frozen=True, slots=True)
class MilestoneOccurrence:
    """One milestone in one year for one organisation."""

    team_id: str
    organisation_id: int
    organisation: str
    kind: str
    label: str | None
    due: dt.date


@dataclass(frozen=True, slots=True)
class MilestoneDefinition:
    kind: str
    month: int
    day: int
    label: str | None
    enabled: bool
    customised: bool


def definitions(overrides: Iterable[MilestoneRow]) -> list[MilestoneDefinition]:
    """An organisation's year: the defaults with the team's changes applied."""
    changed = {row.kind: row for row in overrides}
    result = []
    for default in DEFAULT_MILESTONES:
        row = changed.pop(default.kind, None)
        if row is None:
            result.append(
                MilestoneDefinition(default.kind, default.month, default.day, None, True, False)
            )
        else:
            result.append(
                MilestoneDefinition(row.kind, row.month, row.day, row.label, row.enabled, True)
            )
    for row in sorted(changed.values(), key=lambda r: (r.month, r.day, r.kind)):
        result.append(
            MilestoneDefinition(row.kind, row.month, row.day, row.label, row.enabled, True)
        )
    return result


def due_on(year: int, month: int, day: int) -> dt.date:
    """The milestone's date in ``year``; 29 February falls on the 28th in other years."""
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def occurrences(
    *,
    team_id: str,
    organisation_id: int,
    organisation: str,
    overrides: Sequence[MilestoneRow],
    years: Iterable[int],
) -> list[MilestoneOccurrence]:
    return [
        MilestoneOccurrence(
            team_id=team_id,
            organisation_id=organisation_id,
            organisation=organisation,
            kind=definition.kind,
            label=definition.label,
            due=due_on(year, definition.month, definition.day),
        )
        for definition in definitions(overrides)
        if definition.enabled
        for year in years
    ]


def next_due(month: int, day: int, today: dt.date) -> dt.date:
    """A yearly date's next occurrence, today included."""
    this_year = due_on(today.year, month, day)
    return this_year if this_year >= today else due_on(today.year + 1, month, day)


def milestone_name(item: MilestoneOccurrence, lang: str) -> str:
    """What happens on the milestone, as plain text: the team's own label, or the catalogue's
    words for a default ("årsredovisningen för 2029 lämnas till revisorerna")."""
    if item.label:
        return item.label
    if item.kind in DEFAULT_KINDS:
        return t(f"milestone.{item.kind}", lang, year=item.due.year, previous=item.due.year - 1)
    return item.kind
