"""Move a desk (its SQLite file) into a team's PostgreSQL database: copy, verify, resume.

In order:

1. Check the two addresses (a SQLite desk file, a PostgreSQL target) and bring both to the Alembic
   head with the app's own migrations (`db.migrate` copies an older SQLite file first).
2. Take a lock on the target, so two transfers never interleave, and read the target's transfer
   marker: an empty target gets this desk's identity, a target marked with it is resumed, anything
   else is refused (`TransferRefused`).
3. Copy every table in foreign-key order, each in primary-key order, one transaction per batch.
   A table with a single integer key resumes after the highest id the target holds; any other
   key inserts with ON CONFLICT DO NOTHING. Nothing is ever copied twice.
4. Move the target's sequences past the copied ids, then compare the row count and a checksum of
   every table, computed the same way on both sides (`row_text`).

SQLAlchemy Core only, never ORM sessions: Triage's sessions seal audit events at commit, and the
events must arrive exactly as the desk sealed them (digest, prev_hash, hash, redacted) for the
chain to verify on the target.
"""

from __future__ import annotations

import hashlib
import json
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    DateTime,
    Engine,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    func,
    insert,
    inspect,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SAWarning
from sqlalchemy.schema import sort_tables
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import TypeEngine

from triage.domain.errors import TriageError
from triage.store.db import SchemaTooNew, make_engine, migrate
from triage.store.tables import Base
from triage.store.types import UTCDateTime

