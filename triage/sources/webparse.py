"""Helpers the web fetchers share: HTML to plain text, JSON cursors, bounded id memories."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from html.parser import HTMLParser
from typing import Any

from triage.ingest.formats import MAX_TEXT

_SPACE = re.compile(r"\s+")
MAX_ID = 300  # the store's external_id column
RAW_PREVIEW = 300  # characters of a quarantined item kept for the report

# Tags whose content is never text, and tags that end a line when shown.
_SKIP = frozenset({"script", "style", "template", "noscript", "head", "title", "iframe", "object"})
_BLOCK = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "blockquote", "pre", "tr", "table", "hr", "section"}
    | {"article", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "figure"}
)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # entities arrive unescaped in handle_data
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:  # <br/>, <hr/>: a self-closed skip tag opens nothing
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skipping = max(self._skipping - 1, 0)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:  # a line break in HTML source is only a space
            self.parts.append(_SPACE.sub(" ", data))


def html_to_text(markup: str) -> str:
    """Plain text from an HTML fragment: no tags, no script or style, entities unescaped,
    runs of spaces collapsed and blank lines dropped."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)[:MAX_TEXT]


def mentions_keyword(text: str, keywords: Iterable[str]) -> bool:
    folded = text.casefold()
    return any(k.strip() and k.strip().casefold() in folded for k in keywords)


def load_cursor(cursor: str) -> dict[str, Any]:
    """The fetcher's own state; an empty or unreadable cursor starts afresh rather than failing."""
    if not cursor:
        return {}
    try:
        state = json.loads(cursor)
    except ValueError:
        return {}
    return state if isinstance(state, dict) else {}


def dump_cursor(state: dict[str, Any]) -> str:
    return json.dumps(state, separators=(",", ":"), sort_keys=True)


def preview(obj: object) -> str:
    """A short, readable copy of a bad item for the quarantine list."""
    try:
        text = json.dumps(obj, ensure_ascii=False, default=str)
    except ValueError:
        text = repr(obj)
    return text[:RAW_PREVIEW]


def remember(seen: list[str], new: Iterable[str], bound: int) -> list[str]:
    """Append ids, oldest dropped first, keeping at most `bound`."""
    merged = [*seen, *new]
    return merged[-bound:] if bound > 0 else []


def id_order(value: str) -> tuple[int, str]:
    """Mastodon ids are numbers in strings: longer is newer, then compare as text."""
    return (len(value), value)
