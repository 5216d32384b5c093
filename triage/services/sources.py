"""Live sources: add, change, test, poll and judge them.

A poll fetches outside any transaction (the network is slow), then stores each page's items and
the cursor after them in one transaction, so a crash at any point neither loses nor doubles a
message: items without their cursor are dropped as known on the next poll, and a cursor never
moves past items that were not stored.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from triage.clock import Clock
from triage.domain.access import Permission
from triage.domain.errors import NotFound, TriageError
from triage.domain.models import ImportReport, QuarantineEntry, RawMention
from triage.domain.sources import PollOutcome, SourceView
from triage.ingest.importer import Importer
from triage.sources import health, secrets
from triage.sources.base import ErrorKind, Fetcher, FetchResult, SourceError, SourceKind, SourceSpec
from triage.store.db import unit_of_work
from triage.store.tables import MentionRow, QuarantineRow, SourcePollRow, SourceRow

log = logging.getLogger(__name__)

MAX_PAGES = 20  # pages one poll may take before leaving the rest for the next
BACKOFF_CAP = timedelta(hours=1)
MIN_INTERVAL = 30
MAX_ITEMS_PER_POLL = 1000
FetcherFactory = Callable[[SourceKind], Fetcher]


class SourceInvalid(TriageError):
    """A source's settings cannot work; the message says which and why."""


@dataclass(frozen=True, slots=True)
class NewSource:
    name: str
    kind: SourceKind
    target: str
    interval_s: int = 300
    keywords: tuple[str, ...] = ()
    settings: Mapping[str, Any] | None = None
    items_per_poll: int = 200
    enabled: bool = True


def default_factory(kind: SourceKind) -> Fetcher:
    from triage.sources.registry import fetcher_for

    return fetcher_for(kind)


def validate(src: NewSource) -> None:
    if not src.name.strip():
        raise SourceInvalid("A source needs a name.")
    if src.interval_s < MIN_INTERVAL:
        raise SourceInvalid(f"The interval must be at least {MIN_INTERVAL} seconds.")
    if not 1 <= src.items_per_poll <= MAX_ITEMS_PER_POLL:
        raise SourceInvalid(f"Items per poll must be between 1 and {MAX_ITEMS_PER_POLL}.")
    target = src.target.strip()
    if not target:
        raise SourceInvalid("A source needs a target: a URL, a mail host or a folder.")
    if src.kind in (SourceKind.RSS, SourceKind.MASTODON, SourceKind.BLUESKY):
        url = urlparse(target)
        if url.scheme not in ("http", "https") or not url.netloc:
            raise SourceInvalid(f"'{target}' is not a web address (http:// or https://).")
    if src.kind is SourceKind.IMAP and "/" in target:
        raise SourceInvalid("The mail server is a host name with an optional :port.")


def _scrub(text: str, secret: str) -> str:
    return text.replace(secret, "•••") if secret else text


