"""Case replay: a case's timeline step by step with the state after each step, anonymised on
request; trainers' annotations and scorecards.

The events are the record. Each step is one event of the ticket, in time order, joined with
the message it refers to (ARRIVED and REPLIED carry the message's `external_id`); notes,
escalation reasons and resolutions come from the event payloads. The state after a step is
replayed from the events alone, never read from the ticket as it is now.

Anonymised replays go through ONE `Anonymiser` per case: every text, author, actor, channel
and annotation, so the same person is the same pseudonym throughout the case. The case's
language (the majority of its messages) picks Dutch or English pseudonyms.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from triage.domain.enums import Direction, EventKind, TicketStatus
from triage.domain.errors import InvalidAction, NotFound
from triage.domain.replay import Annotation, CaseState, Replay, ReplayStep, Scorecard
from triage.privacy.anonymise import GENERIC_BRAND, Anonymiser, Person, known_names
from triage.store.tables import (
    AgentRow,
    AnnotationRow,
    CustomerRow,
    EventRow,
    IdentityRow,
    MentionRow,
    OrderRow,
    ResolutionRow,
    ScorecardRow,
    SourceRow,
    TicketRow,
    TrainingCaseRow,
)
from triage.store.team_security import can_read_cases

SIGNATURE_NAME_RE = re.compile(r"\^[ \t]?([A-ZÀ-Þ][^\W\d_]+)")
CRITERIA: tuple[str, ...] = ("empathy", "accuracy", "speed", "ownership", "tone")
MAX_ANNOTATION = 4_000
MAX_COMMENT = 4_000
SUMMARY_CHARS = 160
SENTIMENT_LABELS = {"neg": 15.0, "neu": 50.0, "pos": 85.0}  # as actions.correct_sentiment
START = CaseState(
    status=TicketStatus.NEW.value,
    priority=0,
    band="",  # no score seen yet
    components={},
    assignee=None,
    escalated=False,
    sentiment=None,
)


class CaseSummary(NamedTuple):
    """One line of the trainer's case picker: nothing in it is personal."""

    ticket_id: int
    channel: str
    resolved_at: datetime | None
    outcome: str | None
    steps: int
    summary: str  # the first message, anonymised, on one line


# -- who is who -----------------------------------------------------------------------------


@dataclass(slots=True)
class Desk:
    """What every case's anonymiser should know: our people, our accounts, other names."""

    staff: list[Person] = field(default_factory=list)
    brand_words: list[str] = field(default_factory=list)
    other_names: frozenset[str] = frozenset()  # normalised, see known_names

    @classmethod
    def load(cls, session: Session) -> Desk:
        keywords: list[str] = []
        for row in session.scalars(select(SourceRow.keywords)):
            keywords.extend(str(k) for k in row or () if str(k).strip())
        staff: list[Person] = [
            Person(name=display or name, handles=(name,), staff=True)
            for name, display in session.execute(select(AgentRow.name, AgentRow.display_name))
        ]
        outbound = session.execute(
            select(MentionRow.author_handle, MentionRow.author_name)
            .where(MentionRow.direction == Direction.OUTBOUND.value)
            .distinct()
            .limit(500)
        )
        lowered = {k.lower() for k in keywords}
        for handle, name in outbound:
            if handle or name:
                staff.append(_our_account(handle, name, lowered))
        # Agents sign replies ("^Daan"): their names are known wherever customers use them.
        signed: set[str] = set()
        for text in session.scalars(
            select(MentionRow.text)
            .where(MentionRow.direction == Direction.OUTBOUND.value, MentionRow.text.contains("^"))
            .order_by(MentionRow.id.desc())
            .limit(5_000)
        ):
            signed.update(SIGNATURE_NAME_RE.findall(text))
        staff.extend(Person(name=n, staff=True) for n in sorted(signed))
        names = set(
            session.scalars(select(IdentityRow.display_name).where(IdentityRow.display_name != ""))
        )
        names |= set(
            session.scalars(select(CustomerRow.display_name).where(CustomerRow.display_name != ""))
        )
        return cls(staff, keywords, known_names(names))


