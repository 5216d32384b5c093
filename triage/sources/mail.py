"""One e-mail (RFC 5322 bytes) in, one message or one quarantine entry out.

Mail is hostile input: wrong charsets, HTML with scripts, whole quoted threads, 20 MB photos.
The parser never raises on a message. It keeps what the customer wrote now, as plain text,
lists attachments without opening them, and quarantines what it cannot read, with a reason.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from html.parser import HTMLParser

from triage.domain.models import QuarantineEntry, RawMention
from triage.ingest.formats import MAX_TEXT

CHANNEL = "email"
DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # larger mails are almost always attachments, not words
MAX_ID = 300  # the store's column width for external ids
MAX_FUTURE = timedelta(days=1)  # a Date further ahead than this is a broken clock or spam
QUARANTINE_RAW = 1000  # characters of the message kept with a quarantine entry
MAX_ATTACHMENTS_LISTED = 20
MAX_SUBJECT = 998  # RFC 5322's line limit; longer is junk

Parsed = RawMention | QuarantineEntry


# -- entry points -------------------------------------------------------------------------------


def parse_message(
    raw: bytes,
    received_at: datetime,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    line: int = 0,
    channel: str = CHANNEL,
) -> Parsed:
    """The message in `raw`, or why it cannot be imported. Never raises.

    `received_at` is used when the Date header is missing or unusable; `line` is where the
    message came from (an IMAP UID), kept for the quarantine and reports.
    """
    if len(raw) > max_bytes:
        return too_large(len(raw), max_bytes, line, raw[:QUARANTINE_RAW])
    try:
        return _parse(raw, _utc(received_at), line, channel)
    except Exception as exc:  # the email package has odd corners; one mail must not stop a poll
        return QuarantineEntry(line, f"unreadable e-mail: {type(exc).__name__}: {exc}", _shown(raw))


def too_large(size: int, max_bytes: int, line: int = 0, head: bytes = b"") -> QuarantineEntry:
    """The quarantine entry for a message over the size cap (the caller may not have its body)."""
    return QuarantineEntry(
        line,
        f"e-mail too large ({_size(size)}, at most {_size(max_bytes)}); not imported",
        _shown(head),
    )


# -- parsing ------------------------------------------------------------------------------------


def _parse(raw: bytes, received_at: datetime, line: int, channel: str) -> Parsed:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(msg, EmailMessage)  # policy.default always builds EmailMessage
    if not msg.keys():
        return QuarantineEntry(line, "not an e-mail message: no headers found", _shown(raw))
    author, author_name = _sender(msg)
    if not author:
        return QuarantineEntry(
            line, "no sender address (From header missing or unreadable)", _shown(raw)
        )
    subject = _one_line(_unstructured(msg, "Subject"))[:MAX_SUBJECT]
    body, used = _body(msg)
    attachments = _attachments(msg, used)
    if not subject and not body:
        why = "only attachments" if attachments else "empty or undecodable body"
        return QuarantineEntry(line, f"no readable text in the e-mail ({why})", _shown(raw))
    text = "\n\n".join(p for p in (subject, body) if p)
    if attachments:
        text += "\n\n" + attachments
    return RawMention(
        channel=channel,
        external_id=_utf8(_message_id(msg, raw)),
        text=_utf8(text),
        created_at=_created_at(msg, received_at),
        author=_utf8(author),
        author_name=_utf8(author_name),
        in_reply_to=_utf8(_parent(msg)),
        line=line,
    )


def _sender(msg: EmailMessage) -> tuple[str, str]:
    """(lower-cased address, display name) of the first From address, or ("", "")."""
    try:
        addresses = msg["From"].addresses if msg["From"] is not None else ()
    except Exception:  # a From the header registry cannot parse
        addresses = ()
    for address in addresses:
        spec = _fix_8bit(address.addr_spec).strip().lower()
        if address.username and "@" in spec and len(spec) <= MAX_ID:
            return spec, _one_line(_fix_8bit(address.display_name))[:MAX_ID]
    return "", ""


def _created_at(msg: EmailMessage, received_at: datetime) -> datetime:
    try:
        header = msg["Date"]
        when = header.datetime if header is not None else None
    except Exception:  # e.g. a day of month the calendar does not have
        when = None
    if not isinstance(when, datetime):
        return received_at
    when = _utc(when)
    # A Date far ahead of arrival is a sender's broken clock; it would sort ahead forever.
    return received_at if when > received_at + MAX_FUTURE else when


_ID = re.compile(r"<([^<>\s]+)>")


def normalise_id(value: str) -> str:
    """A Message-ID as the importer keys it: no angle brackets, no comments, bounded length."""
    found = _ID.search(value)
    ident = found.group(1) if found else (value.strip().strip("<>").split() or [""])[0]
    if len(ident) > MAX_ID:  # hash, never truncate: two long ids may share a prefix
        return "sha1:" + hashlib.sha1(ident.encode("utf-8", "surrogateescape")).hexdigest()
    return ident


def _message_id(msg: EmailMessage, raw: bytes) -> str:
    ident = normalise_id(_raw_header(msg, "Message-ID") or "")
    # Without an id the bytes are the identity: the same mail fetched twice dedups.
    return ident or "sha1:" + hashlib.sha1(raw).hexdigest()


def _parent(msg: EmailMessage) -> str:
    """The message this one answers: In-Reply-To, else the last of References."""
    reply = normalise_id(_raw_header(msg, "In-Reply-To") or "")
    if reply:
        return reply
    refs = _ID.findall(_raw_header(msg, "References") or "")
    return normalise_id(f"<{refs[-1]}>") if refs else ""


def _raw_header(msg: Message, name: str) -> str | None:
    """A header's source text, unfolded, without the header registry's parsing."""
    for key, value in msg.raw_items():
        if key.lower() == name.lower():
            return re.sub(r"\r?\n[ \t]", " ", str(value))
    return None


def _unstructured(msg: EmailMessage, name: str) -> str:
    raw = _raw_header(msg, name)
    if raw is None:
        return ""
    # 8-bit bytes in a header (no RFC 2047 encoding) arrive as surrogates: guess their charset.
    value = _fix_8bit(raw)
    try:
        return str(msg.policy.header_factory(name, value))  # type: ignore[attr-defined]
    except Exception:
        return value


_SURROGATES = re.compile("[\udc80-\udcff]")


def _fix_8bit(value: str) -> str:
    if not _SURROGATES.search(value):
        return value
    return decode_text(value.encode("utf-8", "surrogateescape"), None)


# -- body ---------------------------------------------------------------------------------------


def _body(msg: EmailMessage) -> tuple[str, set[int]]:
    """The new words of the message and the ids of the parts they came from."""
    for kind in ("plain", "html"):
        try:
            part = msg.get_body(preferencelist=(kind,))
        except Exception:
            part = None
        if part is None:
            continue
        text = _part_text(part)
        if kind == "html":
            text = html_to_text(text)
        elif str(part.get_param("format", "")).lower() == "flowed":
            text = _unflow(text, str(part.get_param("delsp", "")).lower() == "yes")
        text = _clean(trim_quoted(text))
        if text:  # an empty text/plain next to a real HTML part: use the HTML
            return _shorten(text), {id(part)}
    return "", set()


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return decode_text(payload, part.get_content_charset())


def decode_text(data: bytes, charset: str | None) -> str:
    """Bytes as text, trusting the declared charset only as far as it decodes cleanly.

    Wrong labels are common (windows-1252 sent as us-ascii or utf-8), so: the declared charset,
    then UTF-8, then windows-1252, then latin-1, which accepts anything.
    """
    for candidate in (charset, "utf-8", "cp1252"):
        if not candidate:
            continue
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeError, ValueError):  # unknown name, or not that charset
            continue
    return data.decode("latin-1")


def _unflow(text: str, delsp: bool) -> str:
    """RFC 3676 format=flowed: a line ending in a space continues on the next line."""
    out: list[str] = []
    pending = ""
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if line.endswith(" ") and line != "-- " and not line.startswith(">"):
            pending += line[:-1] if delsp else line
            continue
        out.append(pending + line)
        pending = ""
    if pending:
        out.append(pending)
    return "\n".join(out)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff\xad]")


def _clean(text: str) -> str:
    """Plain lines: no control characters, no trailing spaces, at most one blank line in a row."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _one_line(text: str) -> str:
    return " ".join(_CONTROL.sub("", text).split())


