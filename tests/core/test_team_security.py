"""Team mode on PostgreSQL (tests/pg.py): each person connects as their own login, and the
database's grants and row-level security enforce their role whatever SQL they send.

The cluster's group roles and logins are cluster-wide, so every test makes its own people
(names end in a number) and drops them at the end.
"""

from __future__ import annotations

import io
import itertools
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from triage.analysis.analyzer import MessageAnalyzer
from triage.audit import chain
from triage.cli import run as cli
from triage.clock import FixedClock
from triage.domain.access import ROLE_PERMISSIONS, Permission
from triage.domain.enums import Outcome, Role
from triage.domain.errors import Forbidden, NotFound
from triage.domain.models import Resolution
from triage.domain.replay import Replay
from triage.scheduler.service import PUBLISH_JOB, SchedulerService
from triage.scoring.sla_policy import SETTING_KEY
from triage.services import Triage
from triage.services.access import NotYourLogin
from triage.store import team_security as team
from triage.store.db import alembic_config, make_engine, migrate, unit_of_work
from triage.store.tables import CustomerRow, EventRow, TicketRow, TrainingCaseRow

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
PASSWORD = "correct horse battery staple"
_serial = itertools.count(1)

MESSAGES: list[dict[str, object]] = [
    {
        "external_id": "m1",
        "author": "@jvdberg",
        "author_name": "Johan van den Berg",
        "lang": "nl",
        "created_at": "2026-11-23T08:00:00Z",
        "text": "Mijn factuur klopt niet en niemand belt terug! Ik woon op de Dorpsstraat 12a, "
        "1234 AB Utrecht. Bel me op 06-12345678 of mail johan.vdberg@gmail.com.",
    },
    {
        "external_id": "k1",
        "author": "@annsmith",
        "author_name": "Ann Smith",
        "lang": "en",
        "created_at": "2026-11-23T08:10:00Z",
        "text": "My kettle caught fire, I will call my lawyer. Ann Smith, 12 Baker Street",
    },
    {
        "external_id": "p1",
        "author": "@pietp",
        "author_name": "Piet Pieters",
        "lang": "nl",
        "created_at": "2026-11-23T08:20:00Z",
        "text": "Waar blijft mijn pakket? Groet, Piet Pieters",
    },
]
REPLY: dict[str, object] = {
    "external_id": "r1",
    "in_reply_to": "m1",
    "author": "@StroomnetHelp",
    "author_name": "Stroomnet Klantenservice",
    "direction": "out",
    "lang": "nl",
    "created_at": "2026-11-23T08:40:00Z",
    "text": "Hoi Johan, we hebben het rechtgezet. ^Sanne",
}
RAW = ("johan", "van den berg", "jvdberg", "dorpsstraat", "06-12345678", "gmail")


def _jsonl(path: Path, *rows: dict[str, object]) -> Path:
    base = {"channel": "x", "followers": 10}
    path.write_text("\n".join(json.dumps(base | r) for r in rows) + "\n", encoding="utf-8")
    return path


@dataclass
class TeamDb:
    """A migrated, set-up team database, its owner's desk and a login per role."""

    url: str
    owner: Triage
    clock: FixedClock
    analyzer: MessageAnalyzer
    names: dict[Role, str]
    opened: list[Triage] = field(default_factory=list)
    engines: list[Engine] = field(default_factory=list)

    def url_of(self, name: str, password: str = PASSWORD) -> str:
        return (
            make_url(self.url)
            .set(username=name, password=password)
            .render_as_string(hide_password=False)
        )

    def app(self, role: Role) -> Triage:
        """The desk of the person in this role, connected as their own login and signed in."""
        app = Triage.open(self.url_of(self.names[role]), clock=self.clock, analyzer=self.analyzer)
        self.opened.append(app)
        app.sign_in()
        return app

    def sql(self, role: Role) -> Engine:
        """Plain SQL as that person: what a psql session of theirs could do."""
        engine = create_engine(self.url_of(self.names[role]))
        self.engines.append(engine)
        return engine


