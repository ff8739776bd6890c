"""Ranked full-text search over questions, recommendations, actions and the reports' own text
(passages: findings, assessments, background).

SQLite uses one FTS5 index per kind (search_question, …: rowid = the row's id) kept current
by triggers; PostgreSQL a stored tsvector column (search_tsv, the 'swedish' configuration,
generated from the text) with a GIN index. User text is reduced to words and quoted, so it
is never read as query syntax: quotes, asterisks and operators are just characters.

Ranking costs a little for every matching text and neither engine can rank only the best
few, so a word found in 14,000 texts took 20-90 ms. The newest ``NEWEST_PER_KIND`` matches
of each kind (by id, so by when they were written) are ranked, and the best of those shown:
a search whose words are in fewer texts than that — in real reports, most — ranks every
match; a very common word finds the best among the recent ones.

Ranks of different kinds do not compare: each index has its own word statistics, and a
passage runs to paragraphs where a recommendation is a sentence. Each hit is therefore scored
against the best hit of its own kind (that one scores 1), weighted by ``KIND_WEIGHTS`` (of
hits that match as well within their kinds, a recommendation comes first, then a question,
an action and a passage) and divided by 1 + ``PLACE_DECAY`` × its place among them (the
second best by 1.25, …), so that hundreds of equally good recommendations do not crowd out
the one question with the word. The answer opens with the best recommendation, question,
action and passage, in that order; then the better matches of any kind. A word found only
in findings fills the answer with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from storage.models import (
    Action,
    Audit,
    Organisation,
    Passage,
    Question,
    Recommendation,
    Response,
)
from storage.read_models import AuditRef, SearchHit
from storage.views import AUDIT_REF_COLUMNS

SEARCH_PREFIX = "search_"

# rowid in migration 0001's single SQLite index = entity id * 4 + kind code (0005 split it).
# The schema of 0001's day, which create_search_objects builds: passages came in 0006.
KIND_CODES = {"question": 1, "recommendation": 2, "action": 3}
KINDS = ("question", "recommendation", "action", "passage")
# A hit's score is its rank over the best rank of its kind, times its kind's weight.
KIND_WEIGHTS = {"recommendation": 1.0, "question": 0.99, "action": 0.98, "passage": 0.9}
PLACE_DECAY = 0.25
NEWEST_PER_KIND = 200
_WORD = re.compile(r"[^\W_]+")
MAX_TERMS = 12
# Words that carry no meaning of their own. Each is in almost every text, and as a prefix
# ("för" → förvaltningen, förtydliga …) it makes the index merge thousands of terms; they are
# left out of a search that has other words.
STOP_WORDS = frozenset(
    {
        "och", "i", "att", "av", "för", "som", "med", "på", "till", "den", "det", "en", "ett",
        "om", "är", "de", "har", "vid", "samt", "eller", "från",
    }
)  # fmt: skip


def is_search_object(name: str | None) -> bool:
    """Objects the ORM does not model (Alembic's autogenerate must not report them)."""
    return bool(name) and name.startswith(SEARCH_PREFIX)


def create_search_objects(connection: Connection) -> None:
    """The search objects as migration 0001 made them (0004 stores PostgreSQL's vectors, 0005
    splits SQLite's index by kind)."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE search_index USING fts5("
            "text, team_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
        )
        for table, code in KIND_CODES.items():
            rowid_new, rowid_old = f"new.id * 4 + {code}", f"old.id * 4 + {code}"
            connection.exec_driver_sql(
                f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN "
                f"INSERT INTO search_index(rowid, text, team_id) "
                f"VALUES ({rowid_new}, new.text, new.team_id); END"
            )
            connection.exec_driver_sql(
                f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF text ON {table} BEGIN "
                f"UPDATE search_index SET text = new.text WHERE rowid = {rowid_new}; END"
            )
            connection.exec_driver_sql(
                f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN "
                f"DELETE FROM search_index WHERE rowid = {rowid_old}; END"
            )
    else:
        for table in KIND_CODES:
            connection.exec_driver_sql(
                f"CREATE INDEX search_{table}_tsv ON {table} "
                f"USING gin (to_tsvector('swedish', text))"
            )


def drop_search_objects(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        for table in KIND_CODES:
            for event in ("insert", "update", "delete"):
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{table}_{event}")
        connection.exec_driver_sql("DROP TABLE IF EXISTS search_index")
    else:
        for table in KIND_CODES:
            connection.exec_driver_sql(f"DROP INDEX IF EXISTS search_{table}_tsv")


def search_terms(user_text: str) -> list[str]:
    """The words of a search text, lower-cased, without any query syntax or stop words
    (unless stop words are all there is)."""
    words = [word.casefold() for word in _WORD.findall(user_text)]
    meaningful = [word for word in words if word not in STOP_WORDS]
    return (meaningful or words)[:MAX_TERMS]


def search(session: Session, *, team_id: str, text: str, limit: int = 20) -> list[SearchHit]:
    """The best ``limit`` hits for the user's words, each with the audit it belongs to (and a
    passage with its page and headings)."""
    refs = ranked_refs(session, team_id=team_id, user_text=text, limit=limit)
    if not refs:
        return []
    found: dict[tuple[str, int], SearchHit] = {}
    for kind in KINDS:
        ids = [ref.id for ref in refs if ref.kind == kind]
        if ids:
            found.update(((hit.kind, hit.id), hit) for hit in _hits(session, kind, team_id, ids))
    return [
        replace(found[(ref.kind, ref.id)], rank=ref.rank)
        for ref in refs
        if (ref.kind, ref.id) in found
    ]


# Each kind's table, and the column that says which audit its rows belong to.
_TABLES = {
    "question": (Question, Question.audit_id),
    "recommendation": (Recommendation, Recommendation.audit_id),
    "action": (Action, Response.audit_id),
    "passage": (Passage, Passage.audit_id),
}


def _hits(session: Session, kind: str, team_id: str, ids: list[int]) -> list[SearchHit]:
    """The hits of one kind with their audits' columns, in one query: no lazy load per hit."""
    model, audit_id = _TABLES[kind]
    where_found = (Passage.page, Passage.heading_path, Passage.kind) if model is Passage else ()
    query = select(model.id, model.text, *where_found, *AUDIT_REF_COLUMNS)
    if model is Action:
        query = query.join(Response, Action.response_id == Response.id)
    query = (
        query.join(Audit, Audit.id == audit_id)
        .join(Organisation, Audit.organisation_id == Organisation.id)
        .where(model.id.in_(ids), model.team_id == team_id)
    )
    hits = []
    for row_id, text_, *rest in session.execute(query):
        found, audit = rest[: len(where_found)], AuditRef(*rest[len(where_found) :])
        hit = SearchHit(kind=kind, id=row_id, text=text_, audit=audit, rank=0.0)
        if found:
            page, headings, passage_kind = found
            hit = replace(hit, page=page, headings=tuple(headings or ()), passage_kind=passage_kind)
        hits.append(hit)
    return hits


