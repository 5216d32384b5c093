"""`migrate`: a desk's SQLite file moved into a team PostgreSQL database (tests/pg.py).

One desk is seeded once (the bundled demo plus claims, a note, an escalation, a resolution, a
merge whose customer points at a later row, a GDPR erasure with redacted events, and a
quarantined line holding a NUL); each test moves a copy of it into a fresh database.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import func, select, text, update

from triage.analysis.analyzer import MessageAnalyzer
from triage.cli import run as cli
from triage.clock import FixedClock
from triage.domain.enums import Outcome
from triage.domain.models import Resolution
from triage.services import Triage
from triage.store.db import alembic_config, make_engine, migrate
from triage.store.tables import (
    AgentRow,
    CustomerRow,
    EventRow,
    MentionRow,
    QuarantineRow,
    SettingRow,
    TicketRow,
)
from triage.store.transfer import (
    MARKER,
    TransferInterrupted,
    normal_value,
    row_text,
    transfer,
)

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
REPORT_KEYS = {"ok", "resumed", "seconds", "tables"}
TABLE_KEYS = {"source_rows", "target_rows", "copied", "checksum_source", "checksum_target"}
TABLE_KEYS |= {"match"}


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory, analyzer: MessageAnalyzer) -> Path:
    folder = tmp_path_factory.mktemp("desk")
    path = folder / "triage.db"
    app = Triage.open(f"sqlite:///{path}", clock=FixedClock(NOW), analyzer=analyzer)
    try:
        app.seed_demo()
        top = [i.id for i in app.top(3)]
        app.claim(top[0], "sanne")
        app.note(top[0], "sanne", "Called back, the engineer comes tomorrow")
        app.escalate(top[1], "sanne", "legal threat")
        app.claim(top[2], "mark")
        app.resolve(top[2], "mark", Resolution(Outcome.SOLVED, ("billing",), note="refunded"))
        app.customers.merge("150", "20", "mark")  # customer 20 now points at a later row
        with app.sessions() as s:
            erased = s.scalar(
                select(TicketRow.customer_id)
                .where(TicketRow.customer_id.not_in((20, 150)))
                .order_by(TicketRow.id)
                .offset(3)
                .limit(1)
            )
        assert erased is not None
        app.gdpr_erase(erased)  # redacted events: the chain must still verify on the target
        bad = folder / "nul.jsonl"
        bad.write_bytes(b'{"channel": "x", "external_id": "n1", "text": "a\x00b"}\n')
        assert app.import_file(bad).quarantined == 1  # its raw line holds a NUL
    finally:
        app.close()
    return path


@pytest.fixture
def desk_url(desk: Path, tmp_path: Path) -> str:
    copy = tmp_path / "desk.db"
    src, dst = sqlite3.connect(desk), sqlite3.connect(copy)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return f"sqlite:///{copy}"


@pytest.fixture
def target(pg_url: Callable[[], str]) -> str:
    return pg_url()


@pytest.fixture
def opened(analyzer: MessageAnalyzer) -> Iterator[Callable[[str], Triage]]:
    apps: list[Triage] = []

    def open_(url: str) -> Triage:
        apps.append(Triage.open(url, clock=FixedClock(NOW), analyzer=analyzer))
        return apps[-1]

    yield open_
    for app in apps:
        app.close()


def _counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {
                t.__tablename__: int(conn.scalar(select(func.count()).select_from(t)) or 0)
                for t in (AgentRow, CustomerRow, TicketRow, MentionRow, EventRow, SettingRow)
            }
    finally:
        engine.dispose()


def _migrate(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli(["migrate", *args])
    out, err = capsys.readouterr()
    return code, out, err


# -- the normal form --------------------------------------------------------------------------


def test_checksum_normal_form_is_the_same_for_both_engines_values() -> None:
    aware = datetime(2026, 11, 23, 10, 30, 5, tzinfo=UTC)
    naive = aware.replace(tzinfo=None)
    local = aware.astimezone(timezone(timedelta(hours=2)))
    assert normal_value(aware) == normal_value(naive) == normal_value(local)
    assert normal_value(aware) == "2026-11-23T10:30:05.000000Z"
    assert normal_value(0.1) == "0.1" and normal_value(1.0) != normal_value(1)
    assert (normal_value(True), normal_value(None), normal_value(3)) == (True, None, 3)
    assert normal_value({"b": 1, "a": [1, 2]}) == '{"a":[1,2],"b":1}'
    assert normal_value("a\x00b") == "a\ufffdb"  # PostgreSQL text holds no NUL
    assert row_text((1, None, True), [normal_value] * 3) == "[1,null,true]"


# -- a whole desk -----------------------------------------------------------------------------


def test_full_transfer_matches_and_the_team_database_works(
    desk_url: str,
    target: str,
    opened: Callable[[str], Triage],
    write_jsonl: Any,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    code, out, err = _migrate(capsys, "--from", desk_url, "--to", target)
    assert code == 0, err
    assert "tickets" in out and "mentions" in out and " / " in out  # progress per table
    assert "counts and checksums match" in out.splitlines()[-1]
    assert not (tmp_path / "data" / "triage.db").exists()  # never opened the default desk

    source, team = opened(desk_url), opened(target)
    assert _counts(target) == _counts(desk_url)
    assert [i.as_json() for i in team.top(20)] == [i.as_json() for i in source.top(20)]
    assert len(team.top(20)) == 20
    chain = team.audit_verify()
    assert chain.ok and chain.events == source.audit_verify().events
    assert chain.last_hash == source.audit_verify().last_hash
    with team.sessions() as s:
        assert s.scalar(select(func.count()).where(EventRow.redacted)) == 4
        assert s.scalar(select(CustomerRow.merged_into_id).where(CustomerRow.id == 20)) == 150
        assert "a\ufffdb" in (s.scalar(select(QuarantineRow.raw)) or "")
        last_ticket = s.scalar(select(func.max(TicketRow.id))) or 0
        last_event = s.scalar(select(func.max(EventRow.id))) or 0

    # New rows get ids after the copied ones (sequences moved), and extend the same chain.
    report = team.import_file(
        write_jsonl("new.jsonl", {"external_id": "fresh-1", "author": "@new", "text": "Hi?"})
    )
    assert report.added == 1
    with team.sessions() as s:
        fresh = s.scalar(select(TicketRow.id).where(TicketRow.author == "@new"))
        assert fresh is not None and fresh > last_ticket
        assert (s.scalar(select(func.max(EventRow.id))) or 0) > last_event
    assert team.audit_verify().ok

    code = cli(["--db", target, "audit", "verify", "--json"])
    verified = json.loads(capsys.readouterr().out)
    assert code == 0 and verified["ok"] is True and verified["first_broken"] is None

    # The team has worked in it since: a second run refuses instead of mixing.
    code, _, err = _migrate(capsys, "--from", desk_url, "--to", target)
    assert code == 2 and "it has been used since the transfer" in err


def test_interrupted_transfer_resumes_without_duplicates(
    desk_url: str, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Stopped twice: in the middle of a table, then after the text-keyed settings are there
    # (the resume re-offers them with ON CONFLICT DO NOTHING).
    with pytest.raises(TransferInterrupted):
        transfer(desk_url, target, batch=40, stop_after_batches=3)
    partial = _counts(target)
    assert 0 < partial["customers"] < _counts(desk_url)["customers"]
    with pytest.raises(TransferInterrupted):
        transfer(desk_url, target, batch=40, stop_after_batches=20)
    before = _counts(target)
    assert before["settings"] == _counts(desk_url)["settings"]
    assert before["tickets"] == 0

    code, out, err = _migrate(capsys, "--from", desk_url, "--to", target, "--batch", "40", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert set(report) == REPORT_KEYS
    assert report["ok"] is True and report["resumed"] is True
    assert isinstance(report["seconds"], float)
    tables = report["tables"]
    assert {"agents", "tickets", "mentions", "events", "settings", "loyalty"} <= set(tables)
    assert "alembic_version" not in tables and MARKER.name not in tables
    for name, t in tables.items():
        assert set(t) == TABLE_KEYS, name
        assert t["match"] and t["source_rows"] == t["target_rows"], name
        assert t["checksum_source"] == t["checksum_target"] and len(t["checksum_source"]) == 64
    for name, present in before.items():  # this run added exactly what was missing
        assert tables[name]["copied"] == tables[name]["source_rows"] - present, name
    assert _counts(target) == _counts(desk_url)

    # Once more: nothing to copy, still verified.
    code, out, _ = _migrate(capsys, "--from", desk_url, "--to", target, "--json")
    again = json.loads(out)
    assert code == 0 and again["ok"] and again["resumed"]
    assert sum(t["copied"] for t in again["tables"].values()) == 0


def test_a_difference_exits_1_and_names_the_table(
    desk_url: str, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert transfer(desk_url, target).ok
    engine = make_engine(target)
    with engine.begin() as conn:
        conn.execute(update(TicketRow).where(TicketRow.id == 1).values(snippet="changed"))
    engine.dispose()
    code, out, err = _migrate(capsys, "--from", desk_url, "--to", target, "--json")
    report = json.loads(out)
    assert code == 1 and report["ok"] is False
    assert [n for n, t in report["tables"].items() if not t["match"]] == ["tickets"]
    assert "tickets" in err and "checksums differ" in err


# -- refusals ---------------------------------------------------------------------------------


def test_target_holding_other_data_is_refused(
    desk_url: str,
    target: str,
    opened: Callable[[str], Triage],
    write_jsonl: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    team = opened(target)
    team.import_file(write_jsonl("theirs.jsonl", {"external_id": "t1", "text": "Ours already"}))
    before = _counts(target)
    code, _, err = _migrate(capsys, "--from", desk_url, "--to", target)
    assert code == 2 and "did not come from this desk" in err
    assert _counts(target) == before
    engine = make_engine(target)
    with engine.connect() as conn:
        assert not conn.execute(text("SELECT to_regclass(:name)"), {"name": MARKER.name}).scalar()
    engine.dispose()


def test_target_of_another_desk_is_refused(
    desk_url: str,
    target: str,
    db_url: str,
    opened: Callable[[str], Triage],
    write_jsonl: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    other = opened(db_url)  # a second, small desk
    other.import_file(write_jsonl("other.jsonl", {"external_id": "o1", "text": "Elsewhere"}))
    other.close()
    assert transfer(db_url, target).ok
    code, _, err = _migrate(capsys, "--from", desk_url, "--to", target, "--json")
    assert code == 2 and "another desk" in err


def test_wrong_kinds_of_database_are_refused_without_passwords(
    desk_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _migrate(capsys, "--from", desk_url, "--to", f"sqlite:///{tmp_path}/x.db")
    assert code == 2 and "must be a PostgreSQL database" in err
    code, _, err = _migrate(capsys, "--from", "postgresql://u@h/db", "--to", "postgresql://u@h/d")
    assert code == 2 and "must be a desk's SQLite file" in err
    code, _, err = _migrate(
        capsys, "--from", f"sqlite:///{tmp_path}/none.db", "--to", "postgresql://u@h/d"
    )
    assert code == 2 and "no desk file" in err
    assert not (tmp_path / "none.db").exists()
    unreachable = "postgresql://ann:s3cret@127.0.0.1:1/team"
    code, out, err = _migrate(capsys, "--from", desk_url, "--to", unreachable)
    assert code == 2 and "cannot open the target" in err
    assert "s3cret" not in out + err and "ann:***@127.0.0.1:1/team" in err


def test_text_longer_than_the_team_database_allows_is_refused(
    desk_url: str, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(desk_url.removeprefix("sqlite:///"))
    conn.execute("UPDATE mentions SET author_handle = ? WHERE id = 1", ("@" + "x" * 400,))
    conn.commit()
    conn.close()
    code, _, err = _migrate(capsys, "--from", desk_url, "--to", target)
    assert code == 2 and "mentions.author_handle (401 characters, at most 300 fit)" in err


def test_tables_the_models_do_not_map_are_copied_too(desk_url: str, target: str) -> None:
    # As a migration might make them: on both sides; one exists on the desk only.
    ddl = "CREATE TABLE extra_notes (id INTEGER PRIMARY KEY, ticket_id INTEGER, body TEXT, at {})"
    engine = make_engine(target)
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(text(ddl.format("TIMESTAMP")))
    engine.dispose()
    conn = sqlite3.connect(desk_url.removeprefix("sqlite:///"))
    conn.execute(ddl.format("DATETIME"))
    conn.execute("CREATE TABLE desk_only (id INTEGER PRIMARY KEY)")
    conn.executemany(
        "INSERT INTO extra_notes VALUES (?, ?, ?, ?)",
        [(i, i, f"note {i}", f"2026-11-23 09:{i:02d}:00.000000") for i in range(1, 31)],
    )
    conn.commit()
    conn.close()
    report = transfer(desk_url, target)
    assert report.ok and report.skipped == ("desk_only",)
    assert report.tables["extra_notes"].target_rows == 30
    assert list(report.tables)[-1] == "extra_notes"  # after the mapped tables


def test_an_older_desk_is_copied_before_it_is_brought_to_the_head(
    tmp_path: Path, target: str
) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0006")  # as an older version of the app left it
    engine.dispose()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO agents (name, display_name, role, created_at) "
        "VALUES ('sanne', 'Sanne', 'agent', '2026-11-23 09:00:00.000000')"
    )
    conn.commit()
    conn.close()
    report = transfer(f"sqlite:///{path}", target)
    assert report.ok and report.tables["agents"].target_rows == 1
    assert report.backup is not None and Path(report.backup).is_file()
