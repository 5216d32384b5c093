"""Training cases: resolved cases anonymised once, for trainers to read.

In team mode a trainer's database login may read no raw case (triage/store/team_security.py),
so it cannot anonymise one either. Those who may read cases publish them instead: `publish`
anonymises every resolved case not yet published, or changed since, with the same replay the
lead's desk builds (`replay.build(..., anonymise=True)`) and upserts it into `training_cases`
with the line the trainer's case picker shows. The scheduler runs it every ten minutes on every
desk whose user may read cases; `Triage.publish_training_cases` and `python -m triage team
publish` run it on demand.

A case's fingerprint is what its replay is made of: its events (how many, the newest, how many
erased), its annotations and scorecards, and the ticket's version. A case that changed (a late
note, an annotation, a GDPR erasure) is published again; a case no longer resolved is withdrawn.

Anonymising reads a lot, so it runs outside any write transaction (writers take the audit
chain's lock at their first write, and every other writer would wait on it); each batch of
cases is then written in one short transaction. Two desks publishing at once both upsert the
same rows: the last one wins, with the same content.

Reading: a trainer gets the published document (`Replay.from_document`) plus their own
annotations and scorecards written since it was published. Where the connection may read raw
cases (SQLite: one desk; a misconfigured role), the case is brought up to date first, so a
single desk behaves as before.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from triage.domain.enums import TicketStatus
from triage.domain.errors import NotFound
from triage.domain.replay import Annotation, Replay, ReplayStep, Scorecard
from triage.services import replay as replays
from triage.services.replay import CaseSummary, Desk
from triage.store.db import unit_of_work
from triage.store.tables import (
    AnnotationRow,
    EventRow,
    ScorecardRow,
    TicketRow,
    TrainingCaseRow,
)
from triage.store.team_security import can_read_cases

PUBLISH_FORMAT = 1  # part of every fingerprint: a new format republishes everything
BATCH = 25  # cases per write transaction
LIMIT = 500  # cases per run, newest first; the rest wait for the next run
IN_CHUNK = 500


@dataclass(frozen=True, slots=True)
class PublishReport:
    published: int
    withdrawn: int  # no longer resolved
    pending: int  # stale cases left for the next run

    def as_json(self) -> dict[str, int]:
        return {"published": self.published, "withdrawn": self.withdrawn, "pending": self.pending}


def _chunks(items: Sequence[int], size: int = IN_CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def fingerprints(
    session: Session, ticket_ids: Collection[int] | None = None
) -> dict[int, tuple[str, datetime | None]]:
    """Resolved ticket id -> (fingerprint, resolved_at)."""
    ev = select(
        EventRow.ticket_id.label("tid"),
        func.max(EventRow.id).label("last"),
        func.count(EventRow.id).label("n"),
        func.count(case((EventRow.redacted.is_(True), 1))).label("erased"),
    ).where(EventRow.ticket_id.is_not(None))
    an = select(
        AnnotationRow.ticket_id.label("tid"),
        func.max(AnnotationRow.id).label("last"),
        func.count(AnnotationRow.id).label("n"),
    )
    sc = select(
        ScorecardRow.ticket_id.label("tid"),
        func.max(ScorecardRow.id).label("last"),
        func.count(ScorecardRow.id).label("n"),
    )
    tickets = select(TicketRow.id, TicketRow.resolved_at, TicketRow.version).where(
        TicketRow.status == TicketStatus.RESOLVED.value
    )
    if ticket_ids is not None:
        ids = sorted(ticket_ids)
        ev = ev.where(EventRow.ticket_id.in_(ids))
        an = an.where(AnnotationRow.ticket_id.in_(ids))
        sc = sc.where(ScorecardRow.ticket_id.in_(ids))
        tickets = tickets.where(TicketRow.id.in_(ids))
    e = ev.group_by(EventRow.ticket_id).subquery()
    a = an.group_by(AnnotationRow.ticket_id).subquery()
    c = sc.group_by(ScorecardRow.ticket_id).subquery()
    t = tickets.subquery()
    rows = session.execute(
        select(
            t.c.id,
            t.c.resolved_at,
            t.c.version,
            e.c.last,
            e.c.n,
            e.c.erased,
            a.c.last,
            a.c.n,
            c.c.last,
            c.c.n,
        )
        .select_from(t)
        .outerjoin(e, e.c.tid == t.c.id)
        .outerjoin(a, a.c.tid == t.c.id)
        .outerjoin(c, c.c.tid == t.c.id)
    )
    out: dict[int, tuple[str, datetime | None]] = {}
    for tid, resolved_at, *parts in rows:
        made_of = ":".join("-" if p is None else str(int(p)) for p in parts)
        out[int(tid)] = (f"{PUBLISH_FORMAT}:{made_of}", resolved_at)
    return out


def _stamp(at: datetime | None) -> float:
    return at.timestamp() if at is not None else float("-inf")


def _published(session: Session, ticket_ids: Collection[int] | None = None) -> dict[int, str]:
    stmt = select(TrainingCaseRow.ticket_id, TrainingCaseRow.fingerprint)
    if ticket_ids is not None:
        stmt = stmt.where(TrainingCaseRow.ticket_id.in_(sorted(ticket_ids)))
    return {int(tid): str(fp) for tid, fp in session.execute(stmt)}


def _anonymised(
    session: Session, ids: Sequence[int], desk: Desk, prints: dict[int, str], now: datetime
) -> list[dict[str, Any]]:
    tickets = list(session.scalars(select(TicketRow).where(TicketRow.id.in_(ids))))
    order = {tid: i for i, tid in enumerate(ids)}
    tickets.sort(key=lambda t: order[t.id])
    made: list[dict[str, Any]] = []
    docs: dict[int, Replay] = {t.id: replays.build(session, t.id, True, desk) for t in tickets}
    counts = {tid: len(r.steps) for tid, r in docs.items()}
    for row, lang in replays.summarise(session, tickets, desk, counts):
        replay = docs[row.ticket_id]
        made.append(
            {
                "ticket_id": row.ticket_id,
                "lang": lang,
                "channel": row.channel,
                "resolved_at": row.resolved_at,
                "outcome": row.outcome,
                "steps": row.steps,
                "summary": row.summary,
                "document": replay.to_document(),
                "fingerprint": prints[row.ticket_id],
                "published_at": now,
            }
        )
    return made


def _upsert(session: Session, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    table = TrainingCaseRow.__table__
    name = session.get_bind().dialect.name
    if name not in ("postgresql", "sqlite"):  # pragma: no cover - the app runs on these two
        for r in rows:
            session.merge(TrainingCaseRow(**r))
        return
    dialect: Any = postgresql if name == "postgresql" else sqlite
    stmt = dialect.insert(table).values(rows)
    stmt = stmt.on_conflict_do_update(
        index_elements=[table.c.ticket_id],
        set_={c: stmt.excluded[c] for c in rows[0] if c != "ticket_id"},
    )
    session.execute(stmt)


def publish(
    sessions: sessionmaker[Session],
    now: datetime,
    limit: int = LIMIT,
    ticket_ids: Collection[int] | None = None,
) -> PublishReport:
    """Anonymise resolved cases not yet published or changed since (newest first, at most
    `limit`), and withdraw published cases that are no longer resolved."""
    with sessions() as s:
        current = fingerprints(s, ticket_ids)
        stored = _published(s, ticket_ids)
    gone = sorted(tid for tid in stored if tid not in current)
    stale = sorted(
        (tid for tid, (fp, _) in current.items() if stored.get(tid) != fp),
        key=lambda tid: (_stamp(current[tid][1]), tid),
        reverse=True,
    )
    todo = stale[: max(0, limit)]
    prints = {tid: current[tid][0] for tid in todo}
    published = 0
    desk: Desk | None = None
    for batch in _chunks(todo, BATCH):
        with sessions() as s:  # reading and anonymising: no write lock held meanwhile
            desk = desk or Desk.load(s)
            rows = _anonymised(s, batch, desk, prints, now)
        with unit_of_work(sessions) as s:
            _upsert(s, rows)
        published += len(rows)
    for part in _chunks(gone):
        with unit_of_work(sessions) as s:
            s.execute(delete(TrainingCaseRow).where(TrainingCaseRow.ticket_id.in_(part)))
    return PublishReport(published, len(gone), len(stale) - len(todo))


def _raw_readable(sessions: sessionmaker[Session]) -> bool:
    with sessions() as s:
        return can_read_cases(s.connection())


# -- reading, for trainers --------------------------------------------------------------------


def published_replay(
    sessions: sessionmaker[Session], ticket_id: int, viewer: str | None, now: datetime
) -> Replay:
    """The published case, with the viewer's own annotations and scorecards written since."""
    if _raw_readable(sessions):
        publish(sessions, now, ticket_ids=[ticket_id])
    with sessions() as s:
        document = s.scalar(
            select(TrainingCaseRow.document).where(TrainingCaseRow.ticket_id == ticket_id)
        )
        if document is None:
            raise NotFound("case", ticket_id)
        replay = Replay.from_document(document)
        if viewer:
            replay = _with_own_work(s, replay, viewer.strip().lower())
    return replay


