"""Team desks take turns at periodic jobs, so the team does each job once per interval.

Every desk runs the same scheduler (re-scoring, loyalty, linking, publishing, each source's
poll). On one SQLite desk that is one run each. On a team database, eight desks would re-score
the same queue eight times a minute and poll each source eight times, racing for its cursor. So
before a scheduled run a desk takes the job's turn: one conditional UPDATE of the job's row in
`job_turns`, which only succeeds when nobody took it within most of the interval. The database
decides, so two desks asking at the same moment cannot both win; a desk that crashed simply
stops taking turns and another one takes the next.

Only scheduled runs take turns: "poll now" and other things a person asks for run at once.
"""

from __future__ import annotations

import os
import socket
from datetime import datetime, timedelta

from sqlalchemy import insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from triage.store.db import unit_of_work
from triage.store.tables import JobTurnRow

# A turn is free again after this share of the interval: scheduler jitter and clocks that differ
# a little between desks must not make a job skip an interval.
SLACK = 0.8


def desk_name(user: str | None) -> str:
    """Which desk: the person, the machine and the process (one person may run two)."""
    return f"{user or 'system'}@{socket.gethostname()}:{os.getpid()}"[:200]


def take(
    sessions: sessionmaker[Session], job: str, every_s: float, holder: str, now: datetime
) -> bool:
    """True when this desk should run `job` now; False when another desk ran it recently."""
    free_since = now - timedelta(seconds=every_s * SLACK)
    with unit_of_work(sessions) as s:
        taken = s.execute(
            update(JobTurnRow)
            .where(JobTurnRow.job == job, JobTurnRow.taken_at <= free_since)
            .values(holder=holder, taken_at=now)
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount == 1:  # type: ignore[attr-defined]
            return True
        if s.get(JobTurnRow, job) is not None:
            return False  # someone's turn, recently
    try:  # the job's first run on this database
        with unit_of_work(sessions) as s:
            s.execute(insert(JobTurnRow).values(job=job, holder=holder, taken_at=now))
        return True
    except IntegrityError:
        return False  # another desk made the row (and took the turn) at the same moment
