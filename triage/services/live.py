"""Live changes from other desks: which tickets changed, as they change.

`TicketFeed` runs on its own thread and hands batches of changed ticket ids (or "reload
everything") to its listeners, and its state (LIVE, RECONNECTING, POLLING) with the reason in
plain words.

- PostgreSQL (team mode): its own connection, autocommit, `LISTEN triage_tickets`; the triggers
  of migration 0007 send one compact notification per statement. A probe sent to itself (on a
  channel only this connection listens to) proves notifications arrive, at start and after
  `heartbeat` quiet seconds. When the connection drops, the feed checks the tickets table every
  `poll_interval` seconds instead and tries to listen again after 1, 2, 4 … at most 30 seconds;
  once listening again it is LIVE by itself. Each gap ends with one "everything" batch, since
  notifications sent during it are lost.
- SQLite (one desk, perhaps a command line in another process): `PRAGMA data_version` on a
  connection of its own changes when anyone else commits; checked every `poll_interval` seconds.

Polling finds changed tickets by (id, version) among those updated in a trailing window, so it
sees claims, resolutions and imports (every one bumps the version and `updated_at`); a re-score
changes neither, and shows after the next "everything" or notification.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import make_conninfo
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from triage.store.tables import TicketRow

log = logging.getLogger(__name__)

CHANNEL = "triage_tickets"  # as migration 0007's triggers notify
# libpq settings unless the address sets them: a dead peer is noticed within seconds.
LIBPQ_DEFAULTS = {
    "connect_timeout": "5",
    "keepalives": "1",
    "keepalives_idle": "10",
    "keepalives_interval": "3",
    "keepalives_count": "3",
    "tcp_user_timeout": "15000",
    "application_name": "webcare-triage live",
}
WAIT = 0.25  # longest the thread waits before looking at stop, probes and deadlines
MAX_IDS = 2000  # more changed tickets than this in one poll: "everything"


class FeedState(Enum):
    LIVE = "live"
    RECONNECTING = "reconnecting"  # nothing arrives until the database answers again
    POLLING = "polling"  # not listening, but checking for changes every poll_interval
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class FeedStatus:
    state: FeedState
    reason: str  # plain English words, for the log and the command line
    at: datetime
    retry_in: float | None = None  # seconds to the next attempt to listen


@dataclass(frozen=True, slots=True)
class TicketChange:
    ids: frozenset[int] = frozenset()
    everything: bool = False  # reload all that is shown: too many, or changes may be missed
    via: str = "notify"  # notify | poll | gap

    def touches(self, ticket_id: int) -> bool:
        return self.everything or ticket_id in self.ids


ChangeListener = Callable[[TicketChange], None]
StatusListener = Callable[[FeedStatus], None]


def parse_payload(payload: str) -> TicketChange:
    """`{"ids": [..]}` from the trigger; anything else (the "all" marker too) is everything."""
    try:
        data = json.loads(payload)
    except ValueError:
        return TicketChange(everything=True)
    ids = data.get("ids") if isinstance(data, dict) else None
    if isinstance(ids, list) and all(type(i) is int for i in ids) and not data.get("all"):
        return TicketChange(frozenset(ids))
    return TicketChange(everything=True)


def merge(changes: Iterable[TicketChange], via: str = "notify") -> TicketChange | None:
    ids: set[int] = set()
    everything = False
    seen = False
    for c in changes:
        seen = True
        everything = everything or c.everything
        ids |= c.ids
    return TicketChange(frozenset(ids), everything, via) if seen else None


def conninfo(engine: Engine) -> str:
    """The engine's own connection parameters (password included) as a libpq string."""
    _args, kwargs = engine.dialect.create_connect_args(engine.url)
    params: dict[str, str] = {}
    for key, value in kwargs.items():
        if isinstance(value, str | int):
            params[key] = str(value)
        elif isinstance(value, tuple | list) and all(isinstance(v, str | int) for v in value):
            params[key] = ",".join(str(v) for v in value)  # several hosts
    return make_conninfo("", **(LIBPQ_DEFAULTS | params))


def backoff(attempt: int, first: float = 1.0, most: float = 30.0) -> float:
    """Seconds before listen attempt `attempt` (1-based): 1, 2, 4 … at most 30."""
    return float(min(most, first * 2 ** max(0, attempt - 1)))


class _Silent(Exception):
    """Connected, but our own probe never came back: notifications do not get through."""


