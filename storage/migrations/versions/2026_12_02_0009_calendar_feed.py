"""Calendar feeds: one secret address per watching channel

Revision ID: 0006_calendar
Revises: 0005
Create Date: 2026-11-26 10:00:00

Self-contained: it only adds one table.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_calendar"
down_revision: str | None = "0006m"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "calendar_feed",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("channel_id", sa.String(length=32), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_feed")),
        sa.UniqueConstraint(
            "team_id", "channel_id", name=op.f("uq_calendar_feed_team_id_channel_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("calendar_feed")
