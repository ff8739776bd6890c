"""Migrated test databases, one per backend per session, emptied after every test."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text

from storage.db import make_engine
from storage.migrate import upgrade
from storage.models import Base


def migrated_sqlite(directory: Path) -> Engine:
    engine = make_engine(f"sqlite:///{directory / 'revisorbot-test.sqlite3'}")
    upgrade(engine)
    return engine


def migrated_postgres(url: str) -> Engine:
    engine = make_engine(url)
    upgrade(engine)
    return engine


def empty_all_tables(engine: Engine) -> None:
    tables = [table.name for table in reversed(Base.metadata.sorted_tables)]
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
            return
        for table in tables:
            connection.execute(text(f"DELETE FROM {table}"))