@pytest.fixture
def team_db(
    pg_url: Callable[[], str], analyzer: MessageAnalyzer, tmp_path: Path
) -> Iterator[TeamDb]:
    url = pg_url()
    clock = FixedClock(NOW)
    owner = Triage.open(url, clock=clock, analyzer=analyzer)
    team.setup(owner.engine)
    n = next(_serial)
    names = {
        Role.AGENT: f"sanne_{n}",
        Role.LEAD: f"mark_{n}",
        Role.TRAINER: f"fatima_{n}",
        Role.ADMIN: f"ada_{n}",
    }
    for role, name in names.items():
        team.add_person(owner.engine, name, role, PASSWORD)
    db = TeamDb(url, owner, clock, analyzer, names)
    yield db
    for app in db.opened:
        app.close()
    for engine in db.engines:
        engine.dispose()
    for name in team.people(owner.engine):
        if name.name.endswith(f"_{n}"):
            team.remove_person(owner.engine, name.name)
    owner.close()


def _seed(db: TeamDb, tmp_path: Path) -> dict[str, int]:
    """The agent imports, claims, notes, escalates, replies and resolves; returns ticket ids
    by their first message."""
    sanne = db.app(Role.AGENT)
    me = db.names[Role.AGENT]
    report = sanne.import_file(_jsonl(tmp_path / "in.jsonl", *MESSAGES))
    assert report.added == 3, report.errors
    with sanne.sessions() as s:
        rows = s.execute(select(TicketRow.id, TicketRow.author)).all()
    ids = {{"@jvdberg": "m1", "@annsmith": "k1", "@pietp": "p1"}[a]: i for i, a in rows}
    db.clock.advance(timedelta(minutes=5))
    claimed = sanne.claim_next(me, 3)
    assert sorted(claimed) == sorted(ids.values())
    sanne.note(ids["m1"], me, "Johan belde: Dorpsstraat 12a, 06-12345678")
    sanne.escalate(ids["k1"], me, "fire and a lawyer")
    db.clock.advance(timedelta(minutes=5))
    assert sanne.import_file(_jsonl(tmp_path / "out.jsonl", REPLY)).added == 1
    sanne.resolve(ids["m1"], me, Resolution(Outcome.SOLVED, ("billing",), note="Johan geholpen"))
    db.clock.advance(timedelta(minutes=30))
    assert sanne.rescore_open() >= 1
    return ids


def _refused(engine: Engine, sql: str, **params: Any) -> str:
    """Run one statement; it must be refused by the database. Returns the error text."""
    with pytest.raises(DBAPIError) as info, engine.begin() as conn:
        conn.execute(text(sql), params)
    return str(info.value.orig)


def _rows(engine: Engine, sql: str, **params: Any) -> int:
    with engine.begin() as conn:
        return int(conn.execute(text(sql), params).rowcount)


# -- the rules themselves ---------------------------------------------------------------------


def test_grants_are_derived_from_the_apps_role_permissions() -> None:
    assert team.holders(Permission.READ_CASES) == ["triage_agent"]
    assert team.holders(Permission.REPLAY) == ["triage_lead", "triage_trainer"]
    assert team.holders(Permission.EDIT_POLICY) == ["triage_lead"]
    assert team.holders(Permission.ERASE) == ["triage_admin"]
    assert team.holders(None) == list(team.GROUPS.values())
    # every permission lands somewhere, and the inheritance follows the permission sets
    for permission in Permission:
        assert team.holders(permission)
    for role, parent in team.PARENT.items():
        if parent is not None:
            assert ROLE_PERMISSIONS[parent] <= ROLE_PERMISSIONS[role]
    assert team.LEAD_SETTINGS == (SETTING_KEY,)  # the key the SLA policy is stored under


