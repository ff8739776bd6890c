"""Indexes the national-scale benchmark asked for: body-first addressees and owners, partial
indexes of what is still owed (requests not received, actions not done), the newest
change-log entry per team, and PostgreSQL's search vectors stored instead of recomputed

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Spelled out here, not imported from the models: a migration keeps the schema of its day.
OPEN_ACTION_SQL = "status IS NULL OR status != 'done'"
PENDING_REQUEST_SQL = "received_on IS NULL"
SEARCHED_TABLES = ("question", "recommendation", "action")


def upgrade() -> None:
    op.drop_index("ix_recommendation_addressee_body_id", table_name="recommendation_addressee")
    op.create_index(
        "ix_recommendation_addressee_body_id_recommendation_id",
        "recommendation_addressee",
        ["body_id", "recommendation_id"],
    )
    op.drop_index("ix_action_board_body_id", table_name="action_board")
    op.create_index("ix_action_board_body_id_action_id", "action_board", ["body_id", "action_id"])
    op.create_index(
        "ix_action_open_by_due",
        "action",
        ["team_id", "due", "due_precision", "status"],
        sqlite_where=sa.text(OPEN_ACTION_SQL),
        postgresql_where=sa.text(OPEN_ACTION_SQL),
    )
    op.create_index(
        "ix_response_request_pending_by_deadline",
        "response_request",
        ["team_id", "deadline"],
        sqlite_where=sa.text(PENDING_REQUEST_SQL),
        postgresql_where=sa.text(PENDING_REQUEST_SQL),
    )
    op.create_index("ix_change_log_team_id_id", "change_log", ["team_id", "id"])
    if op.get_bind().dialect.name == "postgresql":
        # ts_rank re-parsed every matching text from the expression index: a word found in
        # thousands of texts took 80-330 ms to rank. A stored vector is parsed once, on write.
        for table in SEARCHED_TABLES:
            op.execute(f"DROP INDEX search_{table}_tsv")
            op.execute(
                f"ALTER TABLE {table} ADD COLUMN search_tsv tsvector "
                f"GENERATED ALWAYS AS (to_tsvector('swedish', text)) STORED"
            )
            op.execute(f"CREATE INDEX search_{table}_tsv ON {table} USING gin (search_tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in SEARCHED_TABLES:
            op.execute(f"DROP INDEX search_{table}_tsv")
            op.execute(f"ALTER TABLE {table} DROP COLUMN search_tsv")
            op.execute(
                f"CREATE INDEX search_{table}_tsv ON {table} "
                f"USING gin (to_tsvector('swedish', text))"
            )
    op.drop_index("ix_change_log_team_id_id", table_name="change_log")
    op.drop_index("ix_response_request_pending_by_deadline", table_name="response_request")
    op.drop_index("ix_action_open_by_due", table_name="action")
    op.drop_index("ix_action_board_body_id_action_id", table_name="action_board")
    op.create_index("ix_action_board_body_id", "action_board", ["body_id"])
    op.drop_index(
        "ix_recommendation_addressee_body_id_recommendation_id",
        table_name="recommendation_addressee",
    )
    op.create_index("ix_recommendation_addressee_body_id", "recommendation_addressee", ["body_id"])
