"""Every keyboard shortcut of the desk in one place."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [
            ("J / K", self.tr("Next / previous ticket")),
            ("Enter", self.tr("Read the conversation")),
            ("C", self.tr("Claim the ticket")),
            ("Shift+C", self.tr("Claim the next ticket nobody holds, and open it")),
            ("Esc", self.tr("Release your claim")),
            ("N", self.tr("Add a note")),
            ("E", self.tr("Escalate with a reason")),
            ("R", self.tr("Resolve with an outcome")),
            ("U", self.tr("Open the customer: every channel, loyalty, history")),
            ("S / Shift+S / Alt+S", self.tr("Correct sentiment: negative / neutral / positive")),
            ("X / Shift+X", self.tr("Is / is not a complaint")),
            ("+ / -", self.tr("Priority too low / too high")),
            ("M", self.tr("Only my tickets")),
            ("/", self.tr("Search")),
            ("F5", self.tr("Refresh")),
            ("Ctrl+O", self.tr("Import messages")),
            ("Ctrl+Shift+S", self.tr("Sources and their health")),
        ]
        layout = QVBoxLayout(self)
        table = QTableWidget(len(rows), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Does")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (key, text) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(key))
            table.setItem(r, 1, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 440)
