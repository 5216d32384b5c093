"""The audit chain: every commit seals its events; verify names the first broken link."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Table, select

from triage.analysis.analyzer import MessageAnalyzer
from triage.audit import chain
from triage.clock import FixedClock
from triage.domain.enums import Outcome
from triage.domain.errors import Forbidden
from triage.domain.models import Resolution
from triage.services import Triage
from triage.store import bulk
from triage.store.db import make_engine, make_sessionmaker, unit_of_work
from triage.store.tables import Base, EventRow

ROOT = Path(__file__).resolve().parents[2]


def _path(app: Triage) -> str:
    db = app.engine.url.database
    assert db is not None
    return db


def _sql(app: Triage, *statements: tuple[str, tuple[Any, ...]]) -> None:
    """Tamper behind the app's back, as someone with the file and a SQLite shell would."""
    conn = sqlite3.connect(_path(app))
    try:
        for sql, params in statements:
            conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def _one(app: Triage, sql: str, params: tuple[Any, ...] = ()) -> Any:
    conn = sqlite3.connect(_path(app))
    try:
        return conn.execute(sql, params).fetchone()
    finally:
        conn.close()


@pytest.fixture
def worked(triage: Triage, write_jsonl) -> Triage:  # type: ignore[no-untyped-def]
    """An import, then an agent's work on the top ticket: events from bulk and ORM paths."""
    triage.import_file(
        write_jsonl(
            "q.jsonl",
            *(
                {"external_id": f"m{i}", "text": f"My parcel {i} never arrived", "author": f"@p{i}"}
                for i in range(12)
            ),
        )
    )
    top = triage.top(1)[0].id
    triage.claim(top, "sanne")
    triage.note(top, "sanne", "called the customer back")
    triage.resolve(top, "sanne", Resolution(Outcome.SOLVED, ("delivery",), note="resent"))
    return triage


def test_imports_and_actions_are_sealed(worked: Triage) -> None:
    report = worked.audit_verify()
    events = worked.stats()["events"]
    assert report.ok and report.first_broken is None
    assert (report.events, report.sealed, report.unsealed) == (events, events, 0)
    assert events >= 12 + 3
    assert report.last_hash == _one(worked, "SELECT hash FROM events ORDER BY id DESC")[0]
    # Events the session held in memory carry their seal after the commit too.
    with unit_of_work(worked.sessions) as s:
        row = EventRow(kind="noted", actor="x", at=datetime.now(UTC), payload={"text": "hi"})
        s.add(row)
    assert row.hash is not None and row.digest == chain.payload_digest({"text": "hi"})


def test_the_documented_form_recomputes_the_chain(worked: Triage) -> None:
    """The module's description is enough to check the chain without the app's code."""
    conn = sqlite3.connect(_path(worked))
    rows = conn.execute(
        "SELECT id, kind, actor, at, ticket_id, customer_id, payload, digest, prev_hash, hash"
        " FROM events ORDER BY id"
    ).fetchall()
    conn.close()
    prev = hashlib.sha256(b"webcare-triage audit chain v1").hexdigest()
    for i, kind, actor, at, ticket, customer, payload, digest, prev_hash, link in rows:
        canon = json.dumps(
            json.loads(payload), sort_keys=True, separators=(",", ":"), ensure_ascii=True
        )
        assert digest == hashlib.sha256(canon.encode("ascii")).hexdigest()
        stamp = datetime.fromisoformat(at).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        message = json.dumps(
            [prev, i, kind, actor, stamp, ticket, customer, digest],
            separators=(",", ":"),
            ensure_ascii=True,
        )
        assert prev_hash == prev
        assert link == hashlib.sha256(message.encode("ascii")).hexdigest()
        prev = link


def test_an_edited_payload_is_named(worked: Triage) -> None:
    target = _one(worked, "SELECT id FROM events WHERE kind = 'noted'")[0]
    _sql(worked, ("UPDATE events SET payload = ? WHERE id = ?", ('{"text": "nothing"}', target)))
    report = worked.audit_verify()
    assert not report.ok and report.first_broken is not None
    assert report.first_broken.id == target
    assert report.first_broken.reason == f"event {target} was changed after it was recorded"


