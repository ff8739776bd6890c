"""Alembic environment: runs on a connection handed over by storage.migrate, or a URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from storage.base import UTCDateTime
from storage.db import make_engine
from storage.models import Base
from storage.search import is_search_object

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, autogen_context) -> str | bool:
    """Migrations spell our UTC column as the plain type it stores."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=lambda obj, name, type_, reflected, compare_to: not is_search_object(name),
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=_render_item,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url"))
    try:
        with engine.connect() as connection:
            _configure(connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline SQL generation is not supported; run `revisorbot db upgrade`.")
run_migrations_online()