def _shorten(text: str) -> str:
    # Longer than any message the analyzer reads; keep the start, where the customer writes.
    if len(text) <= MAX_TEXT - 200:
        return text
    return text[: MAX_TEXT - 200].rstrip() + "\n[… message shortened]"


# -- quoted replies -----------------------------------------------------------------------------

# Attribution lines mail clients put above a quoted message, in the languages we meet.
_ATTRIBUTION = (
    re.compile(r"^on\s.{0,400}\swrote\s?:$", re.I | re.S),
    re.compile(r"^op\s.{0,400}\s(schreef|geschreven)\b.{0,300}:$", re.I | re.S),
    re.compile(r"^am\s.{0,400}\sschrieb\b.{0,300}:$", re.I | re.S),
    re.compile(r"^le\s.{0,400}\sa\s+écrit\s?:$", re.I | re.S),
)
_STARTS = ("on ", "op ", "am ", "le ")
_SEPARATOR = re.compile(
    r"^-{2,}\s*(original message|oorspronkelijk bericht|origineel bericht|"
    r"ursprüngliche nachricht|message d'origine)\s*-{2,}$",
    re.I,
)
_RULE = re.compile(r"^_{10,}$")  # Outlook's line above "From: … Sent: …"
_FROM = re.compile(r"^\*?(from|van|von|de)\s*:", re.I)
_SENT = re.compile(r"^\*?(sent|date|verzonden|datum|gesendet|envoyé|to|aan|an|à)\s*:", re.I)


