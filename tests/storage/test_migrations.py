"""The migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

import datetime as dt

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

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
