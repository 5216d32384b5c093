"""Ticket priority 0-100 as a sum of named components, each with its reason.

Starting model: domain.md §10.1 (weights 25/25/15/15/10/10, floors, bands).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

from triage.domain.enums import Band, CueClass, Visibility
from triage.domain.models import Component, PriorityResult

DEFAULT_WEIGHTS: Mapping[str, float] = MappingProxyType(
    {
        "cues": 25.0,
        "waiting": 25.0,
        "tone": 15.0,
        "reach": 15.0,
        "value": 10.0,
        "repeat": 10.0,
    }
)
UNKNOWN_VALUE = 0.3
SAFETY_FLOOR = 90
BREACH_FLOOR = 60
PUBLIC_THREAT_FLOOR = 75
PUBLIC_THREAT_REACH = 0.6
UNHAPPY_SENTIMENT = 45.0
HEAT_POINTS = 0.4  # a fully heating thread counts like a strong escalation cue
CALM_SENTIMENT = 50.0


@dataclass(frozen=True, slots=True)
class PriorityInputs:
    cue_points: float = 0.0
    cue_classes: tuple[str, ...] = ()
    sentiment: float = 50.0  # latest inbound message, 0-100
    first_sentiment: float = 50.0
    followers: int = 0
    interactions: int = 0
    visibility: Visibility = Visibility.PUBLIC
    value_pct: float | None = None
    contacts: int = 1
    channel_switch: bool = False
    reopened: int = 0
    waiting_since: datetime | None = None
    sla_minutes: int = 60
    heat: float = 0.0  # 0..1: the thread is getting angrier, faster, longer or drawing people
    heat_why: tuple[str, ...] = ()
    weights: Mapping[str, float] = field(default_factory=lambda: DEFAULT_WEIGHTS)


def thread_heat(
    first_sentiment: float,
    sentiment: float,
    inbound_times: list[datetime],
    followups: int,
    joiners: int,
) -> tuple[float, tuple[str, ...]]:
    """How much a conversation is escalating, and why. A calm latest message cools it down."""
    if sentiment >= CALM_SENTIMENT:
        return 0.0, ()  # the cues of the open turn still count on their own
    parts: list[tuple[str, float]] = []
    if first_sentiment - sentiment >= 20:
        parts.append(("angrier", 0.4))
    times = sorted(inbound_times)[-3:]
    if len(times) == 3 and (times[-1] - times[0]).total_seconds() <= 3600:
        parts.append(("faster", 0.3))
    if followups >= 2:
        parts.append(("longer", 0.2))
    if joiners >= 1:
        parts.append(("more_people", min(0.4, 0.2 * joiners)))
    return min(1.0, sum(v for _, v in parts)), tuple(name for name, _ in parts)


def band_of(total: int) -> Band:
    if total >= 80:
        return Band.P1
    if total >= 60:
        return Band.P2
    if total >= 35:
        return Band.P3
    return Band.P4


def reach_value(followers: int, interactions: int, visibility: Visibility) -> float:
    vis = 1.0 if visibility is Visibility.PUBLIC else 0.3
    f = min(1.0, math.log10(1 + max(0, followers)) / 6)
    a = min(1.0, math.log10(1 + max(0, interactions)) / 3)
    return vis * (0.6 * f + 0.4 * a)


def waited_minutes(waiting_since: datetime | None, now: datetime) -> float:
    if waiting_since is None:
        return 0.0
    return max(0.0, (now - waiting_since).total_seconds() / 60.0)


def _component(
    name: str, value: float, weights: Mapping[str, float], args: dict[str, object]
) -> Component:
    value = 0.0 if value < 0.0 else 1.0 if value > 1.0 else value
    weight = weights.get(name, 0.0)
    # Half-up rounding: 12.5 points is 13, as a person would round it.
    return Component(name, value, weight, math.floor(value * weight + 0.5), args)


def score(inputs: PriorityInputs, now: datetime) -> PriorityResult:
    w = inputs.weights
    waited = waited_minutes(inputs.waiting_since, now)
    target = max(1, inputs.sla_minutes)

    tone = max(0.0, min(1.0, (70.0 - inputs.sentiment) / 60.0))
    dropped = inputs.first_sentiment - inputs.sentiment >= 20
    if dropped:
        tone = min(1.0, tone + 0.2)

    repeat = (inputs.contacts - 1) / 3 + 0.25 * inputs.channel_switch + 0.25 * (inputs.reopened > 0)
    reach = reach_value(inputs.followers, inputs.interactions, inputs.visibility)
    value = UNKNOWN_VALUE if inputs.value_pct is None else inputs.value_pct

    components = (
        _component(
            "cues",
            inputs.cue_points + HEAT_POINTS * inputs.heat,
            w,
            {"classes": list(inputs.cue_classes), "heat": list(inputs.heat_why)},
        ),
        _component("waiting", waited / target, w, {"waited": round(waited), "target": target}),
        _component("tone", tone, w, {"sentiment": round(inputs.sentiment), "dropped": dropped}),
        _component(
            "reach",
            reach,
            w,
            {
                "followers": inputs.followers,
                "interactions": inputs.interactions,
                "public": inputs.visibility is Visibility.PUBLIC,
            },
        ),
        _component("value", value, w, {"known": inputs.value_pct is not None}),
        _component(
            "repeat",
            repeat,
            w,
            {
                "contacts": inputs.contacts,
                "switched": inputs.channel_switch,
                "reopened": inputs.reopened,
            },
        ),
    )
    total = min(100, sum(c.points for c in components))
    floor = ""
    classes = set(inputs.cue_classes)
    if CueClass.SAFETY.value in classes and total < SAFETY_FLOOR:
        total, floor = SAFETY_FLOOR, "safety"
    if (
        (classes & {CueClass.LEGAL.value, CueClass.MEDIA.value})
        and inputs.visibility is Visibility.PUBLIC
        and reach >= PUBLIC_THREAT_REACH
        and total < PUBLIC_THREAT_FLOOR
    ):
        total, floor = PUBLIC_THREAT_FLOOR, "public_threat"
    # The breach floor is for unhappy customers: a late answer to praise, a neutral question or
    # noise is still late (the waiting points say so) but is no emergency.
    # A complaint call alone does not make a glowing review an emergency.
    threats = classes - {CueClass.REPEAT.value, CueClass.COMPLAINT.value}
    complaining = CueClass.COMPLAINT.value in classes and inputs.sentiment < 55.0
    unhappy = inputs.sentiment < UNHAPPY_SENTIMENT or bool(threats) or complaining
    if waited >= target and unhappy and total < BREACH_FLOOR:
        total, floor = BREACH_FLOOR, "breach"
    return PriorityResult(total=total, band=band_of(total), components=components, floor=floor)
