"""`revisorbot import`: what a user sees on the command line, and what lands in the database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from bench.samples import REVISION_LETTER, write_response_docx
from bot.cli import app
from bot.slack.workspace import LOCAL_TEAM_ID
from storage import audits
from storage.models import Audit, Base
from tests.support.cli import command_line


@pytest.fixture
def run(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator:
    with command_line(engine, monkeypatch) as runner:
        yield lambda *args: runner.invoke(app, ["import", *map(str, args)])


def _squash(value):
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [_squash(v) for v in value]
    if isinstance(value, dict):
        return {k: _squash(v) for k, v in value.items() if k != "notes"}
    return value


def _rows(session: Session) -> int:
    return sum(
        session.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables
    )


def _shaped_like(got, expected):
    """``got`` with only the keys ``expected`` has: what the importer says beyond the expected
    schema (passages, warnings, assessment texts) is checked by its own tests."""
    if isinstance(got, dict) and isinstance(expected, dict):
        return {key: _shaped_like(got.get(key), value) for key, value in expected.items()}
    if isinstance(got, list) and isinstance(expected, list) and len(got) == len(expected):
        return [_shaped_like(g, e) for g, e in zip(got, expected, strict=True)]
    return got


def test_dry_run_json_matches_every_expected_extraction_and_writes_nothing(
    corpus: Path, run, session_factory: sessionmaker[Session]
) -> None:
    reports = sorted((corpus / "reports").glob("*.txt"))
    result = run("--dry-run", "--json", *reports)
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    expected = [
        json.loads((corpus / "expected" / f"{r.stem}.json").read_text(encoding="utf-8"))
        for r in reports
    ]
    assert [p["source"] for p in printed] == [r.name for r in reports]
    for got, want in zip(printed, expected, strict=True):
        assert _squash(_shaped_like(got, want)) == _squash(want), want["source"]
    with session_factory() as session:
        assert _rows(session) == 0


def test_a_response_imported_after_its_letter_attaches_and_reimport_changes_nothing(
    tmp_path: Path, run, session_factory: sessionmaker[Session]
) -> None:
    letter = tmp_path / "skrivelse.txt"
    letter.write_text(REVISION_LETTER, encoding="utf-8")
    response = write_response_docx(tmp_path / "yttrande-tn.docx")
    broken = tmp_path / "trasig.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj <<>> endobj\n")

    first = run(letter, broken, response, "--organisation", "Testby kommun", "--json")
    assert first.exit_code == 1
    assert "trasig.pdf är en trasig eller ofullständig PDF" in first.stderr
    assert [(r["file"], r["result"]) for r in json.loads(first.stdout)] == [
        ("skrivelse.txt", "created"),
        ("trasig.pdf", "error"),
        ("yttrande-tn.docx", "attached"),
    ]

    with session_factory() as session:
        assert session.scalar(select(func.count(Audit.id))) == 1
        audit = audits.audits(session, team_id=LOCAL_TEAM_ID)[0].audit
        detail = audits.get_audit(session, team_id=LOCAL_TEAM_ID, audit_id=audit.id)
        before = _rows(session)
    received = {r.body: r.received_on for r in detail.response_requests}
    assert received["Tekniska nämnden"] is not None and received["Kommunstyrelsen"] is None
    assert len(detail.actions) == 3

    again = run(letter, response, "--organisation", "Testby kommun", "--json")
    assert again.exit_code == 0
    assert [r["result"] for r in json.loads(again.stdout)] == ["already_imported"] * 2
    with session_factory() as session:
        assert _rows(session) == before


def test_a_file_without_organisation_asks_for_one(tmp_path: Path, run) -> None:
    response = write_response_docx(tmp_path / "yttrande.docx")
    result = run(response)
    assert result.exit_code == 1
    assert "--organisation" in result.output