def trim_quoted(text: str) -> str:
    """What the sender wrote now: the text above the first quoted message, minus '>' lines.

    If nothing is left (a bare forward), the whole text is kept rather than lose it.
    """
    lines = text.replace("\r\n", "\n").split("\n")
    cut = next((i for i in range(len(lines)) if _quote_starts(lines, i)), len(lines))
    kept = [line for line in lines[:cut] if not line.lstrip().startswith(">")]
    result = "\n".join(kept).strip()
    return result if result else text


def _quote_starts(lines: list[str], i: int) -> bool:
    line = lines[i].strip()
    if _SEPARATOR.match(line):
        return True
    following = [s.strip() for s in lines[i + 1 : i + 4] if s.strip()]
    if _RULE.match(line):
        return bool(following) and _FROM.match(following[0]) is not None
    if _FROM.match(line):
        return any(_SENT.match(s) for s in following[:3])
    if line.lower().startswith(_STARTS):
        # Clients wrap long attributions ("On …, Jan <\njan@x.nl> wrote:"): try up to 3 lines.
        for end in range(i + 1, min(i + 4, len(lines) + 1)):
            joined = " ".join(s.strip() for s in lines[i:end])
            if any(p.match(joined) for p in _ATTRIBUTION):
                return True
    return False


# -- HTML ---------------------------------------------------------------------------------------

_SKIP = frozenset(
    {"script", "style", "head", "title", "template", "noscript", "object", "iframe", "svg"}
)
_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "center",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "section",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
    ]
)
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "table"})


class _Line:
    __slots__ = ("chunks", "depth", "filled")

    def __init__(self, depth: int) -> None:
        self.depth = depth  # <blockquote> depth when its first words were written
        self.chunks: list[str] = []
        self.filled = False  # holds more than whitespace


