"""The queue as a lazy table: rows come from the database a page at a time, off the GUI thread.

Sorting and filtering run in SQL (QueueQuery); a QSortFilterProxyModel would have to pull every
row into memory to sort them, which a year's queue cannot afford.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from triage.clock import Clock
from triage.domain.enums import Band
from triage.domain.models import QueueItem
from triage.services import QueueQuery, SortKey
from ui import labels
from ui.tasks import TaskRunner

ItemRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, SortKey], ...] = (
    ("priority", SortKey.PRIORITY),
    ("reasons", SortKey.PRIORITY),
    ("channel", SortKey.CHANNEL),
    ("author", SortKey.AUTHOR),
    ("group", SortKey.SEGMENT),
    ("message", SortKey.SNIPPET),
    ("language", SortKey.LANG),
    ("sentiment", SortKey.SENTIMENT),
    ("waiting", SortKey.WAITING),
    ("sla", SortKey.SLA),
    ("status", SortKey.STATUS),
    ("assignee", SortKey.ASSIGNEE),
)
COL = {name: i for i, (name, _) in enumerate(COLUMNS)}
BAND_COLOURS = {Band.P1: "#fbd5d3", Band.P2: "#fde9c8", Band.P3: "#fdf7dc"}
BAND_TEXT = {Band.P1: "#a11a12", Band.P2: "#8a4b00", Band.P3: "#5d5400", Band.P4: "#3d4a55"}

SEGMENT_TEXT = {
    "ambassador": "#1b5e20",
    "passive_loyal": "#0d47a1",
    "shopper": "#5d4037",
    "leaver": "#b71c1c",
}

CountFn = Callable[[QueueQuery], int]
PageFn = Callable[[QueueQuery, int, int], list[QueueItem]]


class QueueTableModel(QAbstractTableModel):
    PAGE = 200

    loaded = Signal(int)  # emitted when a fresh query's count and first page have arrived
    failed = Signal(object)

    def __init__(
        self,
        count: CountFn,
        page: PageFn,
        tasks: TaskRunner,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._count_fn = count
        self._page_fn = page
        self._tasks = tasks
        self._clock = clock
        self._query = QueueQuery()
        self._rows = 0
        self._pages: dict[int, list[QueueItem]] = {}
        self._pending: set[int] = set()
        self._generation = 0
        self._headers = [
            self.tr("Priority"),
            self.tr("Why"),
            self.tr("Channel"),
            self.tr("Author"),
            self.tr("Customer"),
            self.tr("Message"),
            self.tr("Language"),
            self.tr("Sentiment"),
            self.tr("Waiting"),
            self.tr("Reply due"),
            self.tr("Status"),
            self.tr("Assignee"),
        ]

    # -- query --------------------------------------------------------------------------------

    @property
    def query(self) -> QueueQuery:
        return self._query

    def set_query(self, query: QueueQuery) -> None:
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Reload count and first page in the background; rows keep showing until then."""
        self._generation += 1
        generation, query = self._generation, self._query

        def load() -> tuple[int, list[QueueItem]]:
            return self._count_fn(query), self._page_fn(query, 0, self.PAGE)

        self._tasks.run(load, lambda r: self._on_loaded(generation, r), self.failed.emit)

    def _on_loaded(self, generation: int, result: tuple[int, list[QueueItem]]) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        total, first = result
        self.beginResetModel()
        self._rows = total
        self._pages = {0: first}
        self._pending.clear()
        self.endResetModel()
        self.loaded.emit(total)

    def _ensure_page(self, page: int) -> None:
        if page in self._pages or page in self._pending:
            return
        self._pending.add(page)
        generation, query = self._generation, self._query

        def load() -> list[QueueItem]:
            return self._page_fn(query, page * self.PAGE, self.PAGE)

        self._tasks.run(load, lambda rows: self._on_page(generation, page, rows), self.failed.emit)

    def _on_page(self, generation: int, page: int, rows: list[QueueItem]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = rows
        first = page * self.PAGE
        last = min(self._rows, first + self.PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def item_at(self, row: int) -> QueueItem | None:
        if row < 0 or row >= self._rows:
            return None
        page = self._pages.get(row // self.PAGE)
        if page is None:
            self._ensure_page(row // self.PAGE)
            return None
        offset = row % self.PAGE
        return page[offset] if offset < len(page) else None

    def row_of(self, ticket_id: int) -> int:
        for number, rows in self._pages.items():
            for offset, it in enumerate(rows):
                if it.id == ticket_id:
                    return number * self.PAGE + offset
        return -1

    def update_item(self, fresh: QueueItem) -> None:
        """Show one ticket's new state at once (after an action) without reloading the page."""
        row = self.row_of(fresh.id)
        if row < 0:
            return
        self._pages[row // self.PAGE][row % self.PAGE] = fresh
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def clock_tick(self) -> None:
        """Waiting and reply-due columns move with the clock."""
        if self._rows:
            top = self.index(0, COL["waiting"])
            bottom = self.index(self._rows - 1, COL["sla"])
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    # -- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][1]
        self.set_query(
            self._query.with_(sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        it = self.item_at(index.row())
        if it is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(it, COLUMNS[index.column()][0])
        if role == Qt.ItemDataRole.ToolTipRole:
            name = COLUMNS[index.column()][0]
            if name in ("reasons", "priority"):
                return labels.plain_tooltip(labels.reasons_text(it.explanation, "\n"))
            if name in ("message", "author"):
                return labels.plain_tooltip(it.text if name == "message" else it.author)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = BAND_COLOURS.get(it.band)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL["priority"]:
            return QBrush(QColor(BAND_TEXT[it.band]))
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL["group"]:
            colour = SEGMENT_TEXT.get(it.segment)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL["priority"]:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ItemRole:
            return it
        if role == IdRole:
            return it.id
        return None

    def _display(self, it: QueueItem, name: str) -> str:
        now: datetime = self._clock.now()
        if name == "priority":
            return f"{it.band.value} · {it.priority}"
        if name == "reasons":
            return labels.reasons_text(it.explanation, limit=3)
        if name == "channel":
            return it.channel
        if name == "author":
            return it.author_name or it.author
        if name == "group":
            return labels.segment_label(it.segment) if it.segment else ""
        if name == "message":
            return " ".join(it.text.split())
        if name == "language":
            return it.lang.upper() if it.lang else "–"
        if name == "sentiment":
            return f"{labels.sentiment_label(it.sentiment)} ({it.sentiment:.0f})"
        if name == "waiting":
            return labels.waiting_label(it.waiting_since, now)
        if name == "sla":
            return labels.sla_left_label(it.sla_due_at, now)
        if name == "status":
            text = labels.status_label(it.status)
            return text + (" ⚑" if it.escalated else "")
        if name == "assignee":
            return it.assignee or ""
        return ""
