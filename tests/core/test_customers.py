"""One customer across channels: CRM imports, merges that undo exactly, the story so far, surveys,
loyalty that feeds priority, link suggestions and the ambassador list. Real SQLite files only."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from triage.clock import FixedClock
from triage.domain.customers import Ambassador
from triage.domain.enums import Outcome
from triage.domain.errors import InvalidAction, NotFound
from triage.domain.models import Resolution
from triage.services import Triage, loyalty
from triage.services.exports import ambassadors_csv
from triage.store.tables import (
    CustomerRow,
    IdentityRow,
    LinkSuggestionRow,
    MentionRow,
    MergeRow,
    OrderRow,
    QuarantineRow,
    ReferralRow,
    SurveyRow,
    TicketRow,
)

Post = Callable[..., list[int]]
Files = Callable[..., Path]

# Every column that says which customer a row belongs to: what a merge moves and unmerge restores.
OWNED: tuple[tuple[Any, str], ...] = (
    (IdentityRow, "customer_id"),
    (TicketRow, "customer_id"),
    (OrderRow, "customer_id"),
    (SurveyRow, "customer_id"),
    (ReferralRow, "referrer_id"),
    (ReferralRow, "referred_id"),
    (LinkSuggestionRow, "customer_id"),
    (CustomerRow, "merged_into_id"),
)


def _iso(at: datetime) -> str:
    return at.isoformat()


@pytest.fixture
def files(tmp_path: Path) -> Files:
    """Write a small CSV (or any text) file; lines joined with newlines."""

    def write(name: str, *lines: str, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
        return path

    return write


@pytest.fixture
def post(triage: Triage, tmp_path: Path) -> Post:
    """Import messages as a JSON Lines file; returns the ticket id of each row, in order."""
    count = [0]

    def write(*rows: dict[str, object]) -> list[int]:
        count[0] += 1
        path = tmp_path / f"messages-{count[0]}.jsonl"
        lines = []
        for row in rows:
            base: dict[str, object] = {
                "channel": "x",
                "followers": 10,
                "created_at": _iso(triage.clock.now() - timedelta(minutes=30)),
            }
            base.update(row)
            lines.append(json.dumps(base, ensure_ascii=False))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        report = triage.import_file(path)
        assert report.quarantined == 0, report.errors
        with triage.sessions() as s:
            by_id = dict(
                s.execute(
                    select(MentionRow.external_id, MentionRow.ticket_id).where(
                        MentionRow.external_id.in_([str(r["external_id"]) for r in rows])
                    )
                ).all()
            )
        return [by_id[str(r["external_id"])] for r in rows]

    return write


def _snapshot(app: Triage) -> set[tuple[str, int, int | None]]:
    """(table.column, row id, customer id) for every row that belongs to a customer."""
    with app.sessions() as s:
        return {
            (f"{table.__tablename__}.{column}", rid, owner)
            for table, column in OWNED
            for rid, owner in s.execute(select(table.id, getattr(table, column)))
        }


def _owner(app: Triage, ticket_id: int) -> int | None:
    with app.sessions() as s:
        return s.scalar(select(TicketRow.customer_id).where(TicketRow.id == ticket_id))


def _count(app: Triage, table: Any) -> int:
    with app.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)


def _quarantine(app: Triage) -> list[tuple[str, int, str]]:
    with app.sessions() as s:
        rows = s.scalars(select(QuarantineRow).order_by(QuarantineRow.id))
        return [(r.origin, r.line, r.reason) for r in rows]


def _stale(app: Triage) -> bool:
    with app.sessions() as s:
        return loyalty.is_stale(s)


def _loyalty(app: Triage, ref: str) -> dict[str, Any]:
    """The customer's loyalty profile as it is read (named sections, labels)."""
    cid = app.customers.find(ref)
    with app.sessions() as s:
        prof = loyalty.read(s, cid)
    assert prof, f"no loyalty profile for {ref}"
    return prof


# -- CRM import ----------------------------------------------------------------------------------


