"""Each expected corpus extraction loads into the database and reads back equal."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from ingest.schema import Extraction
from storage.db import transaction
from storage.loader import load_extraction
from storage.models import Base
from storage.readback import extraction_of
from tests.conftest import TEAM

STEMS = [
    "000_9ea7337aa0ff5395",
    "001_8215f3c857cb3c15",
    "002_5fa02c150640d98f",
    "003_3d467266c3c08858",
    "004_2f8c789bee7adece",
]


def _expected(corpus: Path, stem: str) -> dict:
    return json.loads((corpus / "expected" / f"{stem}.json").read_text(encoding="utf-8"))


def _row_counts(session: Session) -> dict[str, int]:
    return {
        table.name: session.scalar(select(func.count()).select_from(table))
        for table in Base.metadata.sorted_tables
    }


@pytest.mark.parametrize("stem", STEMS)
def test_expected_extraction_reads_back_field_by_field(
    corpus: Path, session_factory: sessionmaker[Session], stem: str
) -> None:
    expected = _expected(corpus, stem)
    with transaction(session_factory) as session:
        result = load_extraction(
            session,
            team_id=TEAM,
            extraction=Extraction.model_validate(expected),
            sha256=hashlib.sha256(stem.encode()).hexdigest(),
            actor="test",
        )
    with session_factory() as session:
        stored = extraction_of(session, team_id=TEAM, audit_id=result.audit_id).to_json_dict()
    for field, value in expected.items():
        assert _shaped_like(stored[field], value) == value, field


def _shaped_like(stored, expected):
    """``stored`` with only the keys ``expected`` has: fields beyond the expected schema
    (each question's assessment text) are compared by their own tests."""
    if isinstance(stored, dict) and isinstance(expected, dict):
        return {key: _shaped_like(stored.get(key), value) for key, value in expected.items()}
    if isinstance(stored, list) and isinstance(expected, list) and len(stored) == len(expected):
        return [_shaped_like(s, e) for s, e in zip(stored, expected, strict=True)]
    return stored


def test_loading_the_same_document_twice_changes_nothing(
    corpus: Path, session_factory: sessionmaker[Session]
) -> None:
    expected = Extraction.model_validate(_expected(corpus, STEMS[3]))
    with transaction(session_factory) as session:
        first = load_extraction(
            session, team_id=TEAM, extraction=expected, sha256="a" * 64, actor="test"
        )
    with session_factory() as session:
        before = _row_counts(session)
    with transaction(session_factory) as session:
        second = load_extraction(
            session, team_id=TEAM, extraction=expected, sha256="a" * 64, actor="test"
        )
    with session_factory() as session:
        assert _row_counts(session) == before
    assert second.already_imported and second.audit_id == first.audit_id
    assert before["action"] == 21 and before["recommendation"] == 6
