"""Periodic work: re-score waiting tickets as their clocks run. Listeners hear about each run."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent
from apscheduler.schedulers.background import BackgroundScheduler

from triage.domain.access import Permission
from triage.services import Triage, turns

log = logging.getLogger(__name__)
RESCORE_JOB = "rescore"
RESCORE_SECONDS = 60
TRAIN_JOB = "train"
TRAIN_SECONDS = 3600  # hourly look; it trains only when enough new labels arrived
SOURCE_PREFIX = "source:"
LOYALTY_JOB = "loyalty"
LOYALTY_SECONDS = 30  # stale profiles (a resolution, a survey, an import) recomputed this soon
NIGHTLY_JOB = "loyalty-nightly"  # recency moves on even when nothing happens
LINKING_JOB = "linking"
LINKING_SECONDS = 600
PUBLISH_JOB = "training-cases"  # anonymised cases for trainers (triage/services/training.py)
PUBLISH_SECONDS = 600
NIGHTLY_TURN_SECONDS = 6 * 3600  # once a night for the whole team
CHECKPOINT_JOB = "checkpoint"  # the desk file's WAL, copied back off any commit's path
CHECKPOINT_SECONDS = 30


@dataclass(frozen=True, slots=True)
class JobRun:
    job: str
    at: datetime
    ok: bool
    result: object
    error: str = ""


Listener = Callable[[JobRun], None]
T = TypeVar("T")


class SchedulerService:
    def __init__(self, triage: Triage, rescore_seconds: int = RESCORE_SECONDS) -> None:
        self.triage = triage
        self.rescore_seconds = rescore_seconds
        self._listeners: list[Listener] = []
        self._scheduler = BackgroundScheduler(timezone="UTC")
        self._scheduler.add_listener(self._on_event, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)

    def _in_turn(self, job: str, every_s: float, work: Callable[..., T]) -> Callable[..., T | None]:
        """On a team database, run `work` only when it is this desk's turn (services/turns.py):
        a skipped run returns None. One SQLite desk always runs it."""
        if self.triage.engine.dialect.name != "postgresql":
            return work

        def in_turn(*args: Any, **kwargs: Any) -> T | None:
            user = self.triage.user
            holder = turns.desk_name(user.name if user else None)
            # Wall-clock time, as the scheduler keeps (the injected clock may be a replay's).
            if not turns.take(self.triage.sessions, job, every_s, holder, datetime.now(UTC)):
                return None
            return work(*args, **kwargs)

        return in_turn

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def start(self) -> None:
        if self.triage.engine.dialect.name == "sqlite":
            self._scheduler.add_job(
                self.triage.checkpoint,
                "interval",
                seconds=CHECKPOINT_SECONDS,
                id=CHECKPOINT_JOB,
                coalesce=True,
                max_instances=1,
                misfire_grace_time=None,
                replace_existing=True,
            )
        self._scheduler.add_job(
            self._in_turn(RESCORE_JOB, self.rescore_seconds, self.triage.rescore_open),
            "interval",
            seconds=self.rescore_seconds,
            id=RESCORE_JOB,
            coalesce=True,  # after sleep: one catch-up run, not a burst
            max_instances=1,
            misfire_grace_time=self.rescore_seconds,
            jitter=2,
            replace_existing=True,
        )
        self._scheduler.add_job(
            self._in_turn(TRAIN_JOB, TRAIN_SECONDS, self.triage.train_if_due),
            "interval",
            seconds=TRAIN_SECONDS,
            id=TRAIN_JOB,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=TRAIN_SECONDS,
            replace_existing=True,
        )
        self._scheduler.add_job(
            self._in_turn(LOYALTY_JOB, LOYALTY_SECONDS, self.triage.recompute_loyalty_if_stale),
            "interval",
            seconds=LOYALTY_SECONDS,
            id=LOYALTY_JOB,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=LOYALTY_SECONDS,
            replace_existing=True,
        )
        self._scheduler.add_job(
            self._in_turn(NIGHTLY_JOB, NIGHTLY_TURN_SECONDS, self.triage.recompute_loyalty),
            "cron",
            hour=3,
            minute=17,
            id=NIGHTLY_JOB,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=6 * 3600,  # a desk that slept at night catches up in the morning
            replace_existing=True,
        )
        self._scheduler.add_job(
            self._in_turn(LINKING_JOB, LINKING_SECONDS, self.triage.customers.refresh_suggestions),
            "interval",
            seconds=LINKING_SECONDS,
            id=LINKING_JOB,
            coalesce=True,
            max_instances=1,
            misfire_grace_time=LINKING_SECONDS,
            replace_existing=True,
        )
        if self.triage.may(Permission.READ_CASES):  # a trainer cannot read what to anonymise
            self._scheduler.add_job(
                self._in_turn(PUBLISH_JOB, PUBLISH_SECONDS, self.triage.publish_training_cases),
                "interval",
                seconds=PUBLISH_SECONDS,
                id=PUBLISH_JOB,
                coalesce=True,
                max_instances=1,
                misfire_grace_time=PUBLISH_SECONDS,
                jitter=30,  # many desks of one team: not all at once
                replace_existing=True,
            )
        self._scheduler.start()
        self.sync_sources()

    def sync_sources(self) -> None:
        """One job per enabled source; call again after sources were added, changed or removed."""
        wanted = {
            f"{SOURCE_PREFIX}{i}": (i, interval)
            for i, _, interval in self.triage.sources.schedule()
        }
        for job in self._scheduler.get_jobs():
            if job.id.startswith(SOURCE_PREFIX) and job.id not in wanted:
                job.remove()
        for job_id, (source_id, interval) in wanted.items():
            existing = self._scheduler.get_job(job_id)
            if existing is not None and getattr(existing.trigger, "interval", None) == timedelta(
                seconds=interval
            ):
                continue
            self._scheduler.add_job(
                self._in_turn(job_id, interval, self.triage.sources.poll_id),
                "interval",
                args=[source_id],
                seconds=interval,
                id=job_id,
                coalesce=True,  # after the machine slept: one catch-up poll, not a burst
                max_instances=1,
                misfire_grace_time=None,  # however late, run it once
                jitter=min(30, max(1, interval // 10)),  # keep many sources from polling at once
                next_run_time=datetime.now(UTC) + timedelta(seconds=2),
                replace_existing=True,
            )

    def poll_now(self, source_id: int) -> None:
        """Poll a source at once, on the scheduler's thread (never the caller's)."""
        self._scheduler.add_job(
            self.triage.sources.poll_id,
            args=[source_id],
            kwargs={"force": True},
            id=f"poll-now:{source_id}",
            max_instances=1,
            replace_existing=True,
            misfire_grace_time=None,
        )

    def run_now(self, job: str = RESCORE_JOB) -> None:
        found = self._scheduler.get_job(job)
        if found is not None:
            # APScheduler runs on wall-clock time, not the injected clock: a test or replay
            # clock ahead of the wall clock would postpone "now" until the wall clock got there.
            found.modify(next_run_time=datetime.now(UTC))

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def _on_event(self, event: JobExecutionEvent) -> None:
        error = (
            ""
            if event.exception is None
            else f"{type(event.exception).__name__}: {event.exception}"
        )
        if error:
            log.error("job %s failed: %s", event.job_id, error)
        run = JobRun(event.job_id, self.triage.clock.now(), not error, event.retval, error)
        for listener in list(self._listeners):
            listener(run)