def test_crm_import_links_message_customers_by_exact_address_and_handle(
    triage: Triage, post: Post, files: Files
) -> None:
    by_mail, by_x, stranger = post(
        {"external_id": "m1", "channel": "email", "author": "Jan@Example.NL", "text": "Factuur?"},
        {"external_id": "m2", "author": "@JanJansen", "author_name": "JJ", "text": "Parcel late"},
        {"external_id": "m3", "author": "@stranger", "text": "Where is my parcel?"},
    )
    owners = {t: _owner(triage, t) for t in (by_mail, by_x, stranger)}
    assert len(set(owners.values())) == 3  # three voices, three customers so far
    before = {r for r in _snapshot(triage) if not r[0].startswith("customers.")}

    report = triage.customers.import_crm(
        {
            "customers": files(
                "customers.csv",
                "customer_id,name,email,handles",
                "K-100,Jan Jansen,JAN@example.nl,x:@janjansen",
                "K-200,Fien de Wit,fien@example.nl,",
            )
        },
        "tester",
    )

    assert (report.customers_added, report.customers_updated, report.merged) == (1, 1, 1)
    assert report.identities_added == 1 and report.quarantined == 0  # only Fien's address
    jan = triage.customers.find("K-100")
    assert jan in (owners[by_mail], owners[by_x])  # a message-made customer took the CRM id
    assert _owner(triage, by_mail) == _owner(triage, by_x) == jan
    assert _owner(triage, stranger) == owners[stranger]
    profile = triage.customers.profile("K-100")
    assert profile.crm_id == "K-100" and profile.view.display_name == "Jan Jansen"
    handles = sorted((i.channel, i.handle) for i in profile.view.identities)
    assert handles == [("email", "jan@example.nl"), ("x", "@janjansen")]  # linked, not doubled
    (merge,) = profile.merges
    assert merge.kept_id == jan and merge.undone_at is None
    assert merge.moved == {"identities": 1, "tickets": 1}
    assert "in the CRM" in merge.reason

    triage.customers.unmerge(merge.id, "tester")

    after = {r for r in _snapshot(triage) if not r[0].startswith("customers.")}
    assert before <= after  # every message-made row is back where it was
    assert {owner for _, _, owner in after - before} == {triage.customers.find("K-200")}
    assert {t: _owner(triage, t) for t in owners} == owners
    assert triage.customers.find("K-100") == jan  # the CRM id stays on the customer that took it
    assert triage.customers.profile("K-100").merges[0].undone_at is not None


def test_identity_claimed_by_two_crm_customers_is_quarantined(triage: Triage, files: Files) -> None:
    desk = triage.customers
    desk.import_crm(
        {"customers": files("first.csv", "customer_id,name,email", "K-1,Ann,shared@example.nl")},
        "tester",
    )
    second = files(
        "second.csv",
        "customer_id,name,email,handles",
        "K-2,Bob,shared@example.nl;bob@example.nl,",  # line 2: K-1 owns the shared address
        "K-3,Cas,cas@example.nl,x:@twin",
        "K-4,Dora,dora@example.nl,x:@twin",  # line 4: claims Cas's handle in the same file
        "K-5,Eva,eva@example.nl,",
    )
    report = desk.import_crm({"customers": second}, "tester")

    assert report.quarantined == 2
    assert sorted(e["line"] for e in report.errors) == [2, 4]
    reasons = {line: reason for origin, line, reason in _quarantine(triage)}
    assert {o for o, _, _ in _quarantine(triage)} == {"second.csv"}
    assert "shared@example.nl" in reasons[2] and "K-1" in reasons[2]
    assert "twin" in reasons[4] and "K-3" in reasons[4]
    # nothing else lost, nothing linked on a guess
    assert [desk.find(ref) > 0 for ref in ("K-1", "K-3", "K-5")] == [True] * 3
    for ref in ("K-2", "K-4"):
        with pytest.raises(NotFound):
            desk.find(ref)
    ann = desk.profile("K-1").view.identities
    assert [(i.channel, i.handle) for i in ann] == [("email", "shared@example.nl")]
    cas = sorted((i.channel, i.handle) for i in desk.profile("K-3").view.identities)
    assert cas == [("email", "cas@example.nl"), ("x", "@twin")]
    with triage.sessions() as s:
        assert (
            s.scalar(select(IdentityRow.id).where(IdentityRow.handle == "bob@example.nl")) is None
        )
    assert _count(triage, MergeRow) == 0


def test_unknown_customers_in_orders_surveys_and_referrals_are_quarantined(
    triage: Triage, files: Files
) -> None:
    customers = files(
        "customers.csv", "customer_id,name,email", "K-1,Ann,ann@example.nl", "K-2,Bob,b@example.nl"
    )
    orders = files(
        "orders.csv",
        "customer_id,order_id,date,amount",
        "K-1,50001,2026-10-01,20.00",
        "K-404,50002,2026-10-02,30.00",
    )
    surveys = files(
        "surveys.csv",
        "customer_id,date,kind,score",
        "K-404,2026-10-03,nps,9",
        "K-1,2026-10-03,nps,9",
    )
    referrals = files(
        "referrals.csv",
        "referrer_id,referred_id,date,converted",
        "K-1,K-2,2026-09-01,yes",
        "K-1,P-77,2026-09-02,no",  # a prospect not (yet) in the CRM is fine
        "K-404,K-1,2026-09-03,yes",
    )
    report = triage.customers.import_crm(
        {"customers": customers, "orders": orders, "surveys": surveys, "referrals": referrals},
        "tester",
    )

    assert (report.orders, report.surveys, report.referrals, report.quarantined) == (1, 1, 2, 3)
    bad = _quarantine(triage)
    assert [(o, line) for o, line, _ in bad] == [
        ("orders.csv", 3),
        ("surveys.csv", 2),
        ("referrals.csv", 4),
    ]
    assert all("unknown customer 'K-404'" in reason for _, _, reason in bad)
    assert [_count(triage, t) for t in (OrderRow, SurveyRow, ReferralRow)] == [1, 1, 2]
    ann = triage.customers.find("K-1")
    with triage.sessions() as s:
        refs = s.execute(
            select(ReferralRow.referred_ref, ReferralRow.referred_id, ReferralRow.referrer_id)
        ).all()
    assert sorted(refs) == [("K-2", triage.customers.find("K-2"), ann), ("P-77", None, ann)]


