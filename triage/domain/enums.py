from __future__ import annotations

from enum import StrEnum
from functools import lru_cache


class Direction(StrEnum):
    INBOUND = "in"
    OUTBOUND = "out"


class Visibility(StrEnum):
    """How public a channel is; drives the SLA target and the reach weight."""

    PUBLIC = "public"
    PRIVATE = "private"
    EMAIL = "email"


class TicketStatus(StrEnum):
    NEW = "new"  # nobody has touched it
    OPEN = "open"  # claimed or worked on, customer waiting
    PENDING = "pending"  # we answered; waiting on the customer
    RESOLVED = "resolved"


class EventKind(StrEnum):
    ARRIVED = "arrived"
    SCORED = "scored"
    CLAIMED = "claimed"
    RELEASED = "released"
    NOTED = "noted"
    ESCALATED = "escalated"
    REPLIED = "replied"
    RESOLVED = "resolved"
    REOPENED = "reopened"
    SENTIMENT_CORRECTED = "sentiment_corrected"
    COMPLAINT_CORRECTED = "complaint_corrected"
    PRIORITY_CORRECTED = "priority_corrected"
    ESCALATION_APPROVED = "escalation_approved"
    ESCALATION_RETURNED = "escalation_returned"
    REASSIGNED = "reassigned"
    # Customer-level: these carry a customer id and no ticket.
    MERGED = "merged"
    UNMERGED = "unmerged"
    LINK_REJECTED = "link_rejected"
    SURVEY_RECORDED = "survey_recorded"
    # Privacy: a customer's data exported or erased (GDPR); counts only, never personal data.
    GDPR_EXPORTED = "gdpr_exported"
    GDPR_ERASED = "gdpr_erased"


class Outcome(StrEnum):
    SOLVED = "solved"
    WORKAROUND = "workaround"
    ESCALATED = "escalated"
    NO_ACTION = "no_action"
    SPAM = "spam"


class Role(StrEnum):
    AGENT = "agent"
    LEAD = "lead"
    TRAINER = "trainer"
    ADMIN = "admin"


class Band(StrEnum):
    P1 = "P1"
    P2 = "P2"
    P3 = "P3"
    P4 = "P4"


class CueClass(StrEnum):
    SAFETY = "safety"
    LEGAL = "legal"
    MEDIA = "media"
    CHURN = "churn"
    ACCUSATION = "accusation"
    ANGER = "anger"
    REPEAT = "repeat"
    COMPLAINT = "complaint"  # the tone model's call, not a word list


REASON_CODES: tuple[str, ...] = (
    "delivery",
    "billing",
    "technician",
    "product_defect",
    "account",
    "outage",
    "staff",
    "refund",
    "information",
    "praise",
    "other",
)

PRIVATE_CHANNEL_HINTS = ("dm", "direct", "whatsapp", "messenger", "chat")


@lru_cache(maxsize=512)
def channel_visibility(channel: str) -> Visibility:
    """E-mail and web forms, private messages, or public posts: from the channel's name."""
    name = channel.lower()
    if name in ("email", "e-mail", "mail", "webform", "web_form", "form"):
        return Visibility.EMAIL
    if any(hint in name for hint in PRIVATE_CHANNEL_HINTS):
        return Visibility.PRIVATE
    return Visibility.PUBLIC
