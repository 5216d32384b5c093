"""Window state only (geometry, splitters, columns, interface language): QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView


class UiSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.q = settings or QSettings()

    def language(self) -> str:
        value = self.q.value("ui/language", "")
        return str(value) if value else ""

    def set_language(self, code: str) -> None:
        self.q.setValue("ui/language", code)

    def save_window(self, window: QMainWindow) -> None:
        self.q.setValue("window/geometry", window.saveGeometry())
        self.q.setValue("window/state", window.saveState())
        for splitter in window.findChildren(QSplitter):
            if splitter.objectName():
                self.q.setValue(f"splitter/{splitter.objectName()}", splitter.saveState())
        table = window.findChild(QTableView, "queueTable")
        if table is not None:
            self.q.setValue("queue/header", table.horizontalHeader().saveState())
        self.q.sync()

    def restore_window(self, window: QMainWindow) -> None:
        geometry = self.q.value("window/geometry")
        if isinstance(geometry, QByteArray):
            window.restoreGeometry(geometry)
        else:
            window.resize(1480, 860)
        state = self.q.value("window/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
        for splitter in window.findChildren(QSplitter):
            saved = self.q.value(f"splitter/{splitter.objectName()}")
            if splitter.objectName() and isinstance(saved, QByteArray):
                splitter.restoreState(saved)
        table = window.findChild(QTableView, "queueTable")
        header = self.q.value("queue/header")
        if table is not None and isinstance(header, QByteArray):
            table.horizontalHeader().restoreState(header)
