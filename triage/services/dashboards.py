"""The team lead's dashboards and live board, computed in the database with aggregates.

Every figure comes from GROUP BY queries over bucket expressions: `substr(col, 1, 10|13)` on
SQLite (the store keeps UTC times as 'YYYY-MM-DD HH:MM:SS.ffffff' text, so that is the UTC day
or hour, and weeks are rolled up from days in an outer query), `date_trunc` on PostgreSQL. No
message, ticket or survey row is loaded into Python: at most one row per bucket and channel.

Speed (a year of 1,000,000 tickets within a second on SQLite; benchmarks/dashboards.py):
migration 0006 adds indexes whose column order is the GROUP BY order, so SQLite walks them in
order instead of sorting a million rows, and whose entries hold everything a query reads
(covering). The per-ticket SLA state and the response and resolution times are *expressions*
in those indexes (RESPONSE_STATE, RESOLUTION_SECONDS, …): SQLite computes them when a ticket is
written, and finds the median and p90 of a bucket by stepping into the index, already in order
(`ORDER BY expr LIMIT 1 OFFSET k`; a week merges its seven days' runs), instead of sorting.
The strings below are the indexes' own: SQLite uses an expression index only for the identical
expression, so tests/core/test_dashboards.py checks them against the migrated file and the
query plans. Percentiles are exact nearest-rank ones (⌈p·n⌉-th smallest), the same as
PostgreSQL's `percentile_disc`, which that dialect uses instead (the same test compares both).

Why no summary table: pure indexes reach the target (about 0.6 s for the year on the benchmark
machine with the facade's two lanes, 0.8–1.1 s in one lane), and they are never stale, need no
upkeep in the importer or the actions, and cannot drift from the rows. A per-day summary
(day, channel → counts, sentiment sum, SLA counts, response-time histograms) would bring the
year to a few tens of milliseconds and is the next step past ~3 million tickets a year; it
needs a table in triage/store/tables.py and writers that keep it (or triggers).

What the figures mean:
- first-response SLA: the first reply (or, without one, the resolution) by opened_at +
  sla_minutes in *calendar* minutes; a business-hours policy stops its clock at night, which
  the stored row no longer shows once answered (sla_due_at is cleared), so compliance under
  such a policy is read strictly;
- resolution SLA: resolved_at against the stored resolution_due_at (tickets without one: not
  counted);
- a ticket whose target passed before the period end without an answer is breached; one
  whose target is still ahead is not counted yet.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    bindparam,
    case,
    exists,
    func,
    literal_column,
    or_,
    select,
    table,
    union_all,
)
from sqlalchemy.orm import Session, sessionmaker

from triage.domain.dashboards import (
    BACKLOG_BANDS,
    SEGMENT_ORDER,
    AgentLoad,
    BacklogBand,
    Bucket,
    Dashboard,
    Period,
    SegmentCount,
    SlaPoint,
    SurveyPoint,
    TimesPoint,
    Totals,
    finite,
)
from triage.domain.enums import Direction, Role, TicketStatus
from triage.loyalty.nps import group_nps
from triage.store.tables import AgentRow, CustomerRow, ResolutionRow, TicketRow
from triage.store.types import UTCDateTime

__all__ = [
    "Dashboard",
    "Period",
    "dashboard",
    "dashboard_concurrent",
    "live_board",
    "unclaimed_waiting",
]

# -- the SQLite expressions the dashboard indexes hold (identical text in migration 0006) -----

OPENED_DAY = "substr(opened_at, 1, 10)"
CREATED_DAY = "substr(created_at, 1, 10)"
SURVEY_DAY = "substr(at, 1, 10)"
_ANSWERED_AT = "coalesce(first_response_at, resolved_at)"
# 1 met, 0 breached, NULL not known yet: the first reply (or, without one, the resolution)
# by opened_at + sla_minutes. julianday() works in days; the tolerance is 6 ms.
RESPONSE_STATE = (
    f"(CASE WHEN {_ANSWERED_AT} IS NULL THEN NULL "
    f"WHEN (julianday({_ANSWERED_AT}) - julianday(opened_at)) * 1440.0 <= sla_minutes + 0.0001 "
    "THEN 1 ELSE 0 END)"
)
RESOLUTION_STATE = (
    "(CASE WHEN resolution_due_at IS NULL OR resolved_at IS NULL THEN NULL "
    "WHEN resolved_at <= resolution_due_at THEN 1 ELSE 0 END)"
)
RESPONSE_SECONDS = (
    "(CAST(round((julianday(first_response_at) - julianday(opened_at)) * 86400.0) AS INTEGER))"
)
RESOLUTION_SECONDS = (
    "(CAST(round((julianday(resolved_at) - julianday(opened_at)) * 86400.0) AS INTEGER))"
)
UNANSWERED = "(first_response_at IS NULL)"
UNRESOLVED = "(resolved_at IS NULL)"

# The same figures on PostgreSQL (no expression indexes there: it aggregates with hashing).
_PG = {
    RESPONSE_STATE: (
        f"(CASE WHEN {_ANSWERED_AT} IS NULL THEN NULL "
        f"WHEN {_ANSWERED_AT} <= opened_at + sla_minutes * interval '1 minute' "
        "THEN 1 ELSE 0 END)"
    ),
    RESOLUTION_STATE: RESOLUTION_STATE,
    RESPONSE_SECONDS: (
        "(CAST(round(extract(epoch FROM first_response_at - opened_at)) AS INTEGER))"
    ),
    RESOLUTION_SECONDS: "(CAST(round(extract(epoch FROM resolved_at - opened_at)) AS INTEGER))",
    UNANSWERED: UNANSWERED,
    UNRESOLVED: UNRESOLVED,
}

INDEX_EXPRESSIONS: dict[str, tuple[str, ...]] = {
    # index name: its expression columns, in order (the test compares them with the file)
    "ix_mentions_dashboard": (CREATED_DAY,),
    "ix_tickets_dashboard_sla": (
        OPENED_DAY,
        RESPONSE_STATE,
        RESOLUTION_STATE,
        UNANSWERED,
        UNRESOLVED,
    ),
    "ix_tickets_dashboard_response": (OPENED_DAY, RESPONSE_SECONDS),
    "ix_tickets_dashboard_resolution": (OPENED_DAY, RESOLUTION_SECONDS),
    "ix_surveys_dashboard": (SURVEY_DAY,),
}

Key = Any  # a bucket key as the database returns it: 'YYYY-MM-DD[ HH]' text or a timestamp


def _stamp() -> float:
    return time.perf_counter()


@dataclass(frozen=True, slots=True)
class _Scope:
    """One dashboard query: the period in the database's own terms."""

    period: Period
    channels: tuple[str, ...]
    sqlite: bool
    first: datetime  # the first bucket's start
    end: datetime  # exclusive
    day0: str  # the first day's key (SQLite)
    day1: str  # the day after the last one (exclusive)

    @property
    def bucket(self) -> Bucket:
        return self.period.bucket

    def sql(self, sqlite_expression: str) -> ColumnElement[Any]:
        return literal_column(sqlite_expression if self.sqlite else _PG[sqlite_expression])

    def key(self, column: str) -> ColumnElement[Any]:
        """The bucket of a time column (on SQLite: the day, for a week, rolled up later)."""
        if self.sqlite:
            return literal_column(f"substr({column}, 1, {13 if self.bucket == 'hour' else 10})")
        return func.date_trunc(self.bucket, literal_column(column))

    def day_range(self, column: str, col: ColumnElement[Any]) -> list[ColumnElement[bool]]:
        """WHERE terms for [first, end) on a time column: on SQLite through its day key."""
        if not self.sqlite:
            return [col >= _at(self.first), col < _at(self.end)]
        day: ColumnElement[str] = literal_column(f"substr({column}, 1, 10)")
        terms = [day >= self.day0, day < self.day1, col < _at(self.end)]
        if self.bucket == "hour":
            terms.append(col >= _at(self.first))
        return terms

    def in_channels(self, col: ColumnElement[str]) -> list[ColumnElement[bool]]:
        return [col.in_(self.channels)] if self.channels else []

    def to_datetime(self, key: Key) -> datetime:
        if isinstance(key, datetime):
            return key.replace(tzinfo=UTC) if key.tzinfo is None else key.astimezone(UTC)
        text = str(key)
        fmt = "%Y-%m-%d %H" if len(text) == 13 else "%Y-%m-%d"
        return datetime.strptime(text, fmt).replace(tzinfo=UTC)

    def weekly(
        self, inner: Select[Any], sums: Sequence[str], keep: Sequence[str] = ()
    ) -> Select[Any]:
        """SQLite: roll a day-keyed aggregate up to ISO weeks (Monday) in an outer GROUP BY."""
        if not (self.sqlite and self.bucket == "week"):
            return inner
        sub = inner.subquery()
        week = func.date(sub.c.k, "-6 days", "weekday 1")
        cols = [sub.c[name] for name in keep]
        return select(
            week.label("k"), *cols, *(func.sum(sub.c[name]).label(name) for name in sums)
        ).group_by(week, *cols)


