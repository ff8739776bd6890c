"""Follow-up rounds (uppföljning): a round per organisation and year, an assessment row per
recommendation in it

Revision ID: 0006_follow_up
Revises: 0005
Create Date: 2026-11-26 09:00:00

Self-contained: it only adds two tables and their indexes.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_follow_up"
down_revision: str | None = "0006_trash"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "follow_up_round",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_follow_up_round_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_round")),
        sa.UniqueConstraint(
            "team_id",
            "organisation_id",
            "year",
            name=op.f("uq_follow_up_round_team_id_organisation_id_year"),
        ),
    )
    op.create_index(
        op.f("ix_follow_up_round_organisation_id"),
        "follow_up_round",
        ["organisation_id"],
        unique=False,
    )
    op.create_table(
        "follow_up_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("assessment", sa.String(length=24), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("evidence", sa.String(length=500), nullable=True),
        sa.Column("assessed_by", sa.String(length=64), nullable=True),
        sa.Column("assessed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendation.id"],
            name=op.f("fk_follow_up_item_recommendation_id_recommendation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["follow_up_round.id"],
            name=op.f("fk_follow_up_item_round_id_follow_up_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_item")),
        sa.UniqueConstraint(
            "round_id",
            "recommendation_id",
            name=op.f("uq_follow_up_item_round_id_recommendation_id"),
        ),
    )
    op.create_index(
        op.f("ix_follow_up_item_recommendation_id_round_id"),
        "follow_up_item",
        ["recommendation_id", "round_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_follow_up_item_recommendation_id_round_id"), table_name="follow_up_item")
    op.drop_table("follow_up_item")
    op.drop_index(op.f("ix_follow_up_round_organisation_id"), table_name="follow_up_round")
    op.drop_table("follow_up_round")
