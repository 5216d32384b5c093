"""The HTTP client against a real local server: limits, redirects, statuses, and no secret leaks."""

from __future__ import annotations

import gzip
import socket
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import formatdate
from urllib.parse import quote

import pytest

from triage.sources.base import ErrorKind, SourceError, SourceKind
from triage.sources.http import HttpClient, HttpError

from .conftest import ReplayServer, Reply, Request

SECRET = "tok-SECRET-9f8e7d6c5b4a"
EPOCH = 1_795_000_000.0  # a fixed "now" for the rate-limit arithmetic


def _iso(epoch: float) -> str:
    """Mastodon's form: 2026-11-18T10:35:20.000Z."""
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _error(call: Callable[[], object]) -> SourceError:
    with pytest.raises(SourceError) as caught:
        call()
    return caught.value


def test_get_sends_user_agent_token_and_params(server: ReplayServer, client: HttpClient) -> None:
    server.route("/api", Reply(200, {"ok": True}, {"ETag": '"v1"'}))
    resp = client.get(f"{server.url}/api", params={"types[]": ["mention", "reply"]}, token="abc")
    assert resp.json() == {"ok": True}
    assert resp.etag == '"v1"'
    seen = server.requests[-1]
    assert seen.headers["user-agent"].startswith("WebcareTriage/")
    assert seen.headers["authorization"] == "Bearer abc"
    assert seen.query["types[]"] == ["mention", "reply"]


def test_gzip_replies_are_unpacked(server: ReplayServer, client: HttpClient) -> None:
    server.route("/z", Reply(200, gzip.compress(b"hello " * 100), {"Content-Encoding": "gzip"}))
    assert client.get(f"{server.url}/z").body == b"hello " * 100


def test_post_json(server: ReplayServer, client: HttpClient) -> None:
    server.route("/p", lambda r: Reply(200, {"got": r.body.decode()}), method="POST")
    resp = client.post_json(f"{server.url}/p", {"a": 1})
    assert resp.json() == {"got": '{"a": 1}'}
    assert server.requests[-1].headers["content-type"] == "application/json"


def test_conditional_get_reports_not_modified(server: ReplayServer, client: HttpClient) -> None:
    def feed(request: Request) -> Reply:
        if request.headers.get("if-none-match") == '"abc"':
            return Reply(304, b"", {"ETag": '"abc"'})
        return Reply(200, b"<rss/>", {"ETag": '"abc"', "Last-Modified": "Sun, 22 Nov 2026"})

    server.route("/feed", feed)
    first = client.get(f"{server.url}/feed")
    assert not first.not_modified and first.last_modified == "Sun, 22 Nov 2026"
    again = client.get(f"{server.url}/feed", etag=first.etag, modified=first.last_modified)
    assert again.not_modified and again.body == b""
    assert server.requests[-1].headers["if-modified-since"] == "Sun, 22 Nov 2026"


def test_link_header_is_parsed(server: ReplayServer, client: HttpClient) -> None:
    link = '<https://m.example/api?max_id=1>; rel="next", </api?min_id=9>; rel="prev"'
    server.route("/l", Reply(200, [], {"Link": link}))
    links = client.get(f"{server.url}/l").links()
    assert links == {"next": "https://m.example/api?max_id=1", "prev": f"{server.url}/api?min_id=9"}


@pytest.mark.parametrize(
    ("status", "token", "words"),
    [(401, "abc", "refused the access token (HTTP 401)"), (403, "", "refused access (HTTP 403)")],
)
def test_refusals_are_auth_errors(
    server: ReplayServer, client: HttpClient, status: int, token: str, words: str
) -> None:
    server.route("/a", Reply(status, {"error": "This action is outside the authorized scopes"}))
    err = _error(lambda: client.get(f"{server.url}/a", token=token))
    assert err.kind is ErrorKind.AUTH
    assert str(err) == (
        f"The server at 127.0.0.1:{server.port} {words}. "
        "The server said: “This action is outside the authorized scopes”"
    )


def test_429_with_retry_after_seconds(server: ReplayServer, client: HttpClient) -> None:
    server.route("/r", Reply(429, {"error": "Too many requests"}, {"Retry-After": "42"}))
    err = _error(lambda: client.get(f"{server.url}/r"))
    assert err.kind is ErrorKind.RATE_LIMITED and err.retry_after == 42
    assert "slow down" in str(err) and "42 seconds" in str(err)


