"""Score a stored ticket: read its stored inputs, write the total and its explanation back.

Works on anything shaped like a ticket row (the ORM row, or the importer's plain state).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Protocol

from triage.domain.enums import channel_visibility
from triage.domain.models import PriorityResult
from triage.scoring.priority import DEFAULT_WEIGHTS, PriorityInputs, score, thread_heat
from triage.scoring.sla import due_at


class ScorableTicket(Protocol):
    channel: str
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
    waiting_since: datetime | None
    sla_minutes: int
    priority: int
    band: str
    components: dict[str, Any]
    reasons: list[Any]
    sla_due_at: datetime | None


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


def apply_score(row: ScorableTicket, result: PriorityResult) -> bool:
    """Store a score on the row; True when the band changed (worth an event)."""
    changed = row.band != result.band.value
    row.priority = result.total
    row.band = result.band.value
    row.components = result.points
    row.reasons = result.explanation
    row.sla_due_at = due_at(row.waiting_since, row.sla_minutes)
    return changed


def rescore(
    row: ScorableTicket,
    now: datetime,
    value_pct: float | None = None,
    weights: Mapping[str, float] | None = None,
) -> tuple[PriorityResult, bool]:
    result = score(inputs_for(row, value_pct, weights), now)
    return result, apply_score(row, result)


def scored_payload(result: PriorityResult) -> dict[str, object]:
    return {"priority": result.total, "band": result.band.value, "reasons": result.explanation}
