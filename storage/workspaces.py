"""Workspaces (Slack team ids) in one database: which hold data, and moving one's data to another.

Data imported before the bot token was set lives under the local team id and is invisible to
the bot's own workspace until it is moved. A move rewrites ``team_id`` in every table that
has one, in the caller's transaction, so it is whole or not at all.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import exists, func, select, update
from sqlalchemy.orm import Session

from storage import search
from storage.models import Audit, Base, Organisation, Recommendation, SourceDocument

# Slack's own request keys are de-duplication within the workspace that sent them: they stay.
STAYS_BEHIND = frozenset({"processed_request"})


@dataclass(frozen=True, slots=True)
class WorkspaceSummary:
    team_id: str
    organisations: int
    audits: int
    recommendations: int


def holds_data(session: Session, *, team_id: str) -> bool:
    """Everything a workspace keeps hangs on an organisation: without one it holds nothing."""
    return bool(session.scalar(select(exists().where(Organisation.team_id == team_id))))


def organisation_names(session: Session, *, team_id: str) -> list[str]:
    return list(
        session.scalars(
            select(Organisation.name)
            .where(Organisation.team_id == team_id)
            .order_by(Organisation.name)
        )
    )


def summaries(session: Session) -> list[WorkspaceSummary]:
    """Every workspace with data in this database, with what it holds."""
    counted: dict[str, Counter[str]] = {}
    for name, model in (
        ("organisations", Organisation),
        ("audits", Audit),
        ("recommendations", Recommendation),
    ):
        rows = session.execute(select(model.team_id, func.count()).group_by(model.team_id))
        for team_id, count in rows:
            counted.setdefault(team_id, Counter())[name] = count
    return [
        WorkspaceSummary(
            team_id, counts["organisations"], counts["audits"], counts["recommendations"]
        )
        for team_id, counts in sorted(counted.items())
        if counts["organisations"]
    ]


def collisions(session: Session, *, source: str, target: str) -> list[str]:
    """What both workspaces hold and a move would make two of: organisations of the same name
    (as the importer compares them, ignoring case) and documents imported into both."""
    target_names = {name.casefold() for name in organisation_names(session, team_id=target)}
    shared = [
        name
        for name in organisation_names(session, team_id=source)
        if name.casefold() in target_names
    ]
    target_documents = select(SourceDocument.sha256).where(SourceDocument.team_id == target)
    shared += session.scalars(
        select(SourceDocument.name)
        .where(SourceDocument.team_id == source, SourceDocument.sha256.in_(target_documents))
        .order_by(SourceDocument.name)
    )
    return shared


def move(session: Session, *, source: str, target: str) -> dict[str, int]:
    """Give every row of ``source`` to ``target``; returns the rows moved per table.

    Every table with a ``team_id`` column moves, also those added after this was written,
    except the Slack request keys (``STAYS_BEHIND``).
    """
    moved: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        if "team_id" not in table.c or table.name in STAYS_BEHIND:
            continue
        result = session.execute(
            update(table).where(table.c.team_id == source).values(team_id=target)
        )
        if result.rowcount:
            moved[table.name] = result.rowcount
    search.move_workspace(session.connection(), source=source, target=target)
    return moved
