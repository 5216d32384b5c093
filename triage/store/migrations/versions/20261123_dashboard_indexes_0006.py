"""dashboard indexes

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 14:00:00

Indexes for the team lead's dashboards (triage/services/dashboards.py), so a year of a busy
desk (1,000,000 tickets) is summarised within a second. On SQLite the dashboard indexes hold
expressions — the UTC day of a time, each ticket's SLA state, its response and resolution
time — in the order the dashboard reads them, so SQLite walks them instead of sorting, and
each holds every column its query reads. SQLite uses an expression index only for a query
with the identical expression: the text below is the service's own, and
tests/core/test_dashboards.py checks the migrated file against the models.

PostgreSQL aggregates with hashing and gets only the plain indexes.

Careful in later migrations: SQLAlchemy cannot reflect expression indexes on SQLite, so a
`batch_alter_table` that *recreates* tickets, mentions or surveys (dropping or altering a
column; adding one does not) loses them: re-create them afterwards (copy SQLITE_ONLY).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

OPENED_DAY = "substr(opened_at, 1, 10)"
ANSWERED_AT = "coalesce(first_response_at, resolved_at)"
SQLITE_ONLY: dict[str, tuple[str, list[str | sa.TextClause]]] = {
    "ix_mentions_dashboard": (
        "mentions",
        ["direction", sa.text("substr(created_at, 1, 10)"), "channel", "sentiment", "created_at"],
    ),
    "ix_tickets_dashboard_sla": (
        "tickets",
        [
            sa.text(OPENED_DAY),
            sa.text(
                f"(CASE WHEN {ANSWERED_AT} IS NULL THEN NULL "
                f"WHEN (julianday({ANSWERED_AT}) - julianday(opened_at))"
                " * 1440.0 <= sla_minutes + 0.0001 THEN 1 ELSE 0 END)"
            ),
            sa.text(
                "(CASE WHEN resolution_due_at IS NULL OR resolved_at IS NULL THEN NULL "
                "WHEN resolved_at <= resolution_due_at THEN 1 ELSE 0 END)"
            ),
            sa.text("(first_response_at IS NULL)"),
            sa.text("(resolved_at IS NULL)"),
            "channel",
            "opened_at",
            "first_response_at",
            "resolved_at",
            "sla_minutes",
            "resolution_due_at",
        ],
    ),
    "ix_tickets_dashboard_response": (
        "tickets",
        [
            sa.text(OPENED_DAY),
            sa.text(
                "(CAST(round((julianday(first_response_at) - julianday(opened_at)) * 86400.0)"
                " AS INTEGER))"
            ),
            "channel",
            "opened_at",
            "first_response_at",
        ],
    ),
    "ix_tickets_dashboard_resolution": (
        "tickets",
        [
            sa.text(OPENED_DAY),
            sa.text(
                "(CAST(round((julianday(resolved_at) - julianday(opened_at)) * 86400.0)"
                " AS INTEGER))"
            ),
            "channel",
            "opened_at",
            "resolved_at",
        ],
    ),
    "ix_surveys_dashboard": (
        "surveys",
        [sa.text("substr(at, 1, 10)"), "kind", "score", "at", "ticket_id"],
    ),
}
PLAIN: dict[str, tuple[str, list[str]]] = {
    "ix_tickets_active": ("tickets", ["customer_id", "last_inbound_at", "opened_at", "channel"]),
    "ix_tickets_inbound": ("tickets", ["last_inbound_at", "customer_id", "opened_at", "channel"]),
    "ix_tickets_backlog": ("tickets", ["resolved_at", "opened_at", "channel"]),
    "ix_customers_segment": ("customers", ["segment"]),
    "ix_resolutions_day": ("resolutions", ["resolved_at", "agent_id", "handle_seconds"]),
}


def create_sqlite_only(tables: set[str] | None = None) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name, (table, columns) in SQLITE_ONLY.items():
        if tables is None or table in tables:
            op.create_index(name, table, columns, unique=False)


def upgrade() -> None:
    for name, (table, columns) in PLAIN.items():
        op.create_index(name, table, columns, unique=False)
    create_sqlite_only()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name, (table, _columns) in SQLITE_ONLY.items():
            op.drop_index(name, table_name=table)
    for name, (table, _plain) in PLAIN.items():
        op.drop_index(name, table_name=table)
