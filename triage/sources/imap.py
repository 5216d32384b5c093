"""A mailbox as a source: new messages of one IMAP folder, over TLS, read without marking them.

The cursor is the folder's UIDVALIDITY and the highest UID handed over. UIDs only grow while
UIDVALIDITY stays the same; when it changes the server renumbered the folder, so the fetcher reads
it again from the start and the importer drops what it already has by Message-ID.
"""

from __future__ import annotations

import base64
import contextlib
import imaplib
import json
import re
import socket
import ssl
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from triage.clock import Clock, SystemClock
from triage.domain.models import QuarantineEntry
from triage.sources import mail
from triage.sources.base import (
    ErrorKind,
    FetchResult,
    Parsed,
    SourceError,
    SourceKind,
    SourceSpec,
)

DEFAULT_FOLDER = "INBOX"
DEFAULT_TIMEOUT = 20.0
TLS_PORT = 993
STARTTLS_PORT = 143
BATCH_BYTES = 16 * 1024 * 1024  # bodies fetched per round trip: few round trips, bounded memory
BATCH_COUNT = 50
SECURITY = ("tls", "starttls")
AUTH_REFUSED = "The mail server refused the user name or password."


@dataclass(frozen=True, slots=True)
class _Settings:
    host: str
    port: int
    security: str
    username: str
    password: str
    folder: str
    timeout: float
    context: ssl.SSLContext
    max_bytes: int


