"""First-response targets per kind of channel (domain.md §10.1: 60 min / 4 h / 24 h).

These are the defaults; a team lead may set a policy per channel kind and band, in business
hours (triage.scoring.sla_policy). Without one, these targets hold around the clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from triage.domain.enums import Visibility, channel_visibility

DEFAULT_SLA_MINUTES: dict[str, int] = {
    Visibility.PUBLIC.value: 60,
    Visibility.PRIVATE.value: 240,
    Visibility.EMAIL.value: 1440,
}
# Resolution: a day for social posts and private messages, three days for e-mail.
DEFAULT_RESOLUTION_MINUTES: dict[str, int] = {
    Visibility.PUBLIC.value: 24 * 60,
    Visibility.PRIVATE.value: 24 * 60,
    Visibility.EMAIL.value: 72 * 60,
}


def sla_minutes(channel: str, targets: Mapping[str, int] | None = None) -> int:
    table = targets or DEFAULT_SLA_MINUTES
    kind = channel_visibility(channel).value
    return int(table.get(kind, DEFAULT_SLA_MINUTES[kind]))


def due_at(waiting_since: datetime | None, minutes: int) -> datetime | None:
    return None if waiting_since is None else waiting_since + timedelta(minutes=minutes)
