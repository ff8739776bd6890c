"""The migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, select, text

from storage.db import make_engine, make_session_factory
from storage.migrate import alembic_config, current_revision, upgrade
from storage.models import Base, Recommendation
from storage.search import is_search_object, search


def test_models_and_migrations_agree(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_object": lambda obj, name, *_: not is_search_object(name),
            },
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_upgrade_is_idempotent_and_reaches_head(engine: Engine) -> None:
    upgrade(engine)
    assert current_revision(engine) is not None
    tables = set(inspect(engine).get_table_names())
    assert {"audit", "recommendation", "reminder_delivery", "change_log"} <= tables


def test_the_trash_arrives_from_the_previous_head_and_leaves_again(engine: Engine) -> None:
    """0006_trash on a database at 0005 keeps what it holds; downgrading drops only the trash."""
    config = alembic_config(engine)

    def run(step, revision: str) -> None:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            step(config, revision)

    run(command.downgrade, "0005")
    assert "trash" not in inspect(engine).get_table_names()
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO organisation (team_id, name, created_at) "
                "VALUES ('T0MIG', 'Kvarby', :at)"
            ),
            {"at": dt.datetime(2030, 1, 1)},
        )
    run(command.upgrade, "0006_trash")
    assert current_revision(engine) == "0006_trash"
    columns = {c["name"] for c in inspect(engine).get_columns("trash")}
    assert {"entity", "entity_id", "audit_id", "label", "snapshot", "restored_at"} <= columns
    with engine.connect() as connection:
        names = connection.execute(text("SELECT name FROM organisation")).scalars().all()
    assert names == ["Kvarby"]
    upgrade(engine)


@pytest.fixture(params=["sqlite", "postgresql"])
def unmigrated(request: pytest.FixtureRequest, tmp_path) -> Iterator[Engine]:
    """An empty database of each kind, for migrating step by step."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'steps.sqlite3'}")
    else:
        server = request.getfixturevalue("postgres_server")
        engine = make_engine(server.create_database(f"steps_{uuid.uuid4().hex[:12]}"))
    yield engine
    engine.dispose()


def test_recommendation_comments_arrive_on_a_database_at_the_previous_head(
    unmigrated: Engine,
) -> None:
    """Revision 0006m on a database holding a recommendation: kept as it was, no comment yet,
    and searchable as before (SQLite's triggers survive)."""
    previous = ScriptDirectory.from_config(alembic_config()).get_revision("0006m").down_revision
    upgrade(unmigrated, str(previous))
    with unmigrated.begin() as connection:
        for statement in (
            "INSERT INTO organisation (id, team_id, name, created_at) "
            "VALUES (1, 'T0TEST', 'Knivsta kommun', CURRENT_TIMESTAMP)",
            "INSERT INTO audit (id, team_id, organisation_id, title, created_at) "
            "VALUES (1, 'T0TEST', 1, 'Granskning av arkivet', CURRENT_TIMESTAMP)",
            "INSERT INTO recommendation (id, team_id, audit_id, position, text, status, "
            "status_is_manual) VALUES (1, 'T0TEST', 1, 0, 'Ordna arkivet.', 'open', false)",
        ):
            connection.execute(text(statement))
    upgrade(unmigrated)
    with unmigrated.begin() as connection:
        assert connection.execute(
            text("SELECT text, status, comment FROM recommendation")
        ).all() == [("Ordna arkivet.", "open", None)]
        connection.execute(text("UPDATE recommendation SET comment = 'Följs upp i maj.'"))
    with make_session_factory(unmigrated)() as session:
        assert [hit.id for hit in search(session, team_id="T0TEST", text="arkivet")] == [1]
        assert session.scalar(select(Recommendation.comment)) == "Följs upp i maj."
