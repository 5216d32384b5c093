"""Dashboards over a small desk with known answers: volume, sentiment, SLA, percentiles, backlog,
NPS/CES, segment mix, the live board, roles, the CSV report, and the SQLite indexes behind them."""

from __future__ import annotations

import csv
import dataclasses
import importlib.util
import io
import math
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from triage.analysis.analyzer import MessageAnalyzer
from triage.clock import FixedClock
from triage.domain.dashboards import Period, bucket_start
from triage.domain.enums import Role
from triage.domain.errors import Forbidden
from triage.scoring.sla import sla_minutes
from triage.services import Triage
from triage.services import dashboards as dash
from triage.services.reports import dashboard_csv
from triage.store.db import unit_of_work
from triage.store.tables import (
    AgentRow,
    CustomerRow,
    MentionRow,
    ResolutionRow,
    SurveyRow,
    TicketRow,
)

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # the conftest clock (a Monday)
D1 = datetime(2026, 11, 20, tzinfo=UTC)  # Friday
D2 = D1 + timedelta(days=1)
D3 = D1 + timedelta(days=2)
END = D1 + timedelta(days=3)  # Monday 23 November 00:00
H = timedelta(hours=1)
M = timedelta(minutes=1)
THREE_DAYS = Period(D1, END, "day")
MIGRATION = (
    Path(__file__).resolve().parents[2]
    / "triage/store/migrations/versions/20261123_dashboard_indexes_0006.py"
)


def _at(day: datetime, hours: float) -> datetime:
    return day + timedelta(hours=hours)


# (name, channel, customer, opened, first reply, resolved, resolution due, inbound sentiments)
TICKETS: list[tuple[Any, ...]] = [
    ("x1", "x", "c1", _at(D1, 10), _at(D1, 10.5), _at(D1, 12), _at(D1, 13), [20]),
    ("x2", "x", "c1", _at(D1, 11), _at(D1, 12.5), _at(D1, 20), _at(D1, 15), [40]),
    ("x3", "x", "c7", _at(D1, 12), None, _at(D1, 12) + 20 * M, None, [60]),  # closed, no reply
    ("x4", "x", "c7", _at(D1, 13), None, None, _at(D2, 13), [80]),  # still waiting
    ("e1", "email", "c2", _at(D1, 9), _at(D1, 20), _at(D2, 9), None, [30]),
    ("e2", "email", "c2", _at(D1, 15), _at(D2, 18), None, None, [50]),  # 27 h: late
    ("x5", "x", "c4", _at(D2, 8), _at(D2, 8) + 10 * M, _at(D2, 9), None, [10]),
    ("fb1", "facebook", "c5", _at(D2, 9), _at(D2, 10), None, None, [90, 70]),  # 60 min: on time
    ("b1", "x", "c4", _at(D3, 23.5), None, None, None, [50]),  # due after the period end
    ("b2", "x", "c4", _at(D3, 21), None, None, None, [50]),  # due 22:00: breached
    ("b3", "email", "c4", _at(D3, 10), None, None, None, [50]),
    ("r1", "x", "c4", _at(D3, 22.5), None, NOW - 90 * M, None, [50]),  # resolved after the end
    ("b4", "x", "c3", D1 - timedelta(days=2), None, None, None, [50]),  # before the period
]
CUSTOMERS = {
    "c1": "ambassador",
    "c2": "shopper",
    "c3": "leaver",
    "c4": "",
    "c5": "ambassador",
    "c6": "passive_loyal",
    "c7": "=SUM(A1)",  # a segment from an old CRM import: text, never a formula
}
SURVEYS = (
    [("nps", s, _at(D1, 14)) for s in (10, 9, 7, 3, 0)]
    + [("ces", 5, _at(D1, 15)), ("ces", 7, _at(D1, 16)), ("nps", 10, _at(D2, 9))]
    + [
        ("nps", 10, _at(D2, 10)),
        ("nps", 0, END + H),  # after the period
    ]
)


