"""Read side: the queue, one ticket with its thread, one customer with their history."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import Select, Table, and_, func, literal_column, or_, select, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal

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
from triage.pacing import pause_point
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


_T = cast(Table, TicketRow.__table__).c  # table columns: what SQL expressions are built from
_SORT_COLUMNS: dict[SortKey, ColumnElement[Any]] = {
    SortKey.PRIORITY: _T.priority,
    SortKey.WAITING: _T.waiting_since,
    SortKey.SLA: _T.sla_due_at,
    SortKey.CHANNEL: _T.channel,
    SortKey.AUTHOR: _T.author,
    SortKey.LANG: _T.lang,
    SortKey.SENTIMENT: _T.sentiment,
    SortKey.STATUS: _T.status,
    SortKey.ASSIGNEE: _T.assignee_id,
    SortKey.SNIPPET: _T.snippet,
    SortKey.SEGMENT: cast(Table, CustomerRow.__table__).c.segment,
}
# Columns that may be NULL sort their NULLs last; on the others NULLS LAST says nothing, and
# SQLite can walk an index in ascending order only without it.
_NULLABLE = frozenset({SortKey.WAITING, SortKey.SLA, SortKey.ASSIGNEE, SortKey.SEGMENT})
_WAITING = (TicketStatus.NEW.value, TicketStatus.OPEN.value)
_ACTIVE_FILTERS = frozenset({StatusFilter.ACTIVE, StatusFilter.NEW, StatusFilter.OPEN})


class Unindexed(ColumnElement[Any]):
    """`column` as is, but on SQLite written `+column`: the same value, which the query
    planner may not look up through an index.

    SQLite plans without statistics (nothing runs ANALYZE on a desk's file) and then takes any
    equality on an indexed column for a handful of rows: it would rather fetch every open
    ticket by status and sort them than walk the index that already holds them in order. The
    queue's partial indexes carry `+status IN ('new', 'open')` as their condition for the same
    reason, so a query says that too to be allowed to use them."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]  # noqa: RUF012

    def __init__(self, column: ColumnElement[Any]) -> None:
        self.column = column
        self.type = column.type


@compiles(Unindexed)
def _unindexed(element: Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.column, **kw)


@compiles(Unindexed, "sqlite")
def _unindexed_sqlite(element: Unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + compiler.process(element.column, **kw)


def _literal(value: str) -> ColumnElement[Any]:
    # Written out, not bound: SQLite matches a partial index's condition only against text.
    return literal_column("'" + value.replace("'", "''") + "'")


def _where(
    q: QueueQuery, agent_id: int | None, lookup: str | frozenset[str], sqlite: bool = False
) -> list[ColumnElement[bool]]:
    """The query's filter as WHERE terms. `lookup` names the filters the database may find rows
    by through an index ("status", "channel", "lang", "assignee", "escalated"), or is ""
    when the query walks an index in sort order and checks every filter on the way."""
    allowed = frozenset({lookup}) if isinstance(lookup, str) else lookup

    def col(name: str, column: ColumnElement[Any]) -> ColumnElement[Any]:
        return column if name in allowed else Unindexed(column)

    terms: list[ColumnElement[bool]] = []
    status = col("status", _T.status)
    if q.status in _ACTIVE_FILTERS:
        terms.append(status.in_([_literal(v) for v in _WAITING]))
        if q.status is not StatusFilter.ACTIVE:
            terms.append(status == _literal(q.status.value))
    elif q.status is StatusFilter.ESCALATED:
        terms.append(col("escalated", _T.escalated).is_(True))
        terms.append(Unindexed(_T.status) != TicketStatus.RESOLVED.value)
    elif q.status is not StatusFilter.ALL:
        terms.append(status == q.status.value)
    if q.channels:
        terms.append(col("channel", _T.channel).in_(sorted(q.channels)))
    if q.lang:
        terms.append(col("lang", _T.lang) == q.lang)
    if q.assignee:
        terms.append(col("assignee", _T.assignee_id) == agent_id)
    if q.search.strip():
        pattern = (
            "%"
            + q.search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            + "%"
        )
        # SQLite's LIKE ignores case as its lower() does (ASCII letters): without lower() it
        # reads each text once instead of copying it first.
        columns = (_T.snippet, _T.author, _T.author_name)
        terms.append(
            or_(
                *(
                    c.like(pattern, escape="\\") if sqlite else c.ilike(pattern, escape="\\")
                    for c in columns
                )
            )
        )
    return terms


def _narrowest(q: QueueQuery) -> str:
    """The filter an index narrows best: a person's tickets, a channel, a language, …"""
    if q.assignee:
        return "assignee"
    if q.channels:
        return "channel"
    if q.lang:
        return "lang"
    if q.status is StatusFilter.ESCALATED:
        return "escalated"
    return "status"


def _agent_id(session: Session, q: QueueQuery) -> int | None:
    if not q.assignee:
        return None
    return session.scalar(select(AgentRow.id).where(AgentRow.name == q.assignee))


def _order(q: QueueQuery, unindexed: bool = False) -> list[ColumnElement[Any]]:
    """The queue's order; `unindexed`: sort what the WHERE finds rather than walk an index."""
    column = _SORT_COLUMNS[q.sort]
    if unindexed:
        column = Unindexed(column)
    primary = column.desc() if q.descending else column.asc()
    if q.sort in _NULLABLE:
        primary = primary.nulls_last()
    # Ties: the one waiting longest first, then the oldest ticket (Hootsuite's rule).
    return [primary, TicketRow.waiting_since.asc().nulls_last(), TicketRow.id.asc()]


# session.info key: a callable(session, explanation) that fills in the minutes waited.
LIVE_WAITING = "live_waiting"

_ITEM_COLUMNS = (
    TicketRow.id,
    TicketRow.priority,
    TicketRow.band,
    TicketRow.components,
    TicketRow.reasons,
    TicketRow.status,
    TicketRow.channel,
    TicketRow.lang,
    TicketRow.sentiment,
    TicketRow.snippet,
    TicketRow.author,
    TicketRow.author_name,
    TicketRow.waiting_since,
    TicketRow.sla_due_at,
    TicketRow.claim_expires_at,
    TicketRow.escalated,
    TicketRow.last_inbound_at,
    TicketRow.last_outbound_at,
    TicketRow.version,
    TicketRow.message_count,
    AgentRow.name,
    CustomerRow.segment,
)


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


def _queue_item(r: Sequence[Any]) -> QueueItem:
    """A QueueItem from a row of _ITEM_COLUMNS."""
    inbound, outbound = r[16], r[17]
    return QueueItem(
        id=r[0],
        priority=r[1],
        band=Band(r[2]),
        components=dict(r[3]),
        explanation=list(r[4]),
        status=TicketStatus(r[5]),
        channel=r[6],
        lang=r[7],
        sentiment=r[8],
        text=r[9],
        author=r[10],
        author_name=r[11],
        waiting_since=r[12],
        sla_due_at=r[13],
        claim_expires_at=r[14],
        escalated=r[15],
        last_activity_at=inbound if outbound is None or inbound >= outbound else outbound,
        version=r[18],
        message_count=r[19],
        assignee=r[20],
        segment=r[21] or "",
    )


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


# Each status's channels read along the (status, channel) index, one seek per channel: a
# plain DISTINCT reads every ticket's entry (78 ms on a million tickets, before the first page).
_CHANNELS_OF_STATUS = """
WITH RECURSIVE found(channel) AS (
    SELECT min(channel) FROM tickets WHERE status = :status
    UNION ALL
    SELECT (SELECT min(channel) FROM tickets WHERE status = :status AND channel > found.channel)
    FROM found WHERE found.channel IS NOT NULL
)
SELECT channel FROM found WHERE channel IS NOT NULL
"""


def channels(session: Session) -> list[str]:
    """Every channel a ticket came in on, sorted."""
    found: set[str] = set()
    for status in TicketStatus:
        rows = session.execute(text(_CHANNELS_OF_STATUS), {"status": status.value})
        found.update(str(channel) for (channel,) in rows)
    return sorted(found)


def count(session: Session, q: QueueQuery) -> int:
    """How many tickets the query shows. Exact: each filter has an index to count with; a
    search of the active queue reads its search index, of everything else every ticket."""
    agent_id = _agent_id(session, q)
    if q.assignee and agent_id is None:
        return 0
    lookup: str | frozenset[str] = _narrowest(q)
    if q.status not in _ACTIVE_FILTERS and lookup != "assignee":
        # The desk's history: status with channel or language together (their indexes).
        lookup = frozenset({"status", "channel", "lang", "escalated"})
    elif lookup == "status" and q.search.strip():
        lookup = ""  # the active queue's search index holds every column the search reads
    terms = _where(q, agent_id, lookup, _sqlite(session))
    return int(session.scalar(select(func.count()).select_from(TicketRow).where(*terms)) or 0)


def page(session: Session, q: QueueQuery, offset: int, limit: int) -> list[QueueItem]:
    """Rows offset..offset+limit of the queue in its order.

    First the ids alone, from an index that holds them in the query's order where there is
    one (the database then reads only that page's index entries, not every ticket's row);
    then those tickets' columns for the queue by primary key."""
    agent_id = _agent_id(session, q)
    if q.assignee and agent_id is None:
        return []
    active = q.status in _ACTIVE_FILTERS
    if (
        active
        and q.sort in _GROUPED
        and not q.assignee
        and not q.search.strip()
        and (_sqlite(session))
    ):
        ids = _grouped_ids(session, q, max(0, offset), limit)
    else:
        if q.assignee:
            lookup = "assignee"  # a person's few tickets: find them, then sort them
        elif active or q.sort is SortKey.PRIORITY:
            lookup = ""  # an index holds these rows in this order (or all a search reads)
        else:
            lookup = _narrowest(q)  # narrow down by the best filter, then sort
        # Searching the active queue: walking the sort order would read a table row per
        # ticket until a page of matches turns up; its search index holds all a search reads
        # instead, so that is read whole and the matches sorted.
        scan = active and bool(q.search.strip()) and not q.assignee
        stmt = select(TicketRow.id).where(*_where(q, agent_id, lookup, _sqlite(session)))
        if q.sort is SortKey.SEGMENT:
            stmt = stmt.outerjoin(CustomerRow, TicketRow.customer_id == CustomerRow.id)
        stmt = stmt.order_by(*_order(q, unindexed=scan)).offset(max(0, offset)).limit(limit)
        ids = list(session.scalars(stmt))
    if not ids:
        return []
    if _sqlite(session):
        found = _items_sqlite(session, ids)
    else:
        rows = session.execute(
            select(*_ITEM_COLUMNS)
            .outerjoin(AgentRow, TicketRow.assignee_id == AgentRow.id)
            .outerjoin(CustomerRow, TicketRow.customer_id == CustomerRow.id)
            .where(TicketRow.id.in_(ids))
        )
        found = {r[0]: _queue_item(r) for r in rows}
    items = [found[i] for i in ids if i in found]
    _show_waiting(session, items)
    return items


def _show_waiting(session: Session, items: list[QueueItem]) -> None:
    """The minutes waited as of now in each item's waiting reason (stored: since when), where
    the session's owner says how (`LIVE_WAITING` in `session.info`: the facade's clock)."""
    show = session.info.get(LIVE_WAITING)
    if show is not None:
        for it in items:
            pause_point()
            show(session, it.explanation)


# Sort keys with a handful of values. The tie-break (waiting longest first, NULLs last) is one
# SQLite cannot read from an index after another column, so it would sort all 60,000 Dutch
# tickets to show the first 200 of them. Read group by group instead (language = 'nl', …):
# within one value an index holds the rows in waiting order. SQLite only: the groups are put
# in order here, as SQLite's own collation (by code point) does.
_GROUPED = frozenset(
    {SortKey.CHANNEL, SortKey.LANG, SortKey.STATUS, SortKey.ASSIGNEE, SortKey.SEGMENT}
)


def _grouped_ids(session: Session, q: QueueQuery, offset: int, limit: int) -> list[int]:
    """The page's ids, for a sort by a key in _GROUPED over the active queue."""
    terms = _where(q, None, "", sqlite=True)
    column = _SORT_COLUMNS[q.sort]
    segment = q.sort is SortKey.SEGMENT

    def joined(stmt: Select[Any]) -> Select[Any]:
        if segment:
            return stmt.outerjoin(CustomerRow, TicketRow.customer_id == CustomerRow.id)
        return stmt

    counts: dict[Any, int] = {}
    if segment:  # the groups from the customers; how big they are only when skipped
        values = set(session.scalars(select(CustomerRow.segment).distinct()))
    else:
        grouped = select(column, func.count()).where(*terms).group_by(column)
        counts = {value: int(n) for value, n in session.execute(grouped)}
        values = set(counts)
    ordered: list[Any] = sorted((v for v in values if v is not None), reverse=q.descending)
    ordered.append(None)  # NULLs last, whichever the direction
    tie = (_T.waiting_since.asc().nulls_last(), _T.id.asc())
    ids: list[int] = []
    skip = offset
    for value in ordered:
        if value is None:
            same = column.is_(None)
        else:
            # A customer's group is checked ticket by ticket along the waiting order.
            same = (Unindexed(column) if segment else column) == value
        if skip:
            size = counts.get(value)
            if size is None:
                size = int(
                    session.scalar(
                        joined(select(func.count()).select_from(TicketRow)).where(*terms, same)
                    )
                    or 0
                )
            if skip >= size:
                skip -= size
                continue
        stmt = joined(select(TicketRow.id)).where(*terms, same).order_by(*tie)
        ids += session.scalars(stmt.offset(skip).limit(limit - len(ids)))
        skip = 0
        if len(ids) >= limit:
            break
    return ids


# The columns of _ITEM_COLUMNS, for the driver.
_ITEM_SQL = (
    "SELECT t.id, t.priority, t.band, t.components, t.reasons, t.status, t.channel, t.lang, "
    "t.sentiment, t.snippet, t.author, t.author_name, t.waiting_since, t.sla_due_at, "
    "t.claim_expires_at, t.escalated, t.last_inbound_at, t.last_outbound_at, t.version, "
    "t.message_count, a.name, c.segment FROM tickets AS t "
    "LEFT JOIN agents AS a ON a.id = t.assignee_id "
    "LEFT JOIN customers AS c ON c.id = t.customer_id WHERE t.id IN "
)
_BANDS = {b.value: b for b in Band}
_STATUSES = {s.value: s for s in TicketStatus}


def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def _items_sqlite(session: Session, ids: list[int]) -> dict[int, QueueItem]:
    """A page's tickets through the driver. The queue reads pages on a worker thread while the
    GUI thread paints, and every millisecond of Python here is one the GUI may wait for the
    GIL: SQLAlchemy's per-value result processing would be most of the page's cost."""
    connection = session.connection().connection.dbapi_connection
    assert connection is not None
    cursor = connection.cursor()
    try:
        rows = cursor.execute(_ITEM_SQL + "(" + ", ".join("?" * len(ids)) + ")", ids).fetchall()
    finally:
        cursor.close()
    loads = json.loads
    found: dict[int, QueueItem] = {}
    for r in rows:
        pause_point()  # a GUI thread may be painting beside this worker
        inbound, outbound = _time(r[16]), _time(r[17])
        assert inbound is not None
        found[r[0]] = QueueItem(
            id=r[0],
            priority=r[1],
            band=_BANDS[r[2]],
            components=loads(r[3]),
            explanation=loads(r[4]),
            status=_STATUSES[r[5]],
            channel=r[6],
            lang=r[7],
            sentiment=r[8],
            text=r[9],
            author=r[10],
            author_name=r[11],
            waiting_since=_time(r[12]),
            sla_due_at=_time(r[13]),
            claim_expires_at=_time(r[14]),
            escalated=bool(r[15]),
            last_activity_at=inbound if outbound is None or inbound >= outbound else outbound,
            version=r[18],
            message_count=r[19],
            assignee=r[20],
            segment=r[21] or "",
        )
    return found


def item(session: Session, ticket_id: int) -> QueueItem:
    row = session.execute(_base().where(TicketRow.id == ticket_id)).first()
    if row is None:
        raise NotFound("ticket", ticket_id)
    ticket, assignee, segment = row
    found = to_item(ticket, assignee, segment)
    _show_waiting(session, [found])
    return found


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