class ChangeScanner:
    """Tickets changed since the last look, by (id, version) among those updated in a trailing
    window (`margin`, so a writer whose clock is a little behind is still seen), and the count
    (a deleted ticket). The first scan after `reset()` is the baseline and returns None."""

    def __init__(self, engine: Engine, margin: timedelta = timedelta(seconds=30)) -> None:
        self.engine = engine
        self.margin = margin
        self._seen: dict[int, int] | None = None
        self._high: datetime | None = None
        self._count = 0

    def reset(self) -> None:
        self._seen = None

    def scan(self) -> TicketChange | None:
        with self.engine.connect() as conn:
            count = int(conn.scalar(select(func.count(TicketRow.id))) or 0)
            if self._seen is None:
                self._high = conn.scalar(select(func.max(TicketRow.updated_at)))
            since = (self._high or datetime(1970, 1, 1, tzinfo=UTC)) - self.margin
            rows = conn.execute(
                select(TicketRow.id, TicketRow.version, TicketRow.updated_at).where(
                    TicketRow.updated_at >= since
                )
            ).all()
        seen = {ticket_id: version for ticket_id, version, _at in rows}
        newest = max((at for _i, _v, at in rows), default=None)
        if newest is not None and (self._high is None or newest > self._high):
            self._high = newest
        before, before_count = self._seen, self._count
        self._seen, self._count = seen, count
        if before is None:
            return None
        changed = frozenset(i for i, v in seen.items() if before.get(i) != v)
        if len(changed) > MAX_IDS or (count != before_count and not changed):
            return TicketChange(everything=True, via="poll")
        return TicketChange(changed, via="poll") if changed else None


