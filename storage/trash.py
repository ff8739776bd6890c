"""Deletions that can be undone (SPEC §2: for at least 30 days).

A deletion copies the rows it takes away into the trash table as JSON — an audit with
everything under it, or one item with what hangs on it — and then deletes them for real, so
no query anywhere has to skip deleted rows. Restoring inserts the same rows again with the
same ids, which also gives the reminders back their old keys: what was already sent is not
sent again, what is still to come comes. It refuses, and says why, when the place the rows
belonged to is gone or has been taken since.

The ledger rows of the deleted items' reminders go into the trash too. SQLite gives a new row
the highest id plus one, so the id of the newest audit or request, once deleted, is given to
the next one: its reminders must not be taken for the deleted one's, already sent. Rows no
other row points at (an addressee, a snooze, a ledger row) come back under new ids, so a row
added since under one of their old ids does not block a restore.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Date, Table, and_, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.base import Base, UTCDateTime
from storage.edits import Edit
from storage.errors import NotFound, StorageError
from storage.followup_models import FollowUpItem
from storage.models import (
    Action,
    ActionBoard,
    Audit,
    AuditBody,
    Passage,
    Question,
    Recommendation,
    RecommendationAddressee,
    ReminderDelivery,
    ReminderSnooze,
    Response,
    ResponseRequest,
    SourceDocument,
    TrashedRows,
)
from storage.status import refresh_recommendation_status

# Restorable this long after the deletion; older entries are dropped by the next deletion.
KEEP_FOR = dt.timedelta(days=30)

Part = tuple[Table, ColumnElement[bool]]


@dataclass(frozen=True, slots=True)
class TrashView:
    id: int
    entity: str
    entity_id: int
    audit_id: int
    label: str
    deleted_at: dt.datetime
    deleted_by: str
    restored_at: dt.datetime | None

    def restorable(self, now: dt.datetime) -> bool:
        return self.restored_at is None and self.deleted_at >= now - KEEP_FOR


def _audit_parts(audit_id: int) -> list[Part]:
    """An audit's rows, parents before children (the order they are put back in)."""
    recommendations = select(Recommendation.id).where(Recommendation.audit_id == audit_id)
    requests = select(ResponseRequest.id).where(ResponseRequest.audit_id == audit_id)
    responses = select(Response.id).where(Response.audit_id == audit_id)
    actions = select(Action.id).where(Action.response_id.in_(responses))
    return [
        (Audit.__table__, Audit.id == audit_id),
        (SourceDocument.__table__, SourceDocument.audit_id == audit_id),
        (Passage.__table__, Passage.audit_id == audit_id),
        (AuditBody.__table__, AuditBody.audit_id == audit_id),
        (Question.__table__, Question.audit_id == audit_id),
        (Recommendation.__table__, Recommendation.audit_id == audit_id),
        (
            RecommendationAddressee.__table__,
            RecommendationAddressee.recommendation_id.in_(recommendations),
        ),
        (FollowUpItem.__table__, FollowUpItem.recommendation_id.in_(recommendations)),
        (ResponseRequest.__table__, ResponseRequest.audit_id == audit_id),
        (ReminderSnooze.__table__, ReminderSnooze.response_request_id.in_(requests)),
        (Response.__table__, Response.audit_id == audit_id),
        (Action.__table__, Action.id.in_(actions)),
        (ActionBoard.__table__, ActionBoard.action_id.in_(actions)),
    ]


def _recommendation_parts(recommendation_id: int) -> list[Part]:
    return [
        (Recommendation.__table__, Recommendation.id == recommendation_id),
        (
            RecommendationAddressee.__table__,
            RecommendationAddressee.recommendation_id == recommendation_id,
        ),
        (FollowUpItem.__table__, FollowUpItem.recommendation_id == recommendation_id),
    ]


def _action_parts(action_id: int) -> list[Part]:
    return [
        (Action.__table__, Action.id == action_id),
        (ActionBoard.__table__, ActionBoard.action_id == action_id),
    ]


def _request_parts(request_id: int) -> list[Part]:
    return [
        (ResponseRequest.__table__, ResponseRequest.id == request_id),
        (ReminderSnooze.__table__, ReminderSnooze.response_request_id == request_id),
    ]


@dataclass(frozen=True, slots=True)
class _Kind:
    model: type
    parts: Callable[[int], list[Part]]
    audit_of: Callable[[Any], int]
    label_of: Callable[[Any], str]


def _audit_label(audit: Audit) -> str:
    return f"{audit.organisation.name}: {audit.title or f'#{audit.id}'}"


