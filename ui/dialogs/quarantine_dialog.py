"""Rows that could not be imported, with the reason: nothing is dropped without a trace."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from triage.domain.models import QuarantineView
from ui import labels


class QuarantineDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quarantined rows"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These rows could not be imported. Everything else in their files "
                "was imported. Fix the file and import it again: rows already "
                "imported are skipped."
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("File or source"),
                self.tr("Line"),
                self.tr("Reason"),
                self.tr("Content"),
                self.tr("When"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        layout.addWidget(buttons)
        self.resize(900, 420)

    def show_rows(self, rows: list[QuarantineView]) -> None:
        self.table.setRowCount(len(rows))
        locale = QLocale()
        for r, q in enumerate(rows):
            # QTableWidgetItem shows text as text: HTML in a bad row stays visible as written.
            cells = (
                q.origin,
                str(q.line),
                q.reason,
                q.raw[:300],
                locale.toString(q.created_at.astimezone(), QLocale.FormatType.ShortFormat),
            )
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(labels.plain_tooltip(q.raw[:2000] if c == 3 else text))
                self.table.setItem(r, c, cell)
        for column in (0, 1, 2, 4):
            self.table.resizeColumnToContents(column)
