"""Audit chain throughput: seal and verify a timeline of N events (default 200,000).

The events are written straight into the table in import-sized transactions with sealing off,
shaped like the importer's (an external id, a channel, a score on some), then sealed in one go
and verified. Prints one JSON line: events, seal_s, verify_s (and the rates).
Usage: python benchmarks/audit.py --n 200000
"""

from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

# benchmarks/queue.py is named like the standard library's `queue`, which threads and pools
# import: run as a script, this folder comes first on sys.path; look here for nothing.
if _sys.path and _Path(_sys.path[0] or ".").resolve() == _Path(__file__).resolve().parent:
    del _sys.path[0]

import argparse
import json
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

# Run as a script, this folder comes first on the path, where queue.py would shadow the standard
# library's queue module (multiprocessing needs it): the repository root takes its place.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import Table

from triage.audit import chain
from triage.store import bulk
from triage.store.db import make_engine, make_sessionmaker, migrate, unit_of_work
from triage.store.tables import Base

EVENTS = Table("events", Base.metadata)
CHANNELS = ("x", "bluesky", "email", "instagram", "facebook")


def events(n: int, start: datetime) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for i in range(n):
        payload: dict[str, Any] = {"external_id": f"ext-{i:09d}", "channel": CHANNELS[i % 5]}
        if i % 3 == 0:
            payload["score"] = {
                "priority": i % 100,
                "band": f"P{1 + i % 4}",
                "components": {"cues": i % 7, "waiting": 25, "tone": i % 15, "reach": 4},
            }
        rows.append(
            {
                "ticket_id": None,
                "customer_id": None,
                "kind": "arrived" if i % 4 else "replied",
                "actor": "system" if i % 4 else "@webcare",
                "at": start + timedelta(seconds=i),
                "payload": payload,
                "redacted": False,
            }
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'audit.db'}")
        migrate(engine)
        sessions = make_sessionmaker(engine)  # no sealing hook: the seal below does it all
        rows = events(args.n, datetime(2026, 1, 1, tzinfo=UTC))
        t0 = time.perf_counter()
        for start in range(0, len(rows), 10_000):
            with unit_of_work(sessions) as s:
                bulk.insert_many(s, EVENTS, rows[start : start + 10_000])
        insert_s = time.perf_counter() - t0

        t0 = time.perf_counter()
        with unit_of_work(sessions) as s:
            sealed = chain.seal(s)
        seal_s = time.perf_counter() - t0

        t0 = time.perf_counter()
        with sessions() as s:
            report = chain.verify(s)
        verify_s = time.perf_counter() - t0
        engine.dispose()
    assert report.ok and sealed == args.n, report
    print(
        json.dumps(
            {
                "events": args.n,
                "insert_s": round(insert_s, 2),
                "seal_s": round(seal_s, 2),
                "verify_s": round(verify_s, 2),
                "seal_per_s": round(args.n / seal_s),
                "verify_per_s": round(args.n / verify_s),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