KINDS: dict[str, _Kind] = {
    "audit": _Kind(Audit, _audit_parts, lambda row: row.id, _audit_label),
    "recommendation": _Kind(
        Recommendation, _recommendation_parts, lambda row: row.audit_id, lambda row: row.text
    ),
    "action": _Kind(Action, _action_parts, lambda row: row.response.audit_id, lambda r: r.text),
    "response_request": _Kind(
        ResponseRequest, _request_parts, lambda row: row.audit_id, lambda row: row.body.name
    ),
}


def delete_item(edit: Edit, *, entity: str, entity_id: int, now: dt.datetime) -> TrashView:
    """Delete an audit (with everything under it) or one item of the workspace, keeping its
    rows to restore; logged as the editor's."""
    kind = KINDS.get(entity)
    if kind is None:
        raise StorageError("invalid_entity", entity=entity)
    session = edit.session
    row = edit.row(kind.model, entity_id)
    audit_id, label = kind.audit_of(row), kind.label_of(row)
    recommendation = row.recommendation if entity == "action" else None
    parts = kind.parts(entity_id)
    tables = [_snapshot(session, table, where) for table, where in parts]
    reminders = _reminders_of(edit.team_id, tables)
    if reminders is not None:
        parts.append(reminders)
        tables.append(_snapshot(session, *reminders))
    snapshot = {"tables": tables, "links": _links_to(session, tables)}
    edit.log(row, "deleted", label, None)
    for table, where in reversed(parts):
        session.execute(delete(table).where(where))
    session.expire_all()
    session.execute(delete(TrashedRows).where(TrashedRows.deleted_at < now - KEEP_FOR))
    entry = TrashedRows(
        team_id=edit.team_id,
        entity=entity,
        entity_id=entity_id,
        audit_id=audit_id,
        label=label,
        deleted_at=now,
        deleted_by=edit.actor,
        snapshot=snapshot,
    )
    session.add(entry)
    session.flush()
    if recommendation is not None:
        refresh_recommendation_status(session, recommendation)
    return _view(entry)


def _snapshot(session: Session, table: Table, where: ColumnElement[bool]) -> dict[str, Any]:
    rows = session.execute(select(table).where(where))
    return {"table": table.name, "rows": [_dump(table, row) for row in rows]}


# The first part of the ledger keys of an item's reminders (bot.rules.reminders makes them:
# "response:<request id>:<deadline>:<stage>" …).
REMINDER_KEYS = {
    "response_request": ("response", "escalation"),
    "action": ("action",),
    "audit": ("followup",),
}


def _reminders_of(team_id: str, tables: list[dict[str, Any]]) -> Part | None:
    """The ledger rows of the reminders about the rows in ``tables``."""
    prefixes = [
        f"{kind}:{row['id']}:"
        for part in tables
        for kind in REMINDER_KEYS.get(part["table"], ())
        for row in part["rows"]
    ]
    if not prefixes:
        return None
    return (
        ReminderDelivery.__table__,
        and_(
            ReminderDelivery.team_id == team_id,
            or_(*(ReminderDelivery.reminder_key.startswith(p) for p in prefixes)),
        ),
    )


@cache
def _unreferenced() -> frozenset[str]:
    """Tables whose ids no foreign key points at: their rows may come back under new ids."""
    referenced = {
        key.column.table.name for t in Base.metadata.tables.values() for key in t.foreign_keys
    }
    return frozenset(name for name in Base.metadata.tables if name not in referenced)


