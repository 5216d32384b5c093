"""Pause points for long Python loops that may run beside a desktop app's GUI thread.

Python threads share one interpreter lock. While a worker thread runs Python (building a page
of the queue, re-scoring), a GUI thread that paints gets the lock only every other switch
interval: a 10 ms repaint became a 20 ms stall. Loops that may run on a worker call
`pause_point()` every few rows; the app installs a pause that holds the worker while the GUI
thread paints (ui/responsiveness.py). Without one installed (the CLI, tests, a server) a pause
point costs a global lookup and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable

_pause: Callable[[], None] | None = None


def set_pause(pause: Callable[[], None] | None) -> None:
    """Install (or, with None, remove) what `pause_point()` calls."""
    global _pause
    _pause = pause


def pause_point() -> None:
    pause = _pause
    if pause is not None:
        pause()
