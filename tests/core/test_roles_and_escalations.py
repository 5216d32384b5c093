"""Roles are enforced in the core; escalations reach a team lead by hand or by rule."""

from __future__ import annotations

from datetime import timedelta

import pytest

from triage.clock import FixedClock
from triage.domain.access import Permission
from triage.domain.enums import Role
from triage.domain.errors import Forbidden, InvalidAction
from triage.services import QueueQuery, Triage
from triage.services.sources import NewSource
from triage.sources.base import SourceKind


@pytest.fixture
def desk(triage: Triage, write_jsonl) -> Triage:  # type: ignore[no-untyped-def]
    triage.import_file(
        write_jsonl(
            "q.jsonl",
            {"external_id": "1", "text": "Where is my parcel? Ordered last week.", "author": "@a"},
            {
                "external_id": "2",
                "text": "Ik stap naar de Consumentenbond en mijn advocaat.",
                "author": "@b",
                "lang": "nl",
            },
            {
                "external_id": "3",
                "text": "Thanks for the help!",
                "author": "@c",
                "followers": 50_000,
            },
        )
    )
    triage.agent("mark", Role.LEAD)
    triage.agent("fatima", Role.TRAINER)
    triage.agent("sanne", Role.AGENT)
    triage.agent("admin", Role.ADMIN)
    return triage


def test_each_role_may_do_its_own_work_and_is_refused_the_rest(desk: Triage) -> None:
    ticket = desk.top(1)[0].id
    desk.sign_in("sanne")
    assert desk.top(3)  # agents read the queue
    desk.claim(ticket, "sanne")
    with pytest.raises(Forbidden, match=r"sanne \(agent\) may not .*team lead"):
        desk.train_model()
    with pytest.raises(Forbidden):
        desk.escalation_queue()
    with pytest.raises(Forbidden, match="administrator"):
        desk.set_role("sanne", Role.LEAD)
    with pytest.raises(Forbidden):
        desk.sources.add(NewSource("Feed", SourceKind.RSS, "https://example.org/f.xml", 60))

    desk.sign_in("fatima")  # trainers see anonymised cases only: no raw reads at all
    for call in (
        lambda: desk.top(3),
        lambda: desk.ticket(ticket),
        lambda: desk.count(QueueQuery()),
        lambda: desk.customers.profile("1"),
        lambda: desk.quarantine(),
    ):
        with pytest.raises(Forbidden, match=r"fatima \(trainer\) may not read"):
            call()
    with pytest.raises(Forbidden):
        desk.claim(ticket, "fatima")  # the acting agent's role counts, not only who signed in
    assert desk.may(Permission.REPLAY) and not desk.may(Permission.READ_CASES)

    desk.sign_in("mark")
    assert desk.escalation_queue() == []
    desk.sign_in("admin")
    assert desk.set_role("sanne", Role.LEAD).role is Role.LEAD


def test_the_first_person_on_a_fresh_database_is_its_administrator(triage: Triage) -> None:
    first = triage.sign_in("Eva")
    assert first.role is Role.ADMIN
    second = triage.sign_in("Piet")
    assert second.role is Role.AGENT  # there is an administrator now


def test_manual_escalation_is_approved_reassigned_or_returned(desk: Triage) -> None:
    a, b = (i.id for i in desk.top(2))
    desk.escalate(a, "sanne", "customer asks for a manager")
    desk.escalate(b, "sanne", "threatens to go to the press")
    desk.sign_in("mark")
    queue = {r.ticket_id: r for r in desk.escalation_queue()}
    assert set(queue) >= {a, b}
    assert queue[a].source == "manual" and queue[a].raised_by == "sanne"
    assert queue[a].reason == "customer asks for a manager"

    desk.approve_escalation(a, "mark", "I'll call her")
    moved = desk.reassign(a, "mark", "mark")
    assert moved.assignee == "mark"
    with pytest.raises(InvalidAction, match="needs a note"):
        desk.return_escalation(b, "mark", " ")
    back = desk.return_escalation(b, "mark", "Standard reply is fine, no press contact yet")
    assert not back.escalated
    assert {r.ticket_id for r in desk.escalation_queue()} == set(queue) - {a, b}
    kinds = [e.kind.value for e in desk.ticket(b).events]
    assert kinds[-1] == "escalation_returned"
    assert [e.kind.value for e in desk.ticket(a).events][-2:] == [
        "escalation_approved",
        "reassigned",
    ]
    with pytest.raises(Forbidden):
        desk.approve_escalation(b, "sanne")
    with pytest.raises(InvalidAction, match="trainer"):
        desk.reassign(b, "mark", "fatima")


def test_rules_escalate_threats_breaches_and_high_reach_once(
    desk: Triage, clock: FixedClock
) -> None:
    desk.rescore_open()
    desk.sign_in("mark")
    by_source = {r.ticket_id: r.source for r in desk.escalation_queue()}
    assert "rule:threat" in by_source.values()  # the lawyer and the consumer association
    assert "rule:high_reach" in by_source.values()  # 50,000 followers
    threat = next(t for t, s in by_source.items() if s == "rule:threat")
    desk.return_escalation(threat, "mark", "Handled by the standard legal reply")
    clock.advance(timedelta(hours=3))  # now every first reply is overdue too
    desk.rescore_open()
    after = {r.ticket_id: r.source for r in desk.escalation_queue()}
    assert threat not in after  # returned stays returned until the customer writes again
    assert "rule:sla_breach" in after.values()
    events = [e for e in desk.ticket(threat).events if e.kind.value == "escalated"]
    assert len(events) == 1 and events[0].actor == "system"


def test_cli_acts_as_the_named_person_and_is_refused_by_role(db_url: str) -> None:
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "triage", "--db", db_url, *args],
            capture_output=True,
            text=True,
            cwd=root,
        )

    first = cli("--as", "eva", "people", "list", "--json")
    assert first.returncode == 0
    assert json.loads(first.stdout) == [{"name": "eva", "display_name": "eva", "role": "admin"}]
    assert cli("--as", "eva", "people", "set", "piet", "lead").returncode == 0
    refused = cli("--as", "piet", "people", "set", "jan", "admin")
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "error: piet (team lead) may not manage people and roles; that needs an administrator"
    )