def seed(app: Triage) -> dict[str, int]:
    ids: dict[str, int] = {}
    with unit_of_work(app.sessions) as s:
        customers = {}
        for ref, segment in CUSTOMERS.items():
            row = CustomerRow(display_name=ref, crm_id=ref, segment=segment, created_at=NOW)
            s.add(row)
            customers[ref] = row
        s.flush()
        for name, channel, cust, opened, first, resolved, due, sentiments in TICKETS:
            last_in = opened + timedelta(minutes=5 * (len(sentiments) - 1))
            t = TicketRow(
                channel=channel,
                customer_id=customers[cust].id,
                status="resolved" if resolved else ("pending" if first else "new"),
                sentiment=sentiments[-1],
                first_sentiment=sentiments[0],
                opened_at=opened,
                last_inbound_at=last_in,
                first_response_at=first,
                waiting_since=None if (first or resolved) else opened,
                sla_minutes=sla_minutes(channel),
                sla_due_at=None if (first or resolved) else opened + sla_minutes(channel) * M,
                resolved_at=resolved,
                resolution_due_at=due,
                updated_at=NOW,
            )
            s.add(t)
            s.flush()
            ids[name] = t.id
            for i, value in enumerate(sentiments):
                s.add(
                    MentionRow(
                        ticket_id=t.id,
                        channel=channel,
                        external_id=f"{name}-{i}",
                        text="…",
                        sentiment=value,
                        created_at=opened + timedelta(minutes=5 * i),
                        imported_at=NOW,
                    )
                )
            if first:  # our reply: outbound, never counted as volume
                s.add(
                    MentionRow(
                        ticket_id=t.id,
                        channel=channel,
                        external_id=f"{name}-reply",
                        direction="out",
                        text="…",
                        sentiment=99,
                        created_at=first,
                        imported_at=NOW,
                    )
                )
        for kind, score, at in SURVEYS:
            s.add(
                SurveyRow(
                    customer_id=customers["c1"].id,
                    ticket_id=ids["x1"],
                    kind=kind,
                    score=score,
                    at=at,
                )
            )
    return ids


@pytest.fixture
def app(triage: Triage) -> Triage:
    seed(triage)
    return triage


def test_volume_per_bucket_and_channel_counts_inbound_only(app: Triage) -> None:
    d = app.dashboard(THREE_DAYS)
    assert d.buckets == (D1, D2, D3)
    assert d.volume_channels == ("x", "email", "facebook")  # by volume, then name
    assert d.volume == ((4, 2, 0), (1, 0, 2), (3, 1, 0))
    assert d.inbound(0) == 6
    assert d.sentiment[0] == pytest.approx((20 + 40 + 60 + 80 + 30 + 50) / 6)
    assert d.sentiment[1] == pytest.approx((10 + 90 + 70) / 3)
    assert d.sentiment[2] == pytest.approx(50.0)
    assert d.totals.inbound == 13


def test_sla_compliance_share_per_bucket(app: Triage) -> None:
    d = app.dashboard(THREE_DAYS)
    day1, day2, day3 = d.sla
    # Day 1: met x1, x3 (closed in time, no reply needed) and e1; late x2, e2, and x4 still
    # unanswered past its target at the period end.
    assert (day1.opened, day1.response_met, day1.response_breached) == (6, 3, 3)
    assert day1.response_share == pytest.approx(0.5)
    # Resolution: x1 in time, x2 late, x4 open past its due time; the rest have no target.
    assert (day1.resolution_met, day1.resolution_breached) == (1, 2)
    assert day1.resolution_share == pytest.approx(1 / 3)
    # Day 2: fb1 answered exactly at its 60 minutes counts as met.
    assert (day2.opened, day2.response_met, day2.response_breached) == (2, 2, 0)
    assert day2.resolution_share is None
    # Day 3: b2 is past due at the end; r1 was closed the next morning without a reply;
    # b1 (due after the end) and b3 (e-mail, 24 h) are not decided yet.
    assert (day3.opened, day3.response_met, day3.response_breached) == (4, 0, 2)
    assert day3.response_share == 0.0
    assert d.totals.response_share == pytest.approx(5 / 10)


def test_first_response_and_resolution_percentiles_are_exact(app: Triage) -> None:
    d = app.dashboard(THREE_DAYS)
    day1, day2, day3 = d.times
    # answered on day 1: 1800, 5400, 39600, 97200 s: lower median and the 4th (⌈3.6⌉)
    assert (day1.response_n, day1.response_median, day1.response_p90) == (4, 5400, 97200)
    # resolved: x3 1200, x1 7200, x2 32400, e1 86400
    assert (day1.resolution_n, day1.resolution_median, day1.resolution_p90) == (4, 7200, 86400)
    assert (day2.response_n, day2.response_median, day2.response_p90) == (2, 600, 3600)
    assert (day2.resolution_median, day2.resolution_p90) == (3600, 3600)
    # day 3: r1 was resolved (the next morning), nothing answered
    assert (day3.response_n, day3.response_median) == (0, None)
    assert day3.resolution_n == 1
    assert day3.resolution_median == int((NOW - 90 * M - _at(D3, 22.5)).total_seconds())