@dataclass(frozen=True, slots=True)
class RankedRef:
    kind: str
    id: int
    rank: float


def ranked_refs(session: Session, *, team_id: str, user_text: str, limit: int) -> list[RankedRef]:
    """Entity references best first; every term must match, else any term may."""
    terms = search_terms(user_text)
    if not terms:
        return []
    for joiner in ("AND", "OR"):
        refs = _ranked(session, team_id=team_id, terms=terms, joiner=joiner, limit=limit)
        if refs or len(terms) == 1:
            return refs
    return []


def _ranked(
    session: Session, *, team_id: str, terms: list[str], joiner: str, limit: int
) -> list[RankedRef]:
    bounds = {"team_id": team_id, "newest": NEWEST_PER_KIND, "limit": limit}
    if session.get_bind().dialect.name == "sqlite":
        # FTS5 walks its doclist backwards for ORDER BY rowid DESC and stops at the limit;
        # the hidden rank column (bm25, negative: lower is better) is computed for those rows
        # only. Over the best of its kind, a rank becomes a score between 0 and 1.
        newest = " UNION ALL ".join(
            f"SELECT '{kind}' AS kind, {KIND_WEIGHTS[kind]} AS weight, id, rank FROM ("
            f"SELECT rowid AS id, rank FROM search_{kind} "
            f"WHERE search_{kind} MATCH :query AND team_id = :team_id "
            f"ORDER BY rowid DESC LIMIT :newest)"
            for kind in KINDS
        )
        scored = (
            "SELECT kind, id, weight * coalesce(rank / nullif(min(rank) OVER same_kind, 0), 1) "
            f"/ (1 + {PLACE_DECAY} * (row_number() OVER (same_kind ORDER BY rank, id) - 1)) "
            f"AS score FROM ({newest}) WINDOW same_kind AS (PARTITION BY kind)"
        )
        rows = session.execute(
            text(
                f"SELECT kind, id, score FROM ({scored}) ORDER BY score DESC, kind, id LIMIT :limit"
            ),
            {**bounds, "query": f" {joiner} ".join(f'"{term}"*' for term in terms)},
        )
        return [RankedRef(kind, id_, float(score)) for kind, id_, score in rows]

    operator = " & " if joiner == "AND" else " | "
    newest = " UNION ALL ".join(
        f"SELECT '{kind}' AS kind, CAST({KIND_WEIGHTS[kind]} AS double precision) AS weight, "
        f"id, ts_rank(search_tsv, to_tsquery('swedish', :tsquery)) AS rank "
        f"FROM (SELECT id, search_tsv FROM {kind} "
        f"WHERE team_id = :team_id AND search_tsv @@ to_tsquery('swedish', :tsquery) "
        f"ORDER BY id DESC LIMIT :newest) AS {kind}_newest"
        for kind in KINDS
    )
    scored = (
        "SELECT kind, id, weight * coalesce(rank / nullif(max(rank) OVER same_kind, 0), 1) "
        f"/ (1 + {PLACE_DECAY} * (row_number() OVER (same_kind ORDER BY rank DESC, id) - 1)) "
        f"AS score FROM ({newest}) AS hits WINDOW same_kind AS (PARTITION BY kind)"
    )
    rows = session.execute(
        text(
            f"SELECT kind, id, score FROM ({scored}) AS scored "
            f"ORDER BY score DESC, kind, id LIMIT :limit"
        ),
        {**bounds, "tsquery": operator.join(f"'{term}':*" for term in terms)},
    )
    return [RankedRef(kind, id_, float(score)) for kind, id_, score in rows]


def optimize_search_index(connection: Connection) -> None:
    """Merge the SQLite indexes' segments after a bulk load (PostgreSQL's GIN needs nothing)."""
    if connection.dialect.name == "sqlite":
        for kind in KINDS:
            connection.exec_driver_sql(
                f"INSERT INTO search_{kind}(search_{kind}) VALUES ('optimize')"
            )
