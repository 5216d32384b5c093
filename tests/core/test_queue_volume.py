"""The queue's reads at volume (services/queue.py, migration 0010): every sort and filter gives
the order and count they always gave, page after page across the groups a sort reads one by
one; the plans walk the queue's indexes instead of sorting every open ticket; the indexes carry
the condition the queries say."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from triage.services import QueueQuery, SortKey, StatusFilter, Triage, queue
from triage.store.db import unit_of_work
from triage.store.tables import (
    ACTIVE_QUEUE_INDEXES,
    ACTIVE_SQLITE,
    AgentRow,
    CustomerRow,
    TicketRow,
)

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
STATUSES = ("new", "open", "pending", "resolved")


def _desk(triage: Triage, seed: int = 3, n: int = 500) -> None:
    """Tickets with ties everywhere: few priorities, channels, languages, groups, agents."""
    rng = random.Random(seed)
    with unit_of_work(triage.sessions) as s:
        agents = [
            AgentRow(name=f"agent{i}", display_name=f"A{i}", role="agent", created_at=NOW)
            for i in range(1, 5)
        ]
        customers = [
            CustomerRow(
                display_name=f"C{i}",
                segment=rng.choice(["ambassador", "shopper", "leaver", ""]),
                created_at=NOW,
            )
            for i in range(30)
        ]
        s.add_all([*agents, *customers])
        s.flush()
        for _ in range(n):
            status = rng.choice(STATUSES)
            waiting = NOW - timedelta(minutes=rng.choice([5, 60, 60, 600, 6000]))
            s.add(
                TicketRow(
                    channel=rng.choice(["x", "email", "facebook", "x_dm"]),
                    customer_id=rng.choice([None, *(c.id for c in customers)]),
                    status=status,
                    priority=rng.choice([10, 35, 60, 60, 90]),
                    band="P3",
                    sentiment=rng.choice([20.0, 50.0, 80.0]),
                    lang=rng.choice(["nl", "en", "de"]),
                    snippet=rng.choice(["parcel late", "kettle broke", "thanks", "Invoice"]),
                    author=f"@a{rng.randint(1, 40)}",
                    author_name=rng.choice(["Kim", "Parcel Fan", ""]),
                    message_count=1,
                    opened_at=waiting,
                    last_inbound_at=waiting,
                    waiting_since=None
                    if status in ("pending", "resolved") or rng.random() < 0.1
                    else waiting,
                    sla_due_at=rng.choice([None, waiting + timedelta(hours=1)]),
                    assignee_id=rng.choice([None, None, *(a.id for a in agents)]),
                    escalated=rng.random() < 0.2,
                    updated_at=NOW,
                )
            )


def _reference(triage: Triage, q: QueueQuery) -> list[int]:
    """The queue's order worked out in Python from every ticket: what the SQL must give."""
    with triage.sessions() as s:
        rows = s.execute(
            select(TicketRow, AgentRow.name, CustomerRow.segment)
            .outerjoin(AgentRow, AgentRow.id == TicketRow.assignee_id)
            .outerjoin(CustomerRow, CustomerRow.id == TicketRow.customer_id)
        ).all()

    def shown(t: TicketRow, agent: str | None) -> bool:
        if q.status is StatusFilter.ACTIVE and t.status not in ("new", "open"):
            return False
        if q.status is StatusFilter.ESCALATED and (not t.escalated or t.status == "resolved"):
            return False
        if q.status.value in STATUSES and t.status != q.status.value:
            return False
        if q.channels and t.channel not in q.channels:
            return False
        if q.lang and t.lang != q.lang:
            return False
        if q.assignee and agent != q.assignee:
            return False
        term = q.search.strip().lower()
        return not term or any(term in x.lower() for x in (t.snippet, t.author, t.author_name))

    def key_of(t: TicketRow, segment: str | None) -> Any:
        return {
            SortKey.PRIORITY: t.priority,
            SortKey.WAITING: t.waiting_since,
            SortKey.SLA: t.sla_due_at,
            SortKey.CHANNEL: t.channel,
            SortKey.AUTHOR: t.author,
            SortKey.LANG: t.lang,
            SortKey.SENTIMENT: t.sentiment,
            SortKey.STATUS: t.status,
            SortKey.ASSIGNEE: t.assignee_id,
            SortKey.SNIPPET: t.snippet,
            SortKey.SEGMENT: segment,
        }[q.sort]

    kept = [(t, g) for t, a, g in rows if shown(t, a)]
    # Ties: waiting longest first (not waiting: last), then the oldest ticket.
    kept.sort(key=lambda r: (r[0].waiting_since is None, r[0].waiting_since or NOW, r[0].id))
    # Then the key, stable, NULLs last in either direction.
    present = [r for r in kept if key_of(*r) is not None]
    present.sort(key=lambda r: key_of(*r), reverse=q.descending)
    return [t.id for t, _g in present + [r for r in kept if key_of(*r) is None]]


def _paged(triage: Triage, q: QueueQuery, size: int = 37) -> list[int]:
    ids: list[int] = []
    while True:
        got = [it.id for it in triage.page(q, len(ids), size)]
        ids += got
        if len(got) < size:
            return ids


