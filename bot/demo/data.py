"""Demo data in our own words: two made-up organisations whose dates sit around today.

Used by `make demo`, the console and tests. Nothing here is taken from a real report.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy.orm import Session

from bot.demo.words import swedish_month
from ingest.schema import (
    Action,
    Extraction,
    Passage,
    Question,
    Recommendation,
    Response,
    ResponseRequest,
)
from storage.channels import watch
from storage.edits import Edit
from storage.loader import load_extraction
from storage.names import list_organisations

DEMO_CHANNEL = "C0DEMO"
EXEMPEL = "Exempelkommun"
TESTBY = "Testby region"


def _month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def demo_extractions(today: dt.date) -> list[Extraction]:
    """Five audits; deadlines and due dates are placed relative to ``today``."""
    year = today.year
    in_days = lambda n: today + dt.timedelta(days=n)  # noqa: E731

    crisis = Extraction(
        source="exempelkommun-krisberedskap.pdf",
        organisation=EXEMPEL,
        title="Granskning av kommunens krisberedskap",
        audit_firm="PwC",
        report_date=in_days(-30).isoformat(),
        audit_year=year,
        audited_bodies=["Kommunstyrelsen", "Socialnämnden"],
        purpose="Att bedöma om kommunstyrelsen och socialnämnden har en ändamålsenlig "
        "planering för att klara en samhällsstörning.",
        overall_assessment="Vår samlade bedömning är att planeringen delvis är ändamålsenlig. "
        "Risk- och sårbarhetsanalysen är aktuell men övningar genomförs sällan.",
        questions=[
            Question(
                number="1",
                text="Finns en aktuell risk- och sårbarhetsanalys?",
                assessment="Ja",
                assessment_text="Analysen antogs förra året och täcker kommunens verksamheter.",
            ),
            Question(
                number="2",
                text="Övar nämnderna sin krisorganisation regelbundet?",
                assessment="Nej",
                assessment_text="Krisledningen har inte övat på tre år.",
            ),
            Question(
                number="3",
                text="Finns planer för att klara vård och omsorg vid ett längre elavbrott?",
                assessment="Delvis",
                body="Socialnämnden",
                assessment_text="Planer finns, men dieselaggregaten har inte provkörts.",
            ),
        ],
        passages=[
            Passage(
                heading_path=["1 Inledning", "1.1 Bakgrund"],
                page=3,
                kind="background",
                text="Kommunen ska ha en risk- och sårbarhetsanalys för varje mandatperiod "
                "och en plan för hur extraordinära händelser ska hanteras.",
            ),
            Passage(
                heading_path=["2 Granskningsresultat", "2.2 Övningar", "Iakttagelser"],
                page=6,
                kind="observation",
                text="Krisledningen övade senast för tre år sedan. Flera nya chefer vet inte "
                "var krisledningsplanen finns.",
            ),
            Passage(
                heading_path=["2 Granskningsresultat", "2.3 Elavbrott", "Iakttagelser"],
                page=8,
                kind="observation",
                text="Dieselaggregaten på två av de särskilda boendena har inte provkörts på "
                "tre år, och det finns ingen förteckning över brukare i hemtjänsten som är "
                "beroende av el för sin utrustning.",
            ),
            Passage(
                heading_path=["2 Granskningsresultat", "2.3 Elavbrott", "Bedömning"],
                page=9,
                kind="assessment",
                text="Vi bedömer att socialnämnden delvis har planer för ett längre elavbrott, "
                "men att dieselaggregaten behöver provköras regelbundet.",
            ),
        ],
        recommendations=[
            Recommendation(
                text="Ta fram en plan för årliga övningar av krisledningsnämnden.",
                addressee=["Kommunstyrelsen"],
                area="Övning och utbildning",
            ),
            Recommendation(
                text="Säkerställ reservkraft på samtliga särskilda boenden.",
                addressee=["Socialnämnden"],
                area="Kontinuitet i verksamheten",
            ),
            Recommendation(
                text="Utbilda chefer i rollen som tjänsteman i beredskap.",
                addressee=["Kommunstyrelsen", "Socialnämnden"],
                area="Övning och utbildning",
            ),
        ],
        response_request=ResponseRequest(
            deadline=in_days(12),
            deadline_text=f"Vi önskar svar från kommunstyrelsen och socialnämnden senast "
            f"{in_days(12).isoformat()}.",
            from_bodies=["Kommunstyrelsen", "Socialnämnden"],
            requires_action_timeline=True,
        ),
    )

    internal_control = Extraction(
        source="exempelkommun-intern-kontroll.docx",
        organisation=EXEMPEL,
        title="Granskning av intern kontroll i ekonomiprocessen",
        audit_firm="KPMG",
        report_date=dt.date(year - 1, 10, 15).isoformat(),
        audit_year=year - 1,
        audited_bodies=["Kommunstyrelsen", "Barn- och utbildningsnämnden"],
        purpose="Att bedöma om den interna kontrollen av attest och utbetalningar är tillräcklig.",
        overall_assessment="Den interna kontrollen är i allt väsentligt tillräcklig, men "
        "uppföljningen av attesträtter brister.",
        questions=[
            Question(text="Är attestordningen aktuell och känd?", assessment="I allt väsentligt"),
            Question(text="Följs attesträtterna upp minst årligen?", assessment="Nej"),
        ],
        recommendations=[
            Recommendation(
                text="Inför en årlig genomgång av attesträtter.", addressee=["Kommunstyrelsen"]
            ),
            Recommendation(
                text="Dokumentera kontrollen av leverantörsbyten.",
                addressee=["Barn- och utbildningsnämnden"],
            ),
        ],
        response_request=ResponseRequest(
            deadline=dt.date(year - 1, 12, 15),
            deadline_text="Svar önskas senast den 15 december.",
            from_bodies=["Kommunstyrelsen", "Barn- och utbildningsnämnden"],
            requires_action_timeline=True,
        ),
        responses=[
            Response(
                body="Kommunstyrelsen",
                date=dt.date(year - 1, 12, 10),
                registry_number=f"KS-{year - 1}/412",
                actions=[
                    Action(
                        recommendation_index=0,
                        action="Ekonomienheten går igenom alla "
                        "attesträtter och rensar bort inaktuella.",
                        responsible="Ekonomichef",
                        timeline_text=in_days(6).isoformat(),
                        due=in_days(6),
                        due_precision="day",
                        board="KS",
                        status="started",
                    ),
                    Action(
                        recommendation_index=0,
                        action="Rutinen för årlig genomgång beslutas.",
                        responsible="Ekonomichef",
                        timeline_text=f"senast {swedish_month(in_days(-20))}",
                        due=_month_end(in_days(-20)),
                        due_precision="month",
                        board="KS",
                    ),
                ],
            ),
            Response(
                body="Barn- och utbildningsnämnden",
                date=dt.date(year - 1, 12, 12),
                registry_number=f"BUN-{year - 1}/88",
                actions=[
                    Action(
                        recommendation_index=1,
                        action="Kontrollen av leverantörsbyten dokumenteras i ekonomisystemet.",
                        responsible="Controller",
                        timeline_text=in_days(25).isoformat(),
                        due=in_days(25),
                        due_precision="day",
                        board="BUN",
                    ),
                    Action(
                        recommendation_index=1,
                        action="Stickprov följs upp i nämndens internkontrollplan.",
                        responsible="Förvaltningschef",
                        timeline_text="Löpande",
                        due=None,
                        due_precision="continuous",
                        board="BUN",
                    ),
                ],
            ),
        ],
    )

    procurement = Extraction(
        source="exempelkommun-upphandling.pdf",
        organisation=EXEMPEL,
        title="Granskning av upphandling och avtalstrohet",
        audit_firm="EY",
        report_date=in_days(-60).isoformat(),
        audit_year=year,
        audited_bodies=["Tekniska nämnden", "Kommunstyrelsen"],
        purpose="Att bedöma om inköp görs enligt ingångna avtal.",
        overall_assessment="Avtalstroheten är låg inom tekniska nämndens verksamheter.",
        questions=[
            Question(number="1", text="Finns en aktuell inköpspolicy?", assessment="Uppfyllt"),
            Question(number="2", text="Följs avtalstroheten upp?", assessment="Ej uppfyllt"),
        ],
        recommendations=[
            Recommendation(
                text="Följ upp avtalstroheten två gånger per år.", addressee=["Tekniska nämnden"]
            ),
            Recommendation(
                text="Ge inköpare stöd vid direktupphandling.", addressee=["Kommunstyrelsen"]
            ),
        ],
        response_request=ResponseRequest(
            deadline=in_days(-5),
            deadline_text="Svar önskas från tekniska nämnden.",
            from_bodies=["Tekniska nämnden"],
            requires_action_timeline=False,
        ),
    )

    staffing = Extraction(
        source="testby-kompetensforsorjning.pdf",
        organisation=TESTBY,
        title="Granskning av kompetensförsörjning i vården",
        audit_firm="PwC",
        report_date=dt.date(year - 1, 5, 20).isoformat(),
        audit_year=year - 1,
        audited_bodies=["Regionstyrelsen", "Hälso- och sjukvårdsnämnden"],
        purpose="Att bedöma om regionen har en strategi för att trygga personalförsörjningen.",
        overall_assessment="Strategin finns men saknar mätbara mål och uppföljning.",
        questions=[
            Question(
                number="1",
                text="Finns en strategi för kompetensförsörjning?",
                assessment="Uppfyllt",
            ),
            Question(number="2", text="Har strategin mätbara mål?", assessment="Delvis uppfyllt"),
            Question(
                number="3",
                text="Följs personalomsättningen upp per klinik?",
                assessment="Ej uppfyllt",
                body="Hälso- och sjukvårdsnämnden",
            ),
        ],
        recommendations=[
            Recommendation(
                text="Komplettera strategin med mätbara mål.", addressee=["Regionstyrelsen"]
            ),
            Recommendation(
                text="Följ upp personalomsättning och sjukfrånvaro per klinik varje kvartal.",
                addressee=["Hälso- och sjukvårdsnämnden"],
            ),
        ],
        response_request=ResponseRequest(
            deadline=dt.date(year - 1, 8, 31),
            deadline_text="Yttrande önskas senast 31 augusti.",
            from_bodies=["Regionstyrelsen", "Hälso- och sjukvårdsnämnden"],
            requires_action_timeline=True,
        ),
        responses=[
            Response(
                body="Hälso- och sjukvårdsnämnden",
                date=dt.date(year - 1, 8, 25),
                registry_number=f"HSN {year - 1}-0311",
                actions=[
                    Action(
                        recommendation_index=1,
                        action="Kvartalsrapport om personalomsättning per klinik tas fram.",
                        responsible="HR-direktör",
                        timeline_text=in_days(20).isoformat(),
                        due=in_days(20),
                        due_precision="day",
                        board="HSN",
                    ),
                    Action(
                        recommendation_index=1,
                        action="Rapporten följs upp i nämndens delårsrapport.",
                        responsible="Hälso- och sjukvårdsdirektör",
                        timeline_text=str(year),
                        due=dt.date(year, 12, 31),
                        due_precision="year",
                        board="HSN",
                    ),
                ],
            ),
        ],
    )

    security = Extraction(
        source="testby-informationssakerhet.pdf",
        organisation=TESTBY,
        title="Granskning av informationssäkerhet",
        audit_firm="KPMG",
        report_date=dt.date(year - 2, 11, 3).isoformat(),
        audit_year=year - 2,
        audited_bodies=["Regionstyrelsen"],
        purpose="Att bedöma om regionstyrelsen styr informationssäkerhetsarbetet.",
        overall_assessment="Styrningen är i allt väsentligt ändamålsenlig.",
        questions=[
            Question(
                text="Finns ett ledningssystem för informationssäkerhet?",
                assessment="I allt väsentligt",
            )
        ],
        recommendations=[
            Recommendation(
                text="Öva incidenthantering med it-leverantören.", addressee=["Regionstyrelsen"]
            )
        ],
        responses=[
            Response(
                body="Regionstyrelsen",
                date=dt.date(year - 1, 2, 1),
                registry_number=f"RS {year - 1}-0042",
                actions=[
                    Action(
                        recommendation_index=0,
                        action="Gemensam övning med it-leverantören genomförs.",
                        responsible="Säkerhetschef",
                        timeline_text=f"ht {year - 1}",
                        due=dt.date(year - 1, 12, 31),
                        due_precision="month",
                        board="RS",
                        status="done",
                    ),
                ],
            ),
        ],
    )
    return [crisis, internal_control, procurement, staffing, security]


def load_demo(
    session: Session,
    *,
    team_id: str,
    today: dt.date,
    channel_id: str = DEMO_CHANNEL,
    actor: str = "demo",
) -> list[int]:
    """Load the demo audits and let ``channel_id`` watch both organisations."""
    audit_ids: list[int] = []
    organisations: dict[str, int] = {}
    for extraction in demo_extractions(today):
        digest = hashlib.sha256(extraction.model_dump_json().encode()).hexdigest()
        result = load_extraction(
            session,
            team_id=team_id,
            extraction=extraction,
            sha256=digest,
            actor=actor,
            today=today,
        )
        audit_ids.append(result.audit_id)
    edit = Edit(session, team_id, actor)
    for org in list_organisations(session, team_id=team_id):
        organisations[org.name] = org.id
    for org_id in organisations.values():
        watch(edit, channel_id=channel_id, organisation_id=org_id)
    return audit_ids
