"""Painting the queue's cells: what the eye sees eight hours a day, at a year's volume.

The style's own item painting lays every cell's text out again on every repaint (shaping,
eliding): about 10 ms of a 13 ms full repaint of a large queue window, so scrolling stuttered.
This delegate paints the same things (band background, selection, colours, the priority
centred, text elided on the right) from the row the model made once, and keeps each text laid
out as a `QStaticText` per width: a repaint then draws prepared glyphs, about 5 ms in all.

Texts are plain (`Qt.PlainText`): untrusted message text is never read as markup. Tool tips,
sizes and accessibility still come from the model's data.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models.queue_table_model import COL, QueueTableModel

PADDING = 4  # pixels left and right of a cell's text, as the style pads it
CUT_CHAR_PX = 5  # a long text is cut to the cell's width / this many characters, then elided
CACHE_SIZE = 6_000  # laid-out texts kept (a screen holds a few hundred)
_CENTRED_COLUMNS = frozenset({COL["priority"]})
_CLOCKED_COLUMNS = frozenset({COL["waiting"], COL["sla"]})  # made while painting
_SELECTED = QStyle.StateFlag.State_Selected
_ENABLED = QStyle.StateFlag.State_Enabled


class QueueDelegate(QStyledItemDelegate):
    def __init__(self, model: QueueTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._texts: OrderedDict[tuple[str, int, str], QStaticText] = OrderedDict()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect = option.rect
        state = option.state
        palette: QPalette = option.palette
        row = self._model.shown_row(index.row())
        column = index.column()
        selected = bool(state & _SELECTED)
        if selected:
            painter.fillRect(rect, palette.brush(QPalette.ColorRole.Highlight))
        elif row is not None and row.background is not None:
            painter.fillRect(rect, row.background)
        if row is None:
            text = "…" if column == 0 else ""  # the page is on its way
        elif column in _CLOCKED_COLUMNS:
            text = row.text(column, self._model.now())
        else:
            text = row.texts[column]
        if not text:
            return
        width = rect.width() - 2 * PADDING
        if width <= 0:
            return
        laid = self._laid_out(text, width, option)
        if selected:
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        elif not state & _ENABLED:
            painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        else:
            brush = row.foreground.get(column) if row is not None else None
            colour = brush.color() if brush is not None else palette.color(QPalette.ColorRole.Text)
            painter.setPen(colour)
        size = laid.size()
        x: float = rect.x() + PADDING
        if column in _CENTRED_COLUMNS:
            x += max(0.0, (width - size.width()) / 2)
        y = rect.y() + (rect.height() - size.height()) / 2
        painter.drawStaticText(QPointF(x, y), laid)

    def _laid_out(self, text: str, width: int, option: QStyleOptionViewItem) -> QStaticText:
        font = option.font
        key = (text, width, font.key())
        found = self._texts.get(key)
        if found is not None:
            self._texts.move_to_end(key)
            return found
        metrics = option.fontMetrics
        limit = width // CUT_CHAR_PX + 2
        if len(text) > limit:
            # Eliding lays the whole text out: give it only what the cell can show (a few
            # narrow characters may go unshown; the ellipsis says the text goes on).
            cut = text[:limit]
            shown = metrics.elidedText(cut, Qt.TextElideMode.ElideRight, width)
            if shown == cut:
                shown = cut[:-1] + "…"
        else:
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        found = QStaticText(shown)
        found.setTextFormat(Qt.TextFormat.PlainText)
        found.prepare(font=font)
        self._texts[key] = found
        if len(self._texts) > CACHE_SIZE:
            self._texts.popitem(last=False)
        return found
