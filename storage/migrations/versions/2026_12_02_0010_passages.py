"""Findings kept: each report's text as passages (headings, page, kind), searched like the other
kinds, and each question's assessment text beside its label

Revision ID: 0006_passages
Revises: 0005
Create Date: 2026-11-26 09:00:00

Self-contained: one new table with its search index, one new nullable column. Existing
audits get their passages when their file is imported again (storage/loader.py).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_passages"
down_revision: str | None = "0006_calendar"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Spelled out here, not imported: a migration keeps the schema of its day.
TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"


def upgrade() -> None:
    op.add_column("question", sa.Column("assessment_text", sa.Text(), nullable=True))
    op.create_table(
        "passage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("audit_id", sa.Integer(), nullable=False),
        sa.Column("source_document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("heading_path", sa.JSON(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"],
            ["audit.id"],
            name=op.f("fk_passage_audit_id_audit"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_document_id"],
            ["source_document.id"],
            name=op.f("fk_passage_source_document_id_source_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_passage")),
    )
    op.create_index(op.f("ix_passage_audit_id"), "passage", ["audit_id"], unique=False)
    op.create_index(
        op.f("ix_passage_source_document_id_position"),
        "passage",
        ["source_document_id", "position"],
        unique=False,
    )
    if op.get_bind().dialect.name == "sqlite":
        # As migration 0005 made them for the other kinds: one FTS5 table, rowid = the row's id.
        op.execute(
            f"CREATE VIRTUAL TABLE search_passage USING fts5(text, team_id UNINDEXED, {TOKENIZE})"
        )
        op.execute(
            "CREATE TRIGGER search_passage_insert AFTER INSERT ON passage BEGIN "
            "INSERT INTO search_passage(rowid, text, team_id) "
            "VALUES (new.id, new.text, new.team_id); END"
        )
        op.execute(
            "CREATE TRIGGER search_passage_update AFTER UPDATE OF text ON passage BEGIN "
            "UPDATE search_passage SET text = new.text WHERE rowid = new.id; END"
        )
        op.execute(
            "CREATE TRIGGER search_passage_delete AFTER DELETE ON passage BEGIN "
            "DELETE FROM search_passage WHERE rowid = old.id; END"
        )
    else:
        # As migration 0004 made them for the other kinds: a stored vector, parsed once on write.
        op.execute(
            "ALTER TABLE passage ADD COLUMN search_tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('swedish', text)) STORED"
        )
        op.execute("CREATE INDEX search_passage_tsv ON passage USING gin (search_tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS search_passage_{event}")
        op.execute("DROP TABLE IF EXISTS search_passage")
    op.drop_index(op.f("ix_passage_source_document_id_position"), table_name="passage")
    op.drop_index(op.f("ix_passage_audit_id"), table_name="passage")
    op.drop_table("passage")
    # Not in batch mode: SQLite (3.35+) drops the column in place, so the search triggers
    # on question, which a rebuilt table would lose, stay.
    op.drop_column("question", "assessment_text")
