"""Analyse big imports in a worker process while the importer stores what is already analysed.

Language detection and sentiment hold the GIL, so a second core only helps from another process.
Small imports stay in-process: starting a worker costs about a second, so for a big file the
worker is started before parsing begins and is warm by the time the first batch is ready.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from types import TracebackType
from typing import cast

from triage.analysis.analyzer import MessageAnalyzer, Recipe
from triage.domain.models import Analysis

Batch = Sequence[tuple[str, str]]  # (text, language hint)
PARALLEL_FROM = 5000  # messages; below this a worker's start-up costs more than it saves
BYTES_PER_MESSAGE = 150  # to guess from a file's size whether it is worth starting early

_worker: MessageAnalyzer | None = None


def _init_worker(recipe: Recipe | None) -> None:
    global _worker
    _worker = MessageAnalyzer()
    if recipe is not None:
        from triage.analysis.combined import CombinedModel
        from triage.analysis.learned import LearnedModel

        blob, heads = recipe
        shipped = _worker.model
        _worker.use(CombinedModel(shipped, LearnedModel.from_bytes(blob, shipped), heads), recipe)
    _worker.analyze("warm up", "en")
    _worker.analyze("even opwarmen", "nl")


def _ready() -> bool:
    return _worker is not None


def _analyse(batch: Batch) -> list[Analysis]:
    assert _worker is not None
    return _worker.analyze_many(batch)


def default_workers() -> int:
    cores = os.cpu_count() or 1
    return min(2, cores - 1)


class AnalysisPool:
    """In-process analysis, or worker processes for big imports with the shipped analyzer
    (a custom analyzer cannot be rebuilt in another process)."""

    def __init__(self, analyzer: MessageAnalyzer, workers: int) -> None:
        self.analyzer = analyzer
        rebuildable = analyzer.is_default or analyzer.recipe is not None
        self.workers = workers if type(analyzer) is MessageAnalyzer and rebuildable else 0
        self._pool: ProcessPoolExecutor | None = None
        self._warm: Future[bool] | None = None

    def start(self) -> None:
        """Start the workers now (they load their lexicons while the caller parses)."""
        if self.workers < 1 or self._pool is not None:
            return
        context = multiprocessing.get_context("spawn")  # never fork a process that may run Qt
        start = cast(Callable[[], object], partial(_init_worker, self.analyzer.recipe))
        self._pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=start)
        self._warm = self._pool.submit(_ready)

    def analyse(self, batches: Sequence[Batch]) -> Iterator[list[Analysis]]:
        """Analyses in batch order."""
        total = sum(len(b) for b in batches)
        if self.workers >= 1 and (self._pool is not None or total >= PARALLEL_FROM):
            self.start()
            assert self._pool is not None
            yield from self._pool.map(_analyse, batches)
            return
        for batch in batches:
            yield self.analyzer.analyze_many(batch)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> AnalysisPool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def analyse_batches(
    analyzer: MessageAnalyzer, batches: Sequence[Batch], workers: int
) -> Iterator[list[Analysis]]:
    """One-off form of AnalysisPool.analyse."""
    with AnalysisPool(analyzer, workers) as pool:
        yield from pool.analyse(batches)
