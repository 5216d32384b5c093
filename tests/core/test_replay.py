"""Case replay: the state after every step of a scripted case, anonymised replays without any
personal data, trainers limited to anonymised replays, annotations, scorecards and the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from triage.cli import run as cli_run
from triage.clock import FixedClock
from triage.domain.enums import Outcome, Role
from triage.domain.errors import Forbidden, InvalidAction, NotFound
from triage.domain.models import Resolution
from triage.services import QueueQuery, Triage
from triage.services.replay import CRITERIA
from triage.store.tables import TicketRow

ROOT = Path(__file__).resolve().parents[2]
START = datetime.fromisoformat("2026-11-23T08:00:00+00:00")

MESSAGES: list[dict[str, object]] = [
    {
        "channel": "x",
        "external_id": "m1",
        "author": "@jvdberg",
        "author_name": "Johan van den Berg",
        "lang": "nl",
        "created_at": "2026-11-23T08:00:00Z",
        "text": "Mijn factuur klopt niet en niemand belt terug! Ik woon op de Dorpsstraat 12a, "
        "1234 AB Utrecht. Klantnummer 3344556. Bel me op 06-12345678 of mail "
        "johan.vdberg@gmail.com. IBAN NL91 ABNA 0417 1643 00. @StroomnetHelp",
    },
    {
        "channel": "x",
        "external_id": "m2",
        "in_reply_to": "m1",
        "author": "@jvdberg",
        "author_name": "Johan van den Berg",
        "lang": "nl",
        "created_at": "2026-11-23T08:02:00Z",
        "text": "Mijn vrouw Anneke van den Berg heeft ook al gebeld. Zie "
        "https://x.com/jvdberg/status/1901234567890 voor de vorige keer.",
    },
]
REPLY: dict[str, object] = {
    "channel": "x",
    "external_id": "r1",
    "in_reply_to": "m2",
    "author": "@StroomnetHelp",
    "author_name": "Stroomnet Klantenservice",
    "direction": "out",
    "lang": "nl",
    "created_at": "2026-11-23T08:20:00Z",
    "text": "Hoi Johan, we storten het bedrag terug op NL91ABNA0417164300. ^Sanne",
}
SEEDED = (
    "johan",
    "van den berg",
    "jvdberg",
    "anneke",
    "dorpsstraat",
    "12a",
    "1234 ab",
    "3344556",
    "06-12345678",
    "12345678",
    "johan.vdberg@gmail.com",
    "gmail",
    "nl91",
    "abna",
    "0417",
    "164300",
    "1901234567890",
    "77881234",
    "sanne",
)


@pytest.fixture
def case(triage: Triage, clock: FixedClock, write_jsonl: Any) -> int:
    """Two messages, claim, note, escalation, our reply, resolution: one scripted case."""
    triage.sign_in("admin")  # the first person on a database is its administrator
    triage.set_role("sanne", Role.AGENT)
    triage.set_role("fatima", Role.TRAINER)
    clock.set(START + timedelta(minutes=5))
    report = triage.import_file(write_jsonl("in.jsonl", *MESSAGES))
    assert report.added == 2, report.errors
    with triage.sessions() as s:
        ticket_id = int(s.scalars(select(TicketRow.id)).one())
    clock.set(START + timedelta(minutes=10))
    triage.claim(ticket_id, "sanne")
    clock.set(START + timedelta(minutes=12))
    triage.note(ticket_id, "sanne", "Johan belde: bestelling 77881234 ontbreekt, Dorpsstraat 12a.")
    clock.set(START + timedelta(minutes=15))
    triage.escalate(ticket_id, "sanne", "Johan van den Berg dreigt met een advocaat (06-12345678)")
    clock.set(START + timedelta(minutes=21))
    assert triage.import_file(write_jsonl("out.jsonl", REPLY)).added == 1
    clock.set(START + timedelta(minutes=30))
    triage.resolve(
        ticket_id,
        "sanne",
        Resolution(
            Outcome.SOLVED, ("billing", "refund"), note="Terugbetaald aan Johan, NL91ABNA0417164300"
        ),
    )
    return ticket_id


def test_state_after_each_step(triage: Triage, case: int) -> None:
    replay = triage.replay(case, anonymise=False)
    kinds = [s.kind for s in replay.steps]
    assert kinds == ["arrived", "arrived", "claimed", "noted", "escalated", "replied", "resolved"]
    assert [s.index for s in replay.steps] == list(range(7))
    assert [s.at for s in replay.steps] == sorted(s.at for s in replay.steps)
    states = [s.state for s in replay.steps]
    # The first message of the import carried no score yet; the batch's last one did.
    assert (states[0].status, states[0].band, states[0].priority) == ("new", "", 0)
    assert states[0].sentiment is not None and states[0].assignee is None
    assert states[1].status == "new" and states[1].band.startswith("P")
    assert states[1].priority > 0 and sum(states[1].components.values()) > 0
    assert (states[2].status, states[2].assignee) == ("open", "sanne")
    assert states[3] == states[2]  # a note changes nothing
    assert states[4].escalated and not states[3].escalated
    assert (states[5].status, states[5].assignee) == ("pending", "sanne")
    assert (states[6].status, states[6].assignee, states[6].escalated) == ("resolved", None, True)
    # The last state is the ticket as stored.
    item = triage.item(case)
    assert (states[6].priority, states[6].band) == (item.priority, item.band.value)
    # The texts: messages, the note, the reason and the resolution.
    texts = [s.text for s in replay.steps]
    assert texts[0].startswith("Mijn factuur") and texts[3].startswith("Johan belde")
    assert "advocaat" in texts[4] and texts[5].startswith("Hoi Johan")
    assert texts[6].splitlines()[0] == "solved · billing · refund"
    assert [s.actor for s in replay.steps][:3] == ["Johan van den Berg"] * 2 + ["sanne"]
    assert replay.steps[5].actor == "@StroomnetHelp"
    assert replay.outcome == "solved" and replay.resolved_at is not None
    assert not replay.anonymised and replay.legend == {}


def test_anonymised_replay_has_no_personal_data_anywhere(triage: Triage, case: int) -> None:
    triage.annotate(case, 3, "Let op: Johan noemde zijn IBAN NL91ABNA0417164300 in een notitie")
    replay = triage.replay(case)  # anonymised by default
    assert replay.anonymised
    blob = json.dumps(replay.as_json(), ensure_ascii=False).lower()
    leaks = [s for s in SEEDED if s in blob]
    assert leaks == []
    steps = replay.steps
    assert steps[0].actor == steps[1].actor == "Klant A"
    # Letters follow appearance: the brand's handle is in the first message, then sanne.
    assert steps[0].text.endswith("Medewerker A")
    assert steps[2].actor == steps[2].state.assignee == "Medewerker B"  # sanne
    assert steps[5].actor == "Medewerker A" and steps[5].text.startswith("Hoi Klant A")
    assert steps[5].text.endswith("^Medewerker B")  # her signature is her pseudonym
    assert "[IBAN]" in steps[0].text and "[adres]" in steps[0].text
    # His wife is someone else (C: the unknown e-mail address in step 0 is klant2@…).
    assert (
        steps[1].text == "Mijn vrouw Klant C heeft ook al gebeld. Zie [link] voor de vorige keer."
    )
    assert "klant2@example.invalid" in steps[0].text
    assert steps[6].text.startswith("solved · billing · refund")
    assert steps[3].annotations and "[IBAN]" in steps[3].annotations[0].text
    assert replay.legend["Klant A"] == "customer" and replay.legend["Medewerker A"] == "staff"
    # The same state as the raw replay, only with pseudonyms.
    raw = triage.replay(case, anonymise=False)
    assert [s.state.status for s in raw.steps] == [s.state.status for s in steps]
    assert [s.state.priority for s in raw.steps] == [s.state.priority for s in steps]


def test_trainer_gets_anonymised_replays_only(triage: Triage, case: int) -> None:
    triage.sign_in("fatima")
    assert triage.user is not None and triage.user.role is Role.TRAINER
    replay = triage.replay(case, anonymise=True)
    assert replay.anonymised
    with pytest.raises(Forbidden):
        triage.replay(case, anonymise=False)
    with pytest.raises(Forbidden):
        triage.page(QueueQuery(), 0, 10)
    with pytest.raises(Forbidden):
        triage.ticket(case)
    cases = triage.cases_for_replay()
    assert [c.ticket_id for c in cases] == [case]
    row = cases[0]
    assert (row.channel, row.outcome, row.steps) == ("x", "solved", 7)
    assert row.summary.startswith("Klant A: Mijn factuur klopt niet")
    assert not [s for s in SEEDED if s in row.summary.lower()]
    # Searching finds what the picker shows, never what it hides.
    assert triage.cases_for_replay(search="factuur") == cases
    assert triage.cases_for_replay(search="Dorpsstraat") == []
    assert triage.cases_for_replay(search="Johan") == []


def test_an_agent_is_refused_replay(triage: Triage, case: int) -> None:
    triage.sign_in("sanne")
    with pytest.raises(Forbidden):
        triage.replay(case)
    with pytest.raises(Forbidden):
        triage.cases_for_replay()


def test_annotations_and_scorecards(triage: Triage, clock: FixedClock, case: int) -> None:
    triage.sign_in("fatima")
    clock.set(START + timedelta(hours=2))
    note = triage.annotate(case, 5, "  Goede, snelle reactie.  ")
    assert (note.step, note.author, note.text) == (5, "fatima", "Goede, snelle reactie.")
    card = triage.score_case(
        case, {"empathy": 4, "accuracy": 5, "speed": 3, "ownership": 4, "tone": 5}, "Netjes."
    )
    assert tuple(card.scores) == CRITERIA and card.author == "fatima"
    replay = triage.replay(case)
    assert [a.text for a in replay.steps[5].annotations] == ["Goede, snelle reactie."]
    assert replay.steps[5].annotations[0].author.startswith("Medewerker")
    assert "fatima" not in json.dumps(replay.as_json()).lower()
    assert replay.scorecards[0].scores == card.scores and replay.scorecards[0].comment == "Netjes."
    for bad in (
        {"empathy": 4},
        {**card.scores, "speed": 6},
        {**card.scores, "speed": 0},
        {**card.scores, "charm": 3},
    ):
        with pytest.raises(InvalidAction):
            triage.score_case(case, bad)
    with pytest.raises(InvalidAction):
        triage.annotate(case, 7, "no such step")
    with pytest.raises(InvalidAction):
        triage.annotate(case, 0, "   ")
    with pytest.raises(NotFound):
        triage.replay(9999)


def test_cli_replay_export_json(
    triage: Triage, case: int, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli_run(["--db", db_url, "--as", "fatima", "replay", "export", str(case), "--json"])
    assert code == 1  # a trainer without --anonymise: refused
    assert "may not read customers' messages" in capsys.readouterr().err
    args = ["--db", db_url, "--as", "fatima", "replay", "export", str(case), "--anonymise"]
    assert cli_run([*args, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {
        "ticket_id",
        "channel",
        "anonymised",
        "opened_at",
        "resolved_at",
        "outcome",
        "legend",
        "steps",
        "scorecards",
    }
    assert out["ticket_id"] == case and out["anonymised"] is True and len(out["steps"]) == 7
    step = out["steps"][0]
    assert set(step) == {"index", "at", "kind", "actor", "channel", "text", "state", "annotations"}
    assert set(step["state"]) == {
        "status",
        "priority",
        "band",
        "components",
        "assignee",
        "escalated",
        "sentiment",
    }
    assert not [s for s in SEEDED if s in json.dumps(out, ensure_ascii=False).lower()]
    assert cli_run(["--db", db_url, "--as", "fatima", "replay", "cases", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["ticket_id"] for r in rows] == [case] and rows[0]["steps"] == 7


def test_cli_replay_export_as_a_process(case: int, db_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "TRIAGE_DATA_DIR": str(tmp_path / "cli"), "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [
            *(sys.executable, "-m", "triage", "--db", db_url, "--as", "fatima"),
            *("replay", "export", str(case), "--anonymise", "--json"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["anonymised"] and [s["kind"] for s in out["steps"]][-1] == "resolved"
