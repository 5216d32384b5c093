"""SLA policies: first-response and resolution targets per channel kind and priority band,
counted in business time (opening hours in a time zone, minus holidays).

Pure: no database, no Qt. Business time is real elapsed time inside opening hours, so a day with
opening hours 00:00-24:00 holds 23 hours on the night the clocks go forward and 25 on the night
they go back. A clock time that does not exist that night (02:30 in Amsterdam in March) is read an
hour later, and one that happens twice is read the first time (both as java.time does).

Without a policy set by a team lead, `DEFAULT_POLICIES` holds: today's targets
(triage.scoring.sla), around the clock, so nothing changes for a desk that never sets one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from triage.domain.enums import Band, Visibility, channel_visibility
from triage.domain.errors import TriageError
from triage.scoring.sla import DEFAULT_RESOLUTION_MINUTES, DEFAULT_SLA_MINUTES

SCHEMA_VERSION = 1
SETTING_KEY = "sla.policies"  # SettingRow key the team's policy set is stored under
MINUTES_PER_DAY = 24 * 60
MAX_TARGET_MINUTES = 90 * MINUTES_PER_DAY  # no target beyond 90 days of business time
MAX_WARN_MINUTES = 7 * MINUTES_PER_DAY
DEFAULT_WARN_MINUTES = 15
DEFAULT_TIMEZONE = "Europe/Amsterdam"
SEARCH_DAYS = 3660  # ten years: a week with opening hours always finds business time sooner

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CHANNEL_KINDS: tuple[Visibility, ...] = tuple(Visibility)
BANDS: tuple[Band, ...] = tuple(Band)  # P1 (most urgent) first

SlaState = Literal["ok", "warning", "breached"]

_HHMM = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")


class PolicyError(TriageError):
    """A policy that cannot be used; `problems` names every field that is wrong and why."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("invalid SLA policy: " + "; ".join(self.problems))


# -- opening hours -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, order=True)
class Interval:
    """Open from `open` until `close`, in minutes after local midnight; close 1440 is midnight
    at the end of the day."""

    open: int
    close: int

    @classmethod
    def of(cls, open_: str, close: str) -> Interval:
        return cls(parse_hhmm(open_), parse_hhmm(close))

    def problems(self) -> list[str]:
        if not 0 <= self.open < MINUTES_PER_DAY or not 0 < self.close <= MINUTES_PER_DAY:
            return ["times must lie between 00:00 and 24:00"]
        if self.close <= self.open:
            return [
                f"closes ({format_hhmm(self.close)}) before it opens ({format_hhmm(self.open)})"
            ]
        return []

    def __str__(self) -> str:
        return f"{format_hhmm(self.open)}-{format_hhmm(self.close)}"


def parse_hhmm(text: str) -> int:
    """ "09:30" → 570; "24:00" is the end of the day."""
    m = _HHMM.match(text.strip()) if isinstance(text, str) else None
    if m is None:
        raise ValueError(f"{text!r} is not a time like 09:30")
    minutes = int(m.group(1)) * 60 + int(m.group(2))
    if minutes > MINUTES_PER_DAY:
        raise ValueError(f"{text!r} is after 24:00")
    return minutes


def format_hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


ALL_DAY: tuple[Interval, ...] = (Interval(0, MINUTES_PER_DAY),)
ALL_WEEK: tuple[tuple[Interval, ...], ...] = (ALL_DAY,) * 7
OFFICE_WEEK: tuple[tuple[Interval, ...], ...] = ((Interval(9 * 60, 17 * 60),),) * 5 + ((), ())


