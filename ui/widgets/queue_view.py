"""The queue's table view: a screen of cells painted in one pass, the paint gate closed.

Qt's table view paints cell by cell through the delegate: for a 1,600 × 1,000 window that is
some 240 calls from C++ into Python a repaint, each wrapping a painter, an option and an index,
and each waiting for the interpreter lock. Painting the visible rows in one Python loop
(`QueueCells`, the same painter the delegate uses) does the same drawing with one call: a
row's background in one fill, each text a prepared glyph run, the grid lines in one call.

While it paints, worker threads building the next page or re-scoring stop at their next pause
point (ui/responsiveness.py) instead of taking turns with the GUI thread at the lock; and work
that would start a worker (reading the selected ticket) can wait for the next paint to be done
(`after_paint`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLine, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView, QWidget

from ui.models.queue_table_model import QueueTableModel
from ui.responsiveness import GATE, PaintGate
from ui.widgets.queue_delegate import QueueCells, QueueDelegate

AFTER_PAINT_MS = 100


class QueueView(QTableView):
    def __init__(self, parent: QWidget | None = None, gate: PaintGate = GATE) -> None:
        super().__init__(parent)
        self._gate = gate
        self._cells: QueueCells | None = None
        self._queue: QueueTableModel | None = None
        self._after_paint: list[Callable[[], None]] = []
        self._at_latest = QTimer(self)
        self._at_latest.setSingleShot(True)
        self._at_latest.timeout.connect(self._run_after_paint)

    def after_paint(self, callback: Callable[[], None], at_latest_ms: int = AFTER_PAINT_MS) -> None:
        """Run `callback` once the queue's next paint is done (or after `at_latest_ms`, when
        nothing is painted: a hidden window). Work that starts a worker thread goes here, so
        the worker's Python does not slow that paint: the first paint of a fresh page took
        13-18 ms beside the thread reading the selected ticket, 6-8 ms after it."""
        self._after_paint.append(callback)
        if not self._at_latest.isActive():
            self._at_latest.start(at_latest_ms)

    def _run_after_paint(self) -> None:
        self._at_latest.stop()
        waiting, self._after_paint = self._after_paint, []
        for callback in waiting:
            callback()

    def use_cells(self, model: QueueTableModel) -> QueueDelegate:
        """Paint from this queue model's rows (the view's model is a row-for-row proxy of it)."""
        delegate = QueueDelegate(model, self)
        self.setItemDelegate(delegate)
        self._cells = delegate.cells
        self._queue = model
        return delegate

    def paintEvent(self, event: QPaintEvent) -> None:
        with self._gate.painting():
            if self._cells is None or self._queue is None:
                super().paintEvent(event)
            else:
                self._paint_cells(event, self._cells, self._queue)
        if self._after_paint:
            self._at_latest.start(0)  # once this paint is done

    def _paint_cells(self, event: QPaintEvent, cells: QueueCells, queue: QueueTableModel) -> None:
        rows = queue.rowCount()
        columns = queue.columnCount()
        if rows == 0 or columns == 0:
            return
        area = event.rect()
        top, bottom = area.top(), area.bottom()
        first = self.rowAt(top)
        if first < 0:
            return  # below the last row
        last = self.rowAt(bottom)
        if last < 0:
            last = rows - 1
        header = self.horizontalHeader()
        left_visual = max(0, header.visualIndexAt(area.left()))
        right_visual = header.visualIndexAt(area.right())
        if right_visual < 0:
            right_visual = columns - 1
        grid = 1 if self.showGrid() else 0
        spans: list[tuple[int, int, int]] = []  # column, x, width (without the grid line)
        for visual in range(left_visual, right_visual + 1):
            column = header.logicalIndex(visual)
            if header.isSectionHidden(column):
                continue
            spans.append(
                (column, header.sectionViewportPosition(column), header.sectionSize(column) - grid)
            )
        if not spans:
            return
        x0 = spans[0][1]
        x1 = spans[-1][1] + spans[-1][2] + grid
        selection = self.selectionModel()
        root = self.rootIndex()
        enabled = self.isEnabled()
        cells.begin(self.palette(), self.font(), enabled)
        painter = QPainter(self.viewport())
        try:
            lines: list[QLine] = []
            for number in range(first, last + 1):
                y = self.rowViewportPosition(number)
                height = self.rowHeight(number) - grid
                row = queue.shown_row(number)
                selected = selection is not None and selection.isRowSelected(number, root)
                background = cells.background(row, selected)
                if background is not None:
                    painter.fillRect(x0, y, x1 - x0, height, background)
                for column, x, width in spans:
                    cells.text(painter, row, column, x, y, width, height, selected)
                if grid:
                    lines.append(QLine(x0, y + height, x1 - 1, y + height))
            if grid:
                y_top = self.rowViewportPosition(first)
                y_end = self.rowViewportPosition(last) + self.rowHeight(last) - 1
                for _, x, width in spans:
                    lines.append(QLine(x + width, y_top, x + width, y_end))
                painter.setPen(QPen(self._grid_colour(), 0, self.gridStyle()))
                painter.drawLines(lines)
        finally:
            painter.end()

    def _grid_colour(self) -> QColor:
        option = QStyleOptionViewItem()
        option.initFrom(self)
        value = self.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, self)
        return QColor.fromRgba(value & 0xFFFFFFFF)