def test_reimporting_the_same_files_adds_nothing(triage: Triage, files: Files) -> None:
    crm = {
        "customers": files(
            "customers.csv",
            "customer_id,name,email,handles",
            "K-1,Ann,ann@example.nl,x:@ann",
            "K-2,Bob,bob@example.nl,",
        ),
        "orders": files(
            "orders.csv",
            "customer_id,order_id,date,amount,margin",
            "K-1,50001,2026-10-01,20.00,5",
            "K-1,50002,2026-10-05,35.00,",
            "K-2,50003,2026-10-07,12.50,3",
        ),
        "surveys": files(
            "surveys.csv",
            "customer_id,date,kind,score",
            "K-1,2026-10-03,nps,9",
            "K-1,2026-10-03,ces,6",
            "K-2,2026-10-08 14:30,nps,4",
        ),
        "referrals": files(
            "referrals.csv", "referrer_id,referred_id,date,converted", "K-1,K-2,2026-09-01,ja"
        ),
    }
    tables = (CustomerRow, IdentityRow, OrderRow, SurveyRow, ReferralRow, MergeRow)
    first = triage.customers.import_crm(crm, "tester")
    counts = [_count(triage, t) for t in tables]
    assert counts == [2, 3, 3, 3, 1, 0]
    assert first.quarantined == 0

    again = triage.customers.import_crm(crm, "tester")

    assert [_count(triage, t) for t in tables] == counts
    assert (again.customers_added, again.identities_added, again.merged) == (0, 0, 0)
    assert again.customers_updated == 2 and again.surveys == 0
    assert _quarantine(triage) == []

    # a corrected export updates the order it names instead of adding one
    fixed = files(
        "orders-fixed.csv", "customer_id,order_id,date,amount", "K-1,50002,2026-10-05,40.00"
    )
    triage.customers.import_crm({"orders": fixed}, "tester")
    assert _count(triage, OrderRow) == 3
    amounts = {o.order_ref: o.amount for o in triage.customers.profile("K-1").orders}
    assert amounts == {"50001": 20.0, "50002": 40.0}


def test_dutch_excel_headers_with_semicolons_and_a_column_mapping(
    triage: Triage, files: Files
) -> None:
    mapping = {
        "customer_id": "Klantnummer",
        "name": "Naam",
        "email": "E-mailadres",
        "phone": "Telefoon",
        "order_id": "Bestelnummer",
        "date": "Datum",
        "amount": "Bedrag",
        "margin": "Marge",
    }
    customers = files(
        "klanten.csv",
        "sep=;",
        "Klantnummer;Naam;E-mailadres;Telefoon;Opmerking",
        "K-1;Renée Bakker;renee@example.nl;06-12345678;vaste klant",
        "K-2;Joost;joost@example.nl;;",
        encoding="cp1252",
    )
    orders = files(
        "bestellingen.csv",
        "Klantnummer;Bestelnummer;Datum;Bedrag;Marge",
        "K-1;10023;05-03-2026;1.234,56;€ 310,00",
        "K-2;10024;06-03-2026;12,50;",
        encoding="cp1252",
    )
    report = triage.customers.import_crm(
        {"customers": customers, "orders": orders}, "tester", mapping
    )

    assert report.quarantined == 0, report.errors
    assert (report.customers_added, report.orders) == (2, 2)
    renee = triage.customers.profile("K-1")
    assert renee.view.display_name == "Renée Bakker"
    assert sorted((i.channel, i.handle) for i in renee.view.identities) == [
        ("email", "renee@example.nl"),
        ("phone", "+31612345678"),
    ]
    (order,) = renee.orders
    assert (order.order_ref, order.amount, order.margin) == ("10023", 1234.56, 310.0)
    assert (order.at.year, order.at.month, order.at.day) == (2026, 3, 5)  # day first
    (joost,) = triage.customers.profile("K-2").orders
    assert (joost.amount, joost.margin) == (12.5, None)


def test_a_mapping_that_names_no_known_column_is_refused(triage: Triage, files: Files) -> None:
    customers = files("c.csv", "customer_id,name,email", "K-1,Ann,ann@example.nl")
    with pytest.raises(InvalidAction, match="klantnr"):
        triage.customers.import_crm({"customers": customers}, "tester", {"klantnr": "Nummer"})
    assert _count(triage, CustomerRow) == 0


