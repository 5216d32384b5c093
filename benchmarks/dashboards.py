"""Dashboards over a year of a busy desk: 1,000,000 tickets, their messages, resolutions, surveys.

Builds a migrated SQLite file in bulk (executemany through the DB-API, the store's own schema
and indexes), then times `dashboard()` for a year by day and for 30 days by day (the median of
--runs calls each, after one warm-up call so the file is in the page cache as it is on a desk
that has the app open), and offscreen the GUI-thread time to apply a year's result to the
dashboard window's charts.

Prints one JSON line:
  {"tickets": …, "year_ms": …, "month_ms": …, "week_hour_ms": …, "year_channel_ms": …,
   "apply_ms": …, "db_mb": …, "build_s": …}
Usage: python benchmarks/dashboards.py [--tickets 1000000] [--db PATH (kept, reused)] [--no-ui]
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
import math
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Run as a script, this folder comes first on the path, where queue.py would shadow the standard
# library's queue module (multiprocessing needs it): the repository root takes its place.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
YEAR_S = 365 * 86_400
CHANNELS = ("x", "email", "facebook", "instagram", "x_dm", "trustpilot", "mastodon")
CHANNEL_WEIGHTS = (30, 25, 15, 10, 10, 5, 5)
SEGMENTS = ("ambassador", "passive_loyal", "shopper", "leaver", "")
SEGMENT_WEIGHTS = (10, 25, 40, 15, 10)
AGENTS = 40
EPOCH_NOW = NOW.timestamp()


def stamp(epoch: float) -> str:
    """As the store writes a UTC time on SQLite: naive, always with microseconds."""
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _tickets(n: int, customers: int, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    """(ticket row, mention row, resolution row or None, survey row or None) per ticket."""
    from triage.scoring.sla import sla_minutes

    sla = {c: sla_minutes(c) for c in CHANNELS}
    start = EPOCH_NOW - YEAR_S
    for t in range(1, n + 1):
        # Spread over the year, busier in the day than at night.
        opened = start + (t - 1) * YEAR_S / n + rng.random() * 30
        hour = (opened % 86_400) / 3600
        if 1 <= hour < 6 and rng.random() < 0.6:
            opened += 6 * 3600
        opened = min(opened, EPOCH_NOW - 1)
        channel = rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0]
        customer = rng.randint(1, customers)
        sentiment = max(0.0, min(100.0, rng.gauss(45, 22)))
        minutes = sla[channel]
        first_s = int(rng.lognormvariate(math.log(minutes * 60 * 0.5), 0.9))
        resolve_s = first_s + int(rng.lognormvariate(math.log(6 * 3600), 1.2))
        first = opened + first_s if opened + first_s < EPOCH_NOW else None
        resolved = opened + resolve_s if opened + resolve_s < EPOCH_NOW else None
        status = "resolved" if resolved else ("pending" if first else "new")
        agent = rng.randint(1, AGENTS)
        assignee = None if resolved or rng.random() < 0.3 else agent
        due = stamp(opened + 2 * 86_400)
        ticket = (
            t,
            channel,
            customer,
            status,
            rng.randint(0, 100),
            rng.choice(("P1", "P2", "P3", "P4")),
            sentiment,
            sentiment,
            stamp(opened),
            stamp(opened),
            stamp(first) if first else None,
            None if first else stamp(opened),  # waiting_since
            minutes,
            None if first else stamp(opened + minutes * 60),  # sla_due_at while waiting
            stamp(resolved) if resolved else None,
            assignee,
            stamp(EPOCH_NOW + 1200) if assignee else None,  # claim_expires_at: held now
            due,
            stamp(resolved or opened),
        )
        mention = (t, channel, str(t), sentiment, stamp(opened), stamp(opened))
        resolution = (
            (t, agent, first_s, resolve_s, int(rng.lognormvariate(math.log(600), 0.7)), resolved)
            if resolved
            else None
        )
        survey = None
        if resolved and rng.random() < 0.1:
            kind = "nps" if rng.random() < 0.6 else "ces"
            score = (
                min(10, max(0, int(rng.gauss(7.5, 2.2)))) if kind == "nps" else rng.randint(1, 7)
            )
            survey = (customer, t, kind, score, stamp(min(resolved + 86_400, EPOCH_NOW - 1)))
        yield ticket, mention, resolution, survey


def _chunks(it: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in it:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def build(path: Path, tickets: int) -> None:
    """A migrated file (the app's own schema and indexes), filled in bulk through sqlite3."""
    from triage.store.db import make_engine, migrate

    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    engine.dispose()
    rng = random.Random(7)
    customers = max(10, tickets // 5)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    created = stamp(EPOCH_NOW - 3 * YEAR_S)
    conn.executemany(
        "INSERT INTO agents (id, name, display_name, role, created_at) VALUES (?, ?, ?, ?, ?)",
        [(i, f"agent{i}", f"Agent {i}", "agent", created) for i in range(1, AGENTS + 1)],
    )
    conn.executemany(
        "INSERT INTO customers (id, display_name, crm_id, segment, flags, created_at) "
        "VALUES (?, ?, NULL, ?, '[]', ?)",
        (
            (i, f"Klant {i}", rng.choices(SEGMENTS, SEGMENT_WEIGHTS)[0], created)
            for i in range(1, customers + 1)
        ),
    )
    ticket_sql = (
        "INSERT INTO tickets (id, channel, customer_id, status, priority, band, sentiment, "
        "first_sentiment, opened_at, last_inbound_at, first_response_at, waiting_since, "
        "sla_minutes, sla_due_at, resolved_at, assignee_id, claim_expires_at, resolution_due_at, "
        "updated_at, "
        "components, reasons, cue_points, cue_classes, cue_evidence, interactions, followers, "
        "repeat_contacts, followups, joiners, recent_inbound, channel_switch, reopened, lang, "
        "snippet, author, author_name, message_count, escalated, escalation_reason, version, "
        "escalation_state, escalation_source, reviewed_by, paused_seconds) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "'{}', '[]', 0, '[]', '[]', 0, 0, 1, 0, 0, '[]', 0, 0, 'nl', '', '', '', 1, 0, '', 1, "
        "'', '', '', 0)"
    )
    mention_sql = (
        "INSERT INTO mentions (ticket_id, channel, external_id, direction, author_handle, "
        "author_name, author_followers, text, lang, sentiment, cues, created_at, url, "
        "in_reply_to, interactions, labels, imported_at) VALUES "
        "(?, ?, ?, 'in', '', '', 0, '', 'nl', ?, '[]', ?, '', '', 0, '{}', ?)"
    )
    resolution_sql = (
        "INSERT INTO resolutions (ticket_id, agent_id, outcome, reason_codes, compensation, "
        "compensation_amount, note, contacts, channel_switches, handoffs, reopened, "
        "first_response_seconds, resolve_seconds, handle_seconds, resolved_at) VALUES "
        "(?, ?, 'solved', '[]', '', 0, '', 1, 0, 0, 0, ?, ?, ?, ?)"
    )
    survey_sql = (
        "INSERT INTO surveys (customer_id, ticket_id, kind, score, at, origin, author) "
        "VALUES (?, ?, ?, ?, ?, 'crm', 'bench')"
    )
    for chunk in _chunks(_tickets(tickets, customers, rng), 50_000):
        conn.executemany(ticket_sql, (c[0] for c in chunk))
        conn.executemany(mention_sql, (c[1] for c in chunk))
        conn.executemany(
            resolution_sql, ((*r[:5], stamp(r[5])) for c in chunk if (r := c[2]) is not None)
        )
        conn.executemany(survey_sql, (c[3] for c in chunk if c[3] is not None))
    conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm-up: the file into the page cache, statements compiled
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000.0)
    return round(statistics.median(times), 1)


def measure(path: Path, runs: int, ui: bool) -> dict[str, Any]:
    from triage.clock import FixedClock
    from triage.services import Triage
    from triage.services.dashboards import Period

    app = Triage.open(f"sqlite:///{path}", clock=FixedClock(NOW))
    year = Period(NOW - timedelta(days=365), NOW, "day")
    month = Period(NOW - timedelta(days=30), NOW, "day")
    week = Period(NOW - timedelta(days=7), NOW, "hour")
    figures: dict[str, Any] = {
        "tickets": app.stats()["tickets"],
        "year_ms": _median_ms(lambda: app.dashboard(year), runs),
        "month_ms": _median_ms(lambda: app.dashboard(month), runs),
        "week_hour_ms": _median_ms(lambda: app.dashboard(week), runs),
        "year_channel_ms": _median_ms(lambda: app.dashboard(year, ("email", "x")), runs),
        "year_week_ms": _median_ms(lambda: app.dashboard(year.with_bucket("week")), runs),
    }
    if ui:
        figures["apply_ms"] = measure_apply(app, year, runs)
    app.close()
    return figures


def measure_apply(app: Any, period: Any, runs: int) -> float:
    """The GUI-thread time to put a year of results on the charts (offscreen, shown window)."""
    from PySide6.QtWidgets import QApplication

    from ui.tasks import TaskRunner
    from ui.windows.dashboard_window import DashboardWindow

    qapp = QApplication.instance() or QApplication([])
    result = app.dashboard(period)
    tasks = TaskRunner()
    window = DashboardWindow(app, tasks, autoload=False)
    window.resize(1400, 900)
    window.show()
    qapp.processEvents()
    times = []
    for _ in range(runs + 1):
        window.apply(result)
        qapp.processEvents()
        times.append(window.timings["apply_ms"])
    window.close()
    tasks.wait()
    return round(statistics.median(times[1:]), 1)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", type=Path, default=None, help="keep the database here, reuse it")
    parser.add_argument("--no-ui", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "dashboards.db"
        build_s = 0.0
        if not path.exists():
            started = time.perf_counter()
            build(path, args.tickets)
            build_s = time.perf_counter() - started
        figures = measure(path, args.runs, not args.no_ui)
        figures["db_mb"] = round(path.stat().st_size / 1e6, 1)
        figures["build_s"] = round(build_s, 1)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
