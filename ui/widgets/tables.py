"""Read-only tables of plain text: the shape every list dialog in the app shares."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ui import labels


def plain_table(parent: QWidget, headers: list[str]) -> QTableWidget:
    """Whole-row selection, no editing, no wrapping, the last column stretching."""
    t = QTableWidget(0, len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setWordWrap(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def plain_cell(text: str) -> QTableWidgetItem:
    """Table items never interpret markup; the tooltip shows the whole text, escaped."""
    item = QTableWidgetItem(text)
    item.setToolTip(labels.plain_tooltip(text))
    return item
