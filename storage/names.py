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
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from storage.models import Audit, Body, ChangeLog, Organisation
from storage.read_models import AuditRef, BodyRef, OrganisationRef
from storage.views import AUDIT_REF_COLUMNS


def list_organisations(session: Session, *, team_id: str) -> list[OrganisationRef]:
    by_organisation: dict[int, list[BodyRef]] = defaultdict(list)
    for body in list_bodies(session, team_id=team_id):
        by_organisation[body.organisation_id].append(body)
    rows = session.execute(
        select(Organisation.id, Organisation.name)
        .where(Organisation.team_id == team_id)
        .order_by(Organisation.name)
    )
    return [
        OrganisationRef(id=org_id, name=name, bodies=tuple(by_organisation[org_id]))
        for org_id, name in rows
    ]


def list_bodies(session: Session, *, team_id: str) -> list[BodyRef]:
    rows = session.execute(
        select(
            Body.id,
            Body.name,
            Body.abbreviation,
            Organisation.id,
            Organisation.name,
            Body.aliases,
        )
        .join(Organisation, Body.organisation_id == Organisation.id)
        .where(Body.team_id == team_id)
        .order_by(Organisation.name, Body.name)
    )
    return [
        BodyRef(
            id=body_id,
            name=name,
            abbreviation=abbreviation,
            organisation_id=org_id,
            organisation=org_name,
            aliases=tuple(aliases or ()),
        )
        for body_id, name, abbreviation, org_id, org_name, aliases in rows
    ]


def list_audit_refs(
    session: Session, *, team_id: str, organisation_id: int | None = None
) -> list[AuditRef]:
    """Audits of the workspace (or of one organisation), light enough to match names against."""
    query = (
        select(*AUDIT_REF_COLUMNS)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .where(Audit.team_id == team_id)
        .order_by(Organisation.name, Audit.id)
    )
    if organisation_id is not None:
        query = query.where(Audit.organisation_id == organisation_id)
    return [AuditRef(*row) for row in session.execute(query)]


def find_audit_ref(session: Session, *, team_id: str, audit_id: int) -> AuditRef | None:
    row = session.execute(
        select(*AUDIT_REF_COLUMNS)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .where(Audit.team_id == team_id, Audit.id == audit_id)
    ).one_or_none()
    return None if row is None else AuditRef(*row)


@dataclass(frozen=True, slots=True)
class _Entry:
    stamp: tuple
    organisations: tuple[OrganisationRef, ...]
    bodies: tuple[BodyRef, ...]


@dataclass(frozen=True, slots=True)
class _Audits:
    stamp: tuple
    audits: tuple[AuditRef, ...]


class NameCache:
    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._audits: dict[str, _Audits] = {}
        self._lock = threading.Lock()

    def audits(self, session: Session, *, team_id: str) -> tuple[AuditRef, ...]:
        """As ``list_audit_refs`` for the whole workspace: what `visa` matches its
        words against when no organisation is named (24,880 audits at national scale, 117 ms
        to read). Checked, like the names, by the newest change-log entry and the number
        and highest id of the team's audits."""
        stamp = _audit_stamp(session, team_id)
        cached = self._audits.get(team_id)
        if cached is not None and cached.stamp == stamp:
            return cached.audits
        cached = _Audits(stamp, tuple(list_audit_refs(session, team_id=team_id)))
        with self._lock:
            self._audits[team_id] = cached
        return cached.audits

    def organisations(self, session: Session, *, team_id: str) -> tuple[OrganisationRef, ...]:
        """As ``list_organisations``: by name, each with its bodies."""
        return self._entry(session, team_id).organisations

    def bodies(self, session: Session, *, team_id: str) -> tuple[BodyRef, ...]:
        """As ``list_bodies``: by organisation name, then body name."""
        return self._entry(session, team_id).bodies

    def both(
        self, session: Session, *, team_id: str
    ) -> tuple[tuple[OrganisationRef, ...], tuple[BodyRef, ...]]:
        """Organisations and bodies, checked once (a command that needs both)."""
        entry = self._entry(session, team_id)
        return entry.organisations, entry.bodies

    def _entry(self, session: Session, team_id: str) -> _Entry:
        stamp = _stamp(session, team_id)
        entry = self._entries.get(team_id)
        if entry is not None and entry.stamp == stamp:
            return entry
        organisations = tuple(list_organisations(session, team_id=team_id))
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
    return tuple(session.execute(_stamp_statement(), {"team_id": team_id}).one())


@cache
def _stamp_statement() -> Select:
    # Built once: every command checks the stamp, and building it cost more than running it.
    team_id = bindparam("team_id")

    def newest(column, team_column):
        return select(func.max(column)).where(team_column == team_id).scalar_subquery()

    def count(column, team_column):
        return select(func.count(column)).where(team_column == team_id).scalar_subquery()

    return select(
        newest(ChangeLog.id, ChangeLog.team_id),
        count(Organisation.id, Organisation.team_id),
        newest(Organisation.id, Organisation.team_id),
        count(Body.id, Body.team_id),
        newest(Body.id, Body.team_id),
    )


def _audit_stamp(session: Session, team_id: str) -> tuple:
    """What moves whenever an audit of the team is added, removed or changed."""
    return tuple(
        session.execute(
            select(
                select(func.max(ChangeLog.id))
                .where(ChangeLog.team_id == team_id)
                .scalar_subquery(),
                select(func.count(Audit.id)).where(Audit.team_id == team_id).scalar_subquery(),
                select(func.max(Audit.id)).where(Audit.team_id == team_id).scalar_subquery(),
            )
        ).one()
    )
