"""Read side: the queue, one ticket with its thread, one customer with their history."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from triage.domain.enums import Band, Direction, EventKind, Outcome, TicketStatus
from triage.domain.errors import NotFound
from triage.domain.models import (
    CustomerView,
    EventView,
    IdentityView,
    MessageView,
    QueueItem,
    TicketDetail,
    TicketSummary,
)
from triage.store.tables import (
    AgentRow,
    CustomerRow,
    EventRow,
    IdentityRow,
    MentionRow,
    ResolutionRow,
    TicketRow,
)


class StatusFilter(StrEnum):
    ACTIVE = "active"  # needs us: new or open
    NEW = "new"
    OPEN = "open"
    PENDING = "pending"
    ESCALATED = "escalated"
    RESOLVED = "resolved"
    ALL = "all"


class SortKey(StrEnum):
    PRIORITY = "priority"
    WAITING = "waiting"
    SLA = "sla"
    CHANNEL = "channel"
    AUTHOR = "author"
    LANG = "lang"
    SENTIMENT = "sentiment"
    STATUS = "status"
    ASSIGNEE = "assignee"
    SNIPPET = "snippet"
    SEGMENT = "segment"


@dataclass(frozen=True)
class QueueQuery:
    status: StatusFilter = StatusFilter.ACTIVE
    channels: frozenset[str] = field(default_factory=frozenset)
    lang: str = ""
    assignee: str = ""  # agent name: "mine"
    search: str = ""
    sort: SortKey = SortKey.PRIORITY
    descending: bool = True

    def with_(self, **changes: object) -> QueueQuery:
        return replace(self, **changes)  # type: ignore[arg-type]


_SORT_COLUMNS = {
    SortKey.PRIORITY: TicketRow.priority,
    SortKey.WAITING: TicketRow.waiting_since,
    SortKey.SLA: TicketRow.sla_due_at,
    SortKey.CHANNEL: TicketRow.channel,
    SortKey.AUTHOR: TicketRow.author,
    SortKey.LANG: TicketRow.lang,
    SortKey.SENTIMENT: TicketRow.sentiment,
    SortKey.STATUS: TicketRow.status,
    SortKey.ASSIGNEE: TicketRow.assignee_id,
    SortKey.SNIPPET: TicketRow.snippet,
    SortKey.SEGMENT: CustomerRow.segment,
}


def _filtered(
    stmt: Select[TicketRow, str | None, str | None], q: QueueQuery
) -> Select[TicketRow, str | None, str | None]:
    if q.status is StatusFilter.ACTIVE:
        stmt = stmt.where(TicketRow.status.in_((TicketStatus.NEW.value, TicketStatus.OPEN.value)))
    elif q.status is StatusFilter.ESCALATED:
        stmt = stmt.where(
            TicketRow.escalated.is_(True), TicketRow.status != TicketStatus.RESOLVED.value
        )
    elif q.status is not StatusFilter.ALL:
        stmt = stmt.where(TicketRow.status == q.status.value)
    if q.channels:
        stmt = stmt.where(TicketRow.channel.in_(q.channels))
    if q.lang:
        stmt = stmt.where(TicketRow.lang == q.lang)
    if q.assignee:
        stmt = stmt.where(AgentRow.name == q.assignee)
    if q.search.strip():
        pattern = (
            "%"
            + q.search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            + "%"
        )
        stmt = stmt.where(
            or_(
                TicketRow.snippet.ilike(pattern, escape="\\"),
                TicketRow.author.ilike(pattern, escape="\\"),
                TicketRow.author_name.ilike(pattern, escape="\\"),
            )
        )
    return stmt


def _base() -> Select[TicketRow, str | None, str | None]:
    # The customer's loyalty group rides along for the queue's badge (a primary-key lookup).
    return (
        select(TicketRow, AgentRow.name, CustomerRow.segment)
        .outerjoin(AgentRow, TicketRow.assignee_id == AgentRow.id)
        .outerjoin(CustomerRow, TicketRow.customer_id == CustomerRow.id)
    )


def to_item(row: TicketRow, assignee: str | None, segment: str | None = None) -> QueueItem:
    return QueueItem(
        id=row.id,
        priority=row.priority,
        band=Band(row.band),
        components=dict(row.components),
        explanation=list(row.reasons),
        status=TicketStatus(row.status),
        channel=row.channel,
        lang=row.lang,
        sentiment=row.sentiment,
        text=row.snippet,
        author=row.author,
        author_name=row.author_name,
        waiting_since=row.waiting_since,
        sla_due_at=row.sla_due_at,
        assignee=assignee,
        claim_expires_at=row.claim_expires_at,
        escalated=row.escalated,
        last_activity_at=max(x for x in (row.last_inbound_at, row.last_outbound_at) if x),
        version=row.version,
        message_count=row.message_count,
        segment=segment or "",
    )


def count(session: Session, q: QueueQuery) -> int:
    stmt = _filtered(_base(), q)
    return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def page(session: Session, q: QueueQuery, offset: int, limit: int) -> list[QueueItem]:
    column = _SORT_COLUMNS[q.sort]
    primary = column.desc().nulls_last() if q.descending else column.asc().nulls_last()
    # Ties: the one waiting longest first, then the oldest ticket (Hootsuite's rule).
    stmt = _filtered(_base(), q).order_by(
        primary, TicketRow.waiting_since.asc().nulls_last(), TicketRow.id.asc()
    )
    rows = session.execute(stmt.offset(offset).limit(limit))
    return [to_item(t, a, g) for t, a, g in rows]


def item(session: Session, ticket_id: int) -> QueueItem:
    row = session.execute(_base().where(TicketRow.id == ticket_id)).first()
    if row is None:
        raise NotFound("ticket", ticket_id)
    ticket, assignee, segment = row
    return to_item(ticket, assignee, segment)


def messages(session: Session, ticket_id: int) -> tuple[MessageView, ...]:
    rows = session.scalars(
        select(MentionRow)
        .where(MentionRow.ticket_id == ticket_id)
        .order_by(MentionRow.created_at, MentionRow.id)
    )
    return tuple(
        MessageView(
            id=m.id,
            channel=m.channel,
            direction=Direction(m.direction),
            author=m.author_handle,
            author_name=m.author_name,
            text=m.text,
            created_at=m.created_at,
            lang=m.lang,
            sentiment=m.sentiment,
            url=m.url,
            cues=tuple(str(c.get("cue", "")) for c in m.cues if isinstance(c, dict)),
        )
        for m in rows
    )


def events(session: Session, ticket_id: int) -> tuple[EventView, ...]:
    rows = session.scalars(
        select(EventRow).where(EventRow.ticket_id == ticket_id).order_by(EventRow.id)
    )
    return tuple(EventView(EventKind(e.kind), e.actor, e.at, dict(e.payload)) for e in rows)


def customer(session: Session, customer_id: int, limit: int = 200) -> CustomerView:
    row = session.get(CustomerRow, customer_id)
    if row is None:
        raise NotFound("customer", customer_id)
    identities = tuple(
        IdentityView(i.channel, i.handle, i.display_name)
        for i in session.scalars(
            select(IdentityRow)
            .where(IdentityRow.customer_id == customer_id)
            .order_by(IdentityRow.id)
        )
    )
    last_outcome = (
        select(ResolutionRow.outcome)
        .where(ResolutionRow.ticket_id == TicketRow.id)
        .order_by(ResolutionRow.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    tickets = tuple(
        TicketSummary(
            id=t.id,
            channel=t.channel,
            status=TicketStatus(t.status),
            priority=t.priority,
            opened_at=t.opened_at,
            last_activity_at=max(x for x in (t.last_inbound_at, t.last_outbound_at) if x),
            snippet=t.snippet,
            outcome=Outcome(outcome) if outcome else None,
        )
        for t, outcome in session.execute(
            select(TicketRow, last_outcome)
            .where(TicketRow.customer_id == customer_id)
            .order_by(TicketRow.last_inbound_at.desc(), TicketRow.id.desc())
            .limit(limit)
        )
    )
    return CustomerView(row.id, row.display_name, identities, tickets)


def detail(session: Session, ticket_id: int) -> TicketDetail:
    head = item(session, ticket_id)
    row = session.get(TicketRow, ticket_id)
    assert row is not None
    who = customer(session, row.customer_id) if row.customer_id is not None else None
    return TicketDetail(
        item=head,
        messages=messages(session, ticket_id),
        events=events(session, ticket_id),
        customer=who,
        opened_at=row.opened_at,
    )


def open_for_rescore() -> Select[TicketRow]:
    return select(TicketRow).where(
        and_(
            TicketRow.status.in_((TicketStatus.NEW.value, TicketStatus.OPEN.value)),
            TicketRow.waiting_since.is_not(None),
        )
    )
