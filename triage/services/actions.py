"""Write side: claim, release, note, escalate, resolve. Each appends an event to the timeline."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, or_, select, text, update
from sqlalchemy.orm import Session

from triage.audit import chain as audit_chain
from triage.domain.enums import EventKind, Outcome, Role, TicketStatus
from triage.domain.errors import ClaimedByOther, InvalidAction, NotFound, StaleTicket
from triage.domain.models import AgentView, Resolution
from triage.store.tables import (
    AgentRow,
    EventRow,
    LabelRow,
    MentionRow,
    ResolutionRow,
    TicketRow,
)

CLAIM_MINUTES = 30
MAX_NOTE = 10_000


def ensure_agent(
    session: Session, name: str, now: datetime, role: Role = Role.AGENT, display_name: str = ""
) -> AgentRow:
    clean = name.strip().lower()
    if not clean:
        raise InvalidAction("an agent needs a name")
    row = session.scalar(select(AgentRow).where(AgentRow.name == clean))
    if row is None:
        row = AgentRow(
            name=clean, display_name=display_name or name.strip(), role=role.value, created_at=now
        )
        session.add(row)
        session.flush()
    return row


def agent_view(row: AgentRow) -> AgentView:
    return AgentView(row.id, row.name, row.display_name, Role(row.role))


def _event(
    session: Session, ticket: TicketRow, kind: EventKind, actor: str, now: datetime, **payload: Any
) -> None:
    session.add(
        EventRow(ticket_id=ticket.id, kind=kind.value, actor=actor, at=now, payload=payload)
    )


def _ticket(
    session: Session,
    ticket_id: int,
    expected_version: int | None,
    agent: AgentRow | None = None,
    now: datetime | None = None,
) -> TicketRow:
    """The ticket, refusing when another agent holds it, then when it changed since read."""
    row = session.get(TicketRow, ticket_id)
    if row is None:
        raise NotFound("ticket", ticket_id)
    if agent is not None and now is not None:
        _require_free_or_mine(session, row, agent, now)
    if expected_version is not None and row.version != expected_version:
        raise StaleTicket(ticket_id, expected_version, row.version)
    return row


def _holder(session: Session, row: TicketRow, now: datetime) -> AgentRow | None:
    if row.assignee_id is None or row.claim_expires_at is None or row.claim_expires_at <= now:
        return None
    return session.get(AgentRow, row.assignee_id)


def _require_free_or_mine(session: Session, row: TicketRow, agent: AgentRow, now: datetime) -> None:
    holder = _holder(session, row, now)
    if holder is not None and holder.id != agent.id:
        raise ClaimedByOther(row.id, holder.name)


def _touch(row: TicketRow, now: datetime, agent: AgentRow | None = None) -> None:
    row.version += 1
    row.updated_at = now
    if agent is not None and row.assignee_id == agent.id:
        row.claim_expires_at = now + timedelta(minutes=CLAIM_MINUTES)  # working on it: keep it


def claim(
    session: Session,
    ticket_id: int,
    agent: AgentRow,
    now: datetime,
    expected_version: int | None = None,
) -> TicketRow:
    row = _ticket(session, ticket_id, expected_version, agent, now)
    if row.status == TicketStatus.RESOLVED.value:
        raise InvalidAction(f"ticket {ticket_id} is resolved")
    expires = now + timedelta(minutes=CLAIM_MINUTES)
    # One conditional UPDATE: two agents racing for the same ticket cannot both win.
    result = session.execute(
        update(TicketRow)
        .where(
            TicketRow.id == ticket_id,
            or_(
                TicketRow.assignee_id.is_(None),
                TicketRow.assignee_id == agent.id,
                TicketRow.claim_expires_at.is_(None),
                TicketRow.claim_expires_at <= now,
            ),
        )
        .values(
            assignee_id=agent.id,
            claim_expires_at=expires,
            version=TicketRow.version + 1,
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        session.refresh(row)
        holder = session.get(AgentRow, row.assignee_id) if row.assignee_id else None
        raise ClaimedByOther(ticket_id, holder.name if holder else "?")
    session.refresh(row)
    if row.status == TicketStatus.NEW.value:
        row.status = TicketStatus.OPEN.value
    _event(session, row, EventKind.CLAIMED, agent.name, now, expires_at=expires.isoformat())
    return row


CLAIM_NEXT_SQL = text(
    "SELECT ticket_id, sealed FROM triage_claim_next("
    ":agent, :actor, :count, :now, :expires, :payload, :genesis, :digest, :mid)"
)


def claim_next_postgres(
    connection: Connection, agent_id: int, actor: str, count: int, now: datetime
) -> tuple[list[int], bool]:
    """PostgreSQL's claim_next in one round trip: `triage_claim_next` (migration 0008).

    FOR UPDATE SKIP LOCKED: agents asking at the same moment each get different tickets and
    never wait on each other; a locked row was re-checked against the WHERE clause, so every
    claim holds. Same order and fields as `claim_next` on SQLite. The CLAIMED events come back
    sealed into the audit chain unless the chain's tail was not sealed (then: False, and the
    caller seals). The parts of each link that do not depend on the database are made here,
    with the chain's own encoders, so the function cannot drift from `audit_chain.link_hash`."""
    expires = now + timedelta(minutes=CLAIM_MINUTES)
    payload = {"expires_at": expires.isoformat()}
    at = audit_chain.canonical_time(now)
    kind = EventKind.CLAIMED.value
    mid = f",{json.dumps(kind)},{json.dumps(actor)},{json.dumps(at)},"  # ensure_ascii: as chain
    rows = connection.execute(
        CLAIM_NEXT_SQL,
        {
            "agent": agent_id,
            "actor": actor,
            "count": count,
            "now": now.astimezone(UTC).replace(tzinfo=None),
            "expires": expires.astimezone(UTC).replace(tzinfo=None),
            "payload": json.dumps(payload),
            "genesis": audit_chain.GENESIS,
            "digest": audit_chain.payload_digest(payload),
            "mid": mid,
        },
    ).all()
    return [int(r[0]) for r in rows], all(bool(r[1]) for r in rows)


