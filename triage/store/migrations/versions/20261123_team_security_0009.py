"""team mode: anonymised training cases for trainers

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 15:00:00

`training_cases` holds each resolved case anonymised, as `triage.services.replay.build(...,
anonymise=True)` makes it (`Replay.to_document()`), with what the trainer's case picker shows.
In team mode a trainer's database login reads this table and nothing raw: the grants and
row-level security are set by `python -m triage team setup` (triage/store/team_security.py),
run by the database owner after every migration, not here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import triage.store.types

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "training_cases",
        sa.Column("ticket_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("channel", sa.String(length=50), nullable=False),
        sa.Column("resolved_at", triage.store.types.UTCDateTime(), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("steps", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("fingerprint", sa.String(length=200), nullable=False),
        sa.Column("published_at", triage.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_training_cases_ticket_id_tickets")
        ),
        sa.PrimaryKeyConstraint("ticket_id", name=op.f("pk_training_cases")),
    )
    with op.batch_alter_table("training_cases", schema=None) as batch_op:
        batch_op.create_index(
            "ix_training_cases_resolved", ["resolved_at", "ticket_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("training_cases", schema=None) as batch_op:
        batch_op.drop_index("ix_training_cases_resolved")
    op.drop_table("training_cases")
