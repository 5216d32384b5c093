"""Sources: every feed, account, mailbox and folder the desk pulls from, with its health.

Everything that touches the network or the database runs through the task runner or the
scheduler; this dialog only shows results.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from triage.domain.models import QuarantineEntry, RawMention
from triage.domain.sources import HealthLevel, SourceView
from ui import labels

HEALTH_COLOURS = {
    HealthLevel.OK: "#2e7d32",
    HealthLevel.AMBER: "#d08b00",
    HealthLevel.RED: "#c62828",
    HealthLevel.NEW: "#607d8b",
    HealthLevel.OFF: "#9e9e9e",
}


class SourcesDialog(QDialog):
    add_requested = Signal()
    edit_requested = Signal(object)  # SourceView
    test_requested = Signal(object)
    poll_requested = Signal(object)
    toggle_requested = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesDialog")
        self.setWindowTitle(self.tr("Sources"))
        self.resize(1100, 520)
        self.views: list[SourceView] = []
        self.polling: set[str] = set()
        self.can_manage = True  # an administrator's job; others may look, test and poll
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Feeds, accounts, mailboxes and folders the queue is filled from. A source that "
                "fails, is refused or goes quiet turns amber or red."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("sourcesTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Health"),
                self.tr("Name"),
                self.tr("Type"),
                self.tr("Target"),
                self.tr("Last success"),
                self.tr("New (24 h)"),
                self.tr("Status"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((110, 170, 120, 240, 110, 110)):
            self.table.setColumnWidth(col, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self._emit(self.edit_requested))
        layout.addWidget(self.table, 1)
        self.details = QLabel(self)
        self.details.setObjectName("sourceDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # server messages are untrusted
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)

        self.preview = QListWidget(self)
        self.preview.setObjectName("sourcePreview")
        self.preview.setVisible(False)
        self.preview.setMaximumHeight(160)
        layout.addWidget(self.preview)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.test_button = QPushButton(self.tr("&Test"), self)
        self.test_button.setToolTip(self.tr("Fetch a few items and show them without importing"))
        self.poll_button = QPushButton(self.tr("&Poll now"), self)
        self.toggle_button = QPushButton(self.tr("&Disable"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        for button in (
            self.add_button,
            self.edit_button,
            self.test_button,
            self.poll_button,
            self.toggle_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_requested.emit)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.test_button.clicked.connect(lambda: self._emit(self.test_requested))
        self.poll_button.clicked.connect(lambda: self._emit(self.poll_requested))
        self.toggle_button.clicked.connect(lambda: self._emit(self.toggle_requested))
        self.remove_button.clicked.connect(lambda: self._emit(self.remove_requested))
        self._update_buttons()

    # -- showing ------------------------------------------------------------------------------

    def selected(self) -> SourceView | None:
        row = self.table.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _emit(self, signal: Any) -> None:
        view = self.selected()
        if view is not None:
            signal.emit(view)

    def show_sources(self, views: list[SourceView]) -> None:
        keep = self.selected().name if self.selected() else None
        self.views = list(views)
        self.table.setRowCount(len(views))
        locale = QLocale()
        for row, v in enumerate(views):
            dot = QTableWidgetItem("● " + labels.health_level_label(v.health.level))
            dot.setForeground(QBrush(QColor(HEALTH_COLOURS[v.health.level])))
            last = _when(locale, v.last_success_at)
            status = self.tr("Polling…") if v.name in self.polling else labels.health_text(v)
            cells = [
                dot,
                QTableWidgetItem(v.name),
                QTableWidgetItem(labels.source_kind_label(v.kind)),
                QTableWidgetItem(v.target),
                QTableWidgetItem(last),
                QTableWidgetItem(str(v.added_24h)),
                QTableWidgetItem(status),
            ]
            cells[3].setToolTip(labels.plain_tooltip(v.target))
            cells[6].setToolTip(labels.plain_tooltip(status))
            for col, cell in enumerate(cells):
                self.table.setItem(row, col, cell)
            if v.name == keep:
                self.table.selectRow(row)
        if self.table.currentRow() < 0 and views:
            self.table.selectRow(0)
        unhealthy = sum(1 for v in views if v.health.unhealthy)
        self.status.setText(
            self.tr("%n source(s) need attention.", "", unhealthy) if unhealthy else ""
        )
        self._update_buttons()

    def show_preview(self, name: str, items: list[RawMention | QuarantineEntry]) -> None:
        self.preview.clear()
        self.preview.setVisible(True)
        if not items:
            self.preview.addItem(
                self.tr("%1 answered, with nothing new to show.").replace("%1", name)
            )
        for item in items:
            if isinstance(item, QuarantineEntry):
                text = self.tr("Would be quarantined: %1").replace("%1", item.reason)
            else:
                text = f"{item.author or '–'} · {' '.join(item.text.split())[:160]}"
            self.preview.addItem(text)  # QListWidget items are plain text
        self.status.setText(self.tr("Test of %1: nothing was imported.").replace("%1", name))

    def show_message(self, text: str) -> None:
        self.status.setText(text)

    def _show_details(self, view: SourceView | None) -> None:
        if view is None:
            self.details.setText("")
            return
        locale = QLocale()
        lines = [f"{view.name}: {labels.health_text(view)}"]
        facts = [
            self.tr("Last poll: %1").replace("%1", _when(locale, view.last_poll_at)),
            self.tr("every %1").replace("%1", labels.duration_label(view.interval_s / 60)),
        ]
        if view.keywords:
            facts.append(self.tr("keywords: %1").replace("%1", ", ".join(view.keywords)))
        if view.paused_until is not None:
            facts.append(self.tr("next try: %1").replace("%1", _when(locale, view.paused_until)))
        lines.append(" · ".join(facts))
        self.details.setText("\n".join(lines))

    def _update_buttons(self) -> None:
        view = self.selected()
        self._show_details(view)
        for button in (
            self.edit_button,
            self.test_button,
            self.poll_button,
            self.toggle_button,
            self.remove_button,
        ):
            button.setEnabled(view is not None)
        if view is not None:
            self.toggle_button.setText(self.tr("&Disable") if view.enabled else self.tr("&Enable"))
            self.poll_button.setEnabled(view.enabled and view.name not in self.polling)
        for button in (self.add_button, self.edit_button, self.toggle_button, self.remove_button):
            if not self.can_manage:
                button.setEnabled(False)
                button.setToolTip(self.tr("Only an administrator can change sources."))


def _when(locale: QLocale, at: datetime | None) -> str:
    """Today's times as a time; older ones with their date."""
    if at is None:
        return "–"
    local = at.astimezone()
    if local.date() == datetime.now().astimezone().date():
        return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(local, QLocale.FormatType.ShortFormat)


def connect_buttons(dialog: SourcesDialog, handlers: dict[str, Callable[[Any], None]]) -> None:
    for name, handler in handlers.items():
        getattr(dialog, f"{name}_requested").connect(handler)
