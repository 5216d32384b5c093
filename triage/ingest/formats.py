"""File formats the importer reads. Each parser yields messages or quarantine entries, never raises
on a bad row: one unreadable line must not cost the rest of the file."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from triage.domain.enums import Direction
from triage.domain.errors import UnknownFormat
from triage.domain.models import QuarantineEntry, RawMention

MAX_TEXT = 20_000  # characters; longer "messages" are dumps, not messages
MAX_LINE = 200_000  # bytes of one JSON line
FORMATS = ("jsonl", "eval", "twcs")
EVAL_COLUMNS = ("id", "text", "lang", "sentiment", "complaint", "reason")
TWCS_COLUMNS = (
    "tweet_id",
    "author_id",
    "inbound",
    "created_at",
    "text",
    "response_tweet_id",
    "in_response_to_tweet_id",
)
Parsed = RawMention | QuarantineEntry

csv.field_size_limit(10_000_000)  # size is judged per field below, with a clear reason


_UNDECODABLE = re.compile("[\udc80-\udcff]")


def _has_bad_bytes(text: str) -> bool:
    # surrogateescape turns undecodable bytes into lone surrogates U+DC80..U+DCFF
    return not text.isascii() and _UNDECODABLE.search(text) is not None


def _check_text(text: str) -> str | None:
    """Why a message text cannot be imported, or None when it can."""
    if _has_bad_bytes(text):
        return "text is not valid UTF-8"
    if "\x00" in text:
        return "text contains NUL bytes"
    if not text.strip():
        return "empty text"
    if len(text) > MAX_TEXT:
        return f"text too long ({len(text)} characters, at most {MAX_TEXT})"
    return None


def parse_time(value: str) -> datetime:
    value = value.strip()
    if not value:
        raise ValueError("missing time")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        parsed = datetime.strptime(value, "%a %b %d %H:%M:%S %z %Y")  # Twitter's export form
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def detect_format(path: Path, head: bytes) -> str:
    name = path.name.lower()
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    first = head.decode("utf-8", errors="replace").lstrip("\ufeff").splitlines()[:1]
    header = [c.strip() for c in next(csv.reader(first), [])] if first else []
    if set(TWCS_COLUMNS) <= set(header):
        return "twcs"
    if {"id", "text"} <= set(header):
        return "eval"
    if head.lstrip().startswith(b"{"):
        return "jsonl"
    raise UnknownFormat(f"cannot tell the format of {path.name}: use --format jsonl, eval or twcs")


def _int(value: object, default: int = 0) -> int:
    if value in (None, ""):
        return default
    if isinstance(value, bool):
        raise ValueError("expected a number")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    return int(float(str(value)))


def parse_jsonl(data: bytes, default_channel: str = "import") -> Iterator[Parsed]:
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        shown = raw[:500].decode("utf-8", errors="replace")
        if len(raw) > MAX_LINE:
            yield QuarantineEntry(number, f"line too long ({len(raw)} bytes)", shown)
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield QuarantineEntry(number, f"not valid UTF-8 (byte {exc.start})", shown)
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield QuarantineEntry(number, f"invalid JSON: {exc.msg} at column {exc.colno}", shown)
            continue
        if not isinstance(obj, dict):
            yield QuarantineEntry(number, "a line must hold one JSON object", shown)
            continue
        try:
            yield _mention_from_object(obj, number, default_channel)
        except (ValueError, TypeError) as exc:
            yield QuarantineEntry(number, str(exc), shown)


def _mention_from_object(obj: dict[str, object], number: int, default_channel: str) -> Parsed:
    text = obj.get("text")
    if not isinstance(text, str):
        raise ValueError("missing text")
    problem = _check_text(text)
    if problem:
        raise ValueError(problem)
    external_id = obj.get("external_id")
    if external_id in (None, ""):
        raise ValueError("missing external_id")
    created = obj.get("created_at")
    if not isinstance(created, str):
        raise ValueError("missing created_at")
    try:
        created_at = parse_time(created)
    except ValueError:
        raise ValueError(f"created_at is not an ISO 8601 time: {created[:40]!r}") from None
    direction = str(obj.get("direction") or "in").lower()
    if direction not in ("in", "out"):
        raise ValueError(f"direction must be 'in' or 'out', not {direction[:20]!r}")
    try:
        followers = _int(obj.get("followers"))
        interactions = _int(obj.get("interactions"))
    except ValueError:
        raise ValueError("followers and interactions must be whole numbers") from None
    if followers < 0 or interactions < 0:
        raise ValueError("followers and interactions cannot be negative")
    channel = str(obj.get("channel") or default_channel).strip().lower()
    lang = str(obj.get("lang") or "").strip().lower()
    return RawMention(
        channel=channel[:50],
        external_id=str(external_id)[:300],
        text=text,
        created_at=created_at,
        author=str(obj.get("author") or "")[:300],
        author_name=str(obj.get("author_name") or "")[:300],
        followers=followers,
        url=str(obj.get("url") or ""),
        in_reply_to=str(obj.get("in_reply_to") or "")[:300],
        lang=lang[:8],
        direction=Direction(direction),
        interactions=interactions,
        line=number,
    )


def _csv_rows(data: bytes) -> Iterator[tuple[int, list[str] | None, str]]:
    """(line number, fields or None, error) for each record; survives broken quoting and NULs."""
    text = data.decode("utf-8", errors="surrogateescape").lstrip("\ufeff")
    lines = io.StringIO(text, newline="")
    reader = csv.reader(lines, strict=True)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, None, f"unreadable CSV: {exc}"
            continue
        yield start, row, ""


def _csv_records(
    data: bytes, required: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str] | QuarantineEntry]]:
    rows = _csv_rows(data)
    header: list[str] | None = None
    for number, row, error in rows:
        if row is None:
            if header is None:
                raise UnknownFormat(f"the header line cannot be read: {error}")
            yield number, QuarantineEntry(number, error)
            continue
        if header is None:
            header = [c.strip() for c in row]
            missing = [c for c in required if c not in header]
            if missing:
                raise UnknownFormat(f"missing columns: {', '.join(missing)}")
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raw = ",".join(row)[:500]
            yield (
                number,
                QuarantineEntry(number, f"expected {len(header)} fields, found {len(row)}", raw),
            )
            continue
        yield number, dict(zip(header, row, strict=True))


def parse_eval_csv(data: bytes, imported_at: datetime, channel: str = "import") -> Iterator[Parsed]:
    for number, record in _csv_records(data, ("id", "text")):
        if isinstance(record, QuarantineEntry):
            yield record
            continue
        text = record.get("text", "")
        problem = _check_text(text) or ("missing id" if not record.get("id", "").strip() else None)
        if problem:
            yield QuarantineEntry(number, problem, text[:500].encode("utf-8", "replace").decode())
            continue
        labels = {
            k: record[k] for k in ("sentiment", "complaint", "reason") if record.get(k, "").strip()
        }
        yield RawMention(
            channel=channel,
            external_id=record["id"].strip()[:300],
            text=text,
            created_at=imported_at,
            lang=record.get("lang", "").strip().lower()[:8],
            labels=labels,
            line=number,
        )


def _tweet_id(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    return str(int(float(value))) if "." in value or "e" in value.lower() else value


def parse_twcs_csv(data: bytes, channel: str = "x") -> Iterator[Parsed]:
    """Customer Support on Twitter threads: brand replies become outbound messages."""
    for number, record in _csv_records(data, TWCS_COLUMNS):
        if isinstance(record, QuarantineEntry):
            yield record
            continue
        text = record["text"]
        raw = ",".join(record.values())[:500].encode("utf-8", "replace").decode()
        problem = _check_text(text)
        if problem:
            yield QuarantineEntry(number, problem, raw)
            continue
        try:
            tweet_id = _tweet_id(record["tweet_id"])
            parent = _tweet_id(record["in_response_to_tweet_id"])
            created_at = parse_time(record["created_at"])
        except ValueError as exc:
            yield QuarantineEntry(number, f"bad id or time: {exc}", raw)
            continue
        if not tweet_id:
            yield QuarantineEntry(number, "missing tweet_id", raw)
            continue
        inbound = record["inbound"].strip().lower() in ("true", "1", "yes")
        author = record["author_id"].strip()
        yield RawMention(
            channel=channel,
            external_id=tweet_id,
            text=text,
            created_at=created_at,
            author=author if author.startswith("@") or not author else "@" + author,
            in_reply_to=parent,
            direction=Direction.INBOUND if inbound else Direction.OUTBOUND,
            line=number,
        )


def parse(data: bytes, fmt: str, imported_at: datetime) -> Iterator[Parsed]:
    if fmt == "jsonl":
        return parse_jsonl(data)
    if fmt == "eval":
        return parse_eval_csv(data, imported_at)
    if fmt == "twcs":
        return parse_twcs_csv(data)
    raise UnknownFormat(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
