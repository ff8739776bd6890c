"""Indexes the national-scale benchmark asked for: body-first addressees and owners, partial
indexes of what is still owed (requests not received, actions not done), and the newest
change-log entry per team

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


def downgrade() -> None:
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