def _at(value: datetime) -> ColumnElement[datetime]:
    """A bound time, written the way the store writes times (so text comparison works)."""
    return bindparam(None, value, type_=UTCDateTime())


def _scope(session: Session, period: Period, channels: Sequence[str] | None) -> _Scope:
    first = period.first
    end = period.end.astimezone(UTC)
    last_day = (end - timedelta(microseconds=1)).date()
    return _Scope(
        period=period,
        channels=tuple(sorted(set(channels or ()))),
        sqlite=session.get_bind().dialect.name == "sqlite",
        first=first,
        end=end,
        day0=first.date().isoformat(),
        day1=(last_day + timedelta(days=1)).isoformat(),
    )


# -- the parts -------------------------------------------------------------------------------


def _volume(conn: Connection, q: _Scope) -> dict[datetime, dict[str, tuple[int, float]]]:
    """Inbound messages per bucket and channel: (count, sum of sentiment)."""
    key = q.key("created_at")
    channel: ColumnElement[str] = literal_column("channel")
    created = literal_column("created_at", UTCDateTime())
    inner = (
        select(
            key.label("k"),
            channel.label("channel"),
            func.count().label("n"),
            func.sum(literal_column("sentiment")).label("sentiment"),
        )
        .select_from(table("mentions"))
        .where(
            literal_column("direction") == Direction.INBOUND.value,
            *q.day_range("created_at", created),
            *q.in_channels(channel),
        )
        .group_by(key, channel)
    )
    out: dict[datetime, dict[str, tuple[int, float]]] = defaultdict(dict)
    for k, ch, n, total in conn.execute(q.weekly(inner, ("n", "sentiment"), ("channel",))):
        out[q.to_datetime(k)][str(ch)] = (int(n), float(total or 0.0))
    return out


