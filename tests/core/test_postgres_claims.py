"""Team mode's promise on PostgreSQL: agents claiming at the same moment never get the same ticket.

Eight separate processes (each its own Triage, engine and connections, as eight desks would be)
call claim_next 250 times each, all at once, against 2,500 tickets; the timeline then shows
exactly one claim per ticket, held by whoever the event names, and the audit chain still holds.
A desk killed in the middle of a claim leaves nothing locked, and its claims come back when they
expire. A resolve on a ticket that changed since the agent opened it is refused.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, insert, select, text

from triage.analysis.analyzer import MessageAnalyzer
from triage.audit import chain
from triage.clock import FixedClock
from triage.domain.enums import Outcome
from triage.domain.errors import StaleTicket
from triage.domain.models import Resolution
from triage.services import Triage
from triage.store.db import unit_of_work
from triage.store.tables import AgentRow, EventRow, TicketRow

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
CLIENTS = 8
CALLS = 250
TICKETS = 2_500


def seed_tickets(app: Triage, n: int) -> None:
    """n new, unclaimed tickets straight into the table (no text analysis: claims are the test)."""
    rows = [
        {
            "channel": "x",
            "status": "new",
            "priority": (i * 37) % 100,  # many ties, so the tie-breakers take part too
            "snippet": f"ticket {i}",
            "opened_at": NOW - timedelta(minutes=i % 90),
            "last_inbound_at": NOW - timedelta(minutes=i % 90),
            "waiting_since": NOW - timedelta(minutes=i % 90),
            "updated_at": NOW,
        }
        for i in range(n)
    ]
    with unit_of_work(app.sessions) as s:
        s.execute(insert(TicketRow), rows)


def claimer(url: str, agent: str, calls: int, ready: Any, results: Any) -> None:
    """One desk in its own process: wait for the others, then claim `calls` times in a row."""
    app = Triage.open(url, clock=FixedClock(NOW), analyzer=MessageAnalyzer())
    try:
        app.agent(agent)  # the agent exists before the race: only claims race
        ready.wait(timeout=60)
        results.put((agent, [app.claim_next(agent) for _ in range(calls)]))
    except BaseException as exc:
        results.put((agent, repr(exc)))
        raise
    finally:
        app.close()


def test_eight_desks_claiming_at_once_never_share_a_ticket(
    pg_url: Callable[[], str], analyzer: MessageAnalyzer
) -> None:
    url = pg_url()
    app = Triage.open(url, clock=FixedClock(NOW), analyzer=analyzer)
    try:
        seed_tickets(app, TICKETS)
        ctx = mp.get_context("spawn")  # fresh processes: no connection is inherited
        ready, results = ctx.Barrier(CLIENTS), ctx.Queue()
        agents = [f"a{i}" for i in range(CLIENTS)]
        procs = [ctx.Process(target=claimer, args=(url, a, CALLS, ready, results)) for a in agents]
        started = time.monotonic()
        for p in procs:
            p.start()
        got = dict(results.get(timeout=120) for _ in procs)
        for p in procs:
            p.join(timeout=30)
        elapsed = time.monotonic() - started

        failed = {a: r for a, r in got.items() if isinstance(r, str)}
        assert not failed, failed
        assert all(p.exitcode == 0 for p in procs)
        # There are more tickets than calls: every call got exactly one ticket...
        assert all(len(ids) == 1 for a in agents for ids in got[a])
        claimed = [ids[0] for a in agents for ids in got[a]]
        # ...and no ticket went to two desks.
        doubles = [t for t, n in Counter(claimed).items() if n > 1]
        assert doubles == [] and len(claimed) == CLIENTS * CALLS

        with app.sessions() as s:
            events = s.execute(
                select(EventRow.ticket_id, EventRow.actor).where(EventRow.kind == "claimed")
            ).all()
            holders = dict(
                s.execute(
                    select(TicketRow.id, AgentRow.name).join(
                        AgentRow, AgentRow.id == TicketRow.assignee_id
                    )
                ).all()
            )
            report = chain.verify(s)
        # The timeline agrees: one claimed event per ticket, naming the holder.
        assert len(events) == len({t for t, _ in events}) == CLIENTS * CALLS
        assert dict(events) == holders
        assert {t for t, _ in events} == set(claimed)
        for agent in agents:
            assert sorted(t for t, a in events if a == agent and t) == sorted(
                ids[0] for ids in got[agent]
            )
        assert report.ok and report.unsealed == 0, report.as_json()

        # What is left goes to one more desk, best first, in one call; then nothing is left.
        with app.sessions() as s:
            free = s.scalar(select(func.count(TicketRow.id)).where(TicketRow.assignee_id.is_(None)))
        rest = app.claim_next("late", TICKETS)
        assert len(rest) == free == TICKETS - CLIENTS * CALLS
        assert set(rest).isdisjoint(claimed)
        with app.sessions() as s:
            best_first = s.scalars(
                select(TicketRow.id)
                .where(TicketRow.id.in_(rest))
                .order_by(TicketRow.priority.desc(), TicketRow.waiting_since.asc(), TicketRow.id)
            ).all()
        assert rest == best_first
        assert app.claim_next("later", 1) == []
        assert elapsed < 60, f"the race took {elapsed:.1f} s"
    finally:
        app.close()


def crashing_desk(url: str, ready: Any, results: Any) -> None:
    """Claims three tickets, then dies while holding two more locked in an open transaction."""
    app = Triage.open(url, clock=FixedClock(NOW), analyzer=MessageAnalyzer())
    app.agent("crash")
    claimed = app.claim_next("crash", 3)
    conn = app.engine.connect()
    trans = conn.begin()
    locked = (
        conn.execute(
            text(
                "SELECT id FROM tickets WHERE assignee_id IS NULL"
                " ORDER BY priority DESC, waiting_since, id LIMIT 2 FOR UPDATE"
            )
        )
        .scalars()
        .all()
    )
    results.put((claimed, list(locked)))
    ready.wait(timeout=60)
    time.sleep(60)  # killed here, mid-transaction
    trans.rollback()


def test_a_desk_killed_mid_claim_leaves_its_tickets_claimable(
    pg_url: Callable[[], str], analyzer: MessageAnalyzer
) -> None:
    url = pg_url()
    clock = FixedClock(NOW)
    app = Triage.open(url, clock=clock, analyzer=analyzer)
    try:
        seed_tickets(app, 20)
        ctx = mp.get_context("spawn")
        ready, results = ctx.Barrier(2), ctx.Queue()
        proc = ctx.Process(target=crashing_desk, args=(url, ready, results))
        proc.start()
        claimed, locked = results.get(timeout=60)
        ready.wait(timeout=60)
        assert len(claimed) == 3 and len(locked) == 2
        # Everyone sees who holds a ticket.
        assert {app.item(t).assignee for t in claimed} == {"crash"}
        assert proc.pid is not None
        os.kill(proc.pid, signal.SIGKILL)
        proc.join(timeout=30)
        assert proc.exitcode == -signal.SIGKILL

        # The dead desk's open transaction went with its connection: the rows it had locked
        # are the best free tickets now; its committed claims stay its own until they expire.
        app.agent("sam")
        deadline = time.monotonic() + 10
        got: list[int] = []
        while time.monotonic() < deadline:  # the server notices the closed socket at once
            got = app.claim_next("sam", 2)
            if got:
                break
            time.sleep(0.1)
        assert sorted(got) == sorted(locked)
        assert set(app.claim_next("sam", 15)).isdisjoint(claimed)

        assert app.claim_next("nina", 1) == []  # every ticket is held
        clock.advance(timedelta(minutes=31))  # every claim expires: the dead desk's come back
        back = app.claim_next("nina", 20)
        assert len(back) == 20 and set(claimed) <= set(back)
        assert {app.item(t).assignee for t in claimed} == {"nina"}
        with app.sessions() as s:
            assert chain.verify(s).ok
    finally:
        app.close()


def test_a_resolve_on_a_ticket_changed_since_it_was_opened_is_refused(
    pg_url: Callable[[], str], analyzer: MessageAnalyzer
) -> None:
    url = pg_url()
    desk_a = Triage.open(url, clock=FixedClock(NOW), analyzer=analyzer)
    desk_b = Triage.open(url, clock=FixedClock(NOW), analyzer=analyzer)
    try:
        seed_tickets(desk_a, 3)
        desk_a.agent("ann")
        desk_b.agent("bob")
        [ticket] = desk_a.claim_next("ann")
        opened = desk_a.item(ticket)  # what ann sees when she opens it
        desk_b.note(ticket, "bob", "Customer called: it is about order 123")  # someone else acts
        with pytest.raises(StaleTicket) as refused:
            desk_a.resolve(
                ticket, "ann", Resolution(Outcome.SOLVED, ("information",)), opened.version
            )
        assert refused.value.expected == opened.version
        fresh = desk_a.item(ticket)
        assert refused.value.actual == fresh.version > opened.version
        assert fresh.status.value == "open"  # nothing was resolved
        done = desk_a.resolve(
            ticket, "ann", Resolution(Outcome.SOLVED, ("information",)), fresh.version
        )
        assert done.status.value == "resolved"
    finally:
        desk_a.close()
        desk_b.close()


def test_the_next_button_survives_a_dropped_connection(
    pg_url: Callable[[], str], analyzer: MessageAnalyzer
) -> None:
    url = pg_url()
    app = Triage.open(url, clock=FixedClock(NOW), analyzer=analyzer)
    try:
        seed_tickets(app, 5)
        app.agent("ann")
        first = app.claim_next("ann")
        with app.engine.connect() as admin:  # the server drops every other connection
            admin.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
        second = app.claim_next("ann")
        assert len(first) == len(second) == 1 and first != second
        assert app.item(second[0]).assignee == "ann"
    finally:
        app.close()
