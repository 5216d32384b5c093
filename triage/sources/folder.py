"""A drop folder as a source: export files put in a folder are imported, then filed away.

Files (*.csv, *.jsonl, *.json) directly in the folder are read oldest first, once they have
stopped changing. After their messages are stored, each file moves to done/ (or to failed/ when
nothing in it could be read) with a <name>.report.json beside it.

The cursor names the files of the last page. If the app stops after storing them but before the
move, the next poll finds them still there, unchanged, and only files them: reading them again
would be harmless too, since the importer drops known messages by (channel, external_id).
"""

from __future__ import annotations

import json
import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from triage.clock import Clock, SystemClock
from triage.domain.models import QuarantineEntry, RawMention
from triage.ingest.formats import (
    detect_format,
    parse,
    parse_eval_csv,
    parse_jsonl,
    parse_twcs_csv,
)
from triage.sources.base import ErrorKind, FetchResult, Parsed, SourceError, SourceKind, SourceSpec

SUFFIXES = (".csv", ".jsonl", ".json")
DONE = "done"
FAILED = "failed"
REPORT_SUFFIX = ".report.json"
DEFAULT_SETTLE_SECONDS = 2.0  # a file changed this recently may still be being written
DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024
HEAD_BYTES = 65536  # what detect_format looks at


@dataclass(frozen=True, slots=True)
class _Stamp:
    """Which file, as it was when read: a same-named file dropped later is a different file."""

    name: str
    size: int
    mtime_ns: int

    @staticmethod
    def of(path: Path) -> _Stamp:
        st = path.stat()
        return _Stamp(path.name, st.st_size, st.st_mtime_ns)

    def matches(self, path: Path) -> bool:
        try:
            return _Stamp.of(path) == self
        except OSError:
            return False


@dataclass(slots=True)
class _FileRead:
    path: Path
    stamp: _Stamp
    fmt: str = ""
    items: list[Parsed] = field(default_factory=list)
    error: str = ""  # why the file as a whole could not be read

    @property
    def failed(self) -> bool:
        return bool(self.error) or not any(isinstance(i, RawMention) for i in self.items)


