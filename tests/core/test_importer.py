"""The ingest pipeline over a real migrated SQLite database."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from triage.clock import FixedClock
from triage.domain.enums import Direction, TicketStatus
from triage.services import QueueQuery, StatusFilter, Triage
from triage.store.tables import EventRow, IdentityRow, MentionRow, QuarantineRow, TicketRow

SHARED_EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"


def _count(app: Triage, column: object) -> int:
    with app.sessions() as s:
        return int(s.scalar(select(func.count(column))) or 0)  # type: ignore[arg-type]


def test_import_twice_adds_nothing(triage: Triage, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    path = write_jsonl(
        "m.jsonl",
        {"external_id": "1", "text": "Where is my parcel? Ordered two weeks ago."},
        {"external_id": "2", "text": "Thanks for the quick help!", "author": "@fan"},
    )
    first = triage.import_file(path)
    second = triage.import_file(path)
    assert (first.added, first.duplicates, first.quarantined) == (2, 0, 0)
    assert (second.added, second.duplicates, second.quarantined) == (0, 2, 0)
    assert _count(triage, MentionRow.id) == 2
    assert _count(triage, TicketRow.id) == 2


def test_bad_rows_are_quarantined_and_the_rest_imported(triage: Triage, tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    at = b'"created_at": "2026-11-23T08:00:00Z"'
    path.write_bytes(
        b'{"channel": "x", "external_id": "1", "text": "ok one", ' + at + b"}\n"
        b'{"channel": "x", "external_id": "2", "text": "broken\n'
        b'{"channel": "x", "external_id": "3", "text": "", ' + at + b"}\n"
        b'{"channel": "x", "external_id": "4", "text": "ok two", ' + at + b"}\n"
    )
    report = triage.import_file(path)
    assert report.added == 2 and report.quarantined == 2
    assert [e.line for e in report.errors] == [2, 3]
    rows = triage.quarantine()
    assert {(r.origin, r.line) for r in rows} == {("mixed.jsonl", 2), ("mixed.jsonl", 3)}
    assert all(r.reason for r in rows)
    # quarantine is idempotent per report too: the JSON form is the CLI contract
    assert report.as_json()["errors"] == [
        {"line": 2, "reason": report.errors[0].reason},
        {"line": 3, "reason": "empty text"},
    ]


def test_html_and_sql_are_stored_exactly(triage: Triage, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    texts = ["<b>help</b> <script>alert(1)</script>", "'; DROP TABLE mentions; --"]
    path = write_jsonl(
        "x.jsonl",
        *({"external_id": str(i), "text": t, "author": f"@a{i}"} for i, t in enumerate(texts)),
    )
    triage.import_file(path)
    with triage.sessions() as s:
        stored = sorted(s.scalars(select(MentionRow.text)))
    assert stored == sorted(texts)


def test_replies_join_the_thread_and_stop_the_clock(triage: Triage, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    path = write_jsonl(
        "thread.jsonl",
        # the reply comes first in the file: order by time, parents first
        {
            "external_id": "b",
            "text": "Sorry to hear that, DM us",
            "author": "@brand",
            "direction": "out",
            "in_reply_to": "a",
            "created_at": "2026-11-23T09:05:00Z",
        },
        {
            "external_id": "a",
            "text": "My internet is down again",
            "author": "@kim",
            "created_at": "2026-11-23T09:00:00Z",
        },
        {
            "external_id": "c",
            "text": "Still down!!",
            "author": "@kim",
            "in_reply_to": "b",
            "created_at": "2026-11-23T09:20:00Z",
        },
    )
    report = triage.import_file(path)
    assert report.added == 3
    assert _count(triage, TicketRow.id) == 1
    (item,) = triage.top(5)
    detail = triage.ticket(item.id)
    assert [m.direction for m in detail.messages] == [
        Direction.INBOUND,
        Direction.OUTBOUND,
        Direction.INBOUND,
    ]
    assert item.text == "Still down!!"
    assert item.status is TicketStatus.OPEN  # customer wrote again after our reply
    assert item.waiting_since is not None and item.waiting_since.minute == 20
    assert item.components["repeat"] > 0  # came back after a reply
    kinds = [e.kind.value for e in detail.events]
    assert kinds == ["arrived", "replied", "arrived"]
    # the score after the import rides on the ticket's last event
    assert detail.events[-1].payload["score"]["priority"] == item.priority


def test_private_messages_from_one_author_form_one_conversation(
    triage: Triage, write_jsonl
) -> None:  # type: ignore[no-untyped-def]
    path = write_jsonl(
        "dm.jsonl",
        {
            "channel": "x_dm",
            "external_id": "d1",
            "text": "Hi, question about my bill",
            "author": "@pim",
            "created_at": "2026-11-23T08:00:00Z",
        },
        {
            "channel": "x_dm",
            "external_id": "d2",
            "text": "It is 40 euro too high",
            "author": "@Pim",
            "created_at": "2026-11-23T08:01:00Z",
        },
    )
    triage.import_file(path)
    assert _count(triage, TicketRow.id) == 1
    assert _count(triage, IdentityRow.id) == 1  # handles compare case-insensitively


def test_repeat_contact_across_channels_raises_priority(triage: Triage, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    path = write_jsonl(
        "repeat.jsonl",
        {
            "channel": "x",
            "external_id": "r1",
            "text": "No technician came today",
            "author": "@ria",
            "created_at": "2026-11-20T08:00:00Z",
        },
        {
            "channel": "x",
            "external_id": "r2",
            "text": "No technician again",
            "author": "@ria",
            "created_at": "2026-11-21T08:00:00Z",
        },
        {
            "channel": "x",
            "external_id": "r3",
            "text": "Third time I ask: where is the technician",
            "author": "@ria",
            "created_at": "2026-11-23T08:00:00Z",
        },
    )
    triage.import_file(path)
    items = {i.text: i for i in triage.top(10)}
    third = items["Third time I ask: where is the technician"]
    first = items["No technician came today"]
    # three contacts in a week: (3 - 1) / 3 of the repeat weight
    assert third.components["repeat"] == 7
    assert first.components["repeat"] == 0


def test_new_message_on_resolved_ticket_reopens_it(
    triage: Triage, write_jsonl, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    triage.import_file(write_jsonl("a.jsonl", {"external_id": "1", "text": "Help please"}))
    (item,) = triage.top(1)
    triage.claim(item.id, "sanne")
    from triage.domain.enums import Outcome
    from triage.domain.models import Resolution

    triage.resolve(item.id, "sanne", Resolution(Outcome.SOLVED))
    clock.advance(timedelta(hours=1))
    triage.import_file(
        write_jsonl(
            "b.jsonl",
            {
                "external_id": "2",
                "text": "It broke again",
                "in_reply_to": "1",
                "created_at": "2026-11-23T10:00:00Z",
            },
        )
    )
    again = triage.item(item.id)
    assert again.status is TicketStatus.OPEN
    assert any(e.kind.value == "reopened" for e in triage.ticket(item.id).events)


def test_twcs_file_threads_brand_replies(triage: Triage) -> None:
    path = SHARED_EVAL / "twcs_threads_en.csv"
    report = triage.import_file(path)
    assert report.added > 4500 and report.quarantined < 50
    with triage.sessions() as s:
        tickets = s.scalar(select(func.count(TicketRow.id)))
        outbound = s.scalar(select(func.count(MentionRow.id)).where(MentionRow.direction == "out"))
        multi = s.scalar(select(func.count(TicketRow.id)).where(TicketRow.message_count > 1))
    assert outbound and outbound > 1000
    assert tickets and multi and multi > tickets / 2  # most conversations are threads
    again = triage.import_file(path)
    assert again.added == 0 and again.duplicates == report.added


def test_eval_csv_import_keeps_labels(triage: Triage, tmp_path: Path) -> None:
    path = tmp_path / "labelled.csv"
    path.write_text(
        "id,text,lang,sentiment,complaint,reason\n"
        "a1,Still no refund after 3 weeks,en,neg,1,refund\n",
        encoding="utf-8",
    )
    report = triage.import_file(path)
    assert report.added == 1
    with triage.sessions() as s:
        labels = s.scalar(select(MentionRow.labels))
    assert labels == {"sentiment": "neg", "complaint": "1", "reason": "refund"}


def test_queue_orders_escalations_first(triage: Triage, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    path = write_jsonl(
        "mix.jsonl",
        {"external_id": "1", "text": "Love the new app, thanks!", "author": "@a"},
        {"external_id": "2", "text": "The charger caught fire in my kitchen!", "author": "@b"},
        {
            "external_id": "3",
            "text": "I am cancelling my contract and calling my lawyer",
            "author": "@c",
        },
    )
    triage.import_file(path)
    order = [i.text for i in triage.top(3)]
    assert order[0].startswith("The charger caught fire")
    assert order[-1].startswith("Love the new app")
    top = triage.top(1)[0]
    assert top.priority >= 90 and top.reasons[0].startswith("safety issue")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["x", "mastodon", "email"]),
            st.integers(0, 30),
            st.text(min_size=1, max_size=60),
        ),
        min_size=1,
        max_size=30,
    )
)
def test_import_is_idempotent_for_any_batch(
    tmp_path_factory,
    template_db,
    analyzer,
    rows,  # type: ignore[no-untyped-def]
) -> None:
    import json
    import shutil

    from tests.conftest import NOW

    work = tmp_path_factory.mktemp("prop")
    db = work / "t.db"
    shutil.copyfile(template_db, db)
    app = Triage.open(f"sqlite:///{db}", clock=FixedClock(NOW), analyzer=analyzer)
    try:
        path = work / "rows.jsonl"
        path.write_text(
            "\n".join(
                json.dumps(
                    {
                        "channel": ch,
                        "external_id": str(ext),
                        "text": text,
                        "author": "@p",
                        "created_at": "2026-11-23T08:00:00Z",
                    }
                )
                for ch, ext, text in rows
            )
            + "\n",
            encoding="utf-8",
        )
        first = app.import_file(path)
        second = app.import_file(path)
        good_rows = [(ch, str(ext)) for ch, ext, t in rows if t.strip() and "\x00" not in t]
        assert first.added == len(set(good_rows))
        assert first.duplicates == len(good_rows) - len(set(good_rows))
        assert first.quarantined == len(rows) - len(good_rows)
        assert second.added == 0
        assert _count(app, MentionRow.id) == first.added
        assert _count(app, QuarantineRow.id) == first.quarantined + second.quarantined
        assert _count(app, EventRow.id) >= first.added
    finally:
        app.close()


def test_active_queue_excludes_pending_and_resolved(triage: Triage, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    triage.import_file(
        write_jsonl(
            "p.jsonl",
            {"external_id": "1", "text": "question", "author": "@q"},
            {
                "external_id": "2",
                "text": "answer",
                "author": "@brand",
                "direction": "out",
                "in_reply_to": "1",
                "created_at": "2026-11-23T09:01:00Z",
            },
            {"external_id": "3", "text": "another question", "author": "@r"},
        )
    )
    assert triage.count(QueueQuery()) == 1
    assert triage.count(QueueQuery(status=StatusFilter.PENDING)) == 1
    assert triage.count(QueueQuery(status=StatusFilter.ALL)) == 2


def test_other_customers_joining_a_public_thread_get_their_own_case(
    triage: Triage,
    write_jsonl,  # type: ignore[no-untyped-def]
) -> None:
    triage.import_file(
        write_jsonl(
            "pile-on.jsonl",
            {
                "external_id": "p1",
                "text": "Outage again in West!",
                "author": "@big",
                "followers": 85000,
                "created_at": "2026-11-23T08:00:00Z",
            },
            {
                "external_id": "p2",
                "text": "Same here in Osdorp",
                "author": "@small",
                "in_reply_to": "p1",
                "created_at": "2026-11-23T08:05:00Z",
            },
            {
                "external_id": "p3",
                "text": "Sorry Small, we are on it",
                "author": "@brand",
                "direction": "out",
                "in_reply_to": "p2",
                "created_at": "2026-11-23T08:10:00Z",
            },
            {
                "external_id": "p4",
                "text": "And it is still down",
                "author": "@big",
                "in_reply_to": "p1",
                "created_at": "2026-11-23T08:20:00Z",
            },
        )
    )
    with triage.sessions() as s:
        by_author = {
            a: t for a, t in s.execute(select(MentionRow.author_handle, MentionRow.ticket_id))
        }
    assert by_author["@big"] != by_author["@small"]
    assert by_author["@brand"] == by_author["@small"]  # our answer joins the case it answers
    small = triage.item(by_author["@small"])
    assert small.status is TicketStatus.PENDING and small.components["reach"] < 5


def test_a_thread_heating_up_rises_and_a_calm_follow_up_does_not(
    triage: Triage,
    write_jsonl,  # type: ignore[no-untyped-def]
) -> None:
    def thread(prefix: str, last: str) -> list[dict[str, object]]:
        return [
            {
                "external_id": f"{prefix}1",
                "text": "Hello, a question about my contract please",
                "author": f"@{prefix}",
                "created_at": "2026-11-23T08:30:00Z",
            },
            {
                "external_id": f"{prefix}2",
                "text": "We will look into it",
                "author": "@brand",
                "direction": "out",
                "in_reply_to": f"{prefix}1",
                "created_at": "2026-11-23T08:35:00Z",
            },
            {
                "external_id": f"{prefix}3",
                "text": "No answer yet, this is bad",
                "author": f"@{prefix}",
                "in_reply_to": f"{prefix}2",
                "created_at": "2026-11-23T08:50:00Z",
            },
            {
                "external_id": f"{prefix}4",
                "text": last,
                "author": f"@{prefix}",
                "in_reply_to": f"{prefix}3",
                "created_at": "2026-11-23T09:10:00Z",
            },
        ]

    triage.import_file(
        write_jsonl(
            "heat.jsonl",
            *thread("hot", "Terrible. Awful service, the worst, I hate this"),
            *thread("calm", "Ah, I see the mail now, fine, thanks"),
        )
    )
    by_author = {i.author: i for i in triage.top(5)}
    hot, calm = by_author["@hot"], by_author["@calm"]
    assert "heating thread" in " ".join(hot.reasons)
    assert "heating thread" not in " ".join(calm.reasons)
    assert hot.components["cues"] > calm.components["cues"]
