"""Order a batch so every parent is stored before its replies."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from triage.domain.models import RawMention


def thread_order(batch: Iterable[RawMention]) -> list[RawMention]:
    """Oldest first, but a reply never before its parent when both are in the batch."""
    ordered = sorted(batch, key=lambda m: (m.created_at, m.line))
    present = {(m.channel, m.external_id) for m in ordered}
    waiting: dict[tuple[str, str], list[RawMention]] = defaultdict(list)
    done: set[tuple[str, str]] = set()
    out: list[RawMention] = []

    def emit(m: RawMention) -> None:
        stack = [m]
        while stack:
            item = stack.pop()
            key = (item.channel, item.external_id)
            if key in done:
                continue
            done.add(key)
            out.append(item)
            stack.extend(reversed(waiting.pop(key, [])))

    for m in ordered:
        parent = (m.channel, m.in_reply_to)
        if (
            m.in_reply_to
            and parent in present
            and parent not in done
            and parent
            != (
                m.channel,
                m.external_id,
            )
        ):
            waiting[parent].append(m)
        else:
            emit(m)
    for rest in list(waiting.values()):  # parents that never came, or cycles
        for m in rest:
            emit(m)
    return out
