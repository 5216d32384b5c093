"""Real HTTP servers on 127.0.0.1 that replay recorded responses to the live-source fetchers.

Each route is a function of the request, so a test can emulate paging (Mastodon Link headers,
Bluesky cursors), rate limits, expired tokens, slow or huge replies. No client is mocked.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from triage.sources.http import HttpClient

FIXTURES = Path(__file__).parent / "fixtures"
MASTODON_TOKEN = "mst-7f3c9a1e55b04d2c8e6f0a9b1c2d3e4f"
BLUESKY_PASSWORD = "abcd-efgh-ijkl-mnop"
BLUESKY_HANDLE = "thuiszorgoost.nl"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fixture_json(name: str) -> Any:
    return json.loads(fixture_bytes(name))


@dataclass
class Request:
    """A request as the server received it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # names in lower case
    body: bytes

    def arg(self, name: str) -> str:
        values = self.query.get(name)
        return values[0] if values else ""


@dataclass
class Reply:
    status: int = 200
    body: Any = b""  # bytes, str, or anything JSON
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    declare_length: bool = True  # False: stream until close, no Content-Length

    def payload(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode("utf-8")
        self.headers.setdefault("Content-Type", "application/json; charset=utf-8")
        return json.dumps(self.body).encode("utf-8")


Route = Callable[[Request], Reply]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    replay: ReplayServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hung up on a slow reply is the point of some tests


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "Replay/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        request = Request(
            self.command,
            parts.path,
            parse_qs(parts.query),
            {k.lower(): v for k, v in self.headers.items()},
            self.rfile.read(length) if length else b"",
        )
        replay = self.server.replay
        replay.requests.append(request)
        route = replay.routes.get((self.command, parts.path))
        reply = route(request) if route else Reply(404, {"error": "Record not found"})
        if reply.delay:
            time.sleep(reply.delay)
        body = reply.payload()
        try:
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.declare_length:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