def test_backlog_by_age_at_the_period_end(app: Triage) -> None:
    d = app.dashboard(THREE_DAYS)
    assert [(b.key, b.tickets) for b in d.backlog] == [
        ("lt_1h", 1),  # b1
        ("1_4h", 2),  # b2, and r1 (resolved only after the end)
        ("4_24h", 1),  # b3
        ("1_3d", 3),  # x4, e2, fb1
        ("gt_3d", 1),  # b4, opened before the period
    ]
    assert d.totals.backlog == 8


def test_nps_with_margin_and_mean_ces_per_bucket(app: Triage) -> None:
    d = app.dashboard(THREE_DAYS)
    day1, day2, day3 = d.surveys
    # 10, 9 promoters; 7 passive; 3, 0 detractors: NPS 0, margin 1.96·100·√(0.8/5)
    assert day1.nps == pytest.approx(0.0)
    assert day1.nps_n == 5
    assert day1.margin == pytest.approx(1.96 * 100 * math.sqrt(0.8 / 5))
    assert day1.ces == pytest.approx(6.0) and day1.ces_n == 2
    assert (day2.nps, day2.margin, day2.nps_n) == (pytest.approx(100.0), 0.0, 2)
    assert day2.ces is None
    assert day3.nps is None and day3.nps_n == 0
    assert d.totals.nps == pytest.approx(100 * (4 / 7 - 2 / 7))
    assert d.totals.nps_n == 7


def test_segment_mix_counts_customers_who_wrote_in_the_period(app: Triage) -> None:
    d = app.dashboard(THREE_DAYS)
    # c3 wrote only before the period, c6 never: neither counts.
    assert [(s.segment, s.customers) for s in d.segments] == [
        ("ambassador", 2),
        ("shopper", 1),
        ("", 1),
        ("=SUM(A1)", 1),
    ]
    # A year takes the other road (a probe per customer): the same answer, and c3 (wrote on
    # the 18th) is in it.
    year = app.dashboard(Period(END - timedelta(days=365), END, "day"))
    assert [(s.segment, s.customers) for s in year.segments] == [
        ("ambassador", 2),
        ("shopper", 1),
        ("leaver", 1),
        ("", 1),
        ("=SUM(A1)", 1),
    ]


def test_channel_filter(app: Triage) -> None:
    d = app.dashboard(THREE_DAYS, ["email"])
    assert d.channels == ("email",)
    assert d.volume_channels == ("email",)
    assert d.volume == ((2,), (0,), (1,))
    assert (d.sla[0].response_met, d.sla[0].response_breached) == (1, 1)
    assert (d.times[0].response_n, d.times[0].response_median) == (2, 39600)
    assert [(b.key, b.tickets) for b in d.backlog if b.tickets] == [("4_24h", 1), ("1_3d", 1)]
    assert [(s.segment, s.customers) for s in d.segments] == [("shopper", 1), ("", 1)]
    assert d.surveys[0].nps_n == 0  # the surveys are about an x ticket


def test_hour_buckets(app: Triage) -> None:
    d = app.dashboard(Period(_at(D1, 9) + 20 * M, _at(D1, 14), "hour"))
    assert d.buckets == tuple(_at(D1, h) for h in range(9, 14))  # the start taken back to 09:00
    assert [d.inbound(i) for i in range(5)] == [1, 1, 1, 1, 1]
    assert [(p.response_met, p.response_breached) for p in d.sla] == [
        (1, 0),  # e1
        (1, 0),  # x1
        (0, 1),  # x2
        (1, 0),  # x3
        (0, 0),  # x4: due 14:00, not before the period end
    ]
    assert d.times[1].response_median == 1800
    assert d.times[2].response_median == 5400


def test_week_buckets_roll_days_up(app: Triage) -> None:
    d = app.dashboard(THREE_DAYS.with_bucket("week"))
    monday = datetime(2026, 11, 16, tzinfo=UTC)
    assert d.buckets == (monday,)
    assert d.inbound(0) == 14  # b4 (Wednesday) is in this week too
    assert d.sla[0].opened == 13
    week = d.times[0]
    # answered: 600, 1800, 3600, 5400, 39600, 97200
    assert (week.response_n, week.response_median, week.response_p90) == (6, 3600, 97200)
    assert d.surveys[0].nps_n == 7


def test_empty_period_gives_empty_buckets(app: Triage) -> None:
    d = app.dashboard(Period(END + timedelta(days=30), END + timedelta(days=32), "day"))
    assert len(d.buckets) == 2
    assert d.volume_channels == () and d.volume == ((), ())
    assert d.sentiment == (None, None)
    assert all(p.response_share is None for p in d.sla)
    assert d.totals.inbound == 0 and d.totals.nps is None


