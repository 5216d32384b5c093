"""A desk's day on PostgreSQL (tests/pg.py): the same use cases give the same answers as SQLite.

One scenario (import, re-import, queue views, claims, notes, escalation, resolution, re-scoring,
a CRM import and loyalty) runs on a SQLite file and on a fresh PostgreSQL database, each with its
own fixed clock; what a desk would see is compared, with tickets named by their first message so
the two databases' ids need not agree.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from triage.analysis.analyzer import MessageAnalyzer
from triage.audit import chain
from triage.cli import run as cli
from triage.clock import FixedClock
from triage.domain.enums import Outcome, TicketStatus
from triage.domain.errors import ClaimedByOther
from triage.domain.models import Resolution
from triage.loyalty.inputs import days
from triage.services import QueueQuery, SortKey, StatusFilter, Triage, loyalty
from triage.services.loyalty_base import day_number, load_base
from triage.store.db import unit_of_work
from triage.store.tables import CustomerRow, EventRow, MentionRow, SurveyRow, TicketRow

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def _at(minutes_ago: int) -> str:
    return (NOW - timedelta(minutes=minutes_ago)).isoformat().replace("+00:00", "Z")


MESSAGES: list[dict[str, object]] = [
    # a public thread: complaint, our reply, the customer again
    {
        "external_id": "a1",
        "author": "@kim",
        "text": "My internet is down again",
        "created_at": _at(90),
    },
    {
        "external_id": "a2",
        "author": "@brand",
        "direction": "out",
        "in_reply_to": "a1",
        "text": "Sorry to hear that, DM us",
        "created_at": _at(80),
    },
    {
        "external_id": "a3",
        "author": "@kim",
        "in_reply_to": "a2",
        "text": "Still down!!",
        "created_at": _at(20),
    },
    {
        "external_id": "b1",
        "author": "@ann",
        "text": "My kettle caught fire!",
        "followers": 5000,
        "created_at": _at(50),
    },
    {
        "external_id": "c1",
        "channel": "email",
        "author": "Jan@Example.NL",
        "author_name": "Jan",
        "text": "Mijn factuur klopt niet, ik wil mijn geld terug",
        "created_at": _at(40),
    },
    {
        "external_id": "d1",
        "author": "@JanJansen",
        "text": "Parcel late, 100% _not_ ok \\ again",
        "created_at": _at(35),
    },
    {
        "external_id": "e1",
        "author": "@rob",
        "text": "Cancelling my subscription, never again",
        "created_at": _at(30),
    },
    {
        "external_id": "f1",
        "channel": "facebook",
        "author": "fien",
        "text": "Thanks, great help!",
        "created_at": _at(25),
    },
    {
        "external_id": "g1",
        "author": "@x'; DROP TABLE tickets; --",
        "text": "<b>help</b> where is my invoice?",
        "created_at": _at(15),
    },
    {
        "external_id": "h1",
        "channel": "email",
        "author": "piet@example.nl",
        "text": "Waar blijft mijn pakket?",
        "created_at": _at(10),
    },
]

QUERIES: list[QueueQuery] = [
    *(
        QueueQuery(status=StatusFilter.ALL, sort=key, descending=desc)
        for key in SortKey
        for desc in (True, False)
    ),
    QueueQuery(),
    QueueQuery(channels=frozenset({"email", "facebook"})),
    QueueQuery(lang="nl"),
    QueueQuery(search="KETTLE"),  # ILIKE on both
    QueueQuery(search="100%"),
    QueueQuery(search="_not_"),
    QueueQuery(search="\\"),
    QueueQuery(search="'; drop"),
    *(QueueQuery(status=s) for s in StatusFilter),
    QueueQuery(assignee="sanne", status=StatusFilter.ALL),
]


def _jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    base = {"channel": "x", "author_name": "", "followers": 10}
    path.write_text("\n".join(json.dumps(base | r) for r in rows) + "\n", encoding="utf-8")
    return path


def _csv(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _keys(app: Triage) -> dict[int, str]:
    """Ticket id -> the external id of its first message: a name both databases agree on."""
    with app.sessions() as s:
        rows = s.execute(
            select(MentionRow.ticket_id, func.min(MentionRow.external_id)).group_by(
                MentionRow.ticket_id
            )
        ).all()
    return {t: e for t, e in rows}


def _scenario(app: Triage, clock: FixedClock, folder: Path) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    messages = _jsonl(folder / "messages.jsonl", MESSAGES)
    first, again = app.import_file(messages), app.import_file(messages)
    seen["import"] = (first.added, first.duplicates, first.quarantined, first.tickets_touched)
    seen["reimport"] = (again.added, again.duplicates, again.quarantined)
    seen["stats"] = app.stats()
    seen["channels"] = app.channels()
    key = _keys(app)
    ticket = {v: k for k, v in key.items()}

    def views() -> list[Any]:
        return [
            (
                app.count(q),
                [key[i.id] for i in app.page(q, 0, 50)],
                [key[i.id] for i in app.page(q, 2, 3)],
            )
            for q in QUERIES
        ]

    seen["queues_before"] = views()
    top = [key[i.id] for i in app.top(3)]
    app.claim(ticket[top[0]], "sanne")
    with pytest.raises(ClaimedByOther):
        app.claim(ticket[top[0]], "piet")
    seen["claim_next"] = [key[i] for i in app.claim_next("piet", 2)]
    app.note(ticket[top[0]], "sanne", "called the customer")
    app.escalate(ticket["b1"], "piet", "fire: safety")
    app.release(ticket[seen["claim_next"][-1]], "piet")
    app.resolve(ticket[top[0]], "sanne", Resolution(Outcome.SOLVED, ("outage",), note="fixed"))
    clock.advance(timedelta(minutes=45))
    seen["rescored"] = app.rescore_open()
    seen["queues_after"] = views()
    seen["items"] = {
        key[i.id]: (i.priority, i.band, sorted(i.components.items()), i.status, i.assignee)
        for i in app.page(QueueQuery(status=StatusFilter.ALL), 0, 50)
    }
    seen["details"] = {
        k: (
            [(e.kind, e.actor, e.at, sorted(e.payload)) for e in d.events],
            [
                (m.direction, m.author, m.text, m.created_at, m.lang, m.sentiment)
                for m in d.messages
            ],
        )
        for k, d in ((k, app.ticket(t)) for k, t in ticket.items())
    }

    crm = app.customers.import_crm(
        {
            "customers": _csv(
                folder / "customers.csv",
                "customer_id,name,email,handles",
                "K-100,Jan Jansen,JAN@example.nl,x:@janjansen",
                "K-200,Fien de Wit,fien@example.nl,facebook:fien",
                "K-300,Piet,piet@example.nl,",
            ),
            "orders": _csv(
                folder / "orders.csv",
                "customer_id,order_id,date,amount,margin",
                "K-100,70001,2026-06-01,900.00,300",
                "K-100,70002,2026-11-01,120.00,",
                "K-200,70003,2025-01-10,9.00,1",
                "K-300,70004,2026-11-22,49.95,10",
            ),
            "surveys": _csv(
                folder / "surveys.csv",
                "customer_id,date,kind,score",
                "K-100,2026-10-03,nps,9",
                "K-300,2026-11-20,nps,3",
                "K-300,2026-11-21,ces,6",
            ),
            "referrals": _csv(
                folder / "referrals.csv",
                "referrer_id,referred_id,date,converted",
                "K-100,K-300,2026-09-01,yes",
                "K-100,P-77,2026-09-02,no",
            ),
        },
        "tester",
    )
    seen["crm"] = crm.as_json()
    seen["crm_again"] = app.customers.import_crm(
        {"customers": folder / "customers.csv", "orders": folder / "orders.csv"}, "tester"
    ).as_json()
    seen["loyalty_counts"] = app.recompute_loyalty()
    with app.sessions() as s:
        profiles = {}
        for crm_id, cid, value in s.execute(
            select(CustomerRow.crm_id, CustomerRow.id, CustomerRow.value_pct).where(
                CustomerRow.crm_id.is_not(None)
            )
        ):
            prof = loyalty.read(s, cid)
            profiles[crm_id] = (
                prof["segment"],
                prof["nps_class"],
                round(prof["clv"]["value"], 6),
                round(prof["crv"]["value"], 6),
                None if value is None else round(value, 9),
            )
    seen["profiles"] = profiles
    seen["owners"] = {k: app.ticket(t).customer is not None for k, t in ticket.items()}
    seen["queues_final"] = views()
    with app.sessions() as s:
        report = chain.verify(s)
    seen["chain"] = (report.ok, report.events, report.sealed, report.unsealed)
    return seen


@pytest.fixture
def open_app(analyzer: MessageAnalyzer) -> Iterator[Callable[[str], tuple[Triage, FixedClock]]]:
    opened: list[Triage] = []

    def open_(url: str) -> tuple[Triage, FixedClock]:
        clock = FixedClock(NOW)
        app = Triage.open(url, clock=clock, analyzer=analyzer)
        opened.append(app)
        return app, clock

    yield open_
    for app in opened:
        app.close()


def test_a_desk_day_on_postgres_matches_sqlite(
    pg_url: Callable[[], str],
    db_url: str,
    open_app: Callable[[str], tuple[Triage, FixedClock]],
    tmp_path: Path,
) -> None:
    lite, lite_clock = open_app(db_url)
    pg, pg_clock = open_app(pg_url())
    assert pg.engine.dialect.name == "postgresql"
    (tmp_path / "lite").mkdir()
    (tmp_path / "pg").mkdir()
    expected = _scenario(lite, lite_clock, tmp_path / "lite")
    got = _scenario(pg, pg_clock, tmp_path / "pg")

    for part in expected:  # part by part, so a failure names what differs
        assert got[part] == expected[part], part
    # and the scenario did what it says, so the comparison compares something
    assert got["import"][0] == len(MESSAGES) and got["reimport"][:2] == (0, len(MESSAGES))
    assert got["stats"]["tickets"] == 8 and got["stats"]["mentions"] == len(MESSAGES)  # a1-a3
    assert len(got["channels"]) > 1
    assert len(got["claim_next"]) == 2 and got["rescored"] > 0
    assert got["crm"]["customers"]["updated"] == 3 and got["crm"]["orders"] == 4
    assert got["crm_again"]["surveys"] == 0 and got["loyalty_counts"]["customers"] == 7
    assert got["profiles"]["K-100"][4] is not None
    assert got["chain"][0] and got["chain"][3] == 0  # every event sealed, the chain holds


def test_day_numbers_are_counted_by_postgres_exactly_from_now(
    pg_url: Callable[[], str], open_app: Callable[[str], tuple[Triage, FixedClock]]
) -> None:
    app, _ = open_app(pg_url())
    ages = [timedelta(0), timedelta(days=1, hours=12), timedelta(days=400, microseconds=7)]
    with unit_of_work(app.sessions) as s:
        customer = CustomerRow(display_name="Ann", crm_id="K-1", created_at=NOW)
        s.add(customer)
        s.flush()
        for age in ages:
            s.add(SurveyRow(customer_id=customer.id, kind="nps", score=9, at=NOW - age))
    with app.sessions() as s:
        got = s.scalars(select(day_number(s, SurveyRow.at, NOW)).order_by(SurveyRow.id)).all()
        base = load_base(s, NOW)
    assert float(got[0]) == days(NOW)  # stamped now: exactly today, never in the future
    for value, age in zip(got, ages, strict=True):
        assert float(value) == pytest.approx(days(NOW - age), abs=1e-9)
    assert sorted(base.survey_day.tolist()) == sorted(float(v) for v in got)


def test_the_cli_claims_on_postgres(
    pg_url: Callable[[], str],
    open_app: Callable[[str], tuple[Triage, FixedClock]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = pg_url()
    app, _ = open_app(url)
    app.import_file(_jsonl(tmp_path / "m.jsonl", MESSAGES[:2] + MESSAGES[3:5]))
    expected = [i.id for i in app.top(2)]
    assert cli(["--db", url, "claim-next", "--agent", "sanne", "--count", "2", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == expected
    with app.sessions() as s:
        claimed = s.scalars(
            select(EventRow.ticket_id).where(EventRow.kind == "claimed").order_by(EventRow.id)
        ).all()
        held = s.scalars(select(TicketRow.status).where(TicketRow.id.in_(expected))).all()
    assert claimed == expected and set(held) == {TicketStatus.OPEN.value}


def test_an_expired_claim_goes_to_the_next_agent_on_postgres(
    pg_url: Callable[[], str],
    open_app: Callable[[str], tuple[Triage, FixedClock]],
    tmp_path: Path,
) -> None:
    app, clock = open_app(pg_url())
    app.import_file(_jsonl(tmp_path / "m.jsonl", MESSAGES[3:5]))
    best, second = (i.id for i in app.top(2))
    assert app.claim_next("sanne") == [best]
    assert app.claim_next("piet") == [second]  # sanne's claim holds
    assert app.claim_next("joop") == []
    clock.advance(timedelta(minutes=31))  # a closed laptop does not hold work
    assert app.claim_next("joop", 5) == [best, second]
    item = app.item(best)
    assert item.assignee == "joop" and item.status is TicketStatus.OPEN and item.version == 3
    kinds = [(e.kind.value, e.actor) for e in app.ticket(best).events if e.kind.value == "claimed"]
    assert kinds == [("claimed", "sanne"), ("claimed", "joop")]  # one per claim window


def test_lines_postgres_cannot_store_as_they_are_are_quarantined_not_lost(
    pg_url: Callable[[], str],
    open_app: Callable[[str], tuple[Triage, FixedClock]],
    tmp_path: Path,
) -> None:
    app, _ = open_app(pg_url())
    good = json.dumps(MESSAGES[0])
    nul = json.dumps({**MESSAGES[1], "text": "refund\u0000now"})
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(f"{good}\n{nul}\n".encode() + b'{"text": "\xff\xfe broken"}\n')
    report = app.import_file(path)
    assert report.added == 1 and report.quarantined == 2
    rows = app.quarantine()
    assert {r.line for r in rows} == {2, 3}
    stored = {r.line: r.raw for r in rows}
    assert "refund" in stored[2] and "\x00" not in stored[2]  # the rest of the line is kept
    assert "broken" in stored[3]
    assert any("NUL" in r.reason for r in rows)
