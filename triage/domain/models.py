"""Frozen records passed between layers. Store rows never leave triage.store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from triage.domain.enums import Band, CueClass, Direction, EventKind, Outcome, Role, TicketStatus

if TYPE_CHECKING:
    from triage.domain.customers import Story


@dataclass(frozen=True, slots=True)
class RawMention:
    """One message as a source delivered it, before analysis."""

    channel: str
    external_id: str
    text: str
    created_at: datetime
    author: str = ""
    author_name: str = ""
    followers: int = 0
    url: str = ""
    in_reply_to: str = ""
    lang: str = ""
    direction: Direction = Direction.INBOUND
    interactions: int = 0
    labels: dict[str, str] = field(default_factory=dict)  # e.g. sentiment/complaint from a file
    line: int = 0  # where it came from in the file, for reports


@dataclass(frozen=True, slots=True)
class CueHit:
    cue: CueClass
    evidence: str  # the words that matched, as written


SentimentLabel = Literal["neg", "neu", "pos"]


@dataclass(frozen=True, slots=True)
class Signals:
    """How a message reads: negative, positive, a complaint (each 0..1) and the model's calls."""

    negative: float  # 0..1: orders messages, most surely negative first
    positive: float  # 0..1
    complaint: float  # 0..1: a breach of expectations, whatever the tone
    label: SentimentLabel  # the model's own decision, with its own thresholds
    is_complaint: bool

    @property
    def sentiment_100(self) -> float:
        """The 0-100 scale help desks use (50 neutral), as the priority model reads it.

        Follows the model's own call: scores are not calibrated to sit at zero for a plain
        question, so a message the model calls neutral reads as neutral."""
        if self.label == "neg":
            return round(45.0 - 45.0 * self.negative, 1)
        if self.label == "pos":
            return round(55.0 + 45.0 * self.positive, 1)
        return 50.0


NEUTRAL = Signals(0.0, 0.0, 0.0, "neu", False)


@dataclass(frozen=True, slots=True)
class Example:
    """A labelled message: from an agent's correction, a resolution, or an evaluation file."""

    text: str
    lang: str
    sentiment: SentimentLabel | None = None
    complaint: bool | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    lang: str
    signals: Signals = NEUTRAL
    cues: tuple[CueHit, ...] = ()

    @property
    def polarity(self) -> float:
        """-1 (negative) .. 1 (positive)."""
        return self.signals.positive - self.signals.negative

    @property
    def sentiment_100(self) -> float:
        return self.signals.sentiment_100


@dataclass(frozen=True, slots=True)
class Component:
    """One named part of a priority: its 0..1 value, weight, points and the facts behind it."""

    name: str
    value: float
    weight: float
    points: int
    args: dict[str, object]


@dataclass(frozen=True, slots=True)
class PriorityResult:
    total: int
    band: Band
    components: tuple[Component, ...]
    floor: str = ""  # which floor lifted the total, if any

    @property
    def points(self) -> dict[str, int]:
        return {c.name: c.points for c in self.components}

    @property
    def explanation(self) -> list[dict[str, object]]:
        """The stored, language-neutral form of the reasons: biggest contribution first."""
        ranked = sorted(self.components, key=lambda c: -c.points)
        out: list[dict[str, object]] = [
            {"key": c.name, "points": c.points, "args": c.args} for c in ranked if c.points > 0
        ]
        if self.floor:
            out.insert(0, {"key": "floor", "points": self.total, "args": {"floor": self.floor}})
        return out


@dataclass(frozen=True, slots=True)
class QuarantineEntry:
    line: int
    reason: str
    raw: str = ""


@dataclass(slots=True)
class ImportReport:
    added: int = 0
    duplicates: int = 0
    quarantined: int = 0
    errors: list[QuarantineEntry] = field(default_factory=list)
    tickets_touched: int = 0

    def as_json(self) -> dict[str, object]:
        return {
            "added": self.added,
            "duplicates": self.duplicates,
            "quarantined": self.quarantined,
            "errors": [{"line": e.line, "reason": e.reason} for e in self.errors],
        }


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int


@dataclass(frozen=True, slots=True)
class QueueItem:
    id: int
    priority: int
    band: Band
    components: dict[str, int]
    explanation: list[dict[str, object]]
    status: TicketStatus
    channel: str
    lang: str
    sentiment: float  # 0-100
    text: str
    author: str
    author_name: str
    waiting_since: datetime | None
    sla_due_at: datetime | None
    assignee: str | None
    claim_expires_at: datetime | None
    escalated: bool
    last_activity_at: datetime
    version: int
    message_count: int
    segment: str = ""  # the customer's loyalty group, when known

    @property
    def reasons(self) -> list[str]:
        from triage.domain.explain import render_reasons

        return render_reasons(self.explanation)

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "priority": self.priority,
            "band": self.band.value,
            "components": self.components,
            "reasons": self.reasons,
            "status": self.status.value,
            "channel": self.channel,
            "lang": self.lang,
            "sentiment": self.sentiment,
            "text": self.text,
            "author": self.author,
            "assignee": self.assignee,
            "escalated": self.escalated,
            "sla_due_at": self.sla_due_at.isoformat() if self.sla_due_at else None,
            "segment": self.segment or None,
        }


@dataclass(frozen=True, slots=True)
class MessageView:
    id: int
    channel: str
    direction: Direction
    author: str
    author_name: str
    text: str
    created_at: datetime
    lang: str
    sentiment: float
    url: str
    cues: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EventView:
    kind: EventKind
    actor: str
    at: datetime
    payload: dict[str, object]


@dataclass(frozen=True, slots=True)
class TicketSummary:
    id: int
    channel: str
    status: TicketStatus
    priority: int
    opened_at: datetime
    last_activity_at: datetime
    snippet: str
    outcome: Outcome | None


@dataclass(frozen=True, slots=True)
class IdentityView:
    channel: str
    handle: str
    display_name: str


@dataclass(frozen=True, slots=True)
class CustomerView:
    id: int
    display_name: str
    identities: tuple[IdentityView, ...]
    tickets: tuple[TicketSummary, ...]  # newest first

    @property
    def channels(self) -> list[str]:
        return sorted({t.channel for t in self.tickets})


@dataclass(frozen=True, slots=True)
class TicketDetail:
    item: QueueItem
    messages: tuple[MessageView, ...]  # oldest first
    events: tuple[EventView, ...]
    customer: CustomerView | None
    opened_at: datetime
    story: Story | None = None  # the story so far, so nobody has to ask again


@dataclass(frozen=True, slots=True)
class Resolution:
    outcome: Outcome
    reason_codes: tuple[str, ...] = ()
    compensation: str = ""  # e.g. "voucher"
    compensation_amount: float = 0.0
    note: str = ""


@dataclass(frozen=True, slots=True)
class AgentView:
    id: int
    name: str
    display_name: str
    role: Role


@dataclass(frozen=True, slots=True)
class QuarantineView:
    id: int
    origin: str
    line: int
    reason: str
    raw: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ModelView:
    """A learned model as team leads see it: when, on how much, how good, where it is used."""

    id: int
    name: str
    trained_at: datetime
    n_labels: int
    metrics: dict[str, object]
    heads: tuple[str, ...]
    active: bool
    retired_at: datetime | None
    retired_by: str
