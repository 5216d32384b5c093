"""One desk at a year's volume: the queue window over N tickets (3 messages each on average).

Builds a migrated SQLite file in bulk (the app's own schema and indexes; rows through sqlite3's
executemany, indexes dropped while filling and re-created from their own SQL), with a desk's
spread: channels, languages, statuses (most resolved, ~10% waiting on us), priorities, authors,
snippets, customers with loyalty value, assignees, follow-ups and reopened threads. The open
tickets are scored by the app's own re-score a minute before the measurement, as the scheduler
would have.

Then, in a fresh process (so its memory is the app's alone), offscreen, through the real
`Triage` and the real `MainWindow` (QueueTableModel + QueueProxyModel + QTableView as the app
builds them), it measures:

* first_paint_ms: from `window.show()` until the viewport painted the first page's rows
  (build_ms: the window's constructor before that; it already starts the first query);
* sort_ms: the slowest header click (every sortable column, both directions) from the click to
  the rows repainted; sort_ms_median and sort_by_column as well;
* filter_ms: the slowest filter change (status, channel, language, mine, search) from the
  change to the rows repainted; filters has each one;
* max_gui_block_ms: the longest gap of a 1 ms QTimer heartbeat on the GUI thread while the
  view scrolls programmatically through pages (page by page, then jumps deep into the queue);
* max_gui_block_moving_ms (gui_block_moving_p99_ms): the same heartbeat while the agent goes
  down the queue with J, a ticket every 150 ms, each opened in the side panel;
* gui_block_beside_rescore_ms: the same heartbeat while the periodic re-score runs on another
  thread as the scheduler runs it, the view scrolling a screen every 50 ms (rescore_in_app_ms);
* count_ms, page_ms, page_deep_ms: the core's `count` and `page` for the default queue (first
  page, one halfway), median of 5; history_ms: pages of the whole desk's history sorted or
  searched (no index holds those orders: sorted or scanned), count_all_search_ms;
* rescore_100k_ms: the scheduler's periodic re-score (`Triage.rescore_open()`, which scores the
  tickets whose score can have changed), five runs a minute apart after the previous one, alone:
  the median per 100,000 tickets waiting on us (rescore_100k_max_ms the slowest run;
  rescore_runs_ms, rescored: each run; waiting: the desk's count); checkpoint_ms: the
  scheduler's WAL checkpoint after those runs (checkpoint_pages: what it copied);
  rescore_full_100k_ms: every waiting ticket scored, as after a new policy set, per 100,000;
  rescore_again_ms: the periodic run at once once more;
* rss_mb, hwm_mb: VmRSS and VmHWM of the measuring process at the end;
* db_bytes_per_mention: the file's size (after a checkpoint) per message; generate_s.

Prints one JSON line. Usage:
  python benchmarks/queue.py [--tickets 1000000] [--db PATH (kept, reused)] [--no-ui]
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder comes first on sys.path, and this file is named like the standard
# library's `queue` (which threads, pools and schedulers import): look here for nothing.
if sys.path and Path(sys.path[0] or ".").resolve() == Path(__file__).resolve().parent:
    del sys.path[0]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import json
import math
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # a Monday, midday
MINUTE_US = 60_000_000
DAY_US = 86_400_000_000
YEAR_US = 365 * DAY_US
NOW_US = int(NOW.timestamp()) * 1_000_000
EPOCH = datetime(1970, 1, 1)
AGENTS = 40
VIEWER = "agent1"  # the person at the desk: holds a share of the claimed tickets

CHANNELS = (
    "x",
    "email",
    "facebook",
    "instagram",
    "x_dm",
    "whatsapp",
    "trustpilot",
    "mastodon",
    "webform",
)
CHANNEL_WEIGHTS = (28, 20, 14, 10, 8, 8, 6, 3, 3)
LANGS = ("nl", "en", "de", "fr")
LANG_WEIGHTS = (62, 35, 2, 1)
SEGMENTS = ("ambassador", "passive_loyal", "shopper", "leaver", "")
SEGMENT_WEIGHTS = (10, 25, 40, 15, 10)
# (status, share): most resolved, about a tenth waiting on us.
CUES = ("anger", "churn", "complaint", "repeat", "accusation", "legal", "media", "safety")
CUE_WEIGHTS = (30, 20, 30, 15, 10, 3, 2, 1)
CUE_POINTS = {
    "anger": 0.3,
    "churn": 0.5,
    "complaint": 0.2,
    "repeat": 0.2,
    "accusation": 0.3,
    "legal": 0.6,
    "media": 0.6,
    "safety": 0.9,
}

_NL = (
    "Mijn pakket is nog steeds niet bezorgd",
    "Al drie dagen geen internet",
    "De factuur klopt niet, er is dubbel afgeschreven",
    "Wanneer komt de monteur nu eindelijk",
    "Bedankt voor de snelle hulp gisteren",
    "Ik wacht al een week op antwoord",
    "Mijn waterkoker is na twee weken kapot",
    "Hoe zeg ik mijn abonnement op",
    "Schandalig hoe jullie met klanten omgaan",
    "Ik stap over naar de concurrent als dit zo doorgaat",
    "Kunnen jullie mijn adres aanpassen",
    "De storing in Utrecht duurt nu al uren",
)
_EN = (
    "My parcel still has not arrived",
    "No internet for three days now",
    "The invoice is wrong, I was charged twice",
    "When is the engineer finally coming",
    "Thanks for the quick help yesterday",
    "I have been waiting a week for an answer",
    "My kettle broke after two weeks",
    "How do I cancel my subscription",
    "Disgraceful how you treat customers",
    "I will switch to another provider if this goes on",
    "Can you update my address please",
    "The outage in Leeds has lasted for hours",
)
_TAILS_NL = ("", " Graag snel een reactie.", " Ordernummer 48213.", " Dit is de tweede keer!")
_TAILS_EN = ("", " Please reply soon.", " Order number 48213.", " This is the second time!")
_REPLIES = (
    "Vervelend om te horen! Stuur je ons een DM met je ordernummer?",
    "Sorry for the trouble. Could you DM us your account number?",
    "We hebben het doorgezet naar de monteur, je hoort vandaag van ons.",
    "Thanks for your patience, a colleague is on it.",
)


def _texts(rng: random.Random) -> tuple[list[str], list[str]]:
    """A pool of inbound texts per language group (40-280 characters), reused by reference."""
    nl, en = [], []
    for pool, bases, tails in ((nl, _NL, _TAILS_NL), (en, _EN, _TAILS_EN)):
        for _ in range(1500):
            parts = [rng.choice(bases) for _ in range(rng.choice((1, 1, 2, 3)))]
            text = ". ".join(parts) + "." + rng.choice(tails)
            pool.append(text[:280])
    return nl, en


def _stamp(us: int) -> str:
    """As the store writes a UTC time on SQLite: naive, always with microseconds."""
    return (EPOCH + timedelta(microseconds=us)).isoformat(" ", "microseconds")


def _iso(us: int) -> str:
    """As the importer keeps `recent_inbound`: aware ISO 8601."""
    return (EPOCH + timedelta(microseconds=us)).isoformat() + "+00:00"


_TICKET_COLUMNS = (
    "id, channel, customer_id, status, priority, band, components, reasons, cue_points, "
    "cue_classes, cue_evidence, sentiment, first_sentiment, interactions, followers, "
    "repeat_contacts, followups, channel_switch, reopened, lang, snippet, author, author_name, "
    "message_count, opened_at, last_inbound_at, last_outbound_at, first_response_at, "
    "waiting_since, sla_minutes, sla_due_at, resolved_at, assignee_id, claim_expires_at, "
    "escalated, escalation_reason, version, updated_at, joiners, recent_inbound, "
    "escalation_state, escalation_source, escalated_at, reviewed_by, paused_seconds, "
    "resolution_due_at"
)
_MENTION_COLUMNS = (
    "ticket_id, channel, external_id, direction, author_handle, author_name, author_followers, "
    "text, lang, sentiment, cues, created_at, url, in_reply_to, interactions, labels, imported_at"
)


def _placeholders(columns: str) -> str:
    return ", ".join("?" * len(columns.split(",")))


class _Desk:
    """Draws tickets, their messages and the events a re-score reads (resolutions)."""

    def __init__(self, n: int, rng: random.Random) -> None:
        from triage.scoring.sla import sla_minutes

        self.n = n
        self.rng = rng
        self.customers = max(10, n // 4)
        self.nl, self.en = _texts(rng)
        self.sla = {c: sla_minutes(c) for c in CHANNELS}
        self.imported = _stamp(NOW_US - 30 * MINUTE_US)
        self.mentions = 0

    def _times(self, start: int, count: int) -> list[int]:
        """Message times from `start`: minutes to hours apart, never after now."""
        out = [start]
        for _ in range(count - 1):
            gap = int(self.rng.lognormvariate(math.log(40 * MINUTE_US), 1.3))
            out.append(min(out[-1] + max(MINUTE_US, gap), NOW_US - MINUTE_US))
        return out

    def ticket(
        self, t: int
    ) -> tuple[tuple[Any, ...], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        rng = self.rng
        # Ids follow the opening time, as they do on a desk; the older a ticket, the likelier
        # it was answered and resolved (about a tenth still waits on us, a few on the customer).
        opened = NOW_US - YEAR_US + int((t - rng.random()) / self.n * (YEAR_US - MINUTE_US))
        age = (NOW_US - opened) / DAY_US
        waiting_share = min(0.93, 0.9 * math.exp(-age / 30) + 0.03)
        pending_share = min(0.5 * math.exp(-age / 25) + 0.01, 1 - waiting_share)
        draw = rng.random()
        status = (
            rng.choice(("new", "open"))
            if draw < waiting_share
            else "pending"
            if draw < waiting_share + pending_share
            else "resolved"
        )
        channel = rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0]
        lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
        customer = rng.randint(1, self.customers)
        handle = f"{customer}@mail.example" if channel in ("email", "webform") else f"@k{customer}"
        name = f"Klant {customer}"
        followers = 0 if channel in ("email", "webform") else int(rng.lognormvariate(5, 2))
        pool = self.nl if lang == "nl" else self.en
        waiting = status in ("new", "open")
        # Directions: the customer first; a waiting ticket ends with the customer's turn.
        count = rng.choices((1, 2, 3, 4, 5, 6), (25, 25, 25, 15, 7, 3))[0]
        if status == "new":
            directions = ["in"] * min(count, 3)
        else:
            directions = ["in" if i % 2 == 0 else "out" for i in range(count)]
            if status == "open":
                directions[-1] = "in"
                if len(directions) < 3:
                    directions = ["in", "out", "in"]
            elif directions[-1] == "in" and (status == "pending" or count > 1):
                directions.append("out")
        times = self._times(opened, len(directions))
        if waiting and rng.random() < 0.3:  # an old thread the customer came back to lately
            last = NOW_US - int(rng.expovariate(1 / (2 * DAY_US)))
            times = [*times[:-1], max(times[-1], min(last, NOW_US - MINUTE_US))]
        inbound = [x for x, d in zip(times, directions, strict=True) if d == "in"]
        outbound = [x for x, d in zip(times, directions, strict=True) if d == "out"]
        last_out = outbound[-1] if outbound else None
        waiting_since = None
        followups = 0
        seen_out = False
        for x, d in zip(times, directions, strict=True):
            if d == "out":
                seen_out, waiting_since = True, None
            else:
                if seen_out and waiting_since is None:
                    followups += 1
                if waiting_since is None:
                    waiting_since = x
        if not waiting:
            waiting_since = None
        reopened = 1 if status == "open" and followups and rng.random() < 0.15 else 0
        resolved_at = (
            times[-1] + int(rng.random() * 90 * MINUTE_US) if status == "resolved" else None
        )
        if resolved_at is not None:
            resolved_at = min(resolved_at, NOW_US - MINUTE_US)
        sentiment = max(0.0, min(100.0, rng.gauss(45, 22)))
        first_sentiment = max(0.0, min(100.0, sentiment + rng.gauss(6, 14)))
        classes: list[str] = []
        if waiting and rng.random() < 0.35:
            classes = sorted(set(rng.choices(CUES, CUE_WEIGHTS, k=rng.choice((1, 1, 2, 3)))))
        cue_points = min(1.0, sum(CUE_POINTS[c] for c in classes))
        evidence = [{"cue": c, "text": ""} for c in classes]
        sla = self.sla[channel]
        assignee = None
        claim_expires = None
        if waiting and rng.random() < 0.25:
            assignee = rng.randint(1, AGENTS)
            claim_expires = _stamp(NOW_US + 20 * MINUTE_US)
        elif status == "resolved":
            assignee = rng.randint(1, AGENTS)
        # Scores as an earlier run left them; the open ones are re-scored before measuring.
        priority = max(0, min(100, int(rng.gauss(38 if not waiting else 55, 18))))
        band = (
            "P1" if priority >= 80 else "P2" if priority >= 60 else "P3" if priority >= 35 else "P4"
        )
        components = json.dumps(
            {"cues": 0, "waiting": 0, "tone": priority // 3, "reach": 0, "value": 3, "repeat": 0}
        )
        reasons = json.dumps(
            [
                {"key": "tone", "points": priority // 3, "args": {"sentiment": int(sentiment)}},
                {"key": "value", "points": 3, "args": {"known": False}},
            ]
        )
        # A long-waiting ticket was escalated by a rule long ago (and a lead looked at some).
        escalated = waiting and waiting_since is not None and waiting_since < NOW_US - DAY_US
        escalated = escalated and rng.random() < 0.9
        last_in = inbound[-1]
        snippet = rng.choice(pool)
        recent = [_iso(x) for x in inbound[-5:]]
        row = (
            t,
            channel,
            customer,
            status,
            priority,
            band,
            components,
            reasons,
            cue_points,
            json.dumps(classes),
            json.dumps(evidence),
            sentiment,
            first_sentiment,
            int(rng.expovariate(1 / 8)),
            followers,
            rng.choices((1, 2, 3, 4), (70, 18, 8, 4))[0] + followups,
            followups,
            int(rng.random() < 0.05),
            reopened,
            lang,
            snippet,
            handle,
            name,
            len(directions),
            _stamp(opened),
            _stamp(last_in),
            _stamp(last_out) if last_out is not None else None,
            _stamp(outbound[0]) if outbound else None,
            _stamp(waiting_since) if waiting_since is not None else None,
            sla,
            _stamp(waiting_since + sla * MINUTE_US) if waiting_since is not None else None,
            _stamp(resolved_at) if resolved_at is not None else None,
            assignee,
            claim_expires,
            int(escalated),
            "first reply overdue" if escalated else "",
            1,
            _stamp(max(times[-1], resolved_at or 0)),
            rng.choices((0, 1, 2), (85, 10, 5))[0] if channel in ("x", "facebook") else 0,
            json.dumps(recent),
            ("approved" if rng.random() < 0.5 else "pending") if escalated else "",
            "rule:sla_breach" if escalated else "",
            _stamp((waiting_since or opened) + sla * MINUTE_US) if escalated else None,
            "",
            0,
            _stamp(opened + 2 * DAY_US) if status != "resolved" else None,
        )
        mentions: list[tuple[Any, ...]] = []
        for k, (x, d) in enumerate(zip(times, directions, strict=True)):
            inbound_msg = d == "in"
            mentions.append(
                (
                    t,
                    channel,
                    f"{t}-{k}",
                    d,
                    handle if inbound_msg else "@brand",
                    name if inbound_msg else "Brand",
                    followers if inbound_msg else 12_000,
                    (snippet if x == last_in else rng.choice(pool))
                    if inbound_msg
                    else rng.choice(_REPLIES),
                    lang,
                    sentiment if inbound_msg else 60.0,
                    json.dumps(evidence) if inbound_msg and x == last_in else "[]",
                    _stamp(x),
                    "",
                    f"{t}-{k - 1}" if k else "",
                    0,
                    "{}",
                    self.imported,
                )
            )
        self.mentions += len(mentions)
        events: list[tuple[Any, ...]] = []
        if reopened and outbound:  # resolved once after a reply, then the customer came back
            at = outbound[-1] + 5 * MINUTE_US
            events.append((t, "resolved", "agent2", _stamp(at), '{"outcome": "solved"}'))
        return row, mentions, events


def _chunks(it: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in it:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def generate(path: Path, tickets: int, seed: int = 7) -> dict[str, Any]:
    """A migrated file filled in bulk; the open tickets scored a minute before NOW."""
    from triage.clock import FixedClock
    from triage.services import Triage
    from triage.store.db import make_engine, migrate

    started = time.perf_counter()
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    engine.dispose()
    rng = random.Random(seed)
    desk = _Desk(tickets, rng)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    # Filling without the secondary indexes and re-creating them from their own SQL is several
    # times faster than keeping them up to date row by row; the schema ends up the same.
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('tickets', 'mentions', 'customers', 'events')"
    ).fetchall()
    for name, _sql in indexes:
        conn.execute(f"DROP INDEX {name}")
    created = _stamp(NOW_US - 3 * YEAR_US)
    conn.executemany(
        "INSERT INTO agents (id, name, display_name, role, created_at) VALUES (?, ?, ?, ?, ?)",
        [(i, f"agent{i}", f"Agent {i}", "agent", created) for i in range(1, AGENTS + 1)],
    )
    conn.executemany(
        "INSERT INTO customers (id, display_name, crm_id, value_pct, segment, flags, created_at) "
        "VALUES (?, ?, NULL, ?, ?, '[]', ?)",
        (
            (
                i,
                f"Klant {i}",
                round(rng.random(), 4) if rng.random() < 0.6 else None,
                rng.choices(SEGMENTS, SEGMENT_WEIGHTS)[0],
                created,
            )
            for i in range(1, desk.customers + 1)
        ),
    )
    ticket_sql = (
        f"INSERT INTO tickets ({_TICKET_COLUMNS}) VALUES ({_placeholders(_TICKET_COLUMNS)})"
    )
    mention_sql = (
        f"INSERT INTO mentions ({_MENTION_COLUMNS}) VALUES ({_placeholders(_MENTION_COLUMNS)})"
    )
    event_sql = "INSERT INTO events (ticket_id, kind, actor, at, payload) VALUES (?, ?, ?, ?, ?)"
    for chunk in _chunks((desk.ticket(t) for t in range(1, tickets + 1)), 20_000):
        conn.executemany(ticket_sql, (c[0] for c in chunk))
        conn.executemany(mention_sql, (m for c in chunk for m in c[1]))
        conn.executemany(event_sql, (e for c in chunk for e in c[2]))
    conn.commit()
    for _name, sql in indexes:
        conn.execute(sql)
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    filled = time.perf_counter() - started
    # The scheduler re-scored a minute ago: scores, due times, rule escalations, sealed events.
    app = Triage.open(f"sqlite:///{path}", clock=FixedClock(NOW - timedelta(minutes=1)))
    t0 = time.perf_counter()
    rescored = app.rescore_open()
    first = time.perf_counter() - t0
    app.audit_seal()
    app.close()
    return {
        "tickets": tickets,
        "mentions": desk.mentions,
        "fill_s": round(filled, 1),
        "rescore_first_ms": round(first * 1000, 1),
        "rescore_first_n": rescored,
        "generate_s": round(time.perf_counter() - started, 1),
    }


# -- measuring ----------------------------------------------------------------------------------


def _memory() -> dict[str, float]:
    """VmRSS and VmHWM (peak) of this process, in MB."""
    found: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                found[line.split(":")[0]] = int(line.split()[1]) / 1024
    return {"rss_mb": round(found["VmRSS"], 1), "hwm_mb": round(found["VmHWM"], 1)}


def _median_ms(fn: Callable[[], object], runs: int = 5) -> float:
    fn()  # warm: statements compiled, pages cached, as on a desk that has the app open
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000.0)
    return round(statistics.median(times), 1)


class _Probe:
    """Watches the queue view: when its rows were painted, and how long the GUI thread stalls."""

    def __init__(self, window: Any) -> None:
        from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer

        self.window = window
        self.model = window.model
        self.painted_at = 0.0  # perf_counter after the last paint that showed rows
        self.loads = 0
        self.loaded_at = 0.0
        self.model.loaded.connect(self._loaded)
        probe = self

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint and probe._rows_ready():
                    # Runs once this paint (and whatever else was queued with it) is done.
                    QTimer.singleShot(0, probe._painted)
                return False

        self._filter = Filter()
        window.table.viewport().installEventFilter(self._filter)
        # Heartbeat: a 1 ms timer; a long gap between two beats is a stalled GUI thread.
        self._clock = QElapsedTimer()
        self._beat = QTimer()
        self._beat.setObjectName("heartbeat")
        self._beat.setTimerType(Qt.TimerType.PreciseTimer)
        self._beat.setInterval(1)
        self._beat.timeout.connect(self._tick)
        self._last_beat = 0
        self.max_gap_ms = 0.0
        self.gaps: list[float] = []

    def _rows_ready(self) -> bool:
        model = self.model  # asks for nothing: the probe must not steer the model's reading
        return model.rowCount() == 0 or model.is_loaded(0)

    def _painted(self) -> None:
        self.painted_at = time.perf_counter()

    def _loaded(self, _total: int) -> None:
        self.loads += 1
        self.loaded_at = time.perf_counter()

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed()
        if self._last_beat:
            gap = (now - self._last_beat) / 1e6
            self.gaps.append(gap)
            self.max_gap_ms = max(self.max_gap_ms, gap)
        self._last_beat = now

    def start_heartbeat(self) -> None:
        self._clock.start()
        self._last_beat = 0
        self.max_gap_ms = 0.0
        self.gaps = []
        self._beat.start()

    def stop_heartbeat(self) -> None:
        self._beat.stop()


def _wait(qapp: Any, until: Callable[[], bool], timeout_s: float = 60.0) -> None:
    """Run the event loop until `until()` holds, checking every millisecond. The GUI thread
    waits inside Qt's event loop, as the app's does: a Python loop around processEvents would
    hold the interpreter lock the workers need and slow what is being measured."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    if until():
        return
    deadline = time.perf_counter() + timeout_s
    loop = QEventLoop()
    late: list[bool] = []

    def check() -> None:
        if until():
            loop.quit()
        elif time.perf_counter() > deadline:
            late.append(True)
            loop.quit()

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(1)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if late:
        raise TimeoutError("the queue did not answer in time")


