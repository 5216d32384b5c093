"""One call that reads a message: language, sentiment and escalation cues."""

from __future__ import annotations

from triage.analysis.cues import detect_cues
from triage.analysis.language import LanguageDetector
from triage.analysis.sentiment import SentimentAnalyzer, TextBlobSentiment
from triage.domain.models import Analysis


class MessageAnalyzer:
    def __init__(
        self,
        detector: LanguageDetector | None = None,
        sentiment: SentimentAnalyzer | None = None,
    ) -> None:
        self.is_default = detector is None and sentiment is None
        self.detector = detector or LanguageDetector()
        self.sentiment = sentiment or TextBlobSentiment()

    def language(self, text: str, hint: str = "") -> str:
        return self.detector.detect(text, hint)

    def analyze(self, text: str, hint: str = "") -> Analysis:
        lang = self.detector.detect(text, hint)
        return Analysis(
            lang=lang,
            polarity=self.sentiment.polarity(text, lang),
            cues=detect_cues(text, lang),
        )
