"""A tamper-evident hash chain over every event, in id order.

The exact form (version 1), so anyone can recompute it without this code:

* ``digest = sha256(canonical_payload(payload)).hexdigest()`` where the canonical payload is the
  stored JSON value re-encoded with ``json.dumps(value, sort_keys=True, separators=(",", ":"),
  ensure_ascii=True)`` as ASCII bytes (so key order, spacing and the database's own JSON text do
  not matter; ``null`` for an absent payload).
* ``hash = sha256(link).hexdigest()`` where ``link`` is the ASCII JSON array, with the same
  separators and escaping, ``[prev_hash, id, kind, actor, at, ticket_id, customer_id, digest]``:
  ``id`` an integer, ``ticket_id``/``customer_id`` an integer or ``null``, ``at`` the event time in
  UTC as ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` (always six fraction digits).
* ``prev_hash`` is the ``hash`` of the event with the next lower id; the first event's is
  ``GENESIS = sha256(b"webcare-triage audit chain v1").hexdigest()``.

The link hashes the stored ``digest``, not the live payload: a GDPR erasure may replace a payload
by ``{"redacted": true, "kind": kind}`` and set ``redacted``; the chain still holds, and `verify`
accepts exactly that form on a redacted event only when a later ``gdpr_erased`` event (itself in
the chain) names it in its ``redacted_events``.

Sealing runs in the committing transaction (see `install`) under a lock, so two writers never
fork the chain: SQLite has one writer at a time; on PostgreSQL a writing transaction takes a
transaction-scoped advisory lock at its first write (before any row lock, so it cannot deadlock),
so event ids are handed out in the order the events are sealed. Writers take turns, as on SQLite.

What a chain cannot show: events cut off the end (truncation) and rows written by hand with no
hash (they look like not-yet-sealed events and the next commit seals them). Keep the reported
``last_hash`` somewhere else now and then: the chain up to it can then not be rewritten unseen.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import Table, event, func, select, text
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from triage.domain.enums import EventKind
from triage.store import bulk
from triage.store.tables import Base, EventRow

GENESIS = hashlib.sha256(b"webcare-triage audit chain v1").hexdigest()
# pg_advisory_xact_lock key: "WTAUDIT" as a number; any constant both sides agree on.
LOCK_KEY = 0x57544155444954
CHUNK = 5000
REDACTED_EVENTS = "redacted_events"  # the key in a gdpr_erased payload listing the ids it erased
ERASED_KIND = EventKind.GDPR_ERASED.value
EVENTS = Table("events", Base.metadata)
_BEFORE_FIRST = -(2**31)  # below any id, and within the INTEGER a PostgreSQL id is

_canonical = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode
_link = json.JSONEncoder(separators=(",", ":"), ensure_ascii=True).encode
_escape = json.encoder.encode_basestring_ascii
_sha256 = hashlib.sha256


# -- the pure part ----------------------------------------------------------------------------


def canonical_payload(payload: Any) -> bytes:
    return _canonical(payload).encode("ascii")


def payload_digest(payload: Any) -> str:
    return _sha256(_canonical(payload).encode("ascii")).hexdigest()


def canonical_time(at: datetime | None) -> str | None:
    """UTC, microseconds, a Z: ``2026-11-23T09:30:00.000000Z``; naive times are taken as UTC."""
    if at is None:
        return None
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds") + "Z"


def link_hash(
    prev_hash: str | None,
    event_id: int,
    kind: str,
    actor: str,
    at: str | None,
    ticket_id: int | None,
    customer_id: int | None,
    digest: str | None,
) -> str:
    """The hash of one link; ``at`` in the canonical form of `canonical_time`."""
    return _sha256(
        _link_text(prev_hash, event_id, kind, actor, at, ticket_id, customer_id, digest).encode(
            "ascii"
        )
    ).hexdigest()


def _text(value: str | None) -> str:
    return "null" if value is None else _escape(value)


def _link_text(
    prev_hash: str | None,
    event_id: int,
    kind: str,
    actor: str,
    at: str | None,
    ticket_id: int | None,
    customer_id: int | None,
    digest: str | None,
) -> str:
    """``_link([prev_hash, event_id, …, digest])`` written out: the same text, four times faster."""
    if type(event_id) is not int or not all(
        v is None or type(v) is int for v in (ticket_id, customer_id)
    ):
        return _link([prev_hash, event_id, kind, actor, at, ticket_id, customer_id, digest])
    tid = "null" if ticket_id is None else ticket_id
    cid = "null" if customer_id is None else customer_id
    return (
        f"[{_text(prev_hash)},{event_id},{_text(kind)},{_text(actor)},{_text(at)},"
        f"{tid},{cid},{_text(digest)}]"
    )


def redacted_payload(kind: str) -> dict[str, Any]:
    """What an erased event's payload becomes; the only payload a redacted event may hold."""
    return {"redacted": True, "kind": kind}


