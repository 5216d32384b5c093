"""Language detection restricted to the languages the app supports (lingua, offline)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from triage.analysis.text import strip_noise

SUPPORTED = ("en", "nl")
DEFAULT_LANG = "en"

# Very short texts fool statistical detectors; a few unmistakable words settle them instead.
_DUTCH_MARKERS = re.compile(
    r"\b(de|het|een|niet|geen|nog|ik|jullie|mijn|wel|is|dat|van|en|op|met|voor|al|weer|"
    r"waarom|bedankt|dank|hoi|goedemorgen|storing|graag|alsjeblieft|klopt)\b",
    re.IGNORECASE,
)
_ENGLISH_MARKERS = re.compile(
    r"\b(the|a|an|not|no|my|you|your|is|are|and|of|to|for|with|still|why|thanks|thank|"
    r"please|hi|hello|again|help|can|cannot|can't|don't|won't)\b",
    re.IGNORECASE,
)
SHORT = 20


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.DUTCH).build()


def _by_markers(text: str) -> str | None:
    nl = len(_DUTCH_MARKERS.findall(text))
    en = len(_ENGLISH_MARKERS.findall(text))
    if nl > en:
        return "nl"
    if en > nl:
        return "en"
    return None


class LanguageDetector:
    """Detects English or Dutch; falls back to a hint, word markers, then English."""

    def __init__(self, fallback: str = DEFAULT_LANG) -> None:
        self.fallback = fallback

    def detect(self, text: str, hint: str = "") -> str:
        if hint in SUPPORTED:
            return hint
        clean = strip_noise(text)
        if not clean:
            return self.fallback
        if len(clean) < SHORT:
            marked = _by_markers(clean)
            if marked:
                return marked
        found = _detector().detect_language_of(clean)
        if found is None:
            return _by_markers(clean) or self.fallback
        code: str = found.iso_code_639_1.name.lower()
        return code if code in SUPPORTED else self.fallback

    def warm_up(self) -> None:
        _detector().detect_language_of("warm up")
