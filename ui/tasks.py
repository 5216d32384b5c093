"""Run core calls off the GUI thread and deliver results on it.

Two lanes: writes go through one worker (one writer at a time, like Anki's collection lane);
reads use a small pool. A read the agent is looking at (a page of the queue, its count, the
ticket opened) is `urgent`: it goes ahead of reads already waiting for a thread (the channel
list, the quarantine count, the sources' state). Callbacks never touch widgets from the
worker: they arrive as signals.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

URGENT = 10  # a QThreadPool priority: runs before waiting jobs of priority 0


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the caller's error slot, never lost
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class TaskRunner(QObject):
    """`run(fn, on_done, on_error)`; `write(...)` for anything that changes the database."""

    busy_changed = Signal(int)
    error = Signal(object)  # errors nobody handled

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()
        self._busy = 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        urgent: bool = False,
    ) -> None:
        self._submit(self._reads, fn, on_done, on_error, URGENT if urgent else 0)

    def write(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        self._submit(self._writes, fn, on_done, on_error)

    def _submit(
        self,
        pool: QThreadPool,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[Exception], None] | None,
        priority: int = 0,
    ) -> None:
        relay = _Relay()  # lives on the GUI thread, so its signals are delivered there
        self._relays.add(relay)

        def finished(result: Any) -> None:
            self._finish(relay)
            if on_done is not None:
                on_done(result)

        def failed(exc: Exception) -> None:
            self._finish(relay)
            if on_error is not None:
                on_error(exc)
            else:
                self.error.emit(exc)

        relay.done.connect(finished)
        relay.failed.connect(failed)
        self._busy += 1
        self.busy_changed.emit(self._busy)
        pool.start(_Job(fn, relay), priority)

    def _finish(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        self._busy -= 1
        self.busy_changed.emit(self._busy)

    @property
    def busy(self) -> int:
        return self._busy

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until both lanes are idle (shutdown and tests only)."""
        return self._reads.waitForDone(msecs) and self._writes.waitForDone(msecs)