def claim_next(session: Session, agent: AgentRow, count: int, now: datetime) -> list[int]:
    if session.get_bind().dialect.name == "postgresql":
        ids, sealed = claim_next_postgres(session.connection(), agent.id, agent.name, count, now)
        for ticket_id in ids:
            loaded = session.identity_map.get(session.identity_key(TicketRow, ticket_id))
            if loaded is not None:
                session.expire(loaded)  # this session may hold the ticket as it was
        if not sealed:
            audit_chain.seal(session)
        return ids
    claimed: list[int] = []
    tried: set[int] = set()
    while len(claimed) < count:
        candidates = session.scalars(
            select(TicketRow.id)
            .where(
                TicketRow.status.in_((TicketStatus.NEW.value, TicketStatus.OPEN.value)),
                or_(TicketRow.assignee_id.is_(None), TicketRow.claim_expires_at <= now),
                TicketRow.id.not_in(tried) if tried else TicketRow.id.is_not(None),
            )
            .order_by(
                TicketRow.priority.desc(), TicketRow.waiting_since.asc().nulls_last(), TicketRow.id
            )
            .limit((count - len(claimed)) * 2)
        ).all()
        if not candidates:
            break
        for ticket_id in candidates:
            tried.add(ticket_id)
            try:
                claim(session, ticket_id, agent, now)
            except ClaimedByOther:
                continue
            claimed.append(ticket_id)
            if len(claimed) == count:
                break
    return claimed


