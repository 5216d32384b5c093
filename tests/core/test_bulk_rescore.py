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
from triage.scoring.waiting import stored_waiting

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
    rescore_at: datetime | None = None


def _text(at: datetime | None) -> str | None:
    """A time as SQLite holds it."""
    return None if at is None else at.replace(tzinfo=None).isoformat(" ", "microseconds")


def _bulk(
    policies: PolicySet, t: Ticket, value: float | None, stored: bool, now: datetime = NOW
) -> Rescored:
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
    scorer = BulkScorer(policies, now, stored_text=stored)
    return scorer.score(tuple(inputs[name] for name in INPUTS))


def _assert_same(t: Ticket, policies: PolicySet, value: float | None, stored: bool) -> None:
    got = _bulk(policies, t, value, stored)
    result, _changed = rescore(t, NOW, value, policies=policies)
    assert (got.priority, got.band, got.sla_minutes) == (t.priority, t.band, t.sla_minutes)
    assert got.components_json == json.dumps(t.components)
    assert got.reasons_json == json.dumps(t.reasons)
    assert got.explanation() == stored_waiting(result.explanation, t.waiting_since)
    assert t.rescore_at == NOW  # scored outside the periodic run: due for it
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


def _stored_score(
    t: Ticket, policies: PolicySet, value: float | None, at: datetime
) -> tuple[Any, ...]:
    copy = Ticket(**vars(t))
    rescore(copy, at, value, policies=policies)
    return (
        copy.priority,
        copy.band,
        copy.sla_minutes,
        json.dumps(copy.components),
        json.dumps(copy.reasons),
        copy.sla_due_at,
        copy.resolution_due_at,
    )


@settings(max_examples=300, deadline=None)
@given(
    ticket=tickets,
    policies=st.sampled_from(POLICIES),
    value=st.one_of(st.none(), st.floats(0, 1)),
    stored=st.booleans(),
    share=st.floats(0.0, 0.999),
)
def test_nothing_stored_changes_before_the_moment_the_scorer_names(
    ticket: Ticket, policies: PolicySet, value: float | None, stored: bool, share: float
) -> None:
    """The periodic run skips a ticket until its `changes_at`: every moment before it gives
    the same stored score as the moment it was scored (and None means never again)."""
    changes_at = _bulk(policies, ticket, value, stored).changes_at
    if changes_at is None:
        later = [NOW + timedelta(days=d) for d in (1, 9, 40)]
    else:
        if stored:
            changes_at = changes_at.replace(tzinfo=UTC)
        assert changes_at > NOW - timedelta(milliseconds=1)  # (a step rounding put at NOW)
        later = [NOW + (changes_at - NOW) * share, changes_at - timedelta(microseconds=1)]
    before = _stored_score(ticket, policies, value, NOW)
    for at in later:
        assert _stored_score(ticket, policies, value, at) == before, at


def test_waiting_moves_the_score_at_the_moment_named() -> None:
    """A fresh wait: the moment named is where a waiting point is added, not later."""
    t = Ticket(sentiment=30, waiting_since=NOW - timedelta(minutes=10))
    changes_at = _bulk(DEFAULT_POLICIES, t, None, False).changes_at
    assert changes_at is not None
    before = _stored_score(t, DEFAULT_POLICIES, None, NOW)
    assert _stored_score(t, DEFAULT_POLICIES, None, changes_at + timedelta(seconds=1)) != before
    # and once every target is reached, waiting changes nothing any more
    late = Ticket(sentiment=30, waiting_since=NOW - timedelta(days=5))
    assert _bulk(DEFAULT_POLICIES, late, None, False).changes_at is None


def test_reaching_the_target_is_a_moment_of_its_own() -> None:
    """Waiting points stop growing just before the target; the breach floor comes at it."""
    t = Ticket(sentiment=20, waiting_since=NOW - timedelta(minutes=59, seconds=30))
    changes_at = _bulk(DEFAULT_POLICIES, t, None, False).changes_at
    assert changes_at == NOW + timedelta(seconds=30)
    before = _stored_score(t, DEFAULT_POLICIES, None, NOW)
    after = _stored_score(t, DEFAULT_POLICIES, None, changes_at)
    assert before[0] < 60 <= after[0]  # the breach floor
