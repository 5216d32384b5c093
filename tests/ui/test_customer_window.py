"""The customer window over the demo desk, offscreen: figures, merges, surveys, plain text."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from sqlalchemy import select

from triage.analysis.analyzer import MessageAnalyzer
from triage.clock import FixedClock
from triage.domain.enums import TicketStatus
from triage.services import Triage
from triage.store.tables import CustomerRow, IdentityRow, LoyaltyRow, TicketRow
from ui.tasks import TaskRunner
from ui.widgets.loyalty_view import DASH
from ui.windows.customer_window import CustomerWindow, SurveyDialog

DEMO_NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # the `clock` fixture's NOW

OpenWindow = Callable[[str | int], CustomerWindow]


@pytest.fixture(scope="session")
def demo_db(
    template_db: Path, tmp_path_factory: pytest.TempPathFactory, analyzer: MessageAnalyzer
) -> Path:
    """The migrated template with the demo (mentions and CRM) seeded once per session."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(template_db, path)
    core = Triage.open(f"sqlite:///{path}", clock=FixedClock(DEMO_NOW), analyzer=analyzer)
    core.seed_demo()
    core.recompute_loyalty()
    core.close()
    return path


@pytest.fixture
def demo(
    demo_db: Path, tmp_path: Path, clock: FixedClock, analyzer: MessageAnalyzer
) -> Iterator[Triage]:
    assert clock.now() == DEMO_NOW
    target = tmp_path / "demo.db"
    shutil.copyfile(demo_db, target)
    core = Triage.open(f"sqlite:///{target}", clock=clock, analyzer=analyzer)
    yield core
    core.close()


@pytest.fixture
def open_window(qtbot, demo: Triage) -> Iterator[OpenWindow]:  # type: ignore[no-untyped-def]
    runners: list[TaskRunner] = []

    def make(ref: str | int) -> CustomerWindow:
        tasks = TaskRunner()
        runners.append(tasks)
        window = CustomerWindow(demo, tasks, "sanne", ref)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.profile is not None, timeout=10_000)
        return window

    yield make
    for tasks in runners:
        tasks.wait()


def _reloaded(qtbot, window: CustomerWindow, action: Callable[[], object]) -> None:  # type: ignore[no-untyped-def]
    """Run an action that writes, and wait until the window shows the fresh profile."""
    with (
        qtbot.waitSignal(window.changed, timeout=10_000),
        qtbot.waitSignal(window.loaded, timeout=10_000),
    ):
        action()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)


def _customer_on(demo: Triage, channel: str, *, crm: bool | None = None) -> int:
    """A customer with a ticket on `channel` and identities on no other channel."""
    with demo.sessions() as s:
        q = (
            select(CustomerRow.id)
            .join(TicketRow, TicketRow.customer_id == CustomerRow.id)
            .where(CustomerRow.merged_into_id.is_(None), TicketRow.channel == channel)
            .order_by(CustomerRow.id)
        )
        if crm is not None:
            q = q.where(CustomerRow.crm_id.is_not(None) if crm else CustomerRow.crm_id.is_(None))
        for cid in s.scalars(q):
            channels = set(
                s.scalars(select(IdentityRow.channel).where(IdentityRow.customer_id == cid))
            )
            if channels <= {channel}:
                return int(cid)
    raise AssertionError(f"the demo has no customer on {channel} only")


def _crm(
    tmp_path: Path,
    demo: Triage,
    customers: str,
    orders: str = "",
    surveys: str = "",
    recompute: bool = True,
) -> None:
    files: dict[str, Path] = {}
    for kind, text in (("customers", customers), ("orders", orders), ("surveys", surveys)):
        if text:
            files[kind] = tmp_path / f"{kind}.csv"
            files[kind].write_text(text, encoding="utf-8")
    report = demo.customers.import_crm(files, "tester")
    assert not report.errors, report.errors
    if recompute:
        demo.recompute_loyalty()


