"""Bulk writing for generated datasets: explicit ids, fast inserts, then fresh statistics.

The ORM's unit of work flushes row by row and asks for every new id; at hundreds of
thousands of rows that is minutes of round trips. Here the caller numbers the rows itself
(``IdAllocator``) and hands over plain dicts: SQLite gets one ``executemany`` per table
(its search triggers still fire on every row), PostgreSQL gets COPY, and ``finish`` moves
the id sequences past what was written and refreshes the planner's statistics.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import JSON, Connection, Engine, Table, func, select

from storage.models import Base
from storage.search import optimize_search_index


class IdAllocator:
    """Hands out primary keys above what each table already holds."""

    def __init__(self, connection: Connection, tables: Iterable[Table]) -> None:
        self._next: dict[str, int] = {}
        for table in tables:
            highest = connection.scalar(select(func.max(table.c.id)))
            self._next[table.name] = (highest or 0) + 1

    def take(self, table: Table) -> int:
        value = self._next[table.name]
        self._next[table.name] = value + 1
        return value


def insert_rows(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Write ``rows`` (every row with the same keys) into ``table`` in one round of the driver."""
    if not rows:
        return
    if connection.dialect.name == "postgresql":
        _copy(connection, table, rows)
    else:
        connection.execute(table.insert(), list(rows))


def _copy(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    columns = list(rows[0].keys())
    quoted = ", ".join(f'"{name}"' for name in columns)
    json_columns = {name for name in columns if isinstance(table.c[name].type, JSON)}
    cursor = connection.connection.driver_connection.cursor()
    with cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(
                [_json(row[name]) if name in json_columns else row[name] for name in columns]
            )


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def finish(connection: Connection) -> None:
    """After a bulk load, in its transaction: sequences past the written ids, merged search
    segments and the planner's statistics."""
    if connection.dialect.name == "postgresql":
        for table in Base.metadata.sorted_tables:
            if "id" not in table.c or not table.c.id.primary_key:
                continue
            connection.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"coalesce(max(id), 0) + 1, false) FROM {table.name}"
            )
    optimize_search_index(connection)
    connection.exec_driver_sql("ANALYZE")


def compact(engine: Engine) -> None:
    """After the load's transaction: fold SQLite's write-ahead log back into the file, and
    let PostgreSQL's VACUUM mark the new pages all-visible (index-only scans need that)."""
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM")
