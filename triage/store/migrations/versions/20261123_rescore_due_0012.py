"""re-score due: when each ticket's score can next change with time

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-23 18:00:00

A score changes with time only where a waiting point is added or a reply target is reached
(triage/scoring/waiting.py). `tickets.rescore_at` holds that moment, or the moment something
else about the ticket changed, and the periodic re-score reads only the active tickets whose
moment has come, through ix_tickets_rescore_due. Existing active tickets start due, so the
first run after the upgrade scores them all and sets their moments.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from triage.store.types import UTCDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

ACTIVE_SQLITE = "+status IN ('new', 'open')"
ACTIVE_POSTGRESQL = "status IN ('new', 'open')"
DUE = datetime(1970, 1, 1, tzinfo=UTC)


def upgrade() -> None:
    op.add_column("tickets", sa.Column("rescore_at", UTCDateTime(), nullable=True))
    tickets = sa.table(
        "tickets", sa.column("status", sa.String()), sa.column("rescore_at", UTCDateTime())
    )
    op.execute(
        sa.update(tickets).where(tickets.c.status.in_(("new", "open"))).values(rescore_at=DUE)
    )
    op.create_index(
        "ix_tickets_rescore_due",
        "tickets",
        ["rescore_at"],
        unique=False,
        sqlite_where=sa.text(ACTIVE_SQLITE),
        postgresql_where=sa.text(ACTIVE_POSTGRESQL),
    )


def downgrade() -> None:
    op.drop_index("ix_tickets_rescore_due", table_name="tickets")
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), not a batch copy of the table: the copy would
    # lose the SQLite-only expression indexes of migration 0006, which its downgrade drops.
    op.drop_column("tickets", "rescore_at")