@dataclass(frozen=True, slots=True)
class BusinessHours:
    """Opening intervals per weekday (Monday first) in a time zone, and closed dates."""

    timezone: str = DEFAULT_TIMEZONE
    week: tuple[tuple[Interval, ...], ...] = ALL_WEEK
    holidays: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        problems = self.problems()
        if problems:
            raise PolicyError(problems)

    @classmethod
    def around_the_clock(cls, timezone: str = DEFAULT_TIMEZONE) -> BusinessHours:
        return cls(timezone, ALL_WEEK, frozenset())

    @property
    def always_open(self) -> bool:
        """24/7 without holidays: business time is plain elapsed time."""
        return self.week == ALL_WEEK and not self.holidays

    @property
    def zone(self) -> ZoneInfo:
        return _zone(self.timezone)

    def problems(self) -> list[str]:
        found: list[str] = []
        if len(self.week) != 7:
            found.append(f"hours.week: needs 7 days, got {len(self.week)}")
            return found
        for name, intervals in zip(WEEKDAYS, self.week, strict=True):
            for interval in intervals:
                found.extend(f"hours.week.{name}: {interval} {p}" for p in interval.problems())
            ordered = sorted(intervals)
            for before, after in pairwise(ordered):
                if after.open < before.close:
                    found.append(f"hours.week.{name}: {before} and {after} overlap")
        if not any(self.week):
            found.append("hours.week: closed every day, so nothing could ever fall due")
        if not isinstance(self.timezone, str) or not self.timezone.strip():
            found.append("hours.timezone: needs a time zone such as Europe/Amsterdam")
        elif not self.always_open:
            try:
                _zone(self.timezone)
            except (ZoneInfoNotFoundError, ValueError):
                found.append(f"hours.timezone: unknown time zone {self.timezone!r}")
        return found


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _aware(at: datetime, what: str) -> datetime:
    if at.tzinfo is None:
        raise ValueError(f"{what} must be an aware datetime (UTC from the store)")
    return at


