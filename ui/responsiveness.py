"""Keeping the GUI thread free to paint while worker threads read pages and re-score.

Two interpreter settings, made once the window is shown:

* Everything built so far lives as long as the app: frozen out of the collector's way, so a
  full collection (triggered on a worker thread) does not stall scrolling for 50 ms or more.
* The queue paints each cell through Python (ui/widgets/queue_delegate.py), so a repaint asks
  for the interpreter lock a few hundred times. While a worker builds a page, each ask waited
  up to Python's default switch interval of 5 ms; 1 ms keeps a repaint behind a busy worker
  short (the longest scrolling stall measured 22-28 ms instead of 30-31).
"""

from __future__ import annotations

import gc
import sys

SWITCH_INTERVAL_S = 0.001


def settle_for_interaction() -> None:
    gc.freeze()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
