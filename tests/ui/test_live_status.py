"""Live updates on the desk: the status bar follows the feed, and another desk's claim shows in
the queue and the open ticket without losing the agent's place (ui/live_updates.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert, text

from triage.analysis.analyzer import MessageAnalyzer
from triage.clock import FixedClock
from triage.services import Triage
from triage.services.live import FeedState, TicketFeed
from triage.store.db import unit_of_work
from triage.store.tables import TicketRow
from ui.settings import UiSettings
from ui.tasks import TaskRunner
from ui.windows.main_window import MainWindow

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def _tickets(app: Triage, n: int) -> None:
    rows = [
        {
            "channel": "x",
            "status": "new",
            "priority": 90 - (i % 80),
            "snippet": f"ticket {i}",
            "author": f"@author{i}",
            "opened_at": NOW - timedelta(minutes=10 + i),
            "last_inbound_at": NOW - timedelta(minutes=10 + i),
            "waiting_since": NOW - timedelta(minutes=10 + i),
            "updated_at": NOW,
        }
        for i in range(n)
    ]
    with unit_of_work(app.sessions) as s:
        s.execute(insert(TicketRow), rows)


@pytest.fixture
def feeds() -> Iterator[Callable[..., TicketFeed]]:
    made: list[TicketFeed] = []

    def make(app: Triage, **options: float) -> TicketFeed:
        feed = TicketFeed(app.engine, **options)
        made.append(feed)
        return feed

    yield make
    for feed in made:
        feed.stop()


def _text(window: MainWindow) -> str:
    return window.live_status.text()


def _assignee(window: MainWindow, ticket_id: int) -> str | None:
    item = window.model.item_at(window.model.row_of(ticket_id))
    return item.assignee if item is not None else None


def test_a_claim_at_another_desk_refreshes_the_queue_and_keeps_the_agents_place(
    qtbot,  # type: ignore[no-untyped-def]
    triage: Triage,
    db_url: str,
    analyzer: MessageAnalyzer,
    make_main_window: Callable[..., MainWindow],
    feeds: Callable[..., TicketFeed],
) -> None:
    _tickets(triage, 120)
    window = make_main_window()
    assert not window.live_status.isVisible()  # no feed, no claim to be live
    feed = feeds(triage, poll_interval=0.2)
    window.attach_live(feed).start()
    assert window.live_status.isVisible()
    qtbot.waitUntil(lambda: _text(window) == "● Live", timeout=5000)
    assert "No updates yet" in window.live_status.toolTip()

    table = window.table
    with qtbot.waitSignal(window.detail_shown, timeout=5000):
        table.setCurrentIndex(window.proxy.index(40, 0))
    chosen = window.current_item()
    assert chosen is not None and chosen.assignee is None
    table.verticalScrollBar().setValue(30)
    opened: list[int] = []
    window.detail_shown.connect(opened.append)

    other = Triage.open(db_url, clock=FixedClock(NOW), analyzer=analyzer)
    try:
        with qtbot.waitSignal(window.follower.refreshed, timeout=5000):
            other.claim(chosen.id, "piet")
    finally:
        other.close()
    qtbot.waitUntil(lambda: _assignee(window, chosen.id) == "piet", timeout=5000)
    current = window.current_item()
    assert current is not None and current.id == chosen.id  # still on the same ticket
    assert table.verticalScrollBar().value() == 30  # and in the same place
    qtbot.waitUntil(
        lambda: window.panel.detail is not None and window.panel.detail.item.assignee == "piet",
        timeout=5000,
    )
    assert "claimed by piet" in window.panel.state.text()
    assert set(opened) == {chosen.id}  # only the changed ticket was read again
    assert "Last update:" in window.live_status.toolTip()

    window.close()
    assert not feed.running  # closing the window stops the feed


def test_the_status_bar_follows_the_connection_on_postgres(
    qtbot,  # type: ignore[no-untyped-def]
    pg_url: Callable[[], str],
    analyzer: MessageAnalyzer,
    ui_settings: UiSettings,
    feeds: Callable[..., TicketFeed],
) -> None:
    url = pg_url()
    mine = Triage.open(url, clock=FixedClock(NOW), analyzer=analyzer)
    other = Triage.open(url, clock=FixedClock(NOW), analyzer=analyzer)
    tasks = TaskRunner()
    try:
        _tickets(other, 5)
        window = MainWindow(mine, tasks, "sanne", ui_settings)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.model.loaded, timeout=10_000):
            window.show()
        assert _text(window) == "● Connecting…"
        feed = feeds(mine, retry_first=2.0)
        window.attach_live(feed).start()
        qtbot.waitUntil(lambda: _text(window) == "● Live", timeout=10_000)

        other.claim(3, "piet")
        qtbot.waitUntil(lambda: _assignee(window, 3) == "piet", timeout=5000)

        with other.engine.begin() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": feed.listener_pid})
        qtbot.waitUntil(
            lambda: _text(window) == "● Connection lost — reconnecting (checking every second)",
            timeout=5000,
        )
        assert "checked every second" in window.live_status.toolTip()
        other.claim(4, "piet")  # found by polling meanwhile
        qtbot.waitUntil(lambda: _assignee(window, 4) == "piet", timeout=5000)
        qtbot.waitUntil(lambda: _text(window) == "● Live", timeout=10_000)  # back by itself
        assert feed.status is not None and feed.status.state is FeedState.LIVE
        assert "Last update:" in window.live_status.toolTip()
        window.close()
    finally:
        tasks.wait()
        mine.close()
        other.close()