def test_shows_name_group_badge_and_figures_with_inputs(  # type: ignore[no-untyped-def]
    qtbot, demo, open_window, tmp_path
):
    cid = _customer_on(demo, "x", crm=False)
    handle = demo.customer(cid).identities[0].handle
    _crm(
        tmp_path,
        demo,
        f"customer_id,name,email,phone,handles\nT1,Tessa Test,,,x:{handle}\n",
        "customer_id,order_id,date,amount,margin\n"
        "T1,o1,2025-01-10,120.00,30.00\nT1,o2,2026-05-02,80.00,20.00\n"
        "T1,o3,2026-10-20,60.00,15.00\n",
        "customer_id,date,kind,score,ticket_id\nT1,2026-11-01,nps,10,\nT1,2026-11-02,ces,6,\n",
    )
    window = open_window("T1")
    assert window.name.text() == "Tessa Test"
    assert "T1" in window.ids.text() and str(cid) in window.ids.text()
    assert handle in window.identities.text()
    badge = window.badge
    assert badge.objectName() == "segmentBadge" and badge.isVisible()
    assert badge.property("segment") in ("ambassador", "passive_loyal", "shopper", "leaver")
    assert badge.text() and badge.text() != DASH
    view = window.loyalty
    assert view.value_text("nps").startswith("Promoter") and "10" in view.value_text("nps")
    assert "survey" in view.value_text("effort")
    assert view.value_text("score").endswith("of 100")
    assert view.value_text("rfm").startswith("R")
    assert "3 orders" in view.inputs_text("rfm")
    for key in ("group", "score", "clv", "crv", "value", "sat", "loy", "influence"):
        assert view.value_text(key) != DASH, key
        assert view.inputs_text(key), key  # every figure says what it is made of
    assert "because" in view.inputs_text("group")
    tip = view.values["clv"].toolTip()
    assert "retention" in tip
    # the orders and surveys are in their tabs and on the timeline
    window.fill_all()
    assert window.orders_model.rowCount() == 3
    assert window.surveys_model.rowCount() == 2
    kinds = {window.timeline_model.items[r].kind for r in range(window.timeline_model.rowCount())}
    assert {"order", "survey", "message"} <= kinds


def test_unknown_figures_show_a_dash_and_recovered_says_no_bonus(  # type: ignore[no-untyped-def]
    qtbot, demo, open_window, tmp_path
):
    with demo.sessions() as s:
        flags = s.execute(select(CustomerRow.id, CustomerRow.flags)).all()
        no_nps = s.scalar(select(LoyaltyRow.customer_id).where(LoyaltyRow.nps_class == "unknown"))
    recovered = next(cid for cid, f in flags if "recovered" in (f or []))
    window = open_window(recovered)
    assert window.loyalty.recovered.isVisibleTo(window)
    assert "earn no loyalty bonus" in window.loyalty.recovered.text()
    assert "recovered" in [c.property("flag") for c in window.chip_labels]
    assert open_window(no_nps).loyalty.value_text("nps") == DASH
    # a customer the loyalty model has not seen yet: every figure unknown, and why
    _crm(
        tmp_path,
        demo,
        "customer_id,name,email,phone,handles\nN1,Nieuw,n1@example.nl,,\n",
        "",
        "",
        False,
    )
    fresh = open_window("N1")
    assert all(fresh.loyalty.value_text(key) == DASH for key in fresh.loyalty.values)
    assert "No loyalty figures yet" in fresh.loyalty.computed.text()
    assert not fresh.badge.isVisibleTo(fresh) or fresh.badge.text() != DASH


def test_undo_merge_in_the_window_restores_identities(qtbot, demo, open_window):  # type: ignore[no-untyped-def]
    kept = _customer_on(demo, "x")
    gone = _customer_on(demo, "email")
    gone_handles = {i.handle for i in demo.customer(gone).identities}
    demo.customers.merge(str(kept), str(gone), "tester", "same person, said so on the phone")
    window = open_window(kept)
    assert any(h in window.identities.text() for h in gone_handles)
    window.tabs.setCurrentIndex(window.TABS.index("merges"))
    assert window.merges.rowCount() == 1
    assert "same person" in window.merges.item(0, 3).text()
    assert "identities" in window.merges.item(0, 4).text()
    undo = window.merges.findChildren(QPushButton, "undoMergeButton")
    assert len(undo) == 1
    _reloaded(qtbot, window, undo[0].click)
    assert not any(h in window.identities.text() for h in gone_handles)
    assert {i.handle for i in demo.customer(gone).identities} == gone_handles
    assert window.merges.item(0, 5).text().startswith("undone")
    assert window.merges.cellWidget(0, 5) is None  # nothing left to undo


def test_a_refused_undo_shows_why(qtbot, demo, open_window):  # type: ignore[no-untyped-def]
    a, b, c = _customer_on(demo, "x"), _customer_on(demo, "email"), _customer_on(demo, "facebook")
    demo.customers.merge(str(a), str(b), "tester")
    window = open_window(a)
    demo.customers.merge(str(c), str(a), "tester")  # a moved on since the window opened
    window.tabs.setCurrentIndex(window.TABS.index("merges"))
    with qtbot.waitSignal(window.failed, timeout=10_000) as failed:
        window.merges.findChildren(QPushButton, "undoMergeButton")[0].click()
    assert "undo that one first" in failed.args[0]
    assert window.banner.text() == failed.args[0]
    qtbot.waitUntil(lambda: window.merges_status.text() == failed.args[0])


