"""Read models for the unified customer view and the loyalty profile."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from triage.domain.enums import Outcome, TicketStatus
from triage.domain.models import CustomerView


@dataclass(frozen=True, slots=True)
class OrderView:
    order_ref: str
    at: datetime
    amount: float
    margin: float | None


@dataclass(frozen=True, slots=True)
class SurveyView:
    kind: str  # nps or ces
    score: int
    at: datetime
    ticket_id: int | None
    origin: str


@dataclass(frozen=True, slots=True)
class ResolutionView:
    ticket_id: int
    channel: str
    outcome: Outcome
    reason_codes: tuple[str, ...]
    resolved_at: datetime
    contacts: int
    channel_switches: int
    handoffs: int
    note: str


@dataclass(frozen=True, slots=True)
class NoteView:
    ticket_id: int
    author: str
    at: datetime
    text: str


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One line of the customer's story across channels, oldest first."""

    at: datetime
    kind: str  # message, reply, note, resolution, survey, order, merge
    channel: str
    ticket_id: int | None
    text: str
    sentiment: float | None = None


@dataclass(frozen=True, slots=True)
class MergeView:
    id: int
    kept_id: int
    merged_id: int
    actor: str
    reason: str
    at: datetime
    undone_at: datetime | None
    moved: dict[str, int]


@dataclass(frozen=True, slots=True)
class SuggestionView:
    id: int
    identity_channel: str
    identity_handle: str
    identity_customer_id: int
    customer_id: int
    customer_name: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Story:
    """The "story so far" at the top of every ticket: the agent never has to ask again."""

    customer_id: int
    name: str
    segment: str
    flags: tuple[str, ...]
    previous_contacts: int  # earlier tickets
    open_tickets: tuple[int, ...]  # other tickets still open
    channels: tuple[str, ...]
    last_outcome: Outcome | None
    last_outcome_at: datetime | None
    last_reasons: tuple[str, ...]
    last_note: str
    nps: int | None
    ces: float | None
    first_contact_at: datetime | None


@dataclass(frozen=True, slots=True)
class CustomerProfile:
    view: CustomerView
    crm_id: str | None
    segment: str
    flags: tuple[str, ...]
    loyalty: dict[str, Any]
    orders: tuple[OrderView, ...]
    surveys: tuple[SurveyView, ...]
    resolutions: tuple[ResolutionView, ...]
    notes: tuple[NoteView, ...]
    timeline: tuple[TimelineEntry, ...]
    merges: tuple[MergeView, ...]
    suggestions: tuple[SuggestionView, ...]
    referrals_made: int = 0
    referrals_converted: int = 0
    ticket_statuses: dict[int, TicketStatus] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Ambassador:
    customer_id: int
    crm_id: str | None
    name: str
    referral_value: float
    score: int
    nps: int | None
    segment: str
    flags: tuple[str, ...]
    reasons: tuple[str, ...]


@dataclass(slots=True)
class CrmReport:
    customers_added: int = 0
    customers_updated: int = 0
    identities_added: int = 0
    merged: int = 0
    orders: int = 0
    surveys: int = 0
    referrals: int = 0
    quarantined: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "customers": {
                "added": self.customers_added,
                "updated": self.customers_updated,
                "identities_added": self.identities_added,
                "merged": self.merged,
            },
            "orders": self.orders,
            "surveys": self.surveys,
            "referrals": self.referrals,
            "quarantined": self.quarantined,
            "errors": self.errors,
        }