def test_period_validation_and_buckets() -> None:
    with pytest.raises(ValueError, match="aware"):
        Period(datetime(2026, 1, 1), datetime(2026, 1, 2))
    with pytest.raises(ValueError, match="after"):
        Period(END, D1)
    with pytest.raises(ValueError, match="bucket"):
        Period(D1, END, "month")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="buckets"):
        Period(D1 - timedelta(days=800), END, "hour")
    assert bucket_start(datetime(2026, 11, 22, 23, 59, tzinfo=UTC), "week") == datetime(
        2026, 11, 16, tzinfo=UTC
    )
    assert len(Period(END - timedelta(days=365), END).buckets()) == 365


def test_roles_an_agent_is_refused_a_lead_allowed(app: Triage) -> None:
    app.agent("boss", Role.ADMIN)
    app.agent("sanne", Role.AGENT)
    app.agent("mark", Role.LEAD)
    app.sign_in("sanne")
    with pytest.raises(Forbidden, match="dashboards"):
        app.dashboard(THREE_DAYS)
    with pytest.raises(Forbidden):
        app.live_board(NOW)
    app.sign_in("mark")
    assert app.dashboard(THREE_DAYS).totals.inbound == 13
    assert app.live_board(NOW).sources == 0


def _ticket(app: Triage, name: str) -> int:
    with app.sessions() as s:
        found = s.scalar(select(MentionRow.ticket_id).where(MentionRow.external_id == f"{name}-0"))
    assert found is not None
    return int(found)


def test_live_board(app: Triage) -> None:
    x4, e2, b1 = (_ticket(app, n) for n in ("x4", "e2", "b1"))
    with unit_of_work(app.sessions) as s:
        sanne = AgentRow(name="sanne", display_name="Sanne", role="agent", created_at=NOW)
        mark = AgentRow(name="mark", display_name="Mark", role="lead", created_at=NOW)
        fatima = AgentRow(name="fatima", display_name="Fatima", role="trainer", created_at=NOW)
        s.add_all([sanne, mark, fatima])
        s.flush()
        for ticket_id, agent, expires in (
            (x4, sanne, NOW + 20 * M),  # waiting, first reply overdue
            (e2, sanne, NOW - M),  # answered (pending), and the claim lapsed
            (b1, mark, NOW + 5 * M),  # waiting, not due yet
        ):
            row = s.get(TicketRow, ticket_id)
            assert row is not None
            row.assignee_id, row.claim_expires_at = agent.id, expires
            if ticket_id == b1:
                row.sla_due_at = NOW + H
        for seconds, at in ((600, NOW - 2 * H), (1200, NOW - H), (999, NOW - timedelta(days=1))):
            s.add(
                ResolutionRow(
                    ticket_id=x4,
                    agent_id=sanne.id,
                    outcome="solved",
                    handle_seconds=seconds,
                    resolved_at=at,
                )
            )
    board = app.live_board(NOW)
    got = {a.agent: a for a in board.agents}
    assert set(got) == {"sanne", "mark"}  # a trainer without work is left out
    assert (got["sanne"].claimed, got["sanne"].waiting, got["sanne"].breached) == (1, 1, 1)
    assert (got["sanne"].handled_today, got["sanne"].avg_handle_seconds_today) == (2, 900.0)
    assert (got["mark"].claimed, got["mark"].waiting, got["mark"].breached) == (1, 1, 0)
    assert got["mark"].handled_today == 0 and got["mark"].avg_handle_seconds_today is None
    # waiting for us and held by nobody: b2, b3, b4 (not x4 or b1, held; e2 is answered)
    assert board.unclaimed_waiting == 3
    assert board.unhealthy_sources == 0


def test_csv_has_a_section_per_chart_and_neutralises_formulas(app: Triage) -> None:
    with unit_of_work(app.sessions) as s:
        t = s.get(TicketRow, 1)
        assert t is not None
        s.add(
            MentionRow(
                ticket_id=t.id,
                channel="@evil",
                external_id="evil",
                text="…",
                sentiment=10,
                created_at=_at(D1, 1),
                imported_at=NOW,
            )
        )
    out = dashboard_csv(app.dashboard(THREE_DAYS))
    rows = list(csv.reader(io.StringIO(out)))
    sections = [r[0] for r in rows if r and r[0].startswith("# ")]
    assert sections == [
        "# Period",
        "# Totals",
        "# Volume (inbound messages)",
        "# Sentiment",
        "# SLA compliance",
        "# Response and resolution time",
        "# Backlog age",
        "# NPS and CES",
        "# Segment mix",
    ]
    volume_header = rows[rows.index(["# Volume (inbound messages)"]) + 1]
    assert volume_header == ["bucket", "x", "email", "facebook", "'@evil", "total"]
    first_day = rows[rows.index(["# Volume (inbound messages)"]) + 2]
    assert first_day == ["2026-11-20", "4", "2", "0", "1", "7"]
    segment_rows = rows[rows.index(["# Segment mix"]) + 1 :]
    assert ["'=SUM(A1)", "1"] in segment_rows
    for cell in (c for r in rows for c in r if c.startswith(("=", "+", "-", "@"))):
        float(cell)  # only our own negative numbers may start so
    sla_header = rows[rows.index(["# SLA compliance"]) + 1]
    assert sla_header[:4] == ["bucket", "opened", "response_met", "response_breached"]


