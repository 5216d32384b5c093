"""Claims under contention on PostgreSQL: N tickets, C desks each claiming in a loop for a while.

Every desk is its own process with its own Triage (engine, pool, connections) calling
`Triage.claim_next(agent)` (one ticket per call, as the "next" button does) until time is up.
Prints one JSON line: clients, claims_per_s, double_claims (tickets claimed by two desks, from the
events table and from what the desks were handed) and the parts.

Usage: python benchmarks/claims.py [--db URL] [--tickets 40000] [--clients 8] [--seconds 10]
Without --db a throwaway cluster is started and removed (tests/pg.py; `make postgres` installs
PostgreSQL), reached over its unix socket unless --tcp. The audit chain is verified at the end
(every claim event sealed, the chain unbroken).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing as mp
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

# Run as a script, this folder comes first on the path, where queue.py would shadow the standard
# library's queue module (multiprocessing needs it): the repository root takes its place.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, insert, select

from triage.clock import FixedClock
from triage.services import Triage
from triage.store.db import unit_of_work
from triage.store.tables import EventRow, TicketRow

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def seed(url: str, n: int) -> None:
    app = Triage.open(url, clock=FixedClock(NOW))
    try:
        for start in range(0, n, 10_000):
            rows = [
                {
                    "channel": "x",
                    "status": "new",
                    "priority": (i * 37) % 100,
                    "snippet": f"ticket {i}",
                    "opened_at": NOW - timedelta(minutes=i % 900),
                    "last_inbound_at": NOW - timedelta(minutes=i % 900),
                    "waiting_since": NOW - timedelta(minutes=i % 900),
                    "updated_at": NOW,
                }
                for i in range(start, min(n, start + 10_000))
            ]
            with unit_of_work(app.sessions) as s:
                s.execute(insert(TicketRow), rows)
        with app.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE tickets")
    finally:
        app.close()


def desk(url: str, agent: str, seconds: float, ready: Any, results: Any) -> None:
    app = Triage.open(url, clock=FixedClock(NOW))
    try:
        app.agent(agent)
        app.sign_in(agent)  # a desk works as its own person
        app.claim_next(agent, 0)  # warm: connections, statement caches
        ready.wait(timeout=120)
        claimed: list[int] = []
        calls = 0
        start = time.time()
        deadline = start + seconds
        while time.time() < deadline:
            claimed.extend(app.claim_next(agent))
            calls += 1
        results.put((agent, start, time.time(), calls, claimed))
    except BaseException as exc:
        results.put((agent, 0.0, 0.0, 0, repr(exc)))
        raise
    finally:
        app.close()


@contextlib.contextmanager
def database(url: str | None, tcp: bool) -> Iterator[str]:
    if url:
        yield url
        return
    from tests.pg import running_cluster

    with running_cluster() as cluster:
        fresh = cluster.url()
        yield fresh if tcp else cluster.socket_url(fresh)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=None, help="an empty PostgreSQL database (default: a new)")
    parser.add_argument("--tickets", type=int, default=40_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--tcp", action="store_true", help="the throwaway cluster over TCP")
    args = parser.parse_args()

    with database(args.db, args.tcp) as url:
        seed(url, args.tickets)
        ctx = mp.get_context("spawn")
        ready, results = ctx.Barrier(args.clients), ctx.Queue()
        agents = [f"bench{i}" for i in range(args.clients)]
        procs = [
            ctx.Process(target=desk, args=(url, a, args.seconds, ready, results)) for a in agents
        ]
        for p in procs:
            p.start()
        got = [results.get(timeout=args.seconds + 180) for _ in procs]
        for p in procs:
            p.join(timeout=60)
        failed = {a: ids for a, _s, _e, _c, ids in got if isinstance(ids, str)}
        if failed:
            print(json.dumps({"error": failed}))
            return 1

        app = Triage.open(url)
        try:
            with app.sessions() as s:
                events, tickets = s.execute(
                    select(
                        func.count(EventRow.id), func.count(func.distinct(EventRow.ticket_id))
                    ).where(EventRow.kind == "claimed")
                ).one()
                held = s.scalar(
                    select(func.count(TicketRow.id)).where(TicketRow.assignee_id.is_not(None))
                )
            chain = app.audit_verify()
        finally:
            app.close()

    handed = [t for *_rest, ids in got for t in ids]
    begin, end = min(g[1] for g in got), max(g[2] for g in got)
    claims = len(handed)
    print(
        json.dumps(
            {
                "clients": args.clients,
                "claims_per_s": round(claims / (end - begin), 1),
                "double_claims": (events - tickets)
                + sum(n - 1 for n in Counter(handed).values() if n > 1),
                "claims": claims,
                "calls": sum(g[3] for g in got),
                "seconds": round(end - begin, 2),
                "tickets": args.tickets,
                "ran_out": claims >= args.tickets,
                "events": events,
                "held": held,
                "transport": "given" if args.db else ("tcp" if args.tcp else "unix socket"),
                "chain_ok": chain.ok,
                "unsealed": chain.unsealed,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
