"""The dashboard window over a small week of a desk: charts, live board, exports, roles."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QAreaSeries, QStackedBarSeries

from triage.domain.enums import Role
from triage.scoring.sla import sla_minutes
from triage.services import Triage
from triage.store.db import unit_of_work
from triage.store.tables import (
    AgentRow,
    CustomerRow,
    MentionRow,
    ResolutionRow,
    SurveyRow,
    TicketRow,
)
from ui.tasks import TaskRunner
from ui.windows.dashboard_window import CHART_KEYS, DashboardWindow

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # the conftest clock
CHANNELS = ("x", "email", "facebook")
SEGMENTS = ("ambassador", "passive_loyal", "shopper", "leaver", "")
M = timedelta(minutes=1)


def seed_week(app: Triage) -> None:
    """Seven days (17–23 November), two tickets a day per channel, all answered and resolved;
    NPS and CES answers every day; one ticket Sanne holds now, its customer waiting."""
    with unit_of_work(app.sessions) as s:
        sanne = AgentRow(name="sanne", display_name="Sanne", role="agent", created_at=NOW)
        s.add(sanne)
        customers = [
            CustomerRow(display_name=f"K{i}", segment=SEGMENTS[i % 5], created_at=NOW)
            for i in range(10)
        ]
        s.add_all(customers)
        s.flush()
        n = 0
        for day in range(7):
            base = datetime(2026, 11, 17, 7, tzinfo=UTC) + timedelta(days=day)
            for ch in CHANNELS:
                for k in range(2):
                    opened = base + timedelta(minutes=30 * k)
                    customer = customers[n % 10]
                    n += 1
                    t = TicketRow(
                        channel=ch,
                        customer_id=customer.id,
                        status="resolved",
                        opened_at=opened,
                        last_inbound_at=opened,
                        first_response_at=opened + (20 + 10 * k) * M,
                        sla_minutes=sla_minutes(ch),
                        resolved_at=opened + 60 * M,
                        resolution_due_at=opened + 4 * 60 * M,
                        updated_at=NOW,
                    )
                    s.add(t)
                    s.flush()
                    s.add(
                        MentionRow(
                            ticket_id=t.id,
                            channel=ch,
                            external_id=f"m{t.id}",
                            text="…",
                            sentiment=30.0 + 10 * day + k,
                            created_at=opened,
                            imported_at=NOW,
                        )
                    )
                    s.add(
                        ResolutionRow(
                            ticket_id=t.id,
                            agent_id=sanne.id,
                            outcome="solved",
                            handle_seconds=600,
                            resolved_at=opened + 60 * M,
                        )
                    )
            for score, kind in ((9, "nps"), (6, "nps"), (10, "nps"), (6, "ces")):
                s.add(
                    SurveyRow(
                        customer_id=customers[day].id,
                        kind=kind,
                        score=score,
                        at=base + timedelta(hours=1),
                    )
                )
        waiting = TicketRow(
            channel="x",
            customer_id=customers[0].id,
            status="open",
            opened_at=NOW - 10 * M,
            last_inbound_at=NOW - 10 * M,
            waiting_since=NOW - 10 * M,
            sla_due_at=NOW + 50 * M,
            assignee_id=sanne.id,
            claim_expires_at=NOW + 20 * M,
            updated_at=NOW,
        )
        s.add(waiting)


@pytest.fixture
def lead(triage: Triage) -> Triage:
    seed_week(triage)
    triage.agent("boss", Role.ADMIN)
    triage.agent("mark", Role.LEAD)
    triage.sign_in("mark")
    return triage


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


def _open(qtbot, app: Triage, tasks: TaskRunner) -> DashboardWindow:  # type: ignore[no-untyped-def]
    window = DashboardWindow(app, tasks)
    qtbot.addWidget(window)
    assert window.overlay.isVisibleTo(window)  # loading runs in the background
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    return window


def test_opens_for_a_lead_with_every_chart(qtbot, lead: Triage, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, lead, tasks)
    d = window.dashboard
    assert d is not None and len(d.buckets) == 7  # the last 7 days, by day
    assert not window.overlay.isVisible()
    assert all(window.cards[key].has_chart for key in CHART_KEYS)
    # one bar per day for every channel, one point per day for every line
    assert window.series_points("volume") == [7, 7, 7]
    assert isinstance(window.cards["volume"].series[0], QStackedBarSeries)
    assert window.series_points("sentiment") == [7]
    assert window.series_points("sla") == [7, 7]
    assert window.series_points("response") == [7, 7]
    assert window.series_points("resolution") == [7, 7]
    assert window.series_points("backlog") == [5]
    assert window.series_points("nps") == [7, 7, 7]  # margin band, NPS, CES
    assert window.series_points("segments") == [5]
    assert "43 tickets opened" in window.summary.text()
    assert window.timings["apply_ms"] < 2000


def test_a_year_draws_stacked_areas(qtbot, lead: Triage, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, lead, tasks)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.preset.setCurrentIndex(window.preset.findData("year"))
    assert len(window.dashboard.buckets) == 365  # type: ignore[union-attr]
    volume = window.cards["volume"].series
    assert len(volume) == 3 and all(isinstance(s, QAreaSeries) for s in volume)
    assert window.series_points("volume") == [365, 365, 365]
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.bucket.setCurrentIndex(window.bucket.findData("week"))
    assert window.dashboard.period.bucket == "week"  # type: ignore[union-attr]
    assert window.series_points("sentiment") == [2]  # 17–22 and 23 November


def test_channel_filter_reloads(qtbot, lead: Triage, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, lead, tasks)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.set_channels(["email"])
    assert window.dashboard.channels == ("email",)  # type: ignore[union-attr]
    assert window.series_points("volume") == [7]
    assert window.channel_button.text() == "email"


def test_live_board(qtbot, lead: Triage, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    window = DashboardWindow(lead, tasks)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.live_loaded, timeout=10_000):
        window.show()
    window.tabs.setCurrentIndex(1)
    table = window.live_table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert set(rows) >= {"Sanne", "mark"}
    r = rows["Sanne"]
    assert [table.item(r, c).text() for c in (2, 3, 4)] == ["1", "1", "0"]
    assert window.live_timer.isActive() and window.live_timer.interval() == 30_000
    assert "0 of 0" in window.live_status.text()


def test_exports_csv_and_pdf(qtbot, lead: Triage, tasks: TaskRunner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, lead, tasks)
    window.resize(1400, 1000)
    qtbot.wait(50)
    csv_path = tmp_path / "dashboard.csv"
    window.export_csv(csv_path)
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["# Period"]
    assert ["# Volume (inbound messages)"] in rows and ["# Segment mix"] in rows
    pdf = tmp_path / "dashboard.pdf"
    window.export_pdf(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5_000
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(
        b"/Type/Page"
    ) >= len(CHART_KEYS) or data.count(b"/Page") >= len(CHART_KEYS)
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: the PDF was not rendered to PNG")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
        capture_output=True,
    )
    (png,) = tmp_path.glob("page*.png")
    assert png.stat().st_size > 5_000
    shutil.copyfile(png, Path("/tmp") / "dashboard_pdf_page1.png")


def test_an_agent_sees_why_and_nothing_loads(qtbot, triage: Triage, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    seed_week(triage)
    triage.agent("boss", Role.ADMIN)
    triage.agent("piet", Role.AGENT)
    triage.sign_in("piet")
    window = DashboardWindow(triage, tasks)
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isVisible()
    assert "team leads" in window.banner.text() and "piet" in window.banner.text().lower()
    assert not window.refresh_button.isEnabled() and not window.csv_button.isEnabled()
    assert not window.live_timer.isActive()
    assert tasks.busy == 0
    assert not any(card.has_chart for card in window.cards.values())