def release(session: Session, ticket_id: int, agent: AgentRow, now: datetime) -> TicketRow:
    row = _ticket(session, ticket_id, None, agent, now)
    if row.assignee_id is None:
        raise InvalidAction(f"ticket {ticket_id} is not claimed")
    row.assignee_id = None
    row.claim_expires_at = None
    _touch(row, now)
    _event(session, row, EventKind.RELEASED, agent.name, now)
    return row


def note(session: Session, ticket_id: int, agent: AgentRow, text: str, now: datetime) -> TicketRow:
    body = text.strip()
    if not body:
        raise InvalidAction("a note cannot be empty")
    if len(body) > MAX_NOTE:
        raise InvalidAction(f"a note can hold at most {MAX_NOTE} characters")
    row = _ticket(session, ticket_id, None)
    _touch(row, now, agent)
    _event(session, row, EventKind.NOTED, agent.name, now, text=body)
    return row


def escalate(
    session: Session,
    ticket_id: int,
    agent: AgentRow,
    reason: str,
    now: datetime,
    expected_version: int | None = None,
) -> TicketRow:
    why = reason.strip()
    if not why:
        raise InvalidAction("an escalation needs a reason")
    row = _ticket(session, ticket_id, expected_version)
    if row.status == TicketStatus.RESOLVED.value:
        raise InvalidAction(f"ticket {ticket_id} is resolved")
    row.escalated = True
    row.escalation_reason = why
    row.escalation_state = "pending"  # for a team lead to approve, reassign or return
    row.escalation_source = "manual"
    row.escalated_at = now
    _touch(row, now, agent)
    _event(session, row, EventKind.ESCALATED, agent.name, now, reason=why)
    return row


def _handle_seconds(session: Session, row: TicketRow, now: datetime) -> tuple[int, int]:
    """Time agents held the ticket (claim → release/expiry/resolve) and how many hand-offs."""
    total = 0.0
    start: datetime | None = None
    holders: list[str] = []
    for e in session.scalars(
        select(EventRow).where(EventRow.ticket_id == row.id).order_by(EventRow.id)
    ):
        if e.kind == EventKind.CLAIMED.value:
            if start is None:
                start = e.at
            if not holders or holders[-1] != e.actor:
                holders.append(e.actor)
        elif e.kind == EventKind.RELEASED.value and start is not None:
            total += min((e.at - start).total_seconds(), CLAIM_MINUTES * 60 * 4)
            start = None
    if start is not None:
        total += (now - start).total_seconds()
    return int(total), max(0, len(holders) - 1)


NOT_A_COMPLAINT = {Outcome.SPAM.value, Outcome.NO_ACTION.value}


def _resolution_labels(
    session: Session, row: TicketRow, res: ResolutionRow, agent: AgentRow, now: datetime
) -> None:
    """A resolution says whether there was something to fix: a complaint label for learning."""
    codes = set(res.reason_codes)
    if res.outcome in NOT_A_COMPLAINT or (codes and codes <= {"praise", "information"}):
        _label(session, row, "complaint", "0", agent, now, "resolution")
    elif codes:
        _label(session, row, "complaint", "1", agent, now, "resolution")


