"""Bluesky through XRPC: post searches and mention/reply/quote notifications.

Both endpoints page from the newest item backwards with an opaque cursor, so a poll walks
down from the top until it meets what it already delivered (indexedAt below the stored mark).
When `limit` stops a walk half-way, the cursor keeps the page to resume from, and the mark
moves only once the walk has reached the old mark: nothing in between is skipped.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from triage.domain.models import QuarantineEntry, RawMention
from triage.ingest.formats import MAX_TEXT, parse_time
from triage.sources.base import ErrorKind, FetchResult, Parsed, SourceError, SourceKind, SourceSpec
from triage.sources.http import HttpClient, HttpError, Params, Response
from triage.sources.webparse import MAX_ID, dump_cursor, load_cursor, preview, remember

DEFAULT_SERVICE = "https://bsky.social"
MODES = ("search", "notifications")
KEEP_REASONS = frozenset({"mention", "reply", "quote"})
EXPIRED = frozenset({"ExpiredToken", "InvalidToken"})
LANGS = ("en", "nl")


@dataclass(frozen=True, slots=True)
class _Query:
    key: str
    method: str  # XRPC method name
    params: Params
    shape: str  # "posts" | "notifications"


@dataclass(slots=True)
class _Poll:
    spec: SourceSpec
    service: str
    handle: str
    budget: int
    seen: set[str]
    items: list[Parsed] = field(default_factory=list)
    delivered: list[str] = field(default_factory=list)
    pause: float | None = None


class BlueskyFetcher:
    """Settings: mode (search | notifications), handle (for the app password), query.
    Cursor: {"v": 1, "queries": {key: {"mark": ISO indexedAt, "resume": page cursor,
    "top": ISO}}, "seen": [recent post uris]}."""

    kind = SourceKind.BLUESKY

    def __init__(
        self,
        client: HttpClient | None = None,
        page_size: int = 50,
        max_pages: int = 5,
        max_seen: int = 1000,
    ) -> None:
        self.client = client or HttpClient()
        self.page_size = page_size
        self.max_pages = max_pages
        self.max_seen = max_seen
        self._sessions: dict[tuple[str, str, str], str] = {}  # -> accessJwt

    def fetch(self, spec: SourceSpec, cursor: str, limit: int) -> FetchResult:
        service = (spec.target.strip() or DEFAULT_SERVICE).rstrip("/")
        if "://" not in service:
            service = "https://" + service
        handle = str(spec.settings.get("handle") or "").strip().lstrip("@")
        state = load_cursor(cursor)
        seen = [u for u in state.get("seen", []) if isinstance(u, str)]
        queries_state = state.get("queries")
        if not isinstance(queries_state, dict):
            queries_state = {}
        poll = _Poll(spec, service, handle, limit, set(seen))
        more = False
        for query in _queries(spec, handle):
            if poll.budget <= 0:
                more = True
                break
            query_state = queries_state.get(query.key)
            if not isinstance(query_state, dict):
                query_state = {}
            queries_state[query.key] = query_state
            more = self._walk(query, query_state, poll) or more
        new_state = {
            "v": 1,
            "queries": queries_state,
            "seen": remember(seen, poll.delivered, self.max_seen),
        }
        return FetchResult(poll.items, dump_cursor(new_state), more=more, retry_after=poll.pause)

    # -- walking the pages ------------------------------------------------------------------

    def _walk(self, query: _Query, st: dict[str, Any], poll: _Poll) -> bool:
        mark = _when(st.get("mark"))
        top = _when(st.get("top")) or mark
        page_cursor = str(st.get("resume") or "")
        found: list[Parsed] = []
        pending = False
        for _number in range(self.max_pages):
            size = self.page_size if mark else max(min(self.page_size, poll.budget), 1)
            params: dict[str, Any] = {**query.params, "limit": str(size)}
            if page_cursor:
                params["cursor"] = page_cursor
            resp = self._get(poll, query.method, params)
            entries, next_cursor = _page(resp, query.shape)
            caught_up = False
            for line, entry in enumerate(entries, start=1):
                when = _when(entry.get("indexedAt")) if isinstance(entry, Mapping) else None
                if mark and when and when < mark:
                    caught_up = True
                    break
                uri = str(entry.get("uri") or "") if isinstance(entry, Mapping) else ""
                if uri and uri in poll.seen:
                    continue
                wanted = query.shape == "posts" or (
                    isinstance(entry, Mapping) and entry.get("reason") in KEEP_REASONS
                )
                if wanted and poll.budget <= 0:
                    pending = True
                    break
                if wanted:
                    found.append(_parse(entry, line, query.shape))
                    poll.budget -= 1
                    if uri:
                        poll.seen.add(uri)
                        poll.delivered.append(uri)
                if when and (top is None or when > top):
                    top = when
            if pending:
                break  # resume this same page next time; `seen` skips what was delivered
            if caught_up or not entries or not next_cursor or mark is None:
                page_cursor = ""
                break
            page_cursor = next_cursor
        else:
            pending = True  # too many pages for one poll
        poll.items.extend(reversed(found))  # oldest first
        if pending and mark is not None:
            st.update(resume=page_cursor, top=_iso(top))
            return True
        st.clear()
        if top is not None:
            st["mark"] = _iso(top)
        return pending

    # -- XRPC with a cached session -------------------------------------------------------

    def _get(self, poll: _Poll, method: str, params: Params) -> Response:
        url = f"{poll.service}/xrpc/{method}"
        spec = poll.spec
        if not spec.secret:
            resp = self.client.get(url, params=params)
        else:
            try:
                resp = self.client.get(
                    url, params=params, token=self._token(poll), secrets=(spec.secret,)
                )
            except HttpError as exc:
                if exc.status != 401 and exc.code not in EXPIRED:
                    raise
                self._sessions.pop(self._session_key(poll), None)  # log in again, once
                resp = self.client.get(
                    url, params=params, token=self._token(poll), secrets=(spec.secret,)
                )
        hint = resp.pause_hint()
        if hint is not None:
            poll.pause = max(poll.pause or 0.0, hint)
        return resp

    def _session_key(self, poll: _Poll) -> tuple[str, str, str]:
        digest = hashlib.sha256(poll.spec.secret.encode("utf-8")).hexdigest()
        return (poll.service, poll.handle.lower(), digest)

    def _token(self, poll: _Poll) -> str:
        key = self._session_key(poll)
        if key not in self._sessions:
            url = f"{poll.service}/xrpc/com.atproto.server.createSession"
            payload = {"identifier": poll.handle, "password": poll.spec.secret}
            try:
                resp = self.client.post_json(url, payload, secrets=(poll.spec.secret,))
            except HttpError as exc:
                if exc.kind in (ErrorKind.AUTH, ErrorKind.HTTP) and exc.status in (400, 401):
                    raise SourceError(
                        ErrorKind.AUTH,
                        f"Bluesky did not accept the handle @{poll.handle} with this app "
                        "password. Check both, and use an app password, not the main one.",
                    ) from None
                raise
            session = resp.json()
            token = session.get("accessJwt") if isinstance(session, dict) else None
            if not isinstance(token, str) or not token:
                raise SourceError(
                    ErrorKind.MALFORMED, f"The server at {resp.host} sent an unreadable session."
                )
            self._sessions[key] = token
        return self._sessions[key]


def _queries(spec: SourceSpec, handle: str) -> list[_Query]:
    mode = str(spec.settings.get("mode") or "search")
    if mode not in MODES:
        raise SourceError(
            ErrorKind.CONFIG, f"Unknown Bluesky mode “{mode[:40]}”; use search or notifications."
        )
    if spec.secret and not handle:
        raise SourceError(
            ErrorKind.CONFIG, "This Bluesky source has an app password but no handle."
        )
    if mode == "notifications":
        if not spec.secret:
            raise SourceError(
                ErrorKind.CONFIG, "Reading Bluesky notifications needs a handle and app password."
            )
        params: Params = {"reasons": sorted(KEEP_REASONS)}
        return [
            _Query(
                "notifications", "app.bsky.notification.listNotifications", params, "notifications"
            )
        ]
    words = [k.strip() for k in spec.keywords if k.strip()]
    if not words and str(spec.settings.get("query") or "").strip():
        words = [str(spec.settings["query"]).strip()]
    if not words:
        raise SourceError(ErrorKind.CONFIG, "This Bluesky search has no keywords.")
    return [
        _Query(f"search:{w}", "app.bsky.feed.searchPosts", {"q": w, "sort": "latest"}, "posts")
        for w in words
    ]


def _page(resp: Response, shape: str) -> tuple[list[Any], str]:
    data = resp.json()
    entries = data.get(shape) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise SourceError(
            ErrorKind.MALFORMED, f"The server at {resp.host} did not send a list of {shape}."
        )
    next_cursor = data.get("cursor")
    return entries, next_cursor if isinstance(next_cursor, str) else ""


def _parse(entry: object, line: int, shape: str) -> Parsed:
    try:
        if not isinstance(entry, Mapping):
            raise TypeError("not an object")
        return post_to_mention(entry, counts=shape == "posts")
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        why = f"missing {exc.args[0]}" if isinstance(exc, KeyError) else str(exc)[:120]
        return QuarantineEntry(line, f"unreadable Bluesky post: {why}", preview(entry))


def post_to_mention(post: Mapping[str, Any], counts: bool = True) -> RawMention:
    """A postView (search) or a notification (whose record is the post) as a message."""
    uri = str(post["uri"])
    if not uri.startswith("at://"):
        raise ValueError("uri is not an at:// address")
    author = post["author"]
    record = post["record"]
    if not isinstance(author, Mapping) or not isinstance(record, Mapping):
        raise TypeError("author or record is not an object")
    text = str(record["text"]).strip()
    if not text:
        raise ValueError("no text")
    handle = str(author.get("handle") or "")
    if not handle or handle == "handle.invalid":
        handle = str(author["did"])
    reply = record.get("reply")
    parent = reply.get("parent") if isinstance(reply, Mapping) else None
    langs = record.get("langs")
    lang = str(langs[0]).lower().split("-")[0] if isinstance(langs, list) and langs else ""
    parts = uri.split("/")  # at://did/collection/rkey
    url = ""
    if len(parts) == 5 and parts[3] == "app.bsky.feed.post":
        url = f"https://bsky.app/profile/{handle}/post/{parts[4]}"
    total = sum(int(post.get(k) or 0) for k in ("replyCount", "repostCount", "likeCount"))
    return RawMention(
        channel="bluesky",
        external_id=uri[:MAX_ID],
        text=text[:MAX_TEXT],
        created_at=parse_time(str(record.get("createdAt") or post.get("indexedAt") or "")),
        author="@" + handle,
        author_name=str(author.get("displayName") or "")[:300],
        url=url,
        in_reply_to=str(parent.get("uri") or "")[:MAX_ID] if isinstance(parent, Mapping) else "",
        lang=lang if lang in LANGS else "",
        interactions=max(total, 0) if counts else 0,
    )


def _when(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return parse_time(value)
    except ValueError:
        return None


def _iso(moment: datetime | None) -> str:
    return moment.isoformat() if moment else ""