class ImapFetcher:
    """New mail in one folder of an IMAP account. TLS (993) or STARTTLS; never plain text.

    spec.target: "host[:port]"; spec.secret: the password (an app password where the provider
    has them). settings: username (required), folder ("INBOX"), security ("tls" or
    "starttls"), ca_file (a private CA to trust besides the system ones), timeout (seconds, 20),
    max_message_bytes (10 MB; larger mails are quarantined without downloading them).
    """

    kind = SourceKind.IMAP

    def __init__(
        self,
        *,
        max_message_bytes: int = mail.DEFAULT_MAX_BYTES,
        clock: Clock | None = None,
    ) -> None:
        self.max_message_bytes = max_message_bytes
        self.clock = clock or SystemClock()

    def fetch(self, spec: SourceSpec, cursor: str, limit: int) -> FetchResult:
        settings = self._settings(spec)
        try:
            return self._fetch(settings, cursor, max(1, limit))
        except SourceError:
            raise
        except TimeoutError:
            raise SourceError(
                ErrorKind.TIMEOUT,
                f"The mail server {settings.host} did not answer within {settings.timeout:g} s.",
            ) from None
        except ssl.SSLCertVerificationError as exc:
            raise SourceError(
                ErrorKind.NETWORK,
                f"The certificate of {settings.host} was not accepted ({exc.verify_message}).",
            ) from None
        except ssl.SSLError as exc:
            raise SourceError(
                ErrorKind.NETWORK,
                f"No secure (TLS) connection to {settings.host}:{settings.port}: "
                f"{exc.reason or exc}.",
            ) from None
        except imaplib.IMAP4.abort as exc:
            raise SourceError(
                ErrorKind.NETWORK,
                _scrub(f"The mail server closed the connection: {exc}", settings.password),
            ) from None
        except imaplib.IMAP4.error as exc:
            raise SourceError(
                ErrorKind.MALFORMED,
                _scrub(f"The mail server answered unexpectedly: {exc}", settings.password),
            ) from None
        except socket.gaierror:
            raise SourceError(
                ErrorKind.NETWORK, f"The mail server name {settings.host} could not be found."
            ) from None
        except ConnectionRefusedError:
            raise SourceError(
                ErrorKind.NETWORK,
                f"The mail server {settings.host}:{settings.port} refused the connection.",
            ) from None
        except OSError as exc:
            raise SourceError(
                ErrorKind.NETWORK,
                f"Could not reach the mail server {settings.host}:{settings.port}: "
                f"{exc.strerror or exc}.",
            ) from None

    # -- settings -------------------------------------------------------------------------------

    def _settings(self, spec: SourceSpec) -> _Settings:
        s: Mapping[str, Any] = spec.settings
        security = str(s.get("security") or "tls").strip().lower()
        if security == "ssl":
            security = "tls"
        if security not in SECURITY:
            # Mail passwords must not cross the network readable: there is no plain-text mode.
            raise SourceError(
                ErrorKind.CONFIG,
                f"Security '{security}' is not allowed: use 'tls' (port 993) or 'starttls' "
                "(port 143). Plain-text IMAP is never used.",
            )
        host, port = _host_port(spec.target, TLS_PORT if security == "tls" else STARTTLS_PORT)
        username = str(s.get("username") or "").strip()
        if not username:
            raise SourceError(ErrorKind.CONFIG, "The mail source needs a user name.")
        if not spec.secret:
            raise SourceError(ErrorKind.CONFIG, "The mail source needs a password.")
        folder = str(s.get("folder") or DEFAULT_FOLDER).strip() or DEFAULT_FOLDER
        try:
            timeout = float(s.get("timeout") or DEFAULT_TIMEOUT)
            max_bytes = int(s.get("max_message_bytes") or self.max_message_bytes)
        except (TypeError, ValueError):
            raise SourceError(
                ErrorKind.CONFIG, "timeout and max_message_bytes must be numbers."
            ) from None
        if timeout <= 0 or max_bytes <= 0:
            raise SourceError(ErrorKind.CONFIG, "timeout and max_message_bytes must be positive.")
        return _Settings(
            host=host,
            port=port,
            security=security,
            username=username,
            password=spec.secret,
            folder=folder,
            timeout=timeout,
            context=_tls_context(s.get("ca_file")),
            max_bytes=max_bytes,
        )

    # -- the poll -------------------------------------------------------------------------------

    def _fetch(self, s: _Settings, cursor: str, limit: int) -> FetchResult:
        conn = _connect(s)
        try:
            result = self._session(conn, s, cursor, limit)
        except (OSError, imaplib.IMAP4.abort):
            _drop(conn)  # broken or hung: a polite LOGOUT would only wait out the timeout again
            raise
        except BaseException:
            _close(conn)
            raise
        _close(conn)
        return result

    def _session(self, conn: imaplib.IMAP4, s: _Settings, cursor: str, limit: int) -> FetchResult:
        _login(conn, s)
        typ, data = conn.select(_mailbox(s.folder), readonly=True)  # EXAMINE: flags untouched
        if typ != "OK":
            raise SourceError(
                ErrorKind.CONFIG,
                f"The folder '{s.folder}' does not exist on the mail server or cannot be "
                f"opened ({_text(data)}).",
            )
        uidvalidity = _number(conn.response("UIDVALIDITY")[1])
        if uidvalidity is None:
            raise SourceError(ErrorKind.MALFORMED, "The mail server sent no UIDVALIDITY.")
        known_validity, last_uid = _read_cursor(cursor)
        note = ""
        if known_validity not in (None, uidvalidity):
            last_uid = 0
            note = (
                f"The folder '{s.folder}' was renumbered by the mail server (UIDVALIDITY "
                "changed); reading it again from the start, already imported mails are "
                "skipped."
            )
        uids = self._new_uids(conn, last_uid)
        batch = uids[:limit]
        items = self._messages(conn, s, batch) if batch else []
        next_cursor = _write_cursor(uidvalidity, batch[-1] if batch else last_uid)
        return FetchResult(items, next_cursor, more=len(uids) > limit, note=note)

    @staticmethod
    def _new_uids(conn: imaplib.IMAP4, last_uid: int) -> list[int]:
        typ, data = conn.uid("SEARCH", f"UID {last_uid + 1}:*")
        if typ != "OK":
            raise SourceError(
                ErrorKind.MALFORMED, f"The mail server could not list new mail ({_text(data)})."
            )
        found = {int(t) for chunk in data if isinstance(chunk, bytes) for t in chunk.split()}
        # "n:*" always matches the newest message, even when n is above it: keep only new UIDs.
        return sorted(u for u in found if u > last_uid)

    def _messages(self, conn: imaplib.IMAP4, s: _Settings, uids: list[int]) -> list[Parsed]:
        meta = _fetch_meta(conn, uids)
        now = self.clock.now()
        items: list[Parsed] = []
        small: list[int] = []
        for uid in uids:
            if uid not in meta:
                continue  # expunged since the search: nothing to read, the cursor passes it
            size, _ = meta[uid]
            if size > s.max_bytes:  # never download it: quarantine it with its headers only
                items.append(mail.too_large(size, s.max_bytes, uid, _fetch_headers(conn, uid)))
            else:
                small.append(uid)
        for chunk in _batches(small, meta):
            bodies = _fetch_bodies(conn, chunk)
            for uid in chunk:
                if uid not in bodies:  # the cursor passes it: say so rather than lose it quietly
                    reason = f"the mail server did not send message UID {uid} (deleted meanwhile?)"
                    items.append(QuarantineEntry(uid, reason))
                    continue
                received = meta[uid][1] or now
                items.append(
                    mail.parse_message(bodies[uid], received, max_bytes=s.max_bytes, line=uid)
                )
        items.sort(key=lambda item: item.line)
        return items


