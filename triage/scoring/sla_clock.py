"""The two SLA clocks of one ticket under a policy.

First response: runs from the customer's oldest unanswered message (`waiting_since`), as before,
now in business minutes. Resolution: runs from the opening and stands still while we wait on the
customer (status pending: we answered) or while the ticket is resolved.

A pause runs from our latest reply (or the resolution, when nothing was sent) until the customer
writes again. `paused_seconds` holds the business time of the pauses that ended, recounted from
the ticket's history (`ended_pause_seconds`), so counting again never counts twice; a pause
still running (pending now) is counted live from the row.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Literal, Protocol

from triage.domain.enums import Band, TicketStatus
from triage.scoring.sla_policy import (
    BusinessHours,
    PolicySet,
    business_minutes_between,
    first_response_due,
    resolution_due,
)

PENDING = TicketStatus.PENDING.value
RESOLVED = TicketStatus.RESOLVED.value


class ClockedTicket(Protocol):
    channel: str
    status: str
    opened_at: datetime
    last_inbound_at: datetime
    last_outbound_at: datetime | None
    resolved_at: datetime | None
    waiting_since: datetime | None
    paused_seconds: int


def _pause_start(ticket: ClockedTicket) -> datetime | None:
    """When the running pause began, or None when the resolution clock is running."""
    replied = ticket.last_outbound_at
    if ticket.status == PENDING:
        return replied
    if ticket.status == RESOLVED:
        # Resolved while waiting on the customer: the pause began at our last reply.
        if (
            replied is not None
            and replied >= ticket.last_inbound_at
            and (ticket.resolved_at is None or replied <= ticket.resolved_at)
        ):
            return replied
        return ticket.resolved_at
    return None


def running_pause_seconds(ticket: ClockedTicket, now: datetime, hours: BusinessHours) -> int:
    """Business seconds of the pause still running at `now` (0 when the clock runs)."""
    since = _pause_start(ticket)
    if since is None or now <= since:
        return 0
    return int(business_minutes_between(since, now, hours) * 60)


Turn = tuple[datetime, Literal["in", "out", "resolved"]]
_ORDER = {"out": 0, "resolved": 1, "in": 2}  # at the same moment: our reply, then theirs


def pause_intervals(turns: Iterable[Turn]) -> list[tuple[datetime, datetime | None]]:
    """The pauses in a ticket's history of messages ("in", "out") and resolutions: from our
    latest reply, or the resolution when we had not replied, until the customer's next message.
    The last one may still run (end None)."""
    pauses: list[tuple[datetime, datetime | None]] = []
    start: datetime | None = None
    for at, kind in sorted(turns, key=lambda t: (t[0], _ORDER[t[1]])):
        if kind == "in":
            if start is not None:
                pauses.append((start, at))
                start = None
        elif kind == "out" or start is None:  # a resolution starts one only without a reply
            start = at
    if start is not None:
        pauses.append((start, None))
    return pauses


def ended_pause_seconds(turns: Iterable[Turn], hours: BusinessHours) -> int:
    """Business seconds of the pauses that ended: what `paused_seconds` holds."""
    return sum(
        int(business_minutes_between(start, end, hours) * 60)
        for start, end in pause_intervals(turns)
        if end is not None
    )


def paused_seconds_at(ticket: ClockedTicket, now: datetime, hours: BusinessHours) -> int:
    """All business time the resolution clock stood still, including a pause running now."""
    return (ticket.paused_seconds or 0) + running_pause_seconds(ticket, now, hours)


def ticket_resolution_due(
    ticket: ClockedTicket, policies: PolicySet, band: Band | str, now: datetime
) -> datetime | None:
    """Opening + resolution target + paused time; None once resolved. While pending the pause
    so far counts, so the time left stays as it was when we answered."""
    if ticket.status == RESOLVED:
        return None
    paused = paused_seconds_at(ticket, now, policies.hours)
    return resolution_due(policies, ticket.channel, band, ticket.opened_at, paused)


def ticket_first_response_due(
    ticket: ClockedTicket, policies: PolicySet, band: Band | str
) -> datetime | None:
    if ticket.waiting_since is None or ticket.status == RESOLVED:
        return None
    return first_response_due(policies, ticket.channel, band, ticket.waiting_since)