@pytest.mark.parametrize(
    "headers",
    [
        {"Retry-After": formatdate(EPOCH + 120, usegmt=True)},
        {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": _iso(EPOCH + 120)},
        {"RateLimit-Remaining": "0", "RateLimit-Reset": str(int(EPOCH) + 120)},
    ],
    ids=["http-date", "mastodon-iso", "bluesky-epoch"],
)
def test_429_wait_from_dates_and_rate_limit_headers(
    server: ReplayServer, headers: dict[str, str]
) -> None:
    client = HttpClient(now=lambda: EPOCH)
    server.route("/r", Reply(429, b"slow down", headers))
    err = _error(lambda: client.get(f"{server.url}/r"))
    assert err.kind is ErrorKind.RATE_LIMITED
    assert err.retry_after == pytest.approx(120, abs=1)


def test_spent_budget_on_success_gives_a_pause_hint(server: ReplayServer) -> None:
    client = HttpClient(now=lambda: EPOCH)
    server.route("/m", Reply(200, [], {"X-RateLimit-Remaining": "0"}))
    server.route("/m2", Reply(200, [], {"X-RateLimit-Remaining": "12"}))
    server.route("/b", Reply(200, {}, {"RateLimit-Remaining": "0", "RateLimit-Reset": "90"}))
    spent = client.get(f"{server.url}/m")
    assert spent.rate_remaining == 0 and spent.pause_hint() == 60.0  # no reset: a minute
    assert client.get(f"{server.url}/m2").pause_hint() is None
    assert client.get(f"{server.url}/b").pause_hint() == 90


def test_other_statuses_are_http_errors(server: ReplayServer, client: HttpClient) -> None:
    server.route("/boom", Reply(500, b"<html>stack trace</html>", {"Content-Type": "text/html"}))
    err = _error(lambda: client.get(f"{server.url}/boom"))
    assert isinstance(err, HttpError) and err.kind is ErrorKind.HTTP and err.status == 500
    assert str(err) == (
        f"The server at 127.0.0.1:{server.port} answered with an error "
        "(HTTP 500 Internal Server Error)."
    )


def test_slow_server_times_out_quickly(server: ReplayServer) -> None:
    client = HttpClient(read_timeout=0.3)
    server.route("/slow", Reply(200, b"late", delay=1.0))
    started = time.monotonic()
    err = _error(lambda: client.get(f"{server.url}/slow"))
    assert err.kind is ErrorKind.TIMEOUT
    assert time.monotonic() - started < 0.9
    assert str(err) == f"The server at 127.0.0.1:{server.port} did not answer within 0.3 seconds."


def test_refused_connection_is_a_network_error(client: HttpClient) -> None:
    port = _free_port()
    err = _error(lambda: client.get(f"http://127.0.0.1:{port}/"))
    assert err.kind is ErrorKind.NETWORK
    assert str(err) == f"The server at 127.0.0.1:{port} refused the connection."


def test_unknown_host_is_a_network_error(client: HttpClient) -> None:
    err = _error(lambda: client.get("https://no-such-host.invalid/feed"))
    assert err.kind is ErrorKind.NETWORK and "could not be found" in str(err)


def test_tls_failure_is_a_network_error(server: ReplayServer, client: HttpClient) -> None:
    server.route("/", Reply(200, b"plain"))
    err = _error(lambda: client.get(f"https://127.0.0.1:{server.port}/"))
    assert err.kind is ErrorKind.NETWORK and "secure connection" in str(err)


def test_redirect_on_the_same_host_is_followed(server: ReplayServer, client: HttpClient) -> None:
    server.route("/old", Reply(301, b"", {"Location": "/new"}))
    server.route("/new", Reply(200, b"here"))
    resp = client.get(f"{server.url}/old", token="abc")
    assert resp.body == b"here" and resp.url == f"{server.url}/new"
    assert server.requests[-1].headers["authorization"] == "Bearer abc"


def test_redirect_to_another_host_is_refused(server: ReplayServer, client: HttpClient) -> None:
    server.route("/go", Reply(302, b"", {"Location": f"http://localhost:{server.port}/x"}))
    err = _error(lambda: client.get(f"{server.url}/go"))
    assert err.kind is ErrorKind.REDIRECT
    assert f"127.0.0.1:{server.port}" in str(err) and f"localhost:{server.port}" in str(err)
    assert len(server.requests) == 1  # never went there


def test_redirect_loop_stops(server: ReplayServer) -> None:
    client = HttpClient(max_redirects=3)
    server.route("/loop", Reply(307, b"", {"Location": "/loop"}))
    err = _error(lambda: client.get(f"{server.url}/loop"))
    assert err.kind is ErrorKind.REDIRECT and "more than 3 times" in str(err)
    assert len(server.requests) == 4


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, b"x" * 200_000),
        Reply(200, b"x" * 200_000, declare_length=False),
        Reply(200, gzip.compress(b"\0" * 5_000_000), {"Content-Encoding": "gzip"}),
    ],
    ids=["declared", "streamed", "gzip-bomb"],
)
def test_bodies_over_the_cap_are_refused(server: ReplayServer, reply: Reply) -> None:
    client = HttpClient(max_bytes=50_000)
    server.route("/big", reply)
    err = _error(lambda: client.get(f"{server.url}/big"))
    assert err.kind is ErrorKind.TOO_LARGE
    assert str(err) == f"The reply from 127.0.0.1:{server.port} is larger than the limit of 48 KB."


