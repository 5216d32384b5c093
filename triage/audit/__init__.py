"""The audit trail: a tamper-evident hash chain over the case timeline (the events table).

`seal` links every new event to the one before it, `verify` recomputes the whole chain and names
the first broken link, `install` makes every commit of a session factory seal its own events.
"""

from __future__ import annotations

from triage.audit.chain import (
    GENESIS,
    ChainBreak,
    ChainReport,
    canonical_payload,
    canonical_time,
    install,
    link_hash,
    payload_digest,
    redacted_payload,
    seal,
    verify,
)

__all__ = [
    "GENESIS",
    "ChainBreak",
    "ChainReport",
    "canonical_payload",
    "canonical_time",
    "install",
    "link_hash",
    "payload_digest",
    "redacted_payload",
    "seal",
    "verify",
]
