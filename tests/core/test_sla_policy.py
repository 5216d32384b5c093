"""SLA policies: business hours (weekends, holidays, DST in Amsterdam), paused clocks, the JSON
form and its errors, defaults that keep today's behaviour, and the breaches coming up."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from triage.clock import FixedClock
from triage.domain.enums import Band, CueClass, Role, Visibility
from triage.domain.errors import Forbidden
from triage.scoring.sla import DEFAULT_SLA_MINUTES, sla_minutes
from triage.scoring.sla_clock import (
    Turn,
    ended_pause_seconds,
    pause_intervals,
    ticket_resolution_due,
)
from triage.scoring.sla_policy import (
    ALL_WEEK,
    DEFAULT_POLICIES,
    OFFICE_WEEK,
    SETTING_KEY,
    BusinessHours,
    Interval,
    PolicyError,
    PolicySet,
    SlaPolicy,
    add_business_minutes,
    business_minutes_between,
    due,
    is_open,
    state,
)
from triage.scoring.tickets import rescore
from triage.services import Triage
from triage.services.policies import load_policies, save_policies, upcoming_breaches
from triage.store.tables import SettingRow, TicketRow

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # Monday, 10:30 in Amsterdam


def ams(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    """An Amsterdam wall-clock time, as the aware UTC instant the store would hold."""
    return datetime(y, mo, d, h, mi, tzinfo=AMS).astimezone(UTC)


OFFICE = BusinessHours("Europe/Amsterdam", OFFICE_WEEK)
LUNCH = BusinessHours(
    "Europe/Amsterdam",
    ((Interval.of("09:00", "12:00"), Interval.of("13:00", "17:30")),) * 5 + ((), ()),
)
CHRISTMAS = BusinessHours(
    "Europe/Amsterdam", OFFICE_WEEK, frozenset({date(2026, 12, 25), date(2026, 12, 28)})
)


def all_days_but(holiday: date, tz: str = "Europe/Amsterdam") -> BusinessHours:
    """Open round the clock except one date: business time, but not the always-open shortcut."""
    return BusinessHours(tz, ALL_WEEK, frozenset({holiday}))


# -- business hours -------------------------------------------------------------------------------


def test_closed_hours_and_weekends_are_skipped() -> None:
    assert add_business_minutes(ams(2026, 11, 20, 16, 30), 60, OFFICE) == ams(2026, 11, 23, 9, 30)
    assert add_business_minutes(ams(2026, 11, 21, 12), 30, OFFICE) == ams(2026, 11, 23, 9, 30)
    assert add_business_minutes(ams(2026, 11, 23, 7), 30, OFFICE) == ams(2026, 11, 23, 9, 30)
    assert add_business_minutes(ams(2026, 11, 23, 16), 60, OFFICE) == ams(2026, 11, 23, 17)
    assert business_minutes_between(ams(2026, 11, 20, 16), ams(2026, 11, 23, 10), OFFICE) == 120
    assert business_minutes_between(ams(2026, 11, 21, 8), ams(2026, 11, 22, 20), OFFICE) == 0
    assert business_minutes_between(ams(2026, 11, 23, 10), ams(2026, 11, 20, 16), OFFICE) == -120


def test_a_lunch_break_is_closed_time() -> None:
    assert add_business_minutes(ams(2026, 11, 23, 11, 30), 60, LUNCH) == ams(2026, 11, 23, 13, 30)
    assert business_minutes_between(ams(2026, 11, 23, 8), ams(2026, 11, 24, 8), LUNCH) == 450
    assert not is_open(ams(2026, 11, 23, 12, 15), LUNCH)
    assert is_open(ams(2026, 11, 23, 13), LUNCH)
    assert not is_open(ams(2026, 11, 23, 17, 30), LUNCH)  # the closing moment is closed


def test_holidays_are_closed_all_day() -> None:
    # Thursday 24 December 16:00, two hours: Friday (Christmas) and Monday 28th are closed.
    assert add_business_minutes(ams(2026, 12, 24, 16), 120, CHRISTMAS) == ams(2026, 12, 29, 10)
    assert business_minutes_between(ams(2026, 12, 24, 9), ams(2026, 12, 29, 9), CHRISTMAS) == 480


def test_office_hours_across_the_spring_and_autumn_clock_changes() -> None:
    # Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
    due_at = add_business_minutes(ams(2026, 3, 27, 16), 120, OFFICE)
    assert due_at == ams(2026, 3, 30, 10) == datetime(2026, 3, 30, 8, tzinfo=UTC)
    due_at = add_business_minutes(ams(2026, 10, 23, 16), 120, OFFICE)
    assert due_at == ams(2026, 10, 26, 10) == datetime(2026, 10, 26, 9, tzinfo=UTC)
    week = business_minutes_between(ams(2026, 3, 23), ams(2026, 3, 30, 23), OFFICE)
    assert week == 6 * 8 * 60  # Monday to Monday: six working days of eight real hours


def test_days_of_23_and_25_hours() -> None:
    hours = all_days_but(date(2026, 1, 1))
    assert business_minutes_between(ams(2026, 3, 29), ams(2026, 3, 30), hours) == 23 * 60
    assert business_minutes_between(ams(2026, 10, 25), ams(2026, 10, 26), hours) == 25 * 60
    # Saturday noon plus a day of business time is Sunday 13:00 summer time: 24 real hours.
    assert add_business_minutes(ams(2026, 3, 28, 12), 24 * 60, hours) == ams(2026, 3, 29, 13)
    assert add_business_minutes(ams(2026, 3, 28, 12), 24 * 60, hours) - ams(
        2026, 3, 28, 12
    ) == timedelta(hours=24)


def test_opening_hours_inside_the_missing_and_the_doubled_hour() -> None:
    night = ((), (), (), (), (), (), (Interval.of("01:00", "04:00"),))  # Sundays 01:00-04:00
    hours = BusinessHours("Europe/Amsterdam", night)
    spring = business_minutes_between(ams(2026, 3, 28), ams(2026, 3, 30), hours)
    autumn = business_minutes_between(ams(2026, 10, 24), ams(2026, 10, 26), hours)
    assert (spring, autumn) == (120, 240)
    gap = ((), (), (), (), (), (), (Interval.of("02:00", "03:00"),))  # does not exist in March
    hours = BusinessHours("Europe/Amsterdam", gap)
    assert business_minutes_between(ams(2026, 3, 28), ams(2026, 3, 30), hours) == 0
    assert add_business_minutes(ams(2026, 3, 28), 30, hours) == ams(2026, 4, 5, 2, 30)


# -- properties ----------------------------------------------------------------------------------

HOURS = st.sampled_from(
    [
        OFFICE,
        LUNCH,
        CHRISTMAS,
        all_days_but(date(2026, 3, 29)),
        BusinessHours("America/New_York", OFFICE_WEEK, frozenset({date(2026, 11, 26)})),
        BusinessHours("UTC", ((Interval.of("22:00", "24:00"), Interval.of("00:00", "06:00")),) * 7),
        BusinessHours(
            "Europe/Amsterdam", ((), (), (), (), (), (Interval.of("10:00", "16:00"),), ())
        ),
        BusinessHours.around_the_clock(),
    ]
)
STARTS = st.datetimes(
    min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
)


@settings(max_examples=200, deadline=None)
@given(start=STARTS, minutes=st.integers(1, 20_000), hours=HOURS)
def test_adding_business_minutes_and_measuring_them_back_agree(
    start: datetime, minutes: int, hours: BusinessHours
) -> None:
    end = add_business_minutes(start, minutes, hours)
    assert end > start
    assert business_minutes_between(start, end, hours) == pytest.approx(minutes, abs=1e-6)


@settings(max_examples=200, deadline=None)
@given(start=STARTS, minutes=st.integers(1, 20_000), hours=HOURS)
def test_a_due_time_never_falls_in_closed_hours(
    start: datetime, minutes: int, hours: BusinessHours
) -> None:
    end = add_business_minutes(start, minutes, hours)
    # Inside opening hours or exactly at a closing time: the moment just before it is open.
    assert is_open(end - timedelta(microseconds=1), hours)


@settings(max_examples=100, deadline=None)
@given(a=STARTS, gaps=st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)), hours=HOURS)
def test_business_time_adds_up_and_never_goes_backwards(
    a: datetime, gaps: tuple[int, int], hours: BusinessHours
) -> None:
    b = a + timedelta(minutes=gaps[0])
    c = b + timedelta(minutes=gaps[1])
    ab, bc = business_minutes_between(a, b, hours), business_minutes_between(b, c, hours)
    assert ab >= 0 and bc >= 0
    assert ab + bc == pytest.approx(business_minutes_between(a, c, hours), abs=1e-6)
    assert ab <= gaps[0] + 60  # never more than the real time (plus a doubled autumn hour)


def test_round_the_clock_is_plain_elapsed_time() -> None:
    hours = BusinessHours.around_the_clock()
    assert hours.always_open
    start = ams(2026, 3, 28, 12)
    assert add_business_minutes(start, 1440, hours) == start + timedelta(days=1)


# -- policies and JSON ----------------------------------------------------------------------------


def test_defaults_are_todays_targets_round_the_clock() -> None:
    for kind in Visibility:
        for band in Band:
            policy = DEFAULT_POLICIES.policy(kind, band)
            assert policy.first_response_minutes == DEFAULT_SLA_MINUTES[kind.value]
    assert DEFAULT_POLICIES.policy("x", Band.P1).resolution_minutes == 24 * 60
    assert DEFAULT_POLICIES.policy("whatsapp", Band.P3).resolution_minutes == 24 * 60
    assert DEFAULT_POLICIES.policy("email", Band.P4).resolution_minutes == 72 * 60
    assert DEFAULT_POLICIES.hours.always_open
    assert DEFAULT_POLICIES.is_default
    start = NOW
    assert due(DEFAULT_POLICIES, "x", Band.P2, start) == (
        start + timedelta(minutes=60),
        start + timedelta(hours=24),
    )
    assert due(DEFAULT_POLICIES, "email", "P2", start, paused_seconds=3600)[1] == start + timedelta(
        hours=73
    )


def _custom() -> PolicySet:
    policies = DEFAULT_POLICIES.with_policy(Visibility.PUBLIC, Band.P1, SlaPolicy(15, 240))
    return PolicySet(
        policies.targets,
        BusinessHours(
            "Europe/Amsterdam",
            LUNCH.week,
            frozenset({date(2026, 12, 25), date(2026, 12, 26)}),
        ),
        warn_before_minutes=30,
    )


def test_json_round_trip() -> None:
    for policies in (DEFAULT_POLICIES, _custom()):
        stored = json.loads(json.dumps(policies.to_json()))
        assert PolicySet.from_json(stored) == policies
    data = _custom().to_json()
    assert data["targets"]["public"]["P1"] == {"first_response": 15, "resolution": 240}
    assert data["hours"]["week"]["mon"] == [["09:00", "12:00"], ["13:00", "17:30"]]
    assert data["hours"]["week"]["sat"] == []
    assert DEFAULT_POLICIES.to_json()["hours"]["week"]["sun"] == [["00:00", "24:00"]]


def _problems(data: dict[str, Any]) -> tuple[str, ...]:
    with pytest.raises(PolicyError) as caught:
        PolicySet.from_json(data)
    return caught.value.problems


def test_every_problem_is_named_with_its_place() -> None:
    data = DEFAULT_POLICIES.to_json()
    data["targets"]["public"]["P1"]["first_response"] = -5
    data["targets"]["email"]["P2"] = {"first_response": 600, "resolution": 30}
    data["hours"]["week"]["mon"] = [["09:00", "25:00"]]
    data["hours"]["week"]["tue"] = [["17:00", "09:00"]]
    data["hours"]["week"]["wed"] = [["09:00", "13:00"], ["12:00", "17:00"]]
    data["hours"]["holidays"] = ["2026-12-32"]
    data["warn_before_minutes"] = "soon"
    problems = " | ".join(_problems(data))
    assert "targets.public.P1.first_response: must be 1 to" in problems
    assert "targets.email.P2: resolution (30 min) cannot be shorter than the first response" in (
        problems
    )
    assert "hours.week.mon[0]: '25:00'" in problems
    assert "hours.week.tue: 17:00-09:00 closes (09:00) before it opens (17:00)" in problems
    assert "hours.week.wed: 09:00-13:00 and 12:00-17:00 overlap" in problems
    assert "hours.holidays[0]: '2026-12-32' is not a date" in problems
    assert "warn_before_minutes: needs a whole number of minutes" in problems


def test_structural_problems() -> None:
    data = DEFAULT_POLICIES.to_json()
    del data["targets"]["private"]["P3"]
    data["colour"] = "red"
    data["hours"]["timezone"] = "Europe/Atlantis"
    data["hours"]["week"] = {d: [] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}
    problems = " | ".join(_problems(data))
    assert "targets.private: missing P3" in problems
    assert "policy: unknown key(s) colour" in problems
    assert "hours.week: closed every day" in problems
    assert "version: this program reads version 1, got 2" in " ".join(
        _problems({**DEFAULT_POLICIES.to_json(), "version": 2})
    )
    office = DEFAULT_POLICIES.to_json()
    office["hours"]["week"]["sat"] = []
    office["hours"]["timezone"] = "Europe/Atlantis"
    assert "hours.timezone: unknown time zone 'Europe/Atlantis'" in _problems(office)
    assert _problems([]) == ("policy: needs an object, got list",)  # type: ignore[arg-type]


def test_a_policy_set_is_valid_by_construction() -> None:
    with pytest.raises(PolicyError, match="cannot be shorter"):
        DEFAULT_POLICIES.with_policy(Visibility.EMAIL, Band.P1, SlaPolicy(120, 60))
    with pytest.raises(PolicyError, match="warn_before_minutes"):
        PolicySet(warn_before_minutes=-1)
    with pytest.raises(PolicyError, match="closed every day"):
        BusinessHours("UTC", ((),) * 7)


def test_state_ok_warning_breached() -> None:
    due_at = NOW + timedelta(minutes=30)
    assert state(NOW, due_at, 15) == "ok"
    assert state(NOW + timedelta(minutes=16), due_at, 15) == "warning"
    assert state(due_at, due_at, 15) == "breached"
    assert state(NOW, None, 15) == "ok"
    # Friday 16:55, due Monday 09:05: ten business minutes left.
    friday, monday = ams(2026, 11, 20, 16, 55), ams(2026, 11, 23, 9, 5)
    assert state(friday, monday, 15, OFFICE) == "warning"
    assert state(friday, monday, 15) == "ok"  # in wall-clock time it is days away


# -- scoring under a policy ----------------------------------------------------------------------


@dataclass
class FakeTicket:
    """What rescore and the clocks read and write, like a ticket row."""

    channel: str = "x"
    status: str = "new"
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


@settings(max_examples=150, deadline=None)
@given(
    channel=st.sampled_from(["x", "facebook_dm", "email", "instagram"]),
    waited=st.integers(0, 3000),
    sentiment=st.floats(0, 100),
    cues=st.sets(st.sampled_from([c.value for c in CueClass])),
    followers=st.integers(0, 2_000_000),
)
def test_the_default_policy_scores_exactly_as_before(
    channel: str, waited: int, sentiment: float, cues: set[str], followers: int
) -> None:
    def ticket() -> FakeTicket:
        return FakeTicket(
            channel=channel,
            sentiment=sentiment,
            cue_classes=sorted(cues),
            cue_points=min(1.0, 0.3 * len(cues)),
            followers=followers,
            waiting_since=NOW - timedelta(minutes=waited),
            opened_at=NOW - timedelta(minutes=waited),
            sla_minutes=sla_minutes(channel),
        )

    before, after = ticket(), ticket()
    old, _ = rescore(before, NOW)
    new, _ = rescore(after, NOW, policies=DEFAULT_POLICIES)
    assert new == old
    assert (after.priority, after.band, after.reasons, after.sla_due_at, after.sla_minutes) == (
        before.priority,
        before.band,
        before.reasons,
        before.sla_due_at,
        before.sla_minutes,
    )
    assert after.resolution_due_at == before.resolution_due_at is not None


def test_waiting_counts_business_minutes_against_the_policy_target() -> None:
    policies = PolicySet(DEFAULT_POLICIES.targets, OFFICE)
    # Friday 16:30 → Monday 09:20 Amsterdam: 50 business minutes of a 60 minute target.
    ticket = FakeTicket(
        waiting_since=ams(2026, 11, 20, 16, 30), opened_at=ams(2026, 11, 20, 16, 30)
    )
    result, _ = rescore(ticket, ams(2026, 11, 23, 9, 20), policies=policies)
    waiting = next(c for c in result.components if c.name == "waiting")
    assert waiting.args == {"waited": 50, "target": 60, "business": True}
    assert ticket.sla_due_at == ams(2026, 11, 23, 9, 30)
    assert ticket.resolution_due_at == ams(2026, 11, 25, 16, 30)  # 24 business hours: 3 days
    assert "floor" not in {r["key"] for r in ticket.reasons}  # not late, in business time


def test_the_band_picks_its_own_target() -> None:
    policies = DEFAULT_POLICIES
    for band, minutes in ((Band.P1, 15), (Band.P2, 30), (Band.P3, 60), (Band.P4, 120)):
        policies = policies.with_policy(Visibility.PUBLIC, band, SlaPolicy(minutes, 24 * 60))
    calm = FakeTicket(waiting_since=NOW - timedelta(minutes=20), sentiment=60)
    rescore(calm, NOW, policies=policies)
    assert (calm.band, calm.sla_minutes) == ("P4", 120)
    angry = FakeTicket(
        waiting_since=NOW - timedelta(minutes=20),
        sentiment=10,
        cue_classes=["legal", "churn"],
        cue_points=1.0,
        followers=50_000,
        interactions=300,
        repeat_contacts=3,
    )
    # 62 points before waiting: under the P2 target (30 min) 20 minutes waiting make 79, P2.
    result, _ = rescore(angry, NOW, policies=policies)
    assert (angry.band, angry.sla_minutes, result.total) == ("P2", 30, 79)
    assert angry.sla_due_at == NOW + timedelta(minutes=10)
    # Ten minutes later the P2 target is reached: all 25 waiting points, P1 and its 15 minutes.
    result, _ = rescore(angry, NOW + timedelta(minutes=10), policies=policies)
    assert (angry.band, angry.sla_minutes, result.total) == ("P1", 15, 87)
    assert angry.sla_due_at == NOW - timedelta(minutes=5)


def test_targets_that_grow_towards_p1_still_give_one_band() -> None:
    policies = DEFAULT_POLICIES
    for band, minutes in ((Band.P1, 240), (Band.P2, 120), (Band.P3, 30), (Band.P4, 15)):
        policies = policies.with_policy(Visibility.PUBLIC, band, SlaPolicy(minutes, 24 * 60))
    for waited in range(0, 300, 7):
        t = FakeTicket(waiting_since=NOW - timedelta(minutes=waited), sentiment=20)
        result, _ = rescore(t, NOW, policies=policies)
        assert t.band == result.band.value
        assert t.sla_minutes in (15, 30, 120, 240)


# -- paused clocks -------------------------------------------------------------------------------


def test_while_pending_the_time_left_stands_still() -> None:
    opened = NOW - timedelta(hours=30)
    t = FakeTicket(opened_at=opened, last_inbound_at=opened, waiting_since=None, status="pending")
    t.last_outbound_at = opened + timedelta(hours=2)
    for later in (NOW, NOW + timedelta(hours=5)):
        due_at = ticket_resolution_due(t, DEFAULT_POLICIES, Band.P3, later)
        assert due_at is not None and due_at - later == timedelta(hours=22)
    t.status = "open"  # a running clock: the due time is fixed again
    assert ticket_resolution_due(t, DEFAULT_POLICIES, Band.P3, NOW) == opened + timedelta(hours=24)
    t.status = "resolved"
    assert ticket_resolution_due(t, DEFAULT_POLICIES, Band.P3, NOW) is None


def test_pauses_run_from_our_reply_until_the_customer_writes_again() -> None:
    at = [NOW + timedelta(hours=h) for h in range(12)]
    turns: list[Turn] = [
        (at[0], "in"),
        (at[1], "in"),  # more of the customer's turn: no pause
        (at[2], "out"),  # answered: pause...
        (at[3], "out"),  # ...from our latest reply
        (at[5], "in"),  # back: 2 hours paused
        (at[6], "out"),
        (at[7], "resolved"),  # resolved while waiting on them: still from the reply
        (at[10], "in"),  # reopened: 4 hours
        (at[11], "resolved"),  # resolved without a reply: a pause that still runs
    ]
    assert pause_intervals(reversed(turns)) == [(at[3], at[5]), (at[6], at[10]), (at[11], None)]
    assert ended_pause_seconds(turns, DEFAULT_POLICIES.hours) == 6 * 3600
    assert ended_pause_seconds(turns[:2], DEFAULT_POLICIES.hours) == 0


def test_paused_time_counts_in_business_hours() -> None:
    # Answered Friday 16:30, the customer writes again Monday 10:00: Friday's last half hour
    # and Monday's first hour were paused, the weekend was closed anyway.
    turns: list[Turn] = [
        (ams(2026, 11, 20, 16), "in"),
        (ams(2026, 11, 20, 16, 30), "out"),
        (ams(2026, 11, 23, 10), "in"),
    ]
    assert ended_pause_seconds(turns, OFFICE) == 90 * 60
    policies = PolicySet(DEFAULT_POLICIES.targets, OFFICE)
    t = FakeTicket(opened_at=ams(2026, 11, 20, 16), status="open", paused_seconds=90 * 60)
    # 24 business hours (3 working days) from Friday 16:00, plus 90 minutes: Thursday 09:30.
    assert ticket_resolution_due(t, policies, Band.P4, NOW) == ams(2026, 11, 26, 9, 30)


def test_the_resolution_clock_skips_the_time_we_waited_on_the_customer(triage, write_jsonl):  # type: ignore[no-untyped-def]
    triage.import_file(
        write_jsonl(
            "thread.jsonl",
            {
                "external_id": "a",
                "text": "My internet is down",
                "author": "@kim",
                "created_at": "2026-11-20T09:00:00Z",
            },
            {
                "external_id": "b",
                "text": "Restart the modem please",
                "author": "@brand",
                "direction": "out",
                "in_reply_to": "a",
                "created_at": "2026-11-20T09:30:00Z",
            },
            {
                "external_id": "c",
                "text": "Still down!!",
                "author": "@kim",
                "in_reply_to": "b",
                "created_at": "2026-11-23T09:00:00Z",
            },
        )
    )
    triage.rescore_open()
    with triage.sessions() as s:
        row = s.scalars(select(TicketRow)).one()
        assert row.paused_seconds == int(timedelta(days=2, hours=23, minutes=30).total_seconds())
        # opened Friday 09:00 + 24 h + the pause: Tuesday 08:30
        assert row.resolution_due_at == datetime(2026, 11, 24, 8, 30, tzinfo=UTC)
    triage.rescore_open()  # counting again does not count twice
    with triage.sessions() as s:
        assert s.scalars(select(TicketRow.paused_seconds)).one() == 257_400


# -- stored policies, the facade and breach warnings ---------------------------------------------


def test_policies_are_stored_for_the_team_and_guarded(triage: Triage) -> None:
    assert triage.sla_policies() == DEFAULT_POLICIES
    triage.agent("mark", Role.LEAD)
    triage.agent("sanne", Role.AGENT)
    triage.sign_in("sanne")
    with pytest.raises(Forbidden, match="change SLA policies"):
        triage.set_sla_policies(_custom())
    assert triage.sla_policies() == DEFAULT_POLICIES  # agents may look
    triage.sign_in("mark")
    triage.set_sla_policies(_custom())
    assert triage.sla_policies() == _custom()
    info = triage.sla_policy_info()
    assert (info.updated_by, info.updated_at) == ("mark", NOW)
    with triage.sessions() as s:
        assert load_policies(s) == _custom()


def test_a_stored_policy_that_no_longer_reads_leaves_the_defaults(triage: Triage) -> None:
    with triage.sessions() as s, s.begin():
        s.add(SettingRow(key=SETTING_KEY, value={"policy": {"version": 99}}))
    assert triage.sla_policies() == DEFAULT_POLICIES


def test_a_new_target_reorders_the_queue_at_once(triage: Triage, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    triage.import_file(
        write_jsonl(
            "q.jsonl",
            {
                "external_id": "1",
                "text": "Where is my parcel?",
                "created_at": "2026-11-23T08:50:00Z",
            },
        )
    )
    triage.rescore_open()
    (item,) = triage.top(5)
    assert _waiting_reason(triage, item.id) == {"waited": 40, "target": 60}
    with triage.sessions() as s:
        row = s.get(TicketRow, item.id)
        assert row is not None  # stored: since when, so the row need not change every minute
        stored = next(r["args"] for r in row.reasons if r["key"] == "waiting")
        assert stored == {"since": "2026-11-23T08:50:00+00:00", "target": 60}
    faster = DEFAULT_POLICIES
    for band in Band:
        faster = faster.with_policy(Visibility.PUBLIC, band, SlaPolicy(45, 24 * 60))
    triage.set_sla_policies(faster)
    assert _waiting_reason(triage, item.id) == {"waited": 40, "target": 45}
    with triage.sessions() as s:
        row = s.get(TicketRow, item.id)
        assert row is not None
        assert row.sla_due_at == datetime(2026, 11, 23, 9, 35, tzinfo=UTC)
        assert row.resolution_due_at == datetime(2026, 11, 24, 8, 50, tzinfo=UTC)


def _waiting_reason(triage: Triage, ticket_id: int) -> dict[str, Any]:
    """The waiting reason as the desk shows it now (stored: since when; shown: minutes)."""
    shown = triage.item(ticket_id).explanation
    return next(r["args"] for r in shown if r["key"] == "waiting")  # type: ignore[return-value]


def test_upcoming_breaches(triage: Triage, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    triage.import_file(
        write_jsonl(
            "q.jsonl",
            # public: first response due 09:40 (10 min left), resolution tomorrow
            {
                "external_id": "1",
                "text": "Parcel?",
                "author": "@a",
                "created_at": "2026-11-23T08:40:00Z",
            },
            # public: due 09:20, already 10 minutes late
            {
                "external_id": "2",
                "text": "Hello?",
                "author": "@b",
                "created_at": "2026-11-23T08:20:00Z",
            },
            # public: due 10:25, far enough
            {
                "external_id": "3",
                "text": "Question",
                "author": "@c",
                "created_at": "2026-11-23T09:25:00Z",
            },
            # answered long ago and waiting on the customer: its clocks stand still
            {
                "external_id": "4",
                "text": "Broken",
                "author": "@d",
                "created_at": "2026-11-20T08:00:00Z",
            },
            {
                "external_id": "5",
                "text": "We are on it",
                "author": "@brand",
                "direction": "out",
                "in_reply_to": "4",
                "created_at": "2026-11-20T08:10:00Z",
            },
        )
    )
    triage.rescore_open()
    with triage.sessions() as s:
        ids = {r.author: r.id for r in s.scalars(select(TicketRow))}
    found = triage.upcoming_breaches(15)
    assert [(b.ticket_id, b.which) for b in found] == [
        (ids["@b"], "first_response"),
        (ids["@a"], "first_response"),
    ]
    late, soon = found
    assert (late.minutes_left, soon.minutes_left) == (-10, 10)
    assert soon.due == datetime(2026, 11, 23, 9, 40, tzinfo=UTC) and soon.band == "P4"
    assert [b.ticket_id for b in triage.upcoming_breaches(60)] == [ids["@b"], ids["@a"], ids["@c"]]
    with triage.sessions() as s:
        assert [b.ticket_id for b in upcoming_breaches(s, NOW, 15, include_breached=False)] == [
            ids["@a"]
        ]
        # Resolution clocks run a day from the opening; @d waits on the customer: none.
        whole_day = upcoming_breaches(s, NOW, 24 * 60)
    assert {(b.ticket_id, b.which) for b in whole_day} >= {(ids["@b"], "resolution")}
    assert ids["@d"] not in {b.ticket_id for b in whole_day}


def test_upcoming_breaches_in_business_time(triage: Triage, clock: FixedClock, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    triage.import_file(
        write_jsonl(
            "q.jsonl",
            {
                "external_id": "1",
                "text": "Parcel?",
                "created_at": "2026-11-20T15:20:00Z",
            },  # Fri 16:20
        )
    )
    office = PolicySet(DEFAULT_POLICIES.targets, OFFICE)
    with triage.sessions() as s, s.begin():
        save_policies(s, office, "mark", NOW)
    clock.set(ams(2026, 11, 20, 16, 55))
    triage.rescore_open()
    assert triage.upcoming_breaches(15) == []
    (breach,) = triage.upcoming_breaches(30)
    # 40 business minutes on Friday, 20 on Monday: due Monday 09:20; 5 + 20 minutes left.
    assert breach.due == ams(2026, 11, 23, 9, 20)
    assert (breach.which, breach.minutes_left) == ("first_response", 25)


def test_a_reply_that_falls_overdue_between_runs_is_escalated_by_the_next_periodic_run(
    triage: Triage,
    write_jsonl,  # type: ignore[no-untyped-def]
) -> None:
    """Scored at the very moment the first reply falls due (not yet overdue), the ticket is
    still due for the next periodic run, which escalates it."""
    now = triage.clock.now()
    triage.import_file(
        write_jsonl(
            "q.jsonl",
            {
                "external_id": "1",
                "text": "Where is my parcel?",
                "created_at": (now - timedelta(minutes=60)).isoformat(),
            },
        )
    )
    triage.rescore_open(full=True)
    (item,) = triage.top(5)
    assert item.sla_due_at == now and not item.escalated
    triage.clock.advance(timedelta(minutes=1))  # type: ignore[attr-defined]
    assert triage.rescore_open(full=False) == 1
    assert triage.item(item.id).escalated