@dataclass(frozen=True, slots=True)
class ChainBreak:
    id: int
    reason: str  # plain words for a person
    code: str  # changed, removed, inserted or erased

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "reason": self.reason, "code": self.code}


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    events: int
    sealed: int
    unsealed: int  # at the end of the chain, not yet sealed: not a break
    first_broken: ChainBreak | None
    last_sealed_id: int | None = None
    last_hash: str | None = None  # write it down: the chain up to here cannot change unseen

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "events": self.events,
            "sealed": self.sealed,
            "unsealed": self.unsealed,
            "first_broken": self.first_broken.as_json() if self.first_broken else None,
            "last_sealed_id": self.last_sealed_id,
            "last_hash": self.last_hash,
        }


def _changed(event_id: int, why: str = "") -> ChainBreak:
    return ChainBreak(
        event_id, f"event {event_id} was changed after it was recorded{why}", "changed"
    )


def _removed(event_id: int) -> ChainBreak:
    return ChainBreak(event_id, f"an event was removed before event {event_id}", "removed")


def _inserted(event_id: int) -> ChainBreak:
    return ChainBreak(event_id, f"event {event_id} was inserted into the chain", "inserted")


def _erased(event_id: int) -> ChainBreak:
    return ChainBreak(
        event_id, f"event {event_id} was erased without a record of the erasure", "erased"
    )


# -- reading events ---------------------------------------------------------------------------


class _Row(NamedTuple):
    id: int
    ticket_id: int | None
    customer_id: int | None
    kind: str
    actor: str
    at: str | None  # canonical
    payload: Any
    digest: str | None
    prev_hash: str | None
    hash: str | None
    redacted: bool


_COLUMNS = "id, ticket_id, customer_id, kind, actor, at, payload, digest, prev_hash, hash, redacted"


def _sqlite_time(value: str | None) -> str | None:
    if value is None:
        return None
    if len(value) == 26 and value[10] == " ":  # how SQLAlchemy stores a DATETIME on SQLite
        return f"{value[:10]}T{value[11:]}Z"
    return canonical_time(datetime.fromisoformat(value))


def _raw_cursor(session: Session) -> Any | None:
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return None
    return connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]


def _fetch(session: Session, after: int, limit: int, upto: int | None = None) -> list[_Row]:
    """Up to `limit` events with id > after (and <= upto), in id order."""
    cursor = _raw_cursor(session)
    if cursor is not None:
        # The driver directly: SQLAlchemy's per-value result processing would double the cost.
        bound = "" if upto is None else " AND id <= ?"
        params = (after, limit) if upto is None else (after, upto, limit)
        cursor.execute(
            f"SELECT {_COLUMNS} FROM events WHERE id > ?{bound} ORDER BY id LIMIT ?", params
        )
        loads = json.loads
        out = [
            _Row(
                i,
                t,
                c,
                k,
                a,
                _sqlite_time(at),
                None if p is None else loads(p),
                d,
                ph,
                h,
                bool(r),
            )
            for i, t, c, k, a, at, p, d, ph, h, r in cursor.fetchall()
        ]
        cursor.close()
        return out
    stmt = select(
        EventRow.id,
        EventRow.ticket_id,
        EventRow.customer_id,
        EventRow.kind,
        EventRow.actor,
        EventRow.at,
        EventRow.payload,
        EventRow.digest,
        EventRow.prev_hash,
        EventRow.hash,
        EventRow.redacted,
    ).where(EventRow.id > after)
    if upto is not None:
        stmt = stmt.where(EventRow.id <= upto)
    return [
        _Row(i, t, c, k, a, canonical_time(at), p, d, ph, h, bool(r))
        for i, t, c, k, a, at, p, d, ph, h, r in session.execute(
            stmt.order_by(EventRow.id).limit(limit)
        )
    ]