def test_timeline_holds_both_channels_of_a_merged_customer(qtbot, demo, open_window):  # type: ignore[no-untyped-def]
    kept = _customer_on(demo, "x")
    gone = _customer_on(demo, "email")
    demo.customers.merge(str(kept), str(gone), "tester")
    window = open_window(kept)
    model = window.timeline_model
    entries = [model.items[r] for r in range(model.rowCount())]
    assert {e.channel for e in entries if e.kind == "message"} >= {"x", "email"}
    assert [e.at for e in entries] == sorted(e.at for e in entries)  # oldest first
    # double-clicking a row with a ticket opens that ticket
    row = next(r for r, e in enumerate(entries) if e.ticket_id)
    index = model.index(row, 0)
    window.timeline.scrollTo(index)
    where = window.timeline.visualRect(index).center()
    viewport = window.timeline.viewport()
    with qtbot.waitSignal(window.ticket_activated, timeout=2000) as activated:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)  # the view needs a press
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    assert activated.args == [entries[row].ticket_id]


def test_recording_a_survey_updates_the_nps_figure(qtbot, demo, open_window, monkeypatch):  # type: ignore[no-untyped-def]
    # A real clock moves on between recording and recomputing; the fixed one must be told to,
    # or the core's day numbers (SQLite's julianday against Python's) put the answer 1e-10
    # days in the future and leave it out.
    recompute = demo.recompute_loyalty

    def a_second_later() -> dict[str, int]:
        demo.clock.advance(timedelta(seconds=1))
        return recompute()

    monkeypatch.setattr(demo, "recompute_loyalty", a_second_later)
    with demo.sessions() as s:
        cid = s.scalar(
            select(TicketRow.customer_id)
            .where(TicketRow.status == TicketStatus.RESOLVED.value)
            .order_by(TicketRow.id)
            .limit(1)
        )
    window = open_window(int(cid))
    window.survey_button.click()
    dialog = window.dialog
    assert isinstance(dialog, SurveyDialog)
    assert dialog.ticket.count() >= 1
    dialog.kind.setCurrentIndex(dialog.kind.findData("ces"))
    assert (dialog.score.minimum(), dialog.score.maximum()) == (1, 7)
    dialog.kind.setCurrentIndex(dialog.kind.findData("nps"))
    assert (dialog.score.minimum(), dialog.score.maximum()) == (0, 10)
    dialog.score.setValue(2)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    _reloaded(qtbot, window, ok.click)
    assert window.loyalty.value_text("nps") == "Detractor · 2"
    assert "2 of 10" in window.loyalty.inputs_text("nps")
    window.tabs.setCurrentIndex(window.TABS.index("surveys"))
    assert any(s.score == 2 and s.origin == "agent" for s in window.surveys_model.items)


def test_customer_html_is_shown_literally(qtbot, demo, open_window, tmp_path):  # type: ignore[no-untyped-def]
    _crm(
        tmp_path,
        demo,
        "customer_id,name,email,phone,handles\nH1,<b>x</b>,html@example.nl,,\n",
    )
    window = open_window("H1")
    assert window.name.text() == "<b>x</b>"
    assert window.name.textFormat() == Qt.TextFormat.PlainText
    assert "<b>x</b>" in window.windowTitle()
    for label in window.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or "<b>" not in label.text()
    # a customer with no messages: the charts say so in words
    window.tabs.setCurrentIndex(window.TABS.index("charts"))
    charts = window.charts
    assert charts.sentiment.currentWidget() is charts.sentiment.empty
    assert "No sentiment" in charts.sentiment.empty.text()


def test_charts_have_points(qtbot, demo, open_window, tmp_path):  # type: ignore[no-untyped-def]
    with demo.sessions() as s:
        cid = s.scalar(
            select(TicketRow.customer_id)
            .where(TicketRow.status == TicketStatus.RESOLVED.value)
            .order_by(TicketRow.id)
            .limit(1)
        )
    window = open_window(int(cid))
    assert window.profile.loyalty["effort"]["oei"]
    window.tabs.setCurrentIndex(window.TABS.index("charts"))
    charts = window.charts
    assert charts.sentiment.currentWidget() is charts.sentiment.view
    assert charts.effort.currentWidget() is charts.effort.view
    tone = charts.sentiment.series
    assert tone and tone[0].count() >= 1
    assert all(0 <= p.y() <= 100 for p in tone[0].points())
    effort = charts.effort.series
    assert effort and effort[0].count() == len(window.profile.loyalty["effort"]["oei"])
    assert all(1 <= p.y() <= 7 for p in effort[0].points())
