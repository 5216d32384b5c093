"""Loyalty recompute at scale, from the database: load, compute and write every profile.

A child process builds the database (100,000 customers, 1,000,000 orders, 200,000 resolved
tickets, 50,000 surveys, 20,000 referrals by default) so its memory does not count; this
process then runs the real recompute. Prints one JSON line:
  {"customers": …, "orders": …, "resolutions": …, "recompute_s": …, "load_s": …,
   "compute_s": …, "write_s": …, "peak_rss_mb": …}
Usage: python benchmarks/loyalty.py [--customers 100000] [--orders 1000000]
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
import random
import resource
import subprocess
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

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
CHANNELS = ("x", "email", "facebook", "instagram", "x_dm", "trustpilot")


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")  # as the store writes


def build(url: str, customers: int, orders: int, resolutions: int) -> None:
    """Fill a fresh database through the store's own schema (migrations), in bulk."""
    from sqlalchemy import text

    from triage.store.db import make_engine, migrate

    engine = make_engine(url)
    migrate(engine)
    rng = random.Random(42)
    raw = engine.raw_connection()
    cur = raw.cursor()
    created = iso(NOW - timedelta(days=900))
    cur.executemany(
        "INSERT INTO customers (id, display_name, crm_id, segment, flags, created_at) "
        "VALUES (?, ?, ?, '', '[]', ?)",
        ((i, f"Klant {i}", f"K{i}", created) for i in range(1, customers + 1)),
    )
    cur.executemany(
        "INSERT INTO identities (customer_id, channel, handle, display_name, followers, origin, "
        "created_at) VALUES (?, ?, ?, '', ?, 'crm', ?)",
        (
            (i, "x", f"@klant{i}", int(rng.paretovariate(1.2) * 50), created)
            for i in range(1, customers + 1)
        ),
    )
    # Orders: a long tail, as real bases have (a few customers buy most).
    weights = [rng.paretovariate(1.5) for _ in range(customers)]
    buyers = rng.choices(range(1, customers + 1), weights=weights, k=orders)
    cur.executemany(
        "INSERT INTO orders (customer_id, order_ref, at, amount, margin) VALUES (?, ?, ?, ?, ?)",
        (
            (c, f"O{n}", iso(NOW - timedelta(days=rng.random() * 900)), a, a * 0.3)
            for n, c in enumerate(buyers)
            for a in (round(rng.lognormvariate(3.5, 0.8), 2),)
        ),
    )
    ticket_cols = (
        "id, channel, customer_id, status, priority, band, components, reasons, cue_points, "
        "cue_classes, cue_evidence, sentiment, first_sentiment, interactions, followers, "
        "repeat_contacts, followups, joiners, recent_inbound, channel_switch, reopened, lang, "
        "snippet, author, author_name, message_count, opened_at, last_inbound_at, "
        "sla_minutes, resolved_at, escalated, escalation_reason, version, updated_at"
    )
    rows = []
    res_rows = []
    for t in range(1, resolutions + 1):
        c = rng.randint(1, customers)
        opened = NOW - timedelta(days=rng.random() * 700)
        resolved = opened + timedelta(hours=rng.random() * 60)
        first = rng.random() * 100
        rows.append(
            (
                t,
                rng.choice(CHANNELS),
                c,
                "resolved",
                0,
                "P4",
                "{}",
                "[]",
                0.0,
                "[]",
                "[]",
                first,
                first,
                0,
                0,
                1,
                0,
                0,
                "[]",
                0,
                0,
                "nl",
                "",
                f"@klant{c}",
                "",
                1,
                iso(opened),
                iso(opened),
                60,
                iso(resolved),
                0,
                "",
                1,
                iso(resolved),
            )
        )
        res_rows.append(
            (
                t,
                rng.choice(("solved", "solved", "workaround", "no_action")),
                "[]",
                "",
                0.0,
                "",
                rng.choice((1, 1, 1, 2, 3)),
                rng.choice((0, 0, 1)),
                rng.choice((0, 0, 1, 2)),
                rng.choice((0, 0, 0, 1)),
                300,
                1800,
                int((resolved - opened).total_seconds()),
                iso(resolved),
            )
        )
    cur.executemany(f"INSERT INTO tickets ({ticket_cols}) VALUES ({', '.join('?' * 34)})", rows)
    cur.executemany(
        "INSERT INTO resolutions (ticket_id, outcome, reason_codes, compensation, "
        "compensation_amount, note, contacts, channel_switches, handoffs, reopened, "
        "handle_seconds, first_response_seconds, resolve_seconds, resolved_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        res_rows,
    )
    cur.executemany(
        "INSERT INTO surveys (customer_id, kind, score, at, origin, author) "
        "VALUES (?, ?, ?, ?, 'crm', 'bench')",
        (
            (
                rng.randint(1, customers),
                kind,
                rng.randint(0, 10) if kind == "nps" else rng.randint(1, 7),
                iso(NOW - timedelta(days=rng.random() * 400)),
            )
            for _ in range(customers // 2)
            for kind in (rng.choice(("nps", "ces")),)
        ),
    )
    pairs = {(rng.randint(1, customers), rng.randint(1, customers)) for _ in range(customers // 5)}
    cur.executemany(
        "INSERT INTO referrals (referrer_id, referred_id, referred_ref, at, converted) "
        "VALUES (?, ?, ?, ?, ?)",
        (
            (a, b, f"K{b}", iso(NOW - timedelta(days=rng.random() * 700)), rng.random() < 0.6)
            for a, b in pairs
            if a != b
        ),
    )
    raw.commit()
    raw.close()
    with engine.connect() as conn:
        conn.execute(text("ANALYZE"))
    engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--resolutions", type=int, default=200_000)
    parser.add_argument("--build-only", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_only:
        build(args.build_only, args.customers, args.orders, args.resolutions)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/loyalty.db"
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--build-only",
                url,
                "--customers",
                str(args.customers),
                "--orders",
                str(args.orders),
                "--resolutions",
                str(args.resolutions),
            ],
            check=True,
        )
        build_s = time.perf_counter() - started

        from triage.clock import FixedClock
        from triage.services import Triage
        from triage.services import loyalty as loyalty_service
        from triage.store.db import unit_of_work

        app = Triage.open(url, clock=FixedClock(NOW))
        parts: dict[str, float] = {}
        t0 = time.perf_counter()
        with unit_of_work(app.sessions) as s:
            loyalty_service.recompute(s, NOW, parts)
        figures: dict[str, Any] = {"recompute_s": round(time.perf_counter() - t0, 2)}
        figures.update({k: round(v, 2) for k, v in parts.items()})
        app.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "customers": args.customers,
                "orders": args.orders,
                "resolutions": args.resolutions,
                **figures,
                "peak_rss_mb": round(peak, 1),
                "build_s": round(build_s, 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
