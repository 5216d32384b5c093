"""The channel-health watchdog: a source that fails, is refused, or goes quiet must be seen.

Silence is judged against the source's own usual volume over the past week, so a busy brand feed
that stops for an hour is flagged while a quiet review site that is silent for a day is not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from triage.domain.sources import Health, HealthLevel, HealthReason
from triage.sources.base import ErrorKind

HISTORY = timedelta(days=7)
RED_STREAK = 3  # failed polls in a row before a failing source turns red
SILENT_AMBER = 4.0  # silent this many usual gaps between items
SILENT_RED = 12.0
MIN_ITEMS_FOR_SILENCE = 10  # too little history says nothing about silence
NEEDS_SECRET = frozenset({"bluesky", "imap"})  # Mastodon hashtags are public


@dataclass(frozen=True, slots=True)
class PollStat:
    at: datetime
    added: int
    ok: bool


@dataclass(frozen=True, slots=True)
class SourceState:
    kind: str
    enabled: bool
    has_secret: bool
    created_at: datetime
    last_poll_at: datetime | None
    last_success_at: datetime | None
    last_error_kind: str
    error_streak: int
    paused_until: datetime | None


def judge(state: SourceState, polls: Sequence[PollStat], now: datetime) -> Health:
    if not state.enabled:
        return Health(HealthLevel.OFF, HealthReason.DISABLED)
    if state.kind in NEEDS_SECRET and not state.has_secret:
        return Health(HealthLevel.RED, HealthReason.NO_SECRET)
    if state.error_streak > 0:
        if state.last_error_kind == ErrorKind.AUTH.value:
            return Health(HealthLevel.RED, HealthReason.AUTH, {"streak": state.error_streak})
        if state.last_error_kind == ErrorKind.RATE_LIMITED.value and state.paused_until:
            return Health(
                HealthLevel.AMBER,
                HealthReason.RATE_LIMITED,
                {"until": state.paused_until.isoformat()},
            )
        level = HealthLevel.RED if state.error_streak >= RED_STREAK else HealthLevel.AMBER
        return Health(
            level,
            HealthReason.FAILING,
            {"streak": state.error_streak, "kind": state.last_error_kind},
        )
    if state.last_poll_at is None:
        return Health(HealthLevel.NEW, HealthReason.NEVER_POLLED)
    silence = _silence(polls, now)
    if silence is not None:
        return silence
    return Health(HealthLevel.OK, HealthReason.FINE)


def _silence(polls: Sequence[PollStat], now: datetime) -> Health | None:
    recent = [p for p in polls if p.ok and now - p.at <= HISTORY]
    if not recent:
        return None
    with_items = [p for p in recent if p.added > 0]
    total = sum(p.added for p in recent)
    if total < MIN_ITEMS_FOR_SILENCE or not with_items:
        return None
    first = min(p.at for p in recent)
    last_item = max(p.at for p in with_items)
    # The usual gap between items, measured up to the last poll that brought something.
    span = max((last_item - first).total_seconds(), 1.0)
    gap = span / total
    quiet = (now - last_item).total_seconds()
    # Silence needs a few polls too: one empty poll after a burst is normal.
    polls_since = sum(1 for p in recent if p.at > last_item)
    if polls_since < 2:
        return None
    per_hour = round(total / (span / 3600), 1) if span >= 3600 else float(total)
    detail = {"quiet_minutes": int(quiet // 60), "usual_per_hour": per_hour}
    if quiet >= SILENT_RED * gap:
        return Health(HealthLevel.RED, HealthReason.SILENT, detail)
    if quiet >= SILENT_AMBER * gap:
        return Health(HealthLevel.AMBER, HealthReason.SILENT, detail)
    return None
