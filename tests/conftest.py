"""Shared fixtures: the whole suite runs on SQLite and on a throwaway PostgreSQL server.

Database tests take the ``engine`` (or ``session_factory``) fixture, which is parametrised
over both backends. PostgreSQL is started by the session itself when its server binaries are
installed; otherwise those tests are skipped and the summary says so, unless
REVISORBOT_REQUIRE_POSTGRES=1 (CI), where a missing server is an error.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bench.postgres import PostgresUnavailable, TemporaryPostgres
from storage.db import make_session_factory
from tests.support.databases import empty_all_tables, migrated_postgres, migrated_sqlite

# The Bolt app, the fake Slack Web API and the driver that presses its buttons, for every
# folder that needs them; pytest reads pytest_plugins only in this, the top conftest.
pytest_plugins = ["tests.support.slack_app"]

TEAM = "T0TEST"
OTHER_TEAM = "T0OTHER"
REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("REVISORBOT_CORPUS", REPO.parent / "shared" / "corpus"))

_status: dict[str, str] = {}

# CI must give the same verdict on every run: fixed examples by default. Set
# REVISORBOT_HYPOTHESIS=explore to search new examples (and keep any failure as a test).
settings.register_profile(
    "repeatable", derandomize=True, database=None, deadline=None, print_blob=True
)
settings.register_profile("explore", deadline=None, print_blob=True)
settings.load_profile(
    "explore" if os.environ.get("REVISORBOT_HYPOTHESIS") == "explore" else "repeatable"
)


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("REVISORBOT_TIMEZONE", "Europe/Stockholm")


def _require_postgres() -> bool:
    return os.environ.get("REVISORBOT_REQUIRE_POSTGRES") == "1"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[TemporaryPostgres]:
    try:
        server = TemporaryPostgres()
        server.initialise()
        server.start()
    except PostgresUnavailable as error:
        _status["postgresql"] = f"SKIPPED — {error}"
        if _require_postgres():
            pytest.fail(f"PostgreSQL is required here but could not start: {error}")
        pytest.skip(f"PostgreSQL not available: {error}")
    _status["postgresql"] = f"ran on a throwaway server ({server.version()}, port {server.port})"
    yield server
    server.cleanup()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def migrated_engine(request: pytest.FixtureRequest, tmp_path_factory) -> Iterator[Engine]:
    if request.param == "sqlite":
        engine = migrated_sqlite(tmp_path_factory.mktemp("sqlite"))
        _status.setdefault("sqlite", "ran on a temporary SQLite file")
    else:
        server: TemporaryPostgres = request.getfixturevalue("postgres_server")
        engine = migrated_postgres(server.create_database("revisorbot_test"))
    yield engine
    engine.dispose()


@pytest.fixture
def engine(migrated_engine: Engine) -> Iterator[Engine]:
    """A migrated, empty database; whatever the test commits is removed afterwards."""
    yield migrated_engine
    empty_all_tables(migrated_engine)


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def corpus() -> Path:
    if not (CORPUS / "reports").is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    return CORPUS


def pytest_report_header(config: pytest.Config) -> list[str]:
    return ["databases: every database test runs on SQLite and on a throwaway PostgreSQL server"]


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    terminalreporter.section("databases")
    terminalreporter.write_line(f"SQLite:     {_status.get('sqlite', 'not used')}")
    terminalreporter.write_line(f"PostgreSQL: {_status.get('postgresql', 'not used')}")