def _local_instant(day: date, minute: int, zone: ZoneInfo) -> datetime:
    base = datetime.combine(day, time(0), tzinfo=zone)
    if minute >= MINUTES_PER_DAY:
        base = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
        minute -= MINUTES_PER_DAY
    local = base.replace(hour=minute // 60, minute=minute % 60)  # fold=0: see the module doc
    return local.astimezone(UTC)


@lru_cache(maxsize=8192)
def _day_spans(hours: BusinessHours, day: date) -> tuple[tuple[datetime, datetime], ...]:
    """The open spans of one local day, in UTC, ordered and not overlapping."""
    if day in hours.holidays:
        return ()
    zone = hours.zone
    spans: list[tuple[datetime, datetime]] = []
    for interval in sorted(hours.week[day.weekday()]):
        start = _local_instant(day, interval.open, zone)
        end = _local_instant(day, interval.close, zone)
        if spans and start < spans[-1][1]:
            start = spans[-1][1]  # a gap in the clock can fold two intervals onto each other
        if end > start:
            spans.append((start, end))
    return tuple(spans)


def _spans(hours: BusinessHours, since: datetime, days: int) -> Iterator[tuple[datetime, datetime]]:
    """Open spans from the local day before `since` on, for at most `days` days."""
    first = since.astimezone(hours.zone).date() - timedelta(days=1)
    last_end: datetime | None = None
    for offset in range(days + 1):
        for start, end in _day_spans(hours, first + timedelta(days=offset)):
            if last_end is not None and start < last_end:
                start = last_end
            if end > start:
                yield start, end
                last_end = end


def add_business_minutes(start: datetime, minutes: float, hours: BusinessHours) -> datetime:
    """The moment `minutes` of business time after `start`: skips closed hours, closed days and
    holidays. The result is never in closed time: it is inside opening hours or exactly at a
    closing time (the time just before it is open)."""
    _aware(start, "start")
    if minutes <= 0:
        return start
    if hours.always_open:
        return start + timedelta(minutes=minutes)
    remaining = timedelta(minutes=minutes)
    for open_, close in _spans(hours, start, SEARCH_DAYS):
        if close <= start:
            continue
        open_ = max(open_, start)
        span = close - open_
        if remaining <= span:
            return open_ + remaining
        remaining -= span
    raise PolicyError([f"hours: no business time within {SEARCH_DAYS} days of {start:%Y-%m-%d}"])


def business_minutes_between(a: datetime, b: datetime, hours: BusinessHours) -> float:
    """Business minutes from `a` to `b` (negative when `b` is earlier)."""
    _aware(a, "a")
    _aware(b, "b")
    if b < a:
        return -business_minutes_between(b, a, hours)
    if hours.always_open:
        return (b - a).total_seconds() / 60.0
    days = (b - a).days + 3
    total = timedelta(0)
    for open_, close in _spans(hours, a, days):
        if open_ >= b:
            break
        lo, hi = max(open_, a), min(close, b)
        if hi > lo:
            total += hi - lo
    return total.total_seconds() / 60.0


def is_open(at: datetime, hours: BusinessHours) -> bool:
    """Whether `at` lies in opening hours (a closing instant itself is closed)."""
    _aware(at, "at")
    if hours.always_open:
        return True
    for open_, close in _spans(hours, at, 2):
        if open_ <= at < close:
            return True
        if open_ > at:
            break
    return False


# -- targets and policy sets ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SlaPolicy:
    """The targets for one channel kind and band, in business minutes."""

    first_response_minutes: int
    resolution_minutes: int

    def problems(self, where: str) -> list[str]:
        found: list[str] = []
        for name, value in (
            ("first_response", self.first_response_minutes),
            ("resolution", self.resolution_minutes),
        ):
            if isinstance(value, bool) or not isinstance(value, int):
                found.append(f"{where}.{name}: needs a whole number of minutes, got {value!r}")
            elif not 1 <= value <= MAX_TARGET_MINUTES:
                found.append(
                    f"{where}.{name}: must be 1 to {MAX_TARGET_MINUTES} minutes, got {value}"
                )
        if not found and self.resolution_minutes < self.first_response_minutes:
            found.append(
                f"{where}: resolution ({self.resolution_minutes} min) cannot be shorter than the "
                f"first response ({self.first_response_minutes} min)"
            )
        return found


def _default_targets() -> dict[tuple[Visibility, Band], SlaPolicy]:
    return {
        (kind, band): SlaPolicy(DEFAULT_SLA_MINUTES[kind.value], DEFAULT_RESOLUTION_MINUTES[kind])
        for kind in CHANNEL_KINDS
        for band in BANDS
    }


def channel_kind(channel: str | Visibility) -> Visibility:
    """A Visibility as is; anything else is a channel name ("x", "email", "whatsapp")."""
    return channel if isinstance(channel, Visibility) else channel_visibility(channel)


@dataclass(frozen=True)
class PolicySet:
    """A team's SLA policy: targets for every channel kind × band, business hours and when to
    warn. Valid by construction: a wrong value raises PolicyError naming every problem."""

    targets: Mapping[tuple[Visibility, Band], SlaPolicy] = field(default_factory=_default_targets)
    hours: BusinessHours = field(default_factory=BusinessHours)
    warn_before_minutes: int = DEFAULT_WARN_MINUTES

    def __post_init__(self) -> None:
        problems = self.problems()
        if problems:
            raise PolicyError(problems)
        object.__setattr__(self, "targets", dict(self.targets))  # a private copy

    def problems(self) -> list[str]:
        found: list[str] = []
        for kind in CHANNEL_KINDS:
            for band in BANDS:
                policy = self.targets.get((kind, band))
                where = f"targets.{kind.value}.{band.value}"
                if policy is None:
                    found.append(f"{where}: missing")
                else:
                    found.extend(policy.problems(where))
        w = self.warn_before_minutes
        if isinstance(w, bool) or not isinstance(w, int) or not 0 <= w <= MAX_WARN_MINUTES:
            found.append(f"warn_before_minutes: must be 0 to {MAX_WARN_MINUTES}, got {w!r}")
        return found

    def policy(self, channel: str | Visibility, band: Band | str) -> SlaPolicy:
        return self.targets[(channel_kind(channel), Band(band))]

    def with_policy(self, kind: Visibility, band: Band, policy: SlaPolicy) -> PolicySet:
        targets = dict(self.targets)
        targets[(kind, band)] = policy
        return PolicySet(targets, self.hours, self.warn_before_minutes)

    @property
    def is_default(self) -> bool:
        return self == DEFAULT_POLICIES

    # -- JSON --------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "version": SCHEMA_VERSION,
            "targets": {
                kind.value: {
                    band.value: {
                        "first_response": self.targets[(kind, band)].first_response_minutes,
                        "resolution": self.targets[(kind, band)].resolution_minutes,
                    }
                    for band in BANDS
                }
                for kind in CHANNEL_KINDS
            },
            "hours": {
                "timezone": self.hours.timezone,
                "week": {
                    name: [[format_hhmm(i.open), format_hhmm(i.close)] for i in intervals]
                    for name, intervals in zip(WEEKDAYS, self.hours.week, strict=True)
                },
                "holidays": [d.isoformat() for d in sorted(self.hours.holidays)],
            },
            "warn_before_minutes": self.warn_before_minutes,
        }

    @classmethod
    def from_json(cls, data: object) -> PolicySet:
        """Read a stored policy set; PolicyError lists every problem found, with its path."""
        return _Reader().policy_set(data)


