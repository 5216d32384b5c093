"""The ingest pipeline: dedup → thread → analyse → score → store, in batches of one transaction.

Idempotent: a message is known by (channel, external_id), so importing a file twice adds nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session, sessionmaker

from triage.analysis.analyzer import MessageAnalyzer
from triage.analysis.cues import cue_points, repeat_level
from triage.analysis.parallel import (
    BYTES_PER_MESSAGE,
    PARALLEL_FROM,
    AnalysisPool,
    default_workers,
)
from triage.analysis.text import snippet
from triage.clock import Clock
from triage.domain.enums import (
    CueClass,
    Direction,
    EventKind,
    TicketStatus,
    Visibility,
    channel_visibility,
)
from triage.domain.models import (
    Analysis,
    CueHit,
    ImportReport,
    Progress,
    QuarantineEntry,
    RawMention,
)
from triage.ingest import ticket_state
from triage.ingest.formats import Parsed, detect_format, parse
from triage.ingest.threading import thread_order
from triage.ingest.ticket_state import TicketState
from triage.scoring.sla import sla_minutes
from triage.scoring.sla_policy import PolicySet
from triage.scoring.tickets import rescore
from triage.store import bulk
from triage.store.db import unit_of_work
from triage.store.tables import (
    Base,
    CustomerRow,
    IdentityRow,
    MentionRow,
    QuarantineRow,
    TicketRow,
)

SYSTEM = "system"
MENTIONS = Table("mentions", Base.metadata)
EVENTS = Table("events", Base.metadata)
CUSTOMERS = Table("customers", Base.metadata)
IDENTITIES = Table("identities", Base.metadata)
RESOLVED = TicketStatus.RESOLVED.value
REPEAT_WINDOW = timedelta(days=7)
SORT_WINDOW = 100_000  # messages ordered together so replies find parents from the same file
MAX_EVIDENCE = 12
RECENT_INBOUND = 5  # inbound times kept per ticket to see a thread speed up
ProgressFn = Callable[[Progress], None]


COMPLAINT_HIT = CueHit(CueClass.COMPLAINT, "")


def signal_hits(a: Analysis) -> tuple[CueHit, ...]:
    """The word-list cues plus the tone model's complaint call, as one set of escalation cues."""
    return (*a.cues, COMPLAINT_HIT) if a.signals.is_complaint else a.cues


def identity_channel(channel: str) -> str:
    """The account space a handle lives in: 'x' and 'x_dm' are the same person."""
    for suffix in ("_dm", "-dm", "_direct"):
        if channel.endswith(suffix):
            return channel[: -len(suffix)]
    return channel


def normalise_handle(handle: str) -> str:
    return handle.strip().lower()


@dataclass(slots=True)
class _Item:
    mention: RawMention
    analysis: Analysis | None
    customer_id: int | None
    ticket: TicketState | None = None
    reopened: bool = False


def storable(raw: str) -> str:
    """A rejected line as text any database keeps: PostgreSQL text cannot hold NUL, and no
    UTF-8 column holds the lone surrogates undecodable bytes became."""
    if raw.isascii() and "\x00" not in raw:
        return raw
    return raw.replace("\x00", "\ufffd").encode("utf-8", "replace").decode("utf-8")


