"""A customer's personal data: everything we hold about them (export) and erasure (GDPR).

A customer here is the whole merge family: the surviving customer and every customer merged
into it, since a merge says they are one person.

Erasure decisions, so dashboards keep their figures without keeping the person:

* Texts go: every message on their tickets (ours included: replies address them) and every
  message they wrote on other tickets becomes ``[erased]``; its author handle and name become a
  stable opaque marker (``erased-c<id>`` for them, ``erased-c<id>-<n>`` for others writing on
  their tickets); URLs, labels that came with a message and the quoted cue evidence are emptied;
  external ids become an opaque hash (threading between the messages still works). The ticket
  keeps its figures (channel, times, priority, sentiment) but not its author, snippet, evidence
  or escalation reason. Resolution notes, annotation texts and scorecard comments on their
  tickets become ``[erased]``; learning labels lose their text (training skips empty texts).
* Events are kept, payload replaced by ``{"redacted": true, "kind": …}`` and ``redacted`` set:
  on their tickets, on their customer record, the merges they were in and the arrivals of their
  messages elsewhere. The audit chain hashes the digest stored at sealing time, so it still
  verifies; the ``gdpr_erased`` event lists the ids it redacted, which is what `verify` checks a
  redaction against. Earlier ``gdpr_exported``/``gdpr_erased`` events hold counts only and stay.
* Identities and link suggestions are deleted; the loyalty profile is deleted; the customer rows
  stay as anonymous shells (no name, CRM id, flags, segment or value).
* Orders and surveys stay as anonymous figures on the shell (revenue, NPS and CES dashboards
  stay right): order references become ``erased-<row id>``; surveys hold no personal data.
  Referrals they made stay (the referred people's data is theirs); referrals they received lose
  the CRM reference and the link to them.
* Quarantined input lines containing one of their handles, e-mail addresses, CRM id or names
  are blanked too.

Erasing twice changes nothing more (every count is then 0) and is logged again.

Not reached: free text elsewhere that names them (a note on someone else's ticket), a learned
model already trained on their messages (train again: their labels no longer count), copies
outside this database (backups, exports, the source files: importing those again brings the
messages back as new ones), and on SQLite the freed pages until the file is checkpointed or
vacuumed (`scrub_file` does that; erase turns on secure_delete for its own writes).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Engine, delete, func, or_, select
from sqlalchemy.orm import Session

from triage.audit.chain import REDACTED_EVENTS, redacted_payload, seal
from triage.domain.enums import Direction, EventKind
from triage.ingest.importer import identity_channel, normalise_handle
from triage.services.merging import surviving
from triage.store.tables import (
    AnnotationRow,
    Base,
    CustomerRow,
    EventRow,
    IdentityRow,
    LabelRow,
    LinkSuggestionRow,
    LoyaltyRow,
    MentionRow,
    MergeRow,
    OrderRow,
    QuarantineRow,
    ReferralRow,
    ResolutionRow,
    ScorecardRow,
    SurveyRow,
    TicketRow,
)

FORMAT = "webcare-triage/gdpr-export/1"
ERASED = "[erased]"
PRIVACY_KINDS = frozenset({EventKind.GDPR_EXPORTED.value, EventKind.GDPR_ERASED.value})
MESSAGE_KINDS = (EventKind.ARRIVED.value, EventKind.REPLIED.value, EventKind.REOPENED.value)
MERGE_KINDS = (EventKind.MERGED.value, EventKind.UNMERGED.value)
IN_CHUNK = 500
MIN_NEEDLE = 4  # shorter identifiers would blank unrelated quarantine lines

R = TypeVar("R")


def _chunks(ids: Iterable[R], size: int = IN_CHUNK) -> Iterator[list[R]]:
    items = list(ids)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _rows(session: Session, make: Callable[[list[Any]], Any], ids: Iterable[Any]) -> list[Any]:
    """Rows of a select over ids, run in chunks so a long IN list stays within driver limits."""
    out: list[Any] = []
    for part in _chunks(ids):
        out.extend(session.scalars(make(part)))
    return out


def family(session: Session, customer_id: int) -> list[int]:
    """The surviving customer first, then everyone merged into it (at any depth)."""
    root = surviving(session, customer_id).id
    ids, frontier = [root], [root]
    while frontier:
        frontier = [
            i
            for i in _rows(
                session,
                lambda part: select(CustomerRow.id).where(CustomerRow.merged_into_id.in_(part)),
                frontier,
            )
            if i not in ids
        ]
        ids.extend(frontier)
    return ids


# -- what we hold -----------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    return value


def _record(row: Base, drop: Sequence[str] = ()) -> dict[str, Any]:
    return {c.key: _plain(getattr(row, c.key)) for c in row.__table__.columns if c.key not in drop}


class _Holdings:
    """Every row about one customer family, read once."""

    def __init__(self, session: Session, customer_id: int) -> None:
        s = session
        self.ids = family(s, customer_id)
        self.customers = _rows(
            s, lambda p: select(CustomerRow).where(CustomerRow.id.in_(p)), self.ids
        )
        self.customers.sort(key=lambda c: self.ids.index(c.id))
        self.identities = _rows(
            s,
            lambda p: select(IdentityRow).where(IdentityRow.customer_id.in_(p)),
            self.ids,
        )
        self.handles = {
            (identity_channel(i.channel), normalise_handle(i.handle)) for i in self.identities
        }
        self.tickets = sorted(
            _rows(s, lambda p: select(TicketRow).where(TicketRow.customer_id.in_(p)), self.ids),
            key=lambda t: t.id,
        )
        self.ticket_ids = [t.id for t in self.tickets]
        self.mentions = _rows(
            s,
            lambda p: select(MentionRow).where(MentionRow.ticket_id.in_(p)),
            self.ticket_ids,
        )
        self.mentions.sort(key=lambda m: (m.ticket_id, m.created_at, m.id))
        self.elsewhere = self._messages_elsewhere(s)
        on_tickets = self.ticket_ids
        self.resolutions = _rows(
            s, lambda p: select(ResolutionRow).where(ResolutionRow.ticket_id.in_(p)), on_tickets
        )
        self.annotations = _rows(
            s, lambda p: select(AnnotationRow).where(AnnotationRow.ticket_id.in_(p)), on_tickets
        )
        self.scorecards = _rows(
            s, lambda p: select(ScorecardRow).where(ScorecardRow.ticket_id.in_(p)), on_tickets
        )
        mention_ids = [m.id for m in self.mentions] + [m.id for m in self.elsewhere]
        labels = {
            r.id: r
            for r in _rows(
                s, lambda p: select(LabelRow).where(LabelRow.ticket_id.in_(p)), on_tickets
            )
            + _rows(s, lambda p: select(LabelRow).where(LabelRow.mention_id.in_(p)), mention_ids)
        }
        self.labels = [labels[i] for i in sorted(labels)]
        self.orders = _rows(
            s, lambda p: select(OrderRow).where(OrderRow.customer_id.in_(p)), self.ids
        )
        self.surveys = _rows(
            s, lambda p: select(SurveyRow).where(SurveyRow.customer_id.in_(p)), self.ids
        )
        self.referrals_made = _rows(
            s, lambda p: select(ReferralRow).where(ReferralRow.referrer_id.in_(p)), self.ids
        )
        self.referrals_received = _rows(
            s, lambda p: select(ReferralRow).where(ReferralRow.referred_id.in_(p)), self.ids
        )
        self.loyalty = _rows(
            s, lambda p: select(LoyaltyRow).where(LoyaltyRow.customer_id.in_(p)), self.ids
        )
        identity_ids = [i.id for i in self.identities]
        suggestions = {
            r.id: r
            for r in _rows(
                s,
                lambda p: select(LinkSuggestionRow).where(LinkSuggestionRow.customer_id.in_(p)),
                self.ids,
            )
            + _rows(
                s,
                lambda p: select(LinkSuggestionRow).where(LinkSuggestionRow.identity_id.in_(p)),
                identity_ids,
            )
        }
        self.suggestions = [suggestions[i] for i in sorted(suggestions)]
        merges = {
            r.id: r
            for r in _rows(
                s,
                lambda p: select(MergeRow).where(
                    or_(MergeRow.kept_id.in_(p), MergeRow.merged_id.in_(p))
                ),
                self.ids,
            )
        }
        self.merges = [merges[i] for i in sorted(merges)]
        self.events = self._events(s)

    def _messages_elsewhere(self, s: Session) -> list[MentionRow]:
        """What they wrote on other people's tickets, matched as the importer matches authors."""
        if not self.handles:
            return []
        mine = set(self.ticket_ids)
        wanted = sorted({h for _, h in self.handles})
        found = _rows(
            s,
            lambda p: select(MentionRow).where(
                func.lower(func.trim(MentionRow.author_handle)).in_(p)
            ),
            wanted,
        )
        return sorted(
            (
                m
                for m in found
                if m.ticket_id not in mine
                and (identity_channel(m.channel), normalise_handle(m.author_handle)) in self.handles
            ),
            key=lambda m: m.id,
        )

    def _events(self, s: Session) -> list[EventRow]:
        found: dict[int, EventRow] = {}
        for e in _rows(
            s, lambda p: select(EventRow).where(EventRow.ticket_id.in_(p)), self.ticket_ids
        ):
            found[e.id] = e
        for e in _rows(s, lambda p: select(EventRow).where(EventRow.customer_id.in_(p)), self.ids):
            found[e.id] = e
        # The merges they were in, as the other customer's record tells them.
        merge_ids = {m.id for m in self.merges}
        others = {m.kept_id for m in self.merges} | {m.merged_id for m in self.merges}
        for e in _rows(
            s,
            lambda p: select(EventRow).where(
                EventRow.customer_id.in_(p), EventRow.kind.in_(MERGE_KINDS)
            ),
            sorted(others - set(self.ids)),
        ):
            if isinstance(e.payload, dict) and e.payload.get("merge_id") in merge_ids:
                found[e.id] = e
        # The arrival of each message they wrote on someone else's ticket.
        theirs = {(m.ticket_id, m.external_id) for m in self.elsewhere}
        for e in _rows(
            s,
            lambda p: select(EventRow).where(
                EventRow.ticket_id.in_(p), EventRow.kind.in_(MESSAGE_KINDS)
            ),
            sorted({t for t, _ in theirs}),
        ):
            if (
                isinstance(e.payload, dict)
                and (e.ticket_id, e.payload.get("external_id")) in theirs
            ):
                found[e.id] = e
        return [found[i] for i in sorted(found)]