def test_setup_is_idempotent_and_needs_postgres(team_db: TeamDb, db_url: str) -> None:
    again = team.setup(team_db.owner.engine)
    assert again.groups_created == () and again.defaulted == () and again.missing == ()
    assert {"events", "training_cases", "agents"} <= set(again.tables)
    with team_db.owner.engine.connect() as conn:
        secured = set(
            conn.execute(
                text("SELECT relname FROM pg_class WHERE relrowsecurity AND relkind = 'r'")
            ).scalars()
        )
        owns = conn.execute(
            text("SELECT count(*) FROM pg_policies WHERE policyname LIKE 'triage_%'")
        ).scalar()
    assert secured >= set(team.POLICIES) and owns == again.policies
    with pytest.raises(team.NeedsPostgres, match="team mode needs PostgreSQL"):
        team.setup(make_engine(db_url))


def test_a_new_table_gets_grants_when_setup_runs_again(team_db: TeamDb) -> None:
    with team_db.owner.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE shift_notes (id serial PRIMARY KEY, body text)")
    report = team.setup(team_db.owner.engine)
    assert report.defaulted == ("shift_notes",)
    agent, trainer = team_db.sql(Role.AGENT), team_db.sql(Role.TRAINER)
    assert _rows(agent, "INSERT INTO shift_notes (body) VALUES ('busy day')") == 1
    assert "permission denied" in _refused(trainer, "SELECT body FROM shift_notes")


def test_an_upgrade_of_a_team_database_grants_what_it_added(
    pg_url: Callable[[], str], analyzer: MessageAnalyzer
) -> None:
    engine = make_engine(pg_url())
    try:
        command.upgrade(alembic_config(engine), "0008")  # before training cases existed
        team.setup(engine)
        with engine.connect() as conn:
            assert team.installed(conn)
        assert migrate(engine) is None
        with engine.connect() as conn:
            granted = conn.execute(
                text("SELECT has_table_privilege('triage_trainer', 'training_cases', 'SELECT')")
            ).scalar()
        assert granted is True
    finally:
        engine.dispose()


def test_a_database_without_team_setup_is_left_alone_by_upgrades(
    pg_url: Callable[[], str],
) -> None:
    engine = make_engine(pg_url())  # the team's group roles exist in this cluster already
    try:
        migrate(engine)
        with engine.connect() as conn:
            assert not team.installed(conn)
            granted = conn.execute(
                text("SELECT has_table_privilege('triage_agent', 'tickets', 'SELECT')")
            ).scalar()
        assert granted is False
    finally:
        engine.dispose()


# -- agents -----------------------------------------------------------------------------------


def test_the_agent_flow_works_through_the_app_as_the_agents_own_login(
    team_db: TeamDb, tmp_path: Path
) -> None:
    ids = _seed(team_db, tmp_path)
    sanne = team_db.opened[0]
    me = team_db.names[Role.AGENT]
    assert sanne.user is not None
    assert (sanne.user.name, sanne.user.role) == (team_db.names[Role.AGENT], Role.AGENT)
    with sanne.sessions() as s:
        assert s.execute(text("SELECT session_user")).scalar() == team_db.names[Role.AGENT]
        report = chain.verify(s)  # agents may read the chain; the app's audit is a lead's
    assert report.ok and report.unsealed == 0 and report.events >= 10
    with pytest.raises(Forbidden):
        sanne.audit_verify()
    item = sanne.item(ids["m1"])
    assert item.status.value == "resolved"
    # the rest of an agent's day: corrections, a CRM import, loyalty and link suggestions
    sanne.correct_sentiment(ids["p1"], me, "neg")
    crm = tmp_path / "customers.csv"
    crm.write_text("customer_id,name,email,handles\nK-1,Piet Pieters,piet@example.nl,x:@pietp\n")
    orders = tmp_path / "orders.csv"
    orders.write_text("customer_id,order_id,date,amount,margin\nK-1,70001,2026-06-01,90.00,30\n")
    sanne.customers.import_crm({"customers": crm, "orders": orders}, me)
    assert sanne.recompute_loyalty()["customers"] >= 1
    sanne.customers.refresh_suggestions()
    # the lead approves the agent's escalation and verifies the chain
    mark = team_db.app(Role.LEAD)
    approved = mark.approve_escalation(ids["k1"], team_db.names[Role.LEAD], "taking it")
    assert approved.id == ids["k1"]
    verified = mark.audit_verify()
    with team_db.owner.sessions() as s:  # what the chain ends with, should this ever fail
        tail = s.execute(
            text("SELECT id, kind, actor, hash IS NULL FROM events ORDER BY id DESC LIMIT 3")
        ).all()
    assert verified.ok and verified.unsealed == 0 and verified.events > report.events, tail
    # the lead sets the SLA policy; an agent's desk may not
    policies = mark.sla_policies()
    mark.set_sla_policies(policies)
    with pytest.raises(Forbidden):
        sanne.set_sla_policies(policies)
    # the agent's desk publishes the resolved case for trainers
    published = sanne.publish_training_cases()
    assert published.published == 1 and published.pending == 0
    assert sanne.publish_training_cases().published == 0  # nothing changed since


