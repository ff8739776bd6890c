"""The names every command matches against (organisations and their bodies), kept per workspace.

A command resolves "socialnämnden" or "knivsta" against every organisation and body of the
workspace; at national scale that is thousands of rows to read and decode each time, for a
list that hardly ever changes. The cache keeps the lists per team and checks, with one
indexed query, that they still hold: the newest change-log entry (SPEC §2: every change made
through Slack or the command line is logged, so a rename in any process moves it on) and the
number and highest id of organisations and bodies (a row written without a log entry, such as
the bulk generator's, moves those). One per process; it is safe to share between
threads, and what it returns is immutable.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage import queries
from storage.models import Body, ChangeLog, Organisation
from storage.read_models import BodyRef, OrganisationRef


@dataclass(frozen=True, slots=True)
class _Entry:
    stamp: tuple
    organisations: tuple[OrganisationRef, ...]
    bodies: tuple[BodyRef, ...]


class NameCache:
    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._lock = threading.Lock()

    def organisations(self, session: Session, *, team_id: str) -> tuple[OrganisationRef, ...]:
        """As ``queries.list_organisations``: by name, each with its bodies."""
        return self._entry(session, team_id).organisations

    def bodies(self, session: Session, *, team_id: str) -> tuple[BodyRef, ...]:
        """As ``queries.list_bodies``: by organisation name, then body name."""
        return self._entry(session, team_id).bodies

    def _entry(self, session: Session, team_id: str) -> _Entry:
        stamp = _stamp(session, team_id)
        entry = self._entries.get(team_id)
        if entry is not None and entry.stamp == stamp:
            return entry
        organisations = tuple(queries.list_organisations(session, team_id=team_id))
        entry = _Entry(
            stamp=stamp,
            organisations=organisations,
            bodies=tuple(body for org in organisations for body in org.bodies),
        )
        with self._lock:
            self._entries[team_id] = entry
        return entry


def _stamp(session: Session, team_id: str) -> tuple:
    """What moves whenever an organisation or body of the team may have changed."""

    def newest(column, team_column):
        return select(func.max(column)).where(team_column == team_id).scalar_subquery()

    def count(column, team_column):
        return select(func.count(column)).where(team_column == team_id).scalar_subquery()

    return tuple(
        session.execute(
            select(
                newest(ChangeLog.id, ChangeLog.team_id),
                count(Organisation.id, Organisation.team_id),
                newest(Organisation.id, Organisation.team_id),
                count(Body.id, Body.team_id),
                newest(Body.id, Body.team_id),
            )
        ).one()
    )
