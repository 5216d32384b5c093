"""What is worth interrupting someone for: new top-priority tickets and replies about to be late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from triage.domain.enums import Band, TicketStatus
from triage.store.tables import TicketRow

SOON = timedelta(minutes=10)
WAITING = (TicketStatus.NEW.value, TicketStatus.OPEN.value)


@dataclass(frozen=True, slots=True)
class Alert:
    kind: str  # top_priority or breach_soon
    ticket_id: int
    priority: int
    channel: str
    author: str
    minutes_left: int | None = None


def alerts(session: Session, since: datetime, now: datetime, soon: timedelta = SOON) -> list[Alert]:
    top = [
        Alert("top_priority", t.id, t.priority, t.channel, t.author_name or t.author)
        for t in session.scalars(
            select(TicketRow)
            .where(
                TicketRow.band == Band.P1.value,
                TicketRow.status.in_(WAITING),
                TicketRow.last_inbound_at > since,
            )
            .order_by(TicketRow.priority.desc())
            .limit(20)
        )
    ]
    late = [
        Alert(
            "breach_soon",
            t.id,
            t.priority,
            t.channel,
            t.author_name or t.author,
            max(0, int((t.sla_due_at - now).total_seconds() // 60)) if t.sla_due_at else None,
        )
        for t in session.scalars(
            select(TicketRow)
            .where(
                TicketRow.status.in_(WAITING),
                TicketRow.waiting_since.is_not(None),
                TicketRow.sla_due_at > now,
                TicketRow.sla_due_at <= now + soon,
            )
            .order_by(TicketRow.sla_due_at)
            .limit(20)
        )
    ]
    return top + late
