"""Loading extractions: responses attach to stored audits; a failure leaves nothing behind."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from ingest.schema import Action, Extraction, Recommendation, Response, ResponseRequest
from storage import audits, history, items, names, search
from storage.db import transaction
from storage.loader import load_extraction
from storage.models import Audit, Base
from storage.models import Recommendation as RecommendationRow
from tests.conftest import TEAM

REPORT = Extraction(
    source="rapport.pdf",
    organisation="Exempelkommun",
    title="Granskning av vattenförsörjningen",
    audit_firm="EY",
    report_date="2030-02-01",
    audited_bodies=["Tekniska nämnden", "Kommunstyrelsen"],
    recommendations=[
        Recommendation(text="Ta fram en plan för reservvatten.", addressee=["Tekniska nämnden"]),
        Recommendation(text="Följ upp läckagen varje månad.", addressee=["berörda nämnder"]),
    ],
    response_request=ResponseRequest(
        deadline=dt.date(2030, 4, 30),
        deadline_text="Svar önskas senast den 30 april 2030.",
        from_bodies=["Tekniska nämnden"],
        requires_action_timeline=True,
    ),
)

RESPONSE = Extraction(
    source="yttrande-tn.docx",
    organisation="Exempelkommun",
    responses=[
        Response(
            body="tekniska nämnden",
            date=dt.date(2030, 4, 20),
            registry_number="TN-2030/17",
            actions=[
                Action(
                    recommendation_index=0,
                    action="Planen tas fram av VA-enheten.",
                    timeline_text="senast juni 2030",
                    due=dt.date(2030, 6, 30),
                    due_precision="month",
                    board="TN",
                ),
                Action(
                    recommendation_index=1,
                    action="Läckage redovisas i månadsrapporten.",
                    timeline_text="Löpande",
                    due_precision="continuous",
                    board="TN, KS",
                ),
            ],
        )
    ],
)


def _count(session: Session) -> int:
    return sum(
        session.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables
    )


def test_a_response_imported_later_attaches_to_the_stored_audit(
    session_factory: sessionmaker[Session],
) -> None:
    with transaction(session_factory) as session:
        report = load_extraction(
            session, team_id=TEAM, extraction=REPORT, sha256="1" * 64, actor="U1"
        )
    with transaction(session_factory) as session:
        response = load_extraction(
            session, team_id=TEAM, extraction=RESPONSE, sha256="2" * 64, actor="U1"
        )
    assert response.audit_id == report.audit_id and not response.created
    with session_factory() as session:
        assert session.scalar(select(func.count(Audit.id))) == 1
        detail = audits.get_audit(session, team_id=TEAM, audit_id=report.audit_id)
        log = history.changes(session, team_id=TEAM, entity="audit")
    assert detail is not None
    assert detail.response_requests[0].received_on == dt.date(2030, 4, 20)
    assert [r.body for r in detail.responses] == ["Tekniska nämnden"]
    assert [a.owners for a in detail.actions] == [
        ("Tekniska nämnden",),
        ("Kommunstyrelsen", "Tekniska nämnden"),
    ]
    assert [entry.field for entry in log] == ["import_attached", "import"]
    assert {entry.actor for entry in log} == {"U1"}


def test_berorda_namnder_reach_every_audited_body(session_factory: sessionmaker[Session]) -> None:
    with transaction(session_factory) as session:
        load_extraction(session, team_id=TEAM, extraction=REPORT, sha256="1" * 64, actor="t")
    with session_factory() as session:
        ks = [b.id for b in names.list_bodies(session, team_id=TEAM) if b.name == "Kommunstyrelsen"]
        addressed = items.recommendations(session, team_id=TEAM, body_ids=ks)
    assert [r.text for r in addressed] == ["Följ upp läckagen varje månad."]
    assert addressed[0].addressees == ("berörda nämnder",)


def test_an_import_that_fails_half_way_leaves_no_rows(
    session_factory: sessionmaker[Session],
) -> None:
    class KilledHalfWay(Exception):
        pass

    def die_once_recommendations_are_written(session: Session, _context) -> None:
        if any(isinstance(obj, RecommendationRow) for obj in session.identity_map.values()):
            raise KilledHalfWay

    with session_factory() as session:
        before = _count(session)
    with pytest.raises(KilledHalfWay), transaction(session_factory) as session:
        event.listen(session, "after_flush", die_once_recommendations_are_written)
        load_extraction(session, team_id=TEAM, extraction=REPORT, sha256="3" * 64, actor="t")
    with session_factory() as session:
        assert _count(session) == before == 0
        assert search.search(session, team_id=TEAM, text="reservvatten") == []


def test_a_document_without_organisation_is_refused(
    session_factory: sessionmaker[Session],
) -> None:
    from storage.errors import StorageError

    nameless = REPORT.model_copy(update={"organisation": None})
    with pytest.raises(StorageError) as raised, transaction(session_factory) as session:
        load_extraction(session, team_id=TEAM, extraction=nameless, sha256="4" * 64, actor="t")
    assert raised.value.code == "missing_organisation"


def test_a_deadline_no_date_fits_is_stored_without_a_response_request(
    session_factory: sessionmaker[Session],
) -> None:
    """ "senast vecka 22": nothing can be reminded; the rest of the report is stored."""
    undated = REPORT.model_copy(
        update={
            "response_request": ResponseRequest(
                deadline=None,
                deadline_text="Svar önskas senast vecka 22.",
                from_bodies=["Kommunstyrelsen"],
            )
        }
    )
    with transaction(session_factory) as session:
        audit_id = load_extraction(
            session, team_id=TEAM, extraction=undated, sha256="5" * 64, actor="t"
        ).audit_id
    with session_factory() as session:
        audit = session.get(Audit, audit_id)
        assert audit.response_requests == [] and audit.recommendations


@pytest.mark.parametrize("name", ["Örebro kommun", "Region Östergötland", "Åre kommun"])
def test_a_second_report_from_an_organisation_named_with_a_capital_a_o_joins_it(
    session_factory: sessionmaker[Session], name: str
) -> None:
    first = REPORT.model_copy(update={"organisation": name})
    second = REPORT.model_copy(update={"organisation": name.upper(), "title": "Annan granskning"})
    with transaction(session_factory) as session:
        load_extraction(session, team_id=TEAM, extraction=first, sha256="5" * 64, actor="t")
    with transaction(session_factory) as session:
        load_extraction(session, team_id=TEAM, extraction=second, sha256="6" * 64, actor="t")
    with session_factory() as session:
        organisations = names.list_organisations(session, team_id=TEAM)
        audits = session.scalar(select(func.count(Audit.id)))
    assert [o.name for o in organisations] == [name] and audits == 2