def test_an_agent_cannot_rewrite_history_or_roles(team_db: TeamDb, tmp_path: Path) -> None:
    ids = _seed(team_db, tmp_path)
    agent = team_db.sql(Role.AGENT)
    me = team_db.names[Role.AGENT]
    with agent.connect() as conn:
        first, first_hash = conn.execute(
            text("SELECT id, hash FROM events ORDER BY id LIMIT 1")
        ).one()
    assert first_hash is not None  # sealed by the agent's own commits
    assert "permission denied" in _refused(
        agent, "UPDATE events SET payload = '{}' WHERE id = :i", i=first
    )
    assert "permission denied" in _refused(
        agent, "UPDATE events SET actor = 'someone' WHERE id = :i", i=first
    )
    assert "permission denied" in _refused(agent, "DELETE FROM events WHERE id = :i", i=first)
    assert "permission denied" in _refused(agent, "TRUNCATE events")
    # the seal columns may only be written while an event is not yet sealed
    assert _rows(agent, "UPDATE events SET hash = repeat('0', 64) WHERE id = :i", i=first) == 0
    assert _rows(agent, "UPDATE events SET hash = NULL WHERE id = :i", i=first) == 0
    with agent.connect() as conn:
        assert conn.execute(
            text("SELECT hash FROM events WHERE id = :i"), {"i": first}
        ).scalar() == (first_hash)
    # nobody's role, their own included
    assert "permission denied" in _refused(
        agent, "UPDATE agents SET role = 'admin' WHERE name = :n", n=me
    )
    assert "row-level security" in _refused(
        agent,
        "INSERT INTO agents (name, display_name, role, created_at) "
        "VALUES ('boss', 'Boss', 'admin', now())",
    )
    assert "row-level security" in _refused(
        agent,
        "INSERT INTO agents (name, display_name, role, created_at) "
        "VALUES ('newbie', 'Newbie', 'agent', now())",
    )
    # the lead's settings: the SLA policy (other settings are the desks' own)
    assert "row-level security" in _refused(
        agent, "INSERT INTO settings (key, value) VALUES (:k, '{}')", k=SETTING_KEY
    )
    owner = team_db.owner
    owner.set_sla_policies(owner.sla_policies())  # the system writes the row
    assert _rows(agent, "UPDATE settings SET value = '{}' WHERE key = :k", k=SETTING_KEY) == 0
    assert _rows(agent, "UPDATE settings SET value = value WHERE key = 'loyalty.stale'") == 1
    with agent.connect() as conn:
        kept = conn.execute(
            text("SELECT value::text FROM settings WHERE key = :k"), {"k": SETTING_KEY}
        ).scalar()
    assert kept is not None and kept != "{}"
    # after all those attempts the chain still holds, and the agent's work goes on
    assert team_db.app(Role.LEAD).audit_verify().ok
    sanne = team_db.opened[0]
    sanne.note(ids["p1"], me, "still working")


