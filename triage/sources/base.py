"""What every fetcher speaks: a spec and a cursor in, parsed items and the next cursor out.

A fetcher never writes to the database. The poll service stores the items and the new cursor in
one transaction, so a crash between the two can neither lose nor double a message.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from triage.domain.models import QuarantineEntry, RawMention

Parsed = RawMention | QuarantineEntry


class SourceKind(StrEnum):
    RSS = "rss"
    MASTODON = "mastodon"
    BLUESKY = "bluesky"
    IMAP = "imap"
    FOLDER = "folder"


class ErrorKind(StrEnum):
    """Why a poll failed, in a form the health panel can turn into plain words."""

    AUTH = "auth"  # credentials refused
    RATE_LIMITED = "rate_limited"  # 429 or a spent rate-limit budget
    TIMEOUT = "timeout"
    NETWORK = "network"  # refused, unreachable, TLS
    HTTP = "http"  # any other non-success status
    MALFORMED = "malformed"  # the whole response could not be read
    TOO_LARGE = "too_large"  # over the size cap
    REDIRECT = "redirect"  # sent to another host
    CONFIG = "config"  # the source's own settings are wrong (missing token, bad URL, no folder)


class SourceError(Exception):
    """A poll that failed as a whole. The message is plain words and never holds a secret."""

    def __init__(self, kind: ErrorKind, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class SourceSpec:
    name: str
    kind: SourceKind
    target: str  # feed URL, instance URL, AT service URL, IMAP host[:port], folder path
    settings: Mapping[str, Any] = field(default_factory=dict)  # never secret
    keywords: tuple[str, ...] = ()
    secret: str = field(default="", repr=False)  # token / app password from the keyring


@dataclass(slots=True)
class FetchResult:
    items: list[Parsed]
    cursor: str  # stored with the items; opaque to everyone but the fetcher
    more: bool = False  # another page is waiting now
    retry_after: float | None = None  # the server asked for a pause (rate-limit headers)
    # Runs after the items and cursor committed (e.g. move a dropped file to done/).
    after_commit: Callable[[], None] | None = None
    note: str = ""  # e.g. "not modified"


class Fetcher(Protocol):
    kind: SourceKind

    def fetch(self, spec: SourceSpec, cursor: str, limit: int) -> FetchResult:
        """At most `limit` new items after `cursor`; raise SourceError when the poll failed."""
        ...
