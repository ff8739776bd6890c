"""Fixtures for the reliability and security suite; the Slack ones come from tests/support."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from bench.postgres import PostgresUnavailable, TemporaryPostgres
from tests.conftest import _require_postgres
from tests.support.served import EDGE_COUNTS
from tests.support.slack_api import FakeSlackAPI
from tests.support.tallies import TALLIES


@pytest.fixture
def own_postgres() -> Iterator[TemporaryPostgres]:
    """A PostgreSQL server of this test's own, to stop and start without disturbing others."""
    try:
        server = TemporaryPostgres()
        server.initialise()
        server.start()
    except PostgresUnavailable as error:
        if _require_postgres():
            pytest.fail(f"PostgreSQL is required here but could not start: {error}")
        pytest.skip(f"PostgreSQL not available: {error}")
    yield server
    server.cleanup()


@pytest.fixture
def fake() -> Iterator[FakeSlackAPI]:
    """A fake Web API of this test's own; stopped without waiting for answers it still holds
    back (a scripted late answer)."""
    fake = FakeSlackAPI().start()
    yield fake
    threading.Thread(target=fake.stop, daemon=True).start()


def pytest_terminal_summary(terminalreporter) -> None:
    if EDGE_COUNTS:
        terminalreporter.section("HTTP edge")
        for kind, counts in EDGE_COUNTS.items():
            terminalreporter.write_line(f"{kind}: {counts}")
    for heading, cases in TALLIES.items():
        terminalreporter.section(heading)
        for case, counts in cases.items():
            terminalreporter.write_line(f"{case}: {counts}")