class SourceService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        importer: Importer,
        clock: Clock,
        factory: FetcherFactory | None = None,
    ) -> None:
        self.sessions = sessions
        self.importer = importer
        self.clock = clock
        self.factory = factory or default_factory
        self._fetchers: dict[SourceKind, Fetcher] = {}
        self._locks: dict[int, threading.Lock] = {}
        self._guard = threading.Lock()
        # The facade's gate: (permission, acting agent or None for the signed-in person).
        self.check: Callable[[Permission, str | None], None] = _open_gate

    # -- managing ---------------------------------------------------------------------------

    def add(self, src: NewSource, secret: str = "") -> SourceView:
        self.check(Permission.MANAGE_SOURCES, None)
        validate(src)
        with unit_of_work(self.sessions) as s:
            if s.scalar(select(SourceRow.id).where(SourceRow.name == src.name)) is not None:
                raise SourceInvalid(f"There is already a source called '{src.name}'.")
            if secret:
                secrets.store(src.name, secret)  # first: no row for a secret we could not keep
            row = SourceRow(
                name=src.name.strip(),
                kind=src.kind.value,
                target=src.target.strip(),
                settings=dict(src.settings or {}),
                keywords=list(src.keywords),
                interval_s=src.interval_s,
                items_per_poll=src.items_per_poll,
                enabled=src.enabled,
                created_at=self.clock.now(),
            )
            s.add(row)
            s.flush()
            return self._view(s, row)

    def update(
        self, name: str, changes: Mapping[str, Any], secret: str | None = None
    ) -> SourceView:
        self.check(Permission.MANAGE_SOURCES, None)
        allowed = {"name", "target", "settings", "keywords", "interval_s", "items_per_poll"}
        allowed |= {"enabled"}
        unknown = set(changes) - allowed
        if unknown:
            raise SourceInvalid(f"Unknown source setting: {', '.join(sorted(unknown))}.")
        with unit_of_work(self.sessions) as s:
            row = self._row(s, name)
            merged = NewSource(
                name=changes.get("name", row.name),
                kind=SourceKind(row.kind),
                target=changes.get("target", row.target),
                interval_s=int(changes.get("interval_s", row.interval_s)),
                keywords=tuple(changes.get("keywords", row.keywords)),
                settings=changes.get("settings", row.settings),
                items_per_poll=int(changes.get("items_per_poll", row.items_per_poll)),
                enabled=bool(changes.get("enabled", row.enabled)),
            )
            validate(merged)
            if merged.name != row.name:
                secrets.rename(row.name, merged.name)
            if merged.target != row.target:
                row.cursor = ""  # another feed or mailbox: its own position
            row.name, row.target = merged.name, merged.target
            row.interval_s, row.items_per_poll = merged.interval_s, merged.items_per_poll
            row.keywords, row.settings = list(merged.keywords), dict(merged.settings or {})
            if merged.enabled and not row.enabled:
                row.error_streak, row.paused_until = 0, None
            row.enabled = merged.enabled
            if secret is not None:
                if secret:
                    secrets.store(row.name, secret)
                else:
                    secrets.delete(row.name)
            return self._view(s, row)

    def remove(self, name: str) -> None:
        self.check(Permission.MANAGE_SOURCES, None)
        with unit_of_work(self.sessions) as s:
            row = self._row(s, name)
            # Messages stay: they are the customers' words, whatever brought them in.
            s.execute(
                update(MentionRow).where(MentionRow.source_id == row.id).values(source_id=None)
            )
            s.execute(delete(SourcePollRow).where(SourcePollRow.source_id == row.id))
            s.delete(row)
        secrets.delete(name)

    def all(self) -> list[SourceView]:
        with self.sessions() as s:
            rows = s.scalars(select(SourceRow).order_by(SourceRow.name)).all()
            return [self._view(s, r) for r in rows]

    def get(self, name: str) -> SourceView:
        with self.sessions() as s:
            return self._view(s, self._row(s, name))

    def unhealthy(self) -> int:
        return sum(1 for v in self.all() if v.health.unhealthy)

    # -- polling ----------------------------------------------------------------------------

    def preview(self, name: str, limit: int = 5) -> list[RawMention | QuarantineEntry]:
        """Fetch a few items from the start without storing anything: the dialog's Test."""
        self.check(Permission.READ_CASES, None)
        with self.sessions() as s:
            spec = self._spec(self._row(s, name))
        return self.fetch_preview(spec, limit)

    def fetch_preview(self, spec: SourceSpec, limit: int = 5) -> list[RawMention | QuarantineEntry]:
        try:
            result = self._fetcher(spec.kind).fetch(spec, "", limit)
        except SourceError as error:
            raise SourceError(error.kind, _scrub(error.message, spec.secret)) from None
        return result.items[:limit]

    def poll_all(self, force: bool = False) -> list[PollOutcome]:
        with self.sessions() as s:
            names = list(
                s.scalars(select(SourceRow.name).where(SourceRow.enabled).order_by(SourceRow.name))
            )
        return [self.poll(name, force=force) for name in names]

    def schedule(self) -> list[tuple[int, str, int]]:
        """(id, name, interval) of every enabled source: what the scheduler runs."""
        with self.sessions() as s:
            rows = s.execute(
                select(SourceRow.id, SourceRow.name, SourceRow.interval_s).where(SourceRow.enabled)
            )
            return [(i, n, v) for i, n, v in rows]

    def poll_id(self, source_id: int, force: bool = False) -> PollOutcome:
        with self.sessions() as s:
            row = s.get(SourceRow, source_id)
            if row is None:
                raise NotFound("source", source_id)
            name = row.name
        return self.poll(name, force)

    def poll(self, name: str, force: bool = False) -> PollOutcome:
        with self.sessions() as s:
            row = self._row(s, name)
            source_id, paused, name = row.id, row.paused_until, row.name
        lock = self._lock(source_id)
        if not lock.acquire(blocking=False):
            return PollOutcome(name, status="skipped", note="already polling")
        try:
            now = self.clock.now()
            if not force and paused is not None and paused > now:
                return PollOutcome(name, status="skipped", note=f"paused until {paused}")
            return self._poll(source_id)
        finally:
            lock.release()

    def _poll(self, source_id: int) -> PollOutcome:
        started = time.monotonic()
        with self.sessions() as s:
            row = s.get(SourceRow, source_id)
            if row is None:
                raise NotFound("source", source_id)
            spec, cursor, limit, interval = (
                self._spec(row),
                row.cursor,
                row.items_per_poll,
                row.interval_s,
            )
        total = ImportReport()
        fetched = pages = 0
        note = ""
        fetcher = self._fetcher(spec.kind)
        while True:
            try:
                result = fetcher.fetch(spec, cursor, limit)
            except SourceError as error:
                return self._failed(source_id, spec, error, total, fetched, pages, started)
            except Exception as error:  # a fetcher's bug must not stop the scheduler
                log.exception("source %s: unexpected failure", spec.name)
                unexpected = SourceError(
                    ErrorKind.MALFORMED,
                    f"Unexpected problem reading the source: {type(error).__name__}: {error}",
                )
                return self._failed(source_id, spec, unexpected, total, fetched, pages, started)
            pages += 1
            fetched += sum(1 for i in result.items if isinstance(i, RawMention))
            report = self._store(source_id, spec, result, interval)
            for key in ("added", "duplicates", "quarantined"):
                setattr(total, key, getattr(total, key) + getattr(report, key))
            note = result.note or note
            cursor = result.cursor
            if result.after_commit is not None:
                try:
                    result.after_commit()
                except OSError as error:  # e.g. a dropped file could not be moved
                    note = f"stored, but could not tidy up: {error}"
            if not result.more or result.retry_after or pages >= MAX_PAGES:
                break
        seconds = time.monotonic() - started
        self._record_poll(source_id, total, fetched, "ok", "", seconds)
        return PollOutcome(
            spec.name,
            added=total.added,
            fetched=fetched,
            duplicates=total.duplicates,
            quarantined=total.quarantined,
            pages=pages,
            note=note,
        )

    def _store(
        self, source_id: int, spec: SourceSpec, result: FetchResult, interval: int
    ) -> ImportReport:
        now = self.clock.now()
        with unit_of_work(self.sessions) as s:
            report = self.importer.store_polled(s, result.items, spec.name, source_id)
            row = s.get(SourceRow, source_id)
            assert row is not None
            row.cursor = result.cursor  # the same transaction as the items: exactly once
            row.last_poll_at = row.last_success_at = now
            row.last_error, row.last_error_kind, row.error_streak = "", "", 0
            row.last_added = report.added
            row.paused_until = (
                now + timedelta(seconds=result.retry_after) if result.retry_after else None
            )
        return report

    def _failed(
        self,
        source_id: int,
        spec: SourceSpec,
        error: SourceError,
        total: ImportReport,
        fetched: int,
        pages: int,
        started: float,
    ) -> PollOutcome:
        now = self.clock.now()
        message = _scrub(error.message, spec.secret)
        with unit_of_work(self.sessions) as s:
            row = s.get(SourceRow, source_id)
            assert row is not None
            first_of_its_kind = row.error_streak == 0 or row.last_error != message
            row.error_streak += 1
            row.last_poll_at = now
            row.last_error, row.last_error_kind = message, error.kind.value
            row.paused_until = now + self._backoff(row.interval_s, row.error_streak, error)
            if first_of_its_kind:  # one entry a failure, not one a retry
                s.add(
                    QuarantineRow(
                        origin=f"source {spec.name}",
                        line=0,
                        reason=f"{error.kind.value}: {message}",
                        raw="",
                        created_at=now,
                    )
                )
        self._record_poll(
            source_id, total, fetched, error.kind.value, message, time.monotonic() - started
        )
        return PollOutcome(
            spec.name,
            added=total.added,
            fetched=fetched,
            duplicates=total.duplicates,
            quarantined=total.quarantined + 1,
            status=error.kind.value,
            error=message,
            pages=pages,
        )

    @staticmethod
    def _backoff(interval: int, streak: int, error: SourceError) -> timedelta:
        if error.retry_after is not None:
            return timedelta(seconds=max(error.retry_after, 1.0))  # the server's word
        grown = max(interval, MIN_INTERVAL) * 2 ** min(streak - 1, 12)
        return min(timedelta(seconds=grown), BACKOFF_CAP)

    def _record_poll(
        self,
        source_id: int,
        report: ImportReport,
        fetched: int,
        status: str,
        error: str,
        seconds: float,
    ) -> None:
        with unit_of_work(self.sessions) as s:
            s.add(
                SourcePollRow(
                    source_id=source_id,
                    at=self.clock.now(),
                    added=report.added,
                    fetched=fetched,
                    quarantined=report.quarantined,
                    status=status,
                    error=error,
                    seconds=round(seconds, 3),
                )
            )

    # -- helpers ----------------------------------------------------------------------------

    def _fetcher(self, kind: SourceKind) -> Fetcher:
        if kind not in self._fetchers:
            self._fetchers[kind] = self.factory(kind)
        return self._fetchers[kind]

    def _lock(self, source_id: int) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(source_id, threading.Lock())

    @staticmethod
    def _row(s: Session, name: str) -> SourceRow:
        row = s.scalar(select(SourceRow).where(SourceRow.name == name))
        if row is None and name.isdigit():
            row = s.get(SourceRow, int(name))
        if row is None:
            raise NotFound("source", name)
        return row

    @staticmethod
    def _spec(row: SourceRow) -> SourceSpec:
        return SourceSpec(
            name=row.name,
            kind=SourceKind(row.kind),
            target=row.target,
            settings=dict(row.settings),
            keywords=tuple(str(k) for k in row.keywords),
            secret=secrets.load(row.name),
        )

    def _view(self, s: Session, row: SourceRow) -> SourceView:
        now = self.clock.now()
        polls = [
            health.PollStat(at, added, status == "ok")
            for at, added, status in s.execute(
                select(SourcePollRow.at, SourcePollRow.added, SourcePollRow.status)
                .where(SourcePollRow.source_id == row.id, SourcePollRow.at >= now - health.HISTORY)
                .order_by(SourcePollRow.at)
            )
        ]
        has_secret = bool(secrets.load(row.name))
        state = health.SourceState(
            kind=row.kind,
            enabled=row.enabled,
            has_secret=has_secret,
            created_at=row.created_at,
            last_poll_at=row.last_poll_at,
            last_success_at=row.last_success_at,
            last_error_kind=row.last_error_kind,
            error_streak=row.error_streak,
            paused_until=row.paused_until,
        )
        day = now - timedelta(hours=24)
        added_24h = sum(p.added for p in polls if p.at >= day)
        return SourceView(
            id=row.id,
            name=row.name,
            kind=row.kind,
            target=row.target,
            enabled=row.enabled,
            interval_s=row.interval_s,
            items_per_poll=row.items_per_poll,
            keywords=tuple(str(k) for k in row.keywords),
            settings=dict(row.settings),
            has_secret=has_secret,
            last_poll_at=row.last_poll_at,
            last_success_at=row.last_success_at,
            last_error=row.last_error,
            last_error_kind=row.last_error_kind,
            error_streak=row.error_streak,
            paused_until=row.paused_until,
            last_added=row.last_added,
            added_24h=added_24h,
            health=health.judge(state, polls, now),
        )


def _open_gate(_permission: Permission, _agent: str | None = None) -> None:
    """Until the facade hands over its gate, everything is the system's own work."""
