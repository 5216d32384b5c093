"""A resolved case replayed step by step, as it was at each moment (the events are the record)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
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

    # -- the stored form ---------------------------------------------------------------------
    # `as_json` is the export (a contract, without ids); the document below keeps everything
    # a Replay holds, so `Replay.from_document(r.to_document()) == r`. Training cases are
    # stored in this form (triage/services/training.py).

    def to_document(self) -> dict[str, Any]:
        return {
            "format": DOCUMENT_FORMAT,
            "ticket_id": self.ticket_id,
            "channel": self.channel,
            "anonymised": self.anonymised,
            "opened_at": self.opened_at.isoformat(),
            "resolved_at": _time_or_none(self.resolved_at),
            "outcome": self.outcome,
            "legend": dict(self.legend),
            "steps": [
                {
                    "index": s.index,
                    "at": s.at.isoformat(),
                    "kind": s.kind,
                    "actor": s.actor,
                    "channel": s.channel,
                    "text": s.text,
                    "event_id": s.event_id,
                    "state": {
                        "status": s.state.status,
                        "priority": s.state.priority,
                        "band": s.state.band,
                        "components": dict(s.state.components),
                        "assignee": s.state.assignee,
                        "escalated": s.state.escalated,
                        "sentiment": s.state.sentiment,
                    },
                    "annotations": [_annotation_document(a) for a in s.annotations],
                }
                for s in self.steps
            ],
            "scorecards": [_scorecard_document(c) for c in self.scorecards],
        }

    @classmethod
    def from_document(cls, doc: Mapping[str, Any]) -> Replay:
        if doc.get("format") != DOCUMENT_FORMAT:
            raise ValueError(f"not a replay document of format {DOCUMENT_FORMAT}")
        return cls(
            ticket_id=int(doc["ticket_id"]),
            channel=str(doc["channel"]),
            anonymised=bool(doc["anonymised"]),
            opened_at=_time(doc["opened_at"]),
            resolved_at=_time(doc["resolved_at"]) if doc.get("resolved_at") else None,
            outcome=None if doc.get("outcome") is None else str(doc["outcome"]),
            steps=tuple(_step(s) for s in doc.get("steps", ())),
            scorecards=tuple(_scorecard(c) for c in doc.get("scorecards", ())),
            legend={str(k): str(v) for k, v in (doc.get("legend") or {}).items()},
        )


DOCUMENT_FORMAT = "webcare-triage/replay/1"


def _time(value: Any) -> datetime:
    at = datetime.fromisoformat(str(value))
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def _time_or_none(at: datetime | None) -> str | None:
    return at.isoformat() if at is not None else None


def _annotation_document(a: Annotation) -> dict[str, Any]:
    return {"id": a.id, "step": a.step, "author": a.author, "text": a.text, "at": a.at.isoformat()}


def _annotation(doc: Mapping[str, Any]) -> Annotation:
    return Annotation(
        int(doc["id"]), int(doc["step"]), str(doc["author"]), str(doc["text"]), _time(doc["at"])
    )


def _scorecard_document(c: Scorecard) -> dict[str, Any]:
    return {
        "id": c.id,
        "author": c.author,
        "scores": dict(c.scores),
        "comment": c.comment,
        "at": c.at.isoformat(),
    }


def _scorecard(doc: Mapping[str, Any]) -> Scorecard:
    return Scorecard(
        int(doc["id"]),
        str(doc["author"]),
        {str(k): int(v) for k, v in doc["scores"].items()},
        str(doc["comment"]),
        _time(doc["at"]),
    )


def _step(doc: Mapping[str, Any]) -> ReplayStep:
    st = doc["state"]
    sentiment = st.get("sentiment")
    return ReplayStep(
        index=int(doc["index"]),
        at=_time(doc["at"]),
        kind=str(doc["kind"]),
        actor=str(doc["actor"]),
        channel=str(doc["channel"]),
        text=str(doc["text"]),
        state=CaseState(
            status=str(st["status"]),
            priority=int(st["priority"]),
            band=str(st["band"]),
            components={str(k): int(v) for k, v in (st.get("components") or {}).items()},
            assignee=None if st.get("assignee") is None else str(st["assignee"]),
            escalated=bool(st["escalated"]),
            sentiment=None if sentiment is None else float(sentiment),
        ),
        event_id=None if doc.get("event_id") is None else int(doc["event_id"]),
        annotations=tuple(_annotation(a) for a in doc.get("annotations", ())),
    )