def _counts(h: _Holdings) -> dict[str, int]:
    return {
        "customers": len(h.customers),
        "identities": len(h.identities),
        "tickets": len(h.tickets),
        "messages": len(h.mentions),
        "messages_elsewhere": len(h.elsewhere),
        "events": len(h.events),
        "resolutions": len(h.resolutions),
        "annotations": len(h.annotations),
        "scorecards": len(h.scorecards),
        "labels": len(h.labels),
        "orders": len(h.orders),
        "surveys": len(h.surveys),
        "referrals_made": len(h.referrals_made),
        "referrals_received": len(h.referrals_received),
        "loyalty": len(h.loyalty),
        "link_suggestions": len(h.suggestions),
        "merges": len(h.merges),
    }


def _actor_and_time(actor: str, now: datetime | None) -> tuple[str, datetime]:
    return actor or "system", now or datetime.now(UTC)


def export(
    session: Session, customer_id: int, actor: str = "system", now: datetime | None = None
) -> dict[str, Any]:
    """Everything we hold about a customer (and whoever was merged into them), as plain JSON.

    The export is logged as a ``gdpr_exported`` event on the customer (counts only)."""
    actor, now = _actor_and_time(actor, now)
    h = _Holdings(session, customer_id)
    root, *merged = h.customers

    def on(rows: Sequence[Any], ticket_id: int) -> list[dict[str, Any]]:
        return [_record(r) for r in rows if r.ticket_id == ticket_id]

    tickets = [
        {
            **_record(t),
            "messages": on(h.mentions, t.id),
            "resolutions": on(h.resolutions, t.id),
            "annotations": on(h.annotations, t.id),
            "scorecards": on(h.scorecards, t.id),
            "labels": on(h.labels, t.id),
        }
        for t in h.tickets
    ]
    counts = _counts(h)
    result: dict[str, Any] = {
        "format": FORMAT,
        "exported_at": now.isoformat(),
        "exported_by": actor,
        "customer": {**_record(root), "merged_customers": [_record(c) for c in merged]},
        "identities": [_record(i) for i in h.identities],
        "tickets": tickets,
        "messages_elsewhere": [_record(m) for m in h.elsewhere],
        "labels_elsewhere": [
            _record(r) for r in h.labels if r.ticket_id is None or r.ticket_id not in h.ticket_ids
        ],
        "events": [_record(e, ("digest", "prev_hash", "hash")) for e in h.events],
        "orders": [_record(o) for o in h.orders],
        "surveys": [_record(v) for v in h.surveys],
        "referrals": {
            "made": [_record(r) for r in h.referrals_made],
            "received": [_record(r) for r in h.referrals_received],
        },
        "loyalty": [_record(r) for r in h.loyalty],
        "link_suggestions": [_record(r) for r in h.suggestions],
        "merges": [_record(m) for m in h.merges],
        "counts": counts,
    }
    session.add(
        EventRow(
            customer_id=root.id,
            kind=EventKind.GDPR_EXPORTED.value,
            actor=actor,
            at=now,
            payload={"counts": counts},
        )
    )
    return result