BATCH = 5000
# pg_try_advisory_lock key held for a whole run: "WTXFR" as a number.
LOCK_KEY = 0x5754584652
# Rows the transfer itself keeps in the target: where its data came from, and when.
MARKER = Table(
    "triage_transfer",
    MetaData(),
    Column("source_id", String(64), primary_key=True),
    Column("source", Text, nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("ok", Boolean),
)
NOT_COPIED = frozenset({"alembic_version", MARKER.name})
# The oldest row of these tables names a desk: columns nothing rewrites later (an erasure
# changes payloads, texts and external ids; sealing fills in hashes), so a desk keeps its name.
IDENTITY = (
    ("agents", ("id", "name", "created_at")),
    ("events", ("id", "kind", "actor", "at")),
    ("mentions", ("id", "channel", "created_at", "imported_at")),
)

Progress = Callable[[str, int, int], None]  # table, rows in the target, rows on the desk


class TransferRefused(TriageError):
    """Nothing was copied: the addresses, the schema or the target's contents say no."""


class TransferFailed(TriageError):
    """The copy stopped part-way; what was committed stays, and a re-run continues."""


class TransferInterrupted(TriageError):
    """Stopped on purpose after a number of batches (tests simulate a crash with it)."""


# -- results ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TableResult:
    name: str
    source_rows: int
    target_rows: int
    copied: int  # rows this run added
    checksum_source: str
    checksum_target: str

    @property
    def match(self) -> bool:
        return self.source_rows == self.target_rows and self.checksum_source == self.checksum_target

    def as_json(self) -> dict[str, Any]:
        return {
            "source_rows": self.source_rows,
            "target_rows": self.target_rows,
            "copied": self.copied,
            "checksum_source": self.checksum_source,
            "checksum_target": self.checksum_target,
            "match": self.match,
        }


@dataclass(frozen=True, slots=True)
class TransferReport:
    ok: bool
    resumed: bool  # an earlier run into this target had started
    seconds: float
    tables: dict[str, TableResult]
    skipped: tuple[str, ...] = ()  # desk-only tables the team database does not have
    backup: str | None = None  # the copy taken before an older desk file was migrated

    @property
    def mismatched(self) -> list[str]:
        return [name for name, t in self.tables.items() if not t.match]

    @property
    def rows(self) -> int:
        return sum(t.source_rows for t in self.tables.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "resumed": self.resumed,
            "seconds": self.seconds,
            "tables": {name: t.as_json() for name, t in self.tables.items()},
        }


# -- the checksum's normal form ---------------------------------------------------------------

_canonical = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode
_row = json.JSONEncoder(separators=(",", ":"), ensure_ascii=True).encode
Normal = Callable[[Any], Any]


def pg_text(value: str) -> str:
    """PostgreSQL text cannot hold NUL; it becomes U+FFFD, as mail sources already store it."""
    return value.replace("\x00", "\ufffd") if "\x00" in value else value


def utc_text(value: datetime) -> str:
    """UTC with six fraction digits and a Z; naive times are UTC (how the store keeps them)."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds") + "Z"


def normal_value(value: Any) -> Any:
    """One value as the checksum sees it: a JSON null, boolean, integer or string."""
    if value is None or type(value) is bool or type(value) is int:
        return value
    if type(value) is str:
        return pg_text(value)
    if type(value) is float:
        return repr(value)  # as text: exact, and never equal to an integer's form
    if isinstance(value, datetime):
        return utc_text(value)
    if isinstance(value, dict | list):
        return _canonical(value)
    if isinstance(value, bytes | memoryview):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, date | clock_time):
        return value.isoformat()
    return str(value)  # Decimal, UUID, an int subclass: their own text


# One function per column type, chosen once per table: `normal_value` asks every value its type.


def _normal_json(value: Any) -> Any:
    # A JSON column compares by value: key order and spacing are the database's business.
    return None if value is None else _canonical(value)


def _normal_time(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is UTC:  # what UTCDateTime hands back: skip the conversion
        return value.isoformat(timespec="microseconds")[:-6] + "Z"
    return utc_text(value)


def _normal_float(value: Any) -> str | None:
    return None if value is None else repr(float(value))


def _normal_text(value: Any) -> Any:
    return pg_text(value) if type(value) is str else normal_value(value)


def _as_is(value: Any) -> Any:
    return value if value is None or type(value) in (int, bool) else normal_value(value)


def normaliser(kind: TypeEngine[Any]) -> Normal:
    if isinstance(kind, JSON):
        return _normal_json
    if isinstance(kind, UTCDateTime | DateTime):
        return _normal_time
    if isinstance(kind, Float):
        return _normal_float
    if isinstance(kind, Integer | Boolean):
        return _as_is
    if isinstance(kind, String):
        return _normal_text
    return normal_value


def normalisers(table: Table, columns: Sequence[str]) -> list[Normal]:
    return [normaliser(table.c[c].type) for c in columns]


def row_text(row: Sequence[Any], normal: Sequence[Normal]) -> str:
    """``[v1,v2,…]`` in ASCII JSON: the unit the checksum hashes, one line per row."""
    return _row([f(v) for f, v in zip(normal, row, strict=True)])


# -- what to copy -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TablePlan:
    """One table: read on the desk with `read`, written to the target with `write`."""

    name: str
    read: Table
    write: Table
    columns: tuple[str, ...]
    key: tuple[str, ...]
    serial: bool  # a single integer key: resume after the target's highest id
    self_refs: tuple[str, ...] = ()  # nullable columns pointing into this same table
    normal: list[Normal] = field(default_factory=list, compare=False)

    def key_of(self, row: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(row[self.columns.index(k)] for k in self.key)


def plan(table: Table, write: Table | None = None) -> TablePlan:
    key = tuple(c.name for c in table.primary_key.columns)
    if not key:
        raise TransferRefused(f"table {table.name} has no primary key: it cannot be copied safely")
    pk = table.primary_key.columns
    serial = len(key) == 1 and isinstance(next(iter(pk)).type, Integer)
    columns = tuple(c.name for c in table.columns)
    # A row may point at a later row of its own table (a merged customer at the one kept):
    # such columns go in empty and are filled in once the whole table is there.
    refs = tuple(
        fk.parent.name
        for fk in table.foreign_keys
        if fk.column.table.name == table.name and fk.parent.nullable
    )
    return TablePlan(
        table.name,
        table,
        table if write is None else write,
        columns,
        key,
        serial,
        refs if serial else (),
        normalisers(table, columns),
    )


def plan_tables(source: Connection, target: Connection) -> tuple[list[TablePlan], list[str]]:
    """Every table on the desk, parents before children; and desk-only tables left out."""
    on_desk = set(inspect(source).get_table_names()) - NOT_COPIED
    on_target = set(inspect(target).get_table_names())
    plans = [plan(t) for t in Base.metadata.sorted_tables if t.name in on_desk]
    extras = sorted(on_desk - set(Base.metadata.tables))
    skipped = [n for n in extras if n not in on_target]
    extras = [n for n in extras if n in on_target]
    if extras:
        # Tables the migrations made that the ORM does not map: read each side as it is.
        # They come after the mapped tables, which never point at them.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SAWarning)  # SQLite expression indexes
            read_md, write_md = MetaData(), MetaData()
            reads = [Table(n, read_md, autoload_with=source) for n in extras]
            writes = {n: Table(n, write_md, autoload_with=target) for n in extras}
        plans += [plan(t, writes[t.name]) for t in sort_tables(reads)]
    return plans, skipped


# -- reading in key order ---------------------------------------------------------------------


def _sort_key(column: Column[Any], conn: Connection) -> ColumnElement[Any]:
    # Text keys sort by their bytes on both sides: SQLite's BINARY and PostgreSQL's "C" agree.
    if conn.dialect.name == "postgresql" and isinstance(column.type, String):
        return column.collate("C")
    return column


def page(
    conn: Connection,
    p: TablePlan,
    table: Table,
    after: tuple[Any, ...] | None,
    limit: int,
    where: ColumnElement[bool] | None = None,
    columns: Sequence[str] | None = None,
) -> Sequence[Any]:
    """Up to `limit` rows with a key above `after`, in key order (keyset paging: no OFFSET)."""
    keys = [_sort_key(table.c[k], conn) for k in p.key]
    stmt = select(*(table.c[c] for c in columns or p.columns)).order_by(*keys).limit(limit)
    if after is not None:
        stmt = stmt.where(keys[0] > after[0] if len(keys) == 1 else tuple_(*keys) > tuple_(*after))
    if where is not None:
        stmt = stmt.where(where)
    return conn.execute(stmt).all()


def checksum(conn: Connection, p: TablePlan, table: Table, batch: int) -> tuple[int, str]:
    """(rows, sha256 of every row's `row_text` in key order), a page at a time."""
    digest = hashlib.sha256()
    rows = 0
    after: tuple[Any, ...] | None = None
    while True:
        chunk = page(conn, p, table, after, batch)
        for row in chunk:
            digest.update(row_text(row, p.normal).encode("ascii"))
            digest.update(b"\n")
        rows += len(chunk)
        if len(chunk) < batch:
            return rows, digest.hexdigest()
        after = p.key_of(chunk[-1])


def _count(conn: Connection, table: Table) -> int:
    return int(conn.scalar(select(func.count()).select_from(table)) or 0)


def _max_key(conn: Connection, p: TablePlan, table: Table) -> Any:
    return conn.scalar(select(func.max(table.c[p.key[0]])))


# -- addresses and engines --------------------------------------------------------------------


def shown(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def _parse(value: str, what: str) -> URL:
    try:
        return make_url(value)
    except ArgumentError:
        raise TransferRefused(f"the {what} is not a database address: {value!r}") from None


def check_addresses(source: str, target: str) -> tuple[URL, URL]:
    """The desk must be an existing SQLite file, the target a PostgreSQL database."""
    if "://" not in source:  # a plain path to the desk's file
        source = f"sqlite:///{Path(source).resolve()}"
    src, tgt = _parse(source, "source"), _parse(target, "target")
    if src.get_backend_name() != "sqlite":
        raise TransferRefused(
            f"the source must be a desk's SQLite file (sqlite:///path/to/triage.db), "
            f"not {shown(src)}"
        )
    if not src.database or src.database == ":memory:" or not Path(src.database).is_file():
        raise TransferRefused(f"there is no desk file at {src.database or '(no path given)'}")
    if tgt.get_backend_name() != "postgresql":
        raise TransferRefused(
            f"the target must be a PostgreSQL database (postgresql://user@host/name), "
            f"not {shown(tgt)}"
        )
    return src, tgt


def _reason(exc: BaseException, url: URL) -> str:
    """The driver's first line, with the password taken out should it ever appear."""
    orig = getattr(exc, "orig", None) or exc
    words = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    return words.replace(url.password, "***") if isinstance(url.password, str) else words


def open_database(url: URL, role: str) -> tuple[Engine, Path | None]:
    """An engine at the schema head (and the copy taken of an older desk file first), or a
    refusal in plain words."""
    engine = make_engine(url.render_as_string(hide_password=False))
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        if role == "desk" and "alembic_version" not in tables:
            raise TransferRefused(f"{shown(url)} is not a Triage desk (it has no schema version)")
        if role == "target" and tables and "alembic_version" not in tables:
            raise TransferRefused(
                f"the target {shown(url)} holds tables Triage did not make; give an empty database"
            )
        backup = migrate(engine)
    except SchemaTooNew as exc:
        engine.dispose()
        raise TransferRefused(f"the {role} at {shown(url)}: {exc}") from None
    except DBAPIError as exc:
        engine.dispose()
        raise TransferRefused(
            f"cannot open the {role} database {shown(url)}: {_reason(exc, url)}"
        ) from None
    except BaseException:
        engine.dispose()
        raise
    return engine, backup


@contextmanager
def target_lock(engine: Engine) -> Iterator[None]:
    """One transfer into a database at a time; the lock goes when the connection does."""
    with engine.connect() as conn:
        got = conn.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": LOCK_KEY})
        conn.commit()
        if not got:
            raise TransferRefused("another transfer into the target database is running")
        try:
            yield
        finally:
            with suppress(DBAPIError):  # a lost connection took the lock with it
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})
                conn.commit()


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """One read transaction on the desk for the whole run: with WAL the app may keep writing,
    and every page, count and checksum still reads the same moment."""
    with engine.connect() as conn:
        conn.exec_driver_sql("BEGIN")
        try:
            yield conn
        finally:
            conn.rollback()


# -- identity and the marker ------------------------------------------------------------------


def source_identity(source: Connection) -> str:
    parts: list[Any] = []
    for name, columns in IDENTITY:
        table = Base.metadata.tables[name]
        first = source.execute(
            select(*(table.c[c] for c in columns)).order_by(table.c.id).limit(1)
        ).first()
        parts.append(None if first is None else [normal_value(v) for v in first])
    return hashlib.sha256(_canonical(parts).encode("ascii")).hexdigest()


def _refuse_foreign(target: Connection, plans: Sequence[TablePlan]) -> None:
    holding = [p.name for p in plans if target.execute(select(p.write).limit(1)).first()]
    if holding:
        raise TransferRefused(
            "the target database already holds data that did not come from this desk "
            f"({', '.join(holding[:6])}{', …' if len(holding) > 6 else ''}); "
            "move a desk into an empty database"
        )


def _refuse_ahead(source: Connection, target: Connection, plans: Sequence[TablePlan]) -> None:
    """A resumed target may only hold rows the desk has: no ids past the desk's last."""
    ahead = []
    for p in plans:
        if not p.serial:
            continue
        there = _max_key(target, p, p.write)
        here = _max_key(source, p, p.read)
        if there is not None and (here is None or there > here):
            ahead.append(p.name)
    if ahead:
        raise TransferRefused(
            f"the target holds rows this desk does not have ({', '.join(ahead)}): "
            "it has been used since the transfer; move the desk into a new, empty database"
        )


def claim_target(
    source: Connection, engine: Engine, plans: Sequence[TablePlan], identity: str, label: str
) -> bool:
    """Mark an empty target as this desk's, or recognise our own mark; True when resuming."""
    with engine.begin() as target:
        marks: list[Any] = []
        if inspect(target).has_table(MARKER.name):
            marks = list(target.execute(select(MARKER.c.source_id, MARKER.c.source)).all())
        if any(m.source_id != identity for m in marks):
            other = next(m.source for m in marks if m.source_id != identity)
            raise TransferRefused(
                f"the target database holds a transfer from another desk ({other}); "
                "move each desk into its own database"
            )
        if marks:
            _refuse_ahead(source, target, plans)
            return True
        _refuse_foreign(target, plans)
        MARKER.create(target, checkfirst=True)
        target.execute(
            insert(MARKER).values(source_id=identity, source=label, started_at=datetime.now(UTC))
        )
    return False


def finish_marker(engine: Engine, identity: str, ok: bool) -> None:
    with engine.begin() as target:
        target.execute(
            update(MARKER)
            .where(MARKER.c.source_id == identity)
            .values(finished_at=datetime.now(UTC), ok=ok)
        )


# -- before copying ---------------------------------------------------------------------------


def _bounded(p: TablePlan) -> list[tuple[str, int]]:
    out = []
    for c in p.columns:
        kind = p.write.c[c].type
        if isinstance(kind, String) and kind.length is not None:
            out.append((c, kind.length))
    return out


def too_long(source: Connection, plans: Sequence[TablePlan]) -> list[str]:
    """Text longer than the target's column allows (SQLite never enforces VARCHAR lengths)."""
    found = []
    for p in plans:
        bounded = _bounded(p)
        if not bounded:
            continue
        longest = source.execute(
            select(*(func.max(func.length(p.read.c[c])) for c, _ in bounded))
        ).one()
        found += [
            f"{p.name}.{c} ({most} characters, at most {length} fit)"
            for (c, length), most in zip(bounded, longest, strict=True)
            if most is not None and most > length
        ]
    return found


# -- copying ----------------------------------------------------------------------------------


@dataclass(slots=True)
class Budget:
    """Counts committed batches; `limit` stops the run there (a crash, for the tests)."""

    limit: int | None
    spent: int = 0

    def spend(self) -> None:
        self.spent += 1
        if self.limit is not None and self.spent >= self.limit:
            raise TransferInterrupted(f"stopped after {self.spent} batches, as asked")


def _values(p: TablePlan, rows: Sequence[Any]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        values = {
            c: pg_text(v) if type(v) is str else v for c, v in zip(p.columns, row, strict=True)
        }
        for c in p.self_refs:
            values[c] = None
        out.append(values)
    return out


def _write(engine: Engine, p: TablePlan, rows: Sequence[Any], url: URL) -> None:
    stmt = (
        insert(p.write)
        if p.serial
        else pg_insert(p.write).on_conflict_do_nothing(index_elements=list(p.key))
    )
    try:
        with engine.begin() as target:  # one transaction per batch: a crash loses one batch
            target.execute(stmt, _values(p, rows))
    except DBAPIError as exc:
        first = p.key_of(rows[0])
        where = first[0] if len(first) == 1 else first
        raise TransferFailed(
            f"copying {p.name} stopped in the batch from key {where}: {_reason(exc, url)}; "
            "what was copied before stays: run the same command again once that is fixed"
        ) from None


def copy_table(
    p: TablePlan,
    source: Connection,
    engine: Engine,
    url: URL,
    batch: int,
    budget: Budget,
    progress: Progress | None,
) -> int:
    """Copy what the target lacks; returns the rows added."""
    with engine.connect() as target:
        before = _count(target, p.write)
        last = _max_key(target, p, p.write) if p.serial else None
    total = _count(source, p.read)
    after = None if last is None else (last,)
    done, batches = before, 0
    while True:
        rows = page(source, p, p.read, after, batch)
        if not rows:
            break
        _write(engine, p, rows, url)
        batches += 1
        after = p.key_of(rows[-1])
        done = done + len(rows) if p.serial else _count_in(engine, p.write)
        if progress is not None:
            progress(p.name, done, total)
        budget.spend()
        if len(rows) < batch:
            break
    if batches == 0 and progress is not None:
        progress(p.name, done, total)  # nothing was missing: still one line for the table
    fill_self_refs(p, source, engine, batch)
    return done - before


def _count_in(engine: Engine, table: Table) -> int:
    # ON CONFLICT DO NOTHING skips rows silently: the target's own count says what arrived.
    with engine.connect() as target:
        return _count(target, table)


def fill_self_refs(p: TablePlan, source: Connection, engine: Engine, batch: int) -> None:
    """Set the columns that were left empty, now that every row they point at is there."""
    key = p.key[0]
    for column in p.self_refs:
        stmt = (
            update(p.write)
            .where(p.write.c[key] == bindparam("key_"))
            .values({column: bindparam("ref_")})
        )
        after: tuple[Any, ...] | None = None
        while True:
            rows = page(
                source, p, p.read, after, batch, p.read.c[column].is_not(None), (key, column)
            )
            if not rows:
                break
            with engine.begin() as target:
                target.execute(stmt, [{"key_": k, "ref_": ref} for k, ref in rows])
            after = (rows[-1][0],)


def advance_sequences(engine: Engine, plans: Sequence[TablePlan]) -> None:
    """New rows in the team database get ids after the copied ones."""
    with engine.begin() as target:
        quote = target.dialect.identifier_preparer.quote
        for p in plans:
            if not p.serial:
                continue
            sequence = target.scalar(
                text("SELECT pg_get_serial_sequence(:table, :column)"),
                {"table": quote(p.write.name), "column": p.key[0]},
            )
            if sequence is None:
                continue  # a key without a sequence (loyalty's customer_id)
            highest = _max_key(target, p, p.write)
            target.execute(
                text("SELECT setval(:seq, :value, :called)"),
                {"seq": sequence, "value": highest or 1, "called": highest is not None},
            )


# -- verifying --------------------------------------------------------------------------------


def verify(
    plans: Sequence[TablePlan],
    source: Connection,
    engine: Engine,
    opts: Options,
    copied: dict[str, int],
) -> dict[str, TableResult]:
    out = {}
    with engine.connect() as target:
        for p in plans:
            source_rows, source_sum = checksum(source, p, p.read, opts.batch)
            target_rows, target_sum = checksum(target, p, p.write, opts.batch)
            out[p.name] = TableResult(
                p.name, source_rows, target_rows, copied.get(p.name, 0), source_sum, target_sum
            )
            if opts.checked is not None:
                opts.checked(out[p.name])
    return out


# -- the whole run ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Options:
    batch: int = BATCH  # rows per transaction
    progress: Progress | None = None  # after every batch
    checked: Callable[[TableResult], None] | None = None  # after every table's checksums
    stop_after_batches: int | None = None  # tests: a crash after this many commits


def transfer(
    source: str,
    target: str,
    *,
    batch: int = BATCH,
    progress: Progress | None = None,
    checked: Callable[[TableResult], None] | None = None,
    stop_after_batches: int | None = None,
) -> TransferReport:
    """Copy the desk at `source` into the PostgreSQL database at `target` and verify it.

    Raises `TransferRefused` before anything is copied, `TransferFailed` when a batch cannot be
    written; a mismatch after copying is in the report (`ok` false, `mismatched`).
    """
    started = time.perf_counter()
    opts = Options(batch, progress, checked, stop_after_batches)
    src_url, tgt_url = check_addresses(source, target)
    desk, backup = open_database(src_url, "desk")
    try:
        team, _ = open_database(tgt_url, "target")
        try:
            with target_lock(team), snapshot(desk) as src:
                report = _run(src, src_url, team, tgt_url, opts)
        except DBAPIError as exc:  # the desk or the target went away part-way
            raise TransferFailed(
                f"the transfer stopped: {_reason(exc, tgt_url)}; what was copied stays: "
                "run the same command again"
            ) from None
        finally:
            team.dispose()
    finally:
        desk.dispose()
    seconds = round(time.perf_counter() - started, 3)
    return replace(report, seconds=seconds, backup=None if backup is None else str(backup))


def _run(
    src: Connection, src_url: URL, team: Engine, tgt_url: URL, opts: Options
) -> TransferReport:
    with team.connect() as tgt:
        plans, skipped = plan_tables(src, tgt)
    long = too_long(src, plans)
    if long:
        raise TransferRefused(
            "some text on the desk is longer than the team database allows: " + "; ".join(long)
        )
    identity = source_identity(src)
    resumed = claim_target(src, team, plans, identity, shown(src_url))
    budget = Budget(opts.stop_after_batches)
    copied = {
        p.name: copy_table(p, src, team, tgt_url, opts.batch, budget, opts.progress) for p in plans
    }
    advance_sequences(team, plans)
    tables = verify(plans, src, team, opts, copied)
    ok = all(t.match for t in tables.values())
    finish_marker(team, identity, ok)
    return TransferReport(ok, resumed, 0.0, tables, tuple(skipped))
