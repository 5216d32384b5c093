"""The periodic re-score of the tickets a customer waits on, in bulk (`Triage.rescore_open`).

What it leaves behind is what re-scoring ticket by ticket through the ORM leaves (`rescore`
per row, `recount_pauses` before it, `escalations.apply_rules` after it): the same priorities,
bands, points, reasons, first-response and resolution due times, paused seconds, SCORED events
for band changes and rule escalations. tests/core/test_rescore_open.py compares the two on a
varied desk.

Which tickets: a score changes with time only where a waiting point is added or a target is
reached, and the overdue-reply rule fires at the first-response due time. Each scored ticket
stores the next of those moments (`rescore_at`, triage/scoring/waiting.py); anything else that
changes a ticket re-scores it and makes it due at once. So a periodic run reads only the
tickets whose moment has come (`full=False`); a full run (a new policy set, new customer values,
and once an hour as a safety net) reads every waiting ticket.

How: reading only the columns the score needs, a chunk at a time (memory stays flat), on SQLite
straight from the driver; scoring with `BulkScorer`, which makes the stored forms directly;
writing back only what changed, grouped by the columns that changed, with executemany; loading
ORM rows only for the few tickets an escalation rule catches, for `apply_rules`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from triage.domain.enums import Direction, EventKind, TicketStatus
from triage.pacing import pause_point
from triage.scoring.bulk_rescore import BulkScorer, Rescored
from triage.scoring.sla_clock import Turn, ended_pause_seconds
from triage.scoring.sla_policy import BusinessHours, PolicySet
from triage.services import escalations
from triage.store import bulk
from triage.store.tables import Base, CustomerRow, EventRow, MentionRow, TicketRow

CHUNK = 500  # tickets read, scored and written at a time
WAITING = (TicketStatus.NEW.value, TicketStatus.OPEN.value)
TICKETS: Table = Base.metadata.tables["tickets"]
EVENTS: Table = Base.metadata.tables["events"]
SCORED = EventKind.SCORED.value
RESOLVED = EventKind.RESOLVED.value
OUTBOUND = Direction.OUTBOUND.value

# Read per ticket, in this order: the id, the scorer's INPUTS, what it writes (but the JSON,
# which SQLite compares itself: see _SqliteStore.write), what the escalation rules read.
_READ = (
    "t.id, t.channel, t.cue_points, t.cue_classes, t.sentiment, t.first_sentiment, "
    "t.followers, t.interactions, t.repeat_contacts, t.channel_switch, t.reopened, "
    "t.followups, t.joiners, t.recent_inbound, t.waiting_since, t.opened_at, t.paused_seconds, "
    "c.value_pct, t.priority, t.band, t.sla_minutes, t.sla_due_at, t.resolution_due_at, "
    "t.escalated, t.message_count, t.rescore_at"
)
_READ_COLUMNS = (
    TicketRow.id,
    TicketRow.channel,
    TicketRow.cue_points,
    TicketRow.cue_classes,
    TicketRow.sentiment,
    TicketRow.first_sentiment,
    TicketRow.followers,
    TicketRow.interactions,
    TicketRow.repeat_contacts,
    TicketRow.channel_switch,
    TicketRow.reopened,
    TicketRow.followups,
    TicketRow.joiners,
    TicketRow.recent_inbound,
    TicketRow.waiting_since,
    TicketRow.opened_at,
    TicketRow.paused_seconds,
    CustomerRow.value_pct,
    TicketRow.priority,
    TicketRow.band,
    TicketRow.sla_minutes,
    TicketRow.sla_due_at,
    TicketRow.resolution_due_at,
    TicketRow.escalated,
    TicketRow.message_count,
    TicketRow.rescore_at,
    TicketRow.components,
    TicketRow.reasons,
)
# The plain columns a score writes, in the order rescore_open compares them.
_PLAIN = (
    "priority",
    "band",
    "sla_minutes",
    "sla_due_at",
    "resolution_due_at",
    "paused_seconds",
    "rescore_at",
)
# A ticket's write: the plain columns that changed, their new values, the score, the id.
Write = tuple[tuple[str, ...], tuple[Any, ...], Rescored, int]


@dataclass(slots=True)
class _RuleView:
    """What `escalations.rules_for` reads of a ticket, with its new due time."""

    cue_classes: list[Any]
    sla_due_at: datetime | None
    waiting_since: datetime | None
    followers: int
    interactions: int
    message_count: int
    sentiment: float
    first_sentiment: float


def rescore_open(session: Session, now: datetime, policies: PolicySet, full: bool = True) -> int:
    """Re-score the new and open tickets a customer waits on: all of them (`full`), or those
    whose score can have changed since they were last scored. Returns how many."""
    store = _Store.for_session(session)
    scorer = BulkScorer(policies, now, stored_text=store.stored_text)
    score = scorer.score
    when = store.when
    stored_now = scorer.stored_now
    caught: list[int] = []
    done = 0
    ids = store.waiting_ids() if full else store.due_ids(now)
    for chunk in _chunks(ids, CHUNK):
        rows = store.read(chunk)
        paused = _recount_pauses(store, rows, policies.hours)
        writes: list[Write] = []
        events: list[tuple[int, str]] = []
        for r in rows:
            pause_point()  # a GUI thread may be painting beside the scheduler's thread
            ticket_id = r[0]
            pause = paused.get(ticket_id, r[16])
            new = score(r[1:18] if pause == r[16] else (*r[1:16], pause, r[17]))
            due = new.changes_at
            if not r[23] and new.sla_due_at is not None and new.sla_due_at >= stored_now:
                # the overdue-reply rule fires after the due time (escalated: it cannot)
                due = new.sla_due_at if due is None or new.sla_due_at < due else due
            plain = (
                new.priority,
                new.band,
                new.sla_minutes,
                new.sla_due_at,
                new.resolution_due_at,
                pause,
                due,
            )
            old = (r[18], r[19], r[20], when(r[21]), when(r[22]), r[16], when(r[25]))
            changed: tuple[str, ...] = ()
            if plain != old:
                changed = tuple(
                    name for name, a, b in zip(_PLAIN, plain, old, strict=True) if a != b
                )
            writes.append((changed, plain, new, ticket_id))
            if new.band != r[19]:
                events.append((ticket_id, new.scored_payload_json()))
            if not r[23] and _caught(store, scorer, r, new, now):
                caught.append(ticket_id)
        store.write(rows, writes)
        store.add_scored_events(events, now)
        done += len(rows)
    # The rules need the ORM rows (they raise events and bump versions): only the caught ones.
    for chunk in _chunks(iter(caught), 500):
        tickets = session.scalars(select(TicketRow).where(TicketRow.id.in_(chunk))).all()
        escalations.apply_rules(session, tickets, now)
    return done


def _caught(
    store: _Store, scorer: BulkScorer, r: Sequence[Any], new: Rescored, now: datetime
) -> bool:
    """Whether an escalation rule catches this waiting ticket with its new score."""
    view = _RuleView(
        cue_classes=scorer.cues(r[3]).listed,
        sla_due_at=store.aware(new.sla_due_at),
        waiting_since=store.aware(store.when(r[14])),
        followers=r[6],
        interactions=r[7],
        message_count=r[24],
        sentiment=r[4],
        first_sentiment=r[5],
    )
    # rules_for reads these attributes only; a row's worth of them is all it gets.
    return bool(escalations.rules_for(cast(TicketRow, view), now))


def _recount_pauses(
    store: _Store, rows: Sequence[Sequence[Any]], hours: BusinessHours
) -> dict[int, int]:
    """`policies.recount_pauses` for these tickets: paused seconds from their history, for
    the tickets the customer came back to (a follow-up or a reopening)."""
    candidates = [r[0] for r in rows if (r[11] or 0) > 0 or (r[10] or 0) > 0]
    if not candidates:
        return {}
    turns: dict[int, list[Turn]] = defaultdict(list)
    for ticket_id, direction, at in store.messages(candidates):
        turns[ticket_id].append((at, "out" if direction == OUTBOUND else "in"))
    for ticket_id, at in store.resolutions(candidates):
        turns[ticket_id].append((at, "resolved"))
    return {t: ended_pause_seconds(turns.get(t, ()), hours) for t in candidates}


def _chunks(ids: Iterator[int], size: int) -> Iterator[list[int]]:
    chunk: list[int] = []
    for i in ids:
        chunk.append(i)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Store:
    """Reads and writes through SQLAlchemy: values as Python objects (PostgreSQL, others)."""

    stored_text = False  # times and JSON as the database's text (SQLite's driver)

    def __init__(self, session: Session) -> None:
        self.session = session

    @staticmethod
    def for_session(session: Session) -> _Store:
        if session.connection().dialect.name == "sqlite":
            return _SqliteStore(session)
        return _Store(session)

    def waiting_ids(self) -> Iterator[int]:
        ids = self.session.scalars(
            select(TicketRow.id).where(
                TicketRow.status.in_(WAITING), TicketRow.waiting_since.is_not(None)
            )
        ).all()
        return iter(sorted(ids))

    def due_ids(self, now: datetime) -> Iterator[int]:
        """The waiting tickets whose moment has come; the others whose moment has come are no
        longer waiting on us (answered): nothing about them changes with time until the
        customer writes again, which re-scores them."""
        due = (TicketRow.status.in_(WAITING), TicketRow.rescore_at <= now)
        self.session.execute(
            update(TicketRow)
            .where(*due, TicketRow.waiting_since.is_(None))
            .values(rescore_at=None)
            .execution_options(synchronize_session=False)
        )
        ids = self.session.scalars(
            select(TicketRow.id).where(*due, TicketRow.waiting_since.is_not(None))
        ).all()
        return iter(sorted(ids))

    def read(self, ids: list[int]) -> list[Sequence[Any]]:
        return list(
            self.session.execute(
                select(*_READ_COLUMNS)
                .outerjoin(CustomerRow, TicketRow.customer_id == CustomerRow.id)
                .where(TicketRow.id.in_(ids))
                .order_by(TicketRow.id)
            )
        )

    @staticmethod
    def when(value: Any) -> datetime | None:
        """A stored time as the scorer gives its times."""
        return cast(datetime | None, value)

    @staticmethod
    def aware(value: datetime | None) -> datetime | None:
        return value

    def write(self, rows: Sequence[Sequence[Any]], writes: list[Write]) -> None:
        """The changed columns of each ticket, the JSON ones compared as values."""
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for r, (changed, plain, new, ticket_id) in zip(rows, writes, strict=True):
            values = dict(zip(_PLAIN, plain, strict=True))
            columns = list(changed)
            if new.components() != r[26]:
                columns.append("components")
                values["components"] = new.components()
            if new.explanation() != r[27]:
                columns.append("reasons")
                values["reasons"] = new.explanation()
            if columns:
                groups[tuple(columns)].append({"id": ticket_id, **{c: values[c] for c in columns}})
        for updates in groups.values():
            bulk.update_many(self.session, TICKETS, updates)

    def add_scored_events(self, events: list[tuple[int, str]], now: datetime) -> None:
        if events:
            bulk.insert_many(
                self.session,
                EVENTS,
                [
                    {
                        "ticket_id": ticket_id,
                        "kind": SCORED,
                        "actor": "system",
                        "at": now,
                        "payload": json.loads(payload),
                    }
                    for ticket_id, payload in events
                ],
            )

    def messages(self, ticket_ids: list[int]) -> Iterator[tuple[int, str, datetime]]:
        for i in range(0, len(ticket_ids), 500):
            rows = self.session.execute(
                select(MentionRow.ticket_id, MentionRow.direction, MentionRow.created_at).where(
                    MentionRow.ticket_id.in_(ticket_ids[i : i + 500])
                )
            ).all()
            yield from ((r[0], r[1], r[2]) for r in rows)

    def resolutions(self, ticket_ids: list[int]) -> Iterator[tuple[int, datetime]]:
        for i in range(0, len(ticket_ids), 500):
            for ticket_id, at in self.session.execute(
                select(EventRow.ticket_id, EventRow.at).where(
                    EventRow.ticket_id.in_(ticket_ids[i : i + 500]), EventRow.kind == RESOLVED
                )
            ):
                if ticket_id is not None:
                    yield ticket_id, at


class _SqliteStore(_Store):
    """The same through the driver: times parsed only when used, the JSON never read. Most
    runs change only the minutes of the waiting reason; SQLite compares the stored text with
    the new one itself and rewrites only rows where it differs, and nothing crosses into
    Python for the rest. SQLAlchemy's per-value processing would cost more than the scoring."""

    stored_text = True

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        connection = session.connection().connection.dbapi_connection
        assert connection is not None
        self.cursor = connection.cursor()

    def waiting_ids(self) -> Iterator[int]:
        # The active queue's partial index by waiting time holds exactly these (migration 0010).
        rows = self.cursor.execute(
            "SELECT id FROM tickets WHERE +status IN ('new', 'open') AND waiting_since IS NOT NULL"
        ).fetchall()
        # Sorted here: ORDER BY id would have SQLite read the whole table in id order instead.
        return iter(sorted(i for (i,) in rows))

    def due_ids(self, now: datetime) -> Iterator[int]:
        # ix_tickets_rescore_due holds the active tickets by their moment (migration 0012).
        at = _sqlite_text(now.astimezone(UTC).replace(tzinfo=None))
        due = "+status IN ('new', 'open') AND rescore_at <= ?"
        self.cursor.execute(
            f"UPDATE tickets SET rescore_at = NULL WHERE {due} AND waiting_since IS NULL", (at,)
        )
        rows = self.cursor.execute(
            f"SELECT id FROM tickets WHERE {due} AND waiting_since IS NOT NULL", (at,)
        ).fetchall()
        return iter(sorted(i for (i,) in rows))

    def read(self, ids: list[int]) -> list[Sequence[Any]]:
        marks = ", ".join("?" * len(ids))
        rows: list[Sequence[Any]] = self.cursor.execute(
            f"SELECT {_READ} FROM tickets AS t LEFT JOIN customers AS c ON c.id = t.customer_id "
            f"WHERE t.id IN ({marks}) ORDER BY t.id",
            ids,
        ).fetchall()
        return rows

    @staticmethod
    def when(value: Any) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)  # naive UTC, as stored

    @staticmethod
    def aware(value: datetime | None) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)

    def write(self, rows: Sequence[Sequence[Any]], writes: list[Write]) -> None:
        text = _sqlite_text
        json_only: list[tuple[Any, ...]] = []
        groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
        for changed, plain, new, ticket_id in writes:
            components, reasons = new.components_json, new.reasons_json
            if not changed:
                json_only.append((components, reasons, ticket_id, components, reasons))
                continue
            values = dict(zip(_PLAIN, plain, strict=True))
            groups[changed].append(
                (*(text(values[c]) for c in changed), components, reasons, ticket_id)
            )
        # Only rows whose text differs are rewritten: the others are left untouched on disk.
        self.cursor.executemany(
            "UPDATE tickets SET components = ?, reasons = ? WHERE id = ? "
            "AND (components IS NOT ? OR reasons IS NOT ?)",
            json_only,
        )
        for changed, updates in groups.items():
            assignments = "".join(f"{c} = ?, " for c in changed)
            self.cursor.executemany(
                f"UPDATE tickets SET {assignments}components = ?, reasons = ? WHERE id = ?",
                updates,
            )

    def add_scored_events(self, events: list[tuple[int, str]], now: datetime) -> None:
        at = _sqlite_text(now.astimezone(UTC).replace(tzinfo=None))
        self.cursor.executemany(
            "INSERT INTO events (ticket_id, kind, actor, at, payload) VALUES (?, ?, ?, ?, ?)",
            [(ticket_id, SCORED, "system", at, payload) for ticket_id, payload in events],
        )

    def messages(self, ticket_ids: list[int]) -> Iterator[tuple[int, str, datetime]]:
        marks = ", ".join("?" * len(ticket_ids))
        rows = self.cursor.execute(
            f"SELECT ticket_id, direction, created_at FROM mentions WHERE ticket_id IN ({marks})",
            ticket_ids,
        ).fetchall()
        parse = datetime.fromisoformat
        for ticket_id, direction, at in rows:
            yield ticket_id, direction, parse(at).replace(tzinfo=UTC)

    def resolutions(self, ticket_ids: list[int]) -> Iterator[tuple[int, datetime]]:
        marks = ", ".join("?" * len(ticket_ids))
        rows = self.cursor.execute(
            f"SELECT ticket_id, at FROM events WHERE ticket_id IN ({marks}) AND kind = ?",
            [*ticket_ids, RESOLVED],
        ).fetchall()
        for ticket_id, at in rows:
            yield ticket_id, datetime.fromisoformat(at).replace(tzinfo=UTC)


def _sqlite_text(value: Any) -> Any:
    """A value as SQLite holds it: a (naive UTC) time as SQLAlchemy writes it, six digits."""
    if isinstance(value, datetime):
        return value.isoformat(" ", "microseconds")
    return value