# -- erasure ----------------------------------------------------------------------------------


def opaque_id(channel: str, external_id: str) -> str:
    """What an erased message's external id becomes: stable, so replies still find it."""
    if external_id.startswith("erased-") or not external_id:
        return external_id
    digest = hashlib.sha256(f"{channel}\x00{external_id}".encode()).hexdigest()[:32]
    return f"erased-{digest}"


def _set(row: Any, counts: dict[str, int], key: str, **values: Any) -> None:
    """Assign only what differs, counting the row once if anything changed."""
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    if changed:
        counts[key] = counts.get(key, 0) + 1


def _no_evidence(cues: list[Any]) -> list[Any]:
    return [{**c, "text": ""} if isinstance(c, dict) and c.get("text") else c for c in cues]


def _sqlite_secure_delete(session: Session, on: bool | None) -> bool | None:
    """Turn SQLite's secure_delete on (freed content is zeroed); returns the previous value."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return None
    before = connection.exec_driver_sql("PRAGMA secure_delete").scalar()
    if on is not None:
        connection.exec_driver_sql(f"PRAGMA secure_delete = {int(on)}")
    return bool(before)


def erase(session: Session, customer_id: int, actor: str, now: datetime) -> dict[str, Any]:
    """Erase a customer's personal data (see the module text); returns counts of what changed.

    Logged as a ``gdpr_erased`` event: counts and the ids of the events it redacted, nothing
    personal."""
    seal(session)  # digests of what is about to be redacted are taken over what was recorded
    before = _sqlite_secure_delete(session, True)
    result = _erase(session, customer_id, actor, now)
    session.flush()
    if before is not None:
        _sqlite_secure_delete(session, before)
    return result


def _erase(session: Session, customer_id: int, actor: str, now: datetime) -> dict[str, Any]:
    h = _Holdings(session, customer_id)
    root = h.customers[0]
    counts: dict[str, int] = {}
    own = f"erased-c{root.id}"
    markers: dict[tuple[str, str], str] = {k: own for k in h.handles}

    def marker(channel: str, handle: str) -> str:
        if handle.startswith("erased-c"):
            return handle
        key = (identity_channel(channel), normalise_handle(handle))
        if key not in markers:
            markers[key] = f"{own}-{sum(1 for v in markers.values() if v != own) + 1}"
        return markers[key]

    needles = _needles(h)
    old_texts: set[str] = set()
    theirs = [*h.mentions, *h.elsewhere]
    # Their messages' external ids become opaque; replies follow, so threads stay threads.
    renamed = {
        (m.channel, m.external_id): opaque_id(m.channel, m.external_id)
        for m in theirs
        if opaque_id(m.channel, m.external_id) != m.external_id
    }
    theirs_elsewhere = {m.id for m in h.elsewhere}
    for m in theirs:
        if m.text != ERASED:
            old_texts.add(m.text)
        inbound = m.direction == Direction.INBOUND.value or m.id in theirs_elsewhere
        values: dict[str, Any] = {
            "text": ERASED,
            "url": "",
            "labels": {},
            "cues": _no_evidence(m.cues),
            "external_id": opaque_id(m.channel, m.external_id),
            "in_reply_to": renamed.get((m.channel, m.in_reply_to), m.in_reply_to),
        }
        if inbound:
            values["author_handle"] = marker(m.channel, m.author_handle)
            values["author_name"] = values["author_handle"]
        _set(m, counts, "messages", **values)
    session.flush()
    for part in _chunks(sorted({external for _, external in renamed})):
        for reply in session.scalars(select(MentionRow).where(MentionRow.in_reply_to.in_(part))):
            new_parent = renamed.get((reply.channel, reply.in_reply_to))
            if new_parent is not None:
                _set(reply, counts, "replies_relinked", in_reply_to=new_parent)

    for t in h.tickets:
        author = marker(t.channel, t.author) if t.author else ""
        _set(
            t,
            counts,
            "tickets",
            author=author,
            author_name=(author or own) if t.author_name else "",
            snippet=ERASED if t.snippet else "",
            cue_evidence=_no_evidence(t.cue_evidence),
            escalation_reason=ERASED if t.escalation_reason else "",
        )
    # Other people's tickets whose latest text was theirs.
    elsewhere_tickets = {m.ticket_id for m in h.elsewhere}
    for ticket_ids in _chunks(sorted(elsewhere_tickets)):
        for t in session.scalars(select(TicketRow).where(TicketRow.id.in_(ticket_ids))):
            if t.snippet in old_texts:
                _set(t, counts, "tickets_elsewhere", snippet=ERASED)
    for r in h.resolutions:
        _set(r, counts, "resolutions", note=ERASED if r.note else "")
    for a in h.annotations:
        _set(a, counts, "annotations", text=ERASED)
    for sc in h.scorecards:
        _set(sc, counts, "scorecards", comment=ERASED if sc.comment else "")
    for lb in h.labels:
        _set(lb, counts, "labels", text="")

    redacted: list[int] = []
    for e in h.events:
        if e.kind in PRIVACY_KINDS or e.redacted:
            continue
        e.payload = redacted_payload(e.kind)
        e.redacted = True
        redacted.append(e.id)
    if redacted:
        counts["events"] = len(redacted)

    for c in h.customers:
        _set(
            c,
            counts,
            "customers",
            display_name="",
            crm_id=None,
            flags=[],
            segment="",
            value_pct=None,
        )
    for o in h.orders:
        _set(o, counts, "orders", order_ref=f"erased-{o.id}")
    for r in h.referrals_received:
        _set(r, counts, "referrals", referred_ref=f"erased-{r.id}", referred_id=None)
    for m in h.merges:
        _set(m, counts, "merges", reason=ERASED if m.reason else "")
    counts["quarantine"] = _blank_quarantine(session, needles)

    def drop(key: str, table: Any, column: Any, ids: list[int]) -> None:
        done = 0
        for part in _chunks(ids):
            result = session.execute(
                delete(table).where(column.in_(part)).execution_options(synchronize_session=False)
            )
            done += int(getattr(result, "rowcount", 0) or 0)
        if done:
            counts[key] = done

    session.flush()
    drop("link_suggestions", LinkSuggestionRow, LinkSuggestionRow.id, [s.id for s in h.suggestions])
    drop("loyalty", LoyaltyRow, LoyaltyRow.customer_id, [r.customer_id for r in h.loyalty])
    drop("identities", IdentityRow, IdentityRow.id, [i.id for i in h.identities])
    for row in [*h.suggestions, *h.loyalty, *h.identities]:
        session.expunge(row)

    counts = {k: v for k, v in sorted(counts.items()) if v}
    session.add(
        EventRow(
            customer_id=root.id,
            kind=EventKind.GDPR_ERASED.value,
            actor=actor,
            at=now,
            payload={"counts": counts, REDACTED_EVENTS: redacted},
        )
    )
    return {
        "customer": root.id,
        "customers": h.ids,
        "already_erased": not counts,
        "counts": counts,
        "kept": {"orders": len(h.orders), "surveys": len(h.surveys), "tickets": len(h.tickets)},
    }


def _needles(h: _Holdings) -> set[str]:
    """Their identifiers distinctive enough to search free text (quarantined input) for."""
    found: set[str] = set()
    for i in h.identities:
        found.add(i.handle)
        found.add(i.handle.lstrip("@"))
        found.add(i.display_name)
    for c in h.customers:
        found.add(c.display_name)
        found.add(c.crm_id or "")
    return {n.strip() for n in found if len(n.strip()) >= MIN_NEEDLE and n != ERASED}


def _blank_quarantine(session: Session, needles: set[str]) -> int:
    if not needles:
        return 0
    done = 0
    for part in _chunks(sorted(needles), 50):
        rows = session.scalars(
            select(QuarantineRow).where(
                or_(
                    *(
                        func.lower(QuarantineRow.raw).contains(n.lower(), autoescape=True)
                        for n in part
                    )
                )
            )
        )
        for q in rows:
            if q.raw != ERASED:
                q.raw = ERASED
                done += 1
            if any(n.lower() in q.reason.lower() for n in needles):
                q.reason = ERASED
    return done


def scrub_file(engine: Engine, vacuum: bool = False) -> bool:
    """On SQLite: move the write-ahead log into the file and empty it, so old page images of
    erased rows are gone from disk; with `vacuum`, rebuild the file too (drops free pages).
    True when done completely; False when another connection kept the log busy, or not SQLite."""
    if engine.dialect.name != "sqlite":
        return False
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        if vacuum:
            raw.execute("VACUUM")
        busy, _log, _moved = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy
