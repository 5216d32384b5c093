"""What the queue needs to know about a message's tone: how negative, how positive, whether it
is a complaint. The shipped model reads word lists and rules; a team's learned model can take
over where it measures better. Both answer through this interface."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from triage.domain.models import Example, SentimentLabel, Signals

__all__ = ["Example", "SentimentLabel", "SignalModel", "Signals", "shipped_model"]


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
