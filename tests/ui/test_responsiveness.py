"""Keeping the GUI thread free (ui/responsiveness.py): workers wait at their pause points while
the queue paints, never the GUI thread, never for good; the collector's full passes wait for a
quiet moment, but not for ever."""

from __future__ import annotations

import gc
import threading
import time

from ui import responsiveness
from ui.responsiveness import MAX_PAUSE_S, PaintGate, QuietCollector


def test_a_worker_waits_at_its_pause_point_while_the_gui_thread_paints() -> None:
    gate = PaintGate()
    reached = threading.Event()
    passed: list[float] = []

    def worker() -> None:
        reached.set()
        gate.pause()
        passed.append(time.monotonic())

    with gate.painting():
        assert not gate.is_open
        thread = threading.Thread(target=worker)
        thread.start()
        assert reached.wait(5)
        time.sleep(MAX_PAUSE_S / 5)
        assert passed == []  # still held
        ended = time.monotonic()
    thread.join(5)
    assert gate.is_open
    assert passed and passed[0] >= ended


def test_the_gui_thread_never_waits_and_a_worker_not_for_good() -> None:
    gate = PaintGate()
    with gate.painting():
        with gate.painting():  # a paint inside a paint keeps it closed until the outer ends
            pass
        assert not gate.is_open
        t0 = time.monotonic()
        gate.pause()  # on the GUI thread: straight on
        assert time.monotonic() - t0 < MAX_PAUSE_S / 2
        waited: list[float] = []

        def worker() -> None:
            start = time.monotonic()
            gate.pause()
            waited.append(time.monotonic() - start)

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join(5)  # the paint goes on longer than a worker may wait
        assert waited and MAX_PAUSE_S * 0.8 <= waited[0] < 1.0
    assert gate.is_open


def test_a_paint_that_fails_still_opens_the_gate() -> None:
    gate = PaintGate()
    try:
        with gate.painting():
            raise RuntimeError("paint failed")
    except RuntimeError:
        pass
    assert gate.is_open


def test_full_collections_wait_for_a_quiet_queue(qapp) -> None:  # type: ignore[no-untyped-def]
    gate = PaintGate()
    before = gc.get_threshold()
    collector = QuietCollector(gate)
    collector.start()
    try:
        assert gc.get_threshold()[2] == responsiveness.NEVER  # no full pass by itself
        start = collector.last_full
        # the queue was just painted: not now, even when one is due
        gate.last_paint = start + responsiveness.FULL_EVERY_S
        assert not collector.check(now=start + responsiveness.FULL_EVERY_S + 0.1)
        # quiet for a moment and due: now
        quiet = gate.last_paint + responsiveness.QUIET_S
        assert collector.check(now=quiet)
        assert collector.full_passes == 1
        # quiet but not due again yet
        assert not collector.check(now=collector.last_full + 1.0)
        # scrolling without a pause for minutes: at the latest, anyway
        gate.last_paint = collector.last_full + responsiveness.FULL_AT_LATEST_S
        assert collector.check(now=collector.last_full + responsiveness.FULL_AT_LATEST_S)
        assert collector.full_passes == 2
    finally:
        collector.stop()
        gc.set_threshold(*before)
    assert gc.get_threshold() == before