@dataclass(slots=True)
class _SlaCounts:
    opened: int = 0
    answered: int = 0  # tickets with a first reply: the n behind the response-time percentiles
    resolved: int = 0
    response_met: int = 0
    response_breached: int = 0
    resolution_met: int = 0
    resolution_breached: int = 0


def _sla(conn: Connection, q: _Scope) -> dict[datetime, _SlaCounts]:
    """Tickets opened per bucket and what is known of their targets (see SlaPoint)."""
    key = q.key("opened_at")
    opened = literal_column("opened_at", UTCDateTime())
    states = [q.sql(RESPONSE_STATE), q.sql(RESOLUTION_STATE), q.sql(UNANSWERED), q.sql(UNRESOLVED)]
    names = ("response", "resolution", "unanswered", "unresolved")
    inner = (
        select(
            key.label("k"),
            *(s.label(n) for s, n in zip(states, names, strict=True)),
            func.count().label("n"),
        )
        .select_from(table("tickets"))
        .where(*q.day_range("opened_at", opened), *q.in_channels(literal_column("channel")))
        .group_by(key, *states)
    )
    out: dict[datetime, _SlaCounts] = defaultdict(_SlaCounts)
    for k, response, resolution, unanswered, unresolved, n in conn.execute(
        q.weekly(inner, ("n",), names)
    ):
        c = out[q.to_datetime(k)]
        n = int(n)
        c.opened += n
        c.answered += 0 if _truthy(unanswered) else n
        c.resolved += 0 if _truthy(unresolved) else n
        if response is not None:
            if _truthy(response):
                c.response_met += n
            else:
                c.response_breached += n
        if resolution is not None:
            if _truthy(resolution):
                c.resolution_met += n
            else:
                c.resolution_breached += n
    # Still open: a target that passed before the period end is breached, whatever comes next.
    ref = _at(q.end)
    if q.sqlite:  # as RESPONSE_STATE: late when more than sla_minutes (+ 6 ms) have passed
        late_reply = (func.julianday(ref) - literal_column("julianday(opened_at)")) * 1440.0 > (
            literal_column("sla_minutes") + 0.0001
        )
    else:
        late_reply = literal_column("opened_at + sla_minutes * interval '1 minute'") < ref
    due = literal_column("resolution_due_at", UTCDateTime())
    live_key = (
        literal_column(f"substr(opened_at, 1, {13 if q.bucket == 'hour' else 10})")
        if q.sqlite
        else key
    )
    live = (
        select(
            live_key.label("k"),
            func.sum(
                case((and_(literal_column("first_response_at").is_(None), late_reply), 1), else_=0)
            ).label("late_reply"),
            func.sum(case((and_(due.is_not(None), due < ref), 1), else_=0)).label(
                "late_resolution"
            ),
        )
        .select_from(table("tickets"))
        .where(
            literal_column("resolved_at").is_(None),
            opened >= _at(q.first),
            opened < _at(q.end),
            *q.in_channels(literal_column("channel")),
        )
        .group_by(live_key)
    )
    for k, late_reply_n, late_resolution_n in conn.execute(
        q.weekly(live, ("late_reply", "late_resolution"))
    ):
        c = out[q.to_datetime(k)]
        c.response_breached += int(late_reply_n or 0)
        c.resolution_breached += int(late_resolution_n or 0)
    return out


