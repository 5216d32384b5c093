"""One call that reads a message: language, tone and complaint signals, escalation cues."""

from __future__ import annotations

from collections.abc import Sequence

from triage.analysis.cues import detect_cues
from triage.analysis.language import LanguageDetector
from triage.analysis.signals import SignalModel, shipped_model
from triage.domain.models import Analysis

# A learned model as bytes plus the heads it serves, so a worker process can rebuild it.
Recipe = tuple[bytes, tuple[str, ...]]


class MessageAnalyzer:
    def __init__(
        self, detector: LanguageDetector | None = None, model: SignalModel | None = None
    ) -> None:
        self.is_default = detector is None and model is None
        self.detector = detector or LanguageDetector()
        self.model: SignalModel = model or shipped_model()
        self.recipe: Recipe | None = None

    def use(self, model: SignalModel, recipe: Recipe | None) -> None:
        """Switch to another signal model (the team's learned one, or back to the shipped)."""
        self.model = model
        self.recipe = recipe

    def language(self, text: str, hint: str = "") -> str:
        return self.detector.detect(text, hint)

    def analyze(self, text: str, hint: str = "") -> Analysis:
        return self.analyze_many([(text, hint)])[0]

    def analyze_many(self, batch: Sequence[tuple[str, str]]) -> list[Analysis]:
        detect = self.detector.detect
        langs = [detect(text, hint) for text, hint in batch]
        texts = [text for text, _ in batch]
        signals = self.model.signals_many(texts, langs)
        return [
            Analysis(lang=lang, signals=sig, cues=detect_cues(text, lang))
            for text, lang, sig in zip(texts, langs, signals, strict=True)
        ]
