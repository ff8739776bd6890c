"""Fixtures shared by the service tests."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from tests.support.reminders import SUNDAY_DEADLINE, audit_extraction, load, watch_with


@pytest.fixture
def knivsta(session_factory: sessionmaker[Session]) -> int:
    """Two boards owe a response on Sunday: two reminders to CHANNEL on Friday morning."""
    load(
        session_factory,
        audit_extraction(
            "Knivsta kommun", title="Granskning av lokalförsörjning", deadline=SUNDAY_DEADLINE
        ),
    )
    return watch_with(session_factory, "Knivsta kommun")
