"""The migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from storage.db import make_engine
from storage.migrate import alembic_config, current_revision, upgrade
from storage.models import Base
from storage.search import is_search_object


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


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_engine(request: pytest.FixtureRequest, tmp_path) -> Iterator[Engine]:
    """An empty database of each kind, migrated by the test itself."""
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    else:
        server = request.getfixturevalue("postgres_server")
        engine = make_engine(server.create_database(f"fresh_{uuid.uuid4().hex[:12]}"))
    yield engine
    engine.dispose()


def test_the_calendar_feed_migration_runs_from_the_previous_head(fresh_engine: Engine) -> None:
    upgrade(fresh_engine, "0005")
    with fresh_engine.begin() as connection:
        connection.execute(
            text("INSERT INTO organisation (team_id, name, created_at) VALUES ('T0', 'K', :t)"),
            {"t": dt.datetime(2030, 1, 1, tzinfo=dt.UTC)},
        )
    upgrade(fresh_engine, "0006_calendar")
    assert "calendar_feed" in inspect(fresh_engine).get_table_names()
    with fresh_engine.begin() as connection:
        assert connection.scalar(text("SELECT count(*) FROM organisation")) == 1
        connection.execute(
            text(
                "INSERT INTO calendar_feed (team_id, channel_id, token, created_at) "
                "VALUES ('T0', 'C0', 'x', :t)"
            ),
            {"t": dt.datetime(2030, 1, 1, tzinfo=dt.UTC)},
        )
    config = alembic_config(fresh_engine)
    with fresh_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    assert "calendar_feed" not in inspect(fresh_engine).get_table_names()
    assert current_revision(fresh_engine) == "0005"
