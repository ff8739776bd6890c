"""Data stranded under the local workspace: moved whole to the bot's, adopted on start, never
doubled, and a reader may not move it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.core.errors import PermissionDenied, UserFacingError
from bot.demo.data import load_demo
from bot.services import workspaces
from bot.slack.workspace import LOCAL_TEAM_ID
from storage import history, items, search
from storage.db import transaction
from storage.models import Audit, Organisation, Subscription
from tests.conftest import OTHER_TEAM, TEAM
from tests.support.context import request_context

TODAY = dt.date(2030, 3, 13)


def _demo(session_factory: sessionmaker[Session], team_id: str) -> None:
    with transaction(session_factory) as session:
        load_demo(session, team_id=team_id, today=TODAY)


def _count(session_factory: sessionmaker[Session], model, team_id: str) -> int:
    with session_factory() as session:
        return session.scalar(
            select(func.count()).select_from(model).where(model.team_id == team_id)
        )


def test_everything_under_the_local_workspace_moves_to_the_bots_and_is_found_there(
    session_factory: sessionmaker[Session],
) -> None:
    _demo(session_factory, LOCAL_TEAM_ID)
    audits_before = _count(session_factory, Audit, LOCAL_TEAM_ID)
    with session_factory() as session:
        recommendation = items.recommendations(session, team_id=LOCAL_TEAM_ID)[0]
    word = max(recommendation.text.split(), key=len).strip(".,")

    ctx = request_context(session_factory, team_id=TEAM, today=TODAY)
    moved = workspaces.move(ctx, source=LOCAL_TEAM_ID)

    assert moved.organisations == ("Exempelkommun", "Testby region")
    assert moved.count("audit") == audits_before > 0
    assert _count(session_factory, Audit, LOCAL_TEAM_ID) == 0
    assert _count(session_factory, Audit, TEAM) == audits_before
    assert _count(session_factory, Subscription, TEAM) == moved.count("subscription") > 0
    with session_factory() as session:
        assert [hit.id for hit in search.search(session, team_id=TEAM, text=word)]
        assert search.search(session, team_id=LOCAL_TEAM_ID, text=word) == []
        logged = history.changes(session, team_id=TEAM, entity="organisation")
    assert {(c.field, c.old_value, c.new_value, c.actor) for c in logged} == {
        ("team_id", LOCAL_TEAM_ID, TEAM, "U0EDITOR")
    }
    assert len(logged) == 2


def test_a_workspace_that_holds_data_takes_more_only_with_merge_and_never_two_of_one(
    session_factory: sessionmaker[Session],
) -> None:
    _demo(session_factory, LOCAL_TEAM_ID)
    with transaction(session_factory) as session:
        session.add(Organisation(team_id=TEAM, name="Knivsta kommun"))
    ctx = request_context(session_factory, team_id=TEAM, today=TODAY)

    with pytest.raises(UserFacingError) as refused:
        workspaces.move(ctx, source=LOCAL_TEAM_ID)
    assert refused.value.key == "workspace.target_holds_data"
    assert _count(session_factory, Organisation, LOCAL_TEAM_ID) == 2

    moved = workspaces.move(ctx, source=LOCAL_TEAM_ID, merge=True)
    assert moved.organisations == ("Exempelkommun", "Testby region")
    assert _count(session_factory, Organisation, TEAM) == 3

    # The same organisation under two workspaces: named, and nothing moves.
    _demo(session_factory, OTHER_TEAM)
    with pytest.raises(UserFacingError) as clash:
        workspaces.move(ctx, source=OTHER_TEAM, merge=True)
    assert clash.value.key == "workspace.collisions"
    assert "Exempelkommun" in clash.value.params["names"]
    assert _count(session_factory, Organisation, OTHER_TEAM) == 2
    assert _count(session_factory, Organisation, TEAM) == 3


def test_the_bot_adopts_local_data_only_when_its_own_workspace_holds_nothing(
    session_factory: sessionmaker[Session],
) -> None:
    ctx = request_context(session_factory, team_id=TEAM, today=TODAY)
    assert workspaces.adopt(ctx, source=LOCAL_TEAM_ID) is None  # nothing anywhere

    _demo(session_factory, LOCAL_TEAM_ID)
    adopted = workspaces.adopt(ctx, source=LOCAL_TEAM_ID)
    assert adopted is not None and adopted.organisations == ("Exempelkommun", "Testby region")
    assert workspaces.stranded(ctx, source=LOCAL_TEAM_ID) == []

    # Imported locally again while the bot's workspace holds data: left where it is, and said.
    with transaction(session_factory) as session:
        session.add(Organisation(team_id=LOCAL_TEAM_ID, name="Knivsta kommun"))
    assert workspaces.adopt(ctx, source=LOCAL_TEAM_ID) is None
    assert workspaces.stranded(ctx, source=LOCAL_TEAM_ID) == ["Knivsta kommun"]


def test_a_reader_cannot_move_data_and_nothing_moves_to_itself(
    session_factory: sessionmaker[Session],
) -> None:
    _demo(session_factory, LOCAL_TEAM_ID)
    reader = request_context(session_factory, team_id=TEAM, today=TODAY, editor=False)
    with pytest.raises(PermissionDenied):
        workspaces.move(reader, source=LOCAL_TEAM_ID)
    editor = request_context(session_factory, team_id=LOCAL_TEAM_ID, today=TODAY)
    with pytest.raises(UserFacingError) as same:
        workspaces.move(editor, source=LOCAL_TEAM_ID)
    assert same.value.key == "workspace.same"
    with pytest.raises(UserFacingError) as empty:
        workspaces.move(
            request_context(session_factory, team_id=TEAM, today=TODAY), source="T0NONE"
        )
    assert empty.value.key == "workspace.source_empty"
    assert _count(session_factory, Organisation, LOCAL_TEAM_ID) == 2