DEFAULT_POLICIES = PolicySet()


class _Reader:
    """Collects every problem in a JSON policy instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def _object(
        self, value: object, where: str, keys: set[str], optional: set[str]
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.problems.append(f"{where}: needs an object, got {type(value).__name__}")
            return {}
        unknown = sorted(set(value) - keys - optional)
        if unknown:
            self.problems.append(f"{where}: unknown key(s) {', '.join(map(str, unknown))}")
        missing = sorted(keys - set(value))
        if missing:
            self.problems.append(f"{where}: missing {', '.join(missing)}")
        return value

    def _minutes(self, value: object, where: str, low: int, high: int) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int):
            self.problems.append(f"{where}: needs a whole number of minutes, got {value!r}")
            return None
        if not low <= value <= high:
            self.problems.append(f"{where}: must be {low} to {high} minutes, got {value}")
            return None
        return value

    def policy_set(self, data: object) -> PolicySet:
        if not isinstance(data, dict):
            raise PolicyError([f"policy: needs an object, got {type(data).__name__}"])
        top = self._object(
            data, "policy", {"version", "targets", "hours", "warn_before_minutes"}, set()
        )
        version = top.get("version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            self.problems.append(
                f"version: this program reads version {SCHEMA_VERSION}, got {version!r}"
            )
        # What is missing is said once, above; only what is there is read further.
        targets = self._targets(top["targets"]) if "targets" in top else {}
        hours = self._hours(top["hours"]) if "hours" in top else None
        warn = self._minutes(
            top.get("warn_before_minutes", DEFAULT_WARN_MINUTES),
            "warn_before_minutes",
            0,
            MAX_WARN_MINUTES,
        )
        if self.problems or hours is None or warn is None:
            raise PolicyError(self.problems)
        try:
            return PolicySet(targets, hours, warn)
        except PolicyError as exc:
            raise PolicyError([*self.problems, *exc.problems]) from None

    def _targets(self, value: object) -> dict[tuple[Visibility, Band], SlaPolicy]:
        kinds = self._object(value, "targets", {k.value for k in CHANNEL_KINDS}, set())
        out: dict[tuple[Visibility, Band], SlaPolicy] = {}
        for kind in CHANNEL_KINDS:
            if kind.value not in kinds:
                continue
            bands = self._object(
                kinds[kind.value], f"targets.{kind.value}", {b.value for b in BANDS}, set()
            )
            for band in BANDS:
                if band.value not in bands:
                    continue
                where = f"targets.{kind.value}.{band.value}"
                cell = self._object(
                    bands[band.value], where, {"first_response", "resolution"}, set()
                )
                first = self._minutes(
                    cell.get("first_response", 1), f"{where}.first_response", 1, MAX_TARGET_MINUTES
                )
                resolution = self._minutes(
                    cell.get("resolution", 1), f"{where}.resolution", 1, MAX_TARGET_MINUTES
                )
                if first is not None and resolution is not None:
                    policy = SlaPolicy(first, resolution)
                    self.problems.extend(policy.problems(where))
                    out[(kind, band)] = policy
        return out

    def _hours(self, value: object) -> BusinessHours | None:
        spec = self._object(value, "hours", {"timezone", "week"}, {"holidays"})
        zone = spec.get("timezone", DEFAULT_TIMEZONE)
        if not isinstance(zone, str):
            self.problems.append(
                f"hours.timezone: needs a name such as Europe/Amsterdam, got {zone!r}"
            )
            zone = DEFAULT_TIMEZONE
        if "week" not in spec:
            return None
        days = self._object(spec["week"], "hours.week", set(WEEKDAYS), set())
        if set(WEEKDAYS) - set(days):
            return None
        week = [self._day(days[name], f"hours.week.{name}") for name in WEEKDAYS]
        holidays: set[date] = set()
        listed = spec.get("holidays", [])
        if not isinstance(listed, list):
            self.problems.append(f"hours.holidays: needs a list of dates, got {listed!r}")
            listed = []
        for i, item in enumerate(listed):
            try:
                holidays.add(date.fromisoformat(item))
            except (TypeError, ValueError):
                self.problems.append(f"hours.holidays[{i}]: {item!r} is not a date like 2026-12-25")
        try:
            return BusinessHours(zone, tuple(week), frozenset(holidays))
        except PolicyError as exc:
            self.problems.extend(exc.problems)
            return None

    def _day(self, value: object, where: str) -> tuple[Interval, ...]:
        if not isinstance(value, list):
            self.problems.append(f"{where}: needs a list of [open, close] pairs, got {value!r}")
            return ()
        out: list[Interval] = []
        for i, pair in enumerate(value):
            if not (isinstance(pair, list) and len(pair) == 2):
                self.problems.append(f"{where}[{i}]: needs [open, close] like ['09:00', '17:00']")
                continue
            try:
                out.append(Interval.of(pair[0], pair[1]))
            except ValueError as exc:
                self.problems.append(f"{where}[{i}]: {exc}")
        return tuple(out)


# -- due times and states --------------------------------------------------------------------


def first_response_due(
    policies: PolicySet, channel: str | Visibility, band: Band | str, waiting_since: datetime
) -> datetime:
    """When the customer's oldest unanswered message must have an answer."""
    target = policies.policy(channel, band).first_response_minutes
    return add_business_minutes(waiting_since, target, policies.hours)


