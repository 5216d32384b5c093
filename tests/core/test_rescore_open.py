"""`Triage.rescore_open` in bulk against re-scoring ticket by ticket (the way it was done before):
on a varied desk — every kind of channel, cues and heating threads, customers with and without
loyalty value, paused clocks from replies and reopenings, rule escalations, returned ones — under
the default policy, business hours with targets per band, and targets that grow towards P1, the
database ends up the same, column for column and event for event, run after run."""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text

from triage.analysis.analyzer import MessageAnalyzer
from triage.clock import FixedClock
from triage.domain.enums import Band, CueClass, Visibility
from triage.scoring.sla import sla_minutes
from triage.scoring.sla_policy import (
    DEFAULT_POLICIES,
    OFFICE_WEEK,
    BusinessHours,
    PolicySet,
    SlaPolicy,
)
from triage.services import Triage, escalations, queue, rescoring
from triage.services.policies import load_policies, recount_pauses, save_policies
from triage.store.db import unit_of_work
from triage.store.tables import (
    AgentRow,
    CustomerRow,
    EventRow,
    MentionRow,
    TicketRow,
)

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # a Monday
CHANNELS = ("x", "facebook", "instagram", "x_dm", "whatsapp", "email", "webform", "trustpilot")
CUES = [c.value for c in CueClass]


def _per_band(targets: tuple[int, int, int, int], hours: BusinessHours) -> PolicySet:
    policies = PolicySet(DEFAULT_POLICIES.targets, hours)
    for kind in Visibility:
        for band, minutes in zip((Band.P1, Band.P2, Band.P3, Band.P4), targets, strict=True):
            policies = policies.with_policy(kind, band, SlaPolicy(minutes, minutes * 30))
    return policies


OFFICE = BusinessHours("Europe/Amsterdam", OFFICE_WEEK, frozenset({date(2026, 11, 18)}))
POLICIES = {
    "default": None,  # nothing stored: the defaults, around the clock
    "business_hours_per_band": _per_band((15, 30, 60, 240), OFFICE),
    "growing_towards_p1": _per_band((240, 120, 30, 15), BusinessHours()),
}


def reference_rescore_open(app: Triage) -> int:
    """Triage.rescore_open as it was: ORM rows, one `_rescore_row` each."""
    done = 0
    with unit_of_work(app.sessions) as s:
        values = dict(
            s.execute(
                select(CustomerRow.id, CustomerRow.value_pct).where(
                    CustomerRow.value_pct.is_not(None)
                )
            ).all()
        )
        rows = list(s.scalars(queue.open_for_rescore()))
        policies = load_policies(s)
        recount_pauses(s, rows, policies.hours)
        for row in rows:
            app._rescore_row(s, row, values, policies)
            done += 1
        escalations.apply_rules(s, rows, app.clock.now())
    return done


def _desk(app: Triage, seed: int, policies: PolicySet | None) -> None:
    """A few hundred tickets with scores left by an earlier run (often stale)."""
    rng = random.Random(seed)
    with unit_of_work(app.sessions) as s:
        if policies is not None:
            save_policies(s, policies, "lead", NOW - timedelta(days=30))
        s.add(AgentRow(name="lead", display_name="Lead", role="lead", created_at=NOW))
        customers = [
            CustomerRow(
                display_name=f"Customer {i}",
                value_pct=None if i % 3 == 0 else round(rng.random(), 3),
                segment=rng.choice(["ambassador", "shopper", ""]),
                created_at=NOW - timedelta(days=400),
            )
            for i in range(60)
        ]
        s.add_all(customers)
        s.flush()
        for n in range(420):
            _ticket(s, rng, n, customers)


