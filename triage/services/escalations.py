"""Escalations a team lead reviews: raised by an agent or by a rule, approved, reassigned or
returned with a note. Every step is an event on the ticket's timeline."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from triage.domain.enums import CueClass, EventKind, TicketStatus
from triage.domain.errors import InvalidAction, NotFound
from triage.store.tables import AgentRow, EventRow, TicketRow

PENDING, APPROVED, RETURNED = "pending", "approved", "returned"
HIGH_REACH_FOLLOWERS = 10_000
HIGH_REACH_INTERACTIONS = 100
WORSENING_DROP = 20.0  # sentiment points below where the thread started
THREAT_CUES = frozenset({CueClass.LEGAL.value, CueClass.MEDIA.value, CueClass.SAFETY.value})
OPEN = (TicketStatus.NEW.value, TicketStatus.OPEN.value, TicketStatus.PENDING.value)


@dataclass(frozen=True, slots=True)
class Rule:
    name: str  # rule:<name> in escalation_source
    reason: str  # what the lead reads


@dataclass(frozen=True, slots=True)
class ReviewItem:
    ticket_id: int
    channel: str
    author: str
    snippet: str
    priority: int
    band: str
    source: str  # manual or rule:<name>
    reason: str
    raised_by: str
    escalated_at: datetime | None
    assignee: str | None
    status: str


def rules_for(t: TicketRow, now: datetime) -> list[Rule]:
    """Which automatic escalation rules a waiting ticket meets, most serious first."""
    found: list[Rule] = []
    threats = THREAT_CUES & {str(c) for c in t.cue_classes}
    if threats:
        found.append(Rule("threat", "legal, media or safety cue: " + ", ".join(sorted(threats))))
    if t.sla_due_at is not None and t.waiting_since is not None and now > t.sla_due_at:
        late = int((now - t.sla_due_at).total_seconds() // 60)
        found.append(Rule("sla_breach", f"first reply overdue by {late} min"))
    if t.followers >= HIGH_REACH_FOLLOWERS or t.interactions >= HIGH_REACH_INTERACTIONS:
        found.append(
            Rule(
                "high_reach",
                f"high-reach author: {t.followers} followers, {t.interactions} interactions",
            )
        )
    if t.message_count > 1 and t.sentiment <= t.first_sentiment - WORSENING_DROP:
        found.append(
            Rule(
                "worsening",
                f"thread getting worse: tone {t.first_sentiment:.0f} → {t.sentiment:.0f}",
            )
        )
    return found


def apply_rules(session: Session, rows: Iterable[TicketRow], now: datetime) -> int:
    """Escalate waiting tickets a rule catches; a ticket a lead returned stays returned until
    something new happens to it (a later rule match after the return)."""
    raised = 0
    for t in rows:
        if t.escalated or t.status not in OPEN or t.waiting_since is None:
            continue
        hits = rules_for(t, now)
        if not hits:
            continue
        if t.escalation_state == RETURNED and t.updated_at >= t.last_inbound_at:
            continue  # the lead said no; wait for the customer to write again
        rule = hits[0]
        t.escalated = True
        t.escalation_state = PENDING
        t.escalation_source = f"rule:{rule.name}"
        t.escalation_reason = "; ".join(h.reason for h in hits)
        t.escalated_at = now
        t.version += 1
        t.updated_at = now
        session.add(
            EventRow(
                ticket_id=t.id,
                kind=EventKind.ESCALATED.value,
                actor="system",
                at=now,
                payload={"reason": t.escalation_reason, "rule": rule.name},
            )
        )
        raised += 1
    return raised


def queue(session: Session, include_decided: bool = False, limit: int = 500) -> list[ReviewItem]:
    states = (PENDING, APPROVED) if include_decided else (PENDING,)
    rows = session.execute(
        select(TicketRow, AgentRow.name)
        .outerjoin(AgentRow, AgentRow.id == TicketRow.assignee_id)
        .where(TicketRow.escalation_state.in_(states), TicketRow.status.in_(OPEN))
        .order_by(TicketRow.escalated_at.asc().nulls_last(), TicketRow.priority.desc())
        .limit(limit)
    )
    raised = {
        tid: actor
        for tid, actor in session.execute(
            select(EventRow.ticket_id, EventRow.actor)
            .where(EventRow.kind == EventKind.ESCALATED.value)
            .order_by(EventRow.id)
        )
    }
    return [
        ReviewItem(
            ticket_id=t.id,
            channel=t.channel,
            author=t.author_name or t.author,
            snippet=t.snippet,
            priority=t.priority,
            band=t.band,
            source=t.escalation_source or "manual",
            reason=t.escalation_reason,
            raised_by=raised.get(t.id, ""),
            escalated_at=t.escalated_at,
            assignee=assignee,
            status=t.escalation_state,
        )
        for t, assignee in rows
    ]


def _pending(session: Session, ticket_id: int) -> TicketRow:
    t = session.get(TicketRow, ticket_id)
    if t is None:
        raise NotFound("ticket", ticket_id)
    if t.escalation_state not in (PENDING, APPROVED) or not t.escalated:
        raise InvalidAction(f"ticket {ticket_id} has no escalation waiting for review")
    return t


def _event(
    session: Session, t: TicketRow, kind: EventKind, actor: str, now: datetime, **payload: object
) -> None:
    t.version += 1
    t.updated_at = now
    session.add(EventRow(ticket_id=t.id, kind=kind.value, actor=actor, at=now, payload=payload))


def approve(session: Session, ticket_id: int, lead: str, note: str, now: datetime) -> TicketRow:
    t = _pending(session, ticket_id)
    t.escalation_state, t.reviewed_by = APPROVED, lead
    _event(session, t, EventKind.ESCALATION_APPROVED, lead, now, note=note.strip())
    return t


def give_back(session: Session, ticket_id: int, lead: str, note: str, now: datetime) -> TicketRow:
    """Return the escalation to the agent: not one for the lead, with why."""
    why = note.strip()
    if not why:
        raise InvalidAction("returning an escalation needs a note for the agent")
    t = _pending(session, ticket_id)
    t.escalated, t.escalation_state, t.reviewed_by = False, RETURNED, lead
    _event(session, t, EventKind.ESCALATION_RETURNED, lead, now, note=why)
    return t


def reassign(
    session: Session,
    ticket_id: int,
    lead: str,
    to_agent: AgentRow,
    now: datetime,
    claim_minutes: int = 30,
) -> TicketRow:
    t = session.get(TicketRow, ticket_id)
    if t is None:
        raise NotFound("ticket", ticket_id)
    if t.status == TicketStatus.RESOLVED.value:
        raise InvalidAction(f"ticket {ticket_id} is resolved")
    before = session.get(AgentRow, t.assignee_id) if t.assignee_id else None
    t.assignee_id = to_agent.id
    t.claim_expires_at = now + timedelta(minutes=claim_minutes)
    if t.status == TicketStatus.NEW.value:
        t.status = TicketStatus.OPEN.value
    if t.escalation_state == PENDING:
        t.escalation_state, t.reviewed_by = APPROVED, lead
    _event(
        session,
        t,
        EventKind.REASSIGNED,
        lead,
        now,
        to=to_agent.name,
        previous=before.name if before else None,
    )
    return t
