"""claim order index and one-statement claims

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 15:00:00

`ix_tickets_claim_order` holds the unclaimed tickets (new and open) in claim order, so taking
the best free ticket reads the first few index entries instead of sorting every open ticket
(under FOR UPDATE a sort cannot stop early) or stepping over every ticket already claimed;
`ix_tickets_claim_expiry` finds the claims that expired (a crashed desk's) to hand out again.

On PostgreSQL, `triage_claim_next` claims in one round trip: it takes the audit chain's lock
(as every writer does, before any row lock), locks the best unclaimed tickets and the best
expired claims with FOR UPDATE SKIP LOCKED, claims the best of those, and appends each CLAIMED
event already sealed into the chain (triage/audit/chain.py, version 1). The caller computes the
parts of a link that do not depend on the database (the payload's digest, the actor and time in
canonical JSON), so the function only adds the previous hash, the new event id and the ticket
id. When the chain's tail is not sealed (an event written outside the app), it leaves its
events unsealed for the caller to seal. SECURITY INVOKER: the caller's own grants apply.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

LOCK_KEY = 0x57544155444954  # triage.audit.chain.LOCK_KEY

CLAIM_NEXT = f"""
CREATE OR REPLACE FUNCTION triage_claim_next(
    p_agent integer,
    p_actor text,
    p_count integer,
    p_now timestamp,
    p_expires timestamp,
    p_payload text,
    p_genesis text,
    p_digest text,
    p_link_mid text
) RETURNS TABLE (ticket_id integer, sealed boolean)
LANGUAGE plpgsql SECURITY INVOKER
-- The same plan fits every call (ordered index scans); planning anew each time cost more
-- than running it.
SET plan_cache_mode = force_generic_plan
AS $fn$
DECLARE
    v_prev text;
    v_sealing boolean;
    v_seq regclass := pg_get_serial_sequence('events', 'id')::regclass;
    v_id integer;
    v_hash text;
    r record;
BEGIN
    PERFORM pg_advisory_xact_lock({LOCK_KEY});
    SELECT e.hash INTO v_prev FROM events e ORDER BY e.id DESC LIMIT 1;
    IF NOT FOUND THEN
        v_sealing := true;
        v_prev := p_genesis;
    ELSE
        v_sealing := v_prev IS NOT NULL;
    END IF;
    -- The best unclaimed tickets straight off ix_tickets_claim_order, and the best expired
    -- claims off ix_tickets_claim_expiry (usually none), skipping rows others hold locked
    -- this instant; the best of both are claimed.
    FOR r IN
        WITH unclaimed AS (
            SELECT t.id, t.priority, t.waiting_since FROM tickets t
            WHERE t.status IN ('new', 'open') AND t.assignee_id IS NULL
            ORDER BY t.priority DESC, t.waiting_since ASC NULLS LAST, t.id
            LIMIT p_count
            FOR UPDATE SKIP LOCKED
        ), expired AS (
            SELECT t.id, t.priority, t.waiting_since FROM tickets t
            WHERE t.status IN ('new', 'open') AND t.assignee_id IS NOT NULL
              AND t.claim_expires_at <= p_now
            ORDER BY t.priority DESC, t.waiting_since ASC NULLS LAST, t.id
            LIMIT p_count
            FOR UPDATE SKIP LOCKED
        ), best AS (
            SELECT * FROM unclaimed UNION ALL SELECT * FROM expired
            ORDER BY priority DESC, waiting_since ASC NULLS LAST, id
            LIMIT p_count
        ), taken AS (
            UPDATE tickets t
            SET assignee_id = p_agent, claim_expires_at = p_expires, version = t.version + 1,
                updated_at = p_now,
                status = CASE WHEN t.status = 'new' THEN 'open' ELSE t.status END
            FROM best WHERE t.id = best.id
            RETURNING t.id, t.priority, t.waiting_since
        )
        SELECT taken.id FROM taken
        ORDER BY taken.priority DESC, taken.waiting_since ASC NULLS LAST, taken.id
    LOOP
        v_id := nextval(v_seq);
        IF v_sealing THEN
            v_hash := encode(sha256(convert_to(
                '["' || v_prev || '",' || v_id || p_link_mid || r.id
                    || ',null,"' || p_digest || '"]', 'UTF8')), 'hex');
            INSERT INTO events (id, ticket_id, customer_id, kind, actor, at, payload,
                                digest, prev_hash, hash, redacted)
            VALUES (v_id, r.id, NULL, 'claimed', p_actor, p_now, p_payload::json,
                    p_digest, v_prev, v_hash, false);
            v_prev := v_hash;
        ELSE
            INSERT INTO events (id, ticket_id, customer_id, kind, actor, at, payload, redacted)
            VALUES (v_id, r.id, NULL, 'claimed', p_actor, p_now, p_payload::json, false);
        END IF;
        ticket_id := r.id;
        sealed := v_sealing;
        RETURN NEXT;
    END LOOP;
END
$fn$
"""


UNCLAIMED = "status IN ('new', 'open') AND assignee_id IS NULL"
CLAIMED = "status IN ('new', 'open') AND assignee_id IS NOT NULL"


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tickets_claim_order",
            [sa.text("priority DESC"), "waiting_since", "id"],
            unique=False,
            postgresql_where=sa.text(UNCLAIMED),
            sqlite_where=sa.text(UNCLAIMED),
        )
        batch_op.create_index(
            "ix_tickets_claim_expiry",
            ["claim_expires_at"],
            unique=False,
            postgresql_where=sa.text(CLAIMED),
            sqlite_where=sa.text(CLAIMED),
        )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(CLAIM_NEXT)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "DROP FUNCTION IF EXISTS triage_claim_next("
            "integer, text, integer, timestamp, timestamp, text, text, text, text)"
        )
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_tickets_claim_expiry")
        batch_op.drop_index("ix_tickets_claim_order")