def test_bad_json_is_malformed(server: ReplayServer, client: HttpClient) -> None:
    server.route("/j", Reply(200, b'{"statuses": [', {"Content-Type": "application/json"}))
    err = _error(lambda: client.get(f"{server.url}/j").json())
    assert err.kind is ErrorKind.MALFORMED and "not valid JSON" in str(err)


@pytest.mark.parametrize("url", ["ftp://example.org/feed", "not a url", "https://"])
def test_bad_addresses_are_config_errors(client: HttpClient, url: str) -> None:
    assert _error(lambda: client.get(url)).kind is ErrorKind.CONFIG


# -- secrets never leak ------------------------------------------------------------------


def _provoke(kind: ErrorKind, server: ReplayServer) -> Callable[[HttpClient], object]:
    """A request carrying SECRET (header and query) that fails with `kind`."""
    echo = {"error": f"The access token {SECRET} is invalid", "message": f"bad {SECRET}"}
    params = {"access_token": SECRET}
    base = server.url
    if kind is ErrorKind.NETWORK:
        base = f"http://127.0.0.1:{_free_port()}"
    elif kind is ErrorKind.CONFIG:
        base = f"ftp://user:{SECRET}@127.0.0.1"
    routes = {
        ErrorKind.AUTH: Reply(401, echo),
        ErrorKind.RATE_LIMITED: Reply(429, echo, {"Retry-After": "5"}),
        ErrorKind.HTTP: Reply(500, echo),
        ErrorKind.TIMEOUT: Reply(200, echo, delay=1.0),
        ErrorKind.TOO_LARGE: Reply(200, SECRET * 20_000),
        ErrorKind.REDIRECT: Reply(
            302, b"", {"Location": f"http://localhost:{server.port}/x?access_token={SECRET}"}
        ),
        ErrorKind.MALFORMED: Reply(200, f"not json {SECRET}"),
    }
    if kind in routes:
        server.route("/s", routes[kind])

    def call(client: HttpClient) -> object:
        resp = client.get(f"{base}/s", params=params, token=SECRET)
        return resp.json()

    return call


@pytest.mark.parametrize("kind", [k for k in ErrorKind], ids=str)
def test_errors_never_contain_the_secret(server: ReplayServer, kind: ErrorKind) -> None:
    client = HttpClient(read_timeout=0.3, max_bytes=100_000)
    err = _error(lambda: _provoke(kind, server)(client))
    assert err.kind is kind
    for text in (str(err), repr(err), err.message, *map(str, err.args)):
        assert SECRET not in text
        assert quote(SECRET) not in text
    if kind in (ErrorKind.AUTH, ErrorKind.HTTP):
        assert "[hidden]" in str(err)  # the echo was scrubbed, not dropped


def test_secret_in_a_bluesky_style_login_body_is_hidden(server: ReplayServer) -> None:
    server.route(
        "/login", Reply(401, {"error": "AuthenticationRequired", "message": SECRET}), method="POST"
    )
    client = HttpClient()
    err = _error(
        lambda: client.post_json(f"{server.url}/login", {"password": SECRET}, secrets=[SECRET])
    )
    assert isinstance(err, HttpError) and err.code == "AuthenticationRequired"
    assert SECRET not in str(err) and SECRET not in repr(err)


def test_registry_gives_each_kind_its_fetcher() -> None:
    from triage.sources.registry import fetcher_for

    shared = HttpClient()
    for kind in SourceKind:
        fetcher = fetcher_for(kind, shared)
        assert fetcher.kind is kind
        if kind in (SourceKind.RSS, SourceKind.MASTODON, SourceKind.BLUESKY):
            assert fetcher.client is shared  # type: ignore[attr-defined]
