"""The use cases the UI and the CLI call: each call is one unit of work returning plain records."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from triage.analysis.analyzer import MessageAnalyzer
from triage.audit import chain as audit_chain
from triage.clock import Clock, SystemClock
from triage.config import DEMO_FILE, database_url, local_user
from triage.domain.access import Permission
from triage.domain.dashboards import Dashboard, LiveBoard, Period
from triage.domain.enums import EventKind, Outcome, Role
from triage.domain.errors import InvalidAction
from triage.domain.models import (
    AgentView,
    CustomerView,
    ImportReport,
    ModelView,
    Progress,
    QuarantineView,
    QueueItem,
    RawMention,
    Resolution,
    TicketDetail,
)
from triage.ingest.formats import parse_jsonl
from triage.ingest.importer import Importer
from triage.scoring.sla_policy import BusinessHours, PolicySet
from triage.scoring.tickets import rescore, scored_payload
from triage.scoring.waiting import live_waiting
from triage.services import actions, alerts, customers, escalations, gdpr, learning, loyalty, queue
from triage.services.access import Gate
from triage.services.alerts import Alert
from triage.services.claim_line import ClaimLine
from triage.services.customer_service import CustomerService
from triage.services.policies import (
    PolicyInfo,
    UpcomingBreach,
    load_policies,
    policy_info,
    refresh_due_times,
    save_policies,
)
from triage.services.policies import upcoming_breaches as find_upcoming_breaches
from triage.services.queue import QueueQuery, SortKey, StatusFilter
from triage.services.sources import SourceService
from triage.store.db import checkpoint, make_engine, make_sessionmaker, migrate, unit_of_work
from triage.store.tables import (
    AgentRow,
    CustomerRow,
    EventRow,
    MentionRow,
    QuarantineRow,
    TicketRow,
)

__all__ = ["QueueQuery", "SortKey", "StatusFilter", "Triage"]

FULL_RESCORE_EVERY = timedelta(hours=1)  # the periodic re-score's safety net
DEMO_AGENTS = (
    ("sanne", "Sanne", Role.AGENT),
    ("mark", "Mark", Role.LEAD),
    ("fatima", "Fatima", Role.TRAINER),
)


def demo_outcome(text: str, cues: list[str]) -> tuple[Outcome, tuple[str, ...]]:
    lowered = text.lower()
    words = {
        "billing": ("factuur", "invoice", "bill", "rekening", "incasso", "afschrijving"),
        "technician": ("monteur", "technician", "engineer"),
        "outage": ("storing", "outage", "down", "geen internet", "no internet"),
        "delivery": ("bezorg", "delivery", "levering", "pakket", "parcel"),
        "product_defect": ("kookpunt", "kettle", "waterkoker", "stroombox", "modem"),
        "praise": ("bedankt", "thanks", "thank you", "top", "great", "geweldig"),
    }
    codes = tuple(code for code, keys in words.items() if any(k in lowered for k in keys))
    if "safety" in cues:
        return Outcome.ESCALATED, codes or ("product_defect",)
    if codes == ("praise",):
        return Outcome.NO_ACTION, codes
    return Outcome.SOLVED, codes or ("information",)


class Triage:
    """Facade over the core: built once by the composition root (ui.app or the CLI)."""

    def __init__(
        self, engine: Engine, clock: Clock | None = None, analyzer: MessageAnalyzer | None = None
    ) -> None:
        self.engine = engine
        self.clock = clock or SystemClock()
        self.sessions: sessionmaker[Session] = make_sessionmaker(engine)
        audit_chain.install(self.sessions)  # every commit seals the events it wrote
        self.analyzer = analyzer or MessageAnalyzer()
        self.shipped = self.analyzer.model
        self.importer = Importer(self.sessions, self.analyzer, self.clock, policies=load_policies)
        self.gate = Gate(self.sessions)
        self.sources = SourceService(self.sessions, self.importer, self.clock)
        self.customers = CustomerService(self.sessions, self.clock, self._customers_changed)
        self.sources.check = self.customers.check = self.gate.check
        self._agent_ids: dict[str, int] = {}  # name → id: agents are never deleted
        self._claim_line = ClaimLine(engine)
        self._full_rescore_at: datetime | None = None  # the last full periodic re-score
        self._hours: tuple[float, BusinessHours] | None = None  # (read at, monotonic)
        self.sessions.configure(info={queue.LIVE_WAITING: self._show_waiting})

    @classmethod
    def open(
        cls,
        url: str | None = None,
        clock: Clock | None = None,
        analyzer: MessageAnalyzer | None = None,
        background_checkpoints: bool = False,
    ) -> Triage:
        """`background_checkpoints`: a desk whose scheduler runs `checkpoint` (the app)."""
        engine = make_engine(database_url(url), background_checkpoints)
        migrate(engine)
        app = cls(engine, clock, analyzer)
        app.load_model()
        return app

    def checkpoint(self) -> tuple[int, int] | None:
        """SQLite: copy the WAL back into the desk's file, waiting for no one."""
        return checkpoint(self.engine)

    def close(self) -> None:
        self._claim_line.close()
        self.engine.dispose()

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    # -- ingest -----------------------------------------------------------------------------

    def import_file(
        self, path: Path, fmt: str = "auto", progress: Callable[[Progress], None] | None = None
    ) -> ImportReport:
        self.gate.check(Permission.IMPORT)
        return self.importer.import_file(path, fmt, progress)

    def is_empty(self) -> bool:
        with self.sessions() as s:
            return s.scalar(select(MentionRow.id).limit(1)) is None

    def seed_demo(self, path: Path = DEMO_FILE) -> ImportReport:
        """Load the bundled demo, shifted so its newest message arrived a few minutes ago."""
        items = list(parse_jsonl(path.read_bytes(), default_channel="demo"))
        times = [m.created_at for m in items if isinstance(m, RawMention)]
        if times:
            shift = self.clock.now() - timedelta(minutes=4) - max(times)
            items = [
                dataclasses.replace(m, created_at=m.created_at + shift)
                if isinstance(m, RawMention)
                else m
                for m in items
            ]
        with unit_of_work(self.sessions) as s:
            for name, display, role in DEMO_AGENTS:
                actions.ensure_agent(s, name, self.clock.now(), role, display)
        report = self.importer.import_parsed(items, path.name)
        self._settle_demo_history()
        crm = {
            kind: path.parent / f"{kind}.csv"
            for kind in ("customers", "orders", "surveys", "referrals")
        }
        present = {k: p for k, p in crm.items() if p.is_file()}
        if present:  # the demo's CRM: customers, orders, surveys and referrals
            self.customers.import_crm(present, "demo")
        self.recompute_loyalty()
        return report

    def _settle_demo_history(self, older_than: timedelta = timedelta(hours=4)) -> None:
        """A desk has history: demo conversations quiet for hours were resolved back then."""
        now = self.clock.now()
        with unit_of_work(self.sessions) as s:
            agents = [actions.ensure_agent(s, n, now, r, d) for n, d, r in DEMO_AGENTS[:2]]
            old = s.scalars(
                select(TicketRow)
                .where(TicketRow.status != "resolved", TicketRow.last_inbound_at < now - older_than)
                .order_by(TicketRow.id)
            ).all()
            for i, row in enumerate(old):
                last = max(x for x in (row.last_inbound_at, row.last_outbound_at) if x)
                if last >= now - older_than:
                    continue  # we answered recently: the conversation is still going
                outcome, codes = demo_outcome(row.snippet, row.cue_classes)
                actions.resolve(
                    s,
                    row.id,
                    agents[i % 2],
                    Resolution(outcome, codes),
                    last + timedelta(minutes=35 + (row.id * 7) % 50),
                )

    def _show_waiting(self, session: Session, explanation: list[Any]) -> None:
        """A waiting reason's minutes as of now, in business time under the team's hours
        (read at most once a minute: a lead's change shows within that)."""
        cached = self._hours
        if cached is None or time.monotonic() - cached[0] > 60:
            cached = self._hours = (time.monotonic(), load_policies(session).hours)
        live_waiting(explanation, self.clock.now(), cached[1])

    # -- reading ----------------------------------------------------------------------------

    def count(self, q: QueueQuery) -> int:
        self.gate.check(Permission.READ_CASES)
        with self.sessions() as s:
            return queue.count(s, q)

    def page(self, q: QueueQuery, offset: int, limit: int) -> list[QueueItem]:
        self.gate.check(Permission.READ_CASES)
        with self.sessions() as s:
            return queue.page(s, q, offset, limit)

    def top(self, n: int, q: QueueQuery | None = None) -> list[QueueItem]:
        return self.page(q or QueueQuery(), 0, n)

    def item(self, ticket_id: int) -> QueueItem:
        self.gate.check(Permission.READ_CASES)
        with self.sessions() as s:
            return queue.item(s, ticket_id)

    def ticket(self, ticket_id: int) -> TicketDetail:
        self.gate.check(Permission.READ_CASES)
        with self.sessions() as s:
            detail = queue.detail(s, ticket_id)
            return dataclasses.replace(detail, story=customers.story(s, ticket_id))

    def customer(self, customer_id: int) -> CustomerView:
        self.gate.check(Permission.READ_CASES)
        with self.sessions() as s:
            return queue.customer(s, customer_id)

    def channels(self) -> list[str]:
        self.gate.check(Permission.READ_CASES)
        with self.sessions() as s:
            return queue.channels(s)

    def quarantine(self, limit: int = 500) -> list[QuarantineView]:
        self.gate.check(Permission.READ_CASES)
        with self.sessions() as s:
            rows = s.scalars(select(QuarantineRow).order_by(QuarantineRow.id.desc()).limit(limit))
            return [
                QuarantineView(r.id, r.origin, r.line, r.reason, r.raw, r.created_at) for r in rows
            ]

    def quarantine_count(self) -> int:
        self.gate.check(Permission.READ_CASES)
        with self.sessions() as s:
            return int(s.scalar(select(func.count(QuarantineRow.id))) or 0)

    def stats(self) -> dict[str, int]:
        with self.sessions() as s:
            return {
                "tickets": int(s.scalar(select(func.count(TicketRow.id))) or 0),
                "mentions": int(s.scalar(select(func.count(MentionRow.id))) or 0),
                "customers": int(s.scalar(select(func.count(CustomerRow.id))) or 0),
                "events": int(s.scalar(select(func.count(EventRow.id))) or 0),
            }

    # -- people -----------------------------------------------------------------------------

    def sign_in(self, name: str | None = None) -> AgentView:
        """Who is working: every call after this is checked against their role."""
        return self.gate.sign_in(name or local_user(), self.clock.now())

    @property
    def user(self) -> AgentView | None:
        return self.gate.user

    def may(self, permission: Permission) -> bool:
        return self.gate.may(permission)

    def people(self) -> list[AgentView]:
        with self.sessions() as s:
            return [
                actions.agent_view(r) for r in s.scalars(select(AgentRow).order_by(AgentRow.name))
            ]

    def set_role(self, name: str, role: Role) -> AgentView:
        self.gate.check(Permission.MANAGE_PEOPLE)
        with unit_of_work(self.sessions) as s:
            row = actions.ensure_agent(s, name, self.clock.now(), role)
            row.role = role.value
            return actions.agent_view(row)

    def agent(self, name: str | None = None, role: Role = Role.AGENT) -> AgentView:
        with unit_of_work(self.sessions) as s:
            return actions.agent_view(
                actions.ensure_agent(s, name or local_user(), self.clock.now(), role)
            )

    # -- actions ----------------------------------------------------------------------------

    def claim(self, ticket_id: int, agent: str, expected_version: int | None = None) -> QueueItem:
        self.gate.check(Permission.WORK, agent)
        with unit_of_work(self.sessions) as s:
            now = self.clock.now()
            actions.claim(s, ticket_id, actions.ensure_agent(s, agent, now), now, expected_version)
        return self.item(ticket_id)

    def claim_next(self, agent: str, count: int = 1) -> list[int]:
        """The next `count` tickets in claim order for `agent`; fewer when the queue runs dry."""
        name = agent.strip().lower()
        if self.gate.user is not None and self.gate.user.name == name:
            self.gate.check(Permission.WORK)  # the desk's own person: the role is known
        else:
            self.gate.check(Permission.WORK, agent)
        now = self.clock.now()
        if self.engine.dialect.name != "postgresql":
            with unit_of_work(self.sessions) as s:
                return actions.claim_next(s, actions.ensure_agent(s, agent, now), count, now)
        # A team's "next" button, pressed all day by everyone: one round trip, no ORM session.
        agent_id = self._agent_ids.get(name)
        if agent_id is None:
            with unit_of_work(self.sessions) as s:
                agent_id = self._agent_ids[name] = actions.ensure_agent(s, agent, now).id
        ids, sealed = self._claim_line.run(
            lambda conn: actions.claim_next_postgres(conn, agent_id, name, count, now)
        )
        if not sealed:  # the chain's tail was unsealed (written outside the app): seal it all
            with unit_of_work(self.sessions) as s:
                audit_chain.seal(s)
        return ids

    def release(self, ticket_id: int, agent: str) -> QueueItem:
        self.gate.check(Permission.WORK, agent)
        with unit_of_work(self.sessions) as s:
            now = self.clock.now()
            actions.release(s, ticket_id, actions.ensure_agent(s, agent, now), now)
        return self.item(ticket_id)

    def note(self, ticket_id: int, agent: str, text: str) -> QueueItem:
        self.gate.check(Permission.WORK, agent)
        with unit_of_work(self.sessions) as s:
            now = self.clock.now()
            actions.note(s, ticket_id, actions.ensure_agent(s, agent, now), text, now)
        return self.item(ticket_id)

    def escalate(
        self, ticket_id: int, agent: str, reason: str, expected_version: int | None = None
    ) -> QueueItem:
        self.gate.check(Permission.WORK, agent)
        with unit_of_work(self.sessions) as s:
            now = self.clock.now()
            actions.escalate(
                s, ticket_id, actions.ensure_agent(s, agent, now), reason, now, expected_version
            )
        return self.item(ticket_id)

    def resolve(
        self,
        ticket_id: int,
        agent: str,
        resolution: Resolution,
        expected_version: int | None = None,
    ) -> QueueItem:
        self.gate.check(Permission.WORK, agent)
        with unit_of_work(self.sessions) as s:
            now = self.clock.now()
            actions.resolve(
                s, ticket_id, actions.ensure_agent(s, agent, now), resolution, now, expected_version
            )
            loyalty.mark_stale(s)  # every resolution feeds the customer's loyalty profile
        return self.item(ticket_id)

    def correct_sentiment(self, ticket_id: int, agent: str, label: str) -> QueueItem:
        self.gate.check(Permission.WORK, agent)
        with unit_of_work(self.sessions) as s:
            now = self.clock.now()
            row = actions.correct_sentiment(
                s, ticket_id, actions.ensure_agent(s, agent, now), label, now
            )
            self._rescore_row(s, row)
        return self.item(ticket_id)

    def correct_complaint(self, ticket_id: int, agent: str, is_complaint: bool) -> QueueItem:
        self.gate.check(Permission.WORK, agent)
        with unit_of_work(self.sessions) as s:
            now = self.clock.now()
            actions.correct_complaint(
                s, ticket_id, actions.ensure_agent(s, agent, now), is_complaint, now
            )
        return self.item(ticket_id)

    def correct_priority(self, ticket_id: int, agent: str, direction: str) -> QueueItem:
        self.gate.check(Permission.WORK, agent)
        with unit_of_work(self.sessions) as s:
            now = self.clock.now()
            actions.correct_priority(
                s, ticket_id, actions.ensure_agent(s, agent, now), direction, now
            )
        return self.item(ticket_id)

    def alerts(self, since: datetime) -> list[Alert]:
        """New top-priority tickets since then, and first replies due within ten minutes."""
        self.gate.check(Permission.READ_CASES)
        with self.sessions() as s:
            return alerts.alerts(s, since, self.clock.now())

    # -- escalation review -------------------------------------------------------------------

    def escalation_queue(self, include_decided: bool = False) -> list[escalations.ReviewItem]:
        self.gate.check(Permission.REVIEW)
        with self.sessions() as s:
            return escalations.queue(s, include_decided)

    def approve_escalation(self, ticket_id: int, lead: str, note: str = "") -> QueueItem:
        self.gate.check(Permission.REVIEW, lead)
        with unit_of_work(self.sessions) as s:
            escalations.approve(s, ticket_id, lead.strip().lower(), note, self.clock.now())
        return self.item(ticket_id)

    def return_escalation(self, ticket_id: int, lead: str, note: str) -> QueueItem:
        self.gate.check(Permission.REVIEW, lead)
        with unit_of_work(self.sessions) as s:
            escalations.give_back(s, ticket_id, lead.strip().lower(), note, self.clock.now())
        return self.item(ticket_id)

    def reassign(self, ticket_id: int, lead: str, to_agent: str) -> QueueItem:
        self.gate.check(Permission.REVIEW, lead)
        with unit_of_work(self.sessions) as s:
            now = self.clock.now()
            target = actions.ensure_agent(s, to_agent, now)
            if Role(target.role) not in (Role.AGENT, Role.LEAD, Role.ADMIN):
                raise InvalidAction(f"{target.name} is a trainer and does not work tickets")
            escalations.reassign(s, ticket_id, lead.strip().lower(), target, now)
        return self.item(ticket_id)

    # -- customers and loyalty ----------------------------------------------------------------

    def _customers_changed(self, _ids: set[int] | None) -> None:
        with unit_of_work(self.sessions) as s:
            loyalty.mark_stale(s)

    def recompute_loyalty(self) -> dict[str, int]:
        """Every profile now; the value it gives feeds the priority of waiting tickets."""
        with unit_of_work(self.sessions) as s:
            result = loyalty.recompute(s, self.clock.now())
        rescored = self.rescore_open(full=True)  # every waiting ticket's value may have moved
        return {"customers": int(result.customer_ids.size), "rescored": rescored}

    def recompute_loyalty_if_stale(self) -> dict[str, int] | None:
        with self.sessions() as s:
            stale = loyalty.is_stale(s)
        return self.recompute_loyalty() if stale else None

    # -- learning from the team --------------------------------------------------------------

    def load_model(self) -> None:
        """Use the team's active learned model where it beat the shipped one."""
        if not self.analyzer.is_default and self.analyzer.recipe is None:
            return  # a custom analyzer (tests, tools) stays as it was given
        with self.sessions() as s:
            row = learning.active_row(s)
            model = learning.load_active(s, self.shipped)
            recipe = (row.blob, tuple(row.heads)) if row is not None else None
        self.analyzer.use(model, recipe)

    def models(self) -> list[ModelView]:
        with self.sessions() as s:
            return learning.models(s)

    def label_count(self) -> int:
        with self.sessions() as s:
            return len(learning.label_examples(s))

    def train_model(self) -> ModelView:
        self.gate.check(Permission.TRAIN)
        with self.sessions() as s:
            examples = learning.label_examples(s)
        candidate = learning.train_candidate(examples, self.shipped)
        with unit_of_work(self.sessions) as s:
            made = learning.store(s, candidate, self.clock.now())
        self.load_model()
        return made

    def train_if_due(self) -> ModelView | None:
        """The scheduled retrain: only when enough new labels arrived since the last model."""
        with self.sessions() as s:
            due = learning.labels_since_last_model(s) >= learning.RETRAIN_AFTER
            enough = len(learning.label_examples(s)) >= learning.MIN_LABELS
        return self.train_model() if due and enough else None

    def roll_back_model(self, who: str) -> ModelView | None:
        self.gate.check(Permission.TRAIN, who)
        with unit_of_work(self.sessions) as s:
            back = learning.roll_back(s, who, self.clock.now())
        self.load_model()
        return back

    # -- scoring ----------------------------------------------------------------------------

    def _rescore_row(
        self,
        s: Session,
        row: TicketRow,
        values: dict[int, float | None] | None = None,
        policies: PolicySet | None = None,
    ) -> bool:
        """Score one stored ticket now; a band change is worth an event on its timeline."""
        if values is None:
            value = None
            if row.customer_id is not None:
                value = s.scalar(
                    select(CustomerRow.value_pct).where(CustomerRow.id == row.customer_id)
                )
        else:
            value = values.get(row.customer_id or 0)
        now = self.clock.now()
        result, changed = rescore(row, now, value, policies=policies or load_policies(s))
        if changed:
            s.add(
                EventRow(
                    ticket_id=row.id,
                    kind=EventKind.SCORED.value,
                    actor="system",
                    at=now,
                    payload=scored_payload(result, row.waiting_since),
                )
            )
        return changed

    def rescore_open(self, full: bool | None = None) -> int:
        """Re-score the tickets customers wait on; returns how many were scored.

        In bulk (triage.services.rescoring): what `_rescore_row` would store for each, after
        recounting paused time, then the escalation rules. `full=None` (the scheduler's run)
        scores only the tickets whose score can have changed since they were scored, and all
        of them once an hour; `full=True` all of them (new policies, new customer values)."""
        from triage.services import rescoring

        now = self.clock.now()
        if full is None:
            last = self._full_rescore_at
            full = last is None or not timedelta(0) <= now - last < FULL_RESCORE_EVERY
        with unit_of_work(self.sessions) as s:
            done = rescoring.rescore_open(s, now, load_policies(s), full)
        if full:
            self._full_rescore_at = now
        return done

    # -- SLA policies ---

    def sla_policies(self) -> PolicySet:
        """The team's SLA policy set (the defaults until a team lead sets one)."""
        with self.sessions() as s:
            return load_policies(s)

    def sla_policy_info(self) -> PolicyInfo:
        """The policy set with who set it and when, for the policy dialog."""
        with self.sessions() as s:
            return policy_info(s)

    def set_sla_policies(self, policies: PolicySet) -> PolicySet:
        """Store a new policy set; the queue re-orders under it at once."""
        self.gate.check(Permission.EDIT_POLICY)
        actor = self.user.name if self.user is not None else "system"
        with unit_of_work(self.sessions) as s:
            save_policies(s, policies, actor, self.clock.now())
        self._hours = None
        self.rescore_open(full=True)
        with unit_of_work(self.sessions) as s:
            refresh_due_times(s, self.clock.now(), policies)  # answered and pending tickets
        return policies

    def upcoming_breaches(self, within_minutes: float | None = None) -> list[UpcomingBreach]:
        """SLA clocks of waiting tickets that run out within `within_minutes` (the policy's
        warning time when None), overdue ones included, soonest first."""
        self.gate.check(Permission.READ_CASES)
        with self.sessions() as s:
            return find_upcoming_breaches(s, self.clock.now(), within_minutes)

    # -- case replay ----------------------------------------------------------------------------
    # Imported here so this section stands on its own; the names are only used as annotations.
    from triage.domain.replay import Annotation, Replay, Scorecard
    from triage.services.replay import CaseSummary
    from triage.services.training import PublishReport

    def replay(self, ticket_id: int, anonymise: bool = True) -> Replay:
        """A case step by step. Trainers get it anonymised only: the raw case needs the right
        to read customers' messages, so they read the published training case (in team mode
        their database login can read nothing else); those who may read cases build it live."""
        from triage.services import replay as replays
        from triage.services import training

        self.gate.check(Permission.REPLAY)
        if not anonymise:
            self.gate.check(Permission.READ_CASES)
        if not self.gate.may(Permission.READ_CASES):
            viewer = self.gate.user.name if self.gate.user is not None else None
            return training.published_replay(self.sessions, ticket_id, viewer, self.clock.now())
        with self.sessions() as s:
            return replays.build(s, ticket_id, anonymise)

    def cases_for_replay(self, limit: int = 200, search: str = "") -> list[CaseSummary]:
        """Resolved cases for the trainer's picker, with anonymised summaries only (trainers:
        the published cases)."""
        from triage.services import replay as replays
        from triage.services import training

        self.gate.check(Permission.REPLAY)
        if not self.gate.may(Permission.READ_CASES):
            return training.published_cases(self.sessions, max(1, limit), search, self.clock.now())
        with self.sessions() as s:
            return replays.resolved_cases(s, max(1, limit), search)

    def publish_training_cases(self, limit: int = 500) -> PublishReport:
        """Anonymise resolved cases not yet published (or changed since) for trainers, newest
        first, at most `limit`; withdraw those no longer resolved. Needs the right to read
        cases: a trainer cannot anonymise what they may not read."""
        from triage.services import training

        self.gate.check(Permission.READ_CASES)
        return training.publish(self.sessions, self.clock.now(), limit)

    def _replay_author(self, author: str | None) -> str:
        self.gate.check(Permission.REPLAY)
        who = author or (self.gate.user.name if self.gate.user is not None else local_user())
        self.gate.check(Permission.REPLAY, who)
        return who

    def annotate(
        self, ticket_id: int, step: int, text: str, author: str | None = None
    ) -> Annotation:
        """A trainer's note on one step of a case (author: the signed-in person)."""
        from triage.services import replay as replays

        who = self._replay_author(author)
        with unit_of_work(self.sessions) as s:
            return replays.annotate(s, ticket_id, step, who, text, self.clock.now())

    def score_case(
        self,
        ticket_id: int,
        scores: dict[str, int],
        comment: str = "",
        author: str | None = None,
    ) -> Scorecard:
        """Score how a case was handled: empathy, accuracy, speed, ownership, tone (1-5)."""
        from triage.services import replay as replays

        who = self._replay_author(author)
        with unit_of_work(self.sessions) as s:
            return replays.score_case(s, ticket_id, who, scores, comment, self.clock.now())

    # -- audit and privacy -------------------------------------------------------------------

    def _actor(self) -> str:
        return self.user.name if self.user is not None else "system"

    def audit_verify(self) -> audit_chain.ChainReport:
        """Recompute the event chain; reads only (unsealed events at the end are reported)."""
        self.gate.check(Permission.AUDIT)
        with self.sessions() as s:
            return audit_chain.verify(s)

    def audit_seal(self) -> int:
        """Seal events written without sealing (by hand, or by a version before the chain)."""
        self.gate.check(Permission.AUDIT)
        with unit_of_work(self.sessions) as s:
            return audit_chain.seal(s)

    def gdpr_export(self, ref: str | int) -> dict[str, Any]:
        """Everything held about a customer (REF: CRM id or our id); logged on the customer."""
        self.gate.check(Permission.AUDIT)
        with unit_of_work(self.sessions) as s:
            cid = ref if isinstance(ref, int) else customers.find(s, ref).id
            return gdpr.export(s, cid, self._actor(), self.clock.now())

    def gdpr_erase(self, ref: str | int, vacuum: bool = False) -> dict[str, Any]:
        """Erase a customer's personal data (see triage.services.gdpr); counts of what changed."""
        self.gate.check(Permission.ERASE)
        with unit_of_work(self.sessions) as s:
            cid = ref if isinstance(ref, int) else customers.find(s, ref).id
            tickets = list(s.scalars(select(TicketRow.id).where(TicketRow.customer_id == cid)))
            result = gdpr.erase(s, cid, self._actor(), self.clock.now())
            loyalty.mark_stale(s)
        result["file_scrubbed"] = gdpr.scrub_file(self.engine, vacuum)
        if tickets:  # trainers' published copies follow at once, not at the next publish run
            from triage.services import training

            training.publish(self.sessions, self.clock.now(), ticket_ids=tickets)
        return result

    # -- dashboards ---------------------------------------------------------------------------

    def dashboard(
        self, period: Period, channels: list[str] | tuple[str, ...] | None = None
    ) -> Dashboard:
        """Volume, sentiment, SLA, response times, backlog, NPS/CES and segment mix (DASHBOARDS)."""
        from triage.services import dashboards

        self.gate.check(Permission.DASHBOARDS)
        if self.engine.url.database in (None, "", ":memory:"):  # one connection's database
            with self.sessions() as s:
                return dashboards.dashboard(s, period, channels)
        return dashboards.dashboard_concurrent(self.sessions, period, channels)

    def live_board(
        self, now: datetime | None = None, day_start: datetime | None = None
    ) -> LiveBoard:
        """Per person what they hold and handled today (since `day_start`, default UTC midnight),
        customers waiting on tickets nobody holds, and how many sources need attention."""
        from triage.services import dashboards

        self.gate.check(Permission.DASHBOARDS)
        at = now or self.clock.now()
        with self.sessions() as s:
            agents = dashboards.live_board(s, at, day_start)
            unclaimed = dashboards.unclaimed_waiting(s, at)
        sources = self.sources.all()
        return LiveBoard(
            at=at,
            agents=tuple(agents),
            unhealthy_sources=sum(1 for v in sources if v.health.unhealthy),
            sources=len(sources),
            unclaimed_waiting=unclaimed,
        )
