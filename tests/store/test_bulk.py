"""The import path's driver-level writes read back exactly like ORM writes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import Table, select

from triage.services import Triage
from triage.store import bulk
from triage.store.db import unit_of_work
from triage.store.tables import Base, CustomerRow, EventRow, TicketRow

CUSTOMERS = Table("customers", Base.metadata)
EVENTS = Table("events", Base.metadata)


def test_returned_ids_are_the_rows_written(triage: Triage) -> None:
    now = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    with unit_of_work(triage.sessions) as s:
        s.add(CustomerRow(display_name="already there", created_at=now))
    with unit_of_work(triage.sessions) as s:
        ids = bulk.insert_returning_ids(
            s, CUSTOMERS, [{"display_name": f"c{i}", "created_at": now} for i in range(50)]
        )
    with triage.sessions() as s:
        stored = dict(s.execute(select(CustomerRow.id, CustomerRow.display_name)).all())
    assert [stored[i] for i in ids] == [f"c{i}" for i in range(50)]


def test_times_and_json_round_trip_and_compare_like_orm_values(triage: Triage) -> None:
    at = datetime(2026, 11, 23, 10, 0, 0, tzinfo=timezone(timedelta(hours=1)))  # 09:00 UTC
    whole = datetime(2026, 11, 23, 9, 0, 0, tzinfo=UTC)
    with unit_of_work(triage.sessions) as s:
        ticket = TicketRow(channel="x", opened_at=whole, last_inbound_at=whole, updated_at=whole)
        s.add(ticket)
        s.flush()
        bulk.insert_many(
            s,
            EVENTS,
            [
                {
                    "ticket_id": ticket.id,
                    "kind": "noted",
                    "actor": "a",
                    "at": at,
                    "payload": {"text": "é <b>", "n": [1, 2]},
                },
                {
                    "ticket_id": ticket.id,
                    "kind": "noted",
                    "actor": "b",
                    "at": whole + timedelta(microseconds=1),
                    "payload": {},
                },
            ],
        )
    with triage.sessions() as s:
        rows = s.scalars(select(EventRow).order_by(EventRow.id)).all()
        assert rows[0].at == whole and rows[0].payload == {"text": "é <b>", "n": [1, 2]}
        # string comparisons in SQL agree with time order for bulk- and ORM-written values
        same = s.scalars(select(EventRow.actor).where(EventRow.at == whole)).all()
        later = s.scalars(select(EventRow.actor).where(EventRow.at > whole)).all()
    assert same == ["a"] and later == ["b"]