def _truthy(value: object) -> bool:
    return bool(value) and value != "0"


def _times(
    conn: Connection, q: _Scope, counts: Mapping[datetime, _SlaCounts]
) -> dict[datetime, TimesPoint]:
    """Median and p90 of first response and resolution time per opening bucket."""
    if not q.sqlite:
        return _times_percentile_disc(conn, q)
    # SQLite: the index holds each day's tickets in order of the time; the ⌈p·n⌉-th one is
    # found by stepping into that order, the p90 from the far end (n is known from _sla).
    # A week is its seven days' ordered runs merged (a compound SELECT's ORDER BY merges its
    # index-ordered arms), so no bucket is ever sorted.
    day: ColumnElement[str] = literal_column(OPENED_DAY)
    opened = literal_column("opened_at", UTCDateTime())
    where: list[ColumnElement[bool]] = [
        *q.in_channels(literal_column("channel")),
        opened < _at(q.end),
    ]
    days = 7 if q.bucket == "week" else 1

    def nth(expression: str, b: int, name: str, descending: bool) -> ColumnElement[Any]:
        """The value at a bound position of bucket b's order (b: the slot in a batch)."""
        value: ColumnElement[Any] = literal_column(expression)
        terms = list(where)
        if q.bucket == "hour":
            terms += [
                opened >= bindparam(f"lo{b}", type_=UTCDateTime()),
                opened < bindparam(f"hi{b}", type_=UTCDateTime()),
            ]
        arms = [
            select(value.label("v"))
            .select_from(table("tickets"))
            .where(day == bindparam(f"day{b}_{i}"), value.is_not(None), *terms)
            for i in range(days)
        ]
        position: ColumnElement[Any] = bindparam(f"{name}{b}", type_=None)
        if days == 1:
            ordered = arms[0].order_by(value.desc() if descending else value)
            return ordered.limit(1).offset(position).scalar_subquery()
        key: ColumnElement[Any] = literal_column("1")
        merged = union_all(*arms).order_by(key.desc() if descending else key)
        return merged.limit(1).offset(position).scalar_subquery()

    def statement(size: int) -> Select[Any]:
        """Four lookups for each of `size` buckets in one statement (fewer round trips)."""
        return select(
            *(
                column
                for b in range(size)
                for column in (
                    nth(RESPONSE_SECONDS, b, "r50_", False),
                    nth(RESPONSE_SECONDS, b, "r90_", True),
                    nth(RESOLUTION_SECONDS, b, "s50_", False),
                    nth(RESOLUTION_SECONDS, b, "s90_", True),
                )
            )
        )

    todo = [(at, c) for at, c in sorted(counts.items()) if c.answered or c.resolved]
    batch = 8 if days == 1 else 2
    statements: dict[int, Select[Any]] = {}
    out: dict[datetime, TimesPoint] = {}
    for first in range(0, len(todo), batch):
        chunk = todo[first : first + batch]
        params: dict[str, Any] = {}
        for b, (at, c) in enumerate(chunk):
            params |= {
                f"r50_{b}": _ask_offset(c.answered),
                f"r90_{b}": _desc_offset(c.answered),
                f"s50_{b}": _ask_offset(c.resolved),
                f"s90_{b}": _desc_offset(c.resolved),
            }
            for i in range(days):
                params[f"day{b}_{i}"] = (at + timedelta(days=i)).date().isoformat()
            if q.bucket == "hour":
                params[f"lo{b}"], params[f"hi{b}"] = at, at + timedelta(hours=1)
        if len(chunk) not in statements:
            statements[len(chunk)] = statement(len(chunk))
        row = conn.execute(statements[len(chunk)], params).one()
        for b, (at, c) in enumerate(chunk):
            r50, r90, s50, s90 = row[4 * b : 4 * b + 4]
            out[at] = TimesPoint(
                response_n=c.answered,
                response_median=_int(r50) if c.answered else None,
                response_p90=_int(r90) if c.answered else None,
                resolution_n=c.resolved,
                resolution_median=_int(s50) if c.resolved else None,
                resolution_p90=_int(s90) if c.resolved else None,
            )
    return out


