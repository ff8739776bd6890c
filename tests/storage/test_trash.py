"""Deleting keeps what it deletes: an audit with everything under it, or one item, comes back
with its ids; a restore that has nowhere to go says why and changes nothing."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ingest.schema import Action, Extraction, Passage, Recommendation, Response, ResponseRequest
from storage import channels, history, trash
from storage.base import Base
from storage.corrections import request_responses
from storage.db import transaction
from storage.edits import Edit
from storage.errors import NotFound, StorageError
from storage.followup_models import FollowUpItem, FollowUpRound
from storage.loader import load_extraction
from storage.models import Action as ActionRow
from storage.models import Recommendation as RecommendationRow
from storage.models import ReminderDelivery, TrashedRows
from storage.models import ResponseRequest as RequestRow
from tests.conftest import OTHER_TEAM, TEAM

NOW = dt.datetime(2030, 3, 13, 9, 0, tzinfo=dt.UTC)
EDITOR = "U0EDITOR"
# The tables an audit's rows live in (the trash's own rows and the change log aside).
AUDIT_TABLES = (
    "audit",
    "source_document",
    "audit_body",
    "question",
    "recommendation",
    "recommendation_addressee",
    "response_request",
    "reminder_snooze",
    "response",
    "action",
    "action_board",
    "passage",
    "follow_up_item",
)


def _extraction(title: str = "Granskning av lokalvården") -> Extraction:
    """An audit written for these tests: two recommendations, two boards asked to respond,
    one response whose actions answer both recommendations."""
    return Extraction(
        source=f"{title}.txt",
        organisation="Provby kommun",
        title=title,
        audit_firm="Revisionskontoret",
        report_date="2030-01-15",
        audited_bodies=["Kommunstyrelsen", "Tekniska nämnden"],
        recommendations=[
            Recommendation(text="Ta fram ett städprogram.", addressee=["Tekniska nämnden"]),
            Recommendation(text="Följ upp avtalen.", addressee=["Kommunstyrelsen"]),
        ],
        response_request=ResponseRequest(
            deadline=dt.date(2030, 3, 31),
            from_bodies=["Kommunstyrelsen", "Tekniska nämnden"],
        ),
        passages=[
            Passage(
                kind="observation",
                text="Städningen av skolorna följs inte upp mot avtalet.",
                page=4,
                heading_path=["3 Iakttagelser"],
            )
        ],
        responses=[
            Response(
                body="Kommunstyrelsen",
                date=dt.date(2030, 3, 1),
                registry_number="KS-2030/7",
                actions=[
                    Action(recommendation_index=0, action="Programmet skrivs.", board="KS"),
                    Action(
                        recommendation_index=1,
                        action="Avtalen gås igenom.",
                        due=dt.date(2030, 6, 30),
                        due_precision="day",
                        status="started",
                    ),
                ],
            )
        ],
    )


def _load(session_factory: sessionmaker[Session], extraction: Extraction) -> int:
    with transaction(session_factory) as session:
        return load_extraction(
            session,
            team_id=TEAM,
            extraction=extraction,
            sha256=hashlib.sha256(extraction.title.encode()).hexdigest(),
            actor="test",
        ).audit_id


@pytest.fixture
def audit_id(session_factory: sessionmaker[Session]) -> int:
    audit = _load(session_factory, _extraction())
    with transaction(session_factory) as session:
        request = session.scalars(select(RequestRow).order_by(RequestRow.id)).first()
        channels.snooze(
            Edit(session, TEAM, EDITOR),
            channel_id="C0TEAM",
            request_id=request.id,
            snoozed_on=dt.date(2030, 3, 12),
            until=dt.date(2030, 3, 20),
        )
        # Last year's follow-up round assessed the first recommendation.
        first = session.scalars(select(RecommendationRow).order_by(RecommendationRow.id)).first()
        round_ = FollowUpRound(team_id=TEAM, organisation_id=first.audit.organisation_id, year=2030)
        session.add(round_)
        session.flush()
        session.add(
            FollowUpItem(
                team_id=TEAM,
                round_id=round_.id,
                recommendation_id=first.id,
                assessment="partly_fixed",
                comment="Programmet finns men följs inte.",
                assessed_by=EDITOR,
                assessed_at=NOW,
            )
        )
    return audit


def test_every_table_whose_rows_go_with_an_audit_is_kept_by_its_deletion() -> None:
    """A table added later that cascades from an audit's rows must be in the trash too, or
    undoing a deletion would silently lose its rows."""
    kept = set(AUDIT_TABLES)
    cascading = {
        table.name
        for table in Base.metadata.sorted_tables
        for key in table.foreign_keys
        if key.ondelete == "CASCADE" and key.column.table.name in kept
    }
    assert cascading <= kept | {"trash"}


# Rows no other row points at come back under new ids; everything else under its own.
RENUMBERED = ("recommendation_addressee", "reminder_snooze", "passage", "follow_up_item")


def _rows(session_factory: sessionmaker[Session]) -> dict[str, list[dict]]:
    """Every row of the audit tables, as the database holds them."""
    with session_factory() as session:
        found = {}
        for name in AUDIT_TABLES:
            table = Base.metadata.tables[name]
            rows = [dict(row._mapping) for row in session.execute(select(table))]
            if name in RENUMBERED:
                rows = [{k: v for k, v in row.items() if k != "id"} for row in rows]
            found[name] = sorted(rows, key=lambda row: sorted(map(str, row.items())))
        return found


def _delete(session_factory, entity: str, entity_id: int, *, team: str = TEAM):
    with transaction(session_factory) as session:
        return trash.delete_item(
            Edit(session, team, EDITOR), entity=entity, entity_id=entity_id, now=NOW
        )


def _restore(session_factory, trash_id: int, *, now: dt.datetime = NOW, team: str = TEAM):
    with transaction(session_factory) as session:
        return trash.restore(Edit(session, team, EDITOR), trash_id=trash_id, now=now)


def test_an_audit_deleted_with_everything_under_it_comes_back_with_the_same_ids(
    session_factory: sessionmaker[Session], audit_id: int
) -> None:
    before = _rows(session_factory)
    assert all(before[name] for name in AUDIT_TABLES if name != "question")
    assert before["passage"] and before["follow_up_item"]

    entry = _delete(session_factory, "audit", audit_id)
    assert entry.label == "Provby kommun: Granskning av lokalvården"
    assert {name: rows for name, rows in _rows(session_factory).items() if rows} == {}

    restored = _restore(session_factory, entry.id)
    assert restored.restored_at == NOW
    assert _rows(session_factory) == before
    with session_factory() as session:
        log = history.changes(session, team_id=TEAM, entity="audit", entity_id=audit_id)
    assert [(c.field, c.actor) for c in log[:2]] == [("restored", EDITOR), ("deleted", EDITOR)]


def test_a_recommendation_comes_back_linked_to_the_actions_that_answer_it(
    session_factory: sessionmaker[Session], audit_id: int
) -> None:
    with session_factory() as session:
        first = session.scalars(select(RecommendationRow).order_by(RecommendationRow.id)).first()
        first_id, status = first.id, first.status
    before = _rows(session_factory)

    entry = _delete(session_factory, "recommendation", first_id)
    with session_factory() as session:
        actions = session.scalars(select(ActionRow).order_by(ActionRow.id)).all()
        # The action that answered it answers nothing now; the other is untouched.
        assert actions[0].recommendation_id is None
        assert actions[1].recommendation_id not in (None, first_id)
        assert session.get(RecommendationRow, first_id) is None

    _restore(session_factory, entry.id)
    assert _rows(session_factory) == before
    with session_factory() as session:
        assert session.get(RecommendationRow, first_id).status == status


def test_a_deleted_action_no_longer_drives_its_recommendation_and_does_again_when_restored(
    session_factory: sessionmaker[Session], audit_id: int
) -> None:
    with session_factory() as session:
        started = session.scalars(select(ActionRow).where(ActionRow.status == "started")).one()
        action_id, recommendation_id = started.id, started.recommendation_id
        assert session.get(RecommendationRow, recommendation_id).status == "in_progress"

    entry = _delete(session_factory, "action", action_id)
    with session_factory() as session:
        assert session.get(RecommendationRow, recommendation_id).status == "open"

    _restore(session_factory, entry.id)
    with session_factory() as session:
        assert session.get(ActionRow, action_id).status == "started"
        assert session.get(RecommendationRow, recommendation_id).status == "in_progress"


def test_restoring_an_item_whose_audit_is_gone_is_refused_and_changes_nothing(
    session_factory: sessionmaker[Session], audit_id: int
) -> None:
    with session_factory() as session:
        request_id = session.scalars(select(RequestRow.id).order_by(RequestRow.id)).first()
    item = _delete(session_factory, "response_request", request_id)
    whole = _delete(session_factory, "audit", audit_id)
    with pytest.raises(StorageError) as refused:
        _restore(session_factory, item.id)
    assert (refused.value.code, refused.value.params) == (
        "restore_place_gone",
        {"entity": "audit"},
    )

    # The audit first, then the request: both back, the snooze with it.
    _restore(session_factory, whole.id)
    _restore(session_factory, item.id)
    rows = _rows(session_factory)
    assert request_id in {r["id"] for r in rows["response_request"]}
    assert [r["response_request_id"] for r in rows["reminder_snooze"]] == [request_id]


def test_a_request_to_a_board_asked_again_since_cannot_be_restored_over_it(
    session_factory: sessionmaker[Session], audit_id: int
) -> None:
    with session_factory() as session:
        request = session.scalars(select(RequestRow).order_by(RequestRow.id)).first()
        request_id, board = request.id, request.body.name
    entry = _delete(session_factory, "response_request", request_id)
    with transaction(session_factory) as session:
        request_responses(
            Edit(session, TEAM, EDITOR),
            audit_id=audit_id,
            boards=[board],
            deadline=dt.date(2030, 4, 30),
        )
    before = _rows(session_factory)
    with pytest.raises(StorageError) as refused:
        _restore(session_factory, entry.id)
    assert refused.value.code == "restore_conflict"
    assert _rows(session_factory) == before
    with session_factory() as session:
        assert session.get(TrashedRows, entry.id).restored_at is None


def test_a_deletion_can_be_undone_once_and_for_thirty_days(
    session_factory: sessionmaker[Session], audit_id: int
) -> None:
    entry = _delete(session_factory, "audit", audit_id)
    with pytest.raises(StorageError) as late:
        _restore(session_factory, entry.id, now=NOW + dt.timedelta(days=30, minutes=1))
    assert late.value.code == "restore_expired"

    _restore(session_factory, entry.id, now=NOW + dt.timedelta(days=29, hours=23))
    with pytest.raises(StorageError) as again:
        _restore(session_factory, entry.id)
    assert again.value.code == "already_restored"


def test_a_deletion_older_than_thirty_days_is_dropped_by_the_next(
    session_factory: sessionmaker[Session], audit_id: int
) -> None:
    old = _delete(session_factory, "audit", audit_id)
    with transaction(session_factory) as session:
        session.get(TrashedRows, old.id).deleted_at = NOW - dt.timedelta(days=31)
    newer = _load(session_factory, _extraction("Granskning av fordonen"))
    _delete(session_factory, "audit", newer)
    with session_factory() as session:
        kept = session.scalars(select(TrashedRows)).all()
    assert [entry.label for entry in kept] == ["Provby kommun: Granskning av fordonen"]


def test_another_workspace_can_neither_delete_nor_restore(
    session_factory: sessionmaker[Session], audit_id: int
) -> None:
    with pytest.raises(NotFound):
        _delete(session_factory, "audit", audit_id, team=OTHER_TEAM)
    entry = _delete(session_factory, "audit", audit_id)
    with pytest.raises(NotFound):
        _restore(session_factory, entry.id, team=OTHER_TEAM)
    with session_factory() as session:
        assert trash.get(session, team_id=TEAM, trash_id=entry.id).restored_at is None


def _ledger_keys(session_factory) -> list[str]:
    with session_factory() as session:
        return sorted(session.scalars(select(ReminderDelivery.reminder_key)))


def test_the_ledger_of_a_deleted_requests_reminders_leaves_and_comes_back_with_it(
    session_factory: sessionmaker[Session], audit_id: int
) -> None:
    """So that a request given the deleted one's id (SQLite reuses the highest) is not taken
    for it: its reminders were never sent."""
    with session_factory() as session:
        first, second = session.scalars(select(RequestRow.id).order_by(RequestRow.id)).all()
    keys = [
        f"response:{first}:2030-03-31:wd7",
        f"escalation:{first}:2030-03-31",
        f"response:{second}:2030-03-31:wd7",
        "digest:2030-03-11:0800",
    ]
    with transaction(session_factory) as session:
        for key in keys:
            session.add(
                ReminderDelivery(
                    team_id=TEAM,
                    channel_id="C0TEAM",
                    reminder_key=key,
                    claimed_at=NOW,
                    lease_expires_at=NOW,
                    sent_at=NOW,
                    message_ts="1.2",
                )
            )
    entry = _delete(session_factory, "response_request", first)
    assert _ledger_keys(session_factory) == sorted(keys[2:])
    _restore(session_factory, entry.id)
    assert _ledger_keys(session_factory) == sorted(keys)
