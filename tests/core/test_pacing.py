"""Pause points (triage/pacing.py): the long loops a desktop app runs on worker threads (a
page of the queue, the periodic re-score) stop at one per row, so the app can hold them while
its GUI thread paints; without a pause installed they run straight through."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from triage import pacing
from triage.services import QueueQuery, Triage


@pytest.fixture
def pauses() -> Iterator[list[str]]:
    seen: list[str] = []
    pacing.set_pause(lambda: seen.append(threading.current_thread().name))
    yield seen
    pacing.set_pause(None)


def _seed(triage: Triage, write_jsonl, n: int) -> None:  # type: ignore[no-untyped-def]
    rows = [
        {"external_id": f"m{i}", "author": f"@person{i}", "text": f"Storing nummer {i}, help!"}
        for i in range(n)
    ]
    triage.import_file(write_jsonl("many.jsonl", *rows))


def test_without_a_pause_a_pause_point_does_nothing() -> None:
    pacing.set_pause(None)
    pacing.pause_point()  # no error, no wait


def test_a_page_of_the_queue_pauses_once_per_ticket(triage, write_jsonl, pauses) -> None:  # type: ignore[no-untyped-def]
    _seed(triage, write_jsonl, 12)
    items = triage.page(QueueQuery(), 0, 10)
    assert len(items) == 10
    assert len(pauses) >= 10  # one per ticket read (and per waiting reason shown)


def test_the_rescore_pauses_once_per_ticket(triage, write_jsonl, pauses) -> None:  # type: ignore[no-untyped-def]
    _seed(triage, write_jsonl, 7)
    pauses.clear()
    rescored = triage.rescore_open(full=True)
    assert rescored == 7
    assert len(pauses) >= 7


def test_a_pause_holds_the_worker_until_released() -> None:
    """What the app installs: a worker waits at its pause point while the pause holds."""
    released = threading.Event()
    pacing.set_pause(lambda: released.wait(5))
    done = threading.Event()

    def worker() -> None:
        for _ in range(3):
            pacing.pause_point()
        done.set()

    try:
        thread = threading.Thread(target=worker)
        thread.start()
        assert not done.wait(0.1)  # held at its first pause point
        released.set()
        assert done.wait(5)
        thread.join()
    finally:
        pacing.set_pause(None)