def _ask_offset(n: int) -> int:
    """0-based position of the median: the ⌈n/2⌉-th smallest."""
    return max(0, (n + 1) // 2 - 1)


def _desc_offset(n: int) -> int:
    """0-based position, from the largest down, of the ⌈0.9·n⌉-th smallest."""
    return max(0, n - (9 * n + 9) // 10)


def _int(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


def _times_percentile_disc(conn: Connection, q: _Scope) -> dict[datetime, TimesPoint]:
    key = q.key("opened_at")
    response = q.sql(RESPONSE_SECONDS)
    resolution = q.sql(RESOLUTION_SECONDS)
    stmt = (
        select(
            key.label("k"),
            func.count(response),
            func.percentile_disc(0.5).within_group(response),
            func.percentile_disc(0.9).within_group(response),
            func.count(resolution),
            func.percentile_disc(0.5).within_group(resolution),
            func.percentile_disc(0.9).within_group(resolution),
        )
        .select_from(table("tickets"))
        .where(
            *q.day_range("opened_at", literal_column("opened_at", UTCDateTime())),
            *q.in_channels(literal_column("channel")),
        )
        .group_by(key)
    )
    return {
        q.to_datetime(k): TimesPoint(int(rn), _int(r50), _int(r90), int(sn), _int(s50), _int(s90))
        for k, rn, r50, r90, sn, s50, s90 in conn.execute(stmt)
    }


def _surveys(conn: Connection, q: _Scope) -> dict[datetime, SurveyPoint]:
    """Answers per bucket: NPS through group_nps over the score counts, CES as a mean."""
    key = q.key("at")
    kind: ColumnElement[str] = literal_column("kind")
    score: ColumnElement[int] = literal_column("score")
    where = q.day_range("at", literal_column("at", UTCDateTime()))
    if q.channels:  # answers about a ticket on those channels (CRM answers have no channel)
        where.append(
            exists(
                select(TicketRow.id).where(
                    TicketRow.id == literal_column("surveys.ticket_id"),
                    TicketRow.channel.in_(q.channels),
                )
            )
        )
    inner = (
        select(key.label("k"), kind.label("kind"), score.label("score"), func.count().label("n"))
        .select_from(table("surveys"))
        .where(*where)
        .group_by(key, kind, score)
    )
    counts: dict[datetime, dict[str, dict[int, int]]] = defaultdict(lambda: {"nps": {}, "ces": {}})
    for k, kind_v, score_v, n in conn.execute(q.weekly(inner, ("n",), ("kind", "score"))):
        bucket = counts[q.to_datetime(k)]
        if kind_v in bucket:
            bucket[kind_v][int(score_v)] = bucket[kind_v].get(int(score_v), 0) + int(n)
    return {at: _survey_point(c["nps"], c["ces"]) for at, c in counts.items()}


def _survey_point(nps: Mapping[int, int], ces: Mapping[int, int]) -> SurveyPoint:
    g = group_nps(np.repeat(np.fromiter(nps, float), np.fromiter(nps.values(), int)))
    ces_n = sum(ces.values())
    return SurveyPoint(
        nps=finite(g.nps),
        margin=finite(g.margin),
        nps_n=g.n,
        promoters=finite(g.promoters),
        detractors=finite(g.detractors),
        ces=sum(s * n for s, n in ces.items()) / ces_n if ces_n else None,
        ces_n=ces_n,
    )


def _backlog(conn: Connection, q: _Scope) -> tuple[BacklogBand, ...]:
    """Tickets open at the period end, by how long they had been open then."""
    opened = literal_column("opened_at", UTCDateTime())
    resolved = literal_column("resolved_at", UTCDateTime())
    bounds = [q.end - lower for _key, lower in BACKLOG_BANDS[1:]]
    band = case(*((opened > _at(b), i) for i, b in enumerate(bounds)), else_=len(BACKLOG_BANDS) - 1)
    stmt = (
        select(band.label("band"), func.count())
        .select_from(table("tickets"))
        .where(
            opened < _at(q.end),
            or_(resolved.is_(None), resolved > _at(q.end)),
            *q.in_channels(literal_column("channel")),
        )
        .group_by(band)
    )
    got = {int(b): int(n) for b, n in conn.execute(stmt)}
    return tuple(BacklogBand(k, got.get(i, 0)) for i, (k, _lower) in enumerate(BACKLOG_BANDS))


SEGMENTS_BY_CUSTOMER_FROM = timedelta(days=92)


def _segments(conn: Connection, q: _Scope) -> tuple[SegmentCount, ...]:
    """Customers who wrote in the period (a ticket with inbound in it), per loyalty group.

    Long periods probe each customer for such a ticket (ix_tickets_active: cost grows with the
    customers); short ones collect the customers of the period's tickets (ix_tickets_inbound:
    cost grows with the tickets in the period)."""
    t = TicketRow.__table__.alias("t")
    terms = [
        t.c.last_inbound_at >= q.first,
        t.c.opened_at < q.end,
        *([t.c.channel.in_(q.channels)] if q.channels else []),
    ]
    by_customer = q.end - q.first >= SEGMENTS_BY_CUSTOMER_FROM
    if by_customer:
        active: ColumnElement[bool] = exists(
            select(t.c.id).where(t.c.customer_id == CustomerRow.id, *terms)
        )
    else:
        active = CustomerRow.id.in_(select(t.c.customer_id).where(*terms))
    stmt = select(CustomerRow.segment, func.count()).where(active).group_by(CustomerRow.segment)
    if by_customer and q.sqlite:  # in id order, so the probes walk the ticket index forward
        stmt = stmt.with_hint(CustomerRow, "NOT INDEXED", "sqlite")
    got = {str(seg or ""): int(n) for seg, n in conn.execute(stmt)}
    order = [s for s in SEGMENT_ORDER if s in got] + sorted(set(got) - set(SEGMENT_ORDER))
    return tuple(SegmentCount(s, got[s]) for s in order)


# -- the dashboard ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Parts:
    volume: dict[datetime, dict[str, tuple[int, float]]] | None = None
    sla: dict[datetime, _SlaCounts] | None = None
    times: dict[datetime, TimesPoint] | None = None
    surveys: dict[datetime, SurveyPoint] | None = None
    backlog: tuple[BacklogBand, ...] = ()
    segments: tuple[SegmentCount, ...] = ()


# Two lanes of about equal work (messages and customers; tickets and surveys): independent
# reads that may run on two connections at once (dashboard_concurrent).
_LANES: tuple[tuple[str, ...], ...] = (
    ("volume", "segments"),
    ("sla", "times", "surveys", "backlog"),
)


def _run_lane(
    conn: Connection, q: _Scope, names: Sequence[str], out: _Parts, ms: dict[str, float]
) -> None:
    for name in names:
        t0 = _stamp()
        if name == "volume":
            out.volume = _volume(conn, q)
        elif name == "segments":
            out.segments = _segments(conn, q)
        elif name == "sla":
            out.sla = _sla(conn, q)
        elif name == "times":
            out.times = _times(conn, q, out.sla or {})
        elif name == "surveys":
            out.surveys = _surveys(conn, q)
        elif name == "backlog":
            out.backlog = _backlog(conn, q)
        ms[name] = round((_stamp() - t0) * 1000.0, 1)


def dashboard(session: Session, period: Period, channels: Sequence[str] | None = None) -> Dashboard:
    """Every chart of the period, optionally for some channels only. One read transaction."""
    started = _stamp()
    q = _scope(session, period, channels)
    conn = session.connection()
    got = _Parts()
    ms: dict[str, float] = {}
    for lane in _LANES:
        _run_lane(conn, q, lane, got, ms)
    return _assemble(q, got, ms, started)


def dashboard_concurrent(
    sessions: sessionmaker[Session], period: Period, channels: Sequence[str] | None = None
) -> Dashboard:
    """As `dashboard`, with the two lanes on two connections at once: about half the time when
    a second core is free. Each lane is its own read transaction (moments apart)."""
    started = _stamp()
    got = _Parts()
    ms: dict[str, float] = {}
    with sessions() as first:
        q = _scope(first, period, channels)

        def other_lane() -> None:
            with sessions() as s:
                _run_lane(s.connection(), q, _LANES[1], got, ms)

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dashboard") as pool:
            pending = pool.submit(other_lane)
            _run_lane(first.connection(), q, _LANES[0], got, ms)
            pending.result()
    return _assemble(q, got, ms, started)


def _assemble(q: _Scope, got: _Parts, parts: dict[str, float], started: float) -> Dashboard:
    period = q.period
    volume = got.volume or {}
    sla = got.sla or {}
    times = got.times or {}
    surveys = got.surveys or {}
    backlog, segments = got.backlog, got.segments
    buckets = period.buckets()

    per_channel: dict[str, int] = defaultdict(int)
    for by_channel in volume.values():
        for ch, (n, _s) in by_channel.items():
            per_channel[ch] += n
    volume_channels = tuple(sorted(per_channel, key=lambda ch: (-per_channel[ch], ch)))
    empty: dict[str, tuple[int, float]] = {}
    volume_rows = tuple(
        tuple(volume.get(at, empty).get(ch, (0, 0.0))[0] for ch in volume_channels)
        for at in buckets
    )
    sentiment = tuple(_mean(volume.get(at, empty).values()) for at in buckets)
    sla_points = tuple(_sla_point(sla.get(at)) for at in buckets)
    totals = _totals(volume, sla_points, surveys, backlog, segments)
    return Dashboard(
        period=period,
        channels=q.channels,
        buckets=buckets,
        volume_channels=volume_channels,
        volume=volume_rows,
        sentiment=sentiment,
        sla=sla_points,
        times=tuple(times.get(at, TimesPoint()) for at in buckets),
        surveys=tuple(surveys.get(at, SurveyPoint()) for at in buckets),
        backlog=backlog,
        segments=segments,
        totals=totals,
        elapsed_ms=round((_stamp() - started) * 1000.0, 1),
        parts_ms=parts,
    )


def _mean(values: Any) -> float | None:
    n = total = 0.0
    for count, s in values:
        n += count
        total += s
    return total / n if n else None


def _sla_point(c: _SlaCounts | None) -> SlaPoint:
    if c is None:
        return SlaPoint()
    return SlaPoint(
        c.opened, c.response_met, c.response_breached, c.resolution_met, c.resolution_breached
    )


def _totals(
    volume: Mapping[datetime, Mapping[str, tuple[int, float]]],
    sla: Sequence[SlaPoint],
    surveys: Mapping[datetime, SurveyPoint],
    backlog: Sequence[BacklogBand],
    segments: Sequence[SegmentCount],
) -> Totals:
    inbound = sum(n for by in volume.values() for n, _s in by.values())
    sentiment = _mean(v for by in volume.values() for v in by.values())
    whole = SlaPoint(
        sum(p.opened for p in sla),
        sum(p.response_met for p in sla),
        sum(p.response_breached for p in sla),
        sum(p.resolution_met for p in sla),
        sum(p.resolution_breached for p in sla),
    )
    # Group NPS of the whole period from the buckets' shares (exact: shares times n are counts).
    nps_n = sum(p.nps_n for p in surveys.values())
    promoters = sum((p.promoters or 0.0) * p.nps_n for p in surveys.values())
    detractors = sum((p.detractors or 0.0) * p.nps_n for p in surveys.values())
    nps = margin = None
    if nps_n:
        p, d = promoters / nps_n, detractors / nps_n
        nps = 100.0 * (p - d)
        margin = 1.96 * 100.0 * math.sqrt(max(0.0, p + d - (p - d) ** 2) / nps_n)
    ces_n = sum(p.ces_n for p in surveys.values())
    ces_total = sum((p.ces or 0.0) * p.ces_n for p in surveys.values())
    return Totals(
        inbound=inbound,
        sentiment=sentiment,
        opened=whole.opened,
        response_share=whole.response_share,
        resolution_share=whole.resolution_share,
        nps=nps,
        nps_margin=margin,
        nps_n=nps_n,
        ces=ces_total / ces_n if ces_n else None,
        ces_n=ces_n,
        backlog=sum(b.tickets for b in backlog),
        active_customers=sum(s.customers for s in segments),
    )


# -- the live board --------------------------------------------------------------------------


def live_board(
    session: Session, now: datetime, day_start: datetime | None = None
) -> list[AgentLoad]:
    """Per person: what they hold now and what they resolved since the start of the day.

    `day_start` defaults to midnight UTC; the UI passes local midnight."""
    since = day_start or now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    holding = and_(  # held as actions._holder sees it: a claim that has not lapsed
        TicketRow.assignee_id.is_not(None),
        TicketRow.status != TicketStatus.RESOLVED.value,
        TicketRow.claim_expires_at > now,
    )
    waiting = TicketRow.waiting_since.is_not(None)
    claims = {
        int(agent_id): (int(n), int(w or 0), int(b or 0))
        for agent_id, n, w, b in session.execute(
            select(
                TicketRow.assignee_id,
                func.count(),
                func.sum(case((waiting, 1), else_=0)),
                func.sum(case((and_(waiting, TicketRow.sla_due_at < now), 1), else_=0)),
            )
            .where(holding)
            .group_by(TicketRow.assignee_id)
        )
    }
    handled = {
        int(agent_id): (int(n), float(avg) if avg is not None else None)
        for agent_id, n, avg in session.execute(
            select(ResolutionRow.agent_id, func.count(), func.avg(ResolutionRow.handle_seconds))
            .where(
                ResolutionRow.resolved_at >= since,
                ResolutionRow.resolved_at <= now,
                ResolutionRow.agent_id.is_not(None),
            )
            .group_by(ResolutionRow.agent_id)
        )
    }
    out = []
    for row in session.execute(select(AgentRow).order_by(AgentRow.name)).scalars():
        n, w, b = claims.get(row.id, (0, 0, 0))
        done, avg = handled.get(row.id, (0, None))
        if row.role == Role.TRAINER.value and not (n or done):
            continue  # trainers replay cases; they only appear when they worked one
        out.append(AgentLoad(row.name, row.display_name or row.name, row.role, n, w, b, done, avg))
    return out


def unclaimed_waiting(session: Session, now: datetime) -> int:
    """Tickets whose customer waits for us and that nobody holds (or whose claim lapsed)."""
    return int(
        session.scalar(
            select(func.count()).where(
                TicketRow.status.in_((TicketStatus.NEW.value, TicketStatus.OPEN.value)),
                TicketRow.waiting_since.is_not(None),
                or_(
                    TicketRow.assignee_id.is_(None),
                    TicketRow.claim_expires_at.is_(None),
                    TicketRow.claim_expires_at <= now,
                ),
            )
        )
        or 0
    )
