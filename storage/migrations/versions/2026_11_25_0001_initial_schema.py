"""Initial schema: the audit domain, subscriptions, the reminder ledger, history, search

Revision ID: 0001
Revises:
Create Date: 2026-11-25 12:06:07.097910
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage.search import create_search_objects, drop_search_objects

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index(
        op.f("ix_change_log_team_id_entity_entity_id"),
        "change_log",
        ["team_id", "entity", "entity_id"],
        unique=False,
    )

    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("chair_user_id", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("team_id", "name", name=op.f("uq_organisation_team_id_name")),
    )
    op.create_table(
        "reminder_delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("channel_id", sa.String(length=32), nullable=False),
        sa.Column("reminder_key", sa.String(length=200), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("message_ts", sa.String(length=32), nullable=True),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_delivery")),
        sa.UniqueConstraint(
            "team_id",
            "channel_id",
            "reminder_key",
            name=op.f("uq_reminder_delivery_team_id_channel_id_reminder_key"),
        ),
    )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=True),
        sa.Column("audit_firm", sa.String(length=100), nullable=True),
        sa.Column("report_date", sa.Date(), nullable=True),
        sa.Column("report_date_precision", sa.String(length=8), nullable=True),
        sa.Column("audit_year", sa.Integer(), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("overall_assessment", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_audit_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit")),
    )
    op.create_index(op.f("ix_audit_organisation_id"), "audit", ["organisation_id"], unique=False)
    op.create_index(
        op.f("ix_audit_team_id_organisation_id_audit_year"),
        "audit",
        ["team_id", "organisation_id", "audit_year"],
        unique=False,
    )

    op.create_table(
        "body",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("abbreviation", sa.String(length=16), nullable=True),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_body_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_body")),
        sa.UniqueConstraint("organisation_id", "name", name=op.f("uq_body_organisation_id_name")),
    )
    op.create_index(op.f("ix_body_team_id"), "body", ["team_id"], unique=False)

    op.create_table(
        "subscription",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("channel_id", sa.String(length=32), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("paused_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("paused_reason", sa.String(length=64), nullable=True),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_subscription_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscription")),
        sa.UniqueConstraint(
            "team_id",
            "channel_id",
            "organisation_id",
            name=op.f("uq_subscription_team_id_channel_id_organisation_id"),
        ),
    )
    op.create_index(
        op.f("ix_subscription_organisation_id"), "subscription", ["organisation_id"], unique=False
    )

    op.create_table(
        "audit_body",
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["audit.id"],
            name=op.f("fk_audit_body_audit_id_audit"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["body_id"], ["body.id"], name=op.f("fk_audit_body_body_id_body")),
        sa.PrimaryKeyConstraint("audit_id", "body_id", name=op.f("pk_audit_body")),
    )
    op.create_index(op.f("ix_audit_body_body_id"), "audit_body", ["body_id"], unique=False)

    op.create_table(
        "question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=16), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("assessment_label", sa.String(length=100), nullable=True),
        sa.Column("assessment_scale", sa.String(length=16), nullable=True),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["audit_id"], ["audit.id"], name=op.f("fk_question_audit_id_audit"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["body_id"], ["body.id"], name=op.f("fk_question_body_id_body")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_question")),
    )
    op.create_index(
        op.f("ix_question_audit_id_position"), "question", ["audit_id", "position"], unique=False
    )
    op.create_index(op.f("ix_question_body_id"), "question", ["body_id"], unique=False)

    op.create_table(
        "recommendation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("area", sa.String(length=500), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_is_manual", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["audit.id"],
            name=op.f("fk_recommendation_audit_id_audit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation")),
    )
    op.create_index(
        op.f("ix_recommendation_audit_id_position"),
        "recommendation",
        ["audit_id", "position"],
        unique=False,
    )
    op.create_index(
        op.f("ix_recommendation_team_id_status"),
        "recommendation",
        ["team_id", "status"],
        unique=False,
    )

    op.create_table(
        "response_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("deadline_text", sa.Text(), nullable=True),
        sa.Column("requires_action_timeline", sa.Boolean(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["audit.id"],
            name=op.f("fk_response_request_audit_id_audit"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["body_id"], ["body.id"], name=op.f("fk_response_request_body_id_body")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_response_request")),
        sa.UniqueConstraint(
            "audit_id", "body_id", name=op.f("uq_response_request_audit_id_body_id")
        ),
    )
    op.create_index(
        op.f("ix_response_request_body_id"), "response_request", ["body_id"], unique=False
    )
    op.create_index(
        op.f("ix_response_request_team_id_deadline"),
        "response_request",
        ["team_id", "deadline"],
        unique=False,
    )

    op.create_table(
        "source_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("imported_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["audit.id"],
            name=op.f("fk_source_document_audit_id_audit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_document")),
        sa.UniqueConstraint("team_id", "sha256", name=op.f("uq_source_document_team_id_sha256")),
    )
    op.create_index(
        op.f("ix_source_document_audit_id"), "source_document", ["audit_id"], unique=False
    )

    op.create_table(
        "recommendation_addressee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["body_id"], ["body.id"], name=op.f("fk_recommendation_addressee_body_id_body")
        ),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendation.id"],
            name=op.f("fk_recommendation_addressee_recommendation_id_recommendation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_addressee")),
    )
    op.create_index(
        op.f("ix_recommendation_addressee_body_id"),
        "recommendation_addressee",
        ["body_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_recommendation_addressee_recommendation_id"),
        "recommendation_addressee",
        ["recommendation_id"],
        unique=False,
    )

    op.create_table(
        "response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("registry_number", sa.String(length=64), nullable=True),
        sa.Column("source_document_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["audit_id"], ["audit.id"], name=op.f("fk_response_audit_id_audit"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["body_id"], ["body.id"], name=op.f("fk_response_body_id_body")),
        sa.ForeignKeyConstraint(
            ["source_document_id"],
            ["source_document.id"],
            name=op.f("fk_response_source_document_id_source_document"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_response")),
    )
    op.create_index(op.f("ix_response_audit_id"), "response", ["audit_id"], unique=False)
    op.create_index(op.f("ix_response_body_id"), "response", ["body_id"], unique=False)
    op.create_index(
        op.f("ix_response_source_document_id"), "response", ["source_document_id"], unique=False
    )

    op.create_table(
        "action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("recommendation_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("responsible", sa.Text(), nullable=True),
        sa.Column("timeline_text", sa.Text(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("due_precision", sa.String(length=16), nullable=False),
        sa.Column("board", sa.String(length=100), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["recommendation_id"],
            ["recommendation.id"],
            name=op.f("fk_action_recommendation_id_recommendation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["response.id"],
            name=op.f("fk_action_response_id_response"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action")),
    )
    op.create_index(
        op.f("ix_action_recommendation_id"), "action", ["recommendation_id"], unique=False
    )
    op.create_index(
        op.f("ix_action_response_id_position"), "action", ["response_id", "position"], unique=False
    )
    op.create_index(op.f("ix_action_team_id_due"), "action", ["team_id", "due"], unique=False)

    op.create_table(
        "action_board",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action.id"],
            name=op.f("fk_action_board_action_id_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["body_id"], ["body.id"], name=op.f("fk_action_board_body_id_body")
        ),
        sa.PrimaryKeyConstraint("action_id", "body_id", name=op.f("pk_action_board")),
    )
    op.create_index(op.f("ix_action_board_body_id"), "action_board", ["body_id"], unique=False)

    create_search_objects(op.get_bind())


def downgrade() -> None:
    drop_search_objects(op.get_bind())
    op.drop_index(op.f("ix_action_board_body_id"), table_name="action_board")

    op.drop_table("action_board")
    op.drop_index(op.f("ix_action_team_id_due"), table_name="action")
    op.drop_index(op.f("ix_action_response_id_position"), table_name="action")
    op.drop_index(op.f("ix_action_recommendation_id"), table_name="action")

    op.drop_table("action")
    op.drop_index(op.f("ix_response_source_document_id"), table_name="response")
    op.drop_index(op.f("ix_response_body_id"), table_name="response")
    op.drop_index(op.f("ix_response_audit_id"), table_name="response")

    op.drop_table("response")
    op.drop_index(
        op.f("ix_recommendation_addressee_recommendation_id"), table_name="recommendation_addressee"
    )
    op.drop_index(
        op.f("ix_recommendation_addressee_body_id"), table_name="recommendation_addressee"
    )

    op.drop_table("recommendation_addressee")
    op.drop_index(op.f("ix_source_document_audit_id"), table_name="source_document")

    op.drop_table("source_document")
    op.drop_index(op.f("ix_response_request_team_id_deadline"), table_name="response_request")
    op.drop_index(op.f("ix_response_request_body_id"), table_name="response_request")

    op.drop_table("response_request")
    op.drop_index(op.f("ix_recommendation_team_id_status"), table_name="recommendation")
    op.drop_index(op.f("ix_recommendation_audit_id_position"), table_name="recommendation")

    op.drop_table("recommendation")
    op.drop_index(op.f("ix_question_body_id"), table_name="question")
    op.drop_index(op.f("ix_question_audit_id_position"), table_name="question")

    op.drop_table("question")
    op.drop_index(op.f("ix_audit_body_body_id"), table_name="audit_body")

    op.drop_table("audit_body")
    op.drop_index(op.f("ix_subscription_organisation_id"), table_name="subscription")

    op.drop_table("subscription")
    op.drop_index(op.f("ix_body_team_id"), table_name="body")

    op.drop_table("body")
    op.drop_index(op.f("ix_audit_team_id_organisation_id_audit_year"), table_name="audit")
    op.drop_index(op.f("ix_audit_organisation_id"), table_name="audit")

    op.drop_table("audit")
    op.drop_table("reminder_delivery")
    op.drop_table("organisation")
    op.drop_index(op.f("ix_change_log_team_id_entity_entity_id"), table_name="change_log")

    op.drop_table("change_log")