class FolderFetcher:
    """Export files dropped in a folder. spec.target: the folder.

    settings: channel (the channel for rows that name none; for CSV formats, for every row),
    settle_seconds (2), max_file_bytes (100 MB).
    """

    kind = SourceKind.FOLDER

    def __init__(
        self,
        *,
        settle_seconds: float = DEFAULT_SETTLE_SECONDS,
        max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
        clock: Clock | None = None,
        wall_time: Callable[[], float] = time.time,  # compared with file times; tests move it
    ) -> None:
        self.settle_seconds = settle_seconds
        self.max_file_bytes = max_file_bytes
        self.clock = clock or SystemClock()
        self.wall_time = wall_time

    def fetch(self, spec: SourceSpec, cursor: str, limit: int) -> FetchResult:
        folder = _folder(spec.target)
        settings = spec.settings
        channel = str(settings.get("channel") or "").strip().lower()[:50]
        settle = _number(settings, "settle_seconds", self.settle_seconds)
        max_bytes = int(_number(settings, "max_file_bytes", self.max_file_bytes))
        self._finish_committed(folder, cursor, channel, max_bytes)
        ready = self._ready(folder, settle)
        batch: list[_FileRead] = []
        items: list[Parsed] = []
        for path in ready:
            if batch and len(items) >= max(1, limit):
                break  # a file is never split: its move needs all its rows stored
            read = self._read(path, channel, max_bytes)
            if read is None:
                continue  # changed while read, or gone: next poll
            batch.append(read)
            items.extend(_labelled(read))
        more = bool(batch) and ready.index(batch[-1].path) < len(ready) - 1
        return FetchResult(
            items=items,
            cursor=_write_cursor(r.stamp for r in batch),
            more=more,
            after_commit=(lambda: self._file_all(folder, batch)) if batch else None,
            note=_note(batch),
        )

    # -- reading --------------------------------------------------------------------------------

    def _ready(self, folder: Path, settle: float) -> list[Path]:
        """Import files in the folder that stopped changing, oldest first."""
        now = self.wall_time()
        found: list[tuple[float, str, Path]] = []
        try:
            entries = list(folder.iterdir())
        except OSError as exc:
            raise SourceError(
                ErrorKind.CONFIG, f"The folder {folder} cannot be read: {exc.strerror or exc}."
            ) from None
        for path in entries:
            name = path.name
            lower = name.lower()
            if (
                name.startswith(".")
                or not lower.endswith(SUFFIXES)
                or lower.endswith(REPORT_SUFFIX)
            ):
                continue  # hidden files are copies in progress (rsync, office lock files)
            try:
                st = path.stat()
            except OSError:
                continue
            if not stat.S_ISREG(st.st_mode):
                continue
            # ctime too: a copy that kept the original mtime is still fresh while it is written.
            changed = max(st.st_mtime, st.st_ctime)
            if now - changed < settle:
                continue
            found.append((st.st_mtime, name, path))
        return [path for _, _, path in sorted(found)]

    def _read(self, path: Path, channel: str, max_bytes: int) -> _FileRead | None:
        try:
            stamp = _Stamp.of(path)
        except OSError:
            return None
        read = _FileRead(path, stamp)
        if stamp.size > max_bytes:
            read.error = f"file too large ({_mb(stamp.size)}, at most {_mb(max_bytes)})"
            return read
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            read.error = f"cannot be read: {exc.strerror or exc}"
            return read
        if not stamp.matches(path) or len(data) != stamp.size:
            return None  # still being written after all
        if not data.strip():
            read.error = "empty file"
            return read
        try:
            read.fmt, read.items = _parse(path, data, channel, self.clock.now())
        except Exception as exc:  # one poisonous file must not block the folder: file it away
            read.error = str(exc) or type(exc).__name__
        return read

    # -- filing ---------------------------------------------------------------------------------

    def _finish_committed(self, folder: Path, cursor: str, channel: str, max_bytes: int) -> None:
        """File away what the last page stored but did not get to move (a crash, a locked file)."""
        for stamp in _read_cursor(cursor):
            path = folder / stamp.name
            if not stamp.matches(path):
                continue  # moved, deleted, or replaced by a new file of the same name
            read = self._read(path, channel, max_bytes)
            if read is None:
                continue
            try:
                self._file(folder, read)
            except OSError as exc:
                raise SourceError(
                    ErrorKind.CONFIG,
                    f"{stamp.name} was imported but cannot be moved out of {folder}: "
                    f"{exc.strerror or exc}.",
                ) from None

    def _file_all(self, folder: Path, batch: list[_FileRead]) -> None:
        problem: OSError | None = None
        for read in batch:
            try:
                self._file(folder, read)
            except OSError as exc:  # try the others; the poll reports the first problem
                problem = problem or exc
        if problem is not None:
            raise problem

    def _file(self, folder: Path, read: _FileRead) -> None:
        if not read.stamp.matches(read.path):
            return  # replaced since it was read: the new file is imported on its own
        target = folder / (FAILED if read.failed else DONE)
        target.mkdir(exist_ok=True)
        dest = _free_name(target, read.path.name)
        read.path.rename(dest)
        report = _report(read, dest.relative_to(folder), self.clock.now())
        tmp = dest.with_name(dest.name + REPORT_SUFFIX + ".tmp")
        tmp.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        tmp.replace(dest.with_name(dest.name + REPORT_SUFFIX))


# -- helpers ------------------------------------------------------------------------------------


def _folder(target: str) -> Path:
    if not target.strip():
        raise SourceError(ErrorKind.CONFIG, "The folder source needs a folder.")
    folder = Path(target.strip()).expanduser()
    if not folder.exists():
        raise SourceError(ErrorKind.CONFIG, f"The folder {folder} does not exist.")
    if not folder.is_dir():
        raise SourceError(ErrorKind.CONFIG, f"{folder} is not a folder.")
    return folder


