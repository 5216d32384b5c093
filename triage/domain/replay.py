"""A resolved case replayed step by step, as it was at each moment (the events are the record)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class CaseState:
    """The ticket as it stood right after a step."""

    status: str
    priority: int
    band: str
    components: dict[str, int]  # part -> points, as scored at that moment
    assignee: str | None
    escalated: bool
    sentiment: float | None  # of the latest inbound message so far, 0-100


@dataclass(frozen=True, slots=True)
class Annotation:
    id: int
    step: int
    author: str
    text: str
    at: datetime


@dataclass(frozen=True, slots=True)
class ReplayStep:
    index: int
    at: datetime
    kind: str  # an EventKind value: arrived, replied, claimed, noted, escalated, scored, resolved…
    actor: str  # a pseudonym when the replay is anonymised
    channel: str
    text: str  # the message, note, reason or outcome; anonymised when asked
    state: CaseState
    event_id: int | None = None
    annotations: tuple[Annotation, ...] = ()


@dataclass(frozen=True, slots=True)
class Scorecard:
    id: int
    author: str
    scores: dict[str, int]  # criterion -> 1..5
    comment: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Replay:
    ticket_id: int
    channel: str
    anonymised: bool
    opened_at: datetime
    resolved_at: datetime | None
    outcome: str | None
    steps: tuple[ReplayStep, ...]
    scorecards: tuple[Scorecard, ...] = ()
    # What each pseudonym stands for, by kind only ("Klant A": "customer"), never the original.
    legend: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "ticket_id": self.ticket_id,
            "channel": self.channel,
            "anonymised": self.anonymised,
            "opened_at": self.opened_at.isoformat(),
            "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
            "outcome": self.outcome,
            "legend": self.legend,
            "steps": [
                {
                    "index": s.index,
                    "at": s.at.isoformat(),
                    "kind": s.kind,
                    "actor": s.actor,
                    "channel": s.channel,
                    "text": s.text,
                    "state": {
                        "status": s.state.status,
                        "priority": s.state.priority,
                        "band": s.state.band,
                        "components": s.state.components,
                        "assignee": s.state.assignee,
                        "escalated": s.state.escalated,
                        "sentiment": s.state.sentiment,
                    },
                    "annotations": [
                        {"author": a.author, "text": a.text, "at": a.at.isoformat()}
                        for a in s.annotations
                    ],
                }
                for s in self.steps
            ],
            "scorecards": [
                {
                    "author": c.author,
                    "scores": c.scores,
                    "comment": c.comment,
                    "at": c.at.isoformat(),
                }
                for c in self.scorecards
            ],
        }