def test_sealed_events_stay_sealed_even_for_an_administrator(
    team_db: TeamDb, tmp_path: Path
) -> None:
    _seed(team_db, tmp_path)
    admin = team_db.sql(Role.ADMIN)
    with admin.connect() as conn:
        first = conn.execute(text("SELECT min(id) FROM events")).scalar()
    assert "sealed into the audit chain" in _refused(
        admin, "UPDATE events SET hash = repeat('0', 64) WHERE id = :i", i=first
    )
    assert "can only be erased" in _refused(
        admin, 'UPDATE events SET payload = \'{"text": "rewritten"}\' WHERE id = :i', i=first
    )
    assert "permission denied" in _refused(admin, "DELETE FROM events WHERE id = :i", i=first)


def test_an_administrator_erases_a_customer_and_the_chain_still_holds(
    team_db: TeamDb, tmp_path: Path
) -> None:
    ids = _seed(team_db, tmp_path)
    with team_db.owner.sessions() as s:
        customer = s.scalar(select(TicketRow.customer_id).where(TicketRow.id == ids["m1"]))
    assert customer is not None
    agent = team_db.app(Role.AGENT)
    assert agent.publish_training_cases().published == 1
    before = _published_document(team_db, ids["m1"])
    with pytest.raises(Forbidden):
        agent.gdpr_erase(customer)
    ada = team_db.app(Role.ADMIN)
    result = ada.gdpr_erase(customer)
    assert result["counts"]["events"] > 0 and result["counts"]["messages"] > 0
    assert ada.audit_verify().ok
    with team_db.owner.sessions() as s:
        name = s.scalar(select(CustomerRow.display_name).where(CustomerRow.id == customer))
        erased = s.scalars(select(EventRow.redacted).where(EventRow.ticket_id == ids["m1"])).all()
    assert name == "" and all(erased)
    # the trainers' copy followed at once: republished from the erased case, nothing left over
    assert _published_document(team_db, ids["m1"]) != before
    assert agent.publish_training_cases().published == 0


def _published_document(team_db: TeamDb, ticket_id: int) -> object:
    with team_db.owner.sessions() as s:
        return s.scalar(
            select(TrainingCaseRow.document).where(TrainingCaseRow.ticket_id == ticket_id)
        )


# -- leads ------------------------------------------------------------------------------------


def test_a_lead_reviews_escalations_and_changes_the_sla_policy(
    team_db: TeamDb, tmp_path: Path
) -> None:
    ids = _seed(team_db, tmp_path)
    mark = team_db.app(Role.LEAD)
    assert ids["k1"] in [r.ticket_id for r in mark.escalation_queue()]
    mark.approve_escalation(ids["k1"], team_db.names[Role.LEAD])
    assert ids["k1"] not in [r.ticket_id for r in mark.escalation_queue()]
    mark.set_sla_policies(mark.sla_policies())
    lead = team_db.sql(Role.LEAD)
    assert _rows(lead, "UPDATE settings SET value = value WHERE key = :k", k=SETTING_KEY) == 1
    assert "permission denied" in _refused(
        lead, "UPDATE agents SET role = 'admin' WHERE name = :n", n=team_db.names[Role.LEAD]
    )


# -- trainers ---------------------------------------------------------------------------------


