"""Language detection and sentiment adapters: offline, English and Dutch routed correctly."""

from __future__ import annotations

import pytest
from textblob import TextBlob
from textblob_nl import PatternAnalyzer as DutchAnalyzer

from triage.analysis.language import LanguageDetector
from triage.analysis.sentiment import TextBlobSentiment


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("My internet has been down since this morning, when will it be fixed?", "en"),
        ("Mijn internet ligt er sinds vanochtend uit, wanneer is het opgelost?", "nl"),
        ("@StroomnetHelp nog steeds geen monteur https://t.co/abc #storing", "nl"),
        ("@StroomnetHelp still no engineer https://t.co/abc #outage", "en"),
        ("bedankt!", "nl"),
        ("thanks!", "en"),
    ],
)
def test_language(text: str, lang: str) -> None:
    assert LanguageDetector().detect(text) == lang


def test_language_hint_wins_and_empty_text_falls_back() -> None:
    detector = LanguageDetector()
    assert detector.detect("whatever text", "nl") == "nl"
    assert detector.detect("https://example.com @handle #tag") == "en"


@pytest.mark.parametrize(
    "text",
    ["I hate this, worst service ever", "Great help, thank you so much", "The parcel arrived"],
)
def test_english_sentiment_matches_textblob(text: str) -> None:
    assert TextBlobSentiment().polarity(text, "en") == pytest.approx(TextBlob(text).sentiment[0])


@pytest.mark.parametrize(
    "text", ["Dit is een slechte service, heel teleurstellend", "Top geholpen, heel fijn"]
)
def test_dutch_sentiment_matches_textblob_nl(text: str) -> None:
    expected = DutchAnalyzer().analyze(text)[0]
    assert TextBlobSentiment().polarity(text, "nl") == pytest.approx(expected)
    assert (expected < 0) == ("slechte" in text)
