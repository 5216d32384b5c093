"""RSS and Atom feeds: new entries since the last poll, as plain-text messages."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from triage.clock import Clock, SystemClock
from triage.domain.models import QuarantineEntry, RawMention
from triage.sources.base import ErrorKind, FetchResult, Parsed, SourceError, SourceKind, SourceSpec
from triage.sources.http import HttpClient
from triage.sources.webparse import (
    MAX_ID,
    dump_cursor,
    html_to_text,
    load_cursor,
    mentions_keyword,
    preview,
)

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
LANGS = ("en", "nl")


class RssFetcher:
    """Cursor: {"etag", "modified", "seen": [entry ids], "problem", "pending"}.

    `seen` holds the ids already delivered; it keeps every id still in the feed (so a long
    feed never re-emits) plus the newest others up to `max_seen`. While `pending` is set
    (entries held back by `limit`) the next poll skips the conditional GET, since a 304
    would hide them."""

    kind = SourceKind.RSS

    def __init__(
        self, client: HttpClient | None = None, clock: Clock | None = None, max_seen: int = 500
    ) -> None:
        self.client = client or HttpClient()
        self.clock: Clock = clock or SystemClock()
        self.max_seen = max_seen

    def fetch(self, spec: SourceSpec, cursor: str, limit: int) -> FetchResult:
        state = load_cursor(cursor)
        pending = bool(state.get("pending"))
        resp = self.client.get(
            spec.target,
            headers={"Accept": FEED_ACCEPT},
            etag="" if pending else _text(state.get("etag")),
            modified="" if pending else _text(state.get("modified")),
            secrets=(spec.secret,),
        )
        if resp.not_modified:
            return FetchResult([], cursor, note="not modified", retry_after=resp.pause_hint())
        feed = feedparser.parse(
            resp.body,
            # No content-location: feedparser would resolve relative guids into URLs.
            response_headers={"content-type": resp.header("content-type")},
        )
        problem = _problem(feed)
        if not feed.entries and (problem or not feed.get("version")):
            why = f"its XML is broken ({problem})" if problem else "it is not an RSS or Atom feed"
            raise SourceError(
                ErrorKind.MALFORMED, f"The feed at {resp.host} cannot be read: {why}."
            )

        seen = [i for i in state.get("seen", []) if isinstance(i, str)]
        known = set(seen)
        items: list[Parsed] = []
        if problem and problem != state.get("problem"):
            reason = f"The feed's XML is broken ({problem}); the readable entries were kept."
            items.append(QuarantineEntry(0, reason, resp.body[:300].decode("utf-8", "replace")))

        lang = _lang(feed.feed.get("language"))
        channel = str(spec.settings.get("channel") or "rss")
        fresh: list[tuple[str, Parsed]] = []
        feed_ids: set[str] = set()
        for index, entry in enumerate(feed.entries, start=1):
            entry_id = _entry_id(entry)
            feed_ids.add(entry_id)
            if entry_id in known:
                continue
            known.add(entry_id)  # a feed that repeats an entry delivers it once
            parsed = self._parse(entry, index, entry_id, channel, lang, resp.url)
            if isinstance(parsed, RawMention) and not _wanted(parsed, spec.keywords):
                continue
            fresh.append((entry_id, parsed))
        fresh.sort(key=_oldest_first)
        room = max(limit - len(items), 0)
        taken, rest = fresh[:room], fresh[room:]
        items.extend(p for _, p in taken)

        new_state = {
            "v": 1,
            "etag": resp.etag,
            "modified": resp.last_modified,
            "seen": self._bounded([*seen, *(i for i, _ in taken)], feed_ids),
            "problem": problem,
            "pending": bool(rest),
        }
        return FetchResult(
            items, dump_cursor(new_state), more=bool(rest), retry_after=resp.pause_hint()
        )

    def _parse(
        self, entry: Any, index: int, entry_id: str, channel: str, lang: str, base: str
    ) -> Parsed:
        title = html_to_text(_text(entry.get("title")))
        body = _text(entry.get("summary"))
        if not body and entry.get("content"):
            body = _text(entry.content[0].get("value"))
        text = "\n".join(part for part in (title, html_to_text(body)) if part)
        if not text:
            shown = {"id": entry_id, "link": entry.get("link", "")}
            return QuarantineEntry(index, "feed entry has no title or text", preview(shown))
        return RawMention(
            channel=channel,
            external_id=entry_id,
            text=text,
            created_at=_entry_time(entry) or self.clock.now(),
            author=_text(entry.get("author"))[:300],
            url=urljoin(base, link) if (link := _text(entry.get("link"))) else "",
            lang=lang,
            line=index,
        )

    def _bounded(self, seen: list[str], feed_ids: set[str]) -> list[str]:
        in_feed = [i for i in seen if i in feed_ids]
        others = [i for i in seen if i not in feed_ids]
        room = max(self.max_seen - len(in_feed), 0)
        return [*(others[-room:] if room else []), *in_feed]


def _wanted(item: RawMention, keywords: tuple[str, ...]) -> bool:
    return not keywords or mentions_keyword(item.text, keywords)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _entry_id(entry: Any) -> str:
    value = _text(entry.get("id")) or _text(entry.get("link"))
    if not value:
        basis = _text(entry.get("title")) + "\n" + _text(entry.get("published"))
        value = "sha256:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]
    if len(value) > MAX_ID:
        value = "sha256:" + hashlib.sha256(value.encode("utf-8")).hexdigest()
    return value


def _entry_time(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed"):
        moment = entry.get(key)
        if moment:
            try:
                year, month, day, hour, minute, second = (int(v) for v in moment[:6])
                return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
            except (TypeError, ValueError):
                continue
    return None


def _lang(value: object) -> str:
    primary = _text(value).strip().lower().split("-")[0]
    return primary if primary in LANGS else ""


def _problem(feed: Any) -> str:
    """What is wrong with the XML, in plain words; "" for harmless encoding notes."""
    if not feed.get("bozo"):
        return ""
    exc = feed.get("bozo_exception")
    if isinstance(exc, feedparser.ThingsNobodyCaresAboutButMe):
        return ""
    if hasattr(exc, "getMessage") and hasattr(exc, "getLineNumber"):
        return f"{exc.getMessage()} at line {exc.getLineNumber()}"
    return (str(exc)[:150] or type(exc).__name__) if exc is not None else "unknown problem"


def _oldest_first(pair: tuple[str, Parsed]) -> tuple[int, float, int]:
    item = pair[1]
    if isinstance(item, QuarantineEntry):
        return (0, 0.0, item.line)
    return (1, item.created_at.timestamp(), item.line)