# -- merging -------------------------------------------------------------------------------------


@pytest.fixture
def two_customers(triage: Triage, post: Post, files: Files) -> dict[str, int]:
    """Anna (K-A) and Bob (K-B), each with identities, tickets, orders, surveys, referrals."""
    triage.customers.import_crm(
        {
            "customers": files(
                "customers.csv",
                "customer_id,name,email,handles",
                "K-A,Anna,anna@example.nl,x:@anna",
                "K-B,Bob,bob@example.nl,x:@bob",
                "K-C,Cas,cas@example.nl,",
            ),
            "orders": files(
                "orders.csv",
                "customer_id,order_id,date,amount",
                "K-A,60001,2026-09-01,10.00",
                "K-B,60002,2026-09-02,20.00",
                "K-B,60003,2026-10-02,25.00",
            ),
            "surveys": files(
                "surveys.csv",
                "customer_id,date,kind,score",
                "K-A,2026-10-01,nps,8",
                "K-B,2026-10-01,nps,3",
            ),
            "referrals": files(
                "referrals.csv",
                "referrer_id,referred_id,date,converted",
                "K-A,K-B,2026-08-01,yes",
                "K-B,K-C,2026-08-02,yes",
                "K-B,P-9,2026-08-03,no",
            ),
        },
        "tester",
    )
    _, _, _, bob_old = post(
        {"external_id": "a1", "author": "@anna", "text": "Hi, my modem blinks red"},
        {"external_id": "b1", "author": "@Bob", "text": "Where is my parcel?"},
        {"external_id": "b2", "channel": "email", "author": "bob@example.nl", "text": "Factuur"},
        {"external_id": "b3", "author": "@bob", "text": "Thanks for the help!"},
    )
    triage.resolve(bob_old, "sanne", Resolution(Outcome.NO_ACTION, ("praise",)))
    triage.customers.record_survey(bob_old, "ces", 6, "sanne")
    # a stranger mentions Bob's order: an open suggestion pointing at Bob
    post({"external_id": "s1", "author": "@stranger", "text": "Where is my order 60002 ??"})
    assert triage.customers.refresh_suggestions() == 1
    return {
        "anna": triage.customers.find("K-A"),
        "bob": triage.customers.find("K-B"),
        "cas": triage.customers.find("K-C"),
    }


def test_merge_moves_every_row_and_unmerge_restores_them_exactly(
    triage: Triage, post: Post, clock: FixedClock, two_customers: dict[str, int]
) -> None:
    anna, bob = two_customers["anna"], two_customers["bob"]
    before = _snapshot(triage)
    bobs = {r for r in before if r[2] == bob}
    tables = {r[0] for r in bobs}
    assert tables == {
        "identities.customer_id",
        "tickets.customer_id",
        "orders.customer_id",
        "surveys.customer_id",
        "referrals.referrer_id",
        "referrals.referred_id",
        "link_suggestions.customer_id",
    }  # the fixture gave Bob a row of every kind

    kept, merge_id = triage.customers.merge("K-A", "K-B", "mark", "same person")

    assert kept == anna
    merged = _snapshot(triage)
    assert {r for r in merged if r[2] == bob} == set()
    assert ("customers.merged_into_id", bob, anna) in merged
    assert {(t, i, anna) for t, i, _ in bobs} <= merged  # every row of Bob's now on Anna
    assert triage.customers.find("K-B") == anna
    profile = triage.customers.profile("K-A")
    assert {o.order_ref for o in profile.orders} == {"60001", "60002", "60003"}
    assert len(profile.surveys) == 3 and profile.referrals_made == 3

    # after the merge Bob writes again, on X and (from a message sent before the merge but
    # fetched after it) once more: both new tickets land on Anna, and go back with Bob
    clock.advance(timedelta(minutes=10))
    late, delayed = post(
        {
            "external_id": "b4",
            "author": "@BOB",
            "text": "Hello again",
            "created_at": _iso(clock.now()),
        },
        {
            "external_id": "b5",
            "author": "@bob",
            "text": "Written before, fetched after",
            "created_at": _iso(clock.now() - timedelta(minutes=20)),
        },
    )
    assert _owner(triage, late) == _owner(triage, delayed) == anna
    clock.advance(timedelta(minutes=10))

    assert triage.customers.unmerge(merge_id, "mark") == (anna, bob)

    after = _snapshot(triage)
    new = {("tickets.customer_id", late, bob), ("tickets.customer_id", delayed, bob)}
    assert after == before | new
    assert triage.customers.find("K-B") == bob
    with pytest.raises(InvalidAction, match="already undone"):
        triage.customers.unmerge(merge_id, "mark")
    assert _snapshot(triage) == after