class TicketFeed:
    """`subscribe(on_change, on_status)`, then `start()`; `stop()` ends the thread cleanly.

    Listeners are called on the feed's thread: hand over to your own (the UI's bridge does)."""

    def __init__(
        self,
        engine: Engine,
        *,
        poll_interval: float = 1.0,
        retry_first: float = 1.0,
        retry_max: float = 30.0,
        heartbeat: float = 10.0,
        probe_timeout: float = 5.0,
    ) -> None:
        self.engine = engine
        self.poll_interval = poll_interval
        self.retry_first = retry_first
        self.retry_max = retry_max
        self.heartbeat = heartbeat
        self.probe_timeout = probe_timeout
        self.scanner = ChangeScanner(engine)
        self._on_change: list[ChangeListener] = []
        self._on_status: list[StatusListener] = []
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._status: FeedStatus | None = None
        self._gap = False  # notifications may have been missed since the last delivery
        self.listener_pid: int | None = None  # backend of the LISTEN connection, when there is one

    @property
    def status(self) -> FeedStatus | None:
        return self._status

    def subscribe(
        self, on_change: ChangeListener | None = None, on_status: StatusListener | None = None
    ) -> None:
        if on_change is not None:
            self._on_change.append(on_change)
        if on_status is not None:
            self._on_status.append(on_status)

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="triage-live", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        thread, self._thread = self._thread, None
        self._stopping.set()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # -- reporting ----------------------------------------------------------------------------

    def _report(self, state: FeedState, reason: str, retry_in: float | None = None) -> None:
        self._status = FeedStatus(state, reason, datetime.now(UTC), retry_in)
        log.info("live updates: %s (%s)", state.value, reason)
        for listener in list(self._on_status):
            try:
                listener(self._status)
            except Exception:
                log.exception("a live-status listener failed")

    def _deliver(self, change: TicketChange | None) -> None:
        if change is None:
            return
        for listener in list(self._on_change):
            try:
                listener(change)
            except Exception:
                log.exception("a ticket-change listener failed")

    def _end_gap(self) -> None:
        if self._gap:
            self._gap = False
            self._deliver(TicketChange(everything=True, via="gap"))

    def _plain(self, exc: BaseException) -> str:
        lines = str(exc).strip().splitlines()
        text = lines[0].strip() if lines else type(exc).__name__
        secret = self.engine.url.password
        if secret:
            text = text.replace(str(secret), "***")
        return text[:200]

    # -- the thread ---------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            if self.engine.dialect.name == "postgresql":
                self._run_postgres()
            else:
                self._run_polling()
        except Exception as exc:  # never silently: the status says it stopped, and why
            log.exception("live updates stopped")
            self._report(FeedState.STOPPED, f"live updates stopped: {self._plain(exc)}")
            return
        self._report(FeedState.STOPPED, "stopped")

    def _run_postgres(self) -> None:
        attempt = 0
        info = conninfo(self.engine)
        while not self._stopping.is_set():
            try:
                conn = psycopg.connect(info, autocommit=True)
            except (psycopg.Error, OSError) as exc:
                attempt += 1
                self._fall_back(attempt, f"cannot listen ({self._plain(exc)})")
                continue
            began = time.monotonic()
            try:
                self._listen(conn)
            except (psycopg.Error, OSError, _Silent) as exc:
                self._gap = True
                why = self._plain(exc)
                self._report(
                    FeedState.RECONNECTING,
                    f"the connection to the database was lost ({why}); reconnecting",
                )
                if time.monotonic() - began >= self.retry_max:
                    attempt = 0  # it had been fine for a while: start the back-off again
                attempt += 1
                self._fall_back(attempt, f"the connection was lost ({why})")
            finally:
                self.listener_pid = None
                conn.close()

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        pid = conn.info.backend_pid
        probe = f"triage_live_{pid}"  # only this connection listens here
        for channel in (CHANNEL, probe):
            conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
        self.listener_pid = pid
        confirmed = False
        probe_due = time.monotonic()
        probe_deadline: float | None = None
        while not self._stopping.is_set():
            now = time.monotonic()
            if probe_deadline is None and now >= probe_due:
                conn.execute("SELECT pg_notify(%s, 'probe')", (probe,))
                probe_deadline = now + self.probe_timeout
            elif probe_deadline is not None and now > probe_deadline:
                raise _Silent("notifications stopped arriving")
            got = list(conn.notifies(timeout=WAIT, stop_after=1))
            if got:
                got.extend(conn.notifies(timeout=0))  # and whatever came in the same burst
            changes = []
            for n in got:
                if n.channel == probe:
                    probe_deadline = None
                    if not confirmed:
                        confirmed = True
                        self._report(FeedState.LIVE, "listening for changes from other desks")
                        self._end_gap()
                else:
                    changes.append(parse_payload(n.payload))
            if got:
                probe_due = time.monotonic() + self.heartbeat  # quiet for a while: ask again
            self._deliver(merge(changes))

    def _fall_back(self, attempt: int, why: str) -> None:
        """Check the table every poll_interval until the next attempt to listen is due."""
        self._gap = True
        wait = backoff(attempt, self.retry_first, self.retry_max)
        deadline = time.monotonic() + wait
        reported: FeedState | None = None
        while not self._stopping.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            try:
                change = self.scanner.scan()
            except (SQLAlchemyError, psycopg.Error, OSError) as exc:
                self.scanner.reset()  # the next good scan is a new baseline, then "everything"
                self._gap = True
                if reported is not FeedState.RECONNECTING:
                    reported = FeedState.RECONNECTING
                    self._report(
                        reported,
                        f"the database cannot be reached ({self._plain(exc)}); "
                        f"trying again in {left:.0f} s",
                        left,
                    )
            else:
                if reported is not FeedState.POLLING:
                    reported = FeedState.POLLING
                    self._report(
                        reported,
                        f"{why}: checking for changes every {self.poll_interval:g} s; "
                        f"listening again in {left:.0f} s",
                        left,
                    )
                self._end_gap()  # after the baseline: what changed in the gap is reloaded
                self._deliver(change)
            self._stopping.wait(max(0.0, min(self.poll_interval, deadline - time.monotonic())))

    def _run_polling(self) -> None:
        """SQLite: `PRAGMA data_version` moves when another connection commits."""
        path = self.engine.url.database
        if not path or path == ":memory:":
            self._report(FeedState.LIVE, "an in-memory database: only this desk writes to it")
            self._stopping.wait()
            return
        lite: sqlite3.Connection | None = None
        version: object = None
        try:
            while not self._stopping.is_set():
                try:
                    if lite is None:
                        lite = sqlite3.connect(path, timeout=5, isolation_level=None)
                        version = lite.execute("PRAGMA data_version").fetchone()
                        self.scanner.reset()
                        self.scanner.scan()
                        self._report(
                            FeedState.LIVE,
                            f"checking the database file for changes every "
                            f"{self.poll_interval:g} s",
                        )
                        self._end_gap()
                    now = lite.execute("PRAGMA data_version").fetchone()
                    if now != version:
                        version = now
                        change = self.scanner.scan()
                        self._deliver(change or TicketChange(everything=True, via="poll"))
                except (sqlite3.Error, SQLAlchemyError) as exc:
                    if lite is not None:
                        lite.close()
                        lite = None
                    self._gap = True
                    if self._status is None or self._status.state is not FeedState.RECONNECTING:
                        self._report(
                            FeedState.RECONNECTING,
                            f"the database file cannot be read ({self._plain(exc)}); trying again",
                            self.poll_interval,
                        )
                self._stopping.wait(self.poll_interval)
        finally:
            if lite is not None:
                lite.close()
