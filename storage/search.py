"""Ranked full-text search over questions, recommendations and actions.

SQLite uses an FTS5 index kept current by triggers; PostgreSQL a stored tsvector column
(search_tsv, the 'swedish' configuration, generated from the text) with a GIN index. User
text is reduced to words and quoted, so it is never read as query syntax: quotes, asterisks
and operators are just characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

SEARCH_PREFIX = "search_"

# rowid in the SQLite index = entity id * 4 + kind code, so triggers find rows without a scan.
KIND_CODES = {"question": 1, "recommendation": 2, "action": 3}
KINDS_BY_CODE = {code: kind for kind, code in KIND_CODES.items()}
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
    """The search objects as migration 0001 made them (0004 stores PostgreSQL's vectors)."""
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
    if session.get_bind().dialect.name == "sqlite":
        query = f" {joiner} ".join(f'"{term}"*' for term in terms)
        # The hidden rank column (bm25 by default) sorts faster than calling bm25().
        rows = session.execute(
            text(
                "SELECT rowid, rank FROM search_index "
                "WHERE search_index MATCH :query AND team_id = :team_id "
                "ORDER BY rank LIMIT :limit"
            ),
            {"query": query, "team_id": team_id, "limit": limit},
        )
        return [RankedRef(KINDS_BY_CODE[rowid % 4], rowid // 4, -rank) for rowid, rank in rows]

    operator = " & " if joiner == "AND" else " | "
    tsquery = operator.join(f"'{term}':*" for term in terms)
    selects = " UNION ALL ".join(
        f"SELECT '{table}' AS kind, id, ts_rank(search_tsv, q) AS rank "
        f"FROM {table}, to_tsquery('swedish', :tsquery) AS q "
        f"WHERE team_id = :team_id AND search_tsv @@ q"
        for table in KIND_CODES
    )
    rows = session.execute(
        text(f"SELECT kind, id, rank FROM ({selects}) AS hits ORDER BY rank DESC, id LIMIT :limit"),
        {"tsquery": tsquery, "team_id": team_id, "limit": limit},
    )
    return [RankedRef(kind, id_, float(rank)) for kind, id_, rank in rows]


def optimize_search_index(connection: Connection) -> None:
    """Merge the SQLite index's segments after a bulk load (PostgreSQL's GIN needs nothing)."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")