def test_unmerge_waits_for_a_later_merge_of_the_kept_customer(
    triage: Triage, two_customers: dict[str, int]
) -> None:
    desk = triage.customers
    start = _snapshot(triage)
    _, first = desk.merge("K-A", "K-B", "mark")
    _, second = desk.merge("K-C", "K-A", "mark")  # Anna (with Bob) now lives on Cas
    assert desk.find("K-B") == desk.find("K-A") == two_customers["cas"]
    held = _snapshot(triage)

    with pytest.raises(InvalidAction, match=f"merge {second}"):
        desk.unmerge(first, "mark")
    assert _snapshot(triage) == held  # refused means nothing moved

    desk.unmerge(second, "mark")
    desk.unmerge(first, "mark")
    assert _snapshot(triage) == start
    with pytest.raises(InvalidAction):
        desk.merge("K-A", "K-A", "mark")


def test_crm_rows_of_a_customer_merged_twice_reach_the_survivor(
    triage: Triage, files: Files, two_customers: dict[str, int]
) -> None:
    desk = triage.customers
    desk.merge("K-A", "K-B", "mark")
    desk.merge("K-C", "K-A", "mark")  # Bob -> Anna -> Cas
    cas = two_customers["cas"]

    desk.import_crm(
        {
            "customers": files("c2.csv", "customer_id,name,email", "K-B,Bob,bob@work.example"),
            "orders": files(
                "o2.csv", "customer_id,order_id,date,amount", "K-B,60099,2026-11-01,15.00"
            ),
            "surveys": files("s2.csv", "customer_id,date,kind,score", "K-B,2026-11-02,nps,7"),
        },
        "tester",
    )

    with triage.sessions() as s:
        owners = {
            "order": s.scalar(select(OrderRow.customer_id).where(OrderRow.order_ref == "60099")),
            "survey": s.scalar(select(SurveyRow.customer_id).where(SurveyRow.score == 7)),
            "identity": s.scalar(
                select(IdentityRow.customer_id).where(IdentityRow.handle == "bob@work.example")
            ),
        }
    assert owners == {"order": cas, "survey": cas, "identity": cas}
    profile = desk.profile("K-B")
    assert profile.view.id == cas and "60099" in {o.order_ref for o in profile.orders}


def test_find_by_crm_id_our_id_and_through_a_merge(
    triage: Triage, two_customers: dict[str, int]
) -> None:
    desk = triage.customers
    anna, bob = two_customers["anna"], two_customers["bob"]
    assert desk.find("K-A") == anna
    assert desk.find(f" {anna} ") == desk.find(f"C{anna}") == desk.find(f"#{anna}") == anna
    desk.merge("K-A", "K-B", "mark")
    assert desk.find("K-B") == desk.find(str(bob)) == desk.find(f"C{bob}") == anna
    assert desk.profile(bob).view.id == anna
    for ref in ("K-404", "999999", "nobody"):
        with pytest.raises(NotFound):
            desk.find(ref)


# -- the story so far, surveys and loyalty -----------------------------------------------------


def test_story_tells_previous_contacts_open_tickets_and_the_last_outcome(
    triage: Triage, post: Post, files: Files, clock: FixedClock
) -> None:
    now = clock.now()
    first, second, mail, third = post(
        {
            "external_id": "j1",
            "author": "@jan",
            "text": "Invoice wrong",
            "created_at": _iso(now - timedelta(hours=5)),
        },
        {
            "external_id": "j2",
            "author": "@jan",
            "text": "Modem down",
            "created_at": _iso(now - timedelta(hours=3)),
        },
        {
            "external_id": "j3",
            "channel": "email",
            "author": "jan@example.nl",
            "text": "See attachment",
            "created_at": _iso(now - timedelta(hours=2)),
        },
        {
            "external_id": "j4",
            "author": "@jan",
            "text": "Still down!",
            "created_at": _iso(now - timedelta(hours=1)),
        },
    )
    other = post({"external_id": "o1", "author": "@other", "text": "Hi"})[0]
    triage.resolve(first, "sanne", Resolution(Outcome.SOLVED, ("billing",), note="credit note"))
    alone = triage.customers.story(mail)
    assert alone is not None and alone.channels == ("email",)  # two voices, not yet linked
    triage.customers.import_crm(
        {
            "customers": files(
                "c.csv", "customer_id,name,email,handles", "K-1,Jan,jan@example.nl,x:@jan"
            )
        },
        "tester",
    )

    story = triage.customers.story(third)

    assert story is not None and story.customer_id == triage.customers.find("K-1")
    assert story.previous_contacts == 3
    assert set(story.open_tickets) == {second, mail}
    assert story.channels == ("email", "x")
    assert (story.last_outcome, story.last_reasons, story.last_note) == (
        Outcome.SOLVED,
        ("billing",),
        "credit note",
    )
    assert story.first_contact_at == now - timedelta(hours=5)
    opening = triage.customers.story(first)
    assert opening is not None and opening.previous_contacts == 0
    assert opening.last_outcome is None  # its own resolution is not "the last time"
    assert set(opening.open_tickets) == {second, mail, third}
    lone = triage.customers.story(other)
    assert lone is not None and (lone.previous_contacts, lone.open_tickets) == (0, ())
    with pytest.raises(NotFound):
        triage.customers.story(999_999)


