"""queue at volume: indexes for a year of tickets

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 15:00:00

The queue (triage/services/queue.py) reads a page as the ids of its rows first and then those
rows: with these indexes the ids come from an index that holds them in the queue's order, so a
page of a year's desk (1,000,000 tickets, ~100,000 of them waiting on us) reads a few hundred
index entries instead of sorting every ticket.

* ix_tickets_q_*: the active queue (new and open) per sort key, partial. Each holds the sort
  key, the tie-break (waiting since) and what the queue's filters check (status, channel,
  language), so walking it in order needs no table rows. On SQLite the condition is written
  `+status IN ('new', 'open')` and the queue's queries say exactly that: SQLite uses a partial
  index only for a query whose WHERE has its condition in the same words, and the `+` keeps it
  from finding open tickets through ix_tickets_queue and sorting them instead (it plans without
  statistics). PostgreSQL plans with statistics and gets the plain condition.
* ix_tickets_priority: every ticket by priority, for the other status filters' default order.
* ix_tickets_status_channel, ix_tickets_lang, ix_tickets_escalated: counts under those filters
  (status first, not channel: the dashboards filter on channel and read their own indexes).

All are plain column indexes, declared in the models too (partial ones with their condition
per dialect), so the schema comparison covers them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

ACTIVE_SQLITE = "+status IN ('new', 'open')"
ACTIVE_POSTGRESQL = "status IN ('new', 'open')"
ACTIVE_QUEUE: dict[str, list[str]] = {
    "ix_tickets_q_priority": ["priority", "waiting_since", "status", "channel", "lang"],
    "ix_tickets_q_waiting": ["waiting_since", "status", "channel", "lang", "customer_id"],
    "ix_tickets_q_sla": ["sla_due_at", "waiting_since", "status", "channel", "lang"],
    "ix_tickets_q_channel": ["channel", "waiting_since", "status", "lang"],
    "ix_tickets_q_author": ["author", "waiting_since", "status", "channel", "lang"],
    "ix_tickets_q_lang": ["lang", "waiting_since", "status", "channel"],
    "ix_tickets_q_sentiment": ["sentiment", "waiting_since", "status", "channel", "lang"],
    "ix_tickets_q_status": ["status", "waiting_since", "channel", "lang"],
    # (and the default order: a person's own queue is read from this index alone)
    "ix_tickets_q_assignee": [
        "assignee_id",
        "waiting_since",
        "status",
        "channel",
        "lang",
        "priority",
    ],
    # The message's index also holds what a search reads and the default order, so a search
    # of the active queue reads this index and no table rows.
    "ix_tickets_q_snippet": [
        "snippet",
        "waiting_since",
        "status",
        "channel",
        "lang",
        "author",
        "author_name",
        "priority",
    ],
}
WHOLE_DESK: dict[str, list[str]] = {
    "ix_tickets_priority": ["priority", "waiting_since", "status", "channel", "lang", "escalated"],
    "ix_tickets_status_channel": ["status", "channel", "lang"],
    "ix_tickets_lang": ["lang", "status"],
    "ix_tickets_escalated": ["escalated", "status", "channel", "lang"],
}


def upgrade() -> None:
    for name, columns in ACTIVE_QUEUE.items():
        op.create_index(
            name,
            "tickets",
            columns,
            unique=False,
            sqlite_where=sa.text(ACTIVE_SQLITE),
            postgresql_where=sa.text(ACTIVE_POSTGRESQL),
        )
    for name, columns in WHOLE_DESK.items():
        op.create_index(name, "tickets", columns, unique=False)


def downgrade() -> None:
    for name in [*WHOLE_DESK, *ACTIVE_QUEUE]:
        op.drop_index(name, table_name="tickets")
