"""Real Alembic migrations on real SQLite files: schema, the copy before a migration, pragmas."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, Engine, Integer, MetaData, String, inspect, select
from sqlalchemy.exc import IntegrityError

from triage.store import db
from triage.store.db import (
    SchemaTooNew,
    alembic_config,
    backup_sqlite_file,
    current_revision,
    head_revision,
    make_engine,
    make_sessionmaker,
    migrate,
    unit_of_work,
)
from triage.store.tables import MIGRATION_ONLY_INDEXES, AgentRow, Base, EventRow, TicketRow

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@contextmanager
def _engine(path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{path}")
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Engine]:
    """An engine on an empty (zero-byte) SQLite file."""
    path = tmp_path / "fresh.db"
    sqlite3.connect(path).close()
    assert path.stat().st_size == 0
    with _engine(path) as engine:
        yield engine


@pytest.fixture
def migrated(db_url: str) -> Iterator[Engine]:
    """An engine on a copy of the migrated template."""
    with _engine(Path(db_url.removeprefix("sqlite:///"))) as engine:
        yield engine


def _compared(obj: object, name: str | None, kind: str, reflected: bool, other: object) -> bool:
    return not (kind == "index" and name in MIGRATION_ONLY_INDEXES)


def _differences(engine: Engine, metadata: MetaData) -> list[object]:
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _compared}
        )
        return list(compare_metadata(ctx, metadata))


def _add_agent(engine: Engine, name: str) -> None:
    with unit_of_work(make_sessionmaker(engine)) as s:
        s.add(AgentRow(name=name, display_name=name.title(), role="agent", created_at=NOW))


def test_upgrade_of_an_empty_file_creates_every_table(fresh: Engine, tmp_path: Path) -> None:
    assert current_revision(fresh) is None
    assert migrate(fresh) is None  # nothing to back up in a new file
    assert sorted(inspect(fresh).get_table_names()) == sorted(
        [*Base.metadata.tables, "alembic_version"]
    )
    assert current_revision(fresh) == head_revision(fresh) is not None
    assert list(tmp_path.glob("*.bak")) == []


def test_migrated_schema_matches_the_models(migrated: Engine) -> None:
    # A model change without a migration makes this list non-empty.
    assert _differences(migrated, Base.metadata) == []


def test_the_schema_comparison_sees_model_changes(migrated: Engine) -> None:
    """Guards the test above: the comparison is not blind to columns or types."""
    changed = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        table.to_metadata(changed)
    changed.tables["agents"].append_column(Column("shift", Integer, nullable=True))
    changed.tables["quarantine"].c.origin.type = String(600)
    diffs = _differences(migrated, changed)
    # Alembic groups column modifications in a list: [("modify_type", ...)]
    ops = [d[0] if isinstance(d, list) else d for d in diffs]
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


def test_migrate_on_an_up_to_date_database_does_nothing(
    migrated: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_agent(migrated, "sanne")
    before = current_revision(migrated)

    def must_not_run(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("upgrade ran on an up-to-date database")

    monkeypatch.setattr(db.command, "upgrade", must_not_run)
    assert migrate(migrated) is None
    assert current_revision(migrated) == before == head_revision(migrated)
    assert list(tmp_path.glob("*.bak")) == []  # no copy either
    with make_sessionmaker(migrated)() as s:
        assert s.scalars(select(AgentRow.name)).all() == ["sanne"]


def test_backup_is_a_consistent_copy_of_a_live_wal_database(
    migrated: Engine, tmp_path: Path
) -> None:
    _add_agent(migrated, "sanne")
    _add_agent(migrated, "piet")
    live = Path(str(migrated.url.database))
    # The engine's pooled connection keeps the rows in the WAL file: a plain file copy misses
    # them, which is why the backup goes through SQLite's backup API.
    naive = tmp_path / "naive.db"
    shutil.copyfile(live, naive)
    with sqlite3.connect(naive) as conn:
        assert conn.execute("SELECT count(*) FROM agents").fetchone() == (0,)

    copy = backup_sqlite_file(migrated, NOW)
    assert copy is not None
    assert copy == live.with_name(f"{live.name}.20261123-093000.bak")
    assert copy.is_file()
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = conn.execute("SELECT name, display_name FROM agents ORDER BY id").fetchall()
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    assert rows == [("sanne", "Sanne"), ("piet", "Piet")]
    assert version == (current_revision(migrated),)
    # and the copy is a database the app can open as it is
    with _engine(copy) as engine:
        assert _differences(engine, Base.metadata) == []
        with make_sessionmaker(engine)() as s:
            assert s.scalars(select(AgentRow.name).order_by(AgentRow.id)).all() == [
                "sanne",
                "piet",
            ]


def test_backup_skips_databases_without_a_file(tmp_path: Path) -> None:
    memory = make_engine("sqlite://")
    assert backup_sqlite_file(memory) is None
    memory.dispose()
    with _engine(tmp_path / "sub" / "not-yet.db") as missing:
        assert backup_sqlite_file(missing) is None


def test_connections_use_wal_and_enforce_foreign_keys(migrated: Engine) -> None:
    with migrated.connect() as one, migrated.connect() as two:  # two pooled connections
        for conn in (one, two):
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    sessions = make_sessionmaker(migrated)
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), unit_of_work(sessions) as s:
        s.add(EventRow(ticket_id=999, kind="noted", actor="sanne", at=NOW, payload={}))
    with make_sessionmaker(migrated)() as s:
        assert s.scalars(select(EventRow)).all() == []  # rolled back


def tmp_backups(engine: Engine) -> list[Path]:
    db = Path(str(engine.url.database))
    return sorted(db.parent.glob(db.name + ".*.bak"))


def test_a_schema_newer_than_the_app_is_refused(migrated: Engine) -> None:
    _add_agent(migrated, "sanne")
    with migrated.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    tables = sorted(inspect(migrated).get_table_names())

    with pytest.raises(SchemaTooNew, match="newer than this version"):
        migrate(migrated)
    assert not list(tmp_backups(migrated))  # refused before any copy was taken
    # Nothing was touched: the app refuses to run instead of rewriting a schema it does not know.
    assert current_revision(migrated) == "ffff_from_the_future"
    assert sorted(inspect(migrated).get_table_names()) == tables
    with make_sessionmaker(migrated)() as s:
        assert s.scalars(select(AgentRow.name)).all() == ["sanne"]


def test_upgrading_a_desk_with_tickets_keeps_them(tmp_path: Path) -> None:
    from alembic import command as alembic_command

    from triage.store.db import alembic_config

    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    alembic_command.upgrade(alembic_config(engine), "0002")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO tickets (channel, status, priority, band, components, reasons, cue_points,"
            " cue_classes, cue_evidence, sentiment, first_sentiment, interactions, followers,"
            " repeat_contacts, followups, channel_switch, reopened, lang, snippet, author,"
            " author_name, message_count, opened_at, last_inbound_at, sla_minutes, escalated,"
            " escalation_reason, version, updated_at) VALUES ('x', 'new', 0, 'P4', '{}', '[]', 0,"
            " '[]', '[]', 50, 50, 0, 0, 1, 0, 0, 0, 'en', 'hi', '@a', 'A', 1,"
            " '2026-11-23 09:00:00.000000', '2026-11-23 09:00:00.000000', 60, 0, '', 1,"
            " '2026-11-23 09:00:00.000000')"
        )
    backup = migrate(engine)
    assert backup is not None and backup.exists()
    with make_sessionmaker(engine)() as s:
        (ticket,) = s.scalars(select(TicketRow)).all()
    assert ticket.joiners == 0 and ticket.recent_inbound == []
    engine.dispose()