def restore(edit: Edit, *, trash_id: int, now: dt.datetime) -> TrashView:
    """Put a deletion's rows back with their ids, and link again what pointed at them."""
    session = edit.session
    entry = session.scalar(
        select(TrashedRows).where(TrashedRows.team_id == edit.team_id, TrashedRows.id == trash_id)
    )
    if entry is None:
        raise NotFound("trash", trash_id)
    if entry.restored_at is not None:
        raise StorageError("already_restored", entity=entry.entity)
    if entry.deleted_at < now - KEEP_FOR:
        raise StorageError("restore_expired", entity=entry.entity, days=KEEP_FOR.days)
    tables = entry.snapshot["tables"]
    inside = {part["table"]: {row.get("id") for row in part["rows"]} for part in tables}
    exists = _Existence(session)
    renumbered = _unreferenced()
    batches: list[tuple[Table, list[dict[str, Any]]]] = []
    for part in tables:
        table = Base.metadata.tables[part["table"]]
        rows = [_load(table, values) for values in part["rows"]]
        for row in rows:
            if table.name in renumbered:
                row.pop("id", None)
            for key in table.foreign_keys:
                value = row.get(key.parent.name)
                target = key.column.table
                if value is None or value in inside.get(target.name, ()):
                    continue
                if exists(key.column, value):
                    continue
                if key.ondelete != "SET NULL":
                    raise StorageError("restore_place_gone", entity=target.name)
                row[key.parent.name] = None
        if rows:
            batches.append((table, rows))
    try:
        with session.begin_nested():
            for table, rows in batches:
                session.execute(insert(table), rows)
    except IntegrityError as error:
        # Something took the place since: the same document imported again, a new request
        # to the same board, a row given one of the old ids.
        raise StorageError("restore_conflict", entity=entry.entity) from error
    for link in entry.snapshot["links"]:
        table = Base.metadata.tables[link["table"]]
        column = table.c[link["column"]]
        session.execute(
            update(table)
            .where(table.c.id == link["id"], column.is_(None))
            .values({column.name: link["value"]})
        )
    entry.restored_at, entry.restored_by = now, edit.actor
    session.flush()
    session.expire_all()
    restored = edit.row(KINDS[entry.entity].model, entry.entity_id)
    edit.log(restored, "restored", None, entry.label)
    if entry.entity == "action" and restored.recommendation is not None:
        refresh_recommendation_status(session, restored.recommendation)
    return _view(entry)


def deletions(
    session: Session, *, team_id: str, since: dt.datetime, limit: int = 50
) -> list[TrashView]:
    """The workspace's deletions since ``since``, newest first."""
    rows = session.scalars(
        select(TrashedRows)
        .where(TrashedRows.team_id == team_id, TrashedRows.deleted_at >= since)
        .order_by(TrashedRows.deleted_at.desc(), TrashedRows.id.desc())
        .limit(limit)
    )
    return [_view(row) for row in rows]


def audit_deletions(session: Session, *, team_id: str, audit_id: int) -> list[TrashView]:
    """What was deleted from one audit (or the audit itself), newest first."""
    rows = session.scalars(
        select(TrashedRows)
        .where(TrashedRows.team_id == team_id, TrashedRows.audit_id == audit_id)
        .order_by(TrashedRows.id.desc())
    )
    return [_view(row) for row in rows]


def get(session: Session, *, team_id: str, trash_id: int) -> TrashView:
    row = session.scalar(
        select(TrashedRows).where(TrashedRows.team_id == team_id, TrashedRows.id == trash_id)
    )
    if row is None:
        raise NotFound("trash", trash_id)
    return _view(row)


class _Existence:
    """Whether a referenced row is there, each (column, value) asked once."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.known: dict[tuple[str, str, object], bool] = {}

    def __call__(self, column, value: object) -> bool:
        key = (column.table.name, column.name, value)
        if key not in self.known:
            found = self.session.execute(select(column).where(column == value).limit(1)).first()
            self.known[key] = found is not None
        return self.known[key]


def _links_to(session: Session, tables: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows outside the snapshot whose reference to a row in it the database will set to null
    (an action's recommendation), so that a restore can link them again."""
    ids = {part["table"]: {row["id"] for row in part["rows"] if "id" in row} for part in tables}
    links = []
    for table in Base.metadata.sorted_tables:
        if "id" not in table.c:
            continue
        for key in table.foreign_keys:
            target = key.column.table.name
            if key.ondelete != "SET NULL" or not ids.get(target):
                continue
            found = session.execute(
                select(table.c.id, key.parent).where(key.parent.in_(ids[target]))
            )
            links += [
                {"table": table.name, "column": key.parent.name, "id": row_id, "value": value}
                for row_id, value in found
                if row_id not in ids.get(table.name, ())
            ]
    return links


def _dump(table: Table, row) -> dict[str, Any]:
    values = {}
    for column in table.columns:
        value = row._mapping[column]
        if isinstance(value, dt.date | dt.datetime):
            value = value.isoformat()
        values[column.name] = value
    return values


def _load(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    row = {}
    for column in table.columns:
        value = values.get(column.name)
        if value is not None and isinstance(column.type, UTCDateTime):
            value = dt.datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Date):
            value = dt.date.fromisoformat(value)
        row[column.name] = value
    return row


def _view(row: TrashedRows) -> TrashView:
    return TrashView(
        id=row.id,
        entity=row.entity,
        entity_id=row.entity_id,
        audit_id=row.audit_id,
        label=row.label,
        deleted_at=row.deleted_at,
        deleted_by=row.deleted_by,
        restored_at=row.restored_at,
    )