def _our_account(handle: str, name: str, keywords: set[str]) -> Person:
    """An author of our replies: a brand account ("Stroomnet Klantenservice"), or an agent
    who replies under their own name, whose name parts must be replaced like anyone's."""
    words = {w.lower() for w in name.split()} | {handle.lower().lstrip("@")}
    brand = bool(words & (GENERIC_BRAND | keywords)) or any(
        g in handle.lower() for g in ("care", "help", "service", "support", "team", "webcare")
    )
    return Person(name=name, handles=(handle,) if handle else (), staff=True, brand=brand)


def case_language(mentions: Sequence[MentionRow], fallback: str = "") -> str:
    """The majority language of a case's messages ("nl" on a tie or when unknown)."""
    votes = Counter(m.lang[:2].lower() for m in mentions if m.lang)
    if votes:
        ranked = votes.most_common()
        if ranked[0][0] == "en" and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
            return "en"
        return "nl"
    return "en" if fallback.lower().startswith("en") else "nl"


def _customer_people(session: Session, customer_ids: Iterable[int]) -> dict[int, list[Person]]:
    """The CRM's view of customers: their names, handles, addresses, CRM ids and orders."""
    ids = sorted(set(customer_ids))
    out: dict[int, list[Person]] = defaultdict(list)
    if not ids:
        return out
    handles: dict[int, list[IdentityRow]] = defaultdict(list)
    for ident in session.scalars(select(IdentityRow).where(IdentityRow.customer_id.in_(ids))):
        handles[ident.customer_id].append(ident)
    orders: dict[int, list[str]] = defaultdict(list)
    for cid, ref in session.execute(
        select(OrderRow.customer_id, OrderRow.order_ref).where(OrderRow.customer_id.in_(ids))
    ):
        orders[cid].append(ref)
    for row in session.scalars(select(CustomerRow).where(CustomerRow.id.in_(ids))):
        idents = handles[row.id]
        emails = tuple(i.handle for i in idents if i.channel == "email" or "@" in i.handle[1:])
        other = tuple(i.handle for i in idents if i.handle not in emails and i.channel != "phone")
        numbers = tuple(x for x in (row.crm_id or "", *orders[row.id]) if x)
        out[row.id].append(
            Person(name=row.display_name, handles=other, emails=emails, numbers=numbers)
        )
        for i in idents:
            if i.display_name and i.display_name != row.display_name:
                out[row.id].append(Person(name=i.display_name, handles=(i.handle,)))
    return out


def anonymiser_for(
    desk: Desk,
    mentions: Sequence[MentionRow],
    customers: Sequence[Person] = (),
    lang: str = "",
) -> Anonymiser:
    """One case's anonymiser. Pseudonyms are lettered in the order people appear, so the
    first customer to write is "Klant A"."""
    people: list[Person] = list(desk.staff)  # first, so brand words are known as such
    for m in mentions:
        if m.direction == Direction.INBOUND.value and (m.author_handle or m.author_name):
            people.append(Person(name=m.author_name, handles=(m.author_handle,)))
    people.extend(customers)
    return Anonymiser(
        case_language(mentions, lang),
        people,
        other_names=desk.other_names,
        brand_words=desk.brand_words,
    )


# -- the replay -----------------------------------------------------------------------------


def _events(session: Session, ticket_id: int) -> list[EventRow]:
    return list(
        session.scalars(
            select(EventRow)
            .where(EventRow.ticket_id == ticket_id)
            .order_by(EventRow.at, EventRow.id)
        )
    )


def _components(payload: Mapping[str, Any]) -> dict[str, int] | None:
    raw = payload.get("components")
    if isinstance(raw, Mapping):
        return {str(k): int(v) for k, v in raw.items() if isinstance(v, int | float)}
    reasons = payload.get("reasons")
    if isinstance(reasons, list):
        return {
            str(r.get("key")): int(r.get("points", 0))
            for r in reasons
            if isinstance(r, Mapping) and r.get("key") != "floor"
        }
    return None


