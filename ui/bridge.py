"""Scheduler callbacks (worker threads) turned into Qt signals on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from triage.scheduler.service import JobRun, SchedulerService


class SchedulerBridge(QObject):
    ran = Signal(object)  # JobRun

    def __init__(self, scheduler: SchedulerService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Emitting from the scheduler's thread queues the call onto this object's (GUI) thread.
        scheduler.add_listener(self._relay)

    def _relay(self, run: JobRun) -> None:
        self.ran.emit(run)
