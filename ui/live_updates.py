"""Other desks' changes on screen: the feed's callbacks as GUI-thread signals, the queue refreshed
in place, and the connection's state in the status bar.

`LiveUpdates` is the bridge (the feed calls it on its own thread; Qt queues the signals onto the
GUI thread). `QueueFollower` folds a burst of changes into one queue reload that keeps the
selected ticket and the scroll position, and reloads the open ticket only when it changed (say,
another agent claimed it). `LiveStatusLabel` says "Live", or that the connection was lost and
is being restored, with the time of the last update in its tooltip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDateTime,
    QItemSelectionModel,
    QObject,
    QSignalBlocker,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QLabel, QWidget

from triage.domain.models import QueueItem
from triage.services.live import FeedState, FeedStatus, TicketChange, TicketFeed

if TYPE_CHECKING:
    from ui.windows.main_window import MainWindow

COLOURS = {
    None: "#5f6b76",
    FeedState.LIVE: "#1b5e20",
    FeedState.POLLING: "#8a4b00",
    FeedState.RECONNECTING: "#a11a12",
    FeedState.STOPPED: "#5f6b76",
}


class LiveUpdates(QObject):
    """The feed's callbacks (its own thread) as signals delivered on the GUI thread."""

    changed = Signal(object)  # TicketChange
    status_changed = Signal(object)  # FeedStatus

    def __init__(self, feed: TicketFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self._open = True
        feed.subscribe(self._relay_change, self._relay_status)

    def _relay_change(self, change: TicketChange) -> None:
        if self._open:
            self.changed.emit(change)

    def _relay_status(self, status: FeedStatus) -> None:
        if self._open:
            self.status_changed.emit(status)

    def start(self) -> None:
        self.feed.start()

    def stop(self) -> None:
        self._open = False
        self.feed.stop(timeout=2.0)  # a feed stuck connecting must not hold the window open


class LiveStatusLabel(QLabel):
    """Says "Live", or what is wrong and that it is being put right; last update in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveStatus")
        self.status: FeedStatus | None = None
        self.last_update: QDateTime | None = None
        self._paint()

    def show_status(self, status: FeedStatus) -> None:
        self.status = status
        self._paint()

    def note_change(self, _change: object = None) -> None:
        self.last_update = QDateTime.currentDateTime()
        self._paint()

    def _paint(self) -> None:
        state = self.status.state if self.status is not None else None
        text, tip = {
            None: (self.tr("Connecting…"), self.tr("Connecting to the database for live updates…")),
            FeedState.LIVE: (
                self.tr("Live"),
                self.tr("Changes made at other desks show here as they happen."),
            ),
            FeedState.POLLING: (
                self.tr("Connection lost — reconnecting (checking every second)"),
                self.tr(
                    "The live connection to the database dropped. Meanwhile changes are checked "
                    "every second, and the app reconnects by itself."
                ),
            ),
            FeedState.RECONNECTING: (
                self.tr("Connection lost — reconnecting…"),
                self.tr(
                    "The database cannot be reached. The app keeps trying by itself; until then "
                    "the queue may be out of date."
                ),
            ),
            FeedState.STOPPED: (
                self.tr("Not following other desks"),
                self.tr("Changes made at other desks show after a refresh (F5)."),
            ),
        }[state]
        when = (
            self.tr("Last update: %1").replace("%1", self.last_update.toString("HH:mm:ss"))
            if self.last_update is not None
            else self.tr("No updates yet")
        )
        self.setText(f"● {text}")
        self.setToolTip(f"{tip}\n{when}")
        self.setStyleSheet(f"QLabel#liveStatus {{ color: {COLOURS[state]}; padding: 0 6px; }}")


def _shown(item: QueueItem) -> tuple[object, ...]:
    """What the open ticket's panel shows that another desk can change."""
    return (item.version, item.status, item.assignee, item.priority, item.band, item.escalated)


class QueueFollower(QObject):
    """Reloads the queue after changes elsewhere, keeping the agent's place in it."""

    COALESCE_MS = 250  # a burst of changes is one reload
    refreshed = Signal()  # a live reload is on screen (tests wait for it)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._ids: set[int] = set()
        self._everything = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.COALESCE_MS)
        self._timer.timeout.connect(self._reload)
        self._keep: tuple[int | None, int, int] | None = None  # ticket, scroll v, scroll h
        self._again = False
        self._reselect: int | None = None
        window.model.dataChanged.connect(self._on_rows)
        window.model.failed.connect(self._on_failed)

    def on_change(self, change: TicketChange) -> None:
        self._ids |= change.ids
        self._everything = self._everything or change.everything
        if not self._timer.isActive():
            self._timer.start()

    def _reload(self) -> None:
        if self._keep is not None:  # a reload is on its way: one more once it is in
            self._again = True
            return
        ids, everything = self._ids, self._everything
        self._ids, self._everything = set(), False
        table = self.window.table
        current = self.window.current_item()
        self._keep = (
            current.id if current is not None else self._reselect,
            table.verticalScrollBar().value(),
            table.horizontalScrollBar().value(),
        )
        self._reselect = None
        self.window.model.refresh()
        self._check_open_ticket(ids, everything)

    def restore(self) -> bool:
        """After the queue reloaded: True when it was a live reload and the place is back."""
        keep, self._keep = self._keep, None
        if keep is None:
            return False
        ticket_id, v, h = keep
        if ticket_id is not None and not self._select_quietly(ticket_id):
            self._reselect = ticket_id  # on a page still loading, or gone from the queue
        table = self.window.table
        table.verticalScrollBar().setValue(v)
        table.horizontalScrollBar().setValue(h)
        if self._again:
            self._again = False
            self._timer.start()
        self.refreshed.emit()
        return True

    def _select_quietly(self, ticket_id: int) -> bool:
        """Select the ticket's row without opening it again or scrolling to it."""
        row = self.window.model.row_of(ticket_id)
        if row < 0:
            return False
        selection = self.window.table.selectionModel()
        blocker = QSignalBlocker(selection)
        selection.setCurrentIndex(
            self.window.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        blocker.unblock()
        self.window.table.viewport().update()
        return True

    def _on_rows(self, *_args: object) -> None:
        if self._reselect is None:
            return
        if self.window.table.currentIndex().isValid():
            self._reselect = None  # the agent chose another ticket meanwhile
        elif self._select_quietly(self._reselect):
            self._reselect = None

    def _on_failed(self, _exc: object) -> None:
        self._keep = None

    def _check_open_ticket(self, ids: set[int], everything: bool) -> None:
        detail = self.window.panel.detail
        if detail is None or not (everything or detail.item.id in ids):
            return
        ticket_id = detail.item.id

        def compare(fresh: QueueItem) -> None:
            shown = self.window.panel.detail
            current = self.window.current_item()
            if shown is None or shown.item.id != ticket_id:
                return
            if current is not None and current.id != ticket_id:
                return  # the agent is opening another ticket
            if _shown(fresh) != _shown(shown.item):
                self.window.open_ticket(ticket_id)

        self.window.tasks.run(
            lambda: self.window.triage.item(ticket_id), compare, lambda _exc: None
        )
