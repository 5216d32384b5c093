"""Every item model passes Qt's own model tester, loaded lazily page by page."""

from __future__ import annotations

from triage.services import Triage
from ui.models.queue_proxy_model import QueueProxyModel
from ui.models.queue_table_model import COL, QueueTableModel
from ui.tasks import TaskRunner


def _many(triage: Triage, write_jsonl, n: int) -> None:  # type: ignore[no-untyped-def]
    triage.import_file(
        write_jsonl(
            "many.jsonl",
            *(
                {
                    "external_id": str(i),
                    "text": f"message number {i} about my order",
                    "author": f"@u{i}",
                    "created_at": f"2026-11-23T0{i % 9}:{i % 60:02d}:00Z",
                }
                for i in range(n)
            ),
        )
    )


def test_queue_models_pass_the_model_tester(qtbot, qtmodeltester, triage, write_jsonl):  # type: ignore[no-untyped-def]
    _many(triage, write_jsonl, 450)
    tasks = TaskRunner()
    model = QueueTableModel(triage.count, triage.page, tasks, triage.clock)
    proxy = QueueProxyModel(model)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.refresh()
    assert model.rowCount() == 450
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    tasks.wait()


def test_pages_load_lazily_and_in_the_background(qtbot, triage, write_jsonl):  # type: ignore[no-untyped-def]
    _many(triage, write_jsonl, 450)
    calls: list[tuple[int, int]] = []

    def page(q, offset, limit):  # type: ignore[no-untyped-def]
        calls.append((offset, limit))
        return triage.page(q, offset, limit)

    tasks = TaskRunner()
    model = QueueTableModel(triage.count, page, tasks, triage.clock)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.refresh()
    assert calls == [(0, 200)]  # only the first page
    assert model.index(420, COL["message"]).data() is None  # not there yet: asked for
    with qtbot.waitSignal(model.dataChanged, timeout=10_000):
        pass
    assert (400, 200) in calls
    assert model.index(420, COL["message"]).data().startswith("message number")
    tasks.wait()


def test_sort_by_header_is_done_by_the_database(qtbot, triage, write_jsonl):  # type: ignore[no-untyped-def]
    _many(triage, write_jsonl, 30)
    tasks = TaskRunner()
    model = QueueTableModel(triage.count, triage.page, tasks, triage.clock)
    proxy = QueueProxyModel(model)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        proxy.sort(COL["author"], __import__("PySide6.QtCore").QtCore.Qt.SortOrder.AscendingOrder)
    authors = [model.index(r, COL["author"]).data() for r in range(model.rowCount())]
    assert authors == sorted(authors)
    tasks.wait()
