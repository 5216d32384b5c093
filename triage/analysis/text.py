"""Small text helpers shared by the analyzers."""

from __future__ import annotations

import re

_NOISE = re.compile(r"https?://\S+|www\.\S+|[@#][\w.]+|\S+@\S+\.\w+")
_SPACE = re.compile(r"\s+")


def strip_noise(text: str) -> str:
    """Remove URLs, @handles, #tags and e-mail addresses: they carry no language or tone."""
    return _SPACE.sub(" ", _NOISE.sub(" ", text)).strip()


def snippet(text: str, limit: int = 280) -> str:
    flat = _SPACE.sub(" ", text).strip()
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