QUERIES = [
    QueueQuery(),
    QueueQuery(status=StatusFilter.NEW),
    QueueQuery(status=StatusFilter.ALL),
    QueueQuery(status=StatusFilter.RESOLVED),
    QueueQuery(status=StatusFilter.ESCALATED),
    QueueQuery(channels=frozenset({"email"})),
    QueueQuery(lang="de"),
    QueueQuery(assignee="agent2"),
    QueueQuery(search="PARCEL"),
    QueueQuery(status=StatusFilter.ALL, search="kettle"),
]


@pytest.mark.parametrize("sort", list(SortKey))
def test_every_sort_and_filter_keeps_its_order_page_after_page(
    triage: Triage, sort: SortKey
) -> None:
    _desk(triage)
    for base in QUERIES:
        for descending in (True, False):
            q = base.with_(sort=sort, descending=descending)
            expected = _reference(triage, q)
            assert _paged(triage, q) == expected, q
            assert triage.count(q) == len(expected), q
    # A page that starts deep inside a group (and one past the end).
    q = QueueQuery(sort=sort, descending=False)
    expected = _reference(triage, q)
    assert [it.id for it in triage.page(q, 101, 13)] == expected[101:114]
    assert triage.page(q, len(expected) + 5, 10) == []


def test_a_page_shows_each_ticket_as_the_ticket_itself_reads(triage: Triage) -> None:
    _desk(triage, n=120)
    items = triage.page(QueueQuery(status=StatusFilter.ALL), 0, 200)
    assert len(items) == 120
    for it in items:  # through the driver on SQLite; item() goes through the ORM
        assert it == triage.item(it.id)


def _plans(triage: Triage, q: QueueQuery) -> list[str]:
    """SQLite's plan for each statement a page of the query runs."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        seen.append((statement, params))

    from sqlalchemy import event

    event.listen(triage.engine, "before_cursor_execute", record)
    try:
        triage.page(q, 0, 50)
    finally:
        event.remove(triage.engine, "before_cursor_execute", record)
    with triage.engine.connect() as conn:
        return [
            " | ".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
            for sql, params in seen
            if sql.lstrip().upper().startswith("SELECT") and "FROM tickets" in sql
        ]


@pytest.mark.parametrize("sort", [k for k in SortKey if k is not SortKey.SEGMENT])
def test_the_active_queue_is_read_from_its_index_in_order(triage: Triage, sort: SortKey) -> None:
    """No plan sorts the whole active queue (SQLite plans without statistics: the queries are
    written so that it cannot prefer finding open tickets by status and sorting them)."""
    _desk(triage, n=60)
    for descending in (True, False):
        for q in (
            QueueQuery(sort=sort, descending=descending),
            QueueQuery(sort=sort, descending=descending, channels=frozenset({"x"}), lang="nl"),
        ):
            plans = _plans(triage, q)
            assert plans
            assert not any("TEMP B-TREE FOR ORDER BY" in p for p in plans), (q, plans)
            assert any("ix_tickets_q_" in p for p in plans), (q, plans)


def test_the_default_queue_walks_its_priority_index(triage: Triage) -> None:
    _desk(triage, n=60)
    ids = _plans(triage, QueueQuery())[0]  # the page's ids; its rows by primary key follow
    assert ids.startswith("SCAN tickets USING COVERING INDEX ix_tickets_q_priority"), ids
    with triage.engine.connect() as conn:
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM tickets WHERE status IN ('new', 'open')"
        ).all()
    assert "COVERING INDEX" in plan[0][3]


def test_the_partial_indexes_carry_the_condition_the_queries_say(triage: Triage) -> None:
    path = Path(triage.engine.url.database or "")
    with sqlite3.connect(path) as conn:
        found = dict(
            conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name GLOB "
                "'ix_tickets_q_*'"
            ).fetchall()
        )
    assert set(found) == set(ACTIVE_QUEUE_INDEXES)
    condition = str(ACTIVE_SQLITE)
    assert all(sql.endswith("WHERE " + condition) for sql in found.values()), found
    with triage.sessions() as s:  # what the queue's queries say, word for word
        stmt = (
            select(func.count())
            .select_from(TicketRow)
            .where(*queue._where(QueueQuery(), None, "", sqlite=True))
        )
        sql = str(stmt.compile(s.get_bind(), compile_kwargs={"literal_binds": True}))
    assert "+tickets.status IN ('new', 'open')" in sql


def test_the_channel_list_is_every_channel_a_ticket_came_in_on(triage: Triage) -> None:
    """Read along the (status, channel) index a status at a time, it still finds them all."""
    _desk(triage, seed=11, n=300)
    with unit_of_work(triage.sessions) as s:
        late = s.scalars(select(TicketRow).where(TicketRow.status == "resolved")).first()
        assert late is not None
        late.channel = "whatsapp"  # one resolved ticket is its channel's only one
    with triage.sessions() as s:
        expected = sorted(set(s.scalars(select(TicketRow.channel).distinct())))
        assert queue.channels(s) == expected
    assert "whatsapp" in expected
    assert triage.channels() == expected
