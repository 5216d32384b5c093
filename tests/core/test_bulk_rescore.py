"""The bulk scorer against the per-ticket one (`tickets.rescore`): the same stored score, to the
character, for any inputs, under the default policy, business hours and targets per band."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from triage.domain.enums import Band, CueClass, Visibility
from triage.scoring.bulk_rescore import INPUTS, BulkScorer, Rescored
from triage.scoring.sla_policy import (
    DEFAULT_POLICIES,
    OFFICE_WEEK,
    BusinessHours,
    Interval,
    PolicySet,
    SlaPolicy,
)
from triage.scoring.tickets import rescore

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # a Monday
OFFICE = BusinessHours("Europe/Amsterdam", OFFICE_WEEK, frozenset({date(2026, 11, 20)}))
SPLIT_DAY = BusinessHours(
    "Europe/Amsterdam",
    ((Interval.of("08:00", "12:00"), Interval.of("13:00", "22:00")),) * 6 + ((),),
)


def _per_band(targets: tuple[int, int, int, int]) -> PolicySet:
    policies = DEFAULT_POLICIES
    for kind in Visibility:
        for band, minutes in zip((Band.P1, Band.P2, Band.P3, Band.P4), targets, strict=True):
            policies = policies.with_policy(kind, band, SlaPolicy(minutes, minutes * 20))
    return policies


POLICIES = (
    DEFAULT_POLICIES,
    PolicySet(DEFAULT_POLICIES.targets, OFFICE),
    PolicySet(_per_band((15, 30, 60, 120)).targets, SPLIT_DAY),
    _per_band((15, 30, 60, 120)),
    _per_band((240, 120, 30, 15)),  # growing towards P1: no band fits its own target
)


@dataclass
class Ticket:
    """What rescore reads and writes, as a ticket row holds it."""

    channel: str = "x"
    status: str = "open"
    cue_points: float = 0.0
    cue_classes: list[Any] = field(default_factory=list)
    sentiment: float = 50.0
    first_sentiment: float = 50.0
    followers: int = 0
    interactions: int = 0
    repeat_contacts: int = 1
    channel_switch: bool = False
    reopened: int = 0
    followups: int = 0
    joiners: int = 0
    recent_inbound: list[Any] = field(default_factory=list)
    opened_at: datetime = NOW
    last_inbound_at: datetime = NOW
    last_outbound_at: datetime | None = None
    resolved_at: datetime | None = None
    waiting_since: datetime | None = NOW
    sla_minutes: int = 60
    priority: int = 0
    band: str = "P4"
    components: dict[str, Any] = field(default_factory=dict)
    reasons: list[Any] = field(default_factory=list)
    sla_due_at: datetime | None = None
    paused_seconds: int = 0
    resolution_due_at: datetime | None = None


def _text(at: datetime | None) -> str | None:
    """A time as SQLite holds it."""
    return None if at is None else at.replace(tzinfo=None).isoformat(" ", "microseconds")


def _bulk(policies: PolicySet, t: Ticket, value: float | None, stored: bool) -> Rescored:
    """The bulk scorer on the ticket as the store hands it over: on SQLite as text (JSON and
    times), elsewhere decoded."""
    inputs = {
        "channel": t.channel,
        "cue_points": t.cue_points,
        "cue_classes": json.dumps(t.cue_classes) if stored else t.cue_classes,
        "sentiment": t.sentiment,
        "first_sentiment": t.first_sentiment,
        "followers": t.followers,
        "interactions": t.interactions,
        "repeat_contacts": t.repeat_contacts,
        "channel_switch": int(t.channel_switch) if stored else t.channel_switch,
        "reopened": t.reopened,
        "followups": t.followups,
        "joiners": t.joiners,
        "recent_inbound": json.dumps(t.recent_inbound) if stored else t.recent_inbound,
        "waiting_since": _text(t.waiting_since) if stored else t.waiting_since,
        "opened_at": _text(t.opened_at) if stored else t.opened_at,
        "paused_seconds": t.paused_seconds,
        "value_pct": value,
    }
    scorer = BulkScorer(policies, NOW, stored_text=stored)
    return scorer.score(tuple(inputs[name] for name in INPUTS))


def _assert_same(t: Ticket, policies: PolicySet, value: float | None, stored: bool) -> None:
    got = _bulk(policies, t, value, stored)
    result, _changed = rescore(t, NOW, value, policies=policies)
    assert (got.priority, got.band, got.sla_minutes) == (t.priority, t.band, t.sla_minutes)
    assert got.components_json == json.dumps(t.components)
    assert got.reasons_json == json.dumps(t.reasons)
    assert got.explanation() == result.explanation
    due = (t.sla_due_at, t.resolution_due_at)
    if stored:  # read from SQLite's text, given back as naive UTC
        due = tuple(None if d is None else d.replace(tzinfo=None) for d in due)
    assert (got.sla_due_at, got.resolution_due_at) == due
    payload = {"priority": result.total, "band": result.band.value, "reasons": t.reasons}
    assert json.loads(got.scored_payload_json()) == payload


tickets = st.builds(
    Ticket,
    channel=st.sampled_from(["x", "facebook_dm", "email", "instagram", "whatsapp", "webform"]),
    status=st.sampled_from(["new", "open"]),
    cue_points=st.floats(0, 1.2),
    cue_classes=st.lists(st.sampled_from([c.value for c in CueClass]), unique=True, max_size=4),
    sentiment=st.floats(0, 100),
    first_sentiment=st.floats(0, 100),
    followers=st.integers(0, 3_000_000),
    interactions=st.integers(0, 5_000),
    repeat_contacts=st.integers(0, 6),
    channel_switch=st.booleans(),
    reopened=st.integers(0, 2),
    followups=st.integers(0, 3),
    joiners=st.integers(0, 3),
    recent_inbound=st.lists(
        st.integers(0, 300).map(lambda m: (NOW - timedelta(minutes=m)).isoformat()), max_size=5
    ),
    opened_at=st.integers(0, 60 * 24 * 40).map(lambda m: NOW - timedelta(minutes=m, seconds=7)),
    waiting_since=st.one_of(
        st.none(),
        st.integers(0, 60 * 24 * 30).map(lambda m: NOW - timedelta(minutes=m, microseconds=m * 37)),
    ),
    paused_seconds=st.integers(0, 400_000),
)


@settings(max_examples=400, deadline=None)
@given(
    ticket=tickets,
    policies=st.sampled_from(POLICIES),
    value=st.one_of(st.none(), st.floats(0, 1)),
    stored=st.booleans(),
)
def test_the_bulk_scorer_stores_what_rescore_stores(
    ticket: Ticket, policies: PolicySet, value: float | None, stored: bool
) -> None:
    _assert_same(ticket, policies, value, stored)


def test_floors_heat_and_reasons_in_order() -> None:
    """The cases the explanation's order and the floors hinge on, spelled out."""
    angry = Ticket(
        sentiment=10,
        first_sentiment=80,
        cue_classes=["legal", "churn"],
        cue_points=0.8,
        followers=500_000,
        interactions=900,
        repeat_contacts=3,
        followups=2,
        joiners=1,
        recent_inbound=[(NOW - timedelta(minutes=m)).isoformat() for m in (50, 20, 5)],
        waiting_since=NOW - timedelta(minutes=200),
    )
    safety = Ticket(cue_classes=["safety"], cue_points=0.9, sentiment=70)
    late_praise = Ticket(sentiment=90, waiting_since=NOW - timedelta(days=3))
    late_complaint = Ticket(
        channel="email", sentiment=50, cue_classes=["complaint"], waiting_since=NOW - timedelta(2)
    )
    for t in (angry, safety, late_praise, late_complaint, Ticket(waiting_since=None)):
        for policies in POLICIES:
            _assert_same(Ticket(**vars(t)), policies, 0.7, stored=True)
