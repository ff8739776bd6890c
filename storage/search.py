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
in findings fills the answer with them. Each database returns only the best ``limit`` of
each kind, scored here; the hits of all kinds are then read in one query.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import (
    Connection,
    Row,
    Select,
    String,
    bindparam,
    cast,
    literal_column,
    null,
    select,
    text,
    union_all,
)
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


def move_workspace(connection: Connection, *, source: str, target: str) -> None:
    """SQLite's indexes keep each text's team id beside it, and their triggers follow only the
    text: a workspace's rows given to another take their index entries along here."""
    if connection.dialect.name != "sqlite":
        return
    for kind in KINDS:
        connection.execute(
            text(f"UPDATE search_{kind} SET team_id = :target WHERE team_id = :source"),
            {"source": source, "target": target},
        )


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
    ids: dict[str, list[int]] = {}
    for ref in refs:
        ids.setdefault(ref.kind, []).append(ref.id)
    # One query for the hits of every kind, each with its audit's columns: no lazy load.
    kinds = tuple(kind for kind in KINDS if kind in ids)
    rows = session.execute(
        _hits_query(kinds),
        {"team_id": team_id, **{f"ids_{kind}": ids[kind] for kind in kinds}},
    )
    found = {
        (kind, row_id): SearchHit(
            kind=kind,
            id=row_id,
            text=text_,
            audit=AuditRef(*audit),
            rank=0.0,
            page=page,
            headings=tuple(headings or ()),
            passage_kind=passage_kind,
        )
        for kind, row_id, text_, page, headings, passage_kind, *audit in rows
    }
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
# Where a passage stands (NULL for the other kinds).
_WHERE_FOUND = ("page", "headings", "passage_kind")


@functools.cache
def _hits_query(kinds: tuple[str, ...]) -> Select:
    """The rows of ``kinds`` whose ids are bound as ids_<kind>, with where a passage stands
    and their audits' columns. Built once for each set of kinds a search can find."""
    parts = []
    for kind in kinds:
        model, audit_id = _TABLES[kind]
        if model is Passage:
            where_found = (Passage.page, Passage.heading_path, Passage.kind)
        else:
            where_found = (
                cast(null(), Passage.page.type),
                cast(null(), Passage.heading_path.type),
                cast(null(), Passage.kind.type),
            )
        part = select(
            literal_column(f"'{kind}'", String).label("kind"),
            model.id.label("id"),
            model.text.label("text"),
            *(column.label(name) for column, name in zip(where_found, _WHERE_FOUND, strict=True)),
            audit_id.label("audit_id"),
        )
        if model is Action:
            part = part.join(Response, Action.response_id == Response.id)
        parts.append(
            part.where(
                model.id.in_(bindparam(f"ids_{kind}", expanding=True)),
                model.team_id == bindparam("team_id"),
            )
        )
    hits = union_all(*parts).subquery("hits")
    return (
        select(
            hits.c.kind,
            hits.c.id,
            hits.c.text,
            *(hits.c[name] for name in _WHERE_FOUND),
            *AUDIT_REF_COLUMNS,
        )
        .join(Audit, Audit.id == hits.c.audit_id)
        .join(Organisation, Audit.organisation_id == Organisation.id)
    )


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
    # Per kind: its newest matches ranked, and the best ``limit`` of those (no more can be
    # shown), so that a few dozen rows come back to be scored.
    bounds = {"team_id": team_id, "newest": NEWEST_PER_KIND, "limit": limit}
    if session.get_bind().dialect.name == "sqlite":
        # FTS5 walks its doclist backwards for ORDER BY rowid DESC and stops at the limit;
        # the hidden rank column (bm25, negative: lower is better) is computed for those rows
        # only.
        best = " UNION ALL ".join(
            f"SELECT '{kind}' AS kind, id, -rank FROM ("
            f"SELECT id, rank FROM (SELECT rowid AS id, rank FROM search_{kind} "
            f"WHERE search_{kind} MATCH :query AND team_id = :team_id "
            f"ORDER BY rowid DESC LIMIT :newest) ORDER BY rank, id LIMIT :limit)"
            for kind in KINDS
        )
        query = f" {joiner} ".join(f'"{term}"*' for term in terms)
        rows = session.execute(text(best), {**bounds, "query": query})
    else:
        operator = " & " if joiner == "AND" else " | "
        best = " UNION ALL ".join(
            f"SELECT '{kind}' AS kind, id, rank FROM ("
            f"SELECT id, ts_rank(search_tsv, to_tsquery('swedish', :tsquery)) AS rank "
            f"FROM (SELECT id, search_tsv FROM {kind} "
            f"WHERE team_id = :team_id AND search_tsv @@ to_tsquery('swedish', :tsquery) "
            f"ORDER BY id DESC LIMIT :newest) AS {kind}_newest "
            f"ORDER BY rank DESC, id LIMIT :limit) AS {kind}_best"
            for kind in KINDS
        )
        tsquery = operator.join(f"'{term}':*" for term in terms)
        rows = session.execute(text(best), {**bounds, "tsquery": tsquery})
    return _scored(rows, limit)


def _scored(rows: Iterable[Row], limit: int) -> list[RankedRef]:
    """The best ``limit`` of each kind's best rows (kind, id, how well it matched: higher is
    better), scored as the module's docstring says."""
    by_kind: dict[str, list[tuple[float, int]]] = {}
    for kind, id_, rank in rows:
        by_kind.setdefault(kind, []).append((float(rank), id_))
    scored = []
    for kind, hits in by_kind.items():
        hits.sort(key=lambda hit: (-hit[0], hit[1]))
        best = hits[0][0]
        for place, (rank, id_) in enumerate(hits):
            share = rank / best if best else 1.0
            scored.append(
                RankedRef(kind, id_, KIND_WEIGHTS[kind] * share / (1 + PLACE_DECAY * place))
            )
    scored.sort(key=lambda ref: (-ref.rank, ref.kind, ref.id))
    return scored[:limit]


def optimize_search_index(connection: Connection) -> None:
    """Merge the SQLite indexes' segments after a bulk load (PostgreSQL's GIN needs nothing)."""
    if connection.dialect.name == "sqlite":
        for kind in KINDS:
            connection.exec_driver_sql(
                f"INSERT INTO search_{kind}(search_{kind}) VALUES ('optimize')"
            )