def resolution_due(
    policies: PolicySet,
    channel: str | Visibility,
    band: Band | str,
    opened_at: datetime,
    paused_seconds: float = 0,
) -> datetime:
    """When the ticket must be resolved: the target counted from the opening, plus the business
    time the clock stood still while we waited on the customer."""
    target = policies.policy(channel, band).resolution_minutes
    return add_business_minutes(opened_at, target + max(0.0, paused_seconds) / 60.0, policies.hours)


def due(
    policies: PolicySet,
    channel: str | Visibility,
    band: Band | str,
    start: datetime,
    paused_seconds: float = 0,
) -> tuple[datetime, datetime]:
    """(first response due, resolution due) for a conversation that started at `start`."""
    return (
        first_response_due(policies, channel, band, start),
        resolution_due(policies, channel, band, start, paused_seconds),
    )


def minutes_left(now: datetime, due_at: datetime, hours: BusinessHours | None = None) -> float:
    """Minutes until `due_at` (negative once passed), in business minutes when hours are given."""
    if hours is None:
        return (due_at - now).total_seconds() / 60.0
    return business_minutes_between(now, due_at, hours)


def state(
    now: datetime,
    due_at: datetime | None,
    warn_before: float,
    hours: BusinessHours | None = None,
) -> SlaState:
    """ "breached" from the due moment on, "warning" within `warn_before` minutes before it."""
    if due_at is None:
        return "ok"
    if now >= due_at:
        return "breached"
    if minutes_left(now, due_at, hours) <= warn_before:
        return "warning"
    return "ok"