def _scored(state: CaseState, payload: Mapping[str, Any]) -> CaseState:
    if "priority" not in payload:
        return state
    components = _components(payload)
    return _with(
        state,
        priority=int(payload.get("priority") or 0),
        band=str(payload.get("band") or state.band),
        components=components if components is not None else state.components,
    )


def _with(state: CaseState, **changes: Any) -> CaseState:
    return replace(state, **changes)


def advance(state: CaseState, event: EventRow, message: MentionRow | None) -> CaseState:
    """The case right after one event, from the state right before it."""
    kind = event.kind
    payload: Mapping[str, Any] = event.payload or {}
    resolved = state.status == TicketStatus.RESOLVED.value
    if kind == EventKind.ARRIVED.value:
        status = state.status
        if resolved or status == TicketStatus.PENDING.value:
            status = TicketStatus.OPEN.value
        state = _with(
            state,
            status=status,
            sentiment=message.sentiment if message is not None else state.sentiment,
        )
        score = payload.get("score")
        return _scored(state, score) if isinstance(score, Mapping) else state
    if kind == EventKind.REPLIED.value:
        state = _with(state, status=state.status if resolved else TicketStatus.PENDING.value)
        score = payload.get("score")
        return _scored(state, score) if isinstance(score, Mapping) else state
    if kind == EventKind.CLAIMED.value:
        status = TicketStatus.OPEN.value if state.status == TicketStatus.NEW.value else state.status
        return _with(state, status=status, assignee=event.actor)
    if kind == EventKind.RELEASED.value:
        return _with(state, assignee=None)
    if kind == EventKind.ESCALATED.value:
        return _with(state, escalated=True)
    if kind == EventKind.RESOLVED.value:
        return _with(state, status=TicketStatus.RESOLVED.value, assignee=None)
    if kind == EventKind.REOPENED.value:
        return _with(state, status=TicketStatus.OPEN.value)
    if kind == EventKind.SCORED.value:
        return _scored(state, payload)
    if kind == EventKind.SENTIMENT_CORRECTED.value:
        label = str(payload.get("label", ""))
        if label in SENTIMENT_LABELS:
            return _with(state, sentiment=SENTIMENT_LABELS[label])
    return state


def _resolution_text(payload: Mapping[str, Any]) -> tuple[str, str, str]:
    """("solved · billing · refund", compensation, note) from a RESOLVED event."""
    codes = [str(c) for c in payload.get("reason_codes") or () if str(c)]
    head = " · ".join([str(payload.get("outcome") or ""), *codes]).strip(" ·")
    compensation = str(payload.get("compensation") or "").strip()
    amount = payload.get("compensation_amount") or 0
    if isinstance(amount, int | float) and amount:
        compensation = f"{compensation} {amount:.2f}".strip()
    return head, compensation, str(payload.get("note") or "").strip()


@dataclass(slots=True)
class _Step:
    event: EventRow
    message: MentionRow | None
    raw_actor: str
    outbound: bool
    text: str = ""
    head: str = ""  # language-neutral codes ahead of the text (a resolution's outcome)
    tail: str = ""  # a resolution's compensation


