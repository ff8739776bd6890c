"""Reminders: snoozes, the auditors' year per organisation, indexes the sweep reads by

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 13:00:00

Self-contained: it only adds tables and indexes (it follows 0002, the Slack branch's).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reminder_snooze",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("channel_id", sa.String(length=32), nullable=False),
        sa.Column("response_request_id", sa.Integer(), nullable=False),
        sa.Column("snoozed_on", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("snoozed_by", sa.String(length=64), nullable=True),
        sa.Column("snoozed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["response_request_id"],
            ["response_request.id"],
            name=op.f("fk_reminder_snooze_response_request_id_response_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_snooze")),
        sa.UniqueConstraint(
            "team_id",
            "channel_id",
            "response_request_id",
            name=op.f("uq_reminder_snooze_team_id_channel_id_response_request_id"),
        ),
    )
    op.create_index(
        op.f("ix_reminder_snooze_response_request_id"),
        "reminder_snooze",
        ["response_request_id"],
        unique=False,
    )
    op.create_index(op.f("ix_reminder_snooze_until"), "reminder_snooze", ["until"], unique=False)

    op.create_table(
        "milestone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=True),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_milestone_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone")),
        sa.UniqueConstraint(
            "organisation_id", "kind", name=op.f("uq_milestone_organisation_id_kind")
        ),
    )

    op.create_index(
        op.f("ix_reminder_delivery_claimed_at"), "reminder_delivery", ["claimed_at"], unique=False
    )
    op.create_index(op.f("ix_response_decision_date"), "response", ["decision_date"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_response_decision_date"), table_name="response")
    op.drop_index(op.f("ix_reminder_delivery_claimed_at"), table_name="reminder_delivery")
    op.drop_table("milestone")
    op.drop_index(op.f("ix_reminder_snooze_until"), table_name="reminder_snooze")
    op.drop_index(op.f("ix_reminder_snooze_response_request_id"), table_name="reminder_snooze")
    op.drop_table("reminder_snooze")
