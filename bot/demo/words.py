"""Words for the national dataset, written for this generator: every sentence is assembled
from these lists, so nothing is taken from a real report."""

from __future__ import annotations

import datetime as dt
import random

from bot.core.i18n import format_day_of_year, format_month, format_names

PLACE_HEADS = (
    "Norr", "Söder", "Öster", "Väster", "Ek", "Björk", "Sjö", "Berg", "Lind", "Ås", "Hög",
    "Sand", "Strand", "Älv", "Gran", "Tall", "Ljung", "Mal", "Vik", "Hed", "Rönn", "Al",
    "Hassel", "Lönn", "Myr", "Kvarn", "Bro", "Sten", "Fjäll", "Mo",
)  # fmt: skip
PLACE_TAILS = (
    "by", "vik", "köping", "sala", "hamn", "tuna", "åker", "sund", "berga", "målen", "fors",
    "näs", "holm", "ryd", "torp", "stad", "hult", "dal", "lunda", "bo",
)  # fmt: skip
# Head and tail pairs that happen to spell a real kommun are left out.
REAL_PLACES = {
    "Norrköping", "Söderköping", "Östersund", "Västervik", "Söderhamn", "Österåker", "Sjöbo",
    "Ljungby",
}  # fmt: skip
REGION_NAMES = (
    "Nordanland", "Sunnanå", "Österlanda", "Västerdal", "Mellanskog", "Kustlandet",
    "Fjällbygden", "Sjöriket", "Slättbygd", "Skärgården", "Älvdalen", "Bergslagsbygd",
    "Skogslandet", "Myrlandet", "Ådalen", "Höglandet", "Gränsbygden", "Mälardal",
    "Sydkusten", "Åsbygden", "Inlandet", "Norrkusten", "Vättertrakten", "Ekbygden",
)  # fmt: skip

