"""Read models for live sources: what the Sources panel and `sources list` show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class HealthLevel(StrEnum):
    OK = "ok"
    AMBER = "amber"
    RED = "red"
    NEW = "new"  # never polled yet
    OFF = "off"  # disabled by a person


class HealthReason(StrEnum):
    """Why a source has its colour; the UI turns each into a sentence in the user's language."""

    FINE = "fine"
    NEVER_POLLED = "never_polled"
    DISABLED = "disabled"
    FAILING = "failing"  # the last poll(s) failed; see the error kind
    AUTH = "auth"  # credentials refused: nothing will come until someone fixes them
    RATE_LIMITED = "rate_limited"
    SILENT = "silent"  # nothing new for much longer than its usual volume explains
    NO_SECRET = "no_secret"  # a kind that needs a token, without one


@dataclass(frozen=True, slots=True)
class Health:
    level: HealthLevel
    reason: HealthReason
    detail: dict[str, Any] = field(default_factory=dict)  # numbers for the sentence

    @property
    def unhealthy(self) -> bool:
        return self.level in (HealthLevel.AMBER, HealthLevel.RED)


@dataclass(frozen=True, slots=True)
class SourceView:
    id: int
    name: str
    kind: str
    target: str
    enabled: bool
    interval_s: int
    items_per_poll: int
    keywords: tuple[str, ...]
    settings: dict[str, Any]
    has_secret: bool
    last_poll_at: datetime | None
    last_success_at: datetime | None
    last_error: str
    last_error_kind: str
    error_streak: int
    paused_until: datetime | None
    last_added: int
    added_24h: int
    health: Health


@dataclass(frozen=True, slots=True)
class PollOutcome:
    name: str
    added: int = 0
    fetched: int = 0
    duplicates: int = 0
    quarantined: int = 0
    status: str = "ok"  # ok, skipped, or an error kind
    error: str = ""
    pages: int = 0
    note: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "added": self.added,
            "fetched": self.fetched,
            "duplicates": self.duplicates,
            "quarantined": self.quarantined,
            "status": self.status,
            "error": self.error,
        }
