"""Deleted rows kept as JSON so a deletion can be undone (`Ångra`, `revisorbot restore`)

Revision ID: 0006_trash
Revises: 0005
Create Date: 2026-12-01 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_trash"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "trash",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_by", sa.String(length=64), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("restored_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("restored_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trash")),
    )
    op.create_index(op.f("ix_trash_deleted_at"), "trash", ["deleted_at"], unique=False)
    op.create_index(op.f("ix_trash_team_id_audit_id"), "trash", ["team_id", "audit_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_trash_team_id_audit_id"), table_name="trash")
    op.drop_index(op.f("ix_trash_deleted_at"), table_name="trash")
    op.drop_table("trash")
