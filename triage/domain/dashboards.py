"""What a team lead's dashboard shows: plain records, one value per bucket of the period.

Buckets are UTC hours, UTC days or ISO weeks (Monday 00:00 UTC). A period's start is taken back
to the start of its bucket, so every bucket is whole; its end is exclusive and exact.
Ticket figures (SLA compliance, first response and resolution time) belong to the bucket in
which the ticket opened; messages, surveys to the bucket in which they were written.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Literal, get_args

Bucket = Literal["hour", "day", "week"]
BUCKETS: tuple[Bucket, ...] = get_args(Bucket)
STEP: dict[Bucket, timedelta] = {
    "hour": timedelta(hours=1),
    "day": timedelta(days=1),
    "week": timedelta(weeks=1),
}
MAX_BUCKETS = 10_000  # a year by hour is 8,760

# Open tickets by age at the period end: (key, lower bound inclusive); the last band is open-ended.
BACKLOG_BANDS: tuple[tuple[str, timedelta], ...] = (
    ("lt_1h", timedelta(0)),
    ("1_4h", timedelta(hours=1)),
    ("4_24h", timedelta(hours=4)),
    ("1_3d", timedelta(days=1)),
    ("gt_3d", timedelta(days=3)),
)
SEGMENT_ORDER = ("ambassador", "passive_loyal", "shopper", "leaver", "")  # "": no profile yet


def bucket_start(at: datetime, bucket: Bucket) -> datetime:
    """The start of the UTC hour, day or ISO week (Monday) holding `at`."""
    utc = at.astimezone(UTC)
    if bucket == "hour":
        return utc.replace(minute=0, second=0, microsecond=0)
    day = utc.replace(hour=0, minute=0, second=0, microsecond=0)
    if bucket == "day":
        return day
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class Period:
    """[start, end) in buckets of an hour, a day or a week."""

    start: datetime
    end: datetime
    bucket: Bucket = "day"

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("a period needs aware datetimes (UTC or with an offset)")
        if self.bucket not in BUCKETS:
            raise ValueError(f"unknown bucket {self.bucket!r}: use hour, day or week")
        if self.end <= self.start:
            raise ValueError("a period ends after it starts")
        if (self.end - self.first) / STEP[self.bucket] > MAX_BUCKETS:
            raise ValueError(f"more than {MAX_BUCKETS} buckets: choose a larger bucket")

    @property
    def first(self) -> datetime:
        """The start of the first bucket (the period's start, taken back to a whole bucket)."""
        return bucket_start(self.start, self.bucket)

    @property
    def step(self) -> timedelta:
        return STEP[self.bucket]

    def buckets(self) -> tuple[datetime, ...]:
        out = []
        at, end = self.first, self.end.astimezone(UTC)
        while at < end:
            out.append(at)
            at += self.step
        return tuple(out)

    def with_bucket(self, bucket: Bucket) -> Period:
        return replace(self, bucket=bucket)


@dataclass(frozen=True, slots=True)
class SlaPoint:
    """Tickets opened in one bucket against their first-response and resolution targets.

    First response: met when the first reply (or, without one, the resolution) came by
    opened_at + sla_minutes; breached when it came later, or has not come and the target
    passed before the period end. Resolution: resolved_at against resolution_due_at, for
    tickets that have one. Tickets whose target is still ahead count in neither."""

    opened: int = 0
    response_met: int = 0
    response_breached: int = 0
    resolution_met: int = 0
    resolution_breached: int = 0

    @property
    def response_share(self) -> float | None:
        decided = self.response_met + self.response_breached
        return self.response_met / decided if decided else None

    @property
    def resolution_share(self) -> float | None:
        decided = self.resolution_met + self.resolution_breached
        return self.resolution_met / decided if decided else None


@dataclass(frozen=True, slots=True)
class TimesPoint:
    """First response and resolution time of the tickets opened in one bucket, in seconds.

    Exact nearest-rank percentiles (the ⌈p·n⌉-th smallest value); None without tickets."""

    response_n: int = 0
    response_median: int | None = None
    response_p90: int | None = None
    resolution_n: int = 0
    resolution_median: int | None = None
    resolution_p90: int | None = None


@dataclass(frozen=True, slots=True)
class SurveyPoint:
    """NPS of the answers given in one bucket, with its 95% margin, and the mean CES."""

    nps: float | None = None  # −100..100
    margin: float | None = None  # ± NPS points
    nps_n: int = 0
    promoters: float | None = None  # share
    detractors: float | None = None
    ces: float | None = None  # mean, 1..7
    ces_n: int = 0


@dataclass(frozen=True, slots=True)
class BacklogBand:
    key: str  # lt_1h, 1_4h, 4_24h, 1_3d, gt_3d
    tickets: int


@dataclass(frozen=True, slots=True)
class SegmentCount:
    segment: str  # ambassador, passive_loyal, shopper, leaver, "" (no loyalty profile yet)
    customers: int


@dataclass(frozen=True, slots=True)
class Totals:
    """The whole period in a few figures (for headers and the report)."""

    inbound: int = 0
    sentiment: float | None = None
    opened: int = 0
    response_share: float | None = None
    resolution_share: float | None = None
    nps: float | None = None
    nps_margin: float | None = None
    nps_n: int = 0
    ces: float | None = None
    ces_n: int = 0
    backlog: int = 0
    active_customers: int = 0


@dataclass(frozen=True, slots=True)
class Dashboard:
    period: Period
    channels: tuple[str, ...]  # the filter; empty: every channel
    buckets: tuple[datetime, ...]  # each bucket's start (UTC)
    volume_channels: tuple[str, ...]  # channels with inbound messages in the period, by volume
    volume: tuple[tuple[int, ...], ...]  # per bucket, one count per volume_channels entry
    sentiment: tuple[float | None, ...]  # mean inbound sentiment (0-100) per bucket
    sla: tuple[SlaPoint, ...]
    times: tuple[TimesPoint, ...]
    surveys: tuple[SurveyPoint, ...]
    backlog: tuple[BacklogBand, ...]  # at the period end
    segments: tuple[SegmentCount, ...]  # customers who wrote in the period
    totals: Totals
    elapsed_ms: float = 0.0  # time the database took
    parts_ms: dict[str, float] = field(default_factory=dict, compare=False)

    def inbound(self, bucket: int) -> int:
        return sum(self.volume[bucket])


@dataclass(frozen=True, slots=True)
class AgentLoad:
    agent: str
    display_name: str
    role: str
    claimed: int  # tickets they hold now
    waiting: int  # of those, tickets whose customer is waiting for us
    breached: int  # of those waiting, past their first-response target
    handled_today: int  # resolutions since the start of the day
    avg_handle_seconds_today: float | None


@dataclass(frozen=True, slots=True)
class LiveBoard:
    at: datetime
    agents: tuple[AgentLoad, ...]
    unhealthy_sources: int
    sources: int
    unclaimed_waiting: int  # customers waiting on a ticket nobody holds


def finite(value: float) -> float | None:
    return value if math.isfinite(value) else None