def _steps(events: Sequence[EventRow], mentions: Sequence[MentionRow]) -> list[_Step]:
    by_key = {(m.channel, m.external_id): m for m in mentions}
    by_ext = {m.external_id: m for m in mentions}
    out: list[_Step] = []
    for e in events:
        payload: Mapping[str, Any] = e.payload or {}
        ext = str(payload.get("external_id", "")) if not e.redacted else ""
        message = None
        if ext:
            message = by_key.get((str(payload.get("channel", "")), ext)) or by_ext.get(ext)
        step = _Step(e, None, e.actor, outbound=False)
        if e.kind in (EventKind.ARRIVED.value, EventKind.REPLIED.value) and message is not None:
            step.message = message
            step.outbound = message.direction == Direction.OUTBOUND.value
            step.text = message.text
            if not step.outbound:
                step.raw_actor = message.author_name or message.author_handle or e.actor
            elif message.author_handle or message.author_name:
                step.raw_actor = message.author_handle or message.author_name
        elif e.kind == EventKind.REOPENED.value:
            step.message = message  # the message that reopened it; shown by its own step
        elif e.kind == EventKind.NOTED.value:
            step.text, step.outbound = str(payload.get("text", "")), True
        elif e.kind == EventKind.ESCALATED.value:
            step.text, step.outbound = str(payload.get("reason", "")), True
        elif e.kind == EventKind.RESOLVED.value:
            step.head, step.tail, step.text = _resolution_text(payload)
            step.outbound = True
        elif e.kind == EventKind.PRIORITY_CORRECTED.value:
            step.head = str(payload.get("direction", ""))
        elif e.kind == EventKind.SENTIMENT_CORRECTED.value:
            step.head = str(payload.get("label", ""))
        elif e.kind == EventKind.COMPLAINT_CORRECTED.value:
            step.head = "complaint" if payload.get("complaint") else "no_complaint"
        out.append(step)
    return out


def _joined(head: str, tail: str, text: str) -> str:
    first = " · ".join(x for x in (head, tail) if x)
    return "\n".join(x for x in (first, text) if x)


def build(session: Session, ticket_id: int, anonymise: bool, desk: Desk | None = None) -> Replay:
    """The case as it unfolded, step by step; every personal detail replaced when asked."""
    ticket = session.get(TicketRow, ticket_id)
    if ticket is None:
        raise NotFound("ticket", ticket_id)
    events = _events(session, ticket_id)
    mentions = list(
        session.scalars(
            select(MentionRow)
            .where(MentionRow.ticket_id == ticket_id)
            .order_by(MentionRow.created_at, MentionRow.id)
        )
    )
    steps = _steps(events, mentions)
    anon: Anonymiser | None = None
    if anonymise:
        customers: list[Person] = []
        if ticket.customer_id is not None:
            customers = _customer_people(session, [ticket.customer_id])[ticket.customer_id]
        anon = anonymiser_for(desk or Desk.load(session), mentions, customers, ticket.lang)
        for s in steps:  # meet every name once, so its first short mention is caught too
            anon.learn(s.text, s.outbound)

    def person(s: _Step) -> str:
        if anon is None:
            return s.raw_actor
        m = s.message
        if m is not None and s.event.kind in (EventKind.ARRIVED.value, EventKind.REPLIED.value):
            return anon.person(m.author_name, m.author_handle, staff=s.outbound)
        return anon.actor(s.raw_actor)

    def clean(text: str, outbound: bool = False) -> str:
        return anon.anonymise_text(text, outbound) if anon is not None and text else text

    state = START
    out: list[ReplayStep] = []
    for index, s in enumerate(steps):
        state = advance(state, s.event, s.message)
        shown = state
        if anon is not None and state.assignee:
            shown = _with(state, assignee=anon.actor(state.assignee))
        channel = s.message.channel if s.message is not None else ticket.channel
        out.append(
            ReplayStep(
                index=index,
                at=s.event.at,
                kind=s.event.kind,
                actor=person(s),
                channel=clean(channel),
                text=_joined(s.head, clean(s.tail, True), clean(s.text, s.outbound)),
                state=shown,
                event_id=s.event.id,
            )
        )
    out = _with_annotations(session, ticket_id, out, anon)
    resolution = session.scalar(
        select(ResolutionRow)
        .where(ResolutionRow.ticket_id == ticket_id)
        .order_by(ResolutionRow.id.desc())
        .limit(1)
    )
    cards = tuple(
        Scorecard(
            r.id,
            anon.actor(r.author) if anon is not None else r.author,
            {str(k): int(v) for k, v in r.scores.items()},
            clean(r.comment),
            r.at,
        )
        for r in session.scalars(
            select(ScorecardRow)
            .where(ScorecardRow.ticket_id == ticket_id)
            .order_by(ScorecardRow.id)
        )
    )
    return Replay(
        ticket_id=ticket_id,
        channel=clean(ticket.channel),
        anonymised=anonymise,
        opened_at=ticket.opened_at,
        resolved_at=ticket.resolved_at or (resolution.resolved_at if resolution else None),
        outcome=resolution.outcome if resolution is not None else None,
        steps=tuple(out),
        scorecards=cards,
        legend=anon.legend() if anon is not None else {},
    )