def test_an_edited_field_is_named(worked: Triage) -> None:
    target = _one(worked, "SELECT id FROM events WHERE kind = 'resolved'")[0]
    _sql(worked, ("UPDATE events SET actor = 'piet' WHERE id = ?", (target,)))
    report = worked.audit_verify()
    assert report.first_broken is not None
    assert (report.first_broken.id, report.first_broken.code) == (target, "changed")


def test_an_edit_with_a_recomputed_seal_is_still_caught(worked: Triage) -> None:
    """Re-sealing one event by the book breaks the link to the next one."""
    row = _one(worked, "SELECT id, kind, actor, at, ticket_id, customer_id, prev_hash FROM events")
    i, kind, actor, at, ticket, customer, prev = row
    digest = chain.payload_digest({"forged": True})
    stamp = chain.canonical_time(datetime.fromisoformat(at))
    link = chain.link_hash(prev, i, kind, actor, stamp, ticket, customer, digest)
    _sql(
        worked,
        (
            "UPDATE events SET payload = ?, digest = ?, hash = ? WHERE id = ?",
            ('{"forged": true}', digest, link, i),
        ),
    )
    report = worked.audit_verify()
    assert report.first_broken is not None
    assert (report.first_broken.id, report.first_broken.code) == (i, "changed")


def test_a_deleted_event_is_detected(worked: Triage) -> None:
    ids = [r[0] for r in sqlite3.connect(_path(worked)).execute("SELECT id FROM events")]
    gone = ids[5]
    _sql(worked, ("DELETE FROM events WHERE id = ?", (gone,)))
    report = worked.audit_verify()
    assert report.first_broken is not None
    assert report.first_broken.id == ids[6]
    assert report.first_broken.reason == f"an event was removed before event {ids[6]}"


def test_deleting_the_first_event_is_detected(worked: Triage) -> None:
    _sql(worked, ("DELETE FROM events WHERE id = (SELECT min(id) FROM events)", ()))
    report = worked.audit_verify()
    assert report.first_broken is not None and report.first_broken.code == "removed"


def _raw_event(
    app: Triage, event_id: int, payload: dict[str, Any], **chain_fields: Any
) -> tuple[str, tuple[Any, ...]]:
    names = ["id", "kind", "actor", "at", "payload", "redacted", *chain_fields]
    values = [event_id, "noted", "mallory", "2026-11-23 09:00:00.000000", json.dumps(payload), 0]
    return (
        f"INSERT INTO events ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        (*values, *chain_fields.values()),
    )


def test_an_event_slipped_into_a_gap_is_named(worked: Triage) -> None:
    """Ids may have gaps (PostgreSQL sequences do): an event put into one is found."""
    last = _one(worked, "SELECT max(id) FROM events")[0]
    _sql(worked, _raw_event(worked, last + 10, {"text": "later"}))
    assert worked.audit_seal() == 1  # an unsealed event, legitimately sealed
    assert worked.audit_verify().ok
    prev = _one(worked, "SELECT hash FROM events WHERE id = ?", (last,))[0]
    payload = {"text": "the customer agreed to no refund"}
    forged = _raw_event(
        worked,
        last + 5,
        payload,
        digest=chain.payload_digest(payload),
        prev_hash=prev,
        hash="f" * 64,
    )
    _sql(worked, forged)
    report = worked.audit_verify()
    assert report.first_broken is not None
    assert report.first_broken.id == last + 5
    assert report.first_broken.reason == f"event {last + 5} was inserted into the chain"


def test_a_forged_event_at_the_end_is_detected(worked: Triage) -> None:
    last, prev = _one(worked, "SELECT id, hash FROM events ORDER BY id DESC")
    payload = {"text": "x"}
    _sql(
        worked,
        _raw_event(
            worked,
            last + 1,
            payload,
            digest=chain.payload_digest(payload),
            prev_hash=prev,
            hash="0" * 64,
        ),
    )
    report = worked.audit_verify()
    assert report.first_broken is not None and report.first_broken.id == last + 1


def test_a_removed_seal_in_the_middle_is_a_break(worked: Triage) -> None:
    target = _one(worked, "SELECT id FROM events WHERE kind = 'noted'")[0]
    _sql(worked, ("UPDATE events SET hash = NULL WHERE id = ?", (target,)))
    report = worked.audit_verify()
    assert report.first_broken is not None and report.first_broken.id == target
    assert worked.audit_seal() == 0  # sealing continues at the end: the hole stays visible
    assert not worked.audit_verify().ok


