"""Live-update latency between two desks on PostgreSQL: from one desk's commit to the other's feed.

Desk A claims N tickets one at a time; desk B, in its own process with its own Triage and
TicketFeed (LISTEN/NOTIFY, migration 0007), reports when each ticket reaches it. The delay is
B's arrival time minus the moment A called `claim` (same machine, same clock), so the claim's own
statements and commit count too; `commit_p50_ms`/`commit_p99_ms` count from A's commit instead
(the session's after_commit, which can come a hair after B already heard: then near 0).
Prints one JSON line: claims, p50_ms, p99_ms, max_ms, mean_ms, commit_p50_ms, commit_p99_ms,
missed (never arrived within 5 s), via (how they arrived) and the transport.

Usage: python benchmarks/notify.py [--db URL] [--claims 500] [--tcp]
Without --db a throwaway cluster is started and removed (tests/pg.py; `make postgres` installs
PostgreSQL), reached over its unix socket unless --tcp. --db must be an empty database.
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
import statistics
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

# Run as a script, this folder comes first on the path, where queue.py would shadow the standard
# library's queue module: the repository root takes its place.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import queue as queues  # (after the path is put right)

from sqlalchemy import event, insert

from triage.clock import FixedClock
from triage.services import Triage
from triage.services.live import FeedState, FeedStatus, TicketChange, TicketFeed
from triage.store.db import unit_of_work
from triage.store.tables import TicketRow

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def seed(url: str, n: int) -> None:
    app = Triage.open(url, clock=FixedClock(NOW))
    try:
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
            for i in range(n)
        ]
        with unit_of_work(app.sessions) as s:
            s.execute(insert(TicketRow), rows)
    finally:
        app.close()


def other_desk(url: str, arrivals: Any, ready: Any, done: Any) -> None:
    """Desk B: a feed, and every ticket id it hears about with the moment it did."""
    app = Triage.open(url, clock=FixedClock(NOW))
    feed = TicketFeed(app.engine)

    def on_change(change: TicketChange) -> None:
        at = time.time()
        arrivals.put((at, sorted(change.ids), change.everything, change.via))

    def on_status(status: FeedStatus) -> None:
        if status.state is FeedState.LIVE:
            ready.set()

    feed.subscribe(on_change, on_status)
    feed.start()
    try:
        done.wait(timeout=3600)
    finally:
        feed.stop()
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


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=None, help="an empty PostgreSQL database (default: a new)")
    parser.add_argument("--claims", type=int, default=500)
    parser.add_argument("--tcp", action="store_true", help="the throwaway cluster over TCP")
    args = parser.parse_args()

    with database(args.db, args.tcp) as url:
        seed(url, args.claims + 1)  # and one to warm up
        ctx = mp.get_context("spawn")
        arrivals, ready, done = ctx.Queue(), ctx.Event(), ctx.Event()
        desk_b = ctx.Process(target=other_desk, args=(url, arrivals, ready, done))
        desk_b.start()
        if not ready.wait(timeout=120):
            print(json.dumps({"error": "the other desk never went live"}))
            done.set()
            return 1
        app = Triage.open(url, clock=FixedClock(NOW))
        committed: list[float] = []
        event.listen(app.sessions, "after_commit", lambda _s: committed.append(time.time()))
        delays: list[float] = []
        from_commit: list[float] = []
        via: dict[str, int] = {}
        missed = 0
        try:
            app.claim(1, "bench")  # warm: connections, statement caches
            with contextlib.suppress(queues.Empty):
                while True:
                    arrivals.get(timeout=0.5)
            for ticket_id in range(2, args.claims + 2):
                committed.clear()
                called = time.time()
                app.claim(ticket_id, "bench")
                commit = committed[-1]  # the claim's own unit of work
                deadline = time.time() + 5
                while True:
                    try:
                        left = max(0.0, deadline - time.time())
                        at, ids, everything, how = arrivals.get(timeout=left)
                    except queues.Empty:
                        missed += 1
                        break
                    if ticket_id in ids or everything:
                        delays.append((at - called) * 1000)
                        from_commit.append(max(0.0, at - commit) * 1000)
                        via[how] = via.get(how, 0) + 1
                        break
        finally:
            done.set()
            desk_b.join(timeout=30)
            app.close()

    print(
        json.dumps(
            {
                "claims": len(delays) + missed,
                "p50_ms": round(pct(delays, 0.50), 2),
                "p99_ms": round(pct(delays, 0.99), 2),
                "max_ms": round(max(delays), 2),
                "mean_ms": round(statistics.fmean(delays), 2),
                "commit_p50_ms": round(pct(from_commit, 0.50), 2),
                "commit_p99_ms": round(pct(from_commit, 0.99), 2),
                "missed": missed,
                "via": via,
                "transport": "given" if args.db else ("tcp" if args.tcp else "unix socket"),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
