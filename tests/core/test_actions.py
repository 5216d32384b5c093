"""Agent actions: claims, notes, escalations and resolutions, each on the case timeline."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from triage.clock import FixedClock
from triage.domain.enums import Outcome, TicketStatus
from triage.domain.errors import ClaimedByOther, InvalidAction, StaleTicket
from triage.domain.models import Resolution
from triage.services import Triage
from triage.store.tables import ResolutionRow


@pytest.fixture
def loaded(triage: Triage, write_jsonl) -> Triage:  # type: ignore[no-untyped-def]
    triage.import_file(
        write_jsonl(
            "q.jsonl",
            {"external_id": "1", "text": "My kettle caught fire!", "author": "@a"},
            {"external_id": "2", "text": "Cancelling my subscription, never again", "author": "@b"},
            {"external_id": "3", "text": "Where can I find my invoice?", "author": "@c"},
        )
    )
    return triage


def test_claim_release_and_expiry(loaded: Triage, clock: FixedClock) -> None:
    top = loaded.top(1)[0]
    item = loaded.claim(top.id, "sanne")
    assert item.assignee == "sanne" and item.status is TicketStatus.OPEN
    with pytest.raises(ClaimedByOther) as err:
        loaded.claim(top.id, "piet")
    assert err.value.holder == "sanne"
    clock.advance(timedelta(minutes=31))  # claims expire: a closed laptop does not hold work
    assert loaded.claim(top.id, "piet").assignee == "piet"
    assert loaded.release(top.id, "piet").assignee is None
    kinds = [e.kind.value for e in loaded.ticket(top.id).events]
    assert kinds[-3:] == ["claimed", "claimed", "released"]


def test_working_on_a_ticket_keeps_the_claim(loaded: Triage, clock: FixedClock) -> None:
    top = loaded.top(1)[0]
    loaded.claim(top.id, "sanne")
    clock.advance(timedelta(minutes=25))
    loaded.note(top.id, "sanne", "called the customer")
    clock.advance(timedelta(minutes=25))  # 50 minutes after the claim, 25 after the note
    with pytest.raises(ClaimedByOther):
        loaded.claim(top.id, "piet")


def test_claim_next_takes_the_highest_unclaimed(loaded: Triage) -> None:
    order = [i.id for i in loaded.top(3)]
    assert loaded.claim_next("sanne", 1) == order[:1]
    assert loaded.claim_next("piet", 5) == order[1:]
    assert loaded.claim_next("joop", 1) == []


def test_stale_version_is_refused(loaded: Triage) -> None:
    item = loaded.top(1)[0]
    loaded.note(item.id, "piet", "called the customer")
    with pytest.raises(StaleTicket):
        loaded.resolve(item.id, "sanne", Resolution(Outcome.SOLVED), expected_version=item.version)


def test_resolve_logs_outcome_and_effort(loaded: Triage, clock: FixedClock) -> None:
    item = loaded.top(1)[0]
    loaded.claim(item.id, "sanne")
    clock.advance(timedelta(minutes=12))
    loaded.note(item.id, "sanne", "sent a technician")
    done = loaded.resolve(
        item.id,
        "sanne",
        Resolution(
            Outcome.SOLVED, ("product_defect", "technician"), "voucher", 25.0, "replaced the kettle"
        ),
    )
    assert done.status is TicketStatus.RESOLVED and done.assignee is None
    with loaded.sessions() as s:
        res = s.scalars(select(ResolutionRow)).one()
    assert res.outcome == "solved" and res.reason_codes == ["product_defect", "technician"]
    assert res.compensation == "voucher" and res.compensation_amount == 25.0
    assert res.handle_seconds == 12 * 60 and res.contacts >= 1
    events = loaded.ticket(item.id).events
    assert [e.kind.value for e in events][-3:] == ["claimed", "noted", "resolved"]
    assert events[-1].payload["outcome"] == "solved" and events[-1].actor == "sanne"
    with pytest.raises(InvalidAction):
        loaded.resolve(item.id, "sanne", Resolution(Outcome.SOLVED))


def test_resolve_refused_while_someone_else_holds_it(loaded: Triage) -> None:
    item = loaded.top(1)[0]
    loaded.claim(item.id, "sanne")
    with pytest.raises(ClaimedByOther):
        loaded.resolve(item.id, "piet", Resolution(Outcome.SOLVED))


def test_escalate_needs_a_reason(loaded: Triage) -> None:
    item = loaded.top(1)[0]
    with pytest.raises(InvalidAction):
        loaded.escalate(item.id, "sanne", "  ")
    out = loaded.escalate(item.id, "sanne", "Safety: fire")
    assert out.escalated
    assert loaded.ticket(item.id).events[-1].payload == {"reason": "Safety: fire"}


def test_sentiment_correction_is_stored_and_rescored(loaded: Triage) -> None:
    calm = next(i for i in loaded.top(3) if "invoice" in i.text)
    after = loaded.correct_sentiment(calm.id, "sanne", "neg")
    assert after.sentiment == 15.0 and after.components["tone"] > calm.components["tone"]
    last = loaded.ticket(calm.id).events
    assert any(e.kind.value == "sentiment_corrected" and e.payload["label"] == "neg" for e in last)


def test_rescore_follows_the_clock(loaded: Triage, clock: FixedClock) -> None:
    before = {i.id: i.priority for i in loaded.top(3)}
    clock.advance(timedelta(minutes=45))
    assert loaded.rescore_open() == 3
    after = {i.id: i.priority for i in loaded.top(3)}
    assert all(after[k] >= v for k, v in before.items())
    assert any(after[k] > v for k, v in before.items())


def test_corrections_and_resolutions_become_labels(loaded: Triage) -> None:
    from triage.store.tables import LabelRow

    items = {i.text: i for i in loaded.top(3)}
    invoice = items["Where can I find my invoice?"]
    fire = items["My kettle caught fire!"]
    loaded.correct_sentiment(invoice.id, "sanne", "neu")
    loaded.correct_complaint(invoice.id, "sanne", False)
    loaded.correct_priority(fire.id, "sanne", "higher")
    loaded.claim(fire.id, "sanne")
    loaded.resolve(fire.id, "sanne", Resolution(Outcome.SOLVED, ("product_defect",)))
    with loaded.sessions() as s:
        labels = {
            (r.kind, r.value, r.text, r.source, r.author) for r in s.scalars(select(LabelRow))
        }
    assert labels == {
        ("sentiment", "neu", "Where can I find my invoice?", "correction", "sanne"),
        ("complaint", "0", "Where can I find my invoice?", "correction", "sanne"),
        ("priority", "higher", "My kettle caught fire!", "correction", "sanne"),
        ("complaint", "1", "My kettle caught fire!", "resolution", "sanne"),
    }
    with pytest.raises(InvalidAction):
        loaded.correct_priority(fire.id, "sanne", "sideways")
