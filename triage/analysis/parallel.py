"""Analyse big imports in a worker process while the importer stores what is already analysed.

Language detection and sentiment hold the GIL, so a second core only helps from another process.
Small imports stay in-process: starting a worker costs about a second.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from triage.analysis.analyzer import MessageAnalyzer
from triage.domain.models import Analysis

Batch = Sequence[tuple[str, str]]  # (text, language hint)
PARALLEL_FROM = 5000  # messages; below this a worker's start-up costs more than it saves

_worker: MessageAnalyzer | None = None


def _init_worker() -> None:
    global _worker
    _worker = MessageAnalyzer()


def _analyse(batch: Batch) -> list[Analysis]:
    assert _worker is not None
    return [_worker.analyze(text, hint) for text, hint in batch]


def default_workers() -> int:
    cores = os.cpu_count() or 1
    return min(2, cores - 1)


def analyse_batches(
    analyzer: MessageAnalyzer, batches: Sequence[Batch], workers: int
) -> Iterator[list[Analysis]]:
    """Analyses in batch order; in a worker process when it pays off and the analyzer is the
    shipped one (a custom analyzer cannot be rebuilt in another process)."""
    total = sum(len(b) for b in batches)
    shipped = type(analyzer) is MessageAnalyzer and analyzer.is_default
    if workers < 1 or total < PARALLEL_FROM or not shipped:
        for batch in batches:
            yield [analyzer.analyze(text, hint) for text, hint in batch]
        return
    context = multiprocessing.get_context("spawn")  # never fork a process that may run Qt
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker) as pool:
        yield from pool.map(_analyse, batches)
