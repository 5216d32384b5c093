"""The schema. Row classes end in Row; the domain records live in triage.domain."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from triage.store.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# The active queue (new and open tickets) per sort key: the key, the tie-break (waiting since),
# then what the queue's filters check, so a page is read from the index alone. On SQLite the
# condition is `+status …`: a query must say the same to use the index, and then SQLite cannot
# use another index on status instead (triage.services.queue.Unindexed).
ACTIVE_SQLITE = text("+status IN ('new', 'open')")
ACTIVE_POSTGRESQL = text("status IN ('new', 'open')")
ACTIVE_QUEUE_INDEXES: dict[str, tuple[str, ...]] = {
    "ix_tickets_q_priority": ("priority", "waiting_since", "status", "channel", "lang"),
    "ix_tickets_q_waiting": ("waiting_since", "status", "channel", "lang", "customer_id"),
    "ix_tickets_q_sla": ("sla_due_at", "waiting_since", "status", "channel", "lang"),
    "ix_tickets_q_channel": ("channel", "waiting_since", "status", "lang"),
    "ix_tickets_q_author": ("author", "waiting_since", "status", "channel", "lang"),
    "ix_tickets_q_lang": ("lang", "waiting_since", "status", "channel"),
    "ix_tickets_q_sentiment": ("sentiment", "waiting_since", "status", "channel", "lang"),
    "ix_tickets_q_status": ("status", "waiting_since", "channel", "lang"),
    # (and the default order: a person's own queue is read from this index alone)
    "ix_tickets_q_assignee": (
        "assignee_id",
        "waiting_since",
        "status",
        "channel",
        "lang",
        "priority",
    ),
    # The message's index also holds what a search reads and the default order, so a search
    # of the active queue reads this index and no table rows.
    "ix_tickets_q_snippet": (
        "snippet",
        "waiting_since",
        "status",
        "channel",
        "lang",
        "author",
        "author_name",
        "priority",
    ),
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class AgentRow(Base):
    __tablename__ = "agents"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20), default="agent")
    created_at: Mapped[datetime]


class SourceRow(Base):
    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    target: Mapped[str] = mapped_column(Text, default="")  # feed URL, instance, host, folder
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)  # never a secret
    keywords: Mapped[list[Any]] = mapped_column(default=list)
    interval_s: Mapped[int] = mapped_column(Integer, default=300)
    items_per_poll: Mapped[int] = mapped_column(Integer, default=200)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    cursor: Mapped[str] = mapped_column(Text, default="")
    last_poll_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_error: Mapped[str] = mapped_column(Text, default="")
    last_error_kind: Mapped[str] = mapped_column(String(20), default="")
    error_streak: Mapped[int] = mapped_column(Integer, default=0)  # failed polls in a row
    paused_until: Mapped[datetime | None]  # back-off or the server's Retry-After
    last_added: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]


class SourcePollRow(Base):
    """One poll of a source: the history the health watchdog judges silence against."""

    __tablename__ = "source_polls"
    __table_args__ = (Index("ix_source_polls_source", "source_id", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    at: Mapped[datetime]
    added: Mapped[int] = mapped_column(Integer, default=0)
    fetched: Mapped[int] = mapped_column(Integer, default=0)
    quarantined: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default="ok")  # ok or an error kind
    error: Mapped[str] = mapped_column(Text, default="")
    seconds: Mapped[float] = mapped_column(Float, default=0.0)


class CustomerRow(Base):
    __tablename__ = "customers"
    __table_args__ = (Index("ix_customers_segment", "segment"),)  # dashboards: segment mix
    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(String(300), default="")
    crm_id: Mapped[str | None] = mapped_column(String(100), unique=True)
    value_pct: Mapped[float | None] = mapped_column(Float)  # filled by the loyalty profile
    segment: Mapped[str] = mapped_column(String(20), default="")  # loyalty group, for the badge
    flags: Mapped[list[Any]] = mapped_column(default=list)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    created_at: Mapped[datetime]


class IdentityRow(Base):
    __tablename__ = "identities"
    __table_args__ = (UniqueConstraint("channel", "handle"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    channel: Mapped[str] = mapped_column(String(50))
    handle: Mapped[str] = mapped_column(String(300))  # lower-cased handle or e-mail address
    display_name: Mapped[str] = mapped_column(String(300), default="")
    followers: Mapped[int] = mapped_column(Integer, default=0)
    origin: Mapped[str] = mapped_column(String(20), default="message")  # message, crm, agent
    created_at: Mapped[datetime]


class OrderRow(Base):
    __tablename__ = "orders"
    __table_args__ = (Index("ix_orders_customer", "customer_id", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    order_ref: Mapped[str] = mapped_column(String(100), unique=True)
    at: Mapped[datetime]
    amount: Mapped[float] = mapped_column(Float, default=0.0)
    margin: Mapped[float | None] = mapped_column(Float)


class SurveyRow(Base):
    __tablename__ = "surveys"
    __table_args__ = (Index("ix_surveys_customer", "customer_id", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    kind: Mapped[str] = mapped_column(String(3))  # nps or ces
    score: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime]
    origin: Mapped[str] = mapped_column(String(20), default="crm")  # crm or agent
    author: Mapped[str] = mapped_column(String(80), default="")


class ReferralRow(Base):
    __tablename__ = "referrals"
    __table_args__ = (
        UniqueConstraint("referrer_id", "referred_ref"),
        Index("ix_referrals_referred", "referred_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    referrer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    referred_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    referred_ref: Mapped[str] = mapped_column(String(100))  # the CRM id as given
    at: Mapped[datetime]
    converted: Mapped[bool] = mapped_column(Boolean, default=False)


class MergeRow(Base):
    """A merge of two customers, with exactly what moved, so it can be undone exactly."""

    __tablename__ = "merges"
    id: Mapped[int] = mapped_column(primary_key=True)
    kept_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    merged_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    actor: Mapped[str] = mapped_column(String(80))
    reason: Mapped[str] = mapped_column(Text, default="")
    moved: Mapped[dict[str, Any]] = mapped_column(default=dict)  # table -> ids
    at: Mapped[datetime]
    undone_at: Mapped[datetime | None]
    undone_by: Mapped[str] = mapped_column(String(80), default="")


class LinkSuggestionRow(Base):
    """A possible link between an identity and a customer that an agent confirms or rejects."""

    __tablename__ = "link_suggestions"
    __table_args__ = (UniqueConstraint("identity_id", "customer_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    identity_id: Mapped[int] = mapped_column(ForeignKey("identities.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open, confirmed, rejected
    at: Mapped[datetime]
    decided_by: Mapped[str] = mapped_column(String(80), default="")
    decided_at: Mapped[datetime | None]


class LoyaltyRow(Base):
    """The latest loyalty profile of a customer, with the inputs behind every figure."""

    __tablename__ = "loyalty"
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), primary_key=True)
    computed_at: Mapped[datetime]
    segment: Mapped[str] = mapped_column(String(20))
    nps_class: Mapped[str] = mapped_column(String(10))
    ces: Mapped[float | None] = mapped_column(Float)
    score: Mapped[int] = mapped_column(Integer, default=0)
    clv: Mapped[float] = mapped_column(Float, default=0.0)
    referral_value: Mapped[float] = mapped_column(Float, default=0.0)
    profile: Mapped[dict[str, Any]] = mapped_column(default=dict)


# Indexes the migrations create that the models do not declare (Alembic cannot compare them);
# schema comparisons leave them out.
MIGRATION_ONLY_INDEXES = frozenset({"ix_tickets_claim_order", "ix_tickets_claim_expiry"})


class TicketRow(Base):
    __tablename__ = "tickets"
    __table_args__ = (
        Index("ix_tickets_queue", "status", "priority", "last_inbound_at"),
        Index("ix_tickets_assignee", "assignee_id"),
        Index("ix_tickets_customer", "customer_id"),
        # Dashboards: who wrote in a period, and what was open at its end.
        Index("ix_tickets_active", "customer_id", "last_inbound_at", "opened_at", "channel"),
        Index("ix_tickets_inbound", "last_inbound_at", "customer_id", "opened_at", "channel"),
        Index("ix_tickets_backlog", "resolved_at", "opened_at", "channel"),
        # The queue (services/queue.py, migration 0010): per sort key, the active queue in that
        # order with the filters it checks on the way; the whole desk by priority; counts.
        *(
            Index(name, *columns, sqlite_where=ACTIVE_SQLITE, postgresql_where=ACTIVE_POSTGRESQL)
            for name, columns in ACTIVE_QUEUE_INDEXES.items()
        ),
        Index(
            "ix_tickets_priority",
            "priority",
            "waiting_since",
            "status",
            "channel",
            "lang",
            "escalated",
        ),
        Index("ix_tickets_status_channel", "status", "channel", "lang"),
        Index("ix_tickets_lang", "lang", "status"),
        Index("ix_tickets_escalated", "escalated", "status", "channel", "lang"),
        # The periodic re-score's tickets whose score can have changed (migration 0012).
        Index(
            "ix_tickets_rescore_due",
            "rescore_at",
            sqlite_where=ACTIVE_SQLITE,
            postgresql_where=ACTIVE_POSTGRESQL,
        ),
        # (Migration 0006 adds SQLite-only expression indexes for the dashboards: not here, as
        # SQLAlchemy cannot reflect them on SQLite and PostgreSQL has none to compare with.
        # Migration 0008 adds the partial claim indexes (one with `priority DESC`): not here
        # either, as Alembic cannot compare expression indexes: see MIGRATION_ONLY_INDEXES.)
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(50))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    status: Mapped[str] = mapped_column(String(20), default="new")
    # Priority: the total and its stored explanation.
    priority: Mapped[int] = mapped_column(Integer, default=0)
    band: Mapped[str] = mapped_column(String(4), default="P4")
    components: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reasons: Mapped[list[Any]] = mapped_column(default=list)
    # Inputs the periodic re-score needs without re-reading every message.
    cue_points: Mapped[float] = mapped_column(Float, default=0.0)
    cue_classes: Mapped[list[Any]] = mapped_column(default=list)
    cue_evidence: Mapped[list[Any]] = mapped_column(default=list)
    sentiment: Mapped[float] = mapped_column(Float, default=50.0)  # latest inbound, 0-100
    first_sentiment: Mapped[float] = mapped_column(Float, default=50.0)
    interactions: Mapped[int] = mapped_column(Integer, default=0)  # on the latest inbound post
    followers: Mapped[int] = mapped_column(Integer, default=0)
    repeat_contacts: Mapped[int] = mapped_column(Integer, default=1)
    followups: Mapped[int] = mapped_column(Integer, default=0)  # customer wrote again after a reply
    joiners: Mapped[int] = mapped_column(Integer, default=0)  # others replying in this thread
    recent_inbound: Mapped[list[Any]] = mapped_column(default=list)  # last few times, ISO 8601
    channel_switch: Mapped[bool] = mapped_column(Boolean, default=False)
    reopened: Mapped[int] = mapped_column(Integer, default=0)
    lang: Mapped[str] = mapped_column(String(8), default="")
    snippet: Mapped[str] = mapped_column(Text, default="")  # latest inbound text
    author: Mapped[str] = mapped_column(String(300), default="")
    author_name: Mapped[str] = mapped_column(String(300), default="")
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    # Clocks.
    opened_at: Mapped[datetime]
    last_inbound_at: Mapped[datetime]
    last_outbound_at: Mapped[datetime | None]
    first_response_at: Mapped[datetime | None]
    waiting_since: Mapped[datetime | None]  # oldest unanswered inbound message
    sla_minutes: Mapped[int] = mapped_column(Integer, default=60)
    sla_due_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    # Work.
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    claim_expires_at: Mapped[datetime | None]
    escalated: Mapped[bool] = mapped_column(Boolean, default=False)
    escalation_reason: Mapped[str] = mapped_column(Text, default="")
    # Team lead review: "" (none), pending, approved, returned; who or which rule raised it.
    escalation_state: Mapped[str] = mapped_column(String(12), default="")
    escalation_source: Mapped[str] = mapped_column(String(40), default="")
    escalated_at: Mapped[datetime | None]
    reviewed_by: Mapped[str] = mapped_column(String(80), default="")
    # SLA clocks under a policy: time spent waiting on the customer does not count.
    paused_seconds: Mapped[int] = mapped_column(Integer, default=0)
    resolution_due_at: Mapped[datetime | None]
    # When the score can next change with time (triage/scoring/waiting.py); None: it cannot.
    rescore_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime]


class MentionRow(Base):
    __tablename__ = "mentions"
    __table_args__ = (
        UniqueConstraint("channel", "external_id"),
        Index("ix_mentions_ticket", "ticket_id", "created_at"),
        Index("ix_mentions_author", "channel", "author_handle"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    channel: Mapped[str] = mapped_column(String(50))
    external_id: Mapped[str] = mapped_column(String(300))
    direction: Mapped[str] = mapped_column(String(3), default="in")
    author_handle: Mapped[str] = mapped_column(String(300), default="")
    author_name: Mapped[str] = mapped_column(String(300), default="")
    author_followers: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8), default="")
    sentiment: Mapped[float] = mapped_column(Float, default=50.0)
    cues: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime]
    url: Mapped[str] = mapped_column(Text, default="")
    in_reply_to: Mapped[str] = mapped_column(String(300), default="")
    interactions: Mapped[int] = mapped_column(Integer, default=0)
    labels: Mapped[dict[str, Any]] = mapped_column(default=dict)  # labels that came with the row
    imported_at: Mapped[datetime]


class EventRow(Base):
    """Append-only case timeline: the record that replay and audit read."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_ticket", "ticket_id", "id"),
        Index("ix_events_customer", "customer_id", "id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    kind: Mapped[str] = mapped_column(String(30))
    actor: Mapped[str] = mapped_column(String(80))
    at: Mapped[datetime]
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # The tamper-evident chain: sealed in id order, each link over the one before it.
    digest: Mapped[str | None] = mapped_column(String(64))  # of the payload as first sealed
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))
    redacted: Mapped[bool] = mapped_column(Boolean, default=False)  # payload erased (GDPR)