KOMMUN_CORE = ("Kommunstyrelsen", "Socialnämnden")
KOMMUN_GROUPS = (
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
REGION_CORE = ("Regionstyrelsen", "Hälso- och sjukvårdsnämnden")
REGION_GROUPS = (
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
KOMMUN_TOPICS = (
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
REGION_TOPICS = (
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
FIRMS = (
    ("PwC", ("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt")),
    ("KPMG", ("Ja", "Delvis", "Nej")),
    ("EY", ("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt")),
    ("Deloitte", ("I allt väsentligt", "Delvis", "Nej")),
    ("Grant Thornton", ("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt")),
    ("BDO", ("Ja", "I huvudsak", "Delvis", "Nej")),
    ("Revisionskontoret", ("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt")),
)

SUBJECTS = (
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
AREAS = (
    "avvikelsehantering", "attesträtter", "direktupphandling", "orosanmälningar",
    "kontinuitetsplanering", "kompetensutveckling", "informationssäkerhet", "lokalplanering",
    "fastighetsunderhåll", "hantering av allmänna handlingar", "elevhälsa", "hemtjänst",
    "biståndsbedömning", "bisysslor", "klimatanpassning", "dataskydd", "ekonomisk uppföljning",
    "brottsförebyggande arbete", "missbruksvård", "föreningsbidrag", "patientsäkerhet",
    "läkemedelsgenomgångar", "vårdplanering", "arbetsmiljö", "intern kontroll", "målstyrning",
    "tillsyn", "bygglov", "skolskjuts", "måltidsverksamhet", "krisledning", "löneutbetalningar",
)  # fmt: skip
DOCUMENTS = (
    "en rutin", "en handlingsplan", "en tidsplan", "en checklista", "en riktlinje",
    "en uppföljningsplan", "en risk- och väsentlighetsanalys", "en kommunikationsplan",
    "en utbildningsplan", "en åtgärdsplan",
)  # fmt: skip
STATES = (
    "dokumenteras", "följs upp regelbundet", "är kända i organisationen",
    "rapporteras till nämnden", "revideras årligen", "är förankrade hos cheferna",
    "utgår från en aktuell riskanalys", "efterlevs i hela förvaltningen",
)  # fmt: skip
FREQUENCIES = (
    "minst en gång per år", "varje kvartal", "i samband med delårsrapporten",
    "två gånger per år", "varje månad", "i samband med årsredovisningen",
)  # fmt: skip
PEOPLE = (
    "chefer", "handläggare", "nämndens ledamöter", "förvaltningens controllers",
    "medarbetare i hemtjänsten", "skolledare", "inköpare", "sjuksköterskor", "registratorer",
)  # fmt: skip
IMPERATIVES = ("Utveckla", "Förtydliga", "Se över", "Stärk", "Dokumentera", "Revidera")
PRESENT_VERBS = (
    "tar fram", "ser över", "reviderar", "förtydligar", "dokumenterar", "utvärderar",
    "kompletterar", "inför",
)  # fmt: skip
UNITS = (
    "Förvaltningen", "Ekonomienheten", "HR-avdelningen", "Kvalitetsenheten", "Kansliet",
    "Verksamhetsledningen", "IT-enheten", "Upphandlingsenheten", "Fastighetsavdelningen",
    "Ledningsgruppen",
)  # fmt: skip
RESPONSIBLE = (
    "Förvaltningschef", "Ekonomichef", "HR-chef", "Kvalitetsstrateg", "Kanslichef",
    "Verksamhetschef", "IT-chef", "Upphandlingschef", "Fastighetschef", "Säkerhetssamordnare",
    "Controller", "Avdelningschef",
)  # fmt: skip
CONTINUOUS = (
    "Kontinuerligt arbete som följs upp i verksamhetsberättelsen",
    "Löpande",
    "Pågår löpande och följs upp i internkontrollplanen",
)
ASSESSMENT_PHRASES = {
    "fulfilled": "har en ändamålsenlig styrning och uppföljning av",
    "largely": "i allt väsentligt har en ändamålsenlig styrning av",
    "partly": "delvis har en ändamålsenlig styrning och kontroll av",
    "not": "inte har en tillräcklig styrning och kontroll av",
}


def organisation_names(rng: random.Random, kommuner: int, regioner: int) -> list[tuple[str, str]]:
    """("kommun", "Ekvik kommun") … ("region", "Region Nordanland") …: made-up names, the
    kommuner drawn from every head and tail that does not spell a real place."""
    places = [
        place
        for head in PLACE_HEADS
        for tail in PLACE_TAILS
        if (place := head + tail) not in REAL_PLACES
    ]
    chosen = rng.sample(places, kommuner)
    regions = [
        f"Region {REGION_NAMES[i % len(REGION_NAMES)]}"
        + ("" if i < len(REGION_NAMES) else f" {i // len(REGION_NAMES) + 1}")
        for i in range(regioner)
    ]
    return [("kommun", f"{p} kommun") for p in sorted(chosen)] + [
        ("region", name) for name in regions
    ]


def month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def swedish_date(day: dt.date) -> str:
    """ "3 juni 2019", as a letter prints it."""
    return f"{format_day_of_year(day, 'sv')} {day.year}"


def swedish_month(day: dt.date) -> str:
    """ "juni 2019"."""
    return format_month(day, "sv")


def instant(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC)


def join(names: list[str]) -> str:
    return format_names([n[:1].lower() + n[1:] for n in names], "sv")


def question_text(rng: random.Random, body: str) -> str:
    pattern = rng.randrange(5)
    if pattern == 0:
        return f"Finns det {rng.choice(DOCUMENTS)} för {rng.choice(AREAS)}?"
    if pattern == 1:
        return (
            f"Har {body[:1].lower() + body[1:]} säkerställt att {rng.choice(SUBJECTS)} "
            f"{rng.choice(STATES)}?"
        )
    if pattern == 2:
        return f"Följs {rng.choice(SUBJECTS)} upp {rng.choice(FREQUENCIES)}?"
    if pattern == 3:
        return f"Är ansvaret för {rng.choice(AREAS)} tydligt fördelat och dokumenterat?"
    return (
        f"Får nämnden tillräcklig information om {rng.choice(SUBJECTS)} för att kunna "
        f"styra {rng.choice(AREAS)}?"
    )


def recommendation_text(rng: random.Random) -> str:
    pattern = rng.randrange(5)
    if pattern == 0:
        return f"Säkerställ att {rng.choice(SUBJECTS)} {rng.choice(STATES)}."
    if pattern == 1:
        return f"Ta fram {rng.choice(DOCUMENTS)} för {rng.choice(AREAS)}."
    if pattern == 2:
        return f"Följ upp {rng.choice(SUBJECTS)} {rng.choice(FREQUENCIES)}."
    if pattern == 3:
        return f"Utbilda {rng.choice(PEOPLE)} i {rng.choice(AREAS)}."
    return (
        f"{rng.choice(IMPERATIVES)} {rng.choice(SUBJECTS)} så att nämnden kan följa "
        f"{rng.choice(AREAS)}."
    )