def resolve(
    session: Session,
    ticket_id: int,
    agent: AgentRow,
    resolution: Resolution,
    now: datetime,
    expected_version: int | None = None,
) -> ResolutionRow:
    row = _ticket(session, ticket_id, expected_version, agent, now)
    if row.status == TicketStatus.RESOLVED.value:
        raise InvalidAction(f"ticket {ticket_id} is already resolved")
    if resolution.compensation_amount < 0:
        raise InvalidAction("compensation cannot be negative")
    handle, handoffs = _handle_seconds(session, row, now)
    first = row.first_response_at
    res = ResolutionRow(
        ticket_id=row.id,
        agent_id=agent.id,
        outcome=Outcome(resolution.outcome).value,
        reason_codes=list(resolution.reason_codes),
        compensation=resolution.compensation,
        compensation_amount=resolution.compensation_amount,
        note=resolution.note.strip(),
        contacts=max(1, row.repeat_contacts),
        channel_switches=1 if row.channel_switch else 0,
        handoffs=handoffs,
        reopened=row.reopened,
        handle_seconds=handle,
        first_response_seconds=int((first - row.opened_at).total_seconds()) if first else None,
        resolve_seconds=int((now - row.opened_at).total_seconds()),
        resolved_at=now,
    )
    session.add(res)
    _resolution_labels(session, row, res, agent, now)
    row.status = TicketStatus.RESOLVED.value
    row.resolved_at = now
    row.waiting_since = None
    row.sla_due_at = None
    row.resolution_due_at = None
    row.assignee_id = None
    row.claim_expires_at = None
    _touch(row, now)
    _event(
        session,
        row,
        EventKind.RESOLVED,
        agent.name,
        now,
        outcome=res.outcome,
        reason_codes=res.reason_codes,
        compensation=res.compensation,
        compensation_amount=res.compensation_amount,
        note=res.note,
        effort={
            "contacts": res.contacts,
            "channel_switches": res.channel_switches,
            "handoffs": handoffs,
            "handle_seconds": handle,
        },
    )
    return res


def _latest_inbound(session: Session, ticket_id: int) -> MentionRow | None:
    return session.scalar(
        select(MentionRow)
        .where(MentionRow.ticket_id == ticket_id, MentionRow.direction == "in")
        .order_by(MentionRow.created_at.desc(), MentionRow.id.desc())
        .limit(1)
    )


def _label(
    session: Session,
    row: TicketRow,
    kind: str,
    value: str,
    agent: AgentRow,
    now: datetime,
    source: str = "correction",
) -> None:
    """Keep what the team said about the message as a label to learn from."""
    mention = _latest_inbound(session, row.id)
    session.add(
        LabelRow(
            ticket_id=row.id,
            mention_id=mention.id if mention else None,
            kind=kind,
            value=value,
            text=mention.text if mention else row.snippet,
            lang=mention.lang if mention else row.lang,
            source=source,
            author=agent.name,
            at=now,
        )
    )


def correct_complaint(
    session: Session, ticket_id: int, agent: AgentRow, is_complaint: bool, now: datetime
) -> TicketRow:
    row = _ticket(session, ticket_id, None)
    _touch(row, now, agent)
    _label(session, row, "complaint", "1" if is_complaint else "0", agent, now)
    _event(session, row, EventKind.COMPLAINT_CORRECTED, agent.name, now, complaint=is_complaint)
    return row


def correct_priority(
    session: Session, ticket_id: int, agent: AgentRow, direction: str, now: datetime
) -> TicketRow:
    """ "Too high" or "too low": logged for calibrating the weights, not applied by hand."""
    if direction not in ("higher", "lower"):
        raise InvalidAction("priority should go 'higher' or 'lower'")
    row = _ticket(session, ticket_id, None)
    _touch(row, now, agent)
    _label(session, row, "priority", direction, agent, now)
    _event(
        session,
        row,
        EventKind.PRIORITY_CORRECTED,
        agent.name,
        now,
        direction=direction,
        priority=row.priority,
        components=dict(row.components),
    )
    return row


def correct_sentiment(
    session: Session, ticket_id: int, agent: AgentRow, label: str, now: datetime
) -> TicketRow:
    """An agent's correction: stored as an event (a label to learn from) and used at once."""
    values = {"neg": 15.0, "neu": 50.0, "pos": 85.0}
    if label not in values:
        raise InvalidAction("sentiment must be neg, neu or pos")
    row = _ticket(session, ticket_id, None)
    before = row.sentiment
    row.sentiment = values[label]
    _touch(row, now, agent)
    _label(session, row, "sentiment", label, agent, now)
    _event(session, row, EventKind.SENTIMENT_CORRECTED, agent.name, now, label=label, before=before)
    return row