class Importer:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        analyzer: MessageAnalyzer,
        clock: Clock,
        sla_targets: dict[str, int] | None = None,
        batch_size: int = 1000,
        actor: str = SYSTEM,
        workers: int | None = None,
        policies: Callable[[Session], PolicySet] | None = None,
    ) -> None:
        self.sessions = sessions
        self.analyzer = analyzer
        self.clock = clock
        self.sla_targets = sla_targets
        self.batch_size = batch_size
        self.actor = actor
        self.workers = default_workers() if workers is None else workers
        self._source_id: int | None = None
        # The team's SLA policy set, read once per batch (None: targets per channel, 24/7).
        self.policies = policies

    # -- entry points -------------------------------------------------------------------------

    def import_file(
        self, path: Path, fmt: str = "auto", progress: ProgressFn | None = None
    ) -> ImportReport:
        data = path.read_bytes()
        if fmt == "auto":
            fmt = detect_format(path, data[:65536])
        with AnalysisPool(self.analyzer, self.workers) as pool:
            if len(data) >= PARALLEL_FROM * BYTES_PER_MESSAGE:
                pool.start()  # warms up while the file is parsed
            return self._import(parse(data, fmt, self.clock.now()), path.name, progress, pool)

    def import_parsed(
        self, items: Iterable[Parsed], origin: str, progress: ProgressFn | None = None
    ) -> ImportReport:
        with AnalysisPool(self.analyzer, self.workers) as pool:
            return self._import(items, origin, progress, pool)

    def store_polled(
        self, session: Session, items: Sequence[Parsed], origin: str, source_id: int | None
    ) -> ImportReport:
        """A poll's items, analysed and stored in the caller's transaction with its cursor."""
        report = ImportReport()
        fresh: list[RawMention] = []
        bad: list[QuarantineEntry] = []
        seen: set[tuple[str, str]] = set()
        for item in items:
            if isinstance(item, QuarantineEntry):
                bad.append(item)
            elif (item.channel, item.external_id) in seen:
                report.duplicates += 1  # the same message on two pages of one poll
            else:
                seen.add((item.channel, item.external_id))
                fresh.append(item)
        ordered = self._drop_known(session, thread_order(fresh), report)
        texts = [(m.text, m.lang) for m in ordered if m.direction is Direction.INBOUND]
        analyses = self.analyzer.analyze_many(texts) if texts else []
        self._source_id = source_id
        try:
            self._store_batch(session, ordered, analyses, report)
        finally:
            self._source_id = None
        self._quarantine_in(session, bad, origin, report)
        return report

    def _import(
        self,
        items: Iterable[Parsed],
        origin: str,
        progress: ProgressFn | None,
        pool: AnalysisPool,
    ) -> ImportReport:
        report = ImportReport()
        window: list[RawMention] = []
        bad: list[QuarantineEntry] = []
        for item in items:
            if isinstance(item, QuarantineEntry):
                bad.append(item)
            else:
                window.append(item)
            if len(window) >= SORT_WINDOW:
                self._store_window(window, report, progress, pool)
                window = []
        self._store_window(window, report, progress, pool)
        self._quarantine(bad, origin, report)
        return report

    # -- internals ----------------------------------------------------------------------------

    def _quarantine(
        self, bad: Sequence[QuarantineEntry], origin: str, report: ImportReport
    ) -> None:
        if bad:
            with unit_of_work(self.sessions) as session:
                self._quarantine_in(session, bad, origin, report)

    def _quarantine_in(
        self, session: Session, bad: Sequence[QuarantineEntry], origin: str, report: ImportReport
    ) -> None:
        if not bad:
            return
        now = self.clock.now()
        session.execute(
            insert(QuarantineRow),
            [
                {
                    "origin": origin,
                    "line": e.line,
                    "reason": e.reason,
                    "raw": storable(e.raw),
                    "created_at": now,
                }
                for e in bad
            ],
        )
        report.quarantined += len(bad)
        report.errors.extend(bad)

    def _store_window(
        self,
        window: list[RawMention],
        report: ImportReport,
        progress: ProgressFn | None,
        pool: AnalysisPool,
    ) -> None:
        unique: dict[tuple[str, str], RawMention] = {}
        for m in window:
            key = (m.channel, m.external_id)
            if key in unique:
                report.duplicates += 1  # the same message twice in one file
            else:
                unique[key] = m
        ordered = thread_order(unique.values())
        with self.sessions() as session:  # known messages are never analysed again
            fresh = [
                m
                for start in range(0, len(ordered), 5000)
                for m in self._drop_known(session, ordered[start : start + 5000], report)
            ]
        batches = [fresh[i : i + self.batch_size] for i in range(0, len(fresh), self.batch_size)]
        texts = [[(m.text, m.lang) for m in b if m.direction is Direction.INBOUND] for b in batches]
        done = 0
        analysed = pool.analyse(texts)
        for batch, analyses in zip(batches, analysed, strict=True):
            with unit_of_work(self.sessions) as session:
                self._store_batch(session, batch, analyses, report)
            done += len(batch)
            if progress:
                progress(Progress(done, len(fresh)))

    def _store_batch(
        self,
        session: Session,
        batch: list[RawMention],
        analyses: list[Analysis],
        report: ImportReport,
    ) -> None:
        now = self.clock.now()
        results = iter(analyses)
        paired = [(m, next(results) if m.direction is Direction.INBOUND else None) for m in batch]
        # Checked again inside the transaction: another poller may have stored some meanwhile.
        still_new = {(m.channel, m.external_id) for m in self._drop_known(session, batch, report)}
        items = [_Item(m, a, None) for m, a in paired if (m.channel, m.external_id) in still_new]
        if not items:
            return
        self._link_customers(session, items, now)
        touched, created = self._thread(session, items, now)
        self._count_contacts(session, touched)
        values = self._customer_values(session, touched)
        policies = self.policies(session) if self.policies is not None else None
        last_event: dict[int, dict[str, Any]] = {}
        for ticket in touched:
            rescore(ticket, now, values.get(ticket.customer_id or 0), policies=policies)
            # The full explanation lives on the ticket; the timeline keeps the points.
            last_event[id(ticket)] = {
                "priority": ticket.priority,
                "band": ticket.band,
                "components": ticket.components,
            }
        ticket_state.insert_new(session, created)
        ticket_state.update_existing(session, [t for t in touched if t not in created])
        self._insert_messages(session, items, now, last_event)
        report.added += len(items)
        report.tickets_touched += len(touched)

    def _drop_known(
        self, session: Session, batch: list[RawMention], report: ImportReport
    ) -> list[RawMention]:
        channels = {m.channel for m in batch}
        ids = {m.external_id for m in batch}
        known: set[tuple[str, str]] = {
            (c, e)
            for c, e in session.execute(
                select(MentionRow.channel, MentionRow.external_id).where(
                    MentionRow.channel.in_(channels), MentionRow.external_id.in_(ids)
                )
            )
        }
        fresh: list[RawMention] = []
        for m in batch:
            if (m.channel, m.external_id) in known:
                report.duplicates += 1
            else:
                fresh.append(m)
        return fresh

    def _link_customers(self, session: Session, items: list[_Item], now: datetime) -> None:
        """Each inbound author becomes (or already is) a customer through an identity."""
        wanted: dict[tuple[str, str], RawMention] = {}
        keys: list[tuple[str, str] | None] = []
        for item in items:
            m = item.mention
            if m.direction is Direction.INBOUND and m.author.strip():
                key = (identity_channel(m.channel), normalise_handle(m.author))
                wanted.setdefault(key, m)
                keys.append(key)
            else:
                keys.append(None)
        if not wanted:
            return
        found: dict[tuple[str, str], int] = {}
        rows = session.execute(
            select(IdentityRow.channel, IdentityRow.handle, IdentityRow.customer_id).where(
                IdentityRow.handle.in_({h for _, h in wanted})
            )
        )
        for channel, handle, customer_id in rows:
            found[(channel, handle)] = customer_id
        missing = [key for key in wanted if key not in found]
        if missing:
            new_ids = bulk.insert_returning_ids(
                session,
                CUSTOMERS,
                [
                    {"display_name": wanted[k].author_name or wanted[k].author, "created_at": now}
                    for k in missing
                ],
            )
            bulk.insert_many(
                session,
                IDENTITIES,
                [
                    {
                        "customer_id": cid,
                        "channel": key[0],
                        "handle": key[1],
                        "display_name": wanted[key].author_name,
                        "followers": wanted[key].followers,
                        "created_at": now,
                    }
                    for key, cid in zip(missing, new_ids, strict=True)
                ],
            )
            found.update(zip(missing, new_ids, strict=True))
        for item, maybe in zip(items, keys, strict=True):
            if maybe is not None:
                item.customer_id = found[maybe]

    def _thread(
        self, session: Session, items: list[_Item], now: datetime
    ) -> tuple[list[TicketState], list[TicketState]]:
        in_batch: dict[tuple[str, str], TicketState] = {}
        parents = self._stored_parents(session, items)
        open_private = self._open_private_tickets(session, items)
        touched: dict[int, TicketState] = {}
        created: list[TicketState] = []
        for item in items:
            m = item.mention
            ticket = None
            if m.in_reply_to:
                parent_key = (m.channel, m.in_reply_to)
                ticket = in_batch.get(parent_key) or parents.get(parent_key)
                if ticket is not None and self._someone_else(ticket, item):
                    ticket.joiners += 1  # the thread draws people: it heats up
                    touched[id(ticket)] = ticket
                    ticket = None  # another customer joining a public thread: their own case
            private = channel_visibility(m.channel) is not Visibility.PUBLIC
            if ticket is None and private and item.customer_id is not None:
                ticket = open_private.get((item.customer_id, m.channel))
            if ticket is None:
                ticket = self._new_ticket(item, now)
                created.append(ticket)
            if private and item.customer_id is not None and ticket.status != RESOLVED:
                open_private[(item.customer_id, m.channel)] = ticket
            if ticket.customer_id is None and item.customer_id is not None:
                ticket.customer_id = item.customer_id
            if m.direction is Direction.INBOUND:
                self._apply_inbound(ticket, item)
            else:
                self._apply_outbound(ticket, m)
            ticket.updated_at = now
            ticket.version += 1
            item.ticket = ticket
            in_batch[(m.channel, m.external_id)] = ticket
            touched[id(ticket)] = ticket
        return list(touched.values()), created

    @staticmethod
    def _someone_else(ticket: TicketState, item: _Item) -> bool:
        return (
            item.mention.direction is Direction.INBOUND
            and item.customer_id is not None
            and ticket.customer_id is not None
            and ticket.customer_id != item.customer_id
        )

    def _stored_parents(
        self, session: Session, items: list[_Item]
    ) -> dict[tuple[str, str], TicketState]:
        here = {(i.mention.channel, i.mention.external_id) for i in items}
        wanted = {
            (i.mention.channel, i.mention.in_reply_to)
            for i in items
            if i.mention.in_reply_to and (i.mention.channel, i.mention.in_reply_to) not in here
        }
        if not wanted:
            return {}
        rows = session.execute(
            select(MentionRow.channel, MentionRow.external_id, MentionRow.ticket_id).where(
                MentionRow.channel.in_({c for c, _ in wanted}),
                MentionRow.external_id.in_({e for _, e in wanted}),
            )
        )
        by_key = {(c, e): t for c, e, t in rows if (c, e) in wanted}
        tickets = ticket_state.load(session, set(by_key.values()))
        return {key: tickets[tid] for key, tid in by_key.items()}

    def _open_private_tickets(
        self, session: Session, items: list[_Item]
    ) -> dict[tuple[int, str], TicketState]:
        keys = {
            (i.customer_id, i.mention.channel)
            for i in items
            if i.customer_id is not None
            and channel_visibility(i.mention.channel) is not Visibility.PUBLIC
        }
        if not keys:
            return {}
        rows = session.execute(
            select(TicketRow.id, TicketRow.customer_id, TicketRow.channel)
            .where(
                TicketRow.customer_id.in_({c for c, _ in keys}),
                TicketRow.channel.in_({ch for _, ch in keys}),
                TicketRow.status != RESOLVED,
            )
            .order_by(TicketRow.last_inbound_at)
        )
        latest = {(c, ch): tid for tid, c, ch in rows if c is not None and (c, ch) in keys}
        tickets = ticket_state.load(session, set(latest.values()))
        return {key: tickets[tid] for key, tid in latest.items()}

    def _new_ticket(self, item: _Item, now: datetime) -> TicketState:
        m = item.mention
        return TicketState(
            channel=m.channel,
            customer_id=item.customer_id,
            opened_at=m.created_at,
            last_inbound_at=m.created_at,
            updated_at=now,
            sla_minutes=sla_minutes(m.channel, self.sla_targets),
            author=m.author,
            author_name=m.author_name,
            snippet=snippet(m.text),
            lang=m.lang,
        )

    def _apply_inbound(self, t: TicketState, item: _Item) -> None:
        m, a = item.mention, item.analysis
        assert a is not None
        first = t.message_count == 0
        t.message_count += 1
        s = a.sentiment_100
        if first or m.created_at >= t.last_inbound_at:
            t.last_inbound_at = m.created_at
            t.snippet = snippet(m.text)
            t.sentiment = s
            t.lang = a.lang
            t.author = m.author or t.author
            t.author_name = m.author_name or t.author_name
            t.followers = max(m.followers, t.followers)
            t.interactions = m.interactions
        if first:
            t.first_sentiment = s
        if t.status == RESOLVED:
            t.status = TicketStatus.OPEN.value
            t.reopened += 1
            t.resolved_at = None
            item.reopened = True
        elif t.status == TicketStatus.PENDING.value:
            t.status = TicketStatus.OPEN.value
        if t.last_outbound_at is not None and t.waiting_since is None:
            t.followups += 1  # the customer came back after our reply
        if t.waiting_since is None:
            t.waiting_since = m.created_at
        t.recent_inbound = [*t.recent_inbound, m.created_at.isoformat()][-RECENT_INBOUND:]
        hits = signal_hits(a)
        if hits:
            self._merge_cues(t, hits)
            t.repeat_contacts = max(t.repeat_contacts, repeat_level(hits))

    @staticmethod
    def _merge_cues(t: TicketState, hits: Sequence[CueHit]) -> None:
        classes = list(t.cue_classes)
        evidence = list(t.cue_evidence)
        for hit in hits:
            if hit.cue.value not in classes:
                classes.append(hit.cue.value)
            if len(evidence) < MAX_EVIDENCE:
                evidence.append({"cue": hit.cue.value, "text": hit.evidence})
        t.cue_classes = classes
        t.cue_evidence = evidence
        t.cue_points = cue_points(CueHit(CueClass(c), "") for c in classes)

    @staticmethod
    def _apply_outbound(t: TicketState, m: RawMention) -> None:
        t.message_count += 1
        if t.last_outbound_at is None or m.created_at > t.last_outbound_at:
            t.last_outbound_at = m.created_at
        if t.first_response_at is None and m.created_at >= t.opened_at:
            t.first_response_at = m.created_at
        if t.waiting_since is not None and m.created_at >= t.waiting_since:
            t.waiting_since = None
            # Cues score the customer's open turn; once answered they stay in the timeline only.
            t.cue_classes = []
            t.cue_points = 0.0
        if t.status != RESOLVED:
            t.status = TicketStatus.PENDING.value

    def _count_contacts(self, session: Session, touched: list[TicketState]) -> None:
        """Contacts in the last 7 days across channels, and whether the customer switched."""
        customers = {t.customer_id for t in touched if t.customer_id is not None}
        if not customers:
            return
        earliest = min(t.last_inbound_at for t in touched) - REPEAT_WINDOW
        history: dict[int, list[tuple[datetime, datetime, str]]] = defaultdict(list)
        seen: set[int] = set()
        rows = session.execute(
            select(
                TicketRow.id,
                TicketRow.customer_id,
                TicketRow.opened_at,
                TicketRow.last_inbound_at,
                TicketRow.channel,
            ).where(TicketRow.customer_id.in_(customers), TicketRow.last_inbound_at >= earliest)
        )
        for ticket_id, customer_id, opened, last, channel in rows:
            seen.add(ticket_id)
            if customer_id is not None:
                history[customer_id].append((opened, last, channel))
        for t in touched:  # this batch's own state is newer than what is stored
            if t.customer_id is not None and (t.id is None or t.id not in seen):
                history[t.customer_id].append((t.opened_at, t.last_inbound_at, t.channel))
        for t in touched:
            if t.customer_id is None:
                continue
            at = t.last_inbound_at
            recent = [
                c for o, last, c in history[t.customer_id] if last >= at - REPEAT_WINDOW and o <= at
            ]
            t.repeat_contacts = max(t.repeat_contacts, len(recent) + t.followups)
            t.channel_switch = len({identity_channel(c) for c in recent}) > 1

    @staticmethod
    def _customer_values(session: Session, touched: list[TicketState]) -> dict[int, float | None]:
        ids = {t.customer_id for t in touched if t.customer_id is not None}
        if not ids:
            return {}
        rows = session.execute(
            select(CustomerRow.id, CustomerRow.value_pct).where(
                CustomerRow.id.in_(ids), CustomerRow.value_pct.is_not(None)
            )
        )
        return {cid: value for cid, value in rows}

    def _insert_messages(
        self,
        session: Session,
        items: list[_Item],
        now: datetime,
        scores: dict[int, dict[str, Any]],
    ) -> None:
        mentions: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        last_of_ticket: dict[int, dict[str, Any]] = {}
        for item in items:
            m, a, t = item.mention, item.analysis, item.ticket
            assert t is not None
            inbound = m.direction is Direction.INBOUND
            mentions.append(
                {
                    "ticket_id": t.id,
                    "channel": m.channel,
                    "external_id": m.external_id,
                    "direction": m.direction.value,
                    "author_handle": m.author,
                    "author_name": m.author_name,
                    "author_followers": m.followers,
                    "text": m.text,
                    "lang": a.lang if a else m.lang,
                    "sentiment": a.sentiment_100 if a else 50.0,
                    "cues": [{"cue": h.cue, "text": h.evidence} for h in signal_hits(a)]
                    if a
                    else [],
                    "created_at": m.created_at,
                    "url": m.url,
                    "in_reply_to": m.in_reply_to,
                    "interactions": m.interactions,
                    "labels": m.labels,
                    "imported_at": now,
                    "source_id": self._source_id,
                }
            )
            if item.reopened:
                events.append(
                    {
                        "ticket_id": t.id,
                        "kind": EventKind.REOPENED.value,
                        "actor": SYSTEM,
                        "at": m.created_at,
                        "payload": {"external_id": m.external_id},
                    }
                )
            event: dict[str, Any] = {
                "ticket_id": t.id,
                "kind": (EventKind.ARRIVED if inbound else EventKind.REPLIED).value,
                "actor": SYSTEM if inbound else (m.author or SYSTEM),
                "at": m.created_at,
                "payload": {"external_id": m.external_id, "channel": m.channel},
            }
            events.append(event)
            last_of_ticket[id(t)] = event
        # The ticket's score after this batch rides on its last message's event: one event a
        # message keeps the timeline complete without doubling the writes of a bulk import.
        for key, event in last_of_ticket.items():
            event["payload"]["score"] = scores[key]
        bulk.insert_many(session, MENTIONS, mentions)
        bulk.insert_many(session, EVENTS, events)