class _HtmlText(HTMLParser):
    """Collects the visible text of an HTML mail; markup, scripts and styles never pass."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # entities arrive unescaped in handle_data
        self.skipping: list[str] = []
        self.quote = 0  # <blockquote> depth: those lines become "> " lines, trimmed later
        self.pre = 0
        self.lines: list[_Line] = [_Line(0)]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping.append(tag)
            return
        if tag == "body":  # an unclosed <head> must not swallow the body
            self.skipping = [t for t in self.skipping if t not in ("head", "title")]
        if self.skipping:
            return
        if tag == "br":
            self._newline()
        elif tag in _PARAGRAPH:
            self._paragraph()
        elif tag in _BLOCK:
            self._newline()
        if tag == "blockquote":
            self.quote += 1
        elif tag == "pre":
            self.pre += 1
        elif tag == "li":
            self._write("- ")
        elif tag in ("td", "th"):
            self._write(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            if tag in self.skipping:  # close it and anything left open inside it
                del self.skipping[len(self.skipping) - 1 - self.skipping[::-1].index(tag) :]
            return
        if self.skipping:
            return
        if tag == "blockquote":
            self.quote = max(0, self.quote - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in _PARAGRAPH:
            self._paragraph()
        elif tag in _BLOCK or tag == "br":  # browsers read </br> as <br>
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if not self.pre:
            self._write(data)
            return
        for i, piece in enumerate(data.split("\n")):
            if i:
                self._newline()
            self._write(piece)

    def _write(self, data: str) -> None:
        line = self.lines[-1]
        if not line.filled:
            line.depth = self.quote
        line.chunks.append(data)
        line.filled = line.filled or bool(data.strip())

    def _newline(self) -> None:
        if self.lines[-1].filled:
            self.lines.append(_Line(self.quote))

    def _paragraph(self) -> None:
        self._newline()
        if len(self.lines) > 1 and self.lines[-2].filled:
            self.lines.append(_Line(self.quote))  # an empty line between paragraphs

    def text(self) -> str:
        out: list[str] = []
        for line in self.lines:
            words = " ".join("".join(line.chunks).split())
            out.append(("> " * line.depth + words) if words else "")
        return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


def html_to_text(html: str) -> str:
    """Visible text of an HTML body: no tags, scripts or styles; blocks and <br> break lines."""
    parser = _HtmlText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # keep what was read; never fall back to the raw markup
        pass
    return parser.text()


# -- attachments --------------------------------------------------------------------------------


def _leaves(part: Message) -> Iterator[Message]:
    """Every non-multipart part; a forwarded message (message/rfc822) counts as one leaf."""
    if part.get_content_maintype() == "multipart" and part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, Message):
                yield from _leaves(sub)
    else:
        yield part


def _attachments(msg: EmailMessage, used: set[int]) -> str:
    """ "[attachments: invoice.pdf (12 kB), …]" from the MIME headers; nothing is decoded."""
    listed: list[str] = []
    for part in _leaves(msg):
        if id(part) in used:
            continue
        try:
            entry = _attachment(part)
        except Exception:  # a mangled filename or nested mail: still say something is attached
            entry = "(unreadable attachment)"
        if entry:
            listed.append(entry)
    if not listed:
        return ""
    more = len(listed) - MAX_ATTACHMENTS_LISTED
    shown = ", ".join(listed[:MAX_ATTACHMENTS_LISTED]) + (f" and {more} more" if more > 0 else "")
    return f"[attachments: {shown}]"


def _attachment(part: Message) -> str:
    filename = _one_line(_fix_8bit(str(part.get_filename() or "")))[:100]
    disposition = (part.get_content_disposition() or "").lower()
    ctype = part.get_content_type()
    if ctype in ("text/plain", "text/html") and not filename and disposition != "attachment":
        return ""  # the other alternative of the body, not an attachment
    name = filename or ("forwarded e-mail" if ctype == "message/rfc822" else f"({ctype})")
    return f"{name} ({_size(_encoded_size(part))})"


def _encoded_size(part: Message) -> int:
    """The decoded size, estimated from the transfer-encoded text without decoding it."""
    payload = part.get_payload()
    if isinstance(payload, list):  # message/rfc822: the size of the enclosed message
        return sum(len(p.as_bytes()) for p in payload if isinstance(p, Message))
    text = str(payload)
    if str(part.get("Content-Transfer-Encoding", "")).strip().lower() == "base64":
        compact = "".join(text.split())
        return max(0, len(compact) * 3 // 4 - compact[-2:].count("="))
    return len(text.encode("utf-8", "surrogateescape"))


def _size(n: int) -> str:
    if n < 1000:
        return f"{n} B"
    if n < 1_000_000:
        return f"{max(1, round(n / 1000))} kB"
    return f"{n / 1_000_000:.1f} MB"


# -- helpers ------------------------------------------------------------------------------------


def _utc(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _utf8(text: str) -> str:
    """Storable text: a lone surrogate left by some odd header would fail the UTF-8 encoder."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _shown(raw: bytes) -> str:
    # NUL is not text to every database; the quarantine shows a replacement character instead.
    return raw[:QUARANTINE_RAW].decode("utf-8", errors="replace").replace("\x00", "\ufffd")
