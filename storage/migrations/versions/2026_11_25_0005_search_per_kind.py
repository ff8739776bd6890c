"""SQLite's search index split into one FTS5 table per kind, keyed by the row's own id, so a
search can rank the newest matches of each kind instead of every match

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 16:00:00

FTS5 sorts by rank only after ranking every match, and cuts cheaply only on rowid. In the one
table of 0001 the rowid was id × 4 + kind, so the newest rowids were all actions (their ids
run highest). PostgreSQL needs no change: its query cuts on each table's id (storage/search.py).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Spelled out here, not imported: a migration keeps the schema of its day.
KIND_CODES = {"question": 1, "recommendation": 2, "action": 3}
TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"


def _triggers(table: str, index: str, rowid_new: str, rowid_old: str) -> list[str]:
    return [
        f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {index}(rowid, text, team_id) VALUES ({rowid_new}, new.text, new.team_id); "
        f"END",
        f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF text ON {table} BEGIN "
        f"UPDATE {index} SET text = new.text WHERE rowid = {rowid_new}; END",
        f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN "
        f"DELETE FROM {index} WHERE rowid = {rowid_old}; END",
    ]


def _drop_triggers(table: str) -> None:
    for event in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{event}")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in KIND_CODES:
        _drop_triggers(table)
    op.execute("DROP TABLE IF EXISTS search_index")
    for table in KIND_CODES:
        index = f"search_{table}"
        op.execute(f"CREATE VIRTUAL TABLE {index} USING fts5(text, team_id UNINDEXED, {TOKENIZE})")
        op.execute(
            f"INSERT INTO {index}(rowid, text, team_id) SELECT id, text, team_id FROM {table}"
        )
        op.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")
        for statement in _triggers(table, index, "new.id", "old.id"):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"CREATE VIRTUAL TABLE search_index USING fts5(text, team_id UNINDEXED, {TOKENIZE})")
    for table, code in KIND_CODES.items():
        _drop_triggers(table)
        op.execute(f"DROP TABLE IF EXISTS search_{table}")
        op.execute(
            f"INSERT INTO search_index(rowid, text, team_id) "
            f"SELECT id * 4 + {code}, text, team_id FROM {table}"
        )
        for statement in _triggers(
            table, "search_index", f"new.id * 4 + {code}", f"old.id * 4 + {code}"
        ):
            op.execute(statement)
