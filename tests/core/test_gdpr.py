"""GDPR: a customer's data exported whole, then erased from every table and from the file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from triage.domain.enums import Outcome, Role
from triage.domain.errors import Forbidden
from triage.domain.models import Resolution
from triage.services import Triage
from triage.store.db import unit_of_work
from triage.store.tables import AnnotationRow, EventRow, MentionRow, ScorecardRow, TicketRow

ROOT = Path(__file__).resolve().parents[2]
NAME = "Janneke Doevendans"
HANDLE = "@janneke_dvd77"
EMAIL = "janneke.doevendans@example.org"
PHONE_TEXT = "06-41729385"
CRM_ID = "CRM-JD-5521"
# Each of these must be gone from the database after the erasure, in any case.
PERSONAL = ("Doevendans", "Janneke", "janneke_dvd77", EMAIL, "41729385", CRM_ID, "ORD-77123")
# And these belong to somebody else, who stays.
OTHERS = ("@bystander_kim", "Anyone else have a wrong bill?")


def _db_path(app: Triage) -> Path:
    db = app.engine.url.database
    assert db is not None
    return Path(db)


@pytest.fixture
def desk(triage: Triage, write_jsonl: Any, tmp_path: Path) -> Triage:
    """Janneke: messages on two channels, a CRM record, orders, a survey, notes and labels."""
    triage.sign_in("boss")  # the first person on the database: its administrator
    triage.set_role("mark", Role.LEAD)
    triage.agent("sanne")
    triage.import_file(
        write_jsonl(
            "messages.jsonl",
            {
                "external_id": "jd-1",
                "author": HANDLE,
                "author_name": NAME,
                "text": f"My bill is wrong again! Mail me at {EMAIL} or call {PHONE_TEXT}",
                "created_at": "2026-11-23T08:00:00Z",
                "url": "https://x.example/janneke_dvd77/status/1",
            },
            {
                "external_id": "wc-1",
                "direction": "out",
                "author": "@webcare",
                "author_name": "Webcare",
                "text": "Hi Janneke, we are looking into it",
                "in_reply_to": "jd-1",
                "created_at": "2026-11-23T08:10:00Z",
            },
            {
                "external_id": "ot-1",
                "author": "@bystander_kim",
                "author_name": "Kim",
                "text": "Anyone else have a wrong bill?",
                "created_at": "2026-11-23T08:20:00Z",
            },
            {
                "external_id": "jd-2",
                "author": HANDLE,
                "author_name": NAME,
                "text": "Yes, Doevendans here, same problem since October",
                "in_reply_to": "ot-1",
                "created_at": "2026-11-23T08:30:00Z",
            },
            {
                "channel": "email",
                "external_id": "<m1@mail.example>",
                "author": EMAIL,
                "author_name": NAME,
                "text": f"Dear team, this is {NAME} again. Phone: {PHONE_TEXT}",
                "created_at": "2026-11-23T08:40:00Z",
            },
        )
    )
    # A line that could not be read, carrying her address: kept in the quarantine.
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"external_id": "jd-x", "author": EMAIL}) + "\n", encoding="utf-8")
    triage.import_file(bad)
    crm = {
        "customers": (
            "customer_id,name,email,phone,handles\n"
            f"{CRM_ID},{NAME},{EMAIL},{PHONE_TEXT},x:{HANDLE}\n"
            "CRM-OTHER-1,Kim Bystander,,,x:@bystander_kim\n"
        ),
        "orders": (
            f"customer_id,order_id,date,amount,margin\n{CRM_ID},ORD-77123,01-10-2026,129.95,30\n"
        ),
        "surveys": f"customer_id,date,kind,score,ticket_id\n{CRM_ID},05-10-2026,nps,3,\n",
        "referrals": (
            "referrer_id,referred_id,date,converted\n"
            f"CRM-OTHER-1,{CRM_ID},01-09-2026,ja\n"
            f"{CRM_ID},CRM-NEW-9,02-09-2026,0\n"
        ),
    }
    files = {}
    for kind, text in crm.items():
        files[kind] = tmp_path / f"{kind}.csv"
        files[kind].write_text(text, encoding="utf-8")
    report = triage.customers.import_crm(files, "boss")
    assert report.as_json()  # imported without raising
    triage.recompute_loyalty()

    cid = triage.customers.find(CRM_ID)
    tickets = triage.customers.profile(cid).view.tickets
    assert len(tickets) >= 2
    first = min(t.id for t in tickets)
    triage.claim(first, "sanne")
    triage.note(first, "sanne", f"Called {NAME} on {PHONE_TEXT}, she wants a refund")
    triage.correct_sentiment(first, "sanne", "neg")  # a label carrying her message's text
    triage.resolve(
        first, "sanne", Resolution(Outcome.SOLVED, ("billing",), note="Refunded Janneke 40 euro")
    )
    with unit_of_work(triage.sessions) as s:
        now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
        s.add(
            AnnotationRow(ticket_id=first, step=0, author="fatima", text="Janneke was calm", at=now)
        )
        s.add(
            ScorecardRow(
                ticket_id=first,
                author="fatima",
                scores={"empathy": 4},
                comment="Named Janneke",
                at=now,
            )
        )
        # Her message on Kim's thread (as an older import could have threaded it), with the
        # handle cased differently: found the way the importer matches authors.
        kim = s.scalar(select(MentionRow.ticket_id).where(MentionRow.external_id == "ot-1"))
        text = "Doevendans again, writing on Kim's thread"
        s.add(
            MentionRow(
                ticket_id=kim,
                channel="x",
                external_id="jd-3",
                author_handle="@Janneke_DVD77",
                author_name=NAME,
                text=text,
                created_at=now,
                imported_at=now,
            )
        )
        s.add(
            EventRow(
                ticket_id=kim,
                kind="arrived",
                actor="system",
                at=now,
                payload={"external_id": "jd-3", "channel": "x"},
            )
        )
        ticket = s.get(TicketRow, kim)
        assert ticket is not None
        ticket.snippet = text
    return triage


def _all_text(path: Path) -> list[tuple[str, str, str]]:
    """(table, column, value) for every non-empty value of every table, as text."""
    conn = sqlite3.connect(path)
    out: list[tuple[str, str, str]] = []
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            cur = conn.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cur.description]
            for row in cur:
                for name, value in zip(names, row, strict=True):
                    if isinstance(value, bytes):
                        value = value.decode("utf-8", "replace")
                    if value is not None:
                        out.append((table, name, str(value)))
    finally:
        conn.close()
    return out


def _found(values: list[tuple[str, str, str]], needles: tuple[str, ...]) -> list[tuple[str, ...]]:
    return [
        (table, column, needle)
        for table, column, value in values
        for needle in needles
        if needle.lower() in value.lower()
    ]


def test_export_holds_everything_and_is_logged(desk: Triage) -> None:
    desk.sign_in("mark")  # a team lead may export
    data = desk.gdpr_export(CRM_ID)
    text = json.dumps(data, ensure_ascii=False)
    for needle in (NAME, HANDLE, EMAIL, "+31641729385", PHONE_TEXT, CRM_ID, "ORD-77123"):
        assert needle in text, needle
    assert data["customer"]["crm_id"] == CRM_ID and data["customer"]["merged_customers"]
    assert {(i["channel"], i["handle"]) for i in data["identities"]} >= {
        ("x", HANDLE),
        ("email", EMAIL),
    }
    messages = [m["text"] for t in data["tickets"] for m in t["messages"]]
    assert any(EMAIL in m for m in messages) and "Hi Janneke, we are looking into it" in messages
    assert "jd-2" in [m["external_id"] for t in data["tickets"] for m in t["messages"]]
    assert [m["external_id"] for m in data["messages_elsewhere"]] == ["jd-3"]
    notes = [e["payload"].get("text", "") for e in data["events"] if e["kind"] == "noted"]
    assert notes == [f"Called {NAME} on {PHONE_TEXT}, she wants a refund"]
    assert any(
        r["note"] == "Refunded Janneke 40 euro" for t in data["tickets"] for r in t["resolutions"]
    )
    assert any(a["text"] == "Janneke was calm" for t in data["tickets"] for a in t["annotations"])
    assert any(lb["text"] for t in data["tickets"] for lb in t["labels"])
    assert [o["amount"] for o in data["orders"]] == [129.95]
    assert [(v["kind"], v["score"]) for v in data["surveys"]] == [("nps", 3)]
    assert len(data["loyalty"]) == 1 and data["merges"]
    assert [r["referred_ref"] for r in data["referrals"]["made"]] == ["CRM-NEW-9"]
    assert [r["referred_ref"] for r in data["referrals"]["received"]] == [CRM_ID]
    assert data["counts"]["tickets"] == len(data["tickets"])
    # Logged on the customer, with counts only.
    with desk.sessions() as s:
        logged = s.scalars(select(EventRow).where(EventRow.kind == "gdpr_exported")).all()
    assert [(e.customer_id, e.actor) for e in logged] == [(data["customer"]["id"], "mark")]
    assert not _found([("events", "payload", json.dumps(logged[0].payload))], PERSONAL)


def test_only_an_administrator_may_erase(desk: Triage) -> None:
    desk.sign_in("sanne")
    with pytest.raises(Forbidden):
        desk.gdpr_export(CRM_ID)
    with pytest.raises(Forbidden):
        desk.gdpr_erase(CRM_ID)
    desk.sign_in("mark")
    with pytest.raises(Forbidden) as refused:
        desk.gdpr_erase(CRM_ID)
    assert "administrator" in str(refused.value)
    assert desk.stats()["customers"] > 0 and _found(_all_text(_db_path(desk)), (EMAIL,))


def test_erase_leaves_nothing_personal_and_the_chain_holds(desk: Triage) -> None:
    path = _db_path(desk)
    assert len(_found(_all_text(path), PERSONAL)) > 10  # it was all there
    cid = desk.customers.find(CRM_ID)
    result = desk.gdpr_erase(CRM_ID)
    assert result["customer"] == cid and not result["already_erased"]
    counts = result["counts"]
    for key in ("messages", "events", "identities", "customers", "orders", "loyalty"):
        assert counts.get(key), (key, counts)
    assert counts["quarantine"] == 1 and counts["labels"] >= 1

    left = _found(_all_text(path), PERSONAL)
    assert left == [], left
    assert all(_found(_all_text(path), (o,)) for o in OTHERS)  # Kim's data stays

    report = desk.audit_verify()
    assert report.ok and report.unsealed == 0, report
    with desk.sessions() as s:
        erased = s.scalars(select(EventRow).where(EventRow.kind == "gdpr_erased")).one()
        redacted = s.scalars(select(EventRow).where(EventRow.redacted.is_(True))).all()
    assert erased.customer_id == cid and erased.actor == "boss"
    assert sorted(erased.payload["redacted_events"]) == sorted(e.id for e in redacted)
    assert all(e.payload == {"redacted": True, "kind": e.kind} for e in redacted)
    # The figures stay for dashboards: an anonymous order and survey, tickets without names.
    conn = sqlite3.connect(path)
    # Threads stay threads: our reply still points at her (renamed) message.
    ids = {e for (e,) in conn.execute("SELECT external_id FROM mentions")}
    (parent,) = conn.execute("SELECT in_reply_to FROM mentions WHERE author_handle = '@webcare'")
    assert parent[0].startswith("erased-") and parent[0] in ids
    assert conn.execute("SELECT count(*) FROM referrals").fetchone() == (2,)
    assert conn.execute("SELECT amount FROM orders").fetchall() == [(129.95,)]
    assert conn.execute("SELECT kind, score FROM surveys").fetchall() == [("nps", 3)]
    assert conn.execute(
        "SELECT count(*) FROM identities WHERE customer_id = ?", (cid,)
    ).fetchone() == (0,)
    conn.close()

    # The file itself: nothing left in free pages or the log once it is vacuumed.
    desk.close()
    conn = sqlite3.connect(path)
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    raw = b"".join(
        p.read_bytes().lower() for p in (path, path.with_name(path.name + "-wal")) if p.exists()
    )
    assert [n for n in PERSONAL if n.lower().encode() in raw] == []
    assert b"@bystander_kim" in raw


def test_erase_scrubs_the_file_without_a_vacuum(desk: Triage) -> None:
    """secure_delete and a truncating checkpoint: old texts are not left in the file."""
    path = _db_path(desk)

    def raw() -> bytes:
        files = (path, path.with_name(path.name + "-wal"))
        return b"".join(p.read_bytes().lower() for p in files if p.exists())

    assert [n for n in PERSONAL if n.lower().encode() in raw()] == list(PERSONAL)
    result = desk.gdpr_erase(CRM_ID)
    assert result["file_scrubbed"] is True
    assert [n for n in PERSONAL if n.lower().encode() in raw()] == []


def test_erase_is_idempotent_and_logged_each_time(desk: Triage) -> None:
    cid = desk.customers.find(CRM_ID)
    desk.gdpr_erase(CRM_ID)
    before = _all_text(_db_path(desk))
    again = desk.gdpr_erase(f"C{cid}")  # the CRM id is gone; our own id still finds the shell
    assert again["already_erased"] is True and again["counts"] == {}
    after = _all_text(_db_path(desk))
    added = sorted(set(after) - set(before))
    assert {t for t, _, _ in added} <= {"events", "settings"}  # the second gdpr_erased event
    assert set(before) - set(after) <= {v for v in before if v[0] == "settings"}
    with desk.sessions() as s:
        kinds = s.scalars(
            select(EventRow.kind).where(EventRow.customer_id == cid).order_by(EventRow.id)
        ).all()
    assert kinds[-2:] == ["gdpr_erased", "gdpr_erased"]
    assert desk.audit_verify().ok


def test_export_after_erase_holds_nothing_personal(desk: Triage) -> None:
    cid = desk.customers.find(CRM_ID)
    desk.gdpr_erase(CRM_ID)
    data = desk.gdpr_export(cid)
    assert data["identities"] == [] and data["loyalty"] == []
    assert _found([("export", "", json.dumps(data, ensure_ascii=False))], PERSONAL) == []


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


def test_cli_export_and_erase(desk: Triage, db_url: str, tmp_path: Path) -> None:
    data = tmp_path / "cli"
    exported = _cli(data, db_url, "--as", "mark", "gdpr", "export", CRM_ID, "--json")
    assert exported.returncode == 0, exported.stderr
    assert len(exported.stdout.strip().splitlines()) == 1
    assert EMAIL in {i["handle"] for i in json.loads(exported.stdout)["identities"]}

    refused = _cli(data, db_url, "--as", "boss", "gdpr", "erase", CRM_ID)
    assert refused.returncode == 2 and "--yes" in refused.stderr and refused.stdout == ""
    assert _found(_all_text(_db_path(desk)), (EMAIL,))  # nothing happened
    lead = _cli(data, db_url, "--as", "mark", "gdpr", "erase", CRM_ID, "--yes")
    assert lead.returncode == 1 and "administrator" in lead.stderr

    erased = _cli(data, db_url, "--as", "boss", "gdpr", "erase", CRM_ID, "--yes")
    assert erased.returncode == 0, erased.stderr
    result = json.loads(erased.stdout)
    assert result["counts"]["identities"] == 3 and result["already_erased"] is False
    assert _found(_all_text(_db_path(desk)), PERSONAL) == []
    verified = _cli(data, db_url, "--as", "boss", "audit", "verify", "--json")
    assert verified.returncode == 0 and json.loads(verified.stdout)["ok"] is True
