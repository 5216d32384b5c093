"""The queue as a lazy table: rows come from the database a page at a time, off the GUI thread.

Sorting and filtering run in SQL (QueueQuery); a QSortFilterProxyModel would have to pull every
row into memory to sort them, which a year's queue cannot afford. Only the pages near what the
view shows stay in memory (`KEEP_PAGES`); a page scrolled far away is read again when it comes
back.

Painting a screen of the queue asks every cell for seven roles, each ask a call from Qt into
Python that needs the GIL, which a thread reading the next page may hold for milliseconds. So
`multiData` answers all of a cell's roles in one call, from a row's texts made once, when the
row is first shown (only shown rows are worth the work); only the two columns that move with
the clock are made while painting. Long texts are cut to what a column can show: Qt lays out
the whole text of a cell to elide it, and a year's messages are up to 280 characters.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from triage.clock import Clock
from triage.domain.enums import Band
from triage.domain.models import QueueItem
from triage.pacing import pause_point
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
# Made once: a brush per colour, shared by every row that shows it.
_BAND_BRUSH = {band: QBrush(QColor(colour)) for band, colour in BAND_COLOURS.items()}
_BAND_TEXT_BRUSH = {band: QBrush(QColor(colour)) for band, colour in BAND_TEXT.items()}
_SEGMENT_BRUSH = {segment: QBrush(QColor(colour)) for segment, colour in SEGMENT_TEXT.items()}
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)
SHOWN_CHARS = 160  # of a message or the reasons: more than a wide column shows (tooltips: all)

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ITEM = int(ItemRole)
_ID = int(IdRole)
_WAITING, _SLA = COL["waiting"], COL["sla"]
_PRIORITY, _GROUP = COL["priority"], COL["group"]

CountFn = Callable[[QueueQuery], int]
PageFn = Callable[[QueueQuery, int, int], list[QueueItem]]


def _cut(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


class QueueRow:
    """One ticket as the queue shows it: its texts per column, made once."""

    __slots__ = ("background", "foreground", "item", "texts")

    def __init__(self, it: QueueItem) -> None:
        self.item = it
        self.texts: list[str] = [
            f"{it.band.value} · {it.priority}",
            _cut(labels.reasons_text(it.explanation, limit=3)),
            it.channel,
            it.author_name or it.author,
            labels.segment_label(it.segment) if it.segment else "",
            _cut(" ".join(it.text[: SHOWN_CHARS * 2].split())),
            it.lang.upper() if it.lang else "–",
            f"{labels.sentiment_label(it.sentiment)} ({it.sentiment:.0f})",
            "",  # waiting: made while painting, it moves with the clock
            "",  # reply due: the same
            labels.status_label(it.status) + (" ⚑" if it.escalated else ""),
            it.assignee or "",
        ]
        self.background = _BAND_BRUSH.get(it.band)
        self.foreground: dict[int, QBrush] = {_PRIORITY: _BAND_TEXT_BRUSH[it.band]}
        segment = _SEGMENT_BRUSH.get(it.segment)
        if segment is not None:
            self.foreground[_GROUP] = segment

    def text(self, column: int, now: datetime) -> str:
        if column == _WAITING:
            return labels.waiting_label(self.item.waiting_since, now)
        if column == _SLA:
            return labels.sla_left_label(self.item.sla_due_at, now)
        return self.texts[column]


class _Page:
    """A page of tickets and, once shown, their rows."""

    __slots__ = ("items", "rows")

    def __init__(self, items: list[QueueItem]) -> None:
        self.items = items
        self.rows: list[QueueRow | None] = [None] * len(items)

    def make(self, count: int) -> None:
        """The rows of the first `count` tickets, made ahead (off the GUI thread)."""
        for offset in range(min(count, len(self.items))):
            pause_point()  # the GUI thread may be painting: let it (triage/pacing.py)
            self.row(offset)

    def row(self, offset: int) -> QueueRow | None:
        if offset >= len(self.items):
            return None
        found = self.rows[offset]
        if found is None:
            found = self.rows[offset] = QueueRow(self.items[offset])
        return found


class QueueTableModel(QAbstractTableModel):
    PAGE = 200
    KEEP_PAGES = 16  # pages held at most (3,200 rows); the least recently shown go first
    NEAR = 3  # a page this many pages away from the last one asked for is still worth reading
    FIRST_SCREEN = 60  # rows made with a fresh query's first page: a tall window's worth

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
        self._pages: OrderedDict[int, _Page] = OrderedDict()  # least recently shown first
        self._pending: set[int] = set()  # being read
        self._asked: set[int] = set()  # to read once the current paint is done
        self._wanted = 0  # the page the view asked for last
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
        """Reload count and first page in the background; rows keep showing until then.

        The two are read side by side (the read lane has two threads); the first screen's rows
        are made there too, while the GUI thread has nothing to paint yet."""
        self._generation += 1
        generation, query = self._generation, self._query
        arrived: dict[str, Any] = {}

        def first_page() -> _Page:
            page = _Page(self._page_fn(query, 0, self.PAGE))
            page.make(self.FIRST_SCREEN)
            return page

        def on(part: str) -> Callable[[Any], None]:
            def done(value: Any) -> None:
                arrived[part] = value
                if len(arrived) == 2:
                    self._on_loaded(generation, arrived["count"], arrived["page"])

            return done

        self._tasks.run(first_page, on("page"), self.failed.emit, urgent=True)
        self._tasks.run(lambda: self._count_fn(query), on("count"), self.failed.emit, urgent=True)

    def _on_loaded(self, generation: int, total: int, first: _Page) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        self.beginResetModel()
        self._rows = total
        self._pages = OrderedDict({0: first})
        self._pending.clear()
        self._asked.clear()
        self._wanted = 0
        self.endResetModel()
        self.loaded.emit(total)

    def _ensure_page(self, page: int) -> None:
        """Ask for a page the view shows. Asked while painting; read once the paint is done,
        so a worker does not build the page (Python, under the GIL) while the GUI thread
        paints the rest of the screen (each cell a call into Python that would wait)."""
        self._wanted = page
        if page in self._pages or page in self._pending or page in self._asked:
            return
        self._asked.add(page)
        if len(self._asked) == 1:
            QTimer.singleShot(0, self._read_asked)

    def _read_asked(self) -> None:
        asked, self._asked = self._asked, set()
        for page in sorted(asked, key=lambda p: abs(p - self._wanted)):
            if page in self._pages or page in self._pending or abs(page - self._wanted) > self.NEAR:
                continue  # scrolled on meanwhile: asked again if it is shown again
            self._read(page)

    def _read(self, page: int) -> None:
        self._pending.add(page)
        generation, query = self._generation, self._query

        def load() -> _Page | None:
            if abs(page - self._wanted) > self.NEAR:
                return None  # scrolled past before its turn came: not worth reading now
            made = _Page(self._page_fn(query, page * self.PAGE, self.PAGE))
            made.make(len(made.items))  # here, not while the GUI thread paints them
            return made

        self._tasks.run(
            load, lambda rows: self._on_page(generation, page, rows), self._on_fail, urgent=True
        )

    def _on_fail(self, exc: Exception) -> None:
        self._pending.clear()  # asked for again when shown
        self.failed.emit(exc)

    def _on_page(self, generation: int, page: int, made: _Page | None) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        if made is None:
            return  # skipped; the view asks again if it still shows that page
        self._pages[page] = made
        self._evict()
        first = page * self.PAGE
        last = min(self._rows, first + self.PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _evict(self) -> None:
        while len(self._pages) > self.KEEP_PAGES:
            self._pages.popitem(last=False)

    def _row(self, row: int) -> QueueRow | None:
        if row < 0 or row >= self._rows:
            return None
        number = row // self.PAGE
        page = self._pages.get(number)
        if page is None:
            self._ensure_page(number)
            return None
        if number != self._wanted:
            self._wanted = number
            self._pages.move_to_end(number)
        return page.row(row % self.PAGE)

    def shown_row(self, row: int) -> QueueRow | None:
        """The row as the queue paints it (asks for its page when it is not here yet)."""
        return self._row(row)

    def now(self) -> datetime:
        return self._clock.now()

    def is_loaded(self, row: int) -> bool:
        """Whether the row's ticket is in memory (asks for nothing)."""
        page = self._pages.get(row // self.PAGE) if 0 <= row < self._rows else None
        return page is not None and row % self.PAGE < len(page.items)

    def item_at(self, row: int) -> QueueItem | None:
        found = self._row(row)
        return found.item if found is not None else None

    def row_of(self, ticket_id: int) -> int:
        for number, page in self._pages.items():
            for offset, it in enumerate(page.items):
                if it.id == ticket_id:
                    return number * self.PAGE + offset
        return -1

    def update_item(self, fresh: QueueItem) -> None:
        """Show one ticket's new state at once (after an action) without reloading the page."""
        row = self.row_of(fresh.id)
        if row < 0:
            return
        page = self._pages[row // self.PAGE]
        page.items[row % self.PAGE] = fresh
        page.rows[row % self.PAGE] = None
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
        query = self._query.with_(sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        if query != self._query:  # the view may ask twice for one click
            self.set_query(query)

    def fill(self, row: int, column: int, roles: QModelRoleDataSpan) -> None:
        """Every role of one cell in one call (see the module docstring)."""
        if not 0 <= column < len(COLUMNS):
            return
        found = self._row(row)
        # A role not answered must be cleared, not skipped: the view hands the same span from
        # cell to cell, and a skipped role would keep the previous cell's value (its alignment,
        # its colour).
        if found is None:
            for data in roles:
                if data.role() == _DISPLAY and column == 0:
                    data.setData("…")
                else:
                    data.clearData()
            return
        for data in roles:
            role = data.role()
            value: Any = None
            if role == _DISPLAY:
                if column in (_WAITING, _SLA):
                    value = found.text(column, self._clock.now())
                else:
                    value = found.texts[column]
            elif role == _BACKGROUND:
                value = found.background
            elif role == _FOREGROUND:
                value = found.foreground.get(column)
            elif role == _ALIGNMENT and column == _PRIORITY:
                value = _CENTRED
            if value is None:
                data.clearData()
            else:
                data.setData(value)

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan) -> None:  # noqa: N802, N803
        if index.isValid():
            self.fill(index.row(), index.column(), roleDataSpan)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        column = index.column()
        found = self._row(index.row())
        role = int(role)
        if found is None:
            return "…" if role == _DISPLAY and column == 0 else None
        it = found.item
        if role == _DISPLAY:
            return found.text(column, self._clock.now())
        if role == _TOOLTIP:
            name = COLUMNS[column][0]
            if name in ("reasons", "priority"):
                return labels.plain_tooltip(labels.reasons_text(it.explanation, "\n"))
            if name in ("message", "author"):
                return labels.plain_tooltip(it.text if name == "message" else it.author)
            return None
        if role == _BACKGROUND:
            return found.background
        if role == _FOREGROUND:
            return found.foreground.get(column)
        if role == _ALIGNMENT and column == _PRIORITY:
            return _CENTRED
        if role == _ITEM:
            return it
        if role == _ID:
            return it.id
        return None
