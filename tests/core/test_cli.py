"""The headless CLI as other tools use it: real `python -m triage` processes, JSON on stdout.

The output forms are contracts. Every test shares one imported database and starts as few
processes as it can (each start costs about half a second); independent calls run side by side.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from triage.analysis.analyzer import MessageAnalyzer
from triage.services import Triage
from triage.store.tables import MentionRow, ResolutionRow

ROOT = Path(__file__).resolve().parents[2]
COMPONENTS = {"cues", "waiting", "tone", "reach", "value", "repeat"}
FLOOR_PREFIXES = ("safety issue", "response SLA breached", "public legal/media threat")
ITEM_KEYS = {"id", "priority", "components", "reasons", "status", "channel", "lang"}
ITEM_KEYS |= {"sentiment", "text"}


class Cli:
    """Runs `python -m triage` from the repository root with an isolated data folder."""

    def __init__(self, data_dir: Path) -> None:
        env = {**os.environ, "TRIAGE_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8"}
        env.pop("TRIAGE_DATABASE_URL", None)
        self.env = env

    def _argv(self, url: str | None, args: Sequence[str]) -> list[str]:
        return [sys.executable, "-m", "triage", *(["--db", url] if url else []), *args]

    def __call__(
        self, url: str | None, *args: str, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self._argv(url, args),
            cwd=ROOT,
            env={**self.env, **(env or {})},
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )

    def side_by_side(
        self, url: str, *commands: Sequence[str]
    ) -> list[subprocess.CompletedProcess[str]]:
        """Independent commands in parallel processes; results in the order given."""
        procs = [
            (
                list(cmd),
                subprocess.Popen(
                    self._argv(url, cmd),
                    cwd=ROOT,
                    env=self.env,
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


def _json(result: subprocess.CompletedProcess[str]) -> object:
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout  # exactly one JSON document, on one line
    return json.loads(lines[0])


def _at(minutes_ago: int) -> str:
    # The CLI runs on the system clock, so the messages are dated relative to the real now.
    return (datetime.now(UTC) - timedelta(minutes=minutes_ago)).isoformat()


def _row(external_id: str, author: str, text: str, minutes_ago: int, **extra: object) -> str:
    row: dict[str, object] = {
        "channel": "x",
        "external_id": external_id,
        "author": author,
        "followers": 120,
        "text": text,
        "created_at": _at(minutes_ago),
    }
    row.update(extra)
    return json.dumps(row, ensure_ascii=False)


GOOD_ROWS = 9  # messages below; 7 conversations, all needing action
ACTIVE_TICKETS = 7


def _mentions_file(path: Path) -> Path:
    lines = [
        _row("1", "@ann", "My kettle caught fire last night, the kitchen is full of smoke!", 20),
        '{"channel": "x", "external_id": "broken", "text": "no closing brace"',  # line 2
        _row("2", "@ben", "Where can I find my invoice?", 5),
        _row("3", "@cas", "", 5),  # line 4: empty text
        _row(
            "4",
            "@dora",
            "Internet down for the third time this week, absolutely ridiculous",
            180,
        ),
        _row(
            "5",
            "@press",
            "I will sue you, my lawyer has the letter ready. Scandal!",
            15,
            followers=900_000,
            interactions=4000,
        ),
        _row("6", "@eva", "Bedankt voor de snelle hulp!", 10, lang="nl"),
        _row("7", "@fenna", "Mijn factuur klopt niet, ik ga opzeggen", 40, lang="nl"),
        _row("8", "@gijs", "My parcel never arrived", 120),
        _row("9", "@brand", "Sorry! We are on it", 110, direction="out", in_reply_to="8"),
        _row("10", "@gijs", "Still nothing!! Two weeks now", 30, in_reply_to="9"),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "data")


@pytest.fixture
def loaded(db_url: str, tmp_path: Path, analyzer: MessageAnalyzer) -> Iterator[Triage]:
    """The shared file imported in-process (system clock, like the CLI), open for checks."""
    app = Triage.open(db_url, analyzer=analyzer)
    report = app.import_file(_mentions_file(tmp_path / "mentions.jsonl"))
    assert (report.added, report.quarantined) == (GOOD_ROWS, 2)
    yield app
    app.close()


def test_import_prints_one_report_and_is_idempotent(cli: Cli, db_url: str, tmp_path: Path) -> None:
    path = _mentions_file(tmp_path / "in.jsonl")
    first = _json(cli(db_url, "import", str(path)))  # exit 0 although two rows are bad
    assert isinstance(first, dict)
    assert set(first) == {"added", "duplicates", "quarantined", "errors"}
    assert (first["added"], first["duplicates"], first["quarantined"]) == (GOOD_ROWS, 0, 2)
    errors = first["errors"]
    assert [e["line"] for e in errors] == [2, 4]
    assert all(set(e) == {"line", "reason"} and e["reason"] for e in errors)
    assert errors[1]["reason"] == "empty text"

    again = _json(cli(db_url, "import", str(path), "--format", "jsonl"))
    assert again == {
        "added": 0,
        "duplicates": first["added"],
        "quarantined": 2,
        "errors": errors,
    }


def test_import_failures_exit_non_zero_with_a_message(
    cli: Cli, db_url: str, tmp_path: Path, analyzer: MessageAnalyzer
) -> None:
    unknown = tmp_path / "contacts.csv"
    unknown.write_text("name,email\nAnn,ann@example.org\n", encoding="utf-8")
    missing, header, columns = cli.side_by_side(
        db_url,
        ["import", str(tmp_path / "nowhere.jsonl")],
        ["import", str(unknown)],
        ["import", str(unknown), "--format", "eval"],
    )
    assert missing.returncode != 0 and missing.stdout == ""
    assert missing.stderr.strip() == f"error: no such file: {tmp_path / 'nowhere.jsonl'}"
    # UnknownFormat is a TriageError: run() prints it and returns 1, no traceback
    assert header.returncode == 1 and header.stdout == ""
    assert header.stderr.strip() == (
        "error: cannot tell the format of contacts.csv: use --format jsonl, eval or twcs"
    )
    assert columns.returncode == 1 and columns.stdout == ""
    assert columns.stderr.strip() == "error: missing columns: id, text"
    app = Triage.open(db_url, analyzer=analyzer)
    try:
        assert app.is_empty() and app.quarantine_count() == 0  # nothing half-imported
    finally:
        app.close()


def test_queue_json_is_ordered_and_explained(cli: Cli, db_url: str, loaded: Triage) -> None:
    items = _json(cli(db_url, "queue", "--top", "50", "--json"))
    assert isinstance(items, list)
    assert [i["id"] for i in items] == [i.id for i in loaded.top(50)]
    assert len(items) == ACTIVE_TICKETS
    priorities = [i["priority"] for i in items]
    assert priorities == sorted(priorities, reverse=True)
    floors = 0
    for item in items:
        assert set(item) >= ITEM_KEYS
        assert item["status"] in ("new", "open")
        assert isinstance(item["text"], str) and item["text"]
        assert set(item["components"]) == COMPONENTS
        assert all(isinstance(v, int) and v >= 0 for v in item["components"].values())
        assert item["reasons"] and all(isinstance(r, str) for r in item["reasons"])
        first = item["reasons"][0]
        if first.startswith(FLOOR_PREFIXES):
            floors += 1
            floor = int(re.search(r"at least (\d+)", first).group(1))  # type: ignore[union-attr]
            assert item["priority"] == floor > sum(item["components"].values())
        else:
            assert sum(item["components"].values()) == item["priority"]
            assert all(r.endswith(")") and "(+" in r for r in item["reasons"])
    # both branches of the rule ran: the fire is a floor, the invoice question is a plain sum
    assert 0 < floors < len(items)
    by_text = {i["text"]: i for i in items}
    fire = by_text["My kettle caught fire last night, the kitchen is full of smoke!"]
    assert fire["reasons"][0].startswith("safety issue") and fire["priority"] == 90
    assert by_text["Bedankt voor de snelle hulp!"]["lang"] == "nl"

    top2 = _json(cli(db_url, "queue", "--top", "2", "--json"))
    assert top2 == items[:2]


def test_claim_next_never_hands_out_a_ticket_twice(cli: Cli, db_url: str, loaded: Triage) -> None:
    order = [i.id for i in loaded.top(50)]
    first = _json(cli(db_url, "claim-next", "--agent", "sanne", "--count", "2", "--json"))
    assert first == order[:2]
    rest = _json(cli(db_url, "claim-next", "--agent", "piet", "--count", "50", "--json"))
    assert isinstance(rest, list) and all(isinstance(i, int) for i in rest)
    assert rest == order[2:]  # different ids, still highest priority first
    assert _json(cli(db_url, "claim-next", "--agent", "joop", "--json")) == []
    holders = {i.id: i.assignee for i in loaded.top(50)}
    assert holders == {i: ("sanne" if i in first else "piet") for i in order}


def test_resolve_takes_the_ticket_off_the_queue(cli: Cli, db_url: str, loaded: Triage) -> None:
    target = loaded.top(1)[0].id
    done = cli(
        db_url,
        "resolve",
        str(target),
        "--outcome",
        "solved",
        "--reason",
        "billing",
        "--note",
        "Credit note sent, apologised",
        "--agent",
        "sanne",
    )
    assert _json(done) == {"id": target, "status": "resolved"}
    queue, twice, bad = cli.side_by_side(
        db_url,
        ["queue", "--json"],
        ["resolve", str(target), "--outcome", "solved", "--agent", "sanne"],
        ["resolve", str(target), "--outcome", "fixed"],
    )
    remaining = _json(queue)
    assert isinstance(remaining, list) and len(remaining) == ACTIVE_TICKETS - 1
    assert target not in {i["id"] for i in remaining}
    assert twice.returncode == 1 and twice.stdout == ""
    assert twice.stderr.startswith("error:") and "already resolved" in twice.stderr
    assert bad.returncode == 2  # argparse refuses an outcome it does not know
    assert "invalid choice: 'fixed'" in bad.stderr
    with loaded.sessions() as s:
        (row,) = s.scalars(select(ResolutionRow).where(ResolutionRow.ticket_id == target)).all()
    assert (row.outcome, row.reason_codes, row.note) == (
        "solved",
        ["billing"],
        "Credit note sent, apologised",
    )


def test_database_url_comes_from_the_environment_without_db(
    cli: Cli, db_url: str, loaded: Triage, tmp_path: Path
) -> None:
    items = _json(cli(None, "queue", "--json", env={"TRIAGE_DATABASE_URL": db_url}))
    assert isinstance(items, list)
    assert [i["id"] for i in items] == [i.id for i in loaded.top(20)]
    assert not (tmp_path / "data" / "triage.db").exists()  # the default file was never made
    with loaded.sessions() as s:
        assert len(s.scalars(select(MentionRow.id)).all()) == GOOD_ROWS
