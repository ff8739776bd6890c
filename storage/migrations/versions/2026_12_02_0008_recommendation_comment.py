"""A comment or assessment per recommendation: the follow-up matrix's own column, written by
the auditors and read back from their sheet

Revision ID: 0006m
Revises: 0005
Create Date: 2026-11-26 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006m"
down_revision: str | None = "0006_follow_up"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("recommendation", sa.Column("comment", sa.Text(), nullable=True))


def downgrade() -> None:
    # Not in batch mode: SQLite (3.35+) drops the column in place, keeping the search triggers
    # a recreated table would lose.
    op.drop_column("recommendation", "comment")