# -- connection ---------------------------------------------------------------------------------


def _tls_context(ca_file: object) -> ssl.SSLContext:
    context = ssl.create_default_context()  # verifies the certificate and the host name
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if ca_file:
        path = Path(str(ca_file)).expanduser()
        if not path.is_file():
            raise SourceError(ErrorKind.CONFIG, f"The CA file {path} does not exist.")
        try:
            context.load_verify_locations(cafile=str(path))
        except (ssl.SSLError, OSError, ValueError):
            raise SourceError(
                ErrorKind.CONFIG, f"The CA file {path} is not a PEM certificate."
            ) from None
    return context


def _host_port(target: str, default_port: int) -> tuple[str, int]:
    value = target.strip()
    if value.lower().startswith("imaps://"):
        value = value[len("imaps://") :]
    value = value.rstrip("/")
    if not value or "/" in value:
        raise SourceError(
            ErrorKind.CONFIG,
            f"'{target}' is not a mail server: use a host name with an optional :port.",
        )
    if value.startswith("["):  # [IPv6]:port
        host, _, rest = value[1:].partition("]")
        port_text = rest[1:] if rest.startswith(":") else ""
    elif value.count(":") == 1:
        host, _, port_text = value.partition(":")
    else:  # a host name, or a bare IPv6 address
        host, port_text = value, ""
    if not port_text:
        return host, default_port
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise SourceError(ErrorKind.CONFIG, f"'{port_text}' is not a port number.")
    return host, int(port_text)


def _connect(s: _Settings) -> imaplib.IMAP4:
    if s.security == "tls":
        return imaplib.IMAP4_SSL(s.host, s.port, ssl_context=s.context, timeout=s.timeout)
    conn = imaplib.IMAP4(s.host, s.port, timeout=s.timeout)
    try:
        if "STARTTLS" not in conn.capabilities:
            raise SourceError(
                ErrorKind.NETWORK,
                f"The mail server {s.host}:{s.port} does not offer STARTTLS; plain-text IMAP "
                "is not allowed.",
            )
        conn.starttls(ssl_context=s.context)
    except BaseException:
        _drop(conn)
        raise
    return conn


def _login(conn: imaplib.IMAP4, s: _Settings) -> None:
    try:
        if s.username.isascii() and s.password.isascii():
            conn.login(s.username, s.password)
        else:  # LOGIN is ASCII-only; SASL PLAIN carries UTF-8
            secret = f"\0{s.username}\0{s.password}".encode()
            conn.authenticate("PLAIN", lambda _challenge: secret)
    except imaplib.IMAP4.abort:
        raise
    except imaplib.IMAP4.error:
        raise SourceError(ErrorKind.AUTH, AUTH_REFUSED) from None


def _close(conn: imaplib.IMAP4) -> None:
    try:
        conn.logout()  # also closes the socket
    except Exception:
        _drop(conn)


def _drop(conn: imaplib.IMAP4) -> None:
    with contextlib.suppress(Exception):
        conn.shutdown()


# -- IMAP data ----------------------------------------------------------------------------------

_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_INTERNALDATE = re.compile(rb'\bINTERNALDATE "([^"]+)"')
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _fetch_meta(conn: imaplib.IMAP4, uids: list[int]) -> dict[int, tuple[int, datetime | None]]:
    """uid -> (size in bytes, arrival time): cheap, and decides what may be downloaded."""
    typ, data = conn.uid("FETCH", _uid_set(uids), "(UID RFC822.SIZE INTERNALDATE)")
    if typ != "OK":
        raise SourceError(
            ErrorKind.MALFORMED, f"The mail server could not list mail sizes ({_text(data)})."
        )
    meta: dict[int, tuple[int, datetime | None]] = {}
    for line in _response_lines(data):
        uid, size = _UID.search(line), _SIZE.search(line)
        if uid and size:
            when = _INTERNALDATE.search(line)
            meta[int(uid.group(1))] = (
                int(size.group(1)),
                _internaldate(when.group(1)) if when else None,
            )
    return meta


def _fetch_bodies(conn: imaplib.IMAP4, uids: list[int]) -> dict[int, bytes]:
    # BODY.PEEK never sets \\Seen: the team's mail client still shows the mail as unread.
    typ, data = conn.uid("FETCH", _uid_set(uids), "(UID BODY.PEEK[])")
    if typ != "OK":
        raise SourceError(
            ErrorKind.MALFORMED, f"The mail server could not send the mails ({_text(data)})."
        )
    return dict(_literals(data))


