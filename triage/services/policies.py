"""The team's SLA policy set, kept in the settings table, and the breaches coming up under it."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Literal, NamedTuple

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from triage.domain.enums import Band, Direction, EventKind, TicketStatus
from triage.scoring.sla_clock import (
    Turn,
    ended_pause_seconds,
    ticket_first_response_due,
    ticket_resolution_due,
)
from triage.scoring.sla_policy import (
    DEFAULT_POLICIES,
    SETTING_KEY,
    BusinessHours,
    PolicyError,
    PolicySet,
    add_business_minutes,
    minutes_left,
)
from triage.store.tables import EventRow, MentionRow, SettingRow, TicketRow

log = logging.getLogger(__name__)
CHUNK = 500  # ids per IN (...) query

Which = Literal["first_response", "resolution"]
WAITING = (TicketStatus.NEW.value, TicketStatus.OPEN.value)  # pending: the clocks stand still


class UpcomingBreach(NamedTuple):
    ticket_id: int
    which: Which
    due: datetime
    minutes_left: int  # business minutes when the policy has opening hours; < 0: overdue
    band: str


class PolicyInfo(NamedTuple):
    policies: PolicySet
    updated_by: str  # "" while the defaults hold
    updated_at: datetime | None


def policy_info(session: Session) -> PolicyInfo:
    """The policy set in force, and who set it when. A stored set that no longer reads (edited
    by hand, written by a newer version) is logged and the defaults hold."""
    row = session.get(SettingRow, SETTING_KEY)
    if row is None:
        return PolicyInfo(DEFAULT_POLICIES, "", None)
    value = row.value or {}
    try:
        policies = PolicySet.from_json(value.get("policy"))
    except PolicyError as exc:
        log.warning("stored SLA policy ignored, defaults hold: %s", exc)
        return PolicyInfo(DEFAULT_POLICIES, "", None)
    at = value.get("updated_at")
    return PolicyInfo(
        policies,
        str(value.get("updated_by", "")),
        datetime.fromisoformat(at) if isinstance(at, str) else None,
    )


def load_policies(session: Session) -> PolicySet:
    """The policy set in force; load it once per rescore run."""
    return policy_info(session).policies


def save_policies(session: Session, policies: PolicySet, actor: str, now: datetime) -> None:
    """Store the team's policy set (validated by construction) with who set it and when."""
    value = {"policy": policies.to_json(), "updated_by": actor, "updated_at": now.isoformat()}
    row = session.get(SettingRow, SETTING_KEY)
    if row is None:
        session.add(SettingRow(key=SETTING_KEY, value=value))
    else:
        row.value = value


def upcoming_breaches(
    session: Session,
    now: datetime,
    within_minutes: float | None = None,
    policies: PolicySet | None = None,
    include_breached: bool = True,
) -> list[UpcomingBreach]:
    """Clocks of waiting tickets that run out within `within_minutes` (the policy's warning time
    when None), soonest first; with `include_breached`, also those already run out.

    Reads the due times the last rescore stored; a ticket not yet rescored under a clock (no
    resolution due stored) gets it computed here. Pending tickets are left out: their resolution
    clock stands still and nobody owes the customer an answer.
    """
    policies = policies or load_policies(session)
    hours = policies.hours
    within = policies.warn_before_minutes if within_minutes is None else within_minutes
    horizon = add_business_minutes(now, max(0.0, within), hours)
    rows = session.scalars(
        select(TicketRow).where(
            TicketRow.status.in_(WAITING),
            or_(
                and_(TicketRow.waiting_since.is_not(None), TicketRow.sla_due_at <= horizon),
                TicketRow.resolution_due_at <= horizon,
                TicketRow.resolution_due_at.is_(None),
            ),
        )
    )
    out: list[UpcomingBreach] = []
    business = None if hours.always_open else hours
    for row in rows:
        band = row.band or Band.P4.value
        clocks: list[tuple[Which, datetime | None]] = [
            (
                "first_response",
                row.sla_due_at
                if row.sla_due_at is not None
                else ticket_first_response_due(row, policies, band),
            ),
            (
                "resolution",
                row.resolution_due_at
                if row.resolution_due_at is not None
                else ticket_resolution_due(row, policies, band, now),
            ),
        ]
        for which, due_at in clocks:
            if due_at is None or due_at > horizon:
                continue
            if which == "first_response" and row.waiting_since is None:
                continue
            if due_at <= now and not include_breached:
                continue
            left = minutes_left(now, due_at, business)
            out.append(UpcomingBreach(row.id, which, due_at, int(left), band))
    out.sort(key=lambda b: (b.due, b.ticket_id, b.which))
    return out


def recount_pauses(session: Session, rows: Sequence[TicketRow], hours: BusinessHours) -> int:
    """Set `paused_seconds` on the rows from their history: the business time between our reply
    (or a resolution) and the customer's next message. Only a ticket the customer came back to
    (a follow-up or a reopening) can have had one. Idempotent; returns how many changed."""
    candidates = {r.id: r for r in rows if (r.followups or 0) > 0 or (r.reopened or 0) > 0}
    if not candidates:
        return 0
    turns: dict[int, list[Turn]] = defaultdict(list)
    ids = sorted(candidates)
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        for ticket_id, direction, at in session.execute(
            select(MentionRow.ticket_id, MentionRow.direction, MentionRow.created_at).where(
                MentionRow.ticket_id.in_(chunk)
            )
        ):
            turns[ticket_id].append((at, "out" if direction == Direction.OUTBOUND.value else "in"))
        for resolved_id, at in session.execute(
            select(EventRow.ticket_id, EventRow.at).where(
                EventRow.ticket_id.in_(chunk), EventRow.kind == EventKind.RESOLVED.value
            )
        ):
            if resolved_id is not None:
                turns[resolved_id].append((at, "resolved"))
    changed = 0
    for ticket_id, row in candidates.items():
        paused = ended_pause_seconds(turns.get(ticket_id, ()), hours)
        if paused != (row.paused_seconds or 0):
            row.paused_seconds = paused
            changed += 1
    return changed


def refresh_due_times(session: Session, now: datetime, policies: PolicySet) -> int:
    """Recompute the resolution due time of unresolved tickets nobody is waiting on (answered,
    pending) under `policies`; the periodic rescore keeps the waiting ones. Returns the count."""
    rows = list(
        session.scalars(
            select(TicketRow).where(
                TicketRow.status != TicketStatus.RESOLVED.value,
                or_(TicketRow.waiting_since.is_(None), TicketRow.status.not_in(WAITING)),
            )
        )
    )
    recount_pauses(session, rows, policies.hours)
    for row in rows:
        row.resolution_due_at = ticket_resolution_due(row, policies, row.band or "P4", now)
        row.sla_due_at = ticket_first_response_due(row, policies, row.band or "P4")
    return len(rows)
