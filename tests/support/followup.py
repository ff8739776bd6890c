"""A made-up municipality with audits answered at different times, for the follow-up round,
its report and the basis for the audit statement (every word our own).

Seen from TODAY (13 March 2030): the home-care and premises audits were answered in 2028
and 2029, so the 2030 round follows them up; the procurement audit was answered in January
2030 (next year's round); the school audit still waits for Socialnämnden's response.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy.orm import Session, sessionmaker

from ingest.schema import Action, Extraction, Recommendation, Response, ResponseRequest
from storage.db import transaction
from storage.loader import load_extraction

ORGANISATION = "Ängsby kommun"
KS, SN, TN, BUN = (
    "Kommunstyrelsen",
    "Socialnämnden",
    "Tekniska nämnden",
    "Barn- och utbildningsnämnden",
)


def _home_care() -> Extraction:
    return Extraction(
        source="angsby-hemtjanst.pdf",
        organisation=ORGANISATION,
        title="Granskning av hemtjänstens planering",
        audit_firm="Revisionskontoret",
        report_date="2028-09-01",
        audit_year=2028,
        audited_bodies=[SN, KS],
        overall_assessment="Planeringen av hemtjänsten är delvis ändamålsenlig.",
        recommendations=[
            Recommendation(
                text="Inför ett gemensamt schemaverktyg för hemtjänsten.", addressee=[SN]
            ),
            Recommendation(
                text="Följ upp kontinuiteten för brukarna varje kvartal.", addressee=[KS]
            ),
            Recommendation(
                text="Se över introduktionen av nyanställda.", addressee=["berörda nämnder"]
            ),
        ],
        response_request=ResponseRequest(
            deadline=dt.date(2028, 11, 30), from_bodies=[SN, KS], requires_action_timeline=True
        ),
        responses=[
            Response(
                body=SN,
                date=dt.date(2028, 11, 20),
                registry_number="SN-2028/77",
                actions=[
                    Action(
                        recommendation_index=0,
                        action="Ett schemaverktyg upphandlas och tas i bruk.",
                        responsible="Förvaltningschef",
                        timeline_text="senast juni 2029",
                        due=dt.date(2029, 6, 30),
                        due_precision="month",
                        board="SN",
                        status="started",
                    ),
                    Action(
                        recommendation_index=2,
                        action="Introduktionsprogrammet skrivs om.",
                        timeline_text="2029-03-31",
                        due=dt.date(2029, 3, 31),
                        due_precision="day",
                        board="SN",
                        status="done",
                    ),
                ],
            ),
            Response(
                body=KS,
                date=dt.date(2028, 11, 25),
                registry_number="KS-2028/301",
                actions=[
                    Action(
                        recommendation_index=1,
                        action="Kontinuiteten redovisas i kvartalsrapporten.",
                        timeline_text="Löpande",
                        due_precision="continuous",
                        board="KS",
                    )
                ],
            ),
        ],
    )


def _premises() -> Extraction:
    return Extraction(
        source="angsby-lokaler.pdf",
        organisation=ORGANISATION,
        title="Granskning av lokalförsörjningen",
        audit_firm="Revisionskontoret",
        report_date="2029-04-02",
        audit_year=2029,
        audited_bodies=[KS, TN],
        overall_assessment="Lokalförsörjningen styrs inte tillräckligt.",
        recommendations=[
            Recommendation(text="Ta fram en lokalförsörjningsplan för tio år.", addressee=[KS]),
            Recommendation(text="Gör en underhållsplan för skolorna.", addressee=[TN]),
        ],
        response_request=ResponseRequest(deadline=dt.date(2029, 6, 15), from_bodies=[KS, TN]),
        responses=[
            Response(
                body=KS,
                date=dt.date(2029, 6, 10),
                registry_number="KS-2029/120",
                actions=[
                    Action(
                        recommendation_index=0,
                        action="Planen tas fram av samhällsbyggnadsförvaltningen.",
                        timeline_text="2029-12-31",
                        due=dt.date(2029, 12, 31),
                        due_precision="day",
                        board="KS",
                    )
                ],
            ),
            Response(body=TN, date=dt.date(2029, 6, 12), registry_number="TN-2029/45"),
        ],
    )


def _procurement() -> Extraction:
    return Extraction(
        source="angsby-upphandling.pdf",
        organisation=ORGANISATION,
        title="Granskning av direktupphandlingar",
        audit_firm="Revisionskontoret",
        report_date="2029-10-20",
        audit_year=2029,
        audited_bodies=[KS],
        overall_assessment="Direktupphandlingarna dokumenteras inte enligt riktlinjen.",
        recommendations=[
            Recommendation(
                text="Dokumentera varje direktupphandling över 100 000 kr.", addressee=[KS]
            ),
            Recommendation(text="Utbilda beställare i riktlinjen.", addressee=[KS]),
        ],
        response_request=ResponseRequest(deadline=dt.date(2029, 12, 15), from_bodies=[KS]),
        responses=[Response(body=KS, date=dt.date(2030, 1, 15), registry_number="KS-2030/9")],
    )


def _school() -> Extraction:
    return Extraction(
        source="angsby-elevhalsa.pdf",
        organisation=ORGANISATION,
        title="Granskning av elevhälsans samverkan",
        audit_firm="Revisionskontoret",
        report_date="2029-06-01",
        audit_year=2029,
        audited_bodies=[BUN, SN],
        overall_assessment="Samverkan mellan elevhälsan och socialtjänsten är inte ändamålsenlig.",
        recommendations=[
            Recommendation(
                text="Upprätta en gemensam rutin för orosanmälningar.", addressee=[BUN, SN]
            ),
        ],
        response_request=ResponseRequest(deadline=dt.date(2029, 9, 30), from_bodies=[BUN, SN]),
        responses=[Response(body=BUN, date=dt.date(2029, 9, 28), registry_number="BUN-2029/31")],
    )


def load_angsby(session_factory: sessionmaker[Session], *, team_id: str) -> dict[str, int]:
    """The four audits; their ids by name: home_care, premises, procurement, school."""
    ids: dict[str, int] = {}
    with transaction(session_factory) as session:
        for name, extraction in (
            ("home_care", _home_care()),
            ("premises", _premises()),
            ("procurement", _procurement()),
            ("school", _school()),
        ):
            ids[name] = load_extraction(
                session,
                team_id=team_id,
                extraction=extraction,
                sha256=hashlib.sha256(name.encode()).hexdigest(),
                actor="test",
                today=dt.date(2030, 3, 13),
            ).audit_id
    return ids


def load_many(
    session_factory: sessionmaker[Session], *, team_id: str, audits: int, per_audit: int
) -> None:
    """``audits`` audits of Storvik kommun, answered in 2028, ``per_audit`` recommendations each."""
    with transaction(session_factory) as session:
        for n in range(audits):
            extraction = Extraction(
                source=f"storvik-{n}.pdf",
                organisation="Storvik kommun",
                title=f"Granskning nummer {n + 1} av verksamheten",
                report_date="2028-03-01",
                audit_year=2028,
                audited_bodies=[KS],
                recommendations=[
                    Recommendation(
                        text=f"Rekommendation {i + 1} i granskning {n + 1}.", addressee=[KS]
                    )
                    for i in range(per_audit)
                ],
                response_request=ResponseRequest(deadline=dt.date(2028, 5, 1), from_bodies=[KS]),
                responses=[Response(body=KS, date=dt.date(2028, 4, 20))],
            )
            load_extraction(
                session,
                team_id=team_id,
                extraction=extraction,
                sha256=hashlib.sha256(f"storvik{n}".encode()).hexdigest(),
                actor="test",
                today=dt.date(2030, 3, 13),
            )
