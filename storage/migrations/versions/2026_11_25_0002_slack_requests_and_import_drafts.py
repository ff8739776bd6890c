"""Slack surface: processed requests (retries change nothing) and import previews

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 14:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "processed_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("request_key", sa.String(length=128), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_processed_request")),
        sa.UniqueConstraint(
            "team_id", "request_key", name=op.f("uq_processed_request_team_id_request_key")
        ),
    )
    op.create_index(
        op.f("ix_processed_request_received_at"),
        "processed_request",
        ["received_at"],
        unique=False,
    )
    op.create_table(
        "import_draft",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=True),
        sa.Column("extraction", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_draft")),
    )
    op.create_index(
        op.f("ix_import_draft_created_at"), "import_draft", ["created_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_import_draft_created_at"), table_name="import_draft")
    op.drop_table("import_draft")
    op.drop_index(op.f("ix_processed_request_received_at"), table_name="processed_request")
    op.drop_table("processed_request")