# -- the SQLite indexes ------------------------------------------------------------------------


def _migration() -> Any:
    spec = importlib.util.spec_from_file_location("dashboard_indexes_0006", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _norm(sql: str) -> str:
    return " ".join(sql.split())


def test_migration_expressions_are_the_services_own() -> None:
    migration = _migration()
    for name, expressions in dash.INDEX_EXPRESSIONS.items():
        _table, columns = migration.SQLITE_ONLY[name]
        found = [_norm(str(c)) for c in columns if not isinstance(c, str)]
        assert found == [_norm(e) for e in expressions], name


def test_migrated_file_has_the_expression_indexes(db_url: str) -> None:
    conn = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    try:
        made = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))
    finally:
        conn.close()
    for name, expressions in dash.INDEX_EXPRESSIONS.items():
        assert name in made
        for expression in expressions:
            assert _norm(expression) in _norm(made[name]), (name, expression)


def _plans(app: Triage, period: Period) -> list[str]:
    """EXPLAIN QUERY PLAN of every SELECT a dashboard runs."""
    plans: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            rows = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement, params)
            plans.append(" | ".join(str(r[-1]) for r in rows.fetchall()))

    event.listen(app.engine, "before_cursor_execute", record)
    try:
        app.dashboard(period)
    finally:
        event.remove(app.engine, "before_cursor_execute", record)
    return plans


def test_queries_walk_the_indexes_in_order(app: Triage) -> None:
    """The plans use the dashboard indexes, covering, and never sort the rows."""
    plans = _plans(app, Period(D1 - timedelta(days=365), END, "day"))
    joined = "\n".join(plans)
    for name in dash.INDEX_EXPRESSIONS:
        assert f"COVERING INDEX {name}" in joined, (name, joined)
    big = [p for p in plans if "_dashboard" in p]
    assert big and not any("TEMP B-TREE" in p for p in big), big
    # A week's percentiles merge its seven days' ordered runs instead of sorting them.
    weekly = [p for p in _plans(app, Period(D1, END, "week")) if "dashboard_response" in p]
    assert weekly and all("MERGE (UNION ALL)" in p and "TEMP B-TREE" not in p for p in weekly)


def test_the_session_api_and_the_two_lane_facade_agree(app: Triage) -> None:
    with app.sessions() as s:
        alone = dash.dashboard(s, THREE_DAYS)
    both = app.dashboard(THREE_DAYS)  # the facade runs two lanes on two connections
    assert dataclasses.replace(alone, elapsed_ms=0.0) == dataclasses.replace(both, elapsed_ms=0.0)
    assert set(both.parts_ms) == {"volume", "sla", "times", "surveys", "backlog", "segments"}


@pytest.mark.parametrize(
    ("period", "channels"),
    [
        (THREE_DAYS, None),
        (THREE_DAYS, ["email", "facebook"]),
        (THREE_DAYS.with_bucket("week"), None),
        (Period(_at(D1, 9), _at(D1, 14), "hour"), None),
        (Period(END - timedelta(days=365), END, "day"), None),
    ],
)
def test_postgresql_gives_the_same_dashboard(
    app: Triage,
    pg_url: Callable[[], str],
    analyzer: MessageAnalyzer,
    period: Period,
    channels: list[str] | None,
) -> None:
    """date_trunc and percentile_disc on PostgreSQL; substr and index order on SQLite."""
    pg = Triage.open(pg_url(), clock=FixedClock(NOW), analyzer=analyzer)
    try:
        seed(pg)
        on_pg = pg.dashboard(period, channels)
    finally:
        pg.close()
    on_sqlite = app.dashboard(period, channels)
    assert dataclasses.replace(on_pg, elapsed_ms=0.0) == dataclasses.replace(
        on_sqlite, elapsed_ms=0.0
    )