def _parse(path: Path, data: bytes, channel: str, now: datetime) -> tuple[str, list[Parsed]]:
    fmt = detect_format(path, data[:HEAD_BYTES])
    if fmt == "jsonl":
        data = _json_document_as_lines(path, data)
    if not channel:
        return fmt, list(parse(data, fmt, now))
    if fmt == "jsonl":
        return fmt, list(parse_jsonl(data, default_channel=channel))
    if fmt == "eval":
        return fmt, list(parse_eval_csv(data, now, channel=channel))
    if fmt == "twcs":
        return fmt, list(parse_twcs_csv(data, channel=channel))
    return fmt, list(parse(data, fmt, now))


def _json_document_as_lines(path: Path, data: bytes) -> bytes:
    """A .json file may be one JSON array (or object) rather than JSON Lines: one line each."""
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped.startswith(b"[") and not path.name.lower().endswith(".json"):
        return data
    try:
        document = json.loads(stripped)
    except (ValueError, UnicodeDecodeError) as exc:
        if stripped.startswith(b"["):
            raise ValueError(f"invalid JSON array: {exc}") from None
        return data  # JSON Lines in a .json file: read line by line
    rows = document if isinstance(document, list) else [document]
    return b"\n".join(json.dumps(row, ensure_ascii=False).encode("utf-8") for row in rows)


def _labelled(read: _FileRead) -> Iterator[Parsed]:
    """The file's items; quarantine reasons name the file, as one source reads many files."""
    if read.error:
        yield QuarantineEntry(0, f"{read.path.name}: {read.error}")
        return
    if not read.items:
        yield QuarantineEntry(0, f"{read.path.name}: no rows")
        return
    for item in read.items:
        if isinstance(item, QuarantineEntry):
            yield QuarantineEntry(item.line, f"{read.path.name}: {item.reason}", item.raw)
        else:
            yield item


def _report(read: _FileRead, moved_to: Path, now: datetime) -> dict[str, Any]:
    bad = [i for i in read.items if isinstance(i, QuarantineEntry)]
    return {
        "file": read.path.name,
        "moved_to": moved_to.as_posix(),
        "status": FAILED if read.failed else DONE,
        "format": read.fmt,
        "error": read.error or ("" if read.items else "no rows"),
        # Rows handed to the importer; it drops the ones it already has, so a re-read adds none.
        "added": sum(1 for i in read.items if isinstance(i, RawMention)),
        "quarantined": [{"line": e.line, "reason": e.reason} for e in bad],
        "processed_at": now.isoformat(),
    }


def _free_name(target: Path, name: str) -> Path:
    """done/name, or done/stem-1.ext, -2, … when taken (with or without its report)."""
    stem, dot, ext = name.rpartition(".")
    if not stem:
        stem, dot, ext = name, "", ""
    candidate = target / name
    n = 0
    while candidate.exists() or candidate.with_name(candidate.name + REPORT_SUFFIX).exists():
        n += 1
        candidate = target / f"{stem}-{n}{dot}{ext}"
    return candidate


def _read_cursor(cursor: str) -> list[_Stamp]:
    try:
        data = json.loads(cursor) if cursor else {}
        return [
            _Stamp(str(f["name"]), int(f["size"]), int(f["mtime_ns"]))
            for f in data.get("files", [])
            if os.sep not in str(f["name"]) and "/" not in str(f["name"])
        ]
    except (ValueError, TypeError, KeyError, AttributeError):
        return []  # an unreadable cursor only costs re-reading (duplicates drop)


def _write_cursor(stamps: Iterable[_Stamp]) -> str:
    return json.dumps(
        {"files": [{"name": s.name, "size": s.size, "mtime_ns": s.mtime_ns} for s in stamps]}
    )


def _number(settings: Mapping[str, Any], key: str, default: float) -> float:
    value = settings.get(key)
    if value is None or value == "":
        return default
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise SourceError(ErrorKind.CONFIG, f"{key} must be a number.") from None
    if number < 0:
        raise SourceError(ErrorKind.CONFIG, f"{key} cannot be negative.")
    return number


def _note(batch: list[_FileRead]) -> str:
    parts = []
    for read in batch:
        if read.error:
            parts.append(f"{read.path.name} could not be read ({read.error})")
        elif read.failed:
            parts.append(f"{read.path.name}: no readable rows")
        else:
            parts.append(f"read {read.path.name}")
    return "; ".join(parts)


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"