def _ticket(s: Any, rng: random.Random, n: int, customers: list[CustomerRow]) -> None:
    channel = rng.choice(CHANNELS)
    status = rng.choices(["new", "open", "pending", "resolved"], [40, 40, 10, 10])[0]
    opened = NOW - timedelta(minutes=rng.randint(5, 60 * 24 * 20), seconds=rng.randint(0, 59))
    # A history: the customer, our replies, the customer again; sometimes resolved in between.
    times = sorted(
        opened + timedelta(minutes=rng.randint(0, int((NOW - opened).total_seconds() // 60)))
        for _ in range(rng.randint(1, 6))
    )
    times[0] = opened
    directions = ["in"] + [rng.choice(["in", "out"]) for _ in times[1:]]
    if status in ("new", "open"):
        directions[-1] = "in"
    waiting_since: datetime | None = None
    followups = 0
    last_out: datetime | None = None
    for at, d in zip(times, directions, strict=True):
        if d == "out":
            waiting_since, last_out = None, at
        else:
            if last_out is not None and waiting_since is None:
                followups += 1
            waiting_since = waiting_since or at
    if status in ("pending", "resolved") or rng.random() < 0.05:
        waiting_since = None  # also a few open ones nobody waits on
    reopened = int(followups > 0 and rng.random() < 0.3)
    classes = sorted(set(rng.sample(CUES, rng.choice([0, 0, 1, 2, 3]))))
    sentiment = rng.choice([rng.uniform(0, 100), 10.0, 44.9, 45.0, 50.0, 70.0])
    escalated = rng.random() < 0.25
    customer = rng.choice([*customers, None])
    band = rng.choice(["P1", "P2", "P3", "P4"])
    row = TicketRow(
        channel=channel,
        customer_id=customer.id if customer is not None else None,
        status=status,
        priority=rng.randint(0, 100),
        band=band,
        components={"cues": 3, "waiting": 4},
        reasons=[{"key": "waiting", "points": 4, "args": {"waited": 1, "target": 60}}],
        cue_points=min(1.0, 0.3 * len(classes)) if rng.random() < 0.9 else 0.15,
        cue_classes=classes,
        cue_evidence=[{"cue": c, "text": ""} for c in classes],
        sentiment=sentiment,
        first_sentiment=rng.choice([sentiment, min(100.0, sentiment + 30), rng.uniform(0, 100)]),
        interactions=rng.choice([0, 3, 150, 2_000]),
        followers=rng.choice([0, 40, 9_000, 12_000, 2_500_000]),
        repeat_contacts=rng.randint(0, 5),
        followups=followups,
        joiners=rng.choice([0, 0, 1, 3]),
        recent_inbound=[
            at.isoformat() for at, d in zip(times, directions, strict=True) if d == "in"
        ][-5:],
        channel_switch=rng.random() < 0.2,
        reopened=reopened,
        lang=rng.choice(["nl", "en"]),
        snippet=f"ticket {n}",
        author=f"@a{n}",
        author_name=f"A {n}",
        message_count=len(times),
        opened_at=opened,
        last_inbound_at=max(at for at, d in zip(times, directions, strict=True) if d == "in"),
        last_outbound_at=last_out,
        first_response_at=next(
            (at for at, d in zip(times, directions, strict=True) if d == "out"), None
        ),
        waiting_since=waiting_since,
        sla_minutes=sla_minutes(channel),
        sla_due_at=rng.choice([None, NOW, opened + timedelta(hours=1)]),
        resolved_at=times[-1] if status == "resolved" else None,
        escalated=escalated,
        escalation_state=rng.choice(["pending", "approved"])
        if escalated
        else rng.choice(["", "", "returned"]),
        updated_at=rng.choice([opened, NOW - timedelta(minutes=1)]),
        paused_seconds=rng.choice([0, 0, 600]),  # sometimes counted before, sometimes wrongly
        resolution_due_at=rng.choice([None, opened + timedelta(days=1)]),
        version=1,
    )
    s.add(row)
    s.flush()
    for k, (at, d) in enumerate(zip(times, directions, strict=True)):
        s.add(
            MentionRow(
                ticket_id=row.id,
                channel=channel,
                external_id=f"{n}-{k}",
                direction=d,
                author_handle=row.author if d == "in" else "@brand",
                text="…",
                created_at=at,
                imported_at=NOW - timedelta(days=1),
            )
        )
    if reopened and last_out is not None:  # resolved after our reply, then the customer wrote
        s.add(
            EventRow(
                ticket_id=row.id,
                kind="resolved",
                actor="lead",
                at=last_out + timedelta(minutes=3),
                payload={"outcome": "solved"},
            )
        )


@pytest.fixture
def desks(
    tmp_path: Any, template_db: Any, analyzer: MessageAnalyzer, request: pytest.FixtureRequest
) -> Iterator[Any]:
    """Desks built alike on SQLite (files) or, for tests that ask, on PostgreSQL."""
    made: list[Triage] = []

    def make(name: str, seed: int, policies: PolicySet | None, backend: str = "sqlite") -> Triage:
        if backend == "postgresql":
            url = request.getfixturevalue("pg_url")()
        else:
            path = tmp_path / f"{name}.db"
            shutil.copyfile(template_db, path)
            url = f"sqlite:///{path}"
        app = Triage.open(url, clock=FixedClock(NOW), analyzer=analyzer)
        made.append(app)
        _desk(app, seed, policies)
        return app

    yield make
    for app in made:
        app.close()


def _state(app: Triage, events: bool = True) -> tuple[list[Any], list[Any]]:
    """Every ticket column and every event, as the database holds them; not when a ticket is
    next due for the periodic run (the per-row path makes it due at once, by design)."""
    with app.engine.connect() as conn:
        result = conn.execute(text("SELECT * FROM tickets ORDER BY id"))
        keep = [i for i, name in enumerate(result.keys()) if name != "rescore_at"]
        tickets = [tuple(r[i] for i in keep) for r in result.all()]
        if not events:
            return tickets, []
        happened = conn.execute(
            select(
                EventRow.ticket_id,
                EventRow.kind,
                EventRow.actor,
                EventRow.at,
                EventRow.payload,
                EventRow.redacted,
            )
        ).all()
    ordered = sorted(
        (tuple(e) for e in happened),
        key=lambda e: (e[0] or 0, e[1], e[3], json.dumps(e[4], sort_keys=True)),
    )
    return [tuple(r) for r in tickets], ordered


def _tickets(app: Triage) -> list[Any]:
    return _state(app, events=False)[0]


@pytest.mark.parametrize(
    ("policy", "backend"),
    [(policy, "sqlite") for policy in sorted(POLICIES)]
    + [("business_hours_per_band", "postgresql")],
)
def test_bulk_rescore_leaves_what_rescoring_row_by_row_leaves(
    desks: Any, policy: str, backend: str
) -> None:
    seed = sorted(POLICIES).index(policy) + 11
    reference = desks("reference", seed, POLICIES[policy], backend)
    fast = desks("fast", seed, POLICIES[policy], backend)
    assert _state(reference) == _state(fast)  # the same desk to start with
    before = len(_state(fast)[1])
    for later in (timedelta(0), timedelta(minutes=1), timedelta(minutes=47), timedelta(hours=30)):
        for app in (reference, fast):
            app.clock.set(NOW + later)  # type: ignore[attr-defined]
        assert fast.rescore_open(full=True) == reference_rescore_open(reference)
        ref_tickets, ref_events = _state(reference)
        fast_tickets, fast_events = _state(fast)
        for mine, theirs in zip(fast_tickets, ref_tickets, strict=True):
            assert mine == theirs, f"ticket {theirs[0]} after {later}"
        assert fast_events == ref_events
    kinds = {e[1] for e in _state(fast)[1][before:]}
    assert {"scored", "escalated"} <= kinds  # the desk exercised both
    assert fast.audit_verify().ok


def test_a_run_that_changes_nothing_writes_nothing(
    desks: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = desks("fast", 5, POLICIES["business_hours_per_band"])
    fast.rescore_open(full=True)
    state = _state(fast)
    changed: list[int] = []
    original = rescoring._SqliteStore.write

    def write(store: Any, rows: Any, writes: Any) -> None:
        before = store.cursor.connection.total_changes
        original(store, rows, writes)
        changed.append(store.cursor.connection.total_changes - before)

    monkeypatch.setattr(rescoring._SqliteStore, "write", write)
    waiting = fast.rescore_open(full=True)  # at the same moment: nothing moved
    assert waiting > 0
    assert sum(changed) == 0  # no row rewritten, not even with the same values
    assert _state(fast) == state
    assert fast.rescore_open(full=False) == 0  # and nothing is due
    fast.clock.set(NOW + timedelta(minutes=1))  # type: ignore[attr-defined]
    with fast.engine.connect() as conn:
        due = conn.execute(
            select(func.count()).where(
                TicketRow.status.in_(("new", "open")),
                TicketRow.waiting_since.is_not(None),
                TicketRow.rescore_at <= NOW + timedelta(minutes=1),
            )
        ).scalar_one()
    changed.clear()
    assert fast.rescore_open(full=False) == due < waiting  # a minute later: only those due
    assert sum(changed) <= due


@pytest.mark.parametrize("policy", sorted(POLICIES))
def test_the_periodic_run_reads_only_due_tickets_and_leaves_what_a_full_run_leaves(
    desks: Any, policy: str
) -> None:
    """Two copies of a desk, one re-scored in full every time, one only where the stored
    moment has come: after every run, minute by minute and then through nights and a
    weekend, the same scores, reasons, due times, escalations and events."""
    seed = sorted(POLICIES).index(policy) + 31
    full = desks("full", seed, POLICIES[policy])
    due = desks("due", seed, POLICIES[policy])
    for app in (full, due):  # half the waits fresh, so targets and reply times fall due
        with unit_of_work(app.sessions) as s:
            for t in s.scalars(select(TicketRow).where(TicketRow.id % 2 == 0)):
                if t.waiting_since is not None:
                    t.waiting_since = NOW - timedelta(minutes=(t.id * 7) % 150, seconds=t.id)
                    t.escalated, t.escalation_state = False, ""
    steps = [timedelta(minutes=m) for m in range(0, 150)]
    steps += [timedelta(minutes=150 + 97 * k) for k in range(1, 70)]  # to about 4.8 days
    scored = 0
    for step in steps:
        for app in (full, due):
            app.clock.set(NOW + step)  # type: ignore[attr-defined]
        everything = full.rescore_open(full=True)
        scored += due.rescore_open(full=step == timedelta(0))
        for mine, theirs in zip(_tickets(due), _tickets(full), strict=True):
            assert mine == theirs, f"ticket {theirs[0]} after {step}"
    assert _state(due) == _state(full)  # and the same events, at the same moments
    assert scored < everything * len(steps) / 10  # it read a small part of what the full run read
