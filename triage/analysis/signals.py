"""What the queue needs to know about a message's tone: how negative, how positive, whether it
is a complaint. The shipped model reads word lists and rules; a team's learned model can take
over where it measures better. Both answer through this interface."""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Sequence
from typing import Literal, Protocol

SentimentLabel = Literal["neg", "neu", "pos"]


@dataclass(frozen=True, slots=True)
class Signals:
    negative: float  # 0..1: orders messages, most surely negative first
    positive: float  # 0..1
    complaint: float  # 0..1: a breach of expectations, whatever the tone
    label: SentimentLabel  # the model's own decision, with its own thresholds
    is_complaint: bool

    @property
    def sentiment_100(self) -> float:
        """The 0-100 scale help desks use (50 neutral), as the priority model reads it."""
        return round(50.0 + 50.0 * (self.positive - self.negative), 1)


@dataclass(frozen=True, slots=True)
class Example:
    """A labelled message: from an agent's correction, a resolution, or an evaluation file."""

    text: str
    lang: str
    sentiment: SentimentLabel | None = None
    complaint: bool | None = None


class SignalModel(Protocol):
    name: str

    def signals(self, text: str, lang: str) -> Signals: ...

    def signals_many(self, texts: Sequence[str], langs: Sequence[str]) -> list[Signals]:
        """The same as signals() for each text; learned models are much faster in batches."""
        ...


def shipped_model() -> SignalModel:
    """The model that ships: word lists and rules the team wrote, weights tuned on dev data."""
    from triage.analysis.tone import ShippedSignals

    return ShippedSignals()
