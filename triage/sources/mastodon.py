"""Mastodon: mentions, hashtags, searches or one account's posts through the REST API.

Paging follows the API guidelines: `min_id` asks for the page immediately newer than an id,
and the id to continue from is read from the Link header (rel="prev"), because for
notifications it is the notification's id, not the status's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from triage.domain.enums import Direction
from triage.domain.models import QuarantineEntry, RawMention
from triage.ingest.formats import parse_time
from triage.sources.base import ErrorKind, FetchResult, Parsed, SourceError, SourceKind, SourceSpec
from triage.sources.http import HttpClient, HttpError, Params, Response, query_value
from triage.sources.webparse import (
    MAX_ID,
    dump_cursor,
    html_to_text,
    id_order,
    load_cursor,
    preview,
    remember,
)

MODES = ("notifications", "hashtag", "search", "account")
LANGS = ("en", "nl")


@dataclass(frozen=True, slots=True)
class _Query:
    key: str  # where its newest id lives in the cursor
    path: str
    params: Params
    shape: str  # "notifications" | "statuses" | "search"


@dataclass(frozen=True, slots=True)
class _Bad:
    reason: str
    raw: object


@dataclass(slots=True)
class _Poll:
    """One fetch() call's working state."""

    base: str
    token: str
    direction: Direction
    budget: int
    newest: dict[str, str]
    seen: set[str]
    items: list[Parsed] = field(default_factory=list)
    delivered: list[str] = field(default_factory=list)
    pause: float | None = None


class MastodonFetcher:
    """Settings: mode (notifications | hashtag | search | account), hashtag, query,
    account_id or account (@name to look up), direction ("in" | "out").
    Cursor: {"v": 1, "newest": {query key: paging id}, "seen": [recent status ids]}."""

    kind = SourceKind.MASTODON

    def __init__(
        self,
        client: HttpClient | None = None,
        page_size: int = 40,
        max_pages: int = 10,
        max_seen: int = 500,
    ) -> None:
        self.client = client or HttpClient()
        self.page_size = page_size
        self.max_pages = max_pages
        self.max_seen = max_seen
        self._account_ids: dict[tuple[str, str], str] = {}

    def fetch(self, spec: SourceSpec, cursor: str, limit: int) -> FetchResult:
        state = load_cursor(cursor)
        raw_newest = state.get("newest")
        newest = {str(k): str(v) for k, v in (raw_newest or {}).items() if isinstance(v, str | int)}
        seen = [i for i in state.get("seen", []) if isinstance(i, str)]
        direction = (
            Direction.OUTBOUND if spec.settings.get("direction") == "out" else Direction.INBOUND
        )
        poll = _Poll(_base(spec.target), spec.secret, direction, limit, newest, set(seen))
        more = False
        for query in self._queries(spec, poll):
            if poll.budget <= 0:
                more = True
                break
            more = self._run(query, poll) or more
        new_state = {
            "v": 1,
            "newest": poll.newest,
            "seen": remember(seen, poll.delivered, self.max_seen),
        }
        return FetchResult(poll.items, dump_cursor(new_state), more=more, retry_after=poll.pause)

    # -- what to ask ----------------------------------------------------------------------

    def _queries(self, spec: SourceSpec, poll: _Poll) -> list[_Query]:
        mode = str(spec.settings.get("mode") or "notifications")
        if mode not in MODES:
            raise SourceError(
                ErrorKind.CONFIG,
                f"Unknown Mastodon mode “{mode[:40]}”; use one of: {', '.join(MODES)}.",
            )
        if mode in ("notifications", "search") and not spec.secret:
            raise SourceError(
                ErrorKind.CONFIG, f"Reading Mastodon {mode} needs an access token; none is set."
            )
        if mode == "notifications":
            params: Params = {"types[]": ["mention"]}
            return [_Query("notifications", "/api/v1/notifications", params, "notifications")]
        if mode == "hashtag":
            tags = _words(spec.settings.get("hashtag")) or list(spec.keywords)
            tags = [t.lstrip("#") for t in tags if t.lstrip("#")]
            if not tags:
                raise SourceError(ErrorKind.CONFIG, "This Mastodon source names no hashtag.")
            return [
                _Query(
                    f"tag:{t.lower()}", f"/api/v1/timelines/tag/{quote(t, safe='')}", {}, "statuses"
                )
                for t in tags
            ]
        if mode == "search":
            queries = list(spec.keywords) or _words(spec.settings.get("query"), split=False)
            if not queries:
                raise SourceError(ErrorKind.CONFIG, "This Mastodon search has no keywords.")
            return [
                _Query(f"search:{q}", "/api/v2/search", {"type": "statuses", "q": q}, "search")
                for q in queries
            ]
        account_id = self._account_id(spec, poll)
        params = {"exclude_reblogs": "true", "exclude_replies": "false"}
        path = f"/api/v1/accounts/{quote(account_id, safe='')}/statuses"
        return [_Query(f"account:{account_id}", path, params, "statuses")]

    def _account_id(self, spec: SourceSpec, poll: _Poll) -> str:
        given = str(spec.settings.get("account_id") or "").strip()
        if given:
            return given
        acct = str(spec.settings.get("account") or "").strip().lstrip("@")
        if not acct:
            raise SourceError(ErrorKind.CONFIG, "This Mastodon source names no account.")
        key = (poll.base, acct.lower())
        if key not in self._account_ids:
            try:
                resp = self.client.get(
                    poll.base + "/api/v1/accounts/lookup", params={"acct": acct}, token=poll.token
                )
            except HttpError as exc:
                if exc.status == 404:
                    raise SourceError(
                        ErrorKind.CONFIG, f"There is no Mastodon account @{acct} to follow."
                    ) from None
                raise
            found = resp.json()
            if not isinstance(found, dict) or not found.get("id"):
                raise SourceError(
                    ErrorKind.MALFORMED, f"The server at {resp.host} sent an unreadable account."
                )
            self._account_ids[key] = str(found["id"])
        return self._account_ids[key]

    # -- paging ---------------------------------------------------------------------------

    def _run(self, query: _Query, poll: _Poll) -> bool:
        """Pages newer than the stored id, oldest page first; True when pages are left over."""
        after = poll.newest.get(query.key, "")
        catching_up = bool(after)  # a first poll takes the newest page only: no backfill
        for _page in range(self.max_pages):
            want = min(self.page_size, poll.budget)
            params: dict[str, Any] = {**query.params, "limit": str(want)}
            if after:
                params["min_id"] = after
            resp = self.client.get(poll.base + query.path, params=params, token=poll.token)
            hint = resp.pause_hint()
            if hint is not None:
                poll.pause = max(poll.pause or 0.0, hint)
            entries = _entries(resp, query.shape)
            top = _page_top(resp, entries)
            for line, (_, status) in reversed(list(enumerate(entries, start=1))):
                self._take(status, line, poll)
            if top and id_order(top) > id_order(after):
                after = top
                poll.newest[query.key] = top
            if not catching_up or len(entries) < want:
                return False
            if poll.budget <= 0:
                return True
        return True

    def _take(self, status: object, line: int, poll: _Poll) -> None:
        if status is None:  # not a mention, or a boost: nothing to read
            return
        if isinstance(status, _Bad):
            poll.items.append(QuarantineEntry(line, status.reason, preview(status.raw)))
            poll.budget -= 1
            return
        if not isinstance(status, Mapping):
            poll.items.append(QuarantineEntry(line, "not a Mastodon status", preview(status)))
            poll.budget -= 1
            return
        key = str(status.get("id") or status.get("uri") or "")
        if key and key in poll.seen:
            return
        try:
            item: Parsed = status_to_mention(status, poll.direction)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            item = QuarantineEntry(
                line, f"unreadable Mastodon status: {_why(exc)}", preview(status)
            )
        poll.items.append(item)
        poll.budget -= 1
        if key:
            poll.seen.add(key)
            poll.delivered.append(key)


