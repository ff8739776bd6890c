"""The report's own text kept as passages: stored with the document, filled in when a file
imported before is imported again, gone with its audit."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, delete, event, func, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from ingest.schema import Extraction, Passage, Question, Recommendation
from storage import audits, search
from storage.db import transaction
from storage.loader import load_extraction
from storage.models import Audit, Base, ChangeLog
from storage.models import Passage as StoredPassage
from storage.models import Question as StoredQuestion
from storage.readback import extraction_of
from tests.conftest import TEAM

DIGEST = "d" * 64


def _report(passages: int = 3) -> Extraction:
    filler = [
        Passage(
            heading_path=["3 Övrigt", f"3.{n} Område {n}"],
            page=5 + n // 4,
            kind="other",
            text=f"Förvaltningen har i område {n} sett över sina rutiner för arkivering.",
        )
        for n in range(max(passages - 3, 0))
    ]
    return Extraction(
        source="vinter.pdf",
        organisation="Granbacka kommun",
        title="Granskning av vinterväghållningen",
        questions=[
            Question(
                text="Finns det en aktuell plan för snöröjning?",
                assessment="Delvis",
                assessment_text="Vi bedömer att planen är inaktuell.",
            ),
            Question(text="Följs entreprenörerna upp?", assessment="Nej"),
        ],
        recommendations=[
            Recommendation(text="Revidera planen för snöröjning.", addressee=["Tekniska nämnden"])
        ],
        passages=[
            Passage(
                heading_path=["1 Inledning", "1.1 Bakgrund"],
                page=2,
                kind="background",
                text="Kommunen ansvarar för snöröjning på gator och cykelvägar.",
            ),
            Passage(
                heading_path=["2 Granskningsresultat", "2.1.1 Iakttagelser"],
                page=3,
                kind="observation",
                text="Flera av sandlådorna vid busshållplatserna var tomma.",
            ),
            Passage(
                heading_path=["2 Granskningsresultat", "2.1.2 Bedömning"],
                page=3,
                kind="assessment",
                text="Vi bedömer att planen är inaktuell.",
            ),
            *filler,
        ],
    )


def _load(factory: sessionmaker[Session], extraction: Extraction):
    with transaction(factory) as session:
        return load_extraction(
            session, team_id=TEAM, extraction=extraction, sha256=DIGEST, actor="test"
        )


def _passages(session: Session) -> list[tuple]:
    return [
        (p.position, p.heading_path, p.page, p.kind, p.text)
        for p in session.scalars(select(StoredPassage).order_by(StoredPassage.position))
    ]


def _questions(session: Session) -> list[tuple]:
    """The questions as a re-import may not change them (their assessment texts aside)."""
    columns = (StoredQuestion.id, StoredQuestion.text, StoredQuestion.assessment_label)
    return session.execute(select(*columns).order_by(StoredQuestion.id)).all()


def _every_row(session: Session, *, leave_out: tuple[str, ...] = ()) -> dict[str, list[Any]]:
    """Every table's rows, in id order: what a re-import may not change."""
    rows = {}
    for table in Base.metadata.sorted_tables:
        if table.name in leave_out:
            continue
        order = list(table.primary_key.columns)
        rows[table.name] = [tuple(row) for row in session.execute(select(table).order_by(*order))]
    return rows


def test_a_report_keeps_its_text_as_passages_and_each_question_its_assessment(
    session_factory: sessionmaker[Session],
) -> None:
    result = _load(session_factory, _report())
    assert result.counts["passages"] == 3 and result.passages_added == 0
    with session_factory() as session:
        assert _passages(session) == [
            (
                0,
                ["1 Inledning", "1.1 Bakgrund"],
                2,
                "background",
                "Kommunen ansvarar för snöröjning på gator och cykelvägar.",
            ),
            (
                1,
                ["2 Granskningsresultat", "2.1.1 Iakttagelser"],
                3,
                "observation",
                "Flera av sandlådorna vid busshållplatserna var tomma.",
            ),
            (
                2,
                ["2 Granskningsresultat", "2.1.2 Bedömning"],
                3,
                "assessment",
                "Vi bedömer att planen är inaktuell.",
            ),
        ]
        detail = audits.get_audit(session, team_id=TEAM, audit_id=result.audit_id)
        stored = extraction_of(session, team_id=TEAM, audit_id=result.audit_id)
    assert [q.assessment_text for q in detail.questions] == [
        "Vi bedömer att planen är inaktuell.",
        None,
    ]
    # Read back in the extraction's schema, the audit says what the document said.
    assert stored.passages == _report().passages
    assert stored.questions == _report().questions


def test_reimporting_a_file_imported_before_passages_were_kept_fills_them_in_and_nothing_else(
    session_factory: sessionmaker[Session],
) -> None:
    first = _load(session_factory, _report())
    with session_factory() as session:
        kept = _passages(session)
    # The database as migration 0006 leaves one imported before it: no passages, no texts.
    with transaction(session_factory) as session:
        session.execute(delete(StoredPassage))
        session.execute(update(StoredQuestion).values(assessment_text=None))
    with session_factory() as session:
        before = _every_row(session, leave_out=("passage", "change_log", "question"))
        questions = _questions(session)
        history = session.scalar(select(func.count(ChangeLog.id)))

    again = _load(session_factory, _report())
    assert (again.audit_id, again.already_imported, again.passages_added) == (
        first.audit_id,
        True,
        3,
    )
    with session_factory() as session:
        assert _passages(session) == kept
        assert search.search(session, team_id=TEAM, text="sandlådorna")[0].page == 3
        assert _every_row(session, leave_out=("passage", "change_log", "question")) == before
        assert _questions(session) == questions
        texts = session.scalars(select(StoredQuestion.assessment_text).order_by(StoredQuestion.id))
        assert list(texts) == ["Vi bedömer att planen är inaktuell.", None]
        change = session.scalars(select(ChangeLog).order_by(ChangeLog.id.desc())).first()
        assert session.scalar(select(func.count(ChangeLog.id))) == history + 1
        assert (change.field, change.new_value) == ("import_passages", "vinter.pdf")
        settled = _every_row(session)

    # Once they are there, the same file again changes nothing at all.
    third = _load(session_factory, _report())
    assert third.already_imported and third.passages_added == 0
    with session_factory() as session:
        assert _every_row(session) == settled


def test_deleting_an_audit_deletes_its_passages_and_their_search_entries(
    session_factory: sessionmaker[Session],
) -> None:
    result = _load(session_factory, _report())
    with transaction(session_factory) as session:
        session.execute(delete(Audit).where(Audit.id == result.audit_id))
    with session_factory() as session:
        assert session.scalar(select(func.count(StoredPassage.id))) == 0
        assert search.search(session, team_id=TEAM, text="sandlådorna") == []
        if session.get_bind().dialect.name == "sqlite":
            assert session.scalar(text("SELECT count(*) FROM search_passage")) == 0


def test_a_long_report_writes_its_passages_in_one_statement(
    engine: Engine, session_factory: sessionmaker[Session]
) -> None:
    inserts: list[tuple[str, bool]] = []

    def seen(conn, cursor, statement: str, parameters, context, executemany: bool) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO PASSAGE"):
            inserts.append((statement, executemany))

    event.listen(engine, "before_cursor_execute", seen)
    try:
        result = _load(session_factory, _report(passages=400))
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert result.counts["passages"] == 400
    assert len(inserts) == 1
    with session_factory() as session:
        assert session.scalar(select(func.count(StoredPassage.id))) == 400
