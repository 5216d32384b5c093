"""Bulk writes for the import path.

On SQLite the rows go straight to the driver's executemany with values converted once per column
type; SQLAlchemy's per-value bind processing would otherwise cost more than analysing the text.
Other engines take SQLAlchemy's own bulk path (executemany / RETURNING).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Table, bindparam, insert, update
from sqlalchemy.orm import Session

from triage.store.types import UTCDateTime

Converter = Callable[[Any], Any]


_SEEN_TIMES: dict[datetime, str] = {}


def _datetime(value: datetime | None) -> str | None:
    if value is None:
        return None
    text = _SEEN_TIMES.get(value)  # a batch repeats its own "now" many times
    if text is None:
        utc = value if value.tzinfo is UTC else value.astimezone(UTC)
        # The text form SQLAlchemy's SQLite DATETIME writes and compares: always six digits.
        text = utc.replace(tzinfo=None).isoformat(" ", "microseconds")
        if len(_SEEN_TIMES) > 4096:
            _SEEN_TIMES.clear()
        _SEEN_TIMES[value] = text
    return text


_encode = json.JSONEncoder().encode


def _json(value: Any) -> str:
    if not value:
        return "[]" if isinstance(value, list) else "{}" if isinstance(value, dict) else "null"
    return _encode(value)


def _bool(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _converters(table: Table, names: Sequence[str]) -> list[Converter | None]:
    out: list[Converter | None] = []
    for name in names:
        kind = table.c[name].type
        if isinstance(kind, UTCDateTime):
            out.append(_datetime)
        elif isinstance(kind, JSON):
            out.append(_json)
        elif isinstance(kind, Boolean):
            out.append(_bool)
        else:
            out.append(None)
    return out


def _sqlite_cursor(session: Session) -> Any | None:
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return None
    return connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]


_ENCODERS: dict[tuple[str, tuple[str, ...]], Callable[[dict[str, Any]], tuple[Any, ...]]] = {}


def _row_encoder(table: Table, names: Sequence[str]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A function turning a row dict into the driver's tuple, built once per table and columns.

    Generated code, because a generic loop over columns costs more per row than SQLite's insert.
    """
    key = (table.name, tuple(names))
    found = _ENCODERS.get(key)
    if found is None:
        converters = _converters(table, names)
        scope: dict[str, Any] = {f"c{i}": c for i, c in enumerate(converters) if c}
        parts = [
            f"c{i}(r[{n!r}])" if c else f"r[{n!r}]"
            for i, (n, c) in enumerate(zip(names, converters, strict=True))
        ]
        found = eval(f"lambda r: ({', '.join(parts)},)", scope)
        _ENCODERS[key] = found
    return found


def _rows(
    table: Table, names: Sequence[str], rows: Sequence[dict[str, Any]]
) -> list[tuple[Any, ...]]:
    encode = _row_encoder(table, names)
    return [encode(r) for r in rows]


def insert_many(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    cursor = _sqlite_cursor(session)
    if cursor is None:
        session.execute(insert(table), list(rows))
        return
    names = list(rows[0])
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    cursor.executemany(sql, _rows(table, names, rows))


def insert_returning_ids(
    session: Session, table: Table, rows: Sequence[dict[str, Any]]
) -> list[int]:
    """Insert rows and return their new primary keys, in order."""
    if not rows:
        return []
    cursor = _sqlite_cursor(session)
    if cursor is None:
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return [int(i) for (i,) in session.execute(stmt, list(rows))]
    names = list(rows[0])
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    cursor.executemany(sql, _rows(table, names, rows))
    # This transaction holds SQLite's only write lock, and a new INTEGER PRIMARY KEY is the
    # largest so far plus one, so the rows just written have consecutive ids ending here.
    last = int(cursor.execute("SELECT last_insert_rowid()").fetchone()[0])
    return list(range(last - len(rows) + 1, last + 1))


def update_many(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Update rows by their "id" key; every other key is a column to set."""
    if not rows:
        return
    cursor = _sqlite_cursor(session)
    names = [n for n in rows[0] if n != "id"]
    if cursor is None:
        stmt = update(table).where(table.c.id == bindparam("row_id"))
        session.execute(stmt, [{"row_id": r["id"], **{n: r[n] for n in names}} for r in rows])
        return
    sql = f"UPDATE {table.name} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?"
    cursor.executemany(sql, _rows(table, [*names, "id"], rows))
