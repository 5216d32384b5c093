"""The one part of a score that moves with the clock: waiting.

A stored score must not change every minute, or keeping a year's desk scored means rewriting
every waiting ticket every minute. So the stored waiting reason names when the wait began
(`since`), not how many minutes it has lasted, and readers fill in the minutes as of the moment
they show it (`live_waiting`). And since the score changes with time only where waiting points
step up or a target is reached, each ticket carries the moment its score can next change
(`next_change`); the periodic re-score looks only at tickets whose moment has come.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from triage.scoring.sla_policy import BusinessHours, add_business_minutes, business_minutes_between

WAITING = "waiting"


def since_text(waiting_since: datetime) -> str:
    """The stored form of the start of a wait: UTC to the second, ISO 8601."""
    return waiting_since.astimezone(UTC).isoformat(timespec="seconds")


def since_text_from_stored(stored: str) -> str:
    """`since_text` of a time as SQLite stores it ('YYYY-MM-DD HH:MM:SS[.ffffff]', naive UTC)."""
    return f"{stored[:10]}T{stored[11:19]}+00:00"


def stored_waiting(
    explanation: Sequence[Mapping[str, Any]], waiting_since: datetime | None
) -> list[dict[str, Any]]:
    """An explanation as stored: the waiting reason carries `since` instead of the minutes."""
    out: list[dict[str, Any]] = []
    for part in explanation:
        args = part.get("args")
        if part.get("key") == WAITING and isinstance(args, Mapping) and waiting_since is not None:
            moved = {"since": since_text(waiting_since)}
            moved.update((k, v) for k, v in args.items() if k != "waited")
            part = {**part, "args": moved}
        out.append(dict(part))
    return out


def live_waiting(explanation: list[Any], now: datetime, hours: BusinessHours | None) -> None:
    """Give a stored waiting reason its minutes as of `now`, in place (business minutes when
    it says so and `hours` are known). Other parts, and reasons stored with their minutes,
    stay as they are."""
    for i, part in enumerate(explanation):
        args = part.get("args") if isinstance(part, Mapping) else None
        if part.get("key") != WAITING or not isinstance(args, Mapping) or "since" not in args:
            continue
        try:
            since = datetime.fromisoformat(str(args["since"]))
        except ValueError:
            continue
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        if args.get("business") and hours is not None:
            minutes = business_minutes_between(since, now, hours)
        else:
            minutes = (now - since).total_seconds() / 60.0
        shown: dict[str, Any] = {"waited": round(max(0.0, minutes))}
        shown.update((k, v) for k, v in args.items() if k != "since")
        explanation[i] = {**part, "args": shown}
        return


def next_waited(waited: float, targets: Iterable[int], weight: float) -> float | None:
    """The smallest number of minutes waited at which the score can change next: a waiting
    point more under one of the targets, or a target reached (the breach floor). None when
    waiting can change nothing any more. A step that rounding put just behind `waited` is
    given as it is (due at once), not skipped."""
    best: float | None = None
    for target in set(targets):
        t = max(1, target)
        if waited < t and (best is None or t < best):
            best = float(t)
        if weight > 0:
            # points = floor(min(1, w / t) * weight + 0.5): the next step is at (k + 0.5) t / weight
            k = math.floor(min(1.0, waited / t) * weight + 0.5)
            if k + 0.5 <= weight:
                step = (k + 0.5) * t / weight
                if best is None or step < best:
                    best = step
    return best


def next_change(
    since: datetime | None,
    waited: float,
    targets: Iterable[int],
    weight: float,
    hours: BusinessHours,
) -> datetime | None:
    """When waiting can next change the score: the wall-clock moment the wait reaches
    `next_waited`, or None. `since` aware, or naive UTC (as SQLite stores it); the answer
    in the same form."""
    if since is None:
        return None
    minutes = next_waited(waited, targets, weight)
    if minutes is None:
        return None
    if hours.always_open:
        return since + timedelta(minutes=minutes)
    aware = since.tzinfo is not None
    at = add_business_minutes(since if aware else since.replace(tzinfo=UTC), minutes, hours)
    return at if aware else at.astimezone(UTC).replace(tzinfo=None)
