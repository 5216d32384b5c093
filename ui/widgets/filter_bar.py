"""Status, channel, language, mine and search: everything that narrows the queue."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from triage.services import StatusFilter


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.status = QComboBox(self)
        for value, text in (
            (StatusFilter.ACTIVE, self.tr("Needs action")),
            (StatusFilter.NEW, self.tr("New")),
            (StatusFilter.OPEN, self.tr("Open")),
            (StatusFilter.PENDING, self.tr("Waiting on customer")),
            (StatusFilter.ESCALATED, self.tr("Escalated")),
            (StatusFilter.RESOLVED, self.tr("Resolved")),
            (StatusFilter.ALL, self.tr("All")),
        ):
            self.status.addItem(text, value.value)
        self.channel = QComboBox(self)
        self.channel.addItem(self.tr("All channels"), "")
        self.lang = QComboBox(self)
        self.lang.addItem(self.tr("All languages"), "")
        self.lang.addItem(self.tr("English"), "en")
        self.lang.addItem(self.tr("Dutch"), "nl")
        self.mine = QCheckBox(self.tr("Mine"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search messages and authors  ( / )"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.count = QLabel(self)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        for label_text, widget in (
            (self.tr("Show"), self.status),
            (self.tr("Channel"), self.channel),
            (self.tr("Language"), self.lang),
        ):
            label = QLabel(label_text, self)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
        layout.addWidget(self.mine)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.count)
        # Typing settles for a moment before the database is asked.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.status, self.channel, self.lang):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.mine.toggled.connect(lambda _b: self.changed.emit())

    def set_channels(self, channels: list[str]) -> None:
        current = self.channel.currentData()
        self.channel.blockSignals(True)
        while self.channel.count() > 1:
            self.channel.removeItem(1)
        for name in channels:
            self.channel.addItem(name, name)
        index = self.channel.findData(current)
        self.channel.setCurrentIndex(max(0, index))
        self.channel.blockSignals(False)

    def status_value(self) -> StatusFilter:
        return StatusFilter(self.status.currentData())

    def set_count(self, shown: int) -> None:
        self.count.setText(self.tr("%n ticket(s)", "", shown))
