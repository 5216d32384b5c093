"""A small, careful HTTP client for the live sources.

Standard library only. It bounds time (connect, read, total) and size (also after gunzip),
follows redirects only on the same host, and turns every failure into a SourceError whose
message is a plain sentence with all secrets of the request scrubbed out.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import re
import socket
import ssl
import time
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import SplitResult, parse_qs, quote, quote_plus, urlencode, urljoin, urlsplit

from triage import __version__
from triage.sources.base import ErrorKind, SourceError

USER_AGENT = f"WebcareTriage/{__version__} (social-care triage desktop app; polite polling)"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_PAUSE = 24 * 3600.0  # never believe a server asking for more than a day
CHUNK = 64 * 1024
HIDDEN = "[hidden]"

Params = Mapping[str, str | int | Sequence[str]]


class HttpError(SourceError):
    """A SourceError from an HTTP status, keeping the status and the API's short error code
    (e.g. XRPC "ExpiredToken") so a fetcher can react to it."""

    def __init__(
        self,
        kind: ErrorKind,
        message: str,
        status: int,
        code: str = "",
        retry_after: float | None = None,
    ) -> None:
        super().__init__(kind, message, retry_after)
        self.status = status
        self.code = code


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    url: str
    headers: Mapping[str, str]  # names in lower case
    body: bytes = b""
    rate_remaining: int | None = None  # requests left in the server's window
    rate_reset_after: float | None = None  # seconds until the window resets

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def host(self) -> str:
        return host_label(urlsplit(self.url))

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")

    @property
    def etag(self) -> str:
        return self.header("etag")

    @property
    def last_modified(self) -> str:
        return self.header("last-modified")

    def pause_hint(self) -> float | None:
        """How long to wait before the next poll when this reply spent the rate-limit budget."""
        if self.rate_remaining is not None and self.rate_remaining <= 0:
            return self.rate_reset_after if self.rate_reset_after is not None else 60.0
        return None

    def json(self) -> Any:
        try:
            return json.loads(self.body.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError):
            raise SourceError(
                ErrorKind.MALFORMED,
                f"The server at {self.host} sent a reply that is not valid JSON.",
            ) from None

    def links(self) -> dict[str, str]:
        """RFC 8288 Link header as {rel: absolute url}, as Mastodon pages with it."""
        out: dict[str, str] = {}
        for match in re.finditer(r"<([^>]*)>([^<]*)", self.header("link")):
            rel = re.search(r'rel\s*=\s*"?([^";,]+)"?', match.group(2))
            for name in rel.group(1).split() if rel else ():
                out.setdefault(name.lower(), urljoin(self.url, match.group(1)))
        return out


def query_value(url: str, name: str) -> str:
    values = parse_qs(urlsplit(url).query).get(name)
    return values[0] if values else ""


def host_label(parts: SplitResult) -> str:
    """host[:port] for messages; never the user-info part, which may hold a password."""
    host = parts.hostname or "an unknown server"
    return f"{host}:{parts.port}" if parts.port else host


@dataclass(slots=True)
class _Request:
    method: str
    url: str
    headers: dict[str, str]
    body: bytes | None
    secrets: tuple[str, ...]
    authorized: bool
    started: float = field(default_factory=time.monotonic)


class HttpClient:
    def __init__(
        self,
        *,
        connect_timeout: float = 5.0,
        read_timeout: float = 20.0,
        total_timeout: float = 60.0,
        max_bytes: int = 5 * 1024 * 1024,
        max_redirects: int = 5,
        user_agent: str = USER_AGENT,
        now: Callable[[], float] = time.time,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.user_agent = user_agent
        self._now = now
        self._ssl = ssl_context or ssl.create_default_context()

    def get(
        self,
        url: str,
        *,
        params: Params | None = None,
        headers: Mapping[str, str] | None = None,
        token: str = "",
        secrets: Sequence[str] = (),
        etag: str = "",
        modified: str = "",
    ) -> Response:
        """GET `url`; `token` goes out as a Bearer header. A 304 comes back as a Response
        with not_modified set; every failure raises SourceError."""
        extra = dict(headers or {})
        if etag:
            extra["If-None-Match"] = etag
        if modified:
            extra["If-Modified-Since"] = modified
        return self._send("GET", with_params(url, params), None, extra, token, secrets)

    def post_json(
        self,
        url: str,
        payload: object,
        *,
        headers: Mapping[str, str] | None = None,
        token: str = "",
        secrets: Sequence[str] = (),
    ) -> Response:
        extra = {"Content-Type": "application/json", **(headers or {})}
        body = json.dumps(payload).encode("utf-8")
        return self._send("POST", url, body, extra, token, secrets)

    # -- one request, redirects included --------------------------------------------------

    def _send(
        self,
        method: str,
        url: str,
        body: bytes | None,
        headers: dict[str, str],
        token: str,
        secrets: Sequence[str],
    ) -> Response:
        sent = {
            "User-Agent": self.user_agent,
            "Accept-Encoding": "gzip",
            "Accept": "application/json, application/rss+xml, application/atom+xml, */*;q=0.5",
            **headers,
        }
        if token:
            sent["Authorization"] = f"Bearer {token}"
        hidden = [token, *secrets, *(v for k, v in sent.items() if k.lower() == "authorization")]
        req = _Request(
            method, url, sent, body, tuple(s for s in hidden if s), authorized=bool(token)
        )
        try:
            return self._follow(req)
        except SourceError as exc:
            raise _scrubbed(exc, req.secrets) from None

    def _follow(self, req: _Request) -> Response:
        parts = _check_url(req.url)
        for _hop in range(self.max_redirects + 1):
            status, reason, headers, body = self._exchange(req, parts)
            location = headers.get("location", "")
            if status not in REDIRECTS or not location:
                return self._finish(req, parts, status, reason, headers, body)
            target = urljoin(req.url, location)
            parts = _check_redirect(parts, target)
            req.url = target
            if status == 303 or (status in (301, 302) and req.method == "POST"):
                req.method, req.body = "GET", None
                req.headers.pop("Content-Type", None)
        raise SourceError(
            ErrorKind.REDIRECT,
            f"The server at {host_label(parts)} redirected more than {self.max_redirects} times.",
        )

    def _exchange(
        self, req: _Request, parts: SplitResult
    ) -> tuple[int, str, dict[str, str], bytes]:
        host = host_label(parts)
        conn: http.client.HTTPConnection
        if parts.scheme == "https":
            conn = http.client.HTTPSConnection(
                parts.hostname or "", parts.port, timeout=self.connect_timeout, context=self._ssl
            )
        else:
            conn = http.client.HTTPConnection(
                parts.hostname or "", parts.port, timeout=self.connect_timeout
            )
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        stage = "connect"
        try:
            conn.connect()
            stage = "read"
            if conn.sock is not None:
                conn.sock.settimeout(self.read_timeout)
            conn.request(req.method, path, body=req.body, headers=req.headers)
            resp = conn.getresponse()
            try:  # the response holds its own reference to the socket
                headers = _headers(resp)
                body = b"" if resp.status in REDIRECTS else self._read(resp, headers, host, req)
                return resp.status, resp.reason, headers, body
            finally:
                resp.close()
        except TimeoutError:
            if stage == "connect":
                message = f"Could not connect to {host} within {self.connect_timeout:g} seconds."
            else:
                message = (
                    f"The server at {host} did not answer within {self.read_timeout:g} seconds."
                )
            raise SourceError(ErrorKind.TIMEOUT, message) from None
        except ssl.SSLError as exc:
            why = "its certificate is not valid" if _is_cert_error(exc) else "the handshake failed"
            raise SourceError(
                ErrorKind.NETWORK, f"A secure connection to {host} failed: {why}."
            ) from None
        except socket.gaierror:
            raise SourceError(
                ErrorKind.NETWORK,
                f"The server name {parts.hostname} could not be found. "
                "Check the address and the internet connection.",
            ) from None
        except ConnectionRefusedError:
            raise SourceError(
                ErrorKind.NETWORK, f"The server at {host} refused the connection."
            ) from None
        except (OSError, http.client.HTTPException):
            raise SourceError(
                ErrorKind.NETWORK, f"The connection to {host} broke off before the reply was read."
            ) from None
        finally:
            conn.close()

    def _read(
        self,
        resp: http.client.HTTPResponse,
        headers: Mapping[str, str],
        host: str,
        req: _Request,
    ) -> bytes:
        """The body, decompressed, refusing more than max_bytes either way."""
        too_large = SourceError(
            ErrorKind.TOO_LARGE,
            f"The reply from {host} is larger than the limit of {_size(self.max_bytes)}.",
        )
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise too_large
        gzipped = headers.get("content-encoding", "").lower() in ("gzip", "x-gzip")
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS) if gzipped else None
        chunks: list[bytes] = []
        raw = size = 0
        while chunk := resp.read(CHUNK):
            if time.monotonic() - req.started > self.total_timeout:
                raise SourceError(
                    ErrorKind.TIMEOUT,
                    f"The server at {host} took longer than {self.total_timeout:g} seconds "
                    "to send its reply.",
                )
            raw += len(chunk)
            if raw > self.max_bytes:
                raise too_large
            if inflate is not None:
                try:
                    chunk = inflate.decompress(chunk, self.max_bytes - size + 1)
                except zlib.error:
                    raise SourceError(
                        ErrorKind.MALFORMED, f"The compressed reply from {host} is damaged."
                    ) from None
                if inflate.unconsumed_tail:
                    raise too_large
            size += len(chunk)
            if size > self.max_bytes:
                raise too_large
            chunks.append(chunk)
        return b"".join(chunks)

    # -- status to result -----------------------------------------------------------------

    def _finish(
        self,
        req: _Request,
        parts: SplitResult,
        status: int,
        reason: str,
        headers: dict[str, str],
        body: bytes,
    ) -> Response:
        remaining, reset_after = self._rate_budget(headers)
        if 200 <= status < 300 or status == 304:
            return Response(status, req.url, headers, body, remaining, reset_after)
        host = host_label(parts)
        code, detail = _error_detail(headers, body)
        said = f" The server said: “{detail}”" if detail else ""
        if status in (401, 403):
            refused = "refused the access token" if req.authorized else "refused access"
            message = f"The server at {host} {refused} (HTTP {status}).{said}"
            raise HttpError(ErrorKind.AUTH, message, status, code)
        if status == 429:
            wait = self._retry_after(headers)
            when = f" Try again in about {_duration(wait)}." if wait is not None else ""
            message = f"The server at {host} asks us to slow down (HTTP 429).{when}"
            raise HttpError(ErrorKind.RATE_LIMITED, message, status, code, wait)
        label = f"HTTP {status} {reason}".strip()
        message = f"The server at {host} answered with an error ({label}).{said}"
        raise HttpError(ErrorKind.HTTP, message, status, code)

    def _retry_after(self, headers: Mapping[str, str]) -> float | None:
        value = headers.get("retry-after", "").strip()
        if value:
            try:
                return _clamp(float(value))
            except ValueError:
                pass
            try:
                return _clamp(parsedate_to_datetime(value).timestamp() - self._now())
            except (TypeError, ValueError, IndexError):
                pass
        return self._rate_budget(headers)[1]

    def _rate_budget(self, headers: Mapping[str, str]) -> tuple[int | None, float | None]:
        """Mastodon's X-RateLimit-* (reset as an ISO time) or Bluesky's RateLimit-*
        (reset as epoch seconds; small numbers are taken as seconds from now)."""
        remaining_text = headers.get("x-ratelimit-remaining") or headers.get(
            "ratelimit-remaining", ""
        )
        reset_text = (
            headers.get("x-ratelimit-reset") or headers.get("ratelimit-reset", "")
        ).strip()
        remaining: int | None = None
        with contextlib.suppress(ValueError):
            remaining = int(float(remaining_text))
        reset: float | None = None
        if reset_text:
            try:
                number = float(reset_text)
                reset = _clamp(number - self._now() if number > 1e9 else number)
            except ValueError:
                try:
                    moment = datetime.fromisoformat(reset_text.replace("Z", "+00:00"))
                    reset = _clamp(moment.timestamp() - self._now())
                except ValueError:
                    pass
        return remaining, reset


# -- small pure helpers ---------------------------------------------------------------------


def with_params(url: str, params: Params | None) -> str:
    if not params:
        return url
    query = urlencode(
        {k: v if isinstance(v, str | int) else list(v) for k, v in params.items()}, doseq=True
    )
    return f"{url}{'&' if '?' in url else '?'}{query}"


def _check_url(url: str) -> SplitResult:
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourceError(
            ErrorKind.CONFIG,
            f"“{url[:200]}” is not a web address; it must start with https:// and name a server.",
        )
    return parts


def _check_redirect(origin: SplitResult, target: str) -> SplitResult:
    parts = _check_url(target)
    here, there = host_label(origin), host_label(parts)
    upgrade = origin.scheme == "http" and parts.scheme == "https" and not parts.port
    same_port = parts.scheme == origin.scheme and parts.port == origin.port
    if (parts.hostname or "").lower() != (origin.hostname or "").lower() or not (
        same_port or upgrade
    ):
        raise SourceError(
            ErrorKind.REDIRECT,
            f"The server at {here} tried to send us to another server ({there}); "
            "redirects to other servers are not followed. Check the address.",
        )
    if origin.scheme == "https" and parts.scheme != "https":
        raise SourceError(
            ErrorKind.REDIRECT,
            f"The server at {here} tried to move us to an unencrypted address; not followed.",
        )
    return parts


def _headers(resp: http.client.HTTPResponse) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in resp.getheaders():
        key = name.lower()
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


def _error_detail(headers: Mapping[str, str], body: bytes) -> tuple[str, str]:
    """(short error code, human message) from a JSON error body: Mastodon's {"error": ...}
    or XRPC's {"error": code, "message": ...}. HTML error pages say nothing useful."""
    if "json" not in headers.get("content-type", "") and not body.lstrip().startswith(b"{"):
        return "", ""
    try:
        obj = json.loads(body[:20_000].decode("utf-8", "replace"))
    except ValueError:
        return "", ""
    if not isinstance(obj, dict):
        return "", ""
    error, message = obj.get("error"), obj.get("message") or obj.get("error_description")
    code = error if isinstance(error, str) and re.fullmatch(r"[A-Za-z0-9_.:-]{1,60}", error) else ""
    text = message if isinstance(message, str) else error if isinstance(error, str) else ""
    return code, " ".join(text.split())[:200]


def _scrubbed(exc: SourceError, secrets: Sequence[str]) -> SourceError:
    message = exc.message
    for secret in sorted(secrets, key=len, reverse=True):
        for form in {secret, quote(secret, safe=""), quote_plus(secret)}:
            message = message.replace(form, HIDDEN)
    exc.message = message
    exc.args = (message,)
    return exc


def _is_cert_error(exc: ssl.SSLError) -> bool:
    return isinstance(exc, ssl.SSLCertVerificationError) or "CERTIFICATE" in str(exc).upper()


def _clamp(seconds: float) -> float:
    return min(max(seconds, 0.0), MAX_PAUSE)


def _duration(seconds: float) -> str:
    if seconds < 1.5:
        return "1 second"
    if seconds < 90:
        return f"{round(seconds)} seconds"
    return f"{round(seconds / 60)} minutes"


def _size(n: int) -> str:
    return f"{round(n / 1024 / 1024, 1):g} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"