def test_record_survey_only_on_resolved_tickets_with_scores_in_range(
    triage: Triage, post: Post
) -> None:
    (ticket,) = post({"external_id": "s1", "author": "@sam", "text": "My bill is wrong"})
    desk = triage.customers
    with pytest.raises(InvalidAction, match="not resolved"):
        desk.record_survey(ticket, "nps", 9, "sanne")
    triage.resolve(ticket, "sanne", Resolution(Outcome.SOLVED, ("billing",)))
    triage.recompute_loyalty()
    assert not _stale(triage)
    for kind, score in (("nps", 11), ("nps", -1), ("ces", 0), ("ces", 8), ("csat", 5)):
        with pytest.raises(InvalidAction):
            desk.record_survey(ticket, kind, score, "sanne")
    assert _count(triage, SurveyRow) == 0 and not _stale(triage)

    desk.record_survey(ticket, "nps", 10, "sanne")
    desk.record_survey(ticket, "ces", 1, "sanne")

    assert _stale(triage)
    surveys = desk.profile(_owner(triage, ticket) or 0).surveys
    assert sorted((v.kind, v.score, v.ticket_id, v.origin) for v in surveys) == [
        ("ces", 1, ticket, "agent"),
        ("nps", 10, ticket, "agent"),
    ]
    triage.recompute_loyalty()
    assert _loyalty(triage, str(_owner(triage, ticket)))["nps_class"] == "promoter"


def test_resolving_marks_loyalty_stale_and_it_is_recomputed_once(
    triage: Triage, post: Post
) -> None:
    a, b = post(
        {"external_id": "r1", "author": "@ria", "text": "Where is my parcel?"},
        {"external_id": "r2", "author": "@rob", "text": "My invoice is wrong"},
    )
    triage.recompute_loyalty()
    assert triage.recompute_loyalty_if_stale() is None

    triage.resolve(a, "sanne", Resolution(Outcome.SOLVED, ("delivery",)))

    assert _stale(triage)
    done = triage.recompute_loyalty_if_stale()
    assert done is not None and done["customers"] == 2 and done["rescored"] == 1  # b waits
    assert not _stale(triage)
    assert triage.recompute_loyalty_if_stale() is None
    ria, rob = _loyalty(triage, str(_owner(triage, a))), _loyalty(triage, str(_owner(triage, b)))
    assert ria["effort"]["tickets"] == 1  # the resolution reached Ria's profile
    assert rob["effort"]["tickets"] == 0 and rob["ces"]["value"] is None


def test_a_valuable_customer_s_waiting_ticket_gets_a_higher_value_component(
    triage: Triage, post: Post, files: Files
) -> None:
    triage.customers.import_crm(
        {
            "customers": files(
                "c.csv",
                "customer_id,name,email,handles",
                "K-HI,Hilde,hi@example.nl,x:@hilde",
                "K-MID,Mira,mid@example.nl,x:@mira",
                "K-LO,Lotte,lo@example.nl,x:@lotte",
            ),
            "orders": files(
                "o.csv",
                "customer_id,order_id,date,amount,margin",
                "K-HI,70001,2026-06-01,900.00,300",
                "K-HI,70002,2026-09-01,1200.00,400",
                "K-HI,70003,2026-11-01,800.00,250",
                "K-MID,70004,2026-09-01,100.00,30",
                "K-LO,70005,2025-01-10,9.00,1",
            ),
        },
        "tester",
    )
    same = {"text": "Where is my parcel? Nobody answers", "followers": 50}
    hi, lo = post(
        {"external_id": "h", "author": "@hilde", **same},
        {"external_id": "l", "author": "@lotte", **same},
    )
    unknown = triage.item(hi).components["value"]
    assert triage.item(lo).components["value"] == unknown  # no profiles yet: the same default

    counts = triage.recompute_loyalty()

    assert counts["customers"] == 3 and counts["rescored"] == 2
    with triage.sessions() as s:
        values = {c.crm_id: c.value_pct for c in s.scalars(select(CustomerRow))}
    assert all(v is not None and 0.0 <= v <= 1.0 for v in values.values()), values
    assert values["K-HI"] > values["K-MID"] > values["K-LO"]  # type: ignore[operator]
    high, low = triage.item(hi), triage.item(lo)
    assert high.components["value"] > low.components["value"]
    rest = {k: v for k, v in high.components.items() if k != "value"}
    assert rest == {k: v for k, v in low.components.items() if k != "value"}
    assert high.priority > low.priority


