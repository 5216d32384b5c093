"""Merge two customers and undo it exactly: a merge records every row it moved."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Column, func, select, update
from sqlalchemy.orm import Session

from triage.domain.enums import EventKind
from triage.domain.errors import InvalidAction, NotFound
from triage.ingest.importer import identity_channel, normalise_handle
from triage.store.tables import (
    CustomerRow,
    EventRow,
    IdentityRow,
    LinkSuggestionRow,
    MentionRow,
    MergeRow,
    OrderRow,
    ReferralRow,
    SurveyRow,
    TicketRow,
)

# (key in MergeRow.moved, table, the column pointing at the customer)
MOVABLE: tuple[tuple[str, type[Any], str], ...] = (
    ("identities", IdentityRow, "customer_id"),
    ("tickets", TicketRow, "customer_id"),
    ("orders", OrderRow, "customer_id"),
    ("surveys", SurveyRow, "customer_id"),
    ("referrals_made", ReferralRow, "referrer_id"),
    ("referrals_received", ReferralRow, "referred_id"),
    ("suggestions", LinkSuggestionRow, "customer_id"),
)


def surviving(session: Session, customer_id: int) -> CustomerRow:
    """The customer a (possibly merged-away) id now lives on."""
    row = session.get(CustomerRow, customer_id)
    seen: set[int] = set()
    while row is not None and row.merged_into_id is not None and row.id not in seen:
        seen.add(row.id)
        row = session.get(CustomerRow, row.merged_into_id)
    if row is None:
        raise NotFound("customer", customer_id)
    return row


def merge(
    session: Session, kept_id: int, merged_id: int, actor: str, reason: str, now: datetime
) -> MergeRow:
    kept = surviving(session, kept_id)
    gone = surviving(session, merged_id)
    if kept.id == gone.id:
        raise InvalidAction(f"customers {kept_id} and {merged_id} are already one customer")
    moved: dict[str, list[int]] = {}
    for key, table, column in MOVABLE:
        col: Column[int] = getattr(table, column)
        ids = list(session.scalars(select(table.id).where(col == gone.id).order_by(table.id)))
        if ids:
            session.execute(update(table).where(table.id.in_(ids)).values({column: kept.id}))
        moved[key] = ids
    gone.merged_into_id = kept.id
    if not kept.display_name and gone.display_name:
        kept.display_name = gone.display_name
    row = MergeRow(
        kept_id=kept.id, merged_id=gone.id, actor=actor, reason=reason, moved=moved, at=now
    )
    session.add(row)
    session.flush()
    counts = {k: len(v) for k, v in moved.items() if v}
    _both_sides(session, row, EventKind.MERGED, actor, now, reason=reason, moved=counts)
    return row


def _both_sides(
    session: Session, row: MergeRow, kind: EventKind, actor: str, now: datetime, **extra: Any
) -> None:
    """The event goes on both customers' records: each can be looked up on its own."""
    payload = {"merge_id": row.id, "kept": row.kept_id, "merged": row.merged_id, **extra}
    for customer in (row.kept_id, row.merged_id):
        session.add(
            EventRow(customer_id=customer, kind=kind.value, actor=actor, at=now, payload=payload)
        )


def unmerge(session: Session, merge_id: int, actor: str, now: datetime) -> MergeRow:
    """Put back exactly what the merge moved, and tickets opened since by the moved identities."""
    row = session.get(MergeRow, merge_id)
    if row is None:
        raise NotFound("merge", merge_id)
    if row.undone_at is not None:
        raise InvalidAction(f"merge {merge_id} was already undone by {row.undone_by}")
    later = session.scalar(
        select(MergeRow.id)
        .where(
            MergeRow.merged_id == row.kept_id,
            MergeRow.undone_at.is_(None),
            MergeRow.id > row.id,
        )
        .limit(1)
    )
    if later is not None:
        raise InvalidAction(
            f"customer {row.kept_id} was merged again later (merge {later}); undo that one first"
        )
    moved: dict[str, list[int]] = {k: list(v) for k, v in row.moved.items()}
    identities = moved.get("identities", [])
    # Tickets that came in after the merge from the merged customer's identities go back with
    # them: matched as the importer matches authors (normalised), and "after" by when their
    # first message arrived, since a message may be written before the merge and fetched after.
    if identities:
        wanted = {
            (channel, handle)
            for channel, handle in session.execute(
                select(IdentityRow.channel, IdentityRow.handle).where(
                    IdentityRow.id.in_(identities)
                )
            )
        }
        already = set(moved.get("tickets", []))
        theirs = [
            tid
            for tid, ch, author in session.execute(
                select(TicketRow.id, TicketRow.channel, TicketRow.author).where(
                    TicketRow.customer_id == row.kept_id
                )
            )
            if tid not in already and (identity_channel(ch), normalise_handle(author)) in wanted
        ]
        extra = (
            session.scalars(
                select(MentionRow.ticket_id)
                .where(MentionRow.ticket_id.in_(theirs))
                .group_by(MentionRow.ticket_id)
                .having(func.min(MentionRow.imported_at) >= row.at)
            ).all()
            if theirs
            else []
        )
        moved["tickets"] = sorted(already | set(extra))
    for key, table, column in MOVABLE:
        ids = moved.get(key, [])
        if ids:
            col: Column[int] = getattr(table, column)
            session.execute(
                update(table)
                .where(table.id.in_(ids), col == row.kept_id)
                .values({column: row.merged_id})
            )
    gone = session.get(CustomerRow, row.merged_id)
    assert gone is not None
    gone.merged_into_id = None
    row.undone_at = now
    row.undone_by = actor
    _both_sides(session, row, EventKind.UNMERGED, actor, now)
    return row