def test_a_trainer_reads_only_anonymised_cases(team_db: TeamDb, tmp_path: Path) -> None:
    ids = _seed(team_db, tmp_path)
    team_db.app(Role.AGENT).publish_training_cases()
    trainer = team_db.sql(Role.TRAINER)
    for sql in (
        "SELECT text FROM mentions",
        "SELECT author_name FROM mentions",
        "SELECT snippet FROM tickets",
        "SELECT * FROM tickets",
        "SELECT display_name FROM customers",
        "SELECT handle FROM identities",
        "SELECT payload FROM events",
        "SELECT * FROM events",
        "SELECT * FROM orders",
        "SELECT * FROM surveys",
        "SELECT note FROM resolutions",
        "SELECT text FROM labels",
        "SELECT raw FROM quarantine",
        "SELECT * FROM loyalty",
        "SELECT * FROM settings",
        "SELECT * FROM sources",
    ):
        assert "permission denied" in _refused(trainer, sql), sql
    with trainer.connect() as conn:
        # the chain's tail, which every commit looks at: no rows for a trainer
        assert conn.execute(text("SELECT id, hash FROM events")).all() == []
        assert conn.execute(text("SELECT id FROM models")).all() == []
        assert conn.execute(text("SELECT name FROM agents")).scalars().all() == [
            team_db.names[Role.TRAINER]
        ]
        cases = conn.execute(
            text("SELECT ticket_id, summary, document::text FROM training_cases")
        ).all()
    assert [c[0] for c in cases] == [ids["m1"]]
    blob = (cases[0][1] + cases[0][2]).lower()
    assert [w for w in RAW if w in blob] == []
    assert team_db.names[Role.AGENT] not in blob  # agents are pseudonyms too
    assert "klant a" in blob and "medewerker" in blob
    assert "row-level security" in _refused(
        trainer,
        "INSERT INTO annotations (ticket_id, step, author, text, at) "
        "VALUES (:t, 0, 'someone_else', 'x', now())",
        t=ids["m1"],
    )


def test_the_trainer_desk_works_on_published_cases(team_db: TeamDb, tmp_path: Path) -> None:
    ids = _seed(team_db, tmp_path)
    case = ids["m1"]
    me = team_db.names[Role.TRAINER]
    fatima = team_db.app(Role.TRAINER)
    assert fatima.user is not None and fatima.user.role is Role.TRAINER
    assert fatima.cases_for_replay() == []  # nothing published yet, and she cannot publish
    with pytest.raises(Forbidden):
        fatima.publish_training_cases()
    with pytest.raises(NotFound):
        fatima.replay(case)
    team_db.app(Role.AGENT).publish_training_cases()
    cases = fatima.cases_for_replay()
    assert [c.ticket_id for c in cases] == [case]
    assert cases[0].summary.startswith("Klant A: Mijn factuur klopt niet")
    assert fatima.cases_for_replay(search="Dorpsstraat") == []
    assert fatima.cases_for_replay(search="factuur") == cases
    replay = fatima.replay(case)
    assert replay.anonymised and len(replay.steps) == cases[0].steps
    with pytest.raises(Forbidden):
        fatima.replay(case, anonymise=False)
    # annotations and scorecards are hers, on the steps she saw
    note = fatima.annotate(case, 1, "Goed opgepakt")
    assert (note.step, note.author) == (1, me)
    card = fatima.score_case(
        case, {"empathy": 4, "accuracy": 5, "speed": 3, "ownership": 4, "tone": 5}, "Netjes"
    )
    again = fatima.replay(case)
    assert [a.text for a in again.steps[1].annotations] == ["Goed opgepakt"]
    assert [c.id for c in again.scorecards] == [card.id]
    # once the case is published again, her note carries a pseudonym like every name
    team_db.app(Role.AGENT).publish_training_cases()
    later = fatima.replay(case)
    assert [a.text for a in later.steps[1].annotations] == ["Goed opgepakt"]
    assert later.steps[1].annotations[0].author.startswith("Medewerker")
    assert me not in json.dumps(later.as_json())
    # the lead builds the same case live, with her note anonymised as well
    live = team_db.app(Role.LEAD).replay(case)
    assert [s.kind for s in live.steps] == [s.kind for s in later.steps]
    assert [a.text for a in live.steps[1].annotations] == ["Goed opgepakt"]


