"""Score a stored ticket: read its stored inputs, write the total and its explanation back.

Works on anything shaped like a ticket row (the ORM row, or the importer's plain state).
With a policy set, the waiting component counts business minutes against the policy's target
for the ticket's band, and the SLA due times follow the policy; without one, as before: the
ticket's own `sla_minutes`, around the clock.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, Protocol, cast

from triage.domain.enums import Band, channel_visibility
from triage.domain.models import PriorityResult
from triage.scoring.priority import DEFAULT_WEIGHTS, PriorityInputs, score, thread_heat
from triage.scoring.sla import due_at
from triage.scoring.sla_clock import ClockedTicket, ticket_resolution_due
from triage.scoring.sla_policy import (
    DEFAULT_POLICIES,
    BusinessHours,
    PolicySet,
    add_business_minutes,
    business_minutes_between,
)
from triage.scoring.waiting import stored_waiting

# Least urgent first: a ticket takes the first band whose own target scores it into that band.
_UPWARD: tuple[Band, ...] = (Band.P4, Band.P3, Band.P2, Band.P1)


class ScorableTicket(Protocol):
    channel: str
    status: str
    cue_points: float
    cue_classes: list[Any]
    sentiment: float
    first_sentiment: float
    followers: int
    interactions: int
    repeat_contacts: int
    channel_switch: bool
    reopened: int
    followups: int
    joiners: int
    recent_inbound: list[Any]
    opened_at: datetime
    last_inbound_at: datetime
    last_outbound_at: datetime | None
    resolved_at: datetime | None
    waiting_since: datetime | None
    sla_minutes: int
    priority: int
    band: str
    components: dict[str, Any]
    reasons: list[Any]
    sla_due_at: datetime | None
    rescore_at: datetime | None


def inputs_for(
    row: ScorableTicket, value_pct: float | None = None, weights: Mapping[str, float] | None = None
) -> PriorityInputs:
    heat, why = thread_heat(
        row.first_sentiment,
        row.sentiment,
        [datetime.fromisoformat(t) for t in row.recent_inbound],
        row.followups,
        row.joiners,
    )
    return PriorityInputs(
        heat=heat,
        heat_why=why,
        cue_points=row.cue_points,
        cue_classes=tuple(row.cue_classes),
        sentiment=row.sentiment,
        first_sentiment=row.first_sentiment,
        followers=row.followers,
        interactions=row.interactions,
        visibility=channel_visibility(row.channel),
        value_pct=value_pct,
        contacts=max(1, row.repeat_contacts),
        channel_switch=row.channel_switch,
        reopened=row.reopened,
        waiting_since=row.waiting_since,
        sla_minutes=row.sla_minutes,
        weights=weights or DEFAULT_WEIGHTS,
    )


def apply_score(
    row: ScorableTicket, result: PriorityResult, hours: BusinessHours | None = None
) -> bool:
    """Store a score on the row; True when the band changed (worth an event).

    The first-response due time is `sla_minutes` after `waiting_since`, in business time when
    `hours` are given."""
    changed = row.band != result.band.value
    row.priority = result.total
    row.band = result.band.value
    row.components = result.points
    row.reasons = stored_waiting(result.explanation, row.waiting_since)
    if hours is None or hours.always_open or row.waiting_since is None:
        row.sla_due_at = due_at(row.waiting_since, row.sla_minutes)
    else:
        row.sla_due_at = add_business_minutes(row.waiting_since, row.sla_minutes, hours)
    return changed


def score_under_policy(
    row: ScorableTicket,
    now: datetime,
    policies: PolicySet,
    value_pct: float | None = None,
    weights: Mapping[str, float] | None = None,
) -> tuple[PriorityResult, int]:
    """The score and the first-response target (minutes) it was measured against.

    The target depends on the band and the band on the score, so the least urgent band whose
    own target scores the ticket into that band wins. Waiting grows as targets shrink, so with
    targets that get shorter towards P1 there always is one; the defaults (one target for every
    band) give exactly the score of old.
    """
    inputs = inputs_for(row, value_pct, weights)
    hours = policies.hours
    business = not hours.always_open
    if business and inputs.waiting_since is not None:
        waited = max(0.0, business_minutes_between(inputs.waiting_since, now, hours))
        # score() measures waiting as now - waiting_since: hand it the business minutes that way.
        inputs = dataclasses.replace(inputs, waiting_since=now - timedelta(minutes=waited))
    by_target: dict[int, PriorityResult] = {}

    def under(band: Band) -> tuple[PriorityResult, int]:
        target = policies.policy(row.channel, band).first_response_minutes
        if target not in by_target:
            by_target[target] = score(dataclasses.replace(inputs, sla_minutes=target), now)
        return by_target[target], target

    chosen: tuple[PriorityResult, int] | None = None
    for band in _UPWARD:
        result, target = under(band)
        if result.band is band:
            chosen = (result, target)
            break
    if chosen is None:  # targets that grow towards P1 leave no consistent band: be safe
        chosen = max((under(b) for b in _UPWARD), key=lambda pair: pair[0].total)
    result, target = chosen
    if business:
        result = dataclasses.replace(
            result,
            components=tuple(
                dataclasses.replace(c, args={**c.args, "business": True})
                if c.name == "waiting"
                else c
                for c in result.components
            ),
        )
    return result, target


def rescore(
    row: ScorableTicket,
    now: datetime,
    value_pct: float | None = None,
    weights: Mapping[str, float] | None = None,
    policies: PolicySet | None = None,
) -> tuple[PriorityResult, bool]:
    """Score the ticket now and store the result and its SLA due times on it.

    The ticket becomes due for the next periodic re-score (`rescore_at` = now), which applies
    the escalation rules and works out when its score next changes with time.

    `policies`: the team's policy set, loaded once per run (triage.services.policies); None keeps
    the ticket's own `sla_minutes` around the clock, as before policies existed.
    """
    row.rescore_at = now
    if policies is None:
        result = score(inputs_for(row, value_pct, weights), now)
        changed = apply_score(row, result)
        _store_resolution_due(row, DEFAULT_POLICIES, result, now)
        return result, changed
    result, target = score_under_policy(row, now, policies, value_pct, weights)
    row.sla_minutes = target
    changed = apply_score(row, result, policies.hours)
    _store_resolution_due(row, policies, result, now)
    return result, changed


def _store_resolution_due(
    row: ScorableTicket, policies: PolicySet, result: PriorityResult, now: datetime
) -> None:
    """Rows that keep a resolution clock (the ORM row does; older plain states may not)."""
    if hasattr(row, "resolution_due_at") and hasattr(row, "paused_seconds"):
        clocked = cast(ClockedTicket, row)
        row.resolution_due_at = ticket_resolution_due(clocked, policies, result.band, now)


def scored_payload(result: PriorityResult, waiting_since: datetime | None) -> dict[str, object]:
    """A SCORED event's payload: the reasons in their stored form."""
    return {
        "priority": result.total,
        "band": result.band.value,
        "reasons": stored_waiting(result.explanation, waiting_since),
    }