def _fetch_headers(conn: imaplib.IMAP4, uid: int) -> bytes:
    fields = "(UID BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE MESSAGE-ID)])"
    typ, data = conn.uid("FETCH", str(uid), fields)
    return next((body for _, body in _literals(data)), b"") if typ == "OK" else b""


def _literals(data: list[Any]) -> Iterator[tuple[int, bytes]]:
    """(uid, literal) pairs of a FETCH answer; the UID may come before or after the literal."""
    for i, item in enumerate(data):
        if not (isinstance(item, tuple) and len(item) == 2):
            continue
        head, body = item
        found = _UID.search(head) if isinstance(head, bytes) else None
        if found is None and i + 1 < len(data) and isinstance(data[i + 1], bytes):
            found = _UID.search(data[i + 1])
        if found is not None and isinstance(body, bytes):
            yield int(found.group(1)), body


def _response_lines(data: list[Any]) -> Iterator[bytes]:
    for item in data:
        if isinstance(item, bytes):
            yield item
        elif isinstance(item, tuple) and item and isinstance(item[0], bytes):
            yield item[0]


def _batches(
    uids: list[int], meta: Mapping[int, tuple[int, datetime | None]]
) -> Iterator[list[int]]:
    chunk: list[int] = []
    total = 0
    for uid in uids:
        size = meta[uid][0]
        if chunk and (total + size > BATCH_BYTES or len(chunk) >= BATCH_COUNT):
            yield chunk
            chunk, total = [], 0
        chunk.append(uid)
        total += size
    if chunk:
        yield chunk


def _uid_set(uids: list[int]) -> str:
    """ "1:4,7,9:10": compact, so a long page stays a short command line."""
    ranges: list[str] = []
    start = prev = uids[0]
    for uid in [*uids[1:], -1]:
        if uid == prev + 1:
            prev = uid
            continue
        ranges.append(str(start) if start == prev else f"{start}:{prev}")
        start = prev = uid
    return ",".join(ranges)


def _internaldate(value: bytes) -> datetime | None:
    """'23-Nov-2026 12:55:10 +0000' without strptime, whose month names follow the locale."""
    found = re.fullmatch(
        rb"\s*(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)", value
    )
    if found is None:
        return None
    day, month, year, hh, mm, ss, sign, oh, om = (g.decode() for g in found.groups())
    if month.lower() not in _MONTHS:
        return None
    offset = timedelta(hours=int(oh), minutes=int(om)) * (-1 if sign == "-" else 1)
    try:
        local = datetime(
            int(year),
            _MONTHS.index(month.lower()) + 1,
            int(day),
            int(hh),
            int(mm),
            int(ss),
            tzinfo=timezone(offset),
        )
    except ValueError:
        return None
    return local.astimezone(UTC)


def _mailbox(name: str) -> str:
    """A folder name as IMAP wants it: modified UTF-7 (RFC 3501 5.1.3), quoted."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            encoded = base64.b64encode("".join(pending).encode("utf-16-be")).decode()
            out.append("&" + encoded.rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for ch in name:
        if 0x20 <= ord(ch) <= 0x7E:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            pending.append(ch)
    flush()
    quoted = "".join(out).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{quoted}"'


def _read_cursor(cursor: str) -> tuple[int | None, int]:
    """(uidvalidity or None, last uid); an unreadable cursor starts over (duplicates drop)."""
    try:
        data = json.loads(cursor) if cursor else {}
        validity, last = data.get("uidvalidity"), data.get("last_uid", 0)
        if isinstance(validity, int) and isinstance(last, int) and last >= 0:
            return validity, last
    except (ValueError, AttributeError):
        pass
    return None, 0


def _write_cursor(uidvalidity: int, last_uid: int) -> str:
    return json.dumps({"uidvalidity": uidvalidity, "last_uid": last_uid})


def _number(data: list[Any] | None) -> int | None:
    for item in data or []:
        if isinstance(item, bytes) and item.strip().isdigit():
            return int(item)
    return None


def _text(data: list[Any] | None) -> str:
    parts = [d.decode("utf-8", "replace") for d in data or [] if isinstance(d, bytes)]
    return " ".join(parts)[:200]


def _scrub(text: str, secret: str) -> str:
    return text.replace(secret, "•••") if secret else text
