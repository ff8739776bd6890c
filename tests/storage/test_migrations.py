"""The migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, insert, inspect, text
from sqlalchemy.orm import Session

from storage import search
from storage.db import make_engine
from storage.migrate import alembic_config, current_revision, upgrade
from storage.models import Base, Passage
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


@pytest.fixture(params=["sqlite", "postgresql"])
def unmigrated_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An empty database of its own, for walking the migrations one at a time."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'steps.sqlite3'}"
    else:
        server = request.getfixturevalue("postgres_server")
        url = server.create_database(f"steps_{uuid.uuid4().hex[:12]}")
    engine = make_engine(url)
    yield engine
    engine.dispose()


def _downgrade(engine: Engine, revision: str) -> None:
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def test_passages_come_to_a_database_at_the_previous_head_and_go_again(
    unmigrated_engine: Engine,
) -> None:
    engine = unmigrated_engine
    upgrade(engine, "0005")
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

    _downgrade(engine, "0005")
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
