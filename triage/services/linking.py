"""Link suggestions: who might this new voice be? Never merged on a guess; an agent decides."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from triage.domain.customers import SuggestionView
from triage.ingest.importer import identity_channel, normalise_handle
from triage.ingest.matching import Candidate, CandidateIndex, Identity
from triage.store.tables import (
    CustomerRow,
    IdentityRow,
    LinkSuggestionRow,
    MentionRow,
    OrderRow,
    SettingRow,
    TicketRow,
)

MIN_SCORE = 50  # below this a suggestion is noise an agent should not have to reject
PER_RUN = 2000  # messages looked at per run; the rest wait for the next
TEXTS = 5  # recent messages read for e-mail addresses, phone numbers and order numbers
# The last inbound message looked at: a voice is weighed again whenever it writes, since a
# later message may name the order number or e-mail address the first one did not.
CURSOR_KEY = "linking.last_mention"


def _candidates(s: Session) -> list[Candidate]:
    names: dict[int, set[str]] = defaultdict(set)
    handles: dict[int, list[tuple[str, str]]] = defaultdict(list)
    emails: dict[int, list[str]] = defaultdict(list)
    phones: dict[int, list[str]] = defaultdict(list)
    orders: dict[int, list[str]] = defaultdict(list)
    alive = {
        cid: name
        for cid, name in s.execute(
            select(CustomerRow.id, CustomerRow.display_name).where(
                CustomerRow.merged_into_id.is_(None)
            )
        )
    }
    for cid, name in alive.items():
        if name:
            names[cid].add(name)
    for cid, channel, handle, shown in s.execute(
        select(
            IdentityRow.customer_id,
            IdentityRow.channel,
            IdentityRow.handle,
            IdentityRow.display_name,
        )
    ):
        if cid not in alive:
            continue
        if channel == "email":
            emails[cid].append(handle)
        elif channel == "phone":
            phones[cid].append(handle)
        else:
            handles[cid].append((channel, handle))
        if shown:
            names[cid].add(shown)
    for cid, ref in s.execute(select(OrderRow.customer_id, OrderRow.order_ref)):
        orders[cid].append(ref)
    return [
        Candidate(
            customer_id=cid,
            display_names=tuple(sorted(names[cid])),
            handles=tuple(handles[cid]),
            emails=tuple(emails[cid]),
            phones=tuple(phones[cid]),
            order_ids=tuple(orders[cid]),
        )
        for cid in alive
    ]


def refresh(s: Session, now: datetime) -> int:
    """Look at the identities that wrote since the last run; returns new suggestions stored."""
    setting = s.get(SettingRow, CURSOR_KEY)
    last = int(setting.value.get("id", 0)) if setting else 0
    written = s.execute(
        select(MentionRow.id, MentionRow.channel, MentionRow.author_handle)
        .where(MentionRow.id > last, MentionRow.direction == "in")
        .order_by(MentionRow.id)
        .limit(PER_RUN)
    ).all()
    if not written:
        return 0
    value = {"id": written[-1].id}
    if setting is None:
        s.add(SettingRow(key=CURSOR_KEY, value=value))
    else:
        setting.value = value
    # Identities are keyed as the importer keys a message's author.
    keys = {(identity_channel(c), normalise_handle(h)) for _, c, h in written if h.strip()}
    fresh = [
        i
        for i in s.scalars(
            select(IdentityRow)
            .where(IdentityRow.handle.in_({h for _, h in keys}), IdentityRow.origin == "message")
            .order_by(IdentityRow.id)
        )
        if (i.channel, i.handle) in keys
    ]
    if not fresh:
        return 0
    index = CandidateIndex(_candidates(s))
    decided: dict[int, set[int]] = defaultdict(set)
    for ident_id, cid in s.execute(
        select(LinkSuggestionRow.identity_id, LinkSuggestionRow.customer_id).where(
            LinkSuggestionRow.identity_id.in_([i.id for i in fresh])
        )
    ):
        decided[ident_id].add(cid)
    added = 0
    for ident in fresh:
        owner = s.get(CustomerRow, ident.customer_id)
        if owner is None or owner.crm_id is not None:
            continue  # a CRM customer's identities are linked by the CRM, not by guesses
        texts = list(
            s.scalars(
                select(MentionRow.text)
                .join(TicketRow, TicketRow.id == MentionRow.ticket_id)
                .where(
                    TicketRow.customer_id == ident.customer_id,
                    # stored as written ("@FienW"); identities hold the lower-cased handle
                    func.lower(func.trim(MentionRow.author_handle)) == ident.handle,
                    MentionRow.direction == "in",
                )
                .order_by(MentionRow.created_at.desc())
                .limit(TEXTS)
            )
        )
        found = index.suggest(
            Identity(ident.channel, ident.handle, ident.display_name),
            texts,
            limit=3,
            exclude=(ident.customer_id, *decided[ident.id]),
        )
        for sug in found:
            if sug.score < MIN_SCORE:
                continue
            s.add(
                LinkSuggestionRow(
                    identity_id=ident.id,
                    customer_id=sug.customer_id,
                    score=float(sug.score),
                    reasons=list(sug.reasons),
                    at=now,
                )
            )
            added += 1
    return added


def open_list(s: Session, limit: int = 200, involving: int | None = None) -> list[SuggestionView]:
    """Open suggestions, best first; `involving` keeps those about one customer, either side."""
    stmt = (
        select(LinkSuggestionRow, IdentityRow, CustomerRow)
        .join(IdentityRow, IdentityRow.id == LinkSuggestionRow.identity_id)
        .join(CustomerRow, CustomerRow.id == LinkSuggestionRow.customer_id)
        .where(LinkSuggestionRow.status == "open", CustomerRow.merged_into_id.is_(None))
    )
    if involving is not None:
        stmt = stmt.where(
            or_(
                LinkSuggestionRow.customer_id == involving,
                IdentityRow.customer_id == involving,
            )
        )
    rows = s.execute(
        stmt.order_by(LinkSuggestionRow.score.desc(), LinkSuggestionRow.id).limit(limit)
    )
    return [
        SuggestionView(
            sug.id,
            ident.channel,
            ident.handle,
            ident.customer_id,
            sug.customer_id,
            cust.display_name,
            sug.score,
            tuple(str(r) for r in sug.reasons),
        )
        for sug, ident, cust in rows
        if ident.customer_id != sug.customer_id
    ]