class ReplayServer:
    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Route] = {}
        self.requests: list[Request] = []
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.replay = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def route(self, path: str, reply: Route | Reply, method: str = "GET") -> None:
        self.routes[(method, path)] = reply if callable(reply) else (lambda _r: reply)

    def requests_to(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def server() -> Iterator[ReplayServer]:
    replay = ReplayServer()
    yield replay
    replay.close()


@pytest.fixture
def client() -> HttpClient:
    return HttpClient(connect_timeout=2.0, read_timeout=2.0, total_timeout=10.0)


# -- Mastodon ------------------------------------------------------------------------------


def _id(value: str) -> int:
    return int(value)


class MastodonServer:
    """Notifications, a hashtag timeline, search and an account's statuses, paged the way
    Mastodon pages: limit, max_id, since_id, min_id, and a Link header with next/prev."""

    def __init__(self, replay: ReplayServer) -> None:
        self.replay = replay
        self.notifications: list[dict[str, Any]] = fixture_json("mastodon_notifications.json")
        self.tag: list[dict[str, Any]] = fixture_json("mastodon_tag_timeline.json")
        self.search: dict[str, Any] = fixture_json("mastodon_search.json")
        self.account_statuses: list[dict[str, Any]] = fixture_json("mastodon_account_statuses.json")
        self.account: dict[str, Any] = fixture_json("mastodon_account_lookup.json")
        self.remaining: int | None = None  # X-RateLimit-Remaining to announce
        replay.route("/api/v1/notifications", self._notifications)
        replay.route("/api/v1/timelines/tag/thuiszorg", self._paged(lambda: self.tag))
        replay.route("/api/v2/search", self._search)
        replay.route("/api/v1/accounts/lookup", self._lookup)
        replay.route(
            f"/api/v1/accounts/{self.account['id']}/statuses",
            self._paged(lambda: self.account_statuses),
        )

    @property
    def url(self) -> str:
        return self.replay.url

    def _auth(self, request: Request) -> Reply | None:
        if request.headers.get("authorization") != f"Bearer {MASTODON_TOKEN}":
            return Reply(401, {"error": "The access token is invalid"})
        return None

    def _rate_headers(self) -> dict[str, str]:
        if self.remaining is None:
            return {}
        return {
            "X-RateLimit-Limit": "300",
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": "2099-01-01T00:05:00.000Z",
        }

    def page(self, items: list[dict[str, Any]], request: Request) -> Reply:
        ordered = sorted(items, key=lambda i: _id(i["id"]), reverse=True)
        limit = min(int(request.arg("limit") or 20), 40)
        max_id, since_id, min_id = (request.arg(k) for k in ("max_id", "since_id", "min_id"))
        found = [
            i
            for i in ordered
            if (not max_id or _id(i["id"]) < _id(max_id))
            and (not since_id or _id(i["id"]) > _id(since_id))
            and (not min_id or _id(i["id"]) > _id(min_id))
        ]
        page = list(reversed(list(reversed(found))[:limit])) if min_id else found[:limit]
        headers = self._rate_headers()
        if page:
            base = f"{self.url}{request.path}"
            keep = {k: v for k, v in request.query.items() if k == "types[]"}
            newer = urlencode({**keep, "min_id": page[0]["id"]}, doseq=True)
            older = urlencode({**keep, "max_id": page[-1]["id"]}, doseq=True)
            headers["Link"] = f'<{base}?{older}>; rel="next", <{base}?{newer}>; rel="prev"'
        return Reply(200, page, headers)

    def _paged(self, items: Callable[[], list[dict[str, Any]]]) -> Route:
        return lambda request: self.page(items(), request)

    def _notifications(self, request: Request) -> Reply:
        refused = self._auth(request)
        if refused:
            return refused
        types = request.query.get("types[]")
        items = [n for n in self.notifications if not types or n["type"] in types]
        return self.page(items, request)

    def _search(self, request: Request) -> Reply:
        refused = self._auth(request)
        if refused:
            return refused
        query = request.arg("q").lower()
        hits = [s for s in self.search["statuses"] if query in s["content"].lower()]
        statuses = self.page(hits, request).body
        return Reply(200, {"accounts": [], "statuses": statuses, "hashtags": []})

    def _lookup(self, request: Request) -> Reply:
        if request.arg("acct") != self.account["acct"]:
            return Reply(404, {"error": "Record not found"})
        return Reply(200, self.account)


@pytest.fixture
def mastodon(server: ReplayServer) -> MastodonServer:
    return MastodonServer(server)


# -- Bluesky -------------------------------------------------------------------------------


class BlueskyServer:
    """createSession, searchPosts and listNotifications as an XRPC service answers them:
    newest first, an opaque cursor, {"error", "message"} bodies, RateLimit-* headers."""

    def __init__(self, replay: ReplayServer) -> None:
        self.replay = replay
        self.posts: list[dict[str, Any]] = fixture_json("bluesky_search_posts.json")["posts"]
        self.notifications: list[dict[str, Any]] = fixture_json("bluesky_notifications.json")[
            "notifications"
        ]
        self.session: dict[str, Any] = fixture_json("bluesky_create_session.json")
        self.issued: list[str] = []
        self.expired: set[str] = set()
        self.uses_before_expiry: int | None = None  # expire each token after this many uses
        self._uses: dict[str, int] = {}
        self.remaining: int | None = None
        self.rate_limited = False
        self.public = False  # answer searches without a session
        self.now = time.time
        replay.route("/xrpc/com.atproto.server.createSession", self._create, method="POST")
        replay.route("/xrpc/app.bsky.feed.searchPosts", self._search)
        replay.route("/xrpc/app.bsky.notification.listNotifications", self._notifications)

    @property
    def url(self) -> str:
        return self.replay.url

    def add_post(self, text: str, indexed_at: datetime, rkey: str) -> dict[str, Any]:
        post = json.loads(json.dumps(self.posts[0]))
        did = post["author"]["did"]
        post["uri"] = f"at://{did}/app.bsky.feed.post/{rkey}"
        post["record"]["text"] = text
        post["record"]["createdAt"] = indexed_at.isoformat().replace("+00:00", "Z")
        post["indexedAt"] = indexed_at.isoformat().replace("+00:00", "Z")
        self.posts.append(post)
        return post

    def _headers(self) -> dict[str, str]:
        if self.remaining is None:
            return {}
        return {
            "RateLimit-Limit": "3000",
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(int(self.now()) + 120),
            "RateLimit-Policy": "3000;w=300",
        }

    def _create(self, request: Request) -> Reply:
        body = json.loads(request.body)
        if body.get("identifier") != BLUESKY_HANDLE or body.get("password") != BLUESKY_PASSWORD:
            return Reply(
                401,
                {"error": "AuthenticationRequired", "message": "Invalid identifier or password"},
            )
        token = f"eyJ0eXAiOiJhdCtqd3QiLCJhbGciOiJFUzI1NksifQ.session-{len(self.issued) + 1}"
        self.issued.append(token)
        return Reply(200, {**self.session, "accessJwt": token, "refreshJwt": token + ".refresh"})

    def _check(self, request: Request) -> Reply | None:
        if self.rate_limited:
            headers = {**self._headers(), "RateLimit-Remaining": "0"}
            headers["RateLimit-Reset"] = str(int(self.now()) + 30)
            return Reply(
                429, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"}, headers
            )
        auth = request.headers.get("authorization", "")
        if not auth and self.public and request.path.endswith("searchPosts"):
            return None  # like the public AppView
        token = auth.removeprefix("Bearer ")
        if token not in self.issued:
            return Reply(401, {"error": "AuthenticationRequired", "message": "Invalid token"})
        uses = self._uses[token] = self._uses.get(token, 0) + 1
        if self.uses_before_expiry is not None and uses > self.uses_before_expiry:
            return Reply(400, {"error": "ExpiredToken", "message": "Token has expired"})
        return None

    def _paged(self, items: list[dict[str, Any]], request: Request) -> tuple[list[Any], str]:
        ordered = sorted(items, key=lambda p: p["indexedAt"], reverse=True)
        start = int(request.arg("cursor") or 0)
        limit = min(int(request.arg("limit") or 25), 100)
        page = ordered[start : start + limit]
        return page, str(start + limit) if start + limit < len(ordered) else ""

    def _search(self, request: Request) -> Reply:
        problem = self._check(request)
        if problem:
            return problem
        query = request.arg("q").lower()
        hits = [p for p in self.posts if query in str(p["record"].get("text", "")).lower()]
        hits += [p for p in self.posts if "text" not in p["record"]]  # the broken one
        page, cursor = self._paged(hits, request)
        body: dict[str, Any] = {"hitsTotal": len(hits), "posts": page}
        if cursor:
            body["cursor"] = cursor
        return Reply(200, body, self._headers())

    def _notifications(self, request: Request) -> Reply:
        problem = self._check(request)
        if problem:
            return problem
        page, cursor = self._paged(self.notifications, request)
        body: dict[str, Any] = {"notifications": page, "priority": False}
        if cursor:
            body["cursor"] = cursor
        return Reply(200, body, self._headers())


@pytest.fixture
def bluesky(server: ReplayServer) -> BlueskyServer:
    return BlueskyServer(server)


NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