def status_to_mention(
    status: Mapping[str, Any], direction: Direction = Direction.INBOUND
) -> RawMention:
    """A Mastodon Status entity as a message; raises on a status that lacks what we need."""
    external_id = str(status.get("id") or status.get("uri") or "")
    if not external_id:
        raise ValueError("missing id")
    account = status["account"]
    if not isinstance(account, Mapping):
        raise TypeError("account is not an object")
    body = html_to_text(str(status.get("content") or ""))
    warning = " ".join(str(status.get("spoiler_text") or "").split())
    text = "\n".join(part for part in (warning, body) if part)
    if not text:
        raise ValueError("no text")
    created = status.get("created_at")
    if not isinstance(created, str):
        raise ValueError("missing created_at")
    lang = str(status.get("language") or "").lower()
    private = status.get("visibility") == "direct"
    counts = (status.get(k) or 0 for k in ("replies_count", "reblogs_count", "favourites_count"))
    return RawMention(
        channel="mastodon_dm" if private else "mastodon",
        external_id=external_id[:MAX_ID],
        text=text,
        created_at=parse_time(created),
        author="@" + str(account["acct"]),
        author_name=str(account.get("display_name") or "")[:300],
        followers=max(int(account.get("followers_count") or 0), 0),
        url=str(status.get("url") or status.get("uri") or ""),
        in_reply_to=str(status.get("in_reply_to_id") or "")[:MAX_ID],
        lang=lang if lang in LANGS else "",
        direction=direction,
        interactions=max(sum(int(c) for c in counts), 0),
    )


def _entries(resp: Response, shape: str) -> list[tuple[str, object]]:
    """(paging id, status or None) per entry, newest first as the server sent them."""
    data = resp.json()
    if shape == "search":
        data = data.get("statuses") if isinstance(data, dict) else None
    if not isinstance(data, list):
        raise SourceError(
            ErrorKind.MALFORMED, f"The server at {resp.host} did not send a list of posts."
        )
    out: list[tuple[str, object]] = []
    for entry in data:
        if not isinstance(entry, dict):
            out.append(("", entry))
            continue
        paging_id = str(entry.get("id") or "")
        if shape == "notifications":
            if entry.get("type") not in (None, "mention"):
                out.append((paging_id, None))
                continue
            status = entry.get("status")
            out.append(
                (
                    paging_id,
                    status if status is not None else _Bad("mention without a status", entry),
                )
            )
        else:
            out.append((paging_id, None if entry.get("reblog") else entry))
    return out


def _page_top(resp: Response, entries: list[tuple[str, object]]) -> str:
    """The id to continue from: the Link header's rel="prev" bound, else the newest id."""
    prev = resp.links().get("prev", "")
    if prev:
        bound = query_value(prev, "min_id") or query_value(prev, "since_id")
        if bound:
            return bound
    ids = [i for i, _ in entries if i]
    return max(ids, key=id_order) if ids else ""


def _base(target: str) -> str:
    base = target.strip().rstrip("/")
    if base and "://" not in base:
        base = "https://" + base
    return base


def _words(value: object, split: bool = True) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    text = str(value or "").strip()
    if not text:
        return []
    return [w for w in re.split(r"[,\s]+", text) if w] if split else [text]


def _why(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing {exc.args[0]}"
    return str(exc)[:120] or type(exc).__name__