def _with_own_work(session: Session, replay: Replay, viewer: str) -> Replay:
    """Add what the viewer wrote since the case was published (their words, their name: they
    saw only the anonymised case). Republishing later gives them pseudonyms like the rest."""
    known = {a.id for s in replay.steps for a in s.annotations}
    by_event = {s.event_id: s.index for s in replay.steps if s.event_id is not None}
    extra: dict[int, list[Annotation]] = {}
    for r in session.scalars(
        select(AnnotationRow)
        .where(AnnotationRow.ticket_id == replay.ticket_id, AnnotationRow.author == viewer)
        .order_by(AnnotationRow.at, AnnotationRow.id)
    ):
        if r.id in known:
            continue
        index = by_event.get(r.event_id) if r.event_id is not None else None
        index = r.step if index is None else index
        if 0 <= index < len(replay.steps):
            extra.setdefault(index, []).append(Annotation(r.id, index, r.author, r.text, r.at))
    cards = {c.id for c in replay.scorecards}
    new_cards = tuple(
        Scorecard(r.id, r.author, {str(k): int(v) for k, v in r.scores.items()}, r.comment, r.at)
        for r in session.scalars(
            select(ScorecardRow)
            .where(ScorecardRow.ticket_id == replay.ticket_id, ScorecardRow.author == viewer)
            .order_by(ScorecardRow.id)
        )
        if r.id not in cards
    )
    if not extra and not new_cards:
        return replay
    steps = tuple(
        ReplayStep(
            index=s.index,
            at=s.at,
            kind=s.kind,
            actor=s.actor,
            channel=s.channel,
            text=s.text,
            state=s.state,
            event_id=s.event_id,
            annotations=(*s.annotations, *extra.get(s.index, ())),
        )
        for s in replay.steps
    )
    return Replay(
        ticket_id=replay.ticket_id,
        channel=replay.channel,
        anonymised=replay.anonymised,
        opened_at=replay.opened_at,
        resolved_at=replay.resolved_at,
        outcome=replay.outcome,
        steps=steps,
        scorecards=(*replay.scorecards, *new_cards),
        legend=replay.legend,
    )


