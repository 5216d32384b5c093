"""Keeping the GUI thread free to paint while worker threads read pages and re-score.

Once the window is shown (`settle_for_interaction`):

* Everything built so far lives as long as the app: frozen out of the collector's way.
* The collector's full passes wait for a quiet moment. A full pass walks every object the app
  holds (a screen's pages of tickets: some hundred thousand) and took 15-20 ms, on whichever
  thread happened to allocate, often in the middle of a scroll. Young objects are still
  collected as Python does by itself; the full pass runs when the queue has not been painted
  for `QUIET_S` (the agent reads or types), at most every `FULL_EVERY_S`, and at the latest
  after `FULL_AT_LATEST_S` of non-stop scrolling (`QuietCollector`).
* The queue paints through Python (ui/widgets/queue_view.py). While a worker runs Python, the
  two threads take turns at the interpreter lock, one switch interval each, so a repaint took
  twice as long:
  - the switch interval is 1 ms instead of Python's 5, and 0.1 ms while the queue paints
    (PySide gives the lock up around its calls into Qt, and each time a worker that takes it
    keeps it for up to an interval: the longest stall beside a re-score 17-18 -> 14-16 ms);
  - the window's repaint (ui/windows/main_window.py) and the queue's own paint close a
    `PaintGate`: the core's long loops stop at their pause points (triage/pacing.py) while the
    GUI thread paints, and go on when it is done. A worker never
    waits longer than `MAX_PAUSE_S`, so a paint that never ends cannot hold it for good.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer

from triage import pacing

SWITCH_INTERVAL_S = 0.001
MAX_PAUSE_S = 0.05
PAINT_SWITCH_S = 0.0001  # while the queue paints: a worker gives the lock back within 0.1 ms
QUIET_S = 1.5  # no repaint of the queue for this long: a moment for a full collection
FULL_EVERY_S = 30.0
FULL_AT_LATEST_S = 300.0
NEVER = 1_000_000_000  # a full pass after this many young ones: not by itself


class PaintGate:
    """Open unless the GUI thread paints; worker threads wait at pause points while closed."""

    def __init__(self) -> None:
        self._open = threading.Event()
        self._open.set()
        self._gui = threading.main_thread()
        self.last_paint = time.monotonic()

    @contextmanager
    def painting(self) -> Iterator[None]:
        """Around a paint on the GUI thread (nested paints keep it closed until the outer ends)."""
        was_open = self._open.is_set()
        self._open.clear()
        interval = sys.getswitchinterval()
        if was_open:
            sys.setswitchinterval(PAINT_SWITCH_S)
        try:
            yield
        finally:
            self.last_paint = time.monotonic()
            if was_open:
                sys.setswitchinterval(interval)
                self._open.set()

    @property
    def is_open(self) -> bool:
        return self._open.is_set()

    def pause(self) -> None:
        """A worker's pause point: wait while the GUI thread paints (never on the GUI thread)."""
        if not self._open.is_set() and threading.current_thread() is not self._gui:
            self._open.wait(MAX_PAUSE_S)


GATE = PaintGate()


class QuietCollector(QObject):
    """Runs the collector's full passes on the GUI thread when the queue is quiet."""

    def __init__(self, gate: PaintGate = GATE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gate = gate
        self.last_full = time.monotonic()
        self.full_passes = 0
        self._timer = QTimer(self)
        self._timer.setInterval(int(QUIET_S * 1000 / 2))
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        threshold, young, _old = gc.get_threshold()
        gc.set_threshold(threshold, young, NEVER)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.set_threshold(*gc.get_threshold()[:2], 10)  # Python's own default again

    def check(self, now: float | None = None) -> bool:
        """A full pass if it is due and the queue is quiet (or it is overdue). Whether it ran."""
        now = time.monotonic() if now is None else now
        since = now - self.last_full
        quiet = now - self._gate.last_paint >= QUIET_S and self._gate.is_open
        if (quiet and since >= FULL_EVERY_S) or since >= FULL_AT_LATEST_S:
            gc.collect()
            self.last_full = time.monotonic()
            self.full_passes += 1
            return True
        return False


_collector: QuietCollector | None = None


def settle_for_interaction() -> QuietCollector:
    """Call once the window is shown (ui/app.py; benchmarks/queue.py does the same)."""
    global _collector
    gc.freeze()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    pacing.set_pause(GATE.pause)
    if _collector is None:
        _collector = QuietCollector()
        _collector.start()
    return _collector
