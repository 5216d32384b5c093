"""Team desks take turns at periodic jobs: on one database each job runs once per interval."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from triage.analysis.analyzer import MessageAnalyzer
from triage.clock import FixedClock
from triage.scheduler.service import RESCORE_JOB, SchedulerService
from triage.services import Triage, turns

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def test_one_desk_takes_a_turn_and_the_others_wait_for_the_interval(
    pg_url: Callable[[], str], analyzer: MessageAnalyzer
) -> None:
    url = pg_url()
    desks = [Triage.open(url, clock=FixedClock(NOW), analyzer=analyzer) for _ in range(2)]
    try:
        a, b = desks
        assert turns.take(a.sessions, "rescore", 60, "a", NOW)
        assert not turns.take(b.sessions, "rescore", 60, "b", NOW + timedelta(seconds=20))
        assert turns.take(b.sessions, "linking", 600, "b", NOW)  # jobs are separate
        # after most of the interval (scheduler jitter), the next turn is free
        assert turns.take(b.sessions, "rescore", 60, "b", NOW + timedelta(seconds=50))
        assert not turns.take(a.sessions, "rescore", 60, "a", NOW + timedelta(seconds=55))
    finally:
        for d in desks:
            d.close()


def test_desks_asking_at_the_same_moment_get_one_turn(
    pg_url: Callable[[], str], analyzer: MessageAnalyzer
) -> None:
    url = pg_url()
    desk = Triage.open(url, clock=FixedClock(NOW), analyzer=analyzer)
    try:
        for round_ in range(3):  # the first run (row made) and later ones (row updated)
            assert sorted(_race(desk, NOW + timedelta(minutes=round_))) == [False] * 7 + [True]
    finally:
        desk.close()


def _race(desk: Triage, at: datetime, n: int = 8) -> list[bool]:
    won: list[bool] = []
    start = threading.Barrier(n)

    def ask(i: int) -> None:
        start.wait()
        won.append(turns.take(desk.sessions, "poll", 60, f"desk{i}", at))

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return won


def test_a_scheduled_rescore_runs_on_one_desk_of_a_team(
    pg_url: Callable[[], str], analyzer: MessageAnalyzer
) -> None:
    url = pg_url()
    desks = [Triage.open(url, clock=FixedClock(NOW), analyzer=analyzer) for _ in range(3)]
    try:
        jobs = [SchedulerService(d)._in_turn(RESCORE_JOB, 60, d.rescore_open) for d in desks]
        results = [job() for job in jobs]
        assert sum(r is not None for r in results) == 1  # one desk re-scored for the team
    finally:
        for d in desks:
            d.close()


def test_a_single_desk_always_runs_its_jobs(triage: Triage) -> None:
    job = SchedulerService(triage)._in_turn(RESCORE_JOB, 60, triage.rescore_open)
    assert job == triage.rescore_open  # SQLite: no turns to take
    assert job() == job()  # and it runs every time
