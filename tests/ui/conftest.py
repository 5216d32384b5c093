"""UI fixtures: a main window over a real (copied, migrated) database, built per test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from triage.services import Triage
from ui.settings import UiSettings
from ui.tasks import TaskRunner
from ui.windows.main_window import MainWindow


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_main_window(
    qtbot,
    triage: Triage,
    ui_settings: UiSettings,  # type: ignore[no-untyped-def]
) -> Iterator[Callable[..., MainWindow]]:
    """Builds a window and waits until its first page of the queue has arrived."""
    made: list[TaskRunner] = []

    def make(agent: str = "sanne") -> MainWindow:
        tasks = TaskRunner()
        made.append(tasks)
        window = MainWindow(triage, tasks, agent, ui_settings)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.model.loaded, timeout=10_000):
            window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.table.setFocus()
        return window

    yield make
    for tasks in made:
        tasks.wait()
