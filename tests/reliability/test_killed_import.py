"""`revisorbot import` killed with SIGKILL half-way: no partial audit, and a re-run finishes.

A real process imports many files into the test database (SQLite and PostgreSQL) and is
killed while it saves them, at whatever point it has reached. Every audit then stored must
hold all its file brought, and running the same import again must add exactly the rest.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from bench import samples
from ingest.extract import extract_text
from ingest.schema import Extraction
from storage.models import (
    Action,
    Audit,
    ImportDraft,
    Organisation,
    Question,
    Recommendation,
    Response,
    ResponseRequest,
    SourceDocument,
)
from tests.conftest import CORPUS, REPO, TEAM

pytestmark = pytest.mark.slow

# Made-up place names, one organisation per file, so every file is an audit of its own.
_NAMES = [
    first + last
    for first, last in itertools.product(
        ["Al", "Bro", "Dal", "Ek", "Fur", "Gran", "Hag", "Lind", "Mos", "Norr", "Rask", "Sol"],
        ["by", "sta", "torp", "vik", "hult", "berga"],
    )
]
FILES = 60


@dataclass(frozen=True)
class Base:
    key: str
    text: str
    place: str  # the name of the kommun in the text, replaced per file

    def counts(self) -> tuple[int, int, int, int, int]:
        return _counts(extract_text(self.text, source=f"{self.key}.txt"))


def _counts(extraction: Extraction) -> tuple[int, int, int, int, int]:
    request = extraction.response_request
    return (
        len(extraction.questions),
        len(extraction.recommendations),
        len(request.from_bodies) if request else 0,
        len(extraction.responses),
        sum(len(r.actions) for r in extraction.responses),
    )


def _bases() -> list[Base]:
    bases = [
        Base("numbered", samples.NUMBERED_REPORT, "Testby"),
        Base("cover", samples.COVER_LETTER_AND_REPORT, "Exempelby"),
        Base("letter", samples.REVISION_LETTER, "Testby"),
        Base("paged", samples.PAGED_REPORT, "Testby"),
    ]
    places = {"000": "Vännäs", "001": "Vänersborg", "002": "Vallentuna", "003": "Knivsta"}
    for path in sorted((CORPUS / "reports").glob("*.txt")):
        if path.name[:3] in places:
            bases.append(Base(path.stem, path.read_text(encoding="utf-8"), places[path.name[:3]]))
    return bases


def _write_files(directory: Path) -> dict[str, Base]:
    """FILES report files, each about a kommun of its own; file name → the text it came from."""
    bases = _bases()
    written: dict[str, Base] = {}
    for number, name in enumerate(_NAMES[:FILES]):
        base = bases[number % len(bases)]
        path = directory / f"{number:03d}-{name.lower()}.txt"
        path.write_text(base.text.replace(base.place, name), encoding="utf-8")
        written[path.name] = base
    return written


def _import(url: str, paths: list[Path], cwd: Path, *extra: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "PYTHONPATH": str(REPO),
        "SLACK_BOT_TOKEN": "",
        "REVISORBOT_LANGUAGE": "sv",
    }
    command = [sys.executable, "-m", "bot.cli", "import", "--team", TEAM, *extra]
    return subprocess.Popen(
        [*command, *map(str, paths)],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _saved(engine: Engine) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count(SourceDocument.id))) or 0


def _kill_after(process: subprocess.Popen, engine: Engine, saved: int) -> int:
    """SIGKILL the import once ``saved`` files are stored; returns how many were then."""
    deadline = time.monotonic() + 120
    while _saved(engine) < saved:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the import never got going"
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    return _saved(engine)


def _stored_audits(engine: Engine) -> dict[str, tuple[int, ...]]:
    """File name → what its audit holds, checking that nothing stands outside an audit."""
    with Session(engine) as session:
        documents = session.execute(select(SourceDocument.name, SourceDocument.audit_id)).all()
        assert len({name for name, _ in documents}) == len(documents), "a file stored twice"
        audits = session.scalars(select(Audit)).all()
        assert sorted(a.id for a in audits) == sorted(audit_id for _, audit_id in documents)
        organisations = session.scalars(select(Organisation)).all()
        per_org = Counter(a.organisation_id for a in audits)
        assert all(per_org[o.id] == 1 for o in organisations), "an organisation without audit"
        assert session.scalar(select(func.count(ImportDraft.id))) == 0

        def count(model, audit_id: int) -> int:
            if model is Action:
                query = (
                    select(func.count(Action.id))
                    .join(Response)
                    .where(Response.audit_id == audit_id)
                )
            else:
                query = select(func.count(model.id)).where(model.audit_id == audit_id)
            return session.scalar(query) or 0

        models = (Question, Recommendation, ResponseRequest, Response, Action)
        return {
            name: tuple(count(model, audit_id) for model in models) for name, audit_id in documents
        }


def test_an_import_killed_half_way_leaves_whole_audits_and_a_rerun_adds_the_rest(
    engine: Engine, tmp_path: Path
) -> None:
    written = _write_files(tmp_path)
    paths = sorted(tmp_path / name for name in written)
    expected = {name: base.counts() for name, base in written.items()}
    url = engine.url.render_as_string(hide_password=False)

    saved = []
    for stop_at in (FILES // 4, FILES // 2):
        saved.append(_kill_after(_import(url, paths, tmp_path), engine, stop_at))
        stored = _stored_audits(engine)
        assert len(stored) < FILES, "the import finished before it could be killed"
        for name, held in stored.items():
            assert held == expected[name], f"{name}: stored {held}, the file has {expected[name]}"

    finished = _import(url, paths, tmp_path, "--json")
    out, err = finished.communicate(timeout=300)
    assert finished.returncode == 0, err
    results = Counter(entry["result"] for entry in json.loads(out))
    assert results == {"already_imported": saved[-1], "created": FILES - saved[-1]}
    stored = _stored_audits(engine)
    assert stored == expected
