"""Keeping the GUI thread free to paint while worker threads read pages and re-score.

Two interpreter settings, made once the window is shown:

* Everything built so far lives as long as the app: frozen out of the collector's way, so a
  full collection (triggered on a worker thread) does not stall scrolling for 50 ms or more.
* A thread waiting for the interpreter lock gets it after at most 1 ms instead of Python's
  default 5 ms: the GUI thread asks for it many times during one repaint, and each wait behind
  a worker building a page of tickets used to add up to a visible stutter. Workers lose a
  little throughput to the extra switches; the agent's scrolling gains it.
"""

from __future__ import annotations

import gc
import sys

SWITCH_INTERVAL_S = 0.001


def settle_for_interaction() -> None:
    gc.freeze()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