def _walk(session: Session, after: int, upto: int | None = None) -> Iterator[_Row]:
    while True:
        rows = _fetch(session, after, CHUNK, upto)
        yield from rows
        if len(rows) < CHUNK:
            return
        after = rows[-1].id


def _tail(session: Session) -> tuple[int, str | None] | None:
    row = session.execute(
        select(EventRow.id, EventRow.hash).order_by(EventRow.id.desc()).limit(1)
    ).first()
    return None if row is None else (row[0], row[1])


def _last_sealed(session: Session) -> tuple[int, str] | None:
    """The sealed event with the highest id: unsealed events are a suffix, scanned backwards."""
    row = session.execute(
        select(EventRow.id, EventRow.hash)
        .where(EventRow.hash.is_not(None))
        .order_by(EventRow.id.desc())
        .limit(1)
    ).first()
    return None if row is None or row[1] is None else (row[0], row[1])


# -- sealing ----------------------------------------------------------------------------------


def _lock(session: Session) -> None:
    """Become the only sealer: what is read next is what the chain continues from."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        # Always asked (it is re-entrant): a session without `install` keeps no lock flag.
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
        session.info[_LOCKED] = True
    elif connection.dialect.name == "sqlite":
        # A write takes SQLite's single write lock now (waiting out another writer), so the
        # reads after it see every committed event; a no-op when this transaction wrote already.
        connection.exec_driver_sql("UPDATE events SET hash = hash WHERE id = -1")


def seal(session: Session) -> int:
    """Seal every unsealed event in id order, continuing from the last sealed one."""
    return _seal(session)


def _seal(session: Session) -> int:
    tail = _tail(session)
    if tail is None or tail[1] is not None:
        return 0  # nothing new: the common case costs one indexed read
    _lock(session)
    last = _last_sealed(session)
    after, prev = last if last is not None else (_BEFORE_FIRST, GENESIS)
    done = 0
    while True:
        rows = _fetch(session, after, CHUNK)
        if not rows:
            break
        updates: list[dict[str, Any]] = []
        for r in rows:
            digest = _sha256(_canonical(r.payload).encode("ascii")).hexdigest()
            link = link_hash(prev, r.id, r.kind, r.actor, r.at, r.ticket_id, r.customer_id, digest)
            updates.append({"digest": digest, "prev_hash": prev, "hash": link, "id": r.id})
            prev = link
        bulk.update_many(session, EVENTS, updates)
        done += len(rows)
        after = rows[-1].id
        if len(rows) < CHUNK:
            break
    return done


def _refresh_loaded(session: Session) -> None:
    """Events this session holds in memory get their seal too (they outlive the commit)."""
    loaded: dict[int, EventRow] = {}
    for state in session.identity_map.all_states():
        obj = state.obj()
        if isinstance(obj, EventRow) and state.identity and obj.__dict__.get("hash") is None:
            loaded[state.identity[0]] = obj
    ids = sorted(loaded)
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        for i, digest, prev, link in session.execute(
            select(EventRow.id, EventRow.digest, EventRow.prev_hash, EventRow.hash).where(
                EventRow.id.in_(part)
            )
        ):
            obj = loaded[i]
            set_committed_value(obj, "digest", digest)
            set_committed_value(obj, "prev_hash", prev)
            set_committed_value(obj, "hash", link)


def _before_commit(session: Session) -> None:
    session.flush()  # the ORM's pending events get their ids before the chain takes them in
    if _seal(session):
        _refresh_loaded(session)


_LOCKED = "triage.audit.locked"  # in Session.info: this transaction holds the advisory lock


def _pg_lock(session: Session) -> None:
    if session.info.get(_LOCKED):
        return
    session.connection().execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
    session.info[_LOCKED] = True


def _pg_after_begin(session: Session, _transaction: Any, _connection: Any) -> None:
    session.info.pop(_LOCKED, None)  # the lock went with the transaction before


def _pg_before_flush(session: Session, _context: Any, _instances: Any) -> None:
    _pg_lock(session)  # a flush only runs with something to write


def _pg_do_orm_execute(state: ORMExecuteState) -> None:
    locking = getattr(state.statement, "_for_update_arg", None) is not None
    if state.is_insert or state.is_update or state.is_delete or locking:
        _pg_lock(state.session)


def install(factory: sessionmaker[Session]) -> None:
    """Make every commit of a session from this factory seal the events it wrote. Idempotent."""
    if event.contains(factory, "before_commit", _before_commit):
        return
    event.listen(factory, "before_commit", _before_commit)
    bind = factory.kw.get("bind")
    if bind is not None and bind.dialect.name == "postgresql":
        # Sequence ids are taken at insert time: hold the sealing lock from the first write to the
        # commit, or a later-committing writer could hold a lower id than a sealed event. Taken
        # before any row lock (writes, SELECT … FOR UPDATE), writers cannot deadlock over it.
        event.listen(factory, "after_begin", _pg_after_begin)
        event.listen(factory, "before_flush", _pg_before_flush)
        event.listen(factory, "do_orm_execute", _pg_do_orm_execute)


# -- verifying --------------------------------------------------------------------------------


def _content_ok(r: _Row) -> bool:
    if r.redacted:
        return isinstance(r.payload, dict) and r.payload == redacted_payload(r.kind)
    return r.digest == _sha256(_canonical(r.payload).encode("ascii")).hexdigest()


def _seal_ok(r: _Row) -> bool:
    return r.hash == link_hash(
        r.prev_hash, r.id, r.kind, r.actor, r.at, r.ticket_id, r.customer_id, r.digest
    )


def _erasure_ids(r: _Row) -> Sequence[int]:
    if r.kind != ERASED_KIND or not isinstance(r.payload, dict):
        return ()
    ids = r.payload.get(REDACTED_EVENTS, ())
    return [i for i in ids if isinstance(i, int)] if isinstance(ids, list) else ()


def _first_break(session: Session, upto: int) -> ChainBreak | None:
    expected = GENESIS  # what the next sealed event's prev_hash must be
    prev: _Row | None = None  # the last event that checked out
    prev_expected = GENESIS  # what prev's own prev_hash was
    pending: int | None = None  # the first unsealed event since prev
    redacted: list[int] = []
    covered: set[int] = set()
    found: ChainBreak | None = None
    rows = _walk(session, _BEFORE_FIRST, upto)
    r = next(rows, None)
    while r is not None:
        nxt = next(rows, None)
        if r.hash is None:
            pending = r.id if pending is None else pending
        elif pending is not None:
            # Sealed events after unsealed ones: the chain skips them (put in by hand) or their
            # seal was wiped (changed); either way the first of them is where it breaks.
            found = (
                _inserted(pending)
                if r.prev_hash == expected
                else _changed(pending, " (its seal was removed)")
            )
            break
        else:
            content, sealed, linked = _content_ok(r), _seal_ok(r), r.prev_hash == expected
            if content and sealed and linked:
                if r.redacted:
                    redacted.append(r.id)
                covered.update(_erasure_ids(r))
                prev, prev_expected, expected = r, expected, r.hash
            else:
                skipped = nxt is not None and nxt.hash is not None and nxt.prev_hash == expected
                if skipped:
                    found = _inserted(r.id)  # its neighbours link to each other over it
                elif linked:
                    found = _changed(r.id)
                elif prev is not None and r.prev_hash == prev_expected:
                    found = _inserted(prev.id)  # r links over prev: prev was slipped in
                elif prev is not None and r.id == prev.id + 1:
                    found = _changed(prev.id)  # no room for a removed event: prev was re-sealed
                else:
                    found = _removed(r.id)
                break
        r = nxt
    uncovered = next((i for i in redacted if i not in covered), None)
    if uncovered is not None and (found is None or uncovered < found.id):
        return _erased(uncovered)
    return found


def verify(session: Session) -> ChainReport:
    """Recompute every digest and link, reading only; unsealed events at the end are reported
    as `unsealed`, not as a break (the next commit seals them)."""
    last = _last_sealed(session)
    total, sealed = session.execute(
        select(func.count(EventRow.id), func.count(EventRow.hash))
    ).one()
    tail_unsealed = 0
    if last is not None:
        tail_unsealed = int(
            session.scalar(select(func.count(EventRow.id)).where(EventRow.id > last[0])) or 0
        )
    else:
        tail_unsealed = int(total)
    broken = _first_break(session, last[0]) if last is not None else None
    return ChainReport(
        ok=broken is None,
        events=int(total),
        sealed=int(sealed),
        unsealed=tail_unsealed,
        first_broken=broken,
        last_sealed_id=last[0] if last is not None else None,
        last_hash=last[1] if last is not None else None,
    )
