"""The team's changes to an organisation's auditors' year (årshjul): a milestone moved,
turned off or added; the defaults live in bot.rules.yearwheel. Every change is logged."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.base import utcnow
from storage.edits import Edit
from storage.models import Milestone
from storage.sweep import MilestoneRow, milestone_row


def organisation_milestones(
    session: Session, *, team_id: str, organisation_id: int
) -> list[MilestoneRow]:
    query = select(Milestone).where(
        Milestone.team_id == team_id, Milestone.organisation_id == organisation_id
    )
    return [milestone_row(m) for m in session.scalars(query.order_by(Milestone.kind))]


def _milestone(edit: Edit, organisation_id: int, kind: str) -> Milestone | None:
    return edit.session.scalar(
        select(Milestone).where(
            Milestone.team_id == edit.team_id,
            Milestone.organisation_id == organisation_id,
            Milestone.kind == kind,
        )
    )


def set_milestone(
    edit: Edit,
    *,
    organisation_id: int,
    kind: str,
    month: int,
    day: int,
    label: str | None,
    enabled: bool,
) -> None:
    """Change one milestone of the organisation's auditors' year (or add a team's own)."""
    dt.date(2024, month, day)  # a leap year: 29 February is a valid choice
    existing = _milestone(edit, organisation_id, kind)
    old = _describe(existing) if existing is not None else None
    if existing is None:
        existing = Milestone(team_id=edit.team_id, organisation_id=organisation_id, kind=kind)
        edit.session.add(existing)
    existing.month, existing.day, existing.label, existing.enabled = month, day, label, enabled
    existing.updated_by = edit.actor
    existing.updated_at = utcnow()
    edit.log(existing, kind, old, _describe(existing))


def reset_milestone(edit: Edit, *, organisation_id: int, kind: str) -> bool:
    """Forget the team's change: the milestone follows the default again."""
    existing = _milestone(edit, organisation_id, kind)
    if existing is None:
        return False
    edit.log(existing, kind, _describe(existing), None)
    edit.session.delete(existing)
    return True


def _describe(milestone: Milestone) -> str:
    state = "" if milestone.enabled else " (off)"
    label = f" {milestone.label}" if milestone.label else ""
    return f"{milestone.month:02d}-{milestone.day:02d}{label}{state}"
