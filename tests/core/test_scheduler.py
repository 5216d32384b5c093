"""The periodic re-score on the real APScheduler BackgroundScheduler: no sleeps, listeners wait."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from triage.clock import FixedClock
from triage.scheduler.service import RESCORE_JOB, JobRun, SchedulerService
from triage.services import Triage

WAIT = 10.0  # seconds; a run normally arrives within milliseconds


class Runs:
    """A listener that records runs and lets the test wait for the first one."""

    def __init__(self) -> None:
        self.runs: list[JobRun] = []
        self.threads: list[str] = []
        self._arrived = threading.Event()

    def __call__(self, run: JobRun) -> None:
        self.runs.append(run)
        self.threads.append(threading.current_thread().name)
        self._arrived.set()

    def first(self, timeout: float = WAIT) -> JobRun:
        assert self._arrived.wait(timeout), "the scheduler reported no run"
        return self.runs[0]

    def none_within(self, timeout: float) -> bool:
        return not self._arrived.wait(timeout)


@pytest.fixture
def service(triage: Triage) -> Iterator[SchedulerService]:
    """A service that is not started yet (tests patch the core first) and always shut down."""
    svc = SchedulerService(triage, rescore_seconds=3600)
    try:
        yield svc
    finally:
        svc.shutdown()


@pytest.fixture
def runs(service: SchedulerService) -> Runs:
    listener = Runs()
    service.add_listener(listener)
    return listener


@pytest.fixture
def waiting(triage: Triage, write_jsonl) -> list[int]:  # type: ignore[no-untyped-def]
    """Two customers waiting for an answer and one conversation we already answered."""
    triage.import_file(
        write_jsonl(
            "m.jsonl",
            {"external_id": "1", "text": "Internet down since this morning", "author": "@a"},
            {"external_id": "2", "text": "Mijn factuur klopt niet", "author": "@b"},
            {"external_id": "3", "text": "Where is my parcel?", "author": "@c"},
            {
                "external_id": "4",
                "text": "It is on its way, sorry!",
                "author": "@brand",
                "direction": "out",
                "in_reply_to": "3",
                "created_at": "2026-11-23T09:10:00Z",
            },
        )
    )
    return [i.id for i in triage.top(10)]  # the answered one is pending, not in the queue


def test_run_now_rescores_waiting_tickets_and_reports_it(
    service: SchedulerService,
    runs: Runs,
    triage: Triage,
    clock: FixedClock,
    waiting: list[int],
) -> None:
    assert len(waiting) == 2
    before = {i: triage.item(i).components["waiting"] for i in waiting}
    clock.advance(timedelta(minutes=45))  # the customers have waited longer since the import
    service.start()
    service.run_now()
    run = runs.first()
    assert run == JobRun(job=RESCORE_JOB, at=clock.now(), ok=True, result=2, error="")
    assert runs.threads[0] != threading.main_thread().name  # it ran in the background
    for ticket_id in waiting:
        item = triage.item(ticket_id)
        assert item.components["waiting"] > before[ticket_id]
        scored = [e for e in triage.ticket(ticket_id).events if e.kind.value == "scored"]
        assert scored and scored[-1].actor == "system"
        assert scored[-1].payload["priority"] == item.priority


def test_a_failing_job_is_reported_with_its_error(
    service: SchedulerService, runs: Runs, triage: Triage, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> int:
        raise RuntimeError("database is locked")

    # The job holds the bound method from start(), so the core is patched before it.
    monkeypatch.setattr(triage, "rescore_open", broken)
    service.start()
    service.run_now()
    run = runs.first()
    assert (run.job, run.ok, run.result) == (RESCORE_JOB, False, None)
    assert run.error == "RuntimeError: database is locked"


@pytest.mark.parametrize("offset", [timedelta(days=2), timedelta(days=-400)])
def test_run_now_runs_whatever_the_injected_clock_says(
    service: SchedulerService, runs: Runs, clock: FixedClock, offset: timedelta
) -> None:
    """The scheduler lives on wall-clock time; a test or replay clock must not delay run_now."""
    clock.set(datetime.now(UTC) + offset)
    service.start()
    service.run_now()
    run = runs.first()
    assert run.ok and run.result == 0 and run.at == clock.now()


def test_shutdown_stops_the_scheduler(service: SchedulerService, runs: Runs) -> None:
    service.start()
    assert service._scheduler.running
    service.shutdown()
    assert not service._scheduler.running
    service.shutdown()  # a second shutdown (e.g. from the fixture) is harmless
    service.run_now()
    assert runs.none_within(0.3)
    assert runs.runs == []


def test_the_desk_checkpoints_its_file_in_the_background(tmp_path, clock, analyzer) -> None:  # type: ignore[no-untyped-def]
    """The app's desk: commits never copy the WAL back (only past a far bound); the
    scheduler's checkpoint job does, off every commit's path."""
    from sqlalchemy import text

    from triage.scheduler.service import CHECKPOINT_JOB
    from triage.store.db import AUTOCHECKPOINT_PAGES, BACKGROUND_AUTOCHECKPOINT_PAGES

    app = Triage.open(
        f"sqlite:///{tmp_path / 'desk.db'}",
        clock=clock,
        analyzer=analyzer,
        background_checkpoints=True,
    )
    plain = Triage.open(f"sqlite:///{tmp_path / 'cli.db'}", clock=clock, analyzer=analyzer)
    try:
        with app.engine.connect() as conn:
            pages = conn.execute(text("PRAGMA wal_autocheckpoint")).scalar_one()
        with plain.engine.connect() as conn:
            default = conn.execute(text("PRAGMA wal_autocheckpoint")).scalar_one()
        assert (pages, default) == (BACKGROUND_AUTOCHECKPOINT_PAGES, AUTOCHECKPOINT_PAGES)
        app.seed_demo()
        found = app.checkpoint()
        assert found is not None and found[0] > 0 and found[0] == found[1]  # all copied back
        service = SchedulerService(app)
        service.start()
        try:
            job = service._scheduler.get_job(CHECKPOINT_JOB)
            assert job is not None and job.func == app.checkpoint
        finally:
            service.shutdown()
    finally:
        app.close()
        plain.close()
