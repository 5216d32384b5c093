"""The store on a real PostgreSQL (a throwaway cluster, tests/pg.py): migrations, engine, bulk."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Engine, Integer, MetaData, String, Table, inspect, select

from triage.store import bulk
from triage.store.db import (
    SchemaNotUpgraded,
    SchemaTooNew,
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    make_sessionmaker,
    migrate,
    unit_of_work,
)
from triage.store.tables import MIGRATION_ONLY_INDEXES, Base, CustomerRow, EventRow, TicketRow

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
CUSTOMERS = Table("customers", Base.metadata)
EVENTS = Table("events", Base.metadata)


@pytest.fixture
def empty(pg_url: Callable[[], str]) -> Iterator[Engine]:
    engine = make_engine(pg_url())
    yield engine
    engine.dispose()


@pytest.fixture
def migrated(empty: Engine) -> Engine:
    migrate(empty)
    return empty


def _compared(obj: object, name: str | None, kind: str, reflected: bool, other: object) -> bool:
    return not (kind == "index" and name in MIGRATION_ONLY_INDEXES)


def _differences(engine: Engine, metadata: MetaData) -> list[object]:
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _compared}
        )
        return list(compare_metadata(ctx, metadata))


def test_engine_is_psycopg_in_utc_with_a_pinged_pool(empty: Engine) -> None:
    assert empty.dialect.name == "postgresql" and empty.dialect.driver == "psycopg"
    assert empty.pool._pre_ping
    assert empty.pool.size() == 5  # type: ignore[attr-defined]
    with empty.connect() as conn:
        assert conn.exec_driver_sql("SHOW TimeZone").scalar() == "UTC"
        assert conn.exec_driver_sql("SHOW server_encoding").scalar() == "UTF8"
    # a plain postgresql:// address gets psycopg 3 too (SQLAlchemy's default is psycopg2)
    plain = make_engine(empty.url.render_as_string(hide_password=False).replace("+psycopg", ""))
    try:
        assert plain.dialect.driver == "psycopg"
        with plain.connect() as conn:
            assert conn.exec_driver_sql("SHOW TimeZone").scalar() == "UTC"
    finally:
        plain.dispose()


def test_upgrade_of_an_empty_database_matches_the_models(empty: Engine) -> None:
    assert current_revision(empty) is None
    assert migrate(empty) is None  # no file to copy on a server
    assert sorted(inspect(empty).get_table_names()) == sorted(
        [*Base.metadata.tables, "alembic_version"]
    )
    assert current_revision(empty) == head_revision(empty) is not None
    assert _differences(empty, Base.metadata) == []


def test_the_schema_comparison_sees_model_changes(migrated: Engine) -> None:
    changed = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        table.to_metadata(changed)
    changed.tables["agents"].append_column(Column("shift", Integer, nullable=True))
    changed.tables["quarantine"].c.origin.type = String(600)
    ops = [d[0] if isinstance(d, list) else d for d in _differences(migrated, changed)]
    assert sorted((op[0], op[2]) for op in ops) == [  # type: ignore[index]
        ("add_column", "agents"),
        ("modify_type", "quarantine"),
    ]


def test_downgrade_to_base_and_upgrade_again(migrated: Engine) -> None:
    cfg = alembic_config(migrated)
    command.downgrade(cfg, "base")
    assert inspect(migrated).get_table_names() == ["alembic_version"]
    assert current_revision(migrated) is None
    command.upgrade(cfg, "head")
    assert _differences(migrated, Base.metadata) == []


def test_upgrading_a_desk_with_tickets_keeps_them(empty: Engine) -> None:
    command.upgrade(alembic_config(empty), "0002")
    with empty.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO tickets (channel, status, priority, band, components, reasons, cue_points,"
            " cue_classes, cue_evidence, sentiment, first_sentiment, interactions, followers,"
            " repeat_contacts, followups, channel_switch, reopened, lang, snippet, author,"
            " author_name, message_count, opened_at, last_inbound_at, sla_minutes, escalated,"
            " escalation_reason, version, updated_at) VALUES ('x', 'open', 0, 'P4', '{}', '[]', 0,"
            " '[]', '[]', 50, 50, 0, 0, 1, 0, false, 0, 'en', 'hi', '@a', 'A', 1,"
            " '2026-11-23 09:00:00', '2026-11-23 09:00:00', 60, true, 'legal', 1,"
            " '2026-11-23 09:00:00')"
        )
        conn.exec_driver_sql(
            "INSERT INTO events (ticket_id, kind, actor, at, payload)"
            " VALUES (1, 'escalated', 'sanne', '2026-11-23 09:00:00', '{}')"
        )
    assert migrate(empty) is None  # nothing to copy: a server keeps its own backups
    with make_sessionmaker(empty)() as s:
        (ticket,) = s.scalars(select(TicketRow)).all()
        (event,) = s.scalars(select(EventRow)).all()
    assert ticket.joiners == 0 and ticket.recent_inbound == []
    assert ticket.escalation_state == "pending" and ticket.escalation_source == "manual"
    assert ticket.opened_at == datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    assert event.redacted is False
    assert _differences(empty, Base.metadata) == []


def test_a_schema_newer_than_the_app_is_refused(migrated: Engine) -> None:
    with migrated.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    with pytest.raises(SchemaTooNew, match="newer than this version"):
        migrate(migrated)
    assert current_revision(migrated) == "ffff_from_the_future"


def test_returned_ids_are_the_rows_written_in_order(migrated: Engine) -> None:
    sessions = make_sessionmaker(migrated)
    with unit_of_work(sessions) as s:
        s.add(CustomerRow(display_name="already there", created_at=NOW))
    # More rows than one INSERT … RETURNING batch holds, so the batches must come back in order.
    names = [f"c{i}" for i in range(2500)]
    with unit_of_work(sessions) as s:
        ids = bulk.insert_returning_ids(
            s, CUSTOMERS, [{"display_name": n, "created_at": NOW} for n in names]
        )
    with sessions() as s:
        stored = dict(s.execute(select(CustomerRow.id, CustomerRow.display_name)).all())
    assert [stored[i] for i in ids] == names
    assert len(set(ids)) == len(ids)


def test_bulk_writes_read_back_like_orm_writes(migrated: Engine) -> None:
    at = datetime(2026, 11, 23, 10, 0, 0, tzinfo=timezone(timedelta(hours=1)))  # 09:00 UTC
    whole = datetime(2026, 11, 23, 9, 0, 0, tzinfo=UTC)
    sessions = make_sessionmaker(migrated)
    with unit_of_work(sessions) as s:
        ticket = TicketRow(channel="x", opened_at=whole, last_inbound_at=whole, updated_at=whole)
        s.add(ticket)
        s.flush()
        rows = [
            {"ticket_id": ticket.id, "kind": "noted", "actor": a, "at": t, "payload": p}
            for a, t, p in (
                ("a", at, {"text": "é <b>", "n": [1, 2]}),
                ("b", whole + timedelta(microseconds=1), {}),
            )
        ]
        bulk.insert_many(s, EVENTS, rows)
    with unit_of_work(sessions) as s:
        ids = s.scalars(select(EventRow.id).order_by(EventRow.id)).all()
        bulk.update_many(s, EVENTS, [{"id": ids[1], "actor": "c", "redacted": True}])
    with sessions() as s:
        events = s.scalars(select(EventRow).order_by(EventRow.id)).all()
        same = s.scalars(select(EventRow.actor).where(EventRow.at == whole)).all()
        later = s.scalars(select(EventRow.actor).where(EventRow.at > whole)).all()
    assert events[0].at == whole and events[0].payload == {"text": "é <b>", "n": [1, 2]}
    assert (events[1].actor, events[1].redacted) == ("c", True)
    assert same == ["a"] and later == ["c"]


def _start(url: str, ready: Any, results: Any) -> None:
    engine = make_engine(url)
    try:
        ready.wait(timeout=60)
        migrate(engine)
        results.put(current_revision(engine))
    except BaseException as exc:
        results.put(repr(exc))
        raise
    finally:
        engine.dispose()


def test_a_whole_team_starting_at_once_upgrades_the_schema_once(
    pg_url: Callable[[], str],
) -> None:
    url = pg_url()
    ctx = mp.get_context("spawn")
    ready, results = ctx.Barrier(4), ctx.Queue()
    procs = [ctx.Process(target=_start, args=(url, ready, results)) for _ in range(4)]
    for p in procs:
        p.start()
    got = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    engine = make_engine(url)
    try:
        head = head_revision(engine)
        assert got == [head] * 4  # nobody tripped over another's half-made tables
        assert _differences(engine, Base.metadata) == []
    finally:
        engine.dispose()


def test_a_login_that_may_not_change_the_schema_gets_a_clear_refusal(
    pg_url: Callable[[], str],
) -> None:
    url = pg_url()
    owner = make_engine(url)
    try:
        command.upgrade(alembic_config(owner), "0005")
        with owner.begin() as conn:
            conn.exec_driver_sql("DROP ROLE IF EXISTS plain_desk")
            conn.exec_driver_sql("CREATE ROLE plain_desk LOGIN PASSWORD 'pw'")
            conn.exec_driver_sql(
                "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO plain_desk"
            )
            conn.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        desk = make_engine(
            owner.url.set(username="plain_desk", password="pw").render_as_string(
                hide_password=False
            )
        )
        try:
            with pytest.raises(SchemaNotUpgraded, match="ask the administrator"):
                migrate(desk)
        finally:
            desk.dispose()
        assert current_revision(owner) == "0005"  # nothing half done
        assert migrate(owner) is None and current_revision(owner) == head_revision(owner)
    finally:
        with owner.begin() as conn:
            conn.exec_driver_sql("DROP OWNED BY plain_desk")
            conn.exec_driver_sql("DROP ROLE plain_desk")
        owner.dispose()
