"""job turns: a team's desks take turns at the periodic jobs

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23 16:00:00

Every desk runs the same scheduler. On a team database one row per job says which desk ran it
last and when (triage/services/turns.py), so re-scoring, loyalty, linking, publishing and each
source's poll run once per interval for the whole team instead of once per desk.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "job_turns",
        sa.Column("job", sa.String(length=100), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("job", name=op.f("pk_job_turns")),
    )


def downgrade() -> None:
    op.drop_table("job_turns")