def test_a_redaction_without_an_erasure_record_is_a_break(worked: Triage) -> None:
    target = _one(worked, "SELECT id FROM events WHERE kind = 'noted'")[0]
    _sql(
        worked,
        (
            "UPDATE events SET redacted = 1, payload = ? WHERE id = ?",
            (json.dumps(chain.redacted_payload("noted")), target),
        ),
    )
    report = worked.audit_verify()
    assert report.first_broken is not None
    assert (report.first_broken.id, report.first_broken.code) == (target, "erased")


def test_unsealed_events_at_the_end_are_not_a_break(worked: Triage) -> None:
    last = _one(worked, "SELECT max(id) FROM events")[0]
    _sql(worked, _raw_event(worked, last + 1, {"text": "by hand"}))
    report = worked.audit_verify()
    assert report.ok and report.unsealed == 1 and report.sealed == report.events - 1
    worked.note(worked.top(1)[0].id, "sanne", "next commit")  # any commit seals the tail
    report = worked.audit_verify()
    assert report.ok and report.unsealed == 0


def test_verify_needs_a_lead(worked: Triage) -> None:
    worked.sign_in("boss")  # the first person on the database becomes its administrator
    worked.agent("sanne")
    worked.sign_in("sanne")
    with pytest.raises(Forbidden):
        worked.audit_verify()


