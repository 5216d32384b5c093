"""Claims under contention on PostgreSQL: N tickets, C desks each claiming in a loop for a while.

Every desk is its own process with its own Triage (engine, pool, connections) calling
`Triage.claim_next(agent)` (one ticket per call, as the "next" button does) until time is up.
Prints one JSON line: clients, claims_per_s, double_claims (tickets claimed by two desks, from the
events table and from what the desks were handed) and the parts.

Then the notify latency (notify_p50_ms, notify_p99_ms): the same desks claim at a working pace
(one claim per 20 ms each) while one more desk only listens (TicketFeed, LISTEN/NOTIFY); each
ticket's delay runs from the desk pressing "next" (the claim call) to the listener hearing of it.

Usage: python benchmarks/claims.py [--db URL] [--tickets 40000] [--clients 8] [--seconds 10]
       [--notify-seconds 3]
Without --db a throwaway cluster is started and removed (tests/pg.py; `make postgres` installs
PostgreSQL), reached over its unix socket unless --tcp. The audit chain is verified at the end
(every claim event sealed, the chain unbroken).
"""

from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

# benchmarks/queue.py is named like the standard library's `queue`, which threads and pools
# import: run as a script, this folder comes first on sys.path; look here for nothing.
if _sys.path and _Path(_sys.path[0] or ".").resolve() == _Path(__file__).resolve().parent:
    del _sys.path[0]

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


def desk(url: str, agent: str, seconds: float, ready: Any, results: Any, pace: float = 0.0) -> None:
    app = Triage.open(url, clock=FixedClock(NOW))
    try:
        app.agent(agent)
        app.sign_in(agent)  # a desk works as its own person
        app.claim_next(agent, 0)  # warm: connections, statement caches
        ready.wait(timeout=120)
        claimed: list[int] = []
        asked: list[float] = []  # when the desk asked for each ticket it got
        calls = 0
        start = time.time()
        deadline = start + seconds
        while time.time() < deadline:
            at = time.time()
            got = app.claim_next(agent)
            claimed.extend(got)
            asked.extend(at for _ in got)
            calls += 1
            if pace:
                time.sleep(pace)
        results.put((agent, start, time.time(), calls, claimed, asked))
    except BaseException as exc:
        results.put((agent, 0.0, 0.0, 0, repr(exc), []))
        raise
    finally:
        app.close()


def watcher(url: str, arrivals: Any, listening: Any, done: Any) -> None:
    """Another desk, only listening: when each ticket's change reaches it (LISTEN/NOTIFY)."""
    from triage.services.live import FeedState, FeedStatus, TicketChange, TicketFeed

    app = Triage.open(url, clock=FixedClock(NOW))
    feed = TicketFeed(app.engine)
    heard: dict[int, float] = {}

    def on_change(change: TicketChange) -> None:
        at = time.time()
        for ticket in change.ids:
            heard.setdefault(ticket, at)

    def on_status(status: FeedStatus) -> None:
        if status.state is FeedState.LIVE:
            listening.set()

    feed.subscribe(on_change, on_status)
    feed.start()
    try:
        done.wait(timeout=600)
        time.sleep(1.0)  # the last notifications
    finally:
        feed.stop()
        app.close()
    arrivals.put(heard)


def race(url: str, clients: int, seconds: float, pace: float = 0.0) -> list[tuple[Any, ...]]:
    ctx = mp.get_context("spawn")
    ready, results = ctx.Barrier(clients), ctx.Queue()
    procs = [
        ctx.Process(target=desk, args=(url, f"bench{i}", seconds, ready, results, pace))
        for i in range(clients)
    ]
    for p in procs:
        p.start()
    got = [results.get(timeout=seconds + 180) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    return got


def notify_latency(url: str, clients: int, seconds: float) -> dict[str, Any]:
    """Desks claiming at a working pace while one more desk listens: claim to arrival, in ms."""
    ctx = mp.get_context("spawn")
    arrivals, listening, done = ctx.Queue(), ctx.Event(), ctx.Event()
    listener = ctx.Process(target=watcher, args=(url, arrivals, listening, done))
    listener.start()
    listening.wait(timeout=60)
    got = race(url, clients, seconds, pace=0.02)
    done.set()
    heard: dict[int, float] = arrivals.get(timeout=60)
    listener.join(timeout=30)
    delays = sorted(
        (heard[t] - at) * 1000
        for *_rest, ids, asked in got
        for t, at in zip(ids, asked, strict=True)
        if t in heard
    )
    sent = sum(len(ids) for *_rest, ids, _r in got)

    def pct(q: float) -> float:
        return round(delays[min(len(delays) - 1, int(q * len(delays)))], 2) if delays else -1.0

    return {
        "notify_claims": sent,
        "notify_p50_ms": pct(0.50),
        "notify_p99_ms": pct(0.99),
        "notify_max_ms": round(delays[-1], 2) if delays else -1.0,
        "notify_missed": sent - len(delays),
    }


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
    parser.add_argument(
        "--notify-seconds", type=float, default=3.0, help="the listening phase (0: none)"
    )
    args = parser.parse_args()

    with database(args.db, args.tcp) as url:
        seed(url, args.tickets)
        got = race(url, args.clients, args.seconds)
        failed = {g[0]: g[4] for g in got if isinstance(g[4], str)}
        if failed:
            print(json.dumps({"error": failed}))
            return 1
        latency = (
            notify_latency(url, args.clients, args.notify_seconds) if args.notify_seconds else {}
        )

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

    handed = [t for g in got for t in g[4]]
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
                **latency,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