class ResolutionRow(Base):
    __tablename__ = "resolutions"
    # Live board: resolutions since the start of the day, per agent.
    __table_args__ = (Index("ix_resolutions_day", "resolved_at", "agent_id", "handle_seconds"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    outcome: Mapped[str] = mapped_column(String(20))
    reason_codes: Mapped[list[Any]] = mapped_column(default=list)
    compensation: Mapped[str] = mapped_column(String(50), default="")
    compensation_amount: Mapped[float] = mapped_column(Float, default=0.0)
    note: Mapped[str] = mapped_column(Text, default="")
    contacts: Mapped[int] = mapped_column(Integer, default=1)
    channel_switches: Mapped[int] = mapped_column(Integer, default=0)
    handoffs: Mapped[int] = mapped_column(Integer, default=0)
    reopened: Mapped[int] = mapped_column(Integer, default=0)
    handle_seconds: Mapped[int] = mapped_column(Integer, default=0)
    first_response_seconds: Mapped[int | None] = mapped_column(Integer)
    resolve_seconds: Mapped[int] = mapped_column(Integer, default=0)
    resolved_at: Mapped[datetime]


class QuarantineRow(Base):
    """Input that could not be read, kept with the reason so nothing is silently lost."""

    __tablename__ = "quarantine"
    id: Mapped[int] = mapped_column(primary_key=True)
    origin: Mapped[str] = mapped_column(String(500))  # file name or source name
    line: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]


class LabelRow(Base):
    """A label to learn from: an agent's correction or what a resolution said about a message."""

    __tablename__ = "labels"
    __table_args__ = (Index("ix_labels_kind", "kind", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    mention_id: Mapped[int | None] = mapped_column(ForeignKey("mentions.id"))
    kind: Mapped[str] = mapped_column(String(20))  # sentiment, complaint, priority
    value: Mapped[str] = mapped_column(String(20))  # neg/neu/pos, 1/0, higher/lower
    text: Mapped[str] = mapped_column(Text, default="")  # as labelled, so training needs no joins
    lang: Mapped[str] = mapped_column(String(8), default="")
    source: Mapped[str] = mapped_column(String(20), default="correction")  # or resolution
    author: Mapped[str] = mapped_column(String(80))
    at: Mapped[datetime]


class ModelRow(Base):
    """A learned model trained on the team's labels; never leaves this database."""

    __tablename__ = "models"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    trained_at: Mapped[datetime]
    n_labels: Mapped[int] = mapped_column(Integer, default=0)
    metrics: Mapped[dict[str, Any]] = mapped_column(default=dict)  # learned vs shipped, per head
    heads: Mapped[list[Any]] = mapped_column(default=list)  # where it beat the shipped model
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    retired_at: Mapped[datetime | None]
    retired_by: Mapped[str] = mapped_column(String(80), default="")
    blob: Mapped[bytes] = mapped_column(LargeBinary)


class SettingRow(Base):
    """Domain settings (SLA targets, weights): in the database, shared by a team."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)


class AnnotationRow(Base):
    """A trainer's note on one step of a replayed case."""

    __tablename__ = "annotations"
    __table_args__ = (Index("ix_annotations_ticket", "ticket_id", "step"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    step: Mapped[int] = mapped_column(Integer)  # index into the replay's steps
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"))
    author: Mapped[str] = mapped_column(String(80))
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime]


class ScorecardRow(Base):
    """How a case was handled, scored by a trainer against criteria."""

    __tablename__ = "scorecards"
    __table_args__ = (Index("ix_scorecards_ticket", "ticket_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    author: Mapped[str] = mapped_column(String(80))
    scores: Mapped[dict[str, Any]] = mapped_column(default=dict)  # criterion -> 1..5
    comment: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime]


class TrainingCaseRow(Base):
    """A resolved case, anonymised, as trainers read it (triage/services/training.py): in team
    mode the only case data a trainer's database login may read."""

    __tablename__ = "training_cases"
    __table_args__ = (Index("ix_training_cases_resolved", "resolved_at", "ticket_id"),)
    ticket_id: Mapped[int] = mapped_column(
        ForeignKey("tickets.id"), primary_key=True, autoincrement=False
    )
    lang: Mapped[str] = mapped_column(String(8), default="")  # the pseudonyms' language
    # What the case picker shows, anonymised like the document.
    channel: Mapped[str] = mapped_column(String(50), default="")
    resolved_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(20))
    steps: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text, default="")
    document: Mapped[dict[str, Any]] = mapped_column(default=dict)  # Replay.to_document()
    fingerprint: Mapped[str] = mapped_column(String(200), default="")  # of the case as published
    published_at: Mapped[datetime]


class JobTurnRow(Base):
    """Whose turn a periodic job was, on a team database (triage/services/turns.py)."""

    __tablename__ = "job_turns"
    job: Mapped[str] = mapped_column(String(100), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))  # which desk: login, host and process
    taken_at: Mapped[datetime]
