"""What the commands ask of storage, timed at national scale: one fresh session per call."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from bench.timing import Case, Latency, measure
from storage import audits, due, items, search
from storage import names as stored_names
from storage import search as fulltext
from storage.bodies import lookup_key
from storage.db import make_session_factory
from storage.models import Action, Audit, Body, Organisation, Passage, Question, Recommendation
from storage.names import NameCache

# Words of the generator's vocabulary, from rare to everywhere.
SEARCH_WORDS = (
    "orosanmälningarna",
    "attesträtter",
    "riskanalysen",
    "bisysslor",
    "läkemedelshanteringen",
    "klimatanpassning",
    "delegationsbesluten",
    "hemtjänst",
)
SEARCH_PHRASES = ("rutin för attesträtter", "följ upp sjukfrånvaron", "utbilda handläggare")
COMMON_WORD = "nämnden"
BODY_NAME = "Socialnämnden"
# About what one Slack message shows (46 blocks a page in bot/blocks/common.py).
PAGE = 25


def run(
    engine: Engine, *, team_id: str, today: dt.date, samples: int, budget_seconds: float
) -> dict[str, Latency]:
    factory = make_session_factory(engine)
    rng = random.Random(1)
    with factory() as session:
        audit_ids = list(session.scalars(select(Audit.id).where(Audit.team_id == team_id)))
        org_ids = list(
            session.scalars(select(Organisation.id).where(Organisation.team_id == team_id))
        )
        body_ids = [
            body_id
            for body_id, name in session.execute(
                select(Body.id, Body.name).where(Body.team_id == team_id)
            )
            if lookup_key(name) == lookup_key(BODY_NAME)
        ]
    years = sorted({today.year - offset for offset in range(10)})
    in_30, yesterday = today + dt.timedelta(days=30), today - dt.timedelta(days=1)
    common_share = _share_of_texts(factory, team_id, COMMON_WORD)
    # Every case draws its arguments from its own seeded sequence: the same run, every run.
    picks = {name: random.Random(rng.random()) for name in ("audit", "org", "word", "year")}

    def each(work: Callable[[Session, int], str]) -> Callable[[int], str]:
        def call(i: int) -> str:
            with factory() as session:
                return work(session, i)

        return call

    def audit_id(_: int) -> int:
        return picks["audit"].choice(audit_ids)

    def org_id(_: int) -> int:
        return picks["org"].choice(org_ids)

    names = NameCache()
    cases = [
        Case(
            "names: organisations and bodies (NameCache)",
            each(lambda s, i: _rows(names.bodies(s, team_id=team_id))),
        ),
        Case(
            "names uncached: list_bodies",
            each(lambda s, i: _rows(stored_names.list_bodies(s, team_id=team_id))),
        ),
        Case(
            "names uncached: list_organisations",
            each(lambda s, i: _rows(stored_names.list_organisations(s, team_id=team_id))),
        ),
        Case(
            "audit names of one organisation",
            each(
                lambda s, i: _rows(
                    stored_names.list_audit_refs(s, team_id=team_id, organisation_id=org_id(i))
                )
            ),
        ),
        Case(
            "audit names of the workspace (all)",
            each(lambda s, i: _rows(stored_names.list_audit_refs(s, team_id=team_id))),
        ),
        Case(
            "visa <granskning>",
            each(
                lambda s, i: _audit_note(audits.get_audit(s, team_id=team_id, audit_id=audit_id(i)))
            ),
        ),
        Case(
            f"frister (30 dagar), page of {PAGE}",
            each(
                lambda s, i: _rows(
                    due.due_items(s, team_id=team_id, start=today, end=in_30, limit=PAGE)
                )
            ),
        ),
        Case(
            "frister (30 dagar), count",
            each(
                lambda s, i: _count(due.count_due_items(s, team_id=team_id, start=today, end=in_30))
            ),
        ),
        Case(
            "frister (30 dagar), whole list",
            each(lambda s, i: _rows(due.due_items(s, team_id=team_id, start=today, end=in_30))),
        ),
        Case(
            f"försenade, page of {PAGE}",
            each(
                lambda s, i: _rows(due.overdue_items(s, team_id=team_id, today=today, limit=PAGE))
            ),
        ),
        Case(
            "försenade, count",
            each(
                lambda s, i: _count(
                    due.count_due_items(s, team_id=team_id, start=None, end=yesterday)
                )
            ),
        ),
        Case(
            f"öppna {BODY_NAME.lower()} ({len(body_ids)} bodies), page of {PAGE}",
            each(
                lambda s, i: _open_note(
                    items.open_items(s, team_id=team_id, body_ids=body_ids, limit=PAGE)
                )
            ),
        ),
        Case(
            f"öppna {BODY_NAME.lower()}, counts",
            each(
                lambda s, i: "{} rec + {} act".format(
                    *items.count_open_items(s, team_id=team_id, body_ids=body_ids)
                )
            ),
        ),
        Case(
            f"öppna <organisation>, page of {PAGE}",
            each(
                lambda s, i: _open_note(
                    items.open_items(s, team_id=team_id, organisation_id=org_id(i), limit=PAGE)
                )
            ),
        ),
        Case(
            "öppna <organisation>, counts",
            each(
                lambda s, i: "{} rec + {} act".format(
                    *items.count_open_items(s, team_id=team_id, organisation_id=org_id(i))
                )
            ),
        ),
        Case(
            "sök <ord>",
            each(
                lambda s, i: _rows(
                    search.search(s, team_id=team_id, text=picks["word"].choice(SEARCH_WORDS))
                )
            ),
        ),
        Case(
            "sök <flera ord>",
            each(
                lambda s, i: _rows(
                    search.search(s, team_id=team_id, text=picks["word"].choice(SEARCH_PHRASES))
                )
            ),
        ),
        Case(
            f"sök {COMMON_WORD} (in {common_share} of all texts)",
            each(lambda s, i: _rows(search.search(s, team_id=team_id, text=COMMON_WORD))),
        ),
        Case(
            "granskningar <organisation>",
            each(lambda s, i: _rows(audits.audits(s, team_id=team_id, organisation_id=org_id(i)))),
        ),
        Case(
            "granskningar <organisation> <år>",
            each(
                lambda s, i: _rows(
                    audits.audits(
                        s,
                        team_id=team_id,
                        organisation_id=org_id(i),
                        year=picks["year"].choice(years),
                    )
                )
            ),
        ),
        Case(
            f"granskningar (all organisations), page of {PAGE}",
            each(lambda s, i: _rows(audits.audits(s, team_id=team_id, limit=PAGE))),
        ),
        Case(
            "granskningar (all organisations), count",
            each(lambda s, i: _count(audits.count_audits(s, team_id=team_id))),
        ),
    ]
    return measure(cases, samples=samples, budget_seconds=budget_seconds)


def _rows(items) -> str:
    return f"{len(items):,} rows".replace(",", " ")


def _count(number: int) -> str:
    return f"count {number:,}".replace(",", " ")


def _share_of_texts(factory, team_id: str, word: str) -> str:
    """How many of the searchable texts contain ``word`` (as a prefix, as sök matches it).

    Counted directly: sök ranks only the newest matches of each kind, so its hits no longer
    tell how many there are."""
    (term,) = fulltext.search_terms(word)
    with factory() as session:
        sqlite = session.get_bind().dialect.name == "sqlite"
        hits = 0
        for kind in fulltext.KINDS:
            statement = (
                f"SELECT count(*) FROM search_{kind} WHERE search_{kind} MATCH :query "
                f"AND team_id = :team_id"
                if sqlite
                else f"SELECT count(*) FROM {kind} WHERE team_id = :team_id "
                f"AND search_tsv @@ to_tsquery('swedish', :query)"
            )
            query = f'"{term}"*' if sqlite else f"'{term}':*"
            hits += session.scalar(text(statement), {"query": query, "team_id": team_id}) or 0
        texts = sum(
            session.scalar(select(func.count()).select_from(model).where(model.team_id == team_id))
            or 0
            for model in (Question, Recommendation, Action, Passage)
        )
    return f"{hits / max(texts, 1):.0%}"


def _audit_note(detail) -> str:
    questions, recommendations = len(detail.questions), len(detail.recommendations)
    return f"{questions} q, {recommendations} rec, {len(detail.actions)} act"


def _open_note(items) -> str:
    return f"{len(items.recommendations)} rec + {len(items.actions)} act"