def test_a_recovered_complaint_earns_no_loyalty_bonus(
    triage: Triage, post: Post, files: Files
) -> None:
    triage.customers.import_crm(
        {
            "customers": files(
                "c.csv",
                "customer_id,name,email,handles",
                "K-R,Rita,rita@example.nl,x:@rita",
                "K-N,Niels,niels@example.nl,x:@niels",
            ),
            "orders": files(
                "o.csv",
                "customer_id,order_id,date,amount",
                "K-R,80001,2026-05-01,60.00",
                "K-R,80002,2026-10-01,80.00",
                "K-N,80003,2026-05-01,60.00",
                "K-N,80004,2026-10-01,80.00",
            ),
        },
        "tester",
    )
    angry = {"text": "Terrible service, my internet has been down for a week! Unacceptable"}
    rita, niels = post(
        {"external_id": "r", "author": "@rita", **angry},
        {"external_id": "n", "author": "@niels", **angry},
    )
    triage.resolve(rita, "sanne", Resolution(Outcome.SOLVED, ("outage",)))
    triage.resolve(niels, "sanne", Resolution(Outcome.ESCALATED, ("outage",)))

    triage.recompute_loyalty()

    recovered, plain = _loyalty(triage, "K-R"), _loyalty(triage, "K-N")
    assert "recovered" in recovered["flags"]
    assert "recovered" not in plain["flags"]
    assert (recovered["score"], recovered["segment"]) == (plain["score"], plain["segment"])
    assert (recovered["sat"], recovered["loy"]) == (plain["sat"], plain["loy"])


# -- link suggestions ----------------------------------------------------------------------------


@pytest.fixture
def fien(triage: Triage, files: Files) -> int:
    triage.customers.import_crm(
        {
            "customers": files(
                "c.csv", "customer_id,name,email", "K-7,Fien de Wit,fien@example.nl"
            ),
            "orders": files(
                "o.csv", "customer_id,order_id,date,amount", "K-7,10023,2026-10-01,49.95"
            ),
        },
        "tester",
    )
    return triage.customers.find("K-7")


def test_an_order_number_in_a_new_message_suggests_the_crm_customer(
    triage: Triage, post: Post, fien: int
) -> None:
    desk = triage.customers
    (ticket,) = post({"external_id": "f1", "author": "@FienW", "text": "Where is my order 10023?"})
    voice = _owner(triage, ticket)
    assert voice != fien

    assert desk.refresh_suggestions() == 1

    (sug,) = desk.suggestions()
    assert (sug.identity_channel, sug.identity_handle) == ("x", "@fienw")
    assert (sug.identity_customer_id, sug.customer_id) == (voice, fien)
    assert any("10023" in r for r in sug.reasons)
    assert desk.profile(fien).suggestions == (sug,)

    kept, merge_id = desk.confirm_suggestion(sug.id, "sanne")

    assert kept == fien and _owner(triage, ticket) == fien
    assert desk.suggestions() == [] and desk.refresh_suggestions() == 0
    with pytest.raises(InvalidAction, match="already confirmed"):
        desk.confirm_suggestion(sug.id, "sanne")
    desk.unmerge(merge_id, "sanne")  # a confirmed link is an ordinary merge: undoable
    assert _owner(triage, ticket) == voice


def test_a_known_voice_mentioning_an_order_later_is_suggested_then(
    triage: Triage, post: Post, fien: int, clock: FixedClock
) -> None:
    desk = triage.customers
    post({"external_id": "k1", "author": "@kees", "text": "Hello, quick question"})
    assert desk.refresh_suggestions() == 0
    clock.advance(timedelta(minutes=5))
    post({"external_id": "k2", "author": "@kees", "text": "It is about order 10023"})

    assert desk.refresh_suggestions() == 1

    (sug,) = desk.suggestions()
    assert (sug.identity_handle, sug.customer_id) == ("@kees", fien)


def test_a_rejected_suggestion_is_not_made_again(
    triage: Triage, post: Post, fien: int, clock: FixedClock
) -> None:
    desk = triage.customers
    (ticket,) = post({"external_id": "p1", "author": "@piet", "text": "Order 10023 is late"})
    assert desk.refresh_suggestions() == 1
    (sug,) = desk.suggestions()

    desk.reject_suggestion(sug.id, "sanne")

    assert desk.suggestions() == []
    clock.advance(timedelta(minutes=5))
    post({"external_id": "p2", "author": "@piet", "text": "Bestelling 10023, nog steeds niets"})
    assert desk.refresh_suggestions() == 0
    assert desk.suggestions() == []
    assert _owner(triage, ticket) != fien
    with pytest.raises(InvalidAction, match="already rejected"):
        desk.reject_suggestion(sug.id, "sanne")
    with triage.sessions() as s:
        statuses = s.execute(select(LinkSuggestionRow.status, LinkSuggestionRow.decided_by)).all()
    assert statuses == [("rejected", "sanne")]