def test_a_replay_document_round_trips(triage: Triage, write_jsonl: Any) -> None:
    triage.sign_in("admin")
    triage.import_file(write_jsonl("in.jsonl", *MESSAGES[:1]))
    with triage.sessions() as s:
        ticket = int(s.scalars(select(TicketRow.id)).one())
    triage.note(ticket, "admin", "Johan belde")
    triage.resolve(ticket, "admin", Resolution(Outcome.SOLVED, ("billing",)))
    triage.annotate(ticket, 1, "Let op")
    triage.score_case(
        ticket, {"empathy": 4, "accuracy": 5, "speed": 3, "ownership": 4, "tone": 5}, "ok"
    )
    for anonymise in (True, False):
        replay = triage.replay(ticket, anonymise)
        document = json.loads(json.dumps(replay.to_document()))
        assert Replay.from_document(document) == replay
    with pytest.raises(ValueError):
        Replay.from_document({"format": "something else"})


# -- signing in -------------------------------------------------------------------------------


def test_sign_in_takes_the_role_from_the_database(team_db: TeamDb) -> None:
    lead = team_db.names[Role.LEAD]
    with unit_of_work(team_db.owner.sessions) as s:  # the app's row says otherwise
        s.execute(text("UPDATE agents SET role = 'agent' WHERE name = :n"), {"n": lead})
    mark = team_db.app(Role.LEAD)
    assert mark.user is not None and (mark.user.name, mark.user.role) == (lead, Role.LEAD)
    assert mark.sign_in(lead).role is Role.LEAD  # naming yourself is fine
    with pytest.raises(NotYourLogin, match=f"connected to the team database as {lead}"):
        mark.sign_in(team_db.names[Role.AGENT])
    with pytest.raises(NotYourLogin):  # nor acting for someone else
        mark.claim_next(team_db.names[Role.AGENT])
    # a login made with PostgreSQL's own tools gets its row on first sign-in
    name = f"joop_{next(_serial)}"
    with team_db.owner.engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {name} LOGIN PASSWORD 'pw' IN ROLE triage_agent")
    try:
        joop = Triage.open(
            team_db.url_of(name, "pw"), clock=team_db.clock, analyzer=team_db.analyzer
        )
        try:
            assert joop.sign_in().role is Role.AGENT
            assert [p.role for p in joop.people() if p.name == name] == [Role.AGENT]
        finally:
            joop.close()
    finally:
        team.remove_person(team_db.owner.engine, name)
    # the owner is no team member: the app signs in as before
    assert team_db.owner.sign_in("someone").role in (Role.AGENT, Role.ADMIN)