def _with_annotations(
    session: Session, ticket_id: int, steps: list[ReplayStep], anon: Anonymiser | None
) -> list[ReplayStep]:
    by_event = {s.event_id: s.index for s in steps if s.event_id is not None}
    found: dict[int, list[Annotation]] = defaultdict(list)
    for r in session.scalars(
        select(AnnotationRow)
        .where(AnnotationRow.ticket_id == ticket_id)
        .order_by(AnnotationRow.at, AnnotationRow.id)
    ):
        index = by_event.get(r.event_id) if r.event_id is not None else None
        if index is None:
            index = r.step
        if not 0 <= index < len(steps):
            continue
        author = anon.actor(r.author) if anon is not None else r.author
        text = anon.anonymise_text(r.text) if anon is not None else r.text
        found[index].append(Annotation(r.id, index, author, text, r.at))
    if not found:
        return steps
    return [
        ReplayStep(
            index=s.index,
            at=s.at,
            kind=s.kind,
            actor=s.actor,
            channel=s.channel,
            text=s.text,
            state=s.state,
            event_id=s.event_id,
            annotations=tuple(found.get(s.index, ())),
        )
        for s in steps
    ]


# -- trainers' work -------------------------------------------------------------------------


def _step_events(session: Session, ticket_id: int) -> list[int]:
    """The event behind each step of a case, in step order. Read from the events where this
    connection may read cases; otherwise (a trainer's own login in team mode) from the
    published training case, which is the replay the trainer saw."""
    if can_read_cases(session.connection()):
        if session.get(TicketRow, ticket_id) is None:
            raise NotFound("ticket", ticket_id)
        return list(
            session.scalars(
                select(EventRow.id)
                .where(EventRow.ticket_id == ticket_id)
                .order_by(EventRow.at, EventRow.id)
            )
        )
    document = session.scalar(
        select(TrainingCaseRow.document).where(TrainingCaseRow.ticket_id == ticket_id)
    )
    if document is None:
        raise NotFound("case", ticket_id)
    return [int(s.get("event_id") or 0) for s in document.get("steps", ())]


def annotate(
    session: Session, ticket_id: int, step: int, author: str, text: str, now: datetime
) -> Annotation:
    """A note on one step of a case, tied to that step's event so it stays put."""
    body = text.strip()
    if not body:
        raise InvalidAction("an annotation cannot be empty")
    if len(body) > MAX_ANNOTATION:
        raise InvalidAction(f"an annotation can hold at most {MAX_ANNOTATION} characters")
    ids = _step_events(session, ticket_id)
    if not 0 <= step < len(ids):
        raise InvalidAction(f"case {ticket_id} has no step {step}")
    row = AnnotationRow(
        ticket_id=ticket_id,
        step=step,
        event_id=ids[step],
        author=author.strip().lower(),
        text=body,
        at=now,
    )
    session.add(row)
    session.flush()
    return Annotation(row.id, step, row.author, body, now)


def score_case(
    session: Session,
    ticket_id: int,
    author: str,
    scores: Mapping[str, int],
    comment: str,
    now: datetime,
) -> Scorecard:
    """How the case was handled: 1 to 5 on each criterion, and a comment."""
    unknown = sorted(set(scores) - set(CRITERIA))
    if unknown:
        raise InvalidAction(f"unknown criteria: {', '.join(unknown)}")
    missing = [c for c in CRITERIA if c not in scores]
    if missing:
        raise InvalidAction(f"score every criterion; missing: {', '.join(missing)}")
    for criterion, value in scores.items():
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
            raise InvalidAction(f"{criterion} must be scored 1 to 5")
    if len(comment) > MAX_COMMENT:
        raise InvalidAction(f"a comment can hold at most {MAX_COMMENT} characters")
    _step_events(session, ticket_id)  # the case exists, for whoever scores it
    ordered = {c: int(scores[c]) for c in CRITERIA}
    row = ScorecardRow(
        ticket_id=ticket_id,
        author=author.strip().lower(),
        scores=ordered,
        comment=comment.strip(),
        at=now,
    )
    session.add(row)
    session.flush()
    return Scorecard(row.id, row.author, ordered, row.comment, now)


