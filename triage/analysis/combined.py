"""The learned model where it measured better than the shipped one, the shipped one elsewhere."""

from __future__ import annotations

from collections.abc import Sequence

from triage.analysis.signals import SignalModel, Signals

HEADS = ("sentiment", "complaint")


class CombinedModel:
    def __init__(self, shipped: SignalModel, learned: SignalModel, heads: Sequence[str]) -> None:
        self.shipped = shipped
        self.learned = learned
        self.heads = tuple(h for h in heads if h in HEADS)
        self.name = "learned+shipped" if len(self.heads) < len(HEADS) else "learned"

    def signals(self, text: str, lang: str) -> Signals:
        return self.signals_many([text], [lang])[0]

    def signals_many(self, texts: Sequence[str], langs: Sequence[str]) -> list[Signals]:
        learned = self.learned.signals_many(texts, langs)
        if len(self.heads) == len(HEADS):
            return learned
        shipped = self.shipped.signals_many(texts, langs)
        return [self._mix(s, le) for s, le in zip(shipped, learned, strict=True)]

    def _mix(self, shipped: Signals, learned: Signals) -> Signals:
        tone = learned if "sentiment" in self.heads else shipped
        complaint = learned if "complaint" in self.heads else shipped
        return Signals(
            negative=tone.negative,
            positive=tone.positive,
            complaint=complaint.complaint,
            label=tone.label,
            is_complaint=complaint.is_complaint,
        )
