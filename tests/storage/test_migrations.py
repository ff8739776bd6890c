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
from sqlalchemy import Engine, insert, inspect, select, text
from sqlalchemy.orm import Session

from storage import search
from storage.db import make_engine, make_session_factory
from storage.migrate import alembic_config, current_revision, upgrade
from storage.models import Base, Passage, Recommendation
from storage.search import is_search_object

# The migration that keeps the reports' text as passages.
PASSAGES = "0006_passages"


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
        assert [hit.id for hit in search.search(session, team_id="T0TEST", text="arkivet")] == [1]
        assert session.scalar(select(Recommendation.comment)) == "Följs upp i maj."


def _downgrade(engine: Engine, revision: str) -> None:
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def test_passages_come_to_a_database_at_the_previous_head_and_go_again(
    unmigrated: Engine,
) -> None:
    engine = unmigrated
    step = ScriptDirectory.from_config(alembic_config()).get_revision(PASSAGES)
    previous = str(step.down_revision)
    upgrade(engine, previous)
    with engine.begin() as connection:
        for statement in (
            "INSERT INTO organisation (id, team_id, name, created_at) "
            "VALUES (1, 'T0STEP', 'Granbacka kommun', CURRENT_TIMESTAMP)",
            "INSERT INTO audit (id, team_id, organisation_id, title, created_at) "
            "VALUES (1, 'T0STEP', 1, 'Vinterväghållningen', CURRENT_TIMESTAMP)",
            "INSERT INTO source_document (id, team_id, audit_id, name, sha256, imported_at) "
            "VALUES (1, 'T0STEP', 1, 'vinter.pdf', 'ab', CURRENT_TIMESTAMP)",
            "INSERT INTO question (id, team_id, audit_id, position, text) "
            "VALUES (1, 'T0STEP', 1, 0, 'Finns en plan för halkbekämpning?')",
        ):
            connection.exec_driver_sql(statement)

    upgrade(engine, PASSAGES)
    assert {"passage"} <= set(inspect(engine).get_table_names())
    with engine.begin() as connection:
        assert connection.exec_driver_sql("SELECT assessment_text FROM question").all() == [(None,)]
        connection.execute(
            insert(Passage),
            [
                {
                    "team_id": "T0STEP",
                    "audit_id": 1,
                    "source_document_id": 1,
                    "position": 0,
                    "heading_path": ["2 Resultat", "2.1 Iakttagelser"],
                    "page": 7,
                    "kind": "observation",
                    "text": "Sandlådorna vid hållplatserna var tomma.",
                }
            ],
        )
    session = Session(engine)
    try:
        (passage,) = search.search(session, team_id="T0STEP", text="sandlådorna")
        (question,) = search.search(session, team_id="T0STEP", text="halkbekämpning")
    finally:
        session.close()
    assert (passage.kind, passage.page, passage.headings) == (
        "passage",
        7,
        ("2 Resultat", "2.1 Iakttagelser"),
    )
    assert question.kind == "question"

    _downgrade(engine, previous)
    assert "passage" not in inspect(engine).get_table_names()
    assert "assessment_text" not in {c["name"] for c in inspect(engine).get_columns("question")}
    with engine.begin() as connection:
        # The other kinds' search still follows their rows.
        connection.exec_driver_sql("UPDATE question SET text = 'Finns en plan för sandning?'")
    session = Session(engine)
    try:
        hits = session.execute(
            text(
                "SELECT count(*) FROM search_question WHERE search_question MATCH 'sandning'"
                if engine.dialect.name == "sqlite"
                else "SELECT count(*) FROM question "
                "WHERE search_tsv @@ to_tsquery('swedish', 'sandning')"
            )
        ).scalar()
    finally:
        session.close()
    assert hits == 1
