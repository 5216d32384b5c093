"""One customer across channels: lookup, the full profile, the story so far, surveys."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from triage.domain.customers import (
    CustomerProfile,
    MergeView,
    NoteView,
    OrderView,
    ResolutionView,
    Story,
    SuggestionView,
    SurveyView,
    TimelineEntry,
)
from triage.domain.enums import EventKind, Outcome, TicketStatus
from triage.domain.errors import InvalidAction, NotFound
from triage.services import linking, queue
from triage.services import loyalty as loyalty_service
from triage.services.merging import surviving
from triage.store.tables import (
    CustomerRow,
    EventRow,
    LoyaltyRow,
    MentionRow,
    MergeRow,
    OrderRow,
    ReferralRow,
    ResolutionRow,
    SurveyRow,
    TicketRow,
)

NPS_RANGE = range(0, 11)
CES_RANGE = range(1, 8)
TIMELINE_LIMIT = 2000


def find(session: Session, ref: str) -> CustomerRow:
    """REF is the CRM customer_id or our own id ('123' or 'C123'); merged ids lead on."""
    text = ref.strip()
    row = session.scalar(select(CustomerRow).where(CustomerRow.crm_id == text))
    if row is None:
        digits = text[1:] if text[:1] in ("C", "c", "#") else text
        if digits.isdigit():
            row = session.get(CustomerRow, int(digits))
    if row is None:
        raise NotFound("customer", ref)
    return surviving(session, row.id)


def profile(session: Session, customer_id: int) -> CustomerProfile:
    row = surviving(session, customer_id)
    cid = row.id
    view = queue.customer(session, cid, limit=TIMELINE_LIMIT)
    orders = tuple(
        OrderView(o.order_ref, o.at, o.amount, o.margin)
        for o in session.scalars(
            select(OrderRow).where(OrderRow.customer_id == cid).order_by(OrderRow.at.desc())
        )
    )
    surveys = tuple(
        SurveyView(v.kind, v.score, v.at, v.ticket_id, v.origin)
        for v in session.scalars(
            select(SurveyRow).where(SurveyRow.customer_id == cid).order_by(SurveyRow.at.desc())
        )
    )
    resolutions = tuple(
        ResolutionView(
            r.ticket_id,
            channel,
            Outcome(r.outcome),
            tuple(r.reason_codes),
            r.resolved_at,
            r.contacts,
            r.channel_switches,
            r.handoffs,
            r.note,
        )
        for r, channel in session.execute(
            select(ResolutionRow, TicketRow.channel)
            .join(TicketRow, TicketRow.id == ResolutionRow.ticket_id)
            .where(TicketRow.customer_id == cid)
            .order_by(ResolutionRow.resolved_at.desc())
        )
    )
    ticket_ids = [t.id for t in view.tickets]
    notes = tuple(
        NoteView(e.ticket_id or 0, e.actor, e.at, str(e.payload.get("text", "")))
        for e in session.scalars(
            select(EventRow)
            .where(EventRow.ticket_id.in_(ticket_ids), EventRow.kind == EventKind.NOTED.value)
            .order_by(EventRow.at.desc())
        )
    )
    loyalty = session.get(LoyaltyRow, cid)
    merges = tuple(
        MergeView(
            m.id,
            m.kept_id,
            m.merged_id,
            m.actor,
            m.reason,
            m.at,
            m.undone_at,
            {k: len(v) for k, v in m.moved.items() if v},
        )
        for m in session.scalars(
            select(MergeRow)
            .where(or_(MergeRow.kept_id == cid, MergeRow.merged_id == cid))
            .order_by(MergeRow.id.desc())
        )
    )
    made = session.execute(
        select(ReferralRow.converted).where(ReferralRow.referrer_id == cid)
    ).all()
    return CustomerProfile(
        view=view,
        crm_id=row.crm_id,
        segment=row.segment,
        flags=tuple(str(f) for f in row.flags),
        loyalty=loyalty_service.read(session, cid) if loyalty else {},
        orders=orders,
        surveys=surveys,
        resolutions=resolutions,
        notes=notes,
        timeline=timeline(session, cid, ticket_ids, orders, surveys, resolutions, notes),
        merges=merges,
        suggestions=open_suggestions(session, cid),
        referrals_made=len(made),
        referrals_converted=sum(1 for (c,) in made if c),
        ticket_statuses={t.id: t.status for t in view.tickets},
    )


def timeline(
    session: Session,
    customer_id: int,
    ticket_ids: list[int],
    orders: tuple[OrderView, ...],
    surveys: tuple[SurveyView, ...],
    resolutions: tuple[ResolutionView, ...],
    notes: tuple[NoteView, ...],
) -> tuple[TimelineEntry, ...]:
    """Every conversation across channels, orders, surveys and outcomes on one line of time."""
    entries: list[TimelineEntry] = [
        TimelineEntry(
            m.created_at,
            "message" if m.direction == "in" else "reply",
            m.channel,
            m.ticket_id,
            m.text,
            m.sentiment if m.direction == "in" else None,
        )
        for m in session.scalars(
            select(MentionRow)
            .where(MentionRow.ticket_id.in_(ticket_ids))
            .order_by(MentionRow.created_at.desc(), MentionRow.id.desc())
            .limit(TIMELINE_LIMIT)
        )
    ]
    entries += [TimelineEntry(n.at, "note", "", n.ticket_id, n.text) for n in notes]
    entries += [
        TimelineEntry(
            r.resolved_at,
            "resolution",
            r.channel,
            r.ticket_id,
            " · ".join((r.outcome.value, *r.reason_codes)),
        )
        for r in resolutions
    ]
    entries += [
        TimelineEntry(v.at, "survey", "", v.ticket_id, f"{v.kind.upper()} {v.score}")
        for v in surveys
    ]
    entries += [
        TimelineEntry(o.at, "order", "", None, f"{o.order_ref} {o.amount:.2f}") for o in orders
    ]
    entries.sort(key=lambda e: e.at)
    return tuple(entries)


def story(session: Session, ticket_id: int) -> Story | None:
    ticket = session.get(TicketRow, ticket_id)
    if ticket is None:
        raise NotFound("ticket", ticket_id)
    if ticket.customer_id is None:
        return None
    row = surviving(session, ticket.customer_id)
    others = session.execute(
        select(TicketRow.id, TicketRow.status, TicketRow.channel, TicketRow.opened_at).where(
            TicketRow.customer_id == row.id, TicketRow.id != ticket_id
        )
    ).all()
    earlier = [o for o in others if o.opened_at <= ticket.opened_at]
    last = session.execute(
        select(ResolutionRow)
        .join(TicketRow, TicketRow.id == ResolutionRow.ticket_id)
        .where(TicketRow.customer_id == row.id, ResolutionRow.ticket_id != ticket_id)
        .order_by(ResolutionRow.resolved_at.desc())
        .limit(1)
    ).scalar_one_or_none()
    nps = session.scalar(
        select(SurveyRow.score)
        .where(SurveyRow.customer_id == row.id, SurveyRow.kind == "nps")
        .order_by(SurveyRow.at.desc())
        .limit(1)
    )
    loyalty = session.get(LoyaltyRow, row.id)
    first = min((o.opened_at for o in others), default=None)
    return Story(
        customer_id=row.id,
        name=row.display_name,
        segment=row.segment,
        flags=tuple(str(f) for f in row.flags),
        previous_contacts=len(earlier),
        open_tickets=tuple(o.id for o in others if o.status != TicketStatus.RESOLVED.value),
        channels=tuple(sorted({o.channel for o in others} | {ticket.channel})),
        last_outcome=Outcome(last.outcome) if last else None,
        last_outcome_at=last.resolved_at if last else None,
        last_reasons=tuple(last.reason_codes) if last else (),
        last_note=last.note if last else "",
        nps=nps,
        ces=loyalty.ces if loyalty else None,
        first_contact_at=min(first, ticket.opened_at) if first else ticket.opened_at,
    )


def record_survey(
    session: Session, ticket_id: int, kind: str, score: int, actor: str, now: datetime
) -> SurveyRow:
    """An NPS or CES answer a customer gave an agent on a resolved ticket."""
    ticket = session.get(TicketRow, ticket_id)
    if ticket is None:
        raise NotFound("ticket", ticket_id)
    if ticket.status != TicketStatus.RESOLVED.value:
        raise InvalidAction(f"ticket {ticket_id} is not resolved; ask for a score after solving it")
    if ticket.customer_id is None:
        raise InvalidAction(f"ticket {ticket_id} has no customer to record a score for")
    if kind not in ("nps", "ces"):
        raise InvalidAction(f"unknown survey kind '{kind}' (nps or ces)")
    allowed = NPS_RANGE if kind == "nps" else CES_RANGE
    if score not in allowed:
        raise InvalidAction(
            f"score {score} is outside {allowed.start}–{allowed.stop - 1} for {kind.upper()}"
        )
    customer = surviving(session, ticket.customer_id)
    row = SurveyRow(
        customer_id=customer.id,
        ticket_id=ticket_id,
        kind=kind,
        score=score,
        at=now,
        origin="agent",
        author=actor,
    )
    session.add(row)
    session.add(
        EventRow(
            ticket_id=ticket_id,
            customer_id=customer.id,
            kind=EventKind.SURVEY_RECORDED.value,
            actor=actor,
            at=now,
            payload={"kind": kind, "score": score},
        )
    )
    return row


def open_suggestions(session: Session, customer_id: int) -> tuple[SuggestionView, ...]:
    """Open link suggestions that involve this customer, either way round."""
    return tuple(linking.open_list(session, involving=customer_id))