def _settle(qapp: Any, window: Any, ms: float = 100.0) -> None:
    """Let what the last request started finish (the first row's ticket opens in the side
    panel after every load), so each measurement starts from an idle window."""
    _wait(qapp, lambda: window.tasks.busy == 0)
    end = time.perf_counter() + ms / 1000.0
    _wait(qapp, lambda: time.perf_counter() > end)


def _repainted_after(qapp: Any, probe: _Probe, request: Callable[[], None]) -> float:
    """From the request (the window idle) to the rows of the new query painted, in ms."""
    _settle(qapp, probe.window)
    loads = probe.loads
    t0 = time.perf_counter()
    request()
    _wait(qapp, lambda: probe.loads > loads)
    _wait(qapp, lambda: probe.painted_at > probe.loaded_at)
    return round((probe.painted_at - t0) * 1000.0, 1)


def measure(path: Path, ui: bool) -> dict[str, Any]:
    from triage.clock import FixedClock
    from triage.services import QueueQuery, SortKey, StatusFilter, Triage

    clock = FixedClock(NOW)
    # As the app opens a desk: its scheduler checkpoints the WAL, commits do not.
    app = Triage.open(f"sqlite:///{path}", clock=clock, background_checkpoints=True)
    app.sign_in(VIEWER)
    figures: dict[str, Any] = {}
    if ui:
        figures.update(_measure_window(app, clock))
    q = QueueQuery()
    figures["count_ms"] = _median_ms(lambda: app.count(q))
    figures["page_ms"] = _median_ms(lambda: app.page(q, 0, 200))
    figures["page_deep_ms"] = _median_ms(lambda: app.page(q, app.count(q) // 2, 200))
    # Sorting and searching the desk's history (not the active queue), for the record.
    figures["history_ms"] = {
        name: _median_ms(lambda hq=hq: app.page(hq, 0, 200), runs=1)
        for name, hq in (
            ("all_by_priority", q.with_(status=StatusFilter.ALL)),
            ("all_by_waiting", q.with_(status=StatusFilter.ALL, sort=SortKey.WAITING)),
            ("resolved_by_author", q.with_(status=StatusFilter.RESOLVED, sort=SortKey.AUTHOR)),
            ("all_search", q.with_(status=StatusFilter.ALL, search="kettle")),
        )
    }
    figures["count_all_search_ms"] = _median_ms(
        lambda: app.count(q.with_(status=StatusFilter.ALL, search="kettle")), runs=1
    )
    # The scheduler's run a minute after the previous one (the window's, or the generator's),
    # alone in the process; then at the same moment again (nothing due); then a full run.
    # The scheduler's runs, minute after minute, after the previous one (the window's, or the
    # generator's), alone in the process; then a full run (as after a new policy set).
    start = NOW + timedelta(minutes=1) if ui else NOW
    waiting = _waiting(app)
    runs: list[tuple[float, int]] = []
    for minute in range(5):
        clock.set(start + timedelta(minutes=minute))
        t0 = time.perf_counter()
        rescored = app.rescore_open(full=False)  # as the scheduler's runs after its first
        runs.append(((time.perf_counter() - t0) * 1000.0, rescored))
    t0 = time.perf_counter()
    app.rescore_open(full=False)
    figures["rescore_again_ms"] = round((time.perf_counter() - t0) * 1000.0, 1)
    t0 = time.perf_counter()
    pages = app.checkpoint()  # the scheduler's job, every half minute
    figures["checkpoint_ms"] = round((time.perf_counter() - t0) * 1000.0, 1)
    figures["checkpoint_pages"] = pages[0] if pages else 0
    rescore_ms = statistics.median(ms for ms, _n in runs)
    figures["rescore_ms"] = round(rescore_ms, 1)
    figures["rescore_runs_ms"] = [round(ms, 1) for ms, _n in runs]
    figures["rescored"] = [n for _ms, n in runs]
    figures["waiting"] = waiting
    figures["rescore_100k_ms"] = round(rescore_ms * 100_000 / max(1, waiting), 1)
    figures["rescore_100k_max_ms"] = round(
        max(ms for ms, _n in runs) * 100_000 / max(1, waiting), 1
    )
    clock.set(start + timedelta(minutes=6))
    t0 = time.perf_counter()
    full = app.rescore_open(full=True)
    full_ms = (time.perf_counter() - t0) * 1000.0
    figures["rescore_full_ms"] = round(full_ms, 1)
    figures["rescore_full_100k_ms"] = round(full_ms * 100_000 / max(1, full), 1)
    figures.update(_memory())
    app.close()
    return figures


def _waiting(app: Any) -> int:
    """Tickets waiting on us: what a full re-score reads."""
    with app.engine.connect() as conn:
        return int(
            conn.exec_driver_sql(
                "SELECT count(*) FROM tickets WHERE status IN ('new', 'open') "
                "AND waiting_since IS NOT NULL"
            ).scalar_one()
        )


def _measure_window(app: Any, clock: Any) -> dict[str, Any]:
    """The real main window offscreen: first paint, every sort, filters, scrolling, and the
    GUI thread while the scheduler's re-score runs beside it."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from triage.services import StatusFilter
    from ui.app import STYLE
    from ui.models.queue_table_model import COLUMNS
    from ui.responsiveness import settle_for_interaction
    from ui.settings import UiSettings
    from ui.tasks import TaskRunner
    from ui.windows.main_window import MainWindow

    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    if STYLE.exists():  # as the app paints: with its style sheet
        qapp.setStyleSheet(STYLE.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        settings = UiSettings(QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat))
        tasks = TaskRunner()
        t0 = time.perf_counter()
        window = MainWindow(app, tasks, VIEWER, settings)
        built = time.perf_counter()
        probe = _Probe(window)
        window.resize(1600, 1000)
        shown = time.perf_counter()
        window.show()
        settle_for_interaction()  # as ui/app.py does once its window is shown
        _wait(qapp, lambda: probe.loads > 0)
        _wait(qapp, lambda: probe.painted_at > probe.loaded_at)
        figures: dict[str, Any] = {
            "build_ms": round((built - t0) * 1000.0, 1),
            "first_paint_ms": round((probe.painted_at - shown) * 1000.0, 1),
            "first_paint_from_build_ms": round((probe.painted_at - t0) * 1000.0, 1),
            "rows": window.model.rowCount(),
        }
        _wait(qapp, lambda: tasks.busy == 0)  # the detail of the first ticket, channels, …
        table = window.table
        header = table.horizontalHeader()
        sorts: dict[str, float] = {}
        clicks: list[tuple[str, int, Any]] = []
        seen: set[str] = set()
        for column, (name, key) in enumerate(COLUMNS):
            if key.value in seen:
                continue  # "why" sorts as "priority" does
            seen.add(key.value)
            for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
                label = f"{name}_{'desc' if order == Qt.SortOrder.DescendingOrder else 'asc'}"
                clicks.append((label, column, order))
        # The queue opens by priority, highest first: that click comes last, back to the start.
        clicks.append(clicks.pop(0))
        for label, column, order in clicks:
            # What a click on the header does: the view sorts its model.
            sorts[label] = _repainted_after(
                qapp, probe, lambda c=column, o=order: header.setSortIndicator(c, o)
            )
        figures["sort_ms"] = max(sorts.values())
        figures["sort_ms_median"] = round(statistics.median(sorts.values()), 1)
        figures["sort_by_column"] = sorts
        figures["filters"] = filters = _measure_filters(qapp, window, probe, StatusFilter)
        figures["filter_ms"] = max(filters.values())
        figures.update(_measure_scrolling(qapp, window, probe))
        figures.update(_measure_moving(qapp, window, probe))
        _wait(qapp, lambda: tasks.busy == 0)
        figures.update(_measure_beside_rescore(qapp, window, probe, app, clock))
        window.close()
        tasks.wait()
        window.deleteLater()
        qapp.processEvents()
    return figures


def _measure_filters(qapp: Any, window: Any, probe: _Probe, status: Any) -> dict[str, float]:
    """Each filter from the default queue and back, through the filter bar's own widgets."""
    bar = window.filters
    out: dict[str, float] = {}

    def through(name: str, change: Callable[[], None], undo: Callable[[], None]) -> None:
        out[name] = _repainted_after(qapp, probe, change)
        _repainted_after(qapp, probe, undo)

    def pick(combo: Any, value: str) -> Callable[[], None]:
        return lambda: combo.setCurrentIndex(combo.findData(value))

    for value in (
        status.NEW,
        status.OPEN,
        status.PENDING,
        status.ESCALATED,
        status.RESOLVED,
        status.ALL,
    ):
        through(f"status_{value.value}", pick(bar.status, value.value), pick(bar.status, "active"))
    _wait(qapp, lambda: bar.channel.findData("email") >= 0)
    through("channel_email", pick(bar.channel, "email"), pick(bar.channel, ""))
    through("channel_mastodon", pick(bar.channel, "mastodon"), pick(bar.channel, ""))
    through("lang_en", pick(bar.lang, "en"), pick(bar.lang, ""))
    through("mine", lambda: bar.mine.setChecked(True), lambda: bar.mine.setChecked(False))

    def search(text: str) -> Callable[[], None]:
        def run() -> None:
            # The request is the filter bar's `changed` after typing settled: from there on.
            bar.search.blockSignals(True)
            bar.search.setText(text)
            bar.search.blockSignals(False)
            window.apply_filters()

        return run

    through("search", search("kettle"), search(""))
    through("search_rare", search("zzqx"), search(""))
    through(
        "all_channel_email",
        lambda: (pick(bar.status, "all")(), pick(bar.channel, "email")()),
        lambda: (pick(bar.channel, "")(), pick(bar.status, "active")()),
    )
    return out


def _measure_scrolling(qapp: Any, window: Any, probe: _Probe) -> dict[str, Any]:
    """Page by page through the first 40 pages, then jumps deep into the queue and back,
    while a 1 ms heartbeat measures how long the GUI thread is ever unavailable."""
    from PySide6.QtCore import QTimer

    _settle(qapp, window)  # the last filter's first ticket opens in the side panel first
    bar = window.table.verticalScrollBar()
    steps: list[int] = []
    page = max(1, bar.pageStep())
    for i in range(1, 41):
        steps.append(min(bar.maximum(), i * page * 5))  # 5 screens a step: a new page each time
    for fraction in (0.25, 0.5, 0.75, 1.0, 0.1, 0.0):
        steps.append(int(bar.maximum() * fraction))
    done = {"i": 0}

    def step() -> None:
        if done["i"] < len(steps):
            bar.setValue(steps[done["i"]])
            done["i"] += 1

    driver = QTimer()
    driver.setObjectName("scroller")
    driver.setInterval(50)  # a brisk scroll: 20 moves a second
    driver.timeout.connect(step)
    probe.start_heartbeat()
    t0 = time.perf_counter()
    driver.start()
    _wait(qapp, lambda: done["i"] >= len(steps))
    driver.stop()
    # The last pages arrive and are painted while the heartbeat still runs.
    _wait(qapp, lambda: window.tasks.busy == 0)
    end = time.perf_counter() + 0.2
    _wait(qapp, lambda: time.perf_counter() > end)
    probe.stop_heartbeat()
    gaps = sorted(probe.gaps)
    return {
        "max_gui_block_ms": round(probe.max_gap_ms, 1),
        "gui_block_p99_ms": round(gaps[int(len(gaps) * 0.99)] if gaps else 0.0, 1),
        "scroll_s": round(time.perf_counter() - t0, 2),
        "scroll_moves": len(steps),
    }


def _measure_moving(qapp: Any, window: Any, probe: _Probe) -> dict[str, Any]:
    """An agent going down the queue with J, a ticket every 150 ms, from the top: each move
    highlights the next row and opens its ticket in the side panel (thread, customer)."""
    from PySide6.QtCore import QTimer

    window.table.scrollToTop()
    window.move(-(window.table.currentIndex().row()))
    _settle(qapp, window)
    moves = {"n": 0}
    total = 25
    shown: list[int] = []
    window.detail_shown.connect(shown.append)

    def step() -> None:
        if moves["n"] < total:
            window.move(1)
            moves["n"] += 1

    driver = QTimer()
    driver.setInterval(150)
    driver.timeout.connect(step)
    probe.start_heartbeat()
    driver.start()
    _wait(qapp, lambda: moves["n"] >= total)
    driver.stop()
    last = window.current_item()
    _wait(qapp, lambda: last is not None and bool(shown) and shown[-1] == last.id)
    _settle(qapp, window)
    probe.stop_heartbeat()
    window.detail_shown.disconnect(shown.append)
    gaps = sorted(probe.gaps)
    return {
        "max_gui_block_moving_ms": round(probe.max_gap_ms, 1),
        "gui_block_moving_p99_ms": round(gaps[int(len(gaps) * 0.99)] if gaps else 0.0, 1),
        "tickets_opened": len(set(shown)),
    }


def _measure_beside_rescore(
    qapp: Any, window: Any, probe: _Probe, app: Any, clock: Any
) -> dict[str, Any]:
    """The periodic re-score on another thread, as the scheduler runs it (a minute after the
    generator's), while the agent keeps scrolling: how long the GUI thread stalls meanwhile."""
    import threading

    clock.set(NOW)
    result: dict[str, Any] = {}

    def job() -> None:
        t0 = time.perf_counter()
        result["rescored"] = app.rescore_open()
        result["ms"] = (time.perf_counter() - t0) * 1000.0

    bar = window.table.verticalScrollBar()
    worker = threading.Thread(target=job, name="rescore")
    probe.start_heartbeat()
    worker.start()
    step = 0
    while worker.is_alive():
        step += 1
        bar.setValue(bar.pageStep() * (step % 40))  # a screen at a time, round and round
        end = time.perf_counter() + 0.05
        _wait(qapp, lambda end=end: time.perf_counter() > end)
    worker.join()
    _wait(qapp, lambda: window.tasks.busy == 0)
    probe.stop_heartbeat()
    gaps = sorted(probe.gaps)
    return {
        "rescore_in_app_ms": round(result["ms"], 1),
        "gui_block_beside_rescore_ms": round(probe.max_gap_ms, 1),
        "gui_block_beside_rescore_p99_ms": round(gaps[int(len(gaps) * 0.99)] if gaps else 0.0, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None, help="keep the generated file here")
    parser.add_argument("--no-ui", action="store_true", help="core figures only")
    parser.add_argument("--measure", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure is not None:  # the child: the app alone in this process
        print(json.dumps(measure(args.measure, not args.no_ui)))
        return 0
    with tempfile.TemporaryDirectory(dir=args.db.parent if args.db else None) as tmp:
        pristine = args.db or Path(tmp) / "queue.db"
        figures: dict[str, Any] = {"tickets": args.tickets}
        if not pristine.exists():
            figures.update(generate(pristine, args.tickets))
        else:
            figures["generate_s"] = 0.0  # reused
        with sqlite3.connect(pristine) as conn:
            figures["tickets"] = conn.execute("SELECT count(*) FROM tickets").fetchone()[0]
            figures["mentions"] = conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = pristine.stat().st_size
        figures["db_mb"] = round(size / 1e6, 1)
        figures["db_bytes_per_mention"] = round(size / max(1, figures["mentions"]), 1)
        # Measured on a copy: the re-score writes, and a kept file stays as generated.
        work = Path(tmp) / "measured.db"
        shutil.copyfile(pristine, work)
        command = [sys.executable, str(Path(__file__).resolve()), "--measure", str(work)]
        if args.no_ui:
            command.append("--no-ui")
        child = subprocess.run(command, capture_output=True, text=True, check=False)
        if child.returncode != 0:
            sys.stderr.write(child.stderr)
            return child.returncode
        figures.update(json.loads(child.stdout.strip().splitlines()[-1]))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