def published_cases(
    sessions: sessionmaker[Session], limit: int, search: str, now: datetime, scan: int = 5_000
) -> list[CaseSummary]:
    """The trainer's case picker from the published cases, newest first. The search runs over
    what the picker shows, as `replay.resolved_cases` does; at most `scan` cases are looked at."""
    if _raw_readable(sessions):
        publish(sessions, now, limit=max(limit, 1))
    needle = " ".join(search.lower().split())
    out: list[CaseSummary] = []
    with sessions() as s:
        rows = s.execute(
            select(
                TrainingCaseRow.ticket_id,
                TrainingCaseRow.channel,
                TrainingCaseRow.resolved_at,
                TrainingCaseRow.outcome,
                TrainingCaseRow.steps,
                TrainingCaseRow.summary,
            )
            .order_by(TrainingCaseRow.resolved_at.desc(), TrainingCaseRow.ticket_id.desc())
            .limit(scan)
        )
        for tid, channel, resolved_at, outcome, steps, summary in rows:
            row = CaseSummary(int(tid), channel, resolved_at, outcome, int(steps), summary)
            haystack = f"#{row.ticket_id} {row.channel} {row.outcome or ''} {row.summary}".lower()
            if needle and needle not in haystack:
                continue
            out.append(row)
            if len(out) >= limit:
                break
    return out