def test_the_cli_refuses_as_someone_else(
    team_db: TeamDb, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _seed(team_db, tmp_path)
    url = team_db.url_of(team_db.names[Role.AGENT])
    me, other = team_db.names[Role.AGENT], team_db.names[Role.LEAD]
    assert cli(["--db", url, "--as", other, "queue", "--json"]) == 1
    assert f"connected to the team database as {me}" in capsys.readouterr().err
    assert cli(["--db", url, "--as", me, "queue", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) >= 2
    assert cli(["--db", url, "queue", "--json"]) == 0  # the local profile: the login decides
    capsys.readouterr()


# -- the team command -------------------------------------------------------------------------


def test_the_team_command(
    team_db: TeamDb,
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = team_db.url
    assert cli(["--db", url, "team", "setup", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["groups"]["trainer"] == "triage_trainer" and report["policies"] > 10
    assert set(report) == {  # the stable form (README)
        "schema",
        "groups",
        "groups_created",
        "tables",
        "defaulted",
        "missing",
        "policies",
    }

    name = f"kees_{next(_serial)}"
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret pass\n"))
    assert cli(["--db", url, "team", "add", name, "--role", "agent", "--password-stdin"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "name": name,
        "role": "agent",
        "login": True,
        "in_app": True,
    }
    with team_db.owner.engine.connect() as conn:
        stored = conn.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"), {"n": name}
        ).scalar()
    assert stored.startswith("SCRAM-SHA-256$") and "s3cret" not in stored

    prompts = iter(["pw one", "pw one"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": next(prompts))
    second = f"wim_{next(_serial)}"
    assert cli(["--db", url, "team", "add", second, "--role", "trainer"]) == 0
    capsys.readouterr()
    with pytest.raises(SystemExit):  # a password is never an argument
        cli(["--db", url, "team", "add", "x", "--role", "agent", "--password", "pw"])
    capsys.readouterr()

    assert cli(["--db", url, "team", "role", name, "lead"]) == 0
    assert json.loads(capsys.readouterr().out)["role"] == "lead"
    assert cli(["--db", url, "team", "list", "--json"]) == 0
    listed = {p["name"]: p["role"] for p in json.loads(capsys.readouterr().out)}
    assert listed[name] == "lead" and listed[second] == "trainer"
    assert listed[team_db.names[Role.ADMIN]] == "admin"
    with team_db.owner.sessions() as s:
        row_role = s.execute(text("SELECT role FROM agents WHERE name = :n"), {"n": name}).scalar()
    assert row_role == "lead"

    # errors: an agent's login has no CREATEROLE; SQLite is no team database; bad names
    agent_url = team_db.url_of(team_db.names[Role.AGENT])
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    assert cli(["--db", agent_url, "team", "add", "x1", "--role", "agent", "--password-stdin"]) == 1
    assert "CREATEROLE" in capsys.readouterr().err
    assert cli(["--db", agent_url, "team", "setup"]) == 1
    assert "owner" in capsys.readouterr().err
    assert cli(["--db", db_url, "team", "list"]) == 1
    assert "team mode needs PostgreSQL" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    for bad in ('x"; DROP ROLE postgres; --', "pg_admin", "triage_admin", "1abc"):
        assert cli(["--db", url, "team", "add", bad, "--role", "agent", "--password-stdin"]) == 1
        assert "cannot be a login name" in capsys.readouterr().err

    assert cli(["--db", url, "team", "publish", "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)) == {"published", "withdrawn", "pending"}
    for who in (name, second):
        assert cli(["--db", url, "team", "remove", who]) == 0
        assert json.loads(capsys.readouterr().out) == {"removed": who}
    assert cli(["--db", url, "team", "remove", name]) == 1
    assert "no database login" in capsys.readouterr().err


def test_publishing_runs_on_desks_that_may_read_cases(
    team_db: TeamDb, monkeypatch: pytest.MonkeyPatch
) -> None:
    for role, expected in ((Role.AGENT, True), (Role.TRAINER, False)):
        scheduler = SchedulerService(team_db.app(role))
        # (a trainer's desk starts no scheduler at all; its login may not even read sources)
        monkeypatch.setattr(scheduler, "sync_sources", lambda: None)
        scheduler.start()
        try:
            assert (scheduler._scheduler.get_job(PUBLISH_JOB) is not None) is expected
        finally:
            scheduler.shutdown()


def test_a_case_no_longer_resolved_is_withdrawn(team_db: TeamDb, tmp_path: Path) -> None:
    ids = _seed(team_db, tmp_path)
    agent = team_db.app(Role.AGENT)
    agent.publish_training_cases()
    with unit_of_work(team_db.owner.sessions) as s:  # the customer wrote again: reopened
        s.execute(text("UPDATE tickets SET status = 'open' WHERE id = :i"), {"i": ids["m1"]})
    report = agent.publish_training_cases()
    assert (report.published, report.withdrawn) == (0, 1)
    with team_db.owner.sessions() as s:
        assert s.scalars(select(TrainingCaseRow.ticket_id)).all() == []


def test_the_transfer_marker_stays_the_owners(team_db: TeamDb) -> None:
    from triage.store.transfer import MARKER

    with team_db.owner.engine.begin() as conn:
        MARKER.create(conn, checkfirst=True)
    report = team.setup(team_db.owner.engine)
    assert "triage_transfer" not in report.defaulted and report.missing == ()
    with team_db.owner.engine.connect() as conn:
        for group in ("triage_agent", "triage_lead", "triage_trainer", "triage_admin"):
            readable = conn.execute(
                text("SELECT has_table_privilege(:g, 'triage_transfer', 'SELECT')"), {"g": group}
            ).scalar()
            assert readable is False, group
