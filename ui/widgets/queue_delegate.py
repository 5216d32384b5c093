"""Painting the queue's cells: what the eye sees eight hours a day, at a year's volume.

The style's own item painting lays every cell's text out again on every repaint (shaping,
eliding): about 10 ms of a 13 ms full repaint of a large queue window, so scrolling stuttered.
`QueueCells` paints the same things (band background, selection, colours, the priority
centred, text elided on the right) from the row the model made once, and keeps each text laid
out as a `QStaticText` per width: a repaint then draws prepared glyphs.

The queue's view (ui/widgets/queue_view.py) paints a whole screen of cells in one pass through
`QueueCells`; `QueueDelegate` paints one cell the same way for anything else that asks.

Texts are plain (`Qt.PlainText`): untrusted message text is never read as markup. Tool tips,
sizes and accessibility still come from the model's data.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models.queue_table_model import COL, QueueRow, QueueTableModel

PADDING = 4  # pixels left and right of a cell's text, as the style pads it
CACHE_SIZE = 6_000  # laid-out texts kept (a screen holds a few hundred)
_CENTRED_COLUMNS = frozenset({COL["priority"]})
_CLOCKED_COLUMNS = frozenset({COL["waiting"], COL["sla"]})  # made while painting
_SELECTED = QStyle.StateFlag.State_Selected
_ENABLED = QStyle.StateFlag.State_Enabled
_Laid = tuple[QStaticText, int, int]  # the text, its width and height in pixels


class QueueCells:
    """Paints cells from the model's rows. `begin` once per paint, then `cell` per cell."""

    def __init__(self, model: QueueTableModel) -> None:
        self._model = model
        self._texts: OrderedDict[tuple[str, int], _Laid] = OrderedDict()
        self._font_key = ""
        self._font = QFont()
        self._metrics = QFontMetrics(self._font)
        self._advances: dict[str, int] = {}  # each character's advance in the font
        self._highlight = QBrush()
        self._highlighted_text = QColor()
        self._text = QColor()
        self._enabled = True
        self._pen: object = None

    def begin(self, palette: QPalette, font: QFont, enabled: bool = True) -> None:
        key = font.key()
        if key != self._font_key:  # texts were elided and laid out for another font
            self._texts.clear()
            self._font_key = key
            self._font = QFont(font)
            self._metrics = QFontMetrics(font)
            self._advances.clear()
        self._highlight = palette.brush(QPalette.ColorRole.Highlight)
        self._highlighted_text = palette.color(QPalette.ColorRole.HighlightedText)
        if enabled:
            self._text = palette.color(QPalette.ColorRole.Text)
        else:
            self._text = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self._enabled = enabled
        self._pen = None

    def laid_out_texts(self) -> list[QStaticText]:
        return [laid[0] for laid in self._texts.values()]

    def background(self, row: QueueRow | None, selected: bool) -> QBrush | None:
        if selected:
            return self._highlight
        return row.background if row is not None else None

    def text(
        self,
        painter: QPainter,
        row: QueueRow | None,
        column: int,
        x: int,
        y: int,
        width: int,
        height: int,
        selected: bool,
    ) -> None:
        """One cell's text in the cell (x, y, width, height); its background is painted."""
        if row is None:
            text = "…" if column == 0 else ""  # the page is on its way
        elif column in _CLOCKED_COLUMNS:
            text = row.text(column, self._model.now())
        else:
            text = row.texts[column]
        room = width - 2 * PADDING
        if not text or room <= 0:
            return
        laid = self._texts.get((text, room))
        if laid is None:
            laid = self._lay_out(text, room)
        else:
            self._texts.move_to_end((text, room))
        # The pen changes only where the colour does (a brush is shared by the rows it colours).
        pen: object
        if selected:
            pen = self._highlighted_text
        elif not self._enabled or row is None:
            pen = self._text
        else:
            brush = row.foreground.get(column)
            pen = self._text if brush is None else brush
        if pen is not self._pen:
            painter.setPen(pen.color() if isinstance(pen, QBrush) else pen)  # type: ignore[arg-type]
            self._pen = pen
        static, shown_width, shown_height = laid
        left = x + PADDING
        if column in _CENTRED_COLUMNS and shown_width < room:
            left += (room - shown_width) // 2
        painter.drawStaticText(left, y + (height - shown_height) // 2, static)

    def _static(self, shown: str) -> QStaticText:
        static = QStaticText(shown)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(font=self._font)
        return static

    def _fitting(self, text: str, room: int) -> int:
        """How many of the text's first characters fit, by their advances. Kerning and
        ligatures only narrow a text, and a sequence drawn as one glyph (an emoji with
        modifiers) only makes this count fewer; the shaped width is checked after all. Most
        cells fit whole, and asking Qt to elide them cost a third of a new screen's paint."""
        advances = self._advances
        total = 0
        for count, char in enumerate(text):
            advance = advances.get(char)
            if advance is None:
                advance = advances[char] = self._metrics.horizontalAdvance(char)
            total += advance
            if total > room:
                return count
        return len(text)

    def _lay_out(self, text: str, room: int) -> _Laid:
        metrics = self._metrics
        fitting = self._fitting(text, room)
        if fitting == len(text):
            shown = text
        else:
            # Eliding lays the whole text out: give it only a little more than fits, marked as
            # going on (a message can be hundreds of characters).
            source = text[: fitting + 1] + "…"
            shown = metrics.elidedText(source, Qt.TextElideMode.ElideRight, room)
        static = self._static(shown)
        size = static.size()
        if shown is text and size.width() > room:  # shaped wider than its characters say
            static = self._static(metrics.elidedText(text, Qt.TextElideMode.ElideRight, room))
            size = static.size()
        laid = (static, round(size.width()), round(size.height()))
        self._texts[(text, room)] = laid
        if len(self._texts) > CACHE_SIZE:
            self._texts.popitem(last=False)
        return laid


class QueueDelegate(QStyledItemDelegate):
    """One cell as the queue's view paints it, for whatever asks a delegate to paint."""

    def __init__(self, model: QueueTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.cells = QueueCells(model)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect = option.rect
        state = option.state
        cells = self.cells
        cells.begin(option.palette, option.font, bool(state & _ENABLED))
        row = self._model.shown_row(index.row())
        selected = bool(state & _SELECTED)
        background = cells.background(row, selected)
        if background is not None:
            painter.fillRect(rect, background)
        cells.text(
            painter, row, index.column(), rect.x(), rect.y(), rect.width(), rect.height(), selected
        )