# -- ambassadors ---------------------------------------------------------------------------------


def test_ambassadors_rank_by_referral_value_without_leavers_or_anti_promoters(
    triage: Triage, post: Post, files: Files, clock: FixedClock
) -> None:
    def ago(days: int) -> str:
        return (clock.now() - timedelta(days=days)).date().isoformat()

    triage.customers.import_crm(
        {
            "customers": files(
                "c.csv",
                "customer_id,name,email,handles",
                "K-A,=1+2,a@example.nl,",  # a name a spreadsheet would run as a formula
                "K-B,Bram,b@example.nl,",
                "K-C,Cleo,c@example.nl,",
                "K-D,Dirk,d@example.nl,x:@dirk",
                "K-E,Evi,e@example.nl,",
                "K-F,Floor,f@example.nl,",
                *(f"K-{n},Buyer {n},{n.lower()}@example.nl," for n in "GHIJ"),
            ),
            "orders": files(
                "o.csv",
                "customer_id,order_id,date,amount",
                # Dirk buys most and most recently (loyal, so not a leaver); Evi bought once,
                # long ago (lost, so a leaver); the others give the quintiles a base
                *(f"K-D,9000{i},{ago(d)},250.00" for i, d in enumerate((400, 250, 120, 20))),
                f"K-E,90010,{ago(700)},5.00",
                *(f"K-{n},9100{n},{ago(200)},20.00" for n in "GHIJ"),
            ),
            "surveys": files("s.csv", "customer_id,date,kind,score", f"K-C,{ago(30)},nps,10"),
            "referrals": files(
                "r.csv",
                "referrer_id,referred_id,date,converted",
                *(f"K-{who},P-{n},{ago(30)},yes" for n, who in enumerate("AAABDDEE", start=1)),
            ),
        },
        "tester",
    )
    wrong = "I'm cancelling my contract and going to the press, worst company ever, total scam!!"
    post(
        {"external_id": "d1", "author": "@dirk", "text": wrong, "interactions": 500},
        {"external_id": "q1", "author": "@quiet", "text": "ok thanks", "interactions": 0},
    )
    triage.recompute_loyalty()
    dirk, evi = _loyalty(triage, "K-D"), _loyalty(triage, "K-E")
    assert "anti_promoter" in dirk["flags"] and dirk["segment"] != "leaver"
    assert evi["segment"] == "leaver" and "anti_promoter" not in evi["flags"]
    assert dirk["crv"]["value"] > 0 and evi["crv"]["value"] > 0  # left out despite referrals
    assert dirk["nps_class"] == evi["nps_class"] == "unknown"  # not left out as detractors

    ranked = triage.customers.ambassadors(top=10)

    order = [a.crm_id for a in ranked]
    assert sorted(order) == ["K-A", "K-B", "K-C"]  # referrers and the promoter, no one else
    amb = {a.crm_id: a for a in ranked}
    # equally keen (no NPS), so the one whose referrals are worth more comes first
    assert order.index("K-A") < order.index("K-B")
    assert amb["K-A"].referral_value > amb["K-B"].referral_value > amb["K-C"].referral_value
    assert amb["K-C"].referral_value == 0.0
    assert amb["K-A"].referral_value == round(_loyalty(triage, "K-A")["crv"]["value"], 2)
    assert any("3 converted referral(s)" in r for r in amb["K-A"].reasons)
    assert any("NPS 10 (promoter)" in r for r in amb["K-C"].reasons)
    assert amb["K-C"].nps == 10
    assert triage.customers.ambassadors(top=2) == ranked[:2]

    rows = list(csv.DictReader(io.StringIO(ambassadors_csv(ranked))))
    assert [r["customer_id"] for r in rows] == order
    assert [r["rank"] for r in rows] == ["1", "2", "3"]
    names = {r["customer_id"]: r["name"] for r in rows}
    assert names["K-A"] == "'=1+2"  # shown as text, never run
    assert names["K-B"] == "Bram"


def test_ambassadors_csv_neutralises_every_formula_start() -> None:
    names = ['=HYPERLINK("http://x")', "+1", "-1+2", "@SUM(A1)", "\tTab", "Plain = fine"]
    rows = [
        Ambassador(i, f"=K{i}", name, 1.0, 50, None, "shopper", (), (f"=cmd{i}",))
        for i, name in enumerate(names, start=1)
    ]
    parsed = list(csv.DictReader(io.StringIO(ambassadors_csv(rows))))
    assert [r["name"] for r in parsed] == ["'" + n for n in names[:-1]] + ["Plain = fine"]
    assert all(r["customer_id"].startswith("'=") and r["reasons"].startswith("'=") for r in parsed)
