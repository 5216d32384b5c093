"""Tickets as plain objects during a batch, written with a few bulk statements.

ORM objects cost tens of microseconds each to build and flush; at thousands of messages a second
that is most of the import. The importer works on these slots instead and writes them in bulk.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from triage.store import bulk
from triage.store.tables import TicketRow

TABLE = Table("tickets", TicketRow.metadata)  # the same Table object, typed as one


@dataclass(slots=True, eq=False)
class TicketState:
    channel: str
    opened_at: datetime
    last_inbound_at: datetime
    updated_at: datetime
    sla_minutes: int
    id: int | None = None
    customer_id: int | None = None
    status: str = "new"
    priority: int = 0
    band: str = "P4"
    components: dict[str, Any] = field(default_factory=dict)
    reasons: list[Any] = field(default_factory=list)
    cue_points: float = 0.0
    cue_classes: list[Any] = field(default_factory=list)
    cue_evidence: list[Any] = field(default_factory=list)
    sentiment: float = 50.0
    first_sentiment: float = 50.0
    interactions: int = 0
    followers: int = 0
    repeat_contacts: int = 1
    followups: int = 0
    joiners: int = 0
    recent_inbound: list[Any] = field(default_factory=list)
    channel_switch: bool = False
    reopened: int = 0
    lang: str = ""
    snippet: str = ""
    author: str = ""
    author_name: str = ""
    message_count: int = 0
    last_outbound_at: datetime | None = None
    first_response_at: datetime | None = None
    waiting_since: datetime | None = None
    sla_due_at: datetime | None = None
    rescore_at: datetime | None = None
    resolved_at: datetime | None = None
    assignee_id: int | None = None
    claim_expires_at: datetime | None = None
    escalated: bool = False
    escalation_reason: str = ""
    version: int = 0


_NAMES = tuple(f.name for f in fields(TicketState))
_WRITTEN = tuple(n for n in _NAMES if n != "id")


def load(session: Session, ids: set[int]) -> dict[int, TicketState]:
    if not ids:
        return {}
    rows = session.execute(select(*(TABLE.c[n] for n in _NAMES)).where(TABLE.c.id.in_(ids)))
    return {r.id: TicketState(**r._asdict()) for r in rows}


def insert_new(session: Session, tickets: list[TicketState]) -> None:
    """Insert and learn the new ids, in the order given."""
    rows = [{n: getattr(t, n) for n in _WRITTEN} for t in tickets]
    for ticket, new_id in zip(
        tickets, bulk.insert_returning_ids(session, TABLE, rows), strict=True
    ):
        ticket.id = new_id


def update_existing(session: Session, tickets: list[TicketState]) -> None:
    bulk.update_many(session, TABLE, [{n: getattr(t, n) for n in _NAMES} for t in tickets])