def test_concurrent_writers_do_not_fork_the_chain(
    db_url: str, clock: FixedClock, analyzer: MessageAnalyzer, write_jsonl: Any
) -> None:
    """Two desks (two engines) and threads within one write events at the same time."""
    desks = [Triage.open(db_url, clock=clock, analyzer=analyzer) for _ in range(2)]
    try:
        desks[0].import_file(
            write_jsonl(
                "c.jsonl",
                *({"external_id": f"c{i}", "text": "help", "author": f"@c{i}"} for i in range(4)),
            )
        )
        tickets = [i.id for i in desks[0].top(4)]
        errors: list[BaseException] = []

        def work(desk: Triage, ticket: int) -> None:
            try:
                for n in range(15):
                    desk.note(ticket, f"agent{ticket}", f"note {n}")
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [
            threading.Thread(target=work, args=(desks[i % 2], t)) for i, t in enumerate(tickets)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors
        report = desks[1].audit_verify()
        assert report.ok, report
        assert report.sealed == report.events and report.unsealed == 0
    finally:
        for d in desks:
            d.close()


def test_concurrent_sealers_of_the_same_backlog_agree(worked: Triage) -> None:
    """Two sessions sealing events written by hand at once: one chain, never two."""
    last = _one(worked, "SELECT max(id) FROM events")[0]
    _sql(worked, *(_raw_event(worked, last + 1 + i, {"n": i}) for i in range(300)))
    engine = make_engine(str(worked.engine.url))
    sessions = make_sessionmaker(engine)  # plain sessions: only seal() writes
    barrier = threading.Barrier(2)
    counts: list[int] = []

    def sealer() -> None:
        with unit_of_work(sessions) as s:
            barrier.wait()
            counts.append(chain.seal(s))

    threads = [threading.Thread(target=sealer) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    engine.dispose()
    assert sorted(counts) in ([0, 300], [300, 300])  # the same links either way
    report = worked.audit_verify()
    assert report.ok and report.unsealed == 0


def _cli(data_dir: Path, url: str, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TRIAGE_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    env.pop("TRIAGE_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "triage", "--db", url, *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_cli_verify_exit_codes_and_json(worked: Triage, db_url: str, tmp_path: Path) -> None:
    worked.sign_in("boss")  # the administrator, who the CLI acts as below
    data = tmp_path / "data"
    good = _cli(data, db_url, "--as", "boss", "audit", "verify", "--json")
    assert good.returncode == 0, good.stderr
    lines = good.stdout.strip().splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert result["ok"] is True and result["first_broken"] is None
    assert result["events"] == result["sealed"] == worked.stats()["events"]
    assert result["unsealed"] == 0

    last = _one(worked, "SELECT max(id) FROM events")[0]
    _sql(worked, _raw_event(worked, last + 1, {"text": "written by an older version"}))
    sealed = _cli(data, db_url, "--as", "boss", "audit", "seal", "--json")
    # Signing in commits, and any commit seals: the seal command may find nothing left.
    assert sealed.returncode == 0 and json.loads(sealed.stdout)["sealed"] in (0, 1)
    assert _one(worked, "SELECT hash FROM events WHERE id = ?", (last + 1,))[0]

    target = _one(worked, "SELECT id FROM events WHERE kind = 'noted'")[0]
    _sql(worked, ("UPDATE events SET payload = '{}' WHERE id = ?", (target,)))
    bad, agent = (
        _cli(data, db_url, "--as", "boss", "audit", "verify", "--json"),
        _cli(data, db_url, "--as", "sanne", "audit", "verify", "--json"),
    )
    assert bad.returncode == 3, bad.stderr
    broken = json.loads(bad.stdout)
    assert broken["ok"] is False
    assert broken["first_broken"]["id"] == target
    assert broken["first_broken"]["reason"] == f"event {target} was changed after it was recorded"
    assert agent.returncode == 1 and "may not verify the audit trail" in agent.stderr

    text = _cli(data, db_url, "--as", "boss", "audit", "verify")
    assert text.returncode == 3 and text.stdout.startswith("BROKEN: event")


def test_seal_is_quick_on_a_large_backlog(triage: Triage) -> None:
    """A bulk import's worth of events seals well within a second or two."""
    at = datetime(2026, 1, 1, tzinfo=UTC)
    rows = [
        {
            "ticket_id": None,
            "customer_id": None,
            "kind": "arrived",
            "actor": "system",
            "at": at + timedelta(seconds=i),
            "payload": {"external_id": f"e{i}", "channel": "x", "score": {"priority": i % 90}},
            "redacted": False,
        }
        for i in range(20_000)
    ]
    engine = make_engine(str(triage.engine.url))
    plain = make_sessionmaker(engine)
    with unit_of_work(plain) as s:
        bulk.insert_many(s, Table("events", Base.metadata), rows)
    started = datetime.now(UTC)
    with unit_of_work(plain) as s:
        assert chain.seal(s) == 20_000
    assert (datetime.now(UTC) - started).total_seconds() < 5
    engine.dispose()
    with triage.sessions() as s:
        assert s.scalar(select(EventRow.hash).order_by(EventRow.id.desc()).limit(1))
    assert triage.audit_verify().ok


def test_concurrent_writers_on_postgres_keep_one_chain(
    pg_url: Any, clock: FixedClock, analyzer: MessageAnalyzer, write_jsonl: Any
) -> None:
    """Sequence ids are handed out before commit: the lock from the first write to the commit
    keeps a later-committing writer from holding a lower id than a sealed event, and an import
    touching the tickets agents are noting on does not deadlock with them."""
    url = pg_url()
    desks = [Triage.open(url, clock=clock, analyzer=analyzer) for _ in range(3)]
    try:
        desks[0].import_file(
            write_jsonl(
                "pg.jsonl",
                *({"external_id": f"g{i}", "text": "help", "author": f"@g{i}"} for i in range(6)),
            )
        )
        tickets = [i.id for i in desks[0].top(6)]
        errors: list[BaseException] = []

        def work(desk: Triage, ticket: int) -> None:
            try:
                for n in range(12):
                    desk.note(ticket, f"agent{ticket}", f"note {n}")
            except BaseException as exc:  # reported below
                errors.append(exc)

        def more(desk: Triage) -> None:
            try:
                desk.import_file(
                    write_jsonl(
                        "pg2.jsonl",
                        *(
                            {"external_id": f"h{i}", "text": "down", "author": f"@h{i}"}
                            for i in range(300)
                        ),
                        # replies on the tickets being noted: the same rows, both ways round
                        *(
                            {
                                "external_id": f"r{i}",
                                "text": "still waiting",
                                "author": f"@g{i % 6}",
                                "in_reply_to": f"g{i % 6}",
                                "created_at": f"2026-11-23T09:{i % 60:02d}:00Z",
                            }
                            for i in range(60)
                        ),
                    )
                )
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [
            threading.Thread(target=work, args=(desks[i % 3], t)) for i, t in enumerate(tickets)
        ]
        threads.append(threading.Thread(target=more, args=(desks[2],)))
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors, errors
        report = desks[1].audit_verify()
        assert report.ok, report
        assert report.sealed == report.events == desks[1].stats()["events"]
        assert report.unsealed == 0
    finally:
        for d in desks:
            d.close()
