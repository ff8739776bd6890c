"""The national dataset of SPEC §5, generated: every kommun and region, ten years of audits.

290 kommuner and 21 regioner, each with 6–10 boards, 8 audits a year for 10 years ending this
year, 6 recommendations an audit and 2 actions a recommendation, with questions, response
requests, responses, source documents, history and subscriptions. Names are made up and the
text is built from word lists written here, so nothing is taken from a real report. The same
seed and the same ``today`` give the same rows; dates sit around ``today`` the way a live
database's would: old years answered and mostly done, recent deadlines open or overdue.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, Table, exists, select

from bot.core.locales.sv import MONTHS
from ingest.assessment import normalise_assessment
from ingest.bodies import abbreviate
from storage import bulk
from storage.bodies import default_aliases
from storage.enums import ActionStatus, DuePrecision, RecommendationStatus
from storage.errors import StorageError
from storage.models import (
    Action,
    ActionBoard,
    Audit,
    AuditBody,
    Base,
    Body,
    ChangeLog,
    Organisation,
    Question,
    Recommendation,
    RecommendationAddressee,
    Response,
    ResponseRequest,
    SourceDocument,
    Subscription,
)
from storage.status import derived_status

GENERATOR_ACTOR = "generator"
GROUP_LABEL = "berörda nämnder"


@dataclass(frozen=True)
class Scale:
    kommuner: int = 290
    regioner: int = 21
    years: int = 10
    audits_per_year: int = 8
    recommendations_per_audit: int = 6
    actions_per_recommendation: int = 2
    watched_share: float = 0.3

    @property
    def organisations(self) -> int:
        return self.kommuner + self.regioner

    @property
    def audits(self) -> int:
        return self.organisations * self.years * self.audits_per_year


SCALES: dict[str, Scale] = {
    "national": Scale(),
    # A smoke run: the same shape at a fifteenth of the size.
    "quick": Scale(kommuner=19, regioner=2),
}

# Organisations written per round of inserts: bounds memory, keeps executemany batches large.
ORGANISATIONS_PER_BATCH = 8


@dataclass
class GenerationResult:
    counts: dict[str, int]
    seconds: float
    team_id: str
    today: dt.date
    seed: int


def generate(
    engine: Engine,
    *,
    team_id: str,
    today: dt.date,
    scale: Scale = SCALES["national"],
    seed: int = 1,
    on_progress: Callable[[int, int], None] | None = None,
) -> GenerationResult:
    """Write the dataset for ``team_id`` in one transaction; the team must hold no data yet."""
    started = time.perf_counter()
    tables = [t for t in Base.metadata.sorted_tables if "id" in t.c and t.c.id.primary_key]
    counts: Counter[str] = Counter()
    with engine.begin() as connection:
        if connection.scalar(select(exists().where(Organisation.team_id == team_id))):
            raise StorageError("team_not_empty", team_id=team_id)
        builder = _Builder(
            ids=bulk.IdAllocator(connection, tables),
            team_id=team_id,
            today=today,
            scale=scale,
            rng=random.Random(seed),
        )
        names = builder.organisation_names()
        for first in range(0, len(names), ORGANISATIONS_PER_BATCH):
            rows = _Rows()
            for kind, name in names[first : first + ORGANISATIONS_PER_BATCH]:
                builder.organisation(rows, kind=kind, name=name)
            for table in Base.metadata.sorted_tables:
                bulk.insert_rows(connection, table, rows.of(table))
                counts[table.name] += len(rows.of(table))
            if on_progress is not None:
                on_progress(min(first + ORGANISATIONS_PER_BATCH, len(names)), len(names))
        bulk.finish(connection)
    bulk.compact(engine)
    return GenerationResult(
        counts=dict(counts),
        seconds=time.perf_counter() - started,
        team_id=team_id,
        today=today,
        seed=seed,
    )


@dataclass
class _Rows:
    by_table: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: Table, row: dict[str, Any]) -> None:
        self.by_table.setdefault(table.name, []).append(row)

    def of(self, table: Table) -> list[dict[str, Any]]:
        return self.by_table.get(table.name, [])


# -- Words. Written for this generator; every sentence is assembled from these lists. --------

_PLACE_HEADS = (
    "Norr", "Söder", "Öster", "Väster", "Ek", "Björk", "Sjö", "Berg", "Lind", "Ås", "Hög",
    "Sand", "Strand", "Älv", "Gran", "Tall", "Ljung", "Mal", "Vik", "Hed", "Rönn", "Al",
    "Hassel", "Lönn", "Myr", "Kvarn", "Bro", "Sten", "Fjäll", "Mo",
)  # fmt: skip
_PLACE_TAILS = (
    "by", "vik", "köping", "sala", "hamn", "tuna", "åker", "sund", "berga", "målen", "fors",
    "näs", "holm", "ryd", "torp", "stad", "hult", "dal", "lunda", "bo",
)  # fmt: skip
# Head and tail pairs that happen to spell a real kommun are left out.
_REAL_PLACES = {
    "Norrköping", "Söderköping", "Östersund", "Västervik", "Söderhamn", "Österåker", "Sjöbo",
    "Ljungby",
}  # fmt: skip
_REGION_NAMES = (
    "Nordanland", "Sunnanå", "Österlanda", "Västerdal", "Mellanskog", "Kustlandet",
    "Fjällbygden", "Sjöriket", "Slättbygd", "Skärgården", "Älvdalen", "Bergslagsbygd",
    "Skogslandet", "Myrlandet", "Ådalen", "Höglandet", "Gränsbygden", "Mälardal",
    "Sydkusten", "Åsbygden", "Inlandet", "Norrkusten", "Vättertrakten", "Ekbygden",
)  # fmt: skip

_KOMMUN_CORE = ("Kommunstyrelsen", "Socialnämnden")
_KOMMUN_GROUPS = (
    ("Barn- och utbildningsnämnden", "Utbildningsnämnden", "Barn- och ungdomsnämnden"),
    ("Tekniska nämnden",),
    ("Miljö- och byggnadsnämnden", "Bygg- och miljönämnden"),
    ("Vård- och omsorgsnämnden", "Äldrenämnden"),
    ("Kultur- och fritidsnämnden",),
    ("Överförmyndarnämnden",),
    ("Valnämnden",),
    ("Gymnasienämnden",),
    ("Krisledningsnämnden",),
    ("Nämnden för arbete och välfärd",),
)
_REGION_CORE = ("Regionstyrelsen", "Hälso- och sjukvårdsnämnden")
_REGION_GROUPS = (
    ("Regionala utvecklingsnämnden",),
    ("Kollektivtrafiknämnden",),
    ("Kulturnämnden",),
    ("Patientnämnden",),
    ("Primärvårdsnämnden",),
    ("Tandvårdsnämnden",),
    ("Servicenämnden",),
    ("Fastighetsnämnden",),
    ("Folkhälsonämnden",),
    ("Krisledningsnämnden",),
)

# (what the audit is about, the boards it usually concerns)
_KOMMUN_TOPICS = (
    ("kommunens krisberedskap", ("Kommunstyrelsen", "Krisledningsnämnden")),
    ("intern kontroll i ekonomiprocessen", ("Kommunstyrelsen",)),
    ("arbetet med orosanmälningar", ("Socialnämnden",)),
    ("hemtjänstens kvalitet och bemanning", ("Socialnämnden", "Vård- och omsorgsnämnden")),
    ("upphandling och avtalstrohet", ("Kommunstyrelsen", "Tekniska nämnden")),
    ("kompetensförsörjning", ("Kommunstyrelsen",)),
    ("informationssäkerhet", ("Kommunstyrelsen",)),
    ("löneprocessen", ("Kommunstyrelsen",)),
    ("investeringsprocessen", ("Kommunstyrelsen", "Tekniska nämnden")),
    ("fastighetsunderhåll", ("Tekniska nämnden",)),
    ("elevhälsans arbete", ("Barn- och utbildningsnämnden", "Utbildningsnämnden")),
    ("måluppfyllelse i grundskolan", ("Barn- och utbildningsnämnden", "Barn- och ungdomsnämnden")),
    ("styrning av gymnasieskolan", ("Gymnasienämnden", "Utbildningsnämnden")),
    ("delegationsordningen och anmälan av delegationsbeslut", ("Kommunstyrelsen",)),
    ("hantering av bisysslor", ("Kommunstyrelsen",)),
    ("arbetsmiljö och sjukfrånvaro", ("Kommunstyrelsen", "Socialnämnden")),
    ("integrationsarbetet", ("Kommunstyrelsen", "Nämnden för arbete och välfärd")),
    ("det brottsförebyggande arbetet", ("Kommunstyrelsen", "Socialnämnden")),
    ("handläggning av försörjningsstöd", ("Socialnämnden", "Nämnden för arbete och välfärd")),
    ("insatser enligt LSS", ("Socialnämnden",)),
    ("styrning av de kommunala bolagen", ("Kommunstyrelsen",)),
    ("lokalförsörjning", ("Kommunstyrelsen", "Tekniska nämnden")),
    ("digitaliseringsarbetet", ("Kommunstyrelsen",)),
    ("klimatanpassning", ("Kommunstyrelsen", "Miljö- och byggnadsnämnden")),
    ("vatten och avlopp", ("Tekniska nämnden",)),
    ("tillsyn enligt miljöbalken", ("Miljö- och byggnadsnämnden", "Bygg- och miljönämnden")),
    ("bygglovsprocessen", ("Miljö- och byggnadsnämnden", "Bygg- och miljönämnden")),
    ("hantering av allmänna handlingar", ("Kommunstyrelsen",)),
    ("placeringar av barn och unga", ("Socialnämnden",)),
    ("missbruks- och beroendevården", ("Socialnämnden",)),
    ("kulturskolan", ("Kultur- och fritidsnämnden",)),
    ("föreningsbidrag", ("Kultur- och fritidsnämnden",)),
    ("ställföreträdarskap och tillsyn över gode män", ("Överförmyndarnämnden",)),
    ("äldreomsorgens särskilda boenden", ("Vård- och omsorgsnämnden", "Äldrenämnden")),
    ("kost och måltider", ("Barn- och utbildningsnämnden", "Tekniska nämnden")),
    ("skolskjutsar", ("Barn- och utbildningsnämnden", "Tekniska nämnden")),
    ("hantering av synpunkter och klagomål", ("Kommunstyrelsen", "Socialnämnden")),
    ("valadministrationen", ("Valnämnden",)),
)
_REGION_TOPICS = (
    ("tillgänglighet i primärvården", ("Hälso- och sjukvårdsnämnden", "Primärvårdsnämnden")),
    ("vårdgarantin och köerna till specialistvården", ("Hälso- och sjukvårdsnämnden",)),
    ("läkemedelskostnader", ("Hälso- och sjukvårdsnämnden", "Regionstyrelsen")),
    ("avtal för kollektivtrafiken", ("Kollektivtrafiknämnden", "Regionstyrelsen")),
    ("hyrpersonal i vården", ("Regionstyrelsen", "Hälso- och sjukvårdsnämnden")),
    ("psykiatrisk vård för barn och unga", ("Hälso- och sjukvårdsnämnden",)),
    ("patientsäkerhetsarbetet", ("Hälso- och sjukvårdsnämnden", "Patientnämnden")),
    ("ambulanssjukvården", ("Hälso- och sjukvårdsnämnden",)),
    ("tandvård för barn och unga", ("Tandvårdsnämnden",)),
    ("det regionala utvecklingsansvaret", ("Regionala utvecklingsnämnden",)),
    ("intern kontroll i ekonomiprocessen", ("Regionstyrelsen",)),
    ("informationssäkerhet", ("Regionstyrelsen",)),
    ("kompetensförsörjning", ("Regionstyrelsen",)),
    ("investeringar i fastigheter", ("Fastighetsnämnden", "Regionstyrelsen")),
    ("regionens krisberedskap", ("Regionstyrelsen", "Krisledningsnämnden")),
    ("kulturstöd", ("Kulturnämnden",)),
    ("folkhälsoarbetet", ("Folkhälsonämnden", "Regionstyrelsen")),
    ("upphandling och avtalstrohet", ("Regionstyrelsen", "Servicenämnden")),
)

# Firms and the assessment scales they print (best first).
_FIRMS = (
    ("PwC", ("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt")),
    ("KPMG", ("Ja", "Delvis", "Nej")),
    ("EY", ("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt")),
    ("Deloitte", ("I allt väsentligt", "Delvis", "Nej")),
    ("Grant Thornton", ("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt")),
    ("BDO", ("Ja", "I huvudsak", "Delvis", "Nej")),
    ("Revisionskontoret", ("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt")),
)

_SUBJECTS = (
    "riskanalysen", "internkontrollplanen", "handläggningstiderna", "avvikelserapporteringen",
    "delegationsbesluten", "avtalstroheten", "personalomsättningen", "utredningstiderna",
    "underhållsplanen", "rapporteringen till nämnden", "målen i verksamhetsplanen",
    "kvalitetsindikatorerna", "brukarundersökningen", "orosanmälningarna", "hyresavtalen",
    "investeringsbudgeten", "sjukfrånvaron", "kompetensplanen", "informationsklassningen",
    "behörighetsstyrningen", "dokumentationen i verksamhetssystemet", "leverantörsuppföljningen",
    "ärendeberedningen", "beslutsunderlagen", "tillsynsplanen", "egenkontrollen",
    "samverkansöverenskommelsen", "attestordningen", "kontinuitetsplanen", "lokalbehovsanalysen",
    "genomförandeplanerna", "journalföringen", "läkemedelshanteringen", "bemanningsplaneringen",
    "vårdköerna", "kostnaderna för inhyrd personal", "registreringen av bisysslor",
    "diarieföringen", "arkivbeskrivningen", "elevernas frånvaro", "skolplaceringarna",
    "hemtjänstens planering", "kvalitetsledningssystemet", "klagomålshanteringen",
)  # fmt: skip
_AREAS = (
    "avvikelsehantering", "attesträtter", "direktupphandling", "orosanmälningar",
    "kontinuitetsplanering", "kompetensutveckling", "informationssäkerhet", "lokalplanering",
    "fastighetsunderhåll", "hantering av allmänna handlingar", "elevhälsa", "hemtjänst",
    "biståndsbedömning", "bisysslor", "klimatanpassning", "dataskydd", "ekonomisk uppföljning",
    "brottsförebyggande arbete", "missbruksvård", "föreningsbidrag", "patientsäkerhet",
    "läkemedelsgenomgångar", "vårdplanering", "arbetsmiljö", "intern kontroll", "målstyrning",
    "tillsyn", "bygglov", "skolskjuts", "måltidsverksamhet", "krisledning", "löneutbetalningar",
)  # fmt: skip
_DOCUMENTS = (
    "en rutin", "en handlingsplan", "en tidsplan", "en checklista", "en riktlinje",
    "en uppföljningsplan", "en risk- och väsentlighetsanalys", "en kommunikationsplan",
    "en utbildningsplan", "en åtgärdsplan",
)  # fmt: skip
_STATES = (
    "dokumenteras", "följs upp regelbundet", "är kända i organisationen",
    "rapporteras till nämnden", "revideras årligen", "är förankrade hos cheferna",
    "utgår från en aktuell riskanalys", "efterlevs i hela förvaltningen",
)  # fmt: skip
_FREQUENCIES = (
    "minst en gång per år", "varje kvartal", "i samband med delårsrapporten",
    "två gånger per år", "varje månad", "i samband med årsredovisningen",
)  # fmt: skip
_PEOPLE = (
    "chefer", "handläggare", "nämndens ledamöter", "förvaltningens controllers",
    "medarbetare i hemtjänsten", "skolledare", "inköpare", "sjuksköterskor", "registratorer",
)  # fmt: skip
_IMPERATIVES = ("Utveckla", "Förtydliga", "Se över", "Stärk", "Dokumentera", "Revidera")
_PRESENT_VERBS = (
    "tar fram", "ser över", "reviderar", "förtydligar", "dokumenterar", "utvärderar",
    "kompletterar", "inför",
)  # fmt: skip
_UNITS = (
    "Förvaltningen", "Ekonomienheten", "HR-avdelningen", "Kvalitetsenheten", "Kansliet",
    "Verksamhetsledningen", "IT-enheten", "Upphandlingsenheten", "Fastighetsavdelningen",
    "Ledningsgruppen",
)  # fmt: skip
_RESPONSIBLE = (
    "Förvaltningschef", "Ekonomichef", "HR-chef", "Kvalitetsstrateg", "Kanslichef",
    "Verksamhetschef", "IT-chef", "Upphandlingschef", "Fastighetschef", "Säkerhetssamordnare",
    "Controller", "Avdelningschef",
)  # fmt: skip
_CONTINUOUS = (
    "Kontinuerligt arbete som följs upp i verksamhetsberättelsen",
    "Löpande",
    "Pågår löpande och följs upp i internkontrollplanen",
)
_ASSESSMENT_PHRASES = {
    "fulfilled": "har en ändamålsenlig styrning och uppföljning av",
    "largely": "i allt väsentligt har en ändamålsenlig styrning av",
    "partly": "delvis har en ändamålsenlig styrning och kontroll av",
    "not": "inte har en tillräcklig styrning och kontroll av",
}


def _month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def _swedish_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _instant(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC)


def _join(names: list[str]) -> str:
    lowered = [n[:1].lower() + n[1:] for n in names]
    return lowered[0] if len(lowered) == 1 else ", ".join(lowered[:-1]) + " och " + lowered[-1]


@dataclass
class _Body:
    id: int
    name: str
    abbreviation: str


@dataclass
class _Builder:
    ids: bulk.IdAllocator
    team_id: str
    today: dt.date
    scale: Scale
    rng: random.Random
    _channel_serial: int = 0

    def organisation_names(self) -> list[tuple[str, str]]:
        places = [
            place
            for head in _PLACE_HEADS
            for tail in _PLACE_TAILS
            if (place := head + tail) not in _REAL_PLACES
        ]
        kommuner = self.rng.sample(places, self.scale.kommuner)
        regioner = [
            f"Region {_REGION_NAMES[i % len(_REGION_NAMES)]}"
            + ("" if i < len(_REGION_NAMES) else f" {i // len(_REGION_NAMES) + 1}")
            for i in range(self.scale.regioner)
        ]
        return [("kommun", f"{p} kommun") for p in sorted(kommuner)] + [
            ("region", name) for name in regioner
        ]

    # -- one organisation with everything below it ------------------------------------------

    def organisation(self, rows: _Rows, *, kind: str, name: str) -> None:
        rng = self.rng
        org_id = self.ids.take(Organisation.__table__)
        first_year = self.today.year - self.scale.years + 1
        rows.add(
            Organisation.__table__,
            {
                "id": org_id,
                "team_id": self.team_id,
                "name": name,
                "chair_user_id": f"U{org_id:08d}" if rng.random() < 0.8 else None,
                "created_at": _instant(dt.date(first_year, 1, 2)),
            },
        )
        bodies = self._bodies(rows, org_id, kind)
        topics = _KOMMUN_TOPICS if kind == "kommun" else _REGION_TOPICS
        for year in range(first_year, self.today.year + 1):
            for index in range(self.scale.audits_per_year):
                topic = topics[rng.randrange(len(topics))]
                self._audit(rows, org_id, name, bodies, topic, year, index)
        if rng.random() < self.scale.watched_share:
            self._subscription(rows, org_id, first_year)

    def _bodies(self, rows: _Rows, org_id: int, kind: str) -> dict[str, _Body]:
        core, groups = (
            (_KOMMUN_CORE, _KOMMUN_GROUPS) if kind == "kommun" else (_REGION_CORE, _REGION_GROUPS)
        )
        wanted = self.rng.randint(6, 10)
        names = list(core)
        taken = {abbreviate(n) for n in names}
        for group in self.rng.sample(groups, len(groups)):
            if len(names) >= wanted:
                break
            choice = self.rng.choice(group)
            abbreviation = abbreviate(choice)
            if abbreviation in taken:
                continue
            taken.add(abbreviation)
            names.append(choice)
        bodies: dict[str, _Body] = {}
        for body_name in names:
            body = _Body(self.ids.take(Body.__table__), body_name, abbreviate(body_name))
            bodies[body_name] = body
            rows.add(
                Body.__table__,
                {
                    "id": body.id,
                    "team_id": self.team_id,
                    "organisation_id": org_id,
                    "name": body_name,
                    "abbreviation": body.abbreviation,
                    "aliases": default_aliases(body_name),
                },
            )
        return bodies

    def _audited_bodies(self, bodies: dict[str, _Body], preferred: tuple[str, ...]) -> list[_Body]:
        chosen = [bodies[n] for n in preferred if n in bodies]
        executive = next(iter(bodies.values()))
        if not chosen:
            chosen = [executive]
        others = [b for b in bodies.values() if b not in chosen]
        if others and self.rng.random() < 0.3:
            chosen.append(self.rng.choice(others))
        return chosen[:3]

    def _report_date(self, year: int, index: int) -> dt.date:
        start, end = dt.date(year, 1, 20), dt.date(year, 12, 15)
        if year == self.today.year:
            end = max(self.today - dt.timedelta(days=7), dt.date(year, 1, 1))
            start = min(start, end)
        fraction = (index + self.rng.random()) / self.scale.audits_per_year
        return start + dt.timedelta(days=int((end - start).days * fraction))

    def _audit(
        self,
        rows: _Rows,
        org_id: int,
        org_name: str,
        bodies: dict[str, _Body],
        topic: tuple[str, tuple[str, ...]],
        year: int,
        index: int,
    ) -> None:
        rng = self.rng
        subject, preferred = topic
        audit_id = self.ids.take(Audit.__table__)
        firm, labels = _FIRMS[rng.randrange(len(_FIRMS))]
        report_date = self._report_date(year, index)
        by_month = rng.random() < 0.05
        audited = self._audited_bodies(bodies, preferred)
        grades = [rng.choices(labels, weights=(3, 4, 2, 1)[: len(labels)])[0] for _ in range(4)]
        question_count = rng.randint(3, 6)
        labels_given = [rng.choice(grades) for _ in range(question_count)]
        worst = max(labels_given, key=labels.index)
        overall_scale = normalise_assessment(worst) or "partly"
        title = f"Granskning av {subject}"
        if rng.random() < 0.25:
            title += f" {year}"
        rows.add(
            Audit.__table__,
            {
                "id": audit_id,
                "team_id": self.team_id,
                "organisation_id": org_id,
                "title": title,
                "audit_firm": firm,
                "report_date": report_date.replace(day=1) if by_month else report_date,
                "report_date_precision": "month" if by_month else "day",
                "audit_year": year,
                "purpose": f"Syftet är att bedöma om {_join([b.name for b in audited])} har en "
                f"ändamålsenlig styrning, uppföljning och kontroll av {subject}.",
                "overall_assessment": f"Vår samlade bedömning är att "
                f"{_join([b.name for b in audited])} {_ASSESSMENT_PHRASES[overall_scale]} "
                f"{subject}. Vi ser särskilt brister i {rng.choice(_SUBJECTS)} och "
                f"{rng.choice(_SUBJECTS)}.",
                "notes": None,
                "created_at": _instant(report_date),
            },
        )
        for position, body in enumerate(audited):
            rows.add(
                AuditBody.__table__,
                {"audit_id": audit_id, "body_id": body.id, "position": position},
            )
        report_name = f"{org_name} {title} {year}.pdf".replace(" ", "-").lower()
        self._document(rows, audit_id, report_name, report_date, "import")
        for position, label in enumerate(labels_given):
            rows.add(
                Question.__table__,
                {
                    "id": self.ids.take(Question.__table__),
                    "team_id": self.team_id,
                    "audit_id": audit_id,
                    "position": position,
                    "number": str(position + 1) if rng.random() < 0.7 else None,
                    "text": self._question_text(audited),
                    "assessment_label": label,
                    "assessment_scale": normalise_assessment(label),
                    "body_id": rng.choice(audited).id if rng.random() < 0.2 else None,
                },
            )
        responses = self._requests_and_responses(rows, audit_id, audited, report_date)
        self._recommendations(rows, audit_id, audited, responses, year)

    def _document(
        self, rows: _Rows, audit_id: int, name: str, day: dt.date, field: str
    ) -> int | None:
        document_id = self.ids.take(SourceDocument.__table__)
        rows.add(
            SourceDocument.__table__,
            {
                "id": document_id,
                "team_id": self.team_id,
                "audit_id": audit_id,
                "name": name,
                "sha256": hashlib.sha256(f"{self.team_id}/{document_id}".encode()).hexdigest(),
                "imported_at": _instant(day, 10),
                "imported_by": GENERATOR_ACTOR,
            },
        )
        rows.add(
            ChangeLog.__table__,
            {
                "id": self.ids.take(ChangeLog.__table__),
                "team_id": self.team_id,
                "changed_at": _instant(day, 10),
                "actor": GENERATOR_ACTOR,
                "entity": "audit",
                "entity_id": audit_id,
                "field": field,
                "old_value": None,
                "new_value": name,
            },
        )
        return document_id

    def _question_text(self, audited: list[_Body]) -> str:
        rng = self.rng
        body = rng.choice(audited).name
        pattern = rng.randrange(5)
        if pattern == 0:
            return f"Finns det {rng.choice(_DOCUMENTS)} för {rng.choice(_AREAS)}?"
        if pattern == 1:
            return (
                f"Har {body[:1].lower() + body[1:]} säkerställt att {rng.choice(_SUBJECTS)} "
                f"{rng.choice(_STATES)}?"
            )
        if pattern == 2:
            return f"Följs {rng.choice(_SUBJECTS)} upp {rng.choice(_FREQUENCIES)}?"
        if pattern == 3:
            return f"Är ansvaret för {rng.choice(_AREAS)} tydligt fördelat och dokumenterat?"
        return (
            f"Får nämnden tillräcklig information om {rng.choice(_SUBJECTS)} för att kunna "
            f"styra {rng.choice(_AREAS)}?"
        )

    def _requests_and_responses(
        self,
        rows: _Rows,
        audit_id: int,
        audited: list[_Body],
        report_date: dt.date,
    ) -> dict[int, tuple[int, dt.date]]:
        """Response requests to every audited body; the responses received so far by body id."""
        rng = self.rng
        deadline = report_date + dt.timedelta(days=rng.choice((45, 60, 75, 90)))
        if rng.random() < 0.4:
            deadline = _month_end(deadline)
        deadline_text = (
            f"Vi önskar svar från {_join([b.name for b in audited])} senast den "
            f"{_swedish_date(deadline)}."
        )
        responses: dict[int, tuple[int, dt.date]] = {}
        for position, body in enumerate(audited):
            received = self._received_on(report_date, deadline)
            rows.add(
                ResponseRequest.__table__,
                {
                    "id": self.ids.take(ResponseRequest.__table__),
                    "team_id": self.team_id,
                    "audit_id": audit_id,
                    "body_id": body.id,
                    "position": position,
                    "deadline": deadline,
                    "deadline_text": deadline_text,
                    "requires_action_timeline": rng.random() < 0.7,
                    "received_on": received,
                },
            )
            if received is None:
                continue
            decided = max(report_date, received - dt.timedelta(days=rng.randint(0, 7)))
            registry = f"{body.abbreviation}-{decided.year}/{rng.randint(10, 999)}"
            document_id = self._document(
                rows,
                audit_id,
                f"yttrande-{body.abbreviation}-{registry}.pdf".replace("/", "-").lower(),
                received,
                "import_attached",
            )
            response_id = self.ids.take(Response.__table__)
            rows.add(
                Response.__table__,
                {
                    "id": response_id,
                    "team_id": self.team_id,
                    "audit_id": audit_id,
                    "body_id": body.id,
                    "position": len(responses),
                    "decision_date": decided,
                    "registry_number": registry,
                    "source_document_id": document_id,
                },
            )
            responses[body.id] = (response_id, decided)
        return responses

    def _received_on(self, report_date: dt.date, deadline: dt.date) -> dt.date | None:
        """Old deadlines were met (a few never were); recent ones are open or overdue."""
        rng, today = self.rng, self.today
        days_past = (today - deadline).days
        if days_past > 30:
            chance = 0.98
        elif days_past > 0:
            chance = 0.6
        else:
            chance = 0.25
        if rng.random() >= chance:
            return None
        earliest = report_date + dt.timedelta(days=14)
        received = deadline + dt.timedelta(days=rng.randint(-20, 10))
        return max(earliest, min(received, today))

    def _recommendations(
        self,
        rows: _Rows,
        audit_id: int,
        audited: list[_Body],
        responses: dict[int, tuple[int, dt.date]],
        year: int,
    ) -> None:
        rng = self.rng
        action_positions: Counter[int] = Counter()
        areas = [rng.choice(_AREAS) for _ in range(2)]
        for position in range(self.scale.recommendations_per_audit):
            recommendation_id = self.ids.take(Recommendation.__table__)
            if len(audited) > 1 and rng.random() < 0.1:
                addressees: list[_Body | None] = [None]
            else:
                addressees = rng.sample(audited, min(len(audited), rng.choice((1, 1, 1, 2))))
            for index, body in enumerate(addressees):
                rows.add(
                    RecommendationAddressee.__table__,
                    {
                        "id": self.ids.take(RecommendationAddressee.__table__),
                        "team_id": self.team_id,
                        "recommendation_id": recommendation_id,
                        "position": index,
                        "label": GROUP_LABEL if body is None else body.name,
                        "body_id": None if body is None else body.id,
                    },
                )
            owners = [b for b in addressees if b is not None] or audited
            responding = next((b for b in owners if b.id in responses), None)
            statuses: list[str | None] = []
            if responding is not None:
                response_id, decided = responses[responding.id]
                for _ in range(self.scale.actions_per_recommendation):
                    statuses.append(
                        self._action(
                            rows,
                            response_id=response_id,
                            recommendation_id=recommendation_id,
                            position=action_positions[response_id],
                            owner=responding,
                            audited=audited,
                            decided=decided,
                        )
                    )
                    action_positions[response_id] += 1
            status, manual = self._follow_up(derived_status(statuses), year)
            rows.add(
                Recommendation.__table__,
                {
                    "id": recommendation_id,
                    "team_id": self.team_id,
                    "audit_id": audit_id,
                    "position": position,
                    "text": self._recommendation_text(),
                    "area": f"Avseende {areas[position % 2]}" if rng.random() < 0.5 else None,
                    "status": status,
                    "status_is_manual": manual,
                },
            )

    def _follow_up(self, derived: str, year: int) -> tuple[str, bool]:
        """The follow-up review (uppföljande granskning) a year or two on settles most of
        what the actions left open: done, or not accepted by the board."""
        if self.today.year - year < 2 or derived == RecommendationStatus.DONE:
            return derived, False
        chance = self.rng.random()
        if chance < 0.5:
            return RecommendationStatus.DONE, True
        if chance < 0.6:
            return RecommendationStatus.NOT_ACCEPTED, True
        return derived, False

    def _recommendation_text(self) -> str:
        rng = self.rng
        pattern = rng.randrange(5)
        if pattern == 0:
            return f"Säkerställ att {rng.choice(_SUBJECTS)} {rng.choice(_STATES)}."
        if pattern == 1:
            return f"Ta fram {rng.choice(_DOCUMENTS)} för {rng.choice(_AREAS)}."
        if pattern == 2:
            return f"Följ upp {rng.choice(_SUBJECTS)} {rng.choice(_FREQUENCIES)}."
        if pattern == 3:
            return f"Utbilda {rng.choice(_PEOPLE)} i {rng.choice(_AREAS)}."
        return (
            f"{rng.choice(_IMPERATIVES)} {rng.choice(_SUBJECTS)} så att nämnden kan följa "
            f"{rng.choice(_AREAS)}."
        )

    def _action(
        self,
        rows: _Rows,
        *,
        response_id: int,
        recommendation_id: int,
        position: int,
        owner: _Body,
        audited: list[_Body],
        decided: dt.date,
    ) -> str | None:
        rng = self.rng
        action_id = self.ids.take(Action.__table__)
        precision = rng.choices(
            (DuePrecision.DAY, DuePrecision.MONTH, DuePrecision.YEAR, DuePrecision.CONTINUOUS),
            weights=(40, 30, 15, 15),
        )[0]
        due: dt.date | None
        if precision == DuePrecision.DAY:
            due = decided + dt.timedelta(days=rng.randint(30, 540))
            timeline = due.isoformat()
        elif precision == DuePrecision.MONTH:
            due = _month_end(decided + dt.timedelta(days=31 * rng.randint(1, 18)))
            timeline = f"senast {MONTHS[due.month - 1]} {due.year}"
        elif precision == DuePrecision.YEAR:
            due = dt.date(decided.year + rng.randint(0, 1), 12, 31)
            timeline = rng.choice((str(due.year), f"Under {due.year}"))
        else:
            due = None
            timeline = rng.choice(_CONTINUOUS)
        status = self._action_status(due, decided)
        owners = [owner]
        others = [b for b in audited if b is not owner]
        if others and rng.random() < 0.1:
            owners.append(rng.choice(others))
        rows.add(
            Action.__table__,
            {
                "id": action_id,
                "team_id": self.team_id,
                "response_id": response_id,
                "recommendation_id": recommendation_id,
                "position": position,
                "text": f"{rng.choice(_UNITS)} {rng.choice(_PRESENT_VERBS)} "
                f"{rng.choice(_DOCUMENTS + _SUBJECTS)} för {rng.choice(_AREAS)}.",
                "responsible": rng.choice(_RESPONSIBLE),
                "timeline_text": timeline,
                "due": due,
                "due_precision": precision.value,
                "board": ", ".join(b.abbreviation for b in owners),
                "status": status,
            },
        )
        for body in owners:
            rows.add(ActionBoard.__table__, {"action_id": action_id, "body_id": body.id})
        return status

    def _action_status(self, due: dt.date | None, decided: dt.date) -> str | None:
        rng, today = self.rng, self.today
        if due is None:
            age = (today - decided).days
            weights = (5, 25, 70) if age > 730 else (20, 50, 30) if age > 365 else (40, 50, 10)
        elif (today - due).days > 365:
            weights = (1, 3, 96)
        elif due < today:
            weights = (15, 25, 60)
        else:
            weights = (45, 40, 15)
        status = rng.choices((None, ActionStatus.STARTED, ActionStatus.DONE), weights=weights)[0]
        return None if status is None else status.value

    def _subscription(self, rows: _Rows, org_id: int, first_year: int) -> None:
        rng = self.rng
        # Some channels watch several organisations (a firm's team channel); most watch one.
        if self._channel_serial == 0 or rng.random() < 0.7:
            self._channel_serial += 1
        paused = rng.random() < 0.02
        rows.add(
            Subscription.__table__,
            {
                "id": self.ids.take(Subscription.__table__),
                "team_id": self.team_id,
                "channel_id": f"C{self._channel_serial:08d}",
                "organisation_id": org_id,
                "created_by": f"U{rng.randint(1, 99_999):08d}",
                "created_at": _instant(dt.date(first_year, 1, 3)),
                "paused_at": _instant(self.today - dt.timedelta(days=3)) if paused else None,
                "paused_reason": "is_archived" if paused else None,
                "settings": {},
            },
        )
