"""Engine set-up, migrations at start-up (after a copy of the file) and sessions."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from triage.domain.errors import TriageError

MIGRATIONS = Path(__file__).parent / "migrations"


class SchemaNotUpgraded(TriageError):
    """A team database behind this app, and this login may not change the schema."""

    def __init__(self, current: str | None, head: str | None, detail: str) -> None:
        super().__init__(
            f"the team database's schema ({current or 'empty'}) is older than this app needs "
            f"({head}) and this login may not upgrade it ({detail}): ask the administrator to "
            "open it once with this version (python -m triage --db URL queue)"
        )
        self.current = current
        self.head = head


class SchemaTooNew(TriageError):
    """The database was migrated by a newer version of the app; refusing beats corrupting it."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            f"the database schema ({revision}) is newer than this version of the app knows: "
            "update the app, or point --db at another database"
        )
        self.revision = revision


# SQLite's own default: the commit that brings the WAL to this many pages checkpoints it.
AUTOCHECKPOINT_PAGES = 1000
# With background checkpoints (the desk's scheduler runs them): only a bound, should it stop.
BACKGROUND_AUTOCHECKPOINT_PAGES = 25_000


def _sqlite_pragmas(dbapi_conn: Any, _record: Any, autocheckpoint: int) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")  # WAL keeps this crash-safe for committed data
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute(f"PRAGMA wal_autocheckpoint={int(autocheckpoint)}")
    cur.close()


def make_engine(url: str, background_checkpoints: bool = False) -> Engine:
    """An engine for a desk file or a team database.

    `background_checkpoints` (SQLite): copying the WAL back into a year's desk file takes a
    second or more on a slow disk, and SQLite does it inside whichever commit fills the WAL: an
    agent's resolve, say. The desk's scheduler checkpoints every half minute instead
    (`checkpoint`), and commits keep only a far bound."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:":
            Path(db).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        pages = BACKGROUND_AUTOCHECKPOINT_PAGES if background_checkpoints else AUTOCHECKPOINT_PAGES
        event.listen(engine, "connect", partial(_sqlite_pragmas, autocheckpoint=pages))
        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":  # psycopg 3 is the driver the app ships with
            parsed = parsed.set(drivername="postgresql+psycopg")
        # Sessions in UTC, so nothing on the server turns the stored naive-UTC times local.
        given = parsed.query.get("options", ())
        options = " ".join([*((given,) if isinstance(given, str) else given), "-c TimeZone=UTC"])
        return create_engine(
            parsed.update_query_dict({"options": options}),
            pool_size=5,
            max_overflow=10,
            pool_timeout=30,
            pool_recycle=1800,  # before a server or a proxy drops an idle connection
            pool_pre_ping=True,
        )
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def backup_sqlite_file(engine: Engine, clock_now: datetime | None = None) -> Path | None:
    """Copy the SQLite file before a migration changes it; returns the copy's path."""
    if engine.dialect.name != "sqlite":
        return None
    db = engine.url.database
    if not db or db == ":memory:" or not Path(db).exists():
        return None
    stamp = (clock_now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    target = Path(db).with_name(f"{Path(db).name}.{stamp}.bak")
    # The sqlite backup API takes a consistent copy even with a WAL file beside it.
    import sqlite3

    src = sqlite3.connect(db)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


# pg_advisory_lock key for schema upgrades ("WTMIGRATE" as a number).
MIGRATE_LOCK_KEY = 0x57544D494752


def migrate(engine: Engine) -> Path | None:
    """Bring the schema to head. Copies an existing SQLite file first when there is work to do.

    On PostgreSQL the whole team may start at once after an update: one client upgrades under a
    session advisory lock while the others wait for it, then find nothing left to do."""
    if current_revision(engine) == head_revision(engine):
        return None
    if engine.dialect.name != "postgresql":
        return _upgrade(engine)
    with engine.connect() as lock:
        lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATE_LOCK_KEY})
        lock.commit()
        try:
            if current_revision(engine) == head_revision(engine):
                return None  # another client did it while this one waited
            _upgrade(engine)
            _regrant(engine)
            return None  # no file to copy on a server: its backups are the server's
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", "") != "42501":  # insufficient_privilege
                raise
            raise SchemaNotUpgraded(
                current_revision(engine), head_revision(engine), str(exc.orig).splitlines()[0]
            ) from exc
        finally:
            lock.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATE_LOCK_KEY})
            lock.commit()


def _regrant(engine: Engine) -> None:
    """A team database (team set-up ran on it) gets the grants for what the upgrade added."""
    from triage.store import team_security  # only team mode needs it

    with engine.connect() as conn:
        if not team_security.installed(conn):
            return
    team_security.setup(engine)


def _upgrade(engine: Engine) -> Path | None:
    current = current_revision(engine)
    if current == head_revision(engine):
        return None  # another client did it while this one waited
    script = ScriptDirectory.from_config(alembic_config(engine))
    if current is not None and current not in {r.revision for r in script.walk_revisions()}:
        raise SchemaTooNew(current)
    backup = backup_sqlite_file(engine) if current is not None else None
    command.upgrade(alembic_config(engine), "head")
    return backup


def checkpoint(engine: Engine) -> tuple[int, int] | None:
    """Copy what the WAL holds back into the SQLite file without waiting for anyone
    (PASSIVE): (WAL pages, pages copied); None on other databases."""
    if engine.dialect.name != "sqlite":
        return None
    with engine.connect() as conn:
        row = conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
    return int(row[1]), int(row[2])


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction: commits when the block ends, rolls back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def copy_database_file(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)
