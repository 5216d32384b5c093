"""The customer commands as other tools use them: real `python -m triage` processes, JSON out.

`import-crm`, `customers show/merge/unmerge`, `ambassadors` and `loyalty recompute` are
contracts. Each process costs about a second, so one scenario runs them all, side by side where
they do not depend on each other.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from triage.analysis.analyzer import MessageAnalyzer
from triage.services import Triage
from triage.store.tables import (
    CustomerRow,
    IdentityRow,
    MentionRow,
    OrderRow,
    ReferralRow,
    SurveyRow,
    TicketRow,
)

ROOT = Path(__file__).resolve().parents[2]
LOYALTY_KEYS = {"segment", "nps_class", "ces", "rfm", "clv", "referral_value", "flags"}
OWNED: tuple[tuple[Any, str], ...] = (
    (IdentityRow, "customer_id"),
    (TicketRow, "customer_id"),
    (OrderRow, "customer_id"),
    (SurveyRow, "customer_id"),
    (ReferralRow, "referrer_id"),
    (ReferralRow, "referred_id"),
    (CustomerRow, "merged_into_id"),
)


def _run(
    data_dir: Path, url: str, *commands: Sequence[str]
) -> list[subprocess.CompletedProcess[str]]:
    """Independent commands in parallel processes; results in the order given."""
    env = {**os.environ, "TRIAGE_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
    env.pop("TRIAGE_DATABASE_URL", None)
    procs = [
        (
            list(cmd),
            subprocess.Popen(
                [sys.executable, "-m", "triage", "--db", url, *cmd],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
            ),
        )
        for cmd in commands
    ]
    done = []
    for argv, proc in procs:
        out, err = proc.communicate(timeout=120)
        done.append(subprocess.CompletedProcess(argv, proc.returncode, out, err))
    return done


def _json(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout  # exactly one JSON document, on one line
    return json.loads(lines[0])


def _refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
    assert all(w in result.stderr for w in words), result.stderr


def _day(days_ago: int) -> str:
    # The CLI runs on the system clock, so the CRM data is dated relative to the real now.
    return (datetime.now(UTC) - timedelta(days=days_ago)).date().isoformat()


def _snapshot(app: Triage) -> set[tuple[str, int, int | None]]:
    with app.sessions() as s:
        return {
            (f"{table.__tablename__}.{column}", rid, owner)
            for table, column in OWNED
            for rid, owner in s.execute(select(table.id, getattr(table, column)))
        }


@pytest.fixture
def app(db_url: str, tmp_path: Path, analyzer: MessageAnalyzer) -> Iterator[Triage]:
    """Messages from Ann and Bob imported in-process (system clock, like the CLI)."""
    triage = Triage.open(db_url, analyzer=analyzer)
    now = datetime.now(UTC)
    rows = [
        ("a1", "@ann", "Where is my parcel? Ordered two weeks ago"),
        ("b1", "@Bob", "My invoice is wrong, please fix it"),
    ]
    path = tmp_path / "messages.jsonl"
    path.write_text(
        "\n".join(
            json.dumps(
                {
                    "channel": "x",
                    "external_id": eid,
                    "author": author,
                    "followers": 40,
                    "text": text,
                    "created_at": (now - timedelta(minutes=20)).isoformat(),
                }
            )
            for eid, author, text in rows
        )
        + "\n",
        encoding="utf-8",
    )
    assert triage.import_file(path).added == 2
    yield triage
    triage.close()


def _crm_files(folder: Path) -> dict[str, Path]:
    files = {
        # Dutch headers, semicolons: read through --map
        "customers": (
            "Klantnummer;Naam;E-mail;handles",
            "K-1;Ann Smit;ann@example.nl;x:@ann",
            "K-2;Bob de Boer;bob@example.nl;x:@bob",
            "K-3;Cas;cas@example.nl;",
        ),
        "orders": (
            "Klantnummer,order_id,date,amount",
            f"K-1,40001,{_day(200)},80.00",
            f"K-1,40002,{_day(20)},120.00",
            f"K-2,40003,{_day(60)},35.00",
            f"K-404,40004,{_day(10)},10.00",  # line 5: an unknown customer
        ),
        "surveys": ("Klantnummer,date,kind,score", f"K-1,{_day(15)},nps,9"),
        "referrals": (
            "referrer_id,referred_id,date,converted",
            f"K-1,P-1,{_day(40)},yes",
            f"K-1,P-2,{_day(30)},yes",
            f"K-2,P-3,{_day(30)},yes",
        ),
    }
    out = {}
    for kind, lines in files.items():
        out[kind] = folder / f"{kind}.csv"
        out[kind].write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def test_import_show_ambassadors_merge_and_unmerge(
    app: Triage, db_url: str, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    crm = _crm_files(tmp_path)
    with app.sessions() as s:
        ann_ticket = s.scalar(select(MentionRow.ticket_id).where(MentionRow.external_id == "a1"))
    mapping = ["--map", "customer_id=Klantnummer", "--map", "name=Naam", "--map", "email=E-mail"]
    files = [arg for kind, path in crm.items() for arg in (f"--{kind}", str(path))]

    (imported,) = _run(data, db_url, ["import-crm", *files, *mapping, "--json"])

    report = _json(imported)
    assert set(report) == {"customers", "orders", "surveys", "referrals", "quarantined", "errors"}
    # Ann and Bob wrote before: their message-made customers took the CRM ids
    assert report["customers"] == {"added": 1, "updated": 2, "identities_added": 3, "merged": 0}
    assert (report["orders"], report["surveys"], report["referrals"]) == (3, 1, 3)
    assert report["quarantined"] == 1
    assert report["errors"] == [
        {
            "file": "orders.csv",
            "line": 5,
            "reason": "unknown customer 'K-404': import customers.csv first",
        }
    ]

    csv_path = tmp_path / "ambassadors.csv"
    shown, missing, ambassadors, bad_map = _run(
        data,
        db_url,
        ["customers", "show", "K-1", "--json"],
        ["customers", "show", "K-404", "--json"],
        ["ambassadors", "--top", "2", "--json", "--csv", str(csv_path)],
        ["import-crm", "--customers", str(crm["customers"]), "--map", "klantnr=Nr", "--json"],
    )

    ann = _json(shown)
    assert {"identities", "tickets", "orders", "surveys", "loyalty"} <= set(ann)
    assert ann["customer_id"] == "K-1" and ann["name"] == "Ann Smit"
    assert sorted((i["channel"], i["handle"]) for i in ann["identities"]) == [
        ("email", "ann@example.nl"),
        ("x", "@ann"),
    ]
    assert [t["id"] for t in ann["tickets"]] == [ann_ticket]
    assert sorted(o["order_id"] for o in ann["orders"]) == ["40001", "40002"]
    assert {o["order_id"]: o["amount"] for o in ann["orders"]}["40002"] == 120.0
    assert [(v["kind"], v["score"], v["origin"]) for v in ann["surveys"]] == [("nps", 9, "crm")]
    loyalty = ann["loyalty"]
    assert set(loyalty) >= LOYALTY_KEYS
    assert loyalty["nps_class"] == "promoter"
    assert loyalty["referral_value"] > 0 and loyalty["clv"] > 0
    assert isinstance(loyalty["rfm"], dict) and loyalty["rfm"]["frequency_24m"] == 2
    assert isinstance(loyalty["flags"], list) and isinstance(loyalty["segment"], str)

    _refused(missing, "K-404", "not found")
    _refused(bad_map, "klantnr")

    rows = _json(ambassadors)
    assert isinstance(rows, list) and 1 <= len(rows) <= 2
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    for row in rows:
        assert row["customer_id"] in ("K-1", "K-2", "K-3")
        assert isinstance(row["reasons"], list) and row["reasons"]
    assert rows[0]["customer_id"] == "K-1"  # promoter with the most referral value
    with csv_path.open(encoding="utf-8", newline="") as fh:
        written = list(csv.DictReader(fh))
    assert [r["customer_id"] for r in written] == [r["customer_id"] for r in rows]

    before = _snapshot(app)
    (merged,) = _run(data, db_url, ["customers", "merge", "K-1", "K-2", "--json"])
    result = _json(merged)
    assert set(result) == {"customer", "merge_id"}
    with app.sessions() as s:
        ids = dict(s.execute(select(CustomerRow.crm_id, CustomerRow.id)).all())
    assert result["customer"] == ids["K-1"]
    moved = _snapshot(app)
    assert ("customers.merged_into_id", ids["K-2"], ids["K-1"]) in moved
    assert not any(owner == ids["K-2"] for _, _, owner in moved)

    (unmerged,) = _run(data, db_url, ["customers", "unmerge", str(result["merge_id"]), "--json"])
    assert _json(unmerged) == {
        "merge_id": result["merge_id"],
        "customers": [ids["K-1"], ids["K-2"]],
    }
    assert _snapshot(app) == before

    again, recomputed = _run(
        data,
        db_url,
        ["customers", "unmerge", str(result["merge_id"]), "--json"],
        ["loyalty", "recompute", "--json"],
    )
    _refused(again, "already undone")
    assert _json(recomputed) == {"customers": 3, "rescored": 2}