# -- the case picker ------------------------------------------------------------------------


def _one_line(text: str, limit: int = SUMMARY_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def summarise(
    session: Session, tickets: Sequence[TicketRow], desk: Desk, counts: Mapping[int, int]
) -> list[tuple[CaseSummary, str]]:
    """Each ticket's line in the case picker, anonymised, with the case's language; `counts`
    holds the number of events (steps) per ticket."""
    ids = [t.id for t in tickets]
    outcomes: dict[int, str] = {}
    for tid, outcome in session.execute(
        select(ResolutionRow.ticket_id, ResolutionRow.outcome)
        .where(ResolutionRow.ticket_id.in_(ids))
        .order_by(ResolutionRow.id)
    ):
        outcomes[tid] = outcome  # the latest wins
    messages: dict[int, list[MentionRow]] = defaultdict(list)
    for m in session.scalars(
        select(MentionRow)
        .where(MentionRow.ticket_id.in_(ids))
        .order_by(MentionRow.created_at, MentionRow.id)
    ):
        messages[m.ticket_id].append(m)
    people = _customer_people(session, [t.customer_id for t in tickets if t.customer_id])
    out: list[tuple[CaseSummary, str]] = []
    for t in tickets:
        thread = messages[t.id]
        anon = anonymiser_for(desk, thread, people.get(t.customer_id or 0, []), t.lang)
        first = next((m for m in thread if m.direction == Direction.INBOUND.value), None)
        summary = ""
        if first is not None:
            anon.learn(first.text)
            who = anon.person(first.author_name, first.author_handle)
            text = _one_line(anon.anonymise_text(first.text))
            summary = f"{who}: {text}" if who else text
        row = CaseSummary(
            t.id,
            anon.anonymise_text(t.channel),
            t.resolved_at,
            outcomes.get(t.id),
            counts.get(t.id, 0),
            summary,
        )
        out.append((row, anon.lang))
    return out


def resolved_cases(
    session: Session, limit: int = 200, search: str = "", scan: int = 2_000
) -> list[CaseSummary]:
    """Resolved cases, newest first, each summed up by its first message, anonymised.

    The search runs over what the picker shows (the anonymised summary, the channel, the
    outcome and the case number), never over the raw text: searching for a name must not
    tell a trainer which case mentions it. At most `scan` cases are looked at.
    """
    needle = " ".join(search.lower().split())
    desk = Desk.load(session)
    out: list[CaseSummary] = []
    offset, chunk = 0, 200
    while len(out) < limit and offset < scan:
        tickets = list(
            session.scalars(
                select(TicketRow)
                .where(TicketRow.status == TicketStatus.RESOLVED.value)
                .order_by(TicketRow.resolved_at.desc(), TicketRow.id.desc())
                .offset(offset)
                .limit(chunk)
            )
        )
        if not tickets:
            break
        offset += len(tickets)
        ids = [t.id for t in tickets]
        counts: dict[int, int] = {
            tid: int(n)
            for tid, n in session.execute(
                select(EventRow.ticket_id, func.count(EventRow.id))
                .where(EventRow.ticket_id.in_(ids))
                .group_by(EventRow.ticket_id)
            )
            if tid is not None
        }
        for row, _lang in summarise(session, tickets, desk, counts):
            haystack = f"#{row.ticket_id} {row.channel} {row.outcome or ''} {row.summary}".lower()
            if needle and needle not in haystack:
                continue
            out.append(row)
            if len(out) >= limit:
                break
    return out
