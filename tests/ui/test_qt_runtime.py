"""Guards against Qt binding regressions the whole app depends on."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    value = Signal(object)


def test_signal_emits_do_not_leak_references_to_booleans(qtbot) -> None:  # type: ignore[no-untyped-def]
    # PySide6 6.12.0 decremented True on every emit; a long-running desk then aborts in the
    # interpreter ("bool_dealloc"). The version pin in pyproject.toml keeps such a build out.
    emitter = _Emitter()
    received: list[object] = []
    emitter.value.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(200):
        emitter.value.emit(i)
    assert len(received) == 200
    assert sys.getrefcount(True) >= before - 5
