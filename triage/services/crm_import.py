"""CRM imports: customers link to the identities messages came from; orders, surveys, referrals.

Identities link automatically only on exact shared identifiers: a CRM customer listing an e-mail
address or handle that messages already came from takes over that message-made customer (a merge
that is recorded and can be undone). An identifier that already belongs to another CRM customer is
a conflict and the row goes to quarantine; nothing is linked on a guess.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from itertools import islice
from typing import Any, TypeVar

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from triage.domain.customers import CrmReport
from triage.domain.models import QuarantineEntry
from triage.ingest import crm
from triage.services.merging import merge, surviving
from triage.store.db import unit_of_work
from triage.store.tables import (
    CustomerRow,
    IdentityRow,
    OrderRow,
    QuarantineRow,
    ReferralRow,
    SurveyRow,
    TicketRow,
)

CHUNK = 2000
T = TypeVar("T")


def _chunks(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class CrmImporter:
    def __init__(self, sessions: sessionmaker[Session], actor: str, now: datetime) -> None:
        self.sessions = sessions
        self.actor = actor
        self.now = now
        self.report = CrmReport()

    # -- quarantine -------------------------------------------------------------------------

    def _quarantine(self, s: Session, origin: str, bad: list[QuarantineEntry]) -> None:
        if not bad:
            return
        s.execute(
            insert(QuarantineRow),
            [
                {
                    "origin": origin,
                    "line": e.line,
                    "reason": e.reason,
                    "raw": e.raw,
                    "created_at": self.now,
                }
                for e in bad
            ],
        )
        self.report.quarantined += len(bad)
        self.report.errors += [
            {"file": origin, "line": e.line, "reason": e.reason} for e in bad[:200]
        ]

    def _crm_ids(self, s: Session, refs: Iterable[str]) -> dict[str, int]:
        wanted = list(set(refs))
        found: dict[str, int] = {}
        for part in _chunks(wanted, 900):
            for ref, cid, merged in s.execute(
                select(CustomerRow.crm_id, CustomerRow.id, CustomerRow.merged_into_id).where(
                    CustomerRow.crm_id.in_(part)
                )
            ):
                if ref is not None:
                    # merges chain (A into B, later B into C): follow them to the survivor
                    found[ref] = cid if merged is None else surviving(s, cid).id
        return found

    # -- customers --------------------------------------------------------------------------

    def customers(self, origin: str, data: bytes, mapping: Mapping[str, str] | None) -> None:
        parsed = list(crm.parse_customers(data, mapping))
        conflicts = crm.conflicting_identities(parsed)
        conflict_lines = {e.line for e in conflicts}
        good = [
            p for p in parsed if isinstance(p, crm.CrmCustomer) and p.line not in conflict_lines
        ]
        bad = [p for p in parsed if isinstance(p, QuarantineEntry)] + conflicts
        with unit_of_work(self.sessions) as s:
            self._quarantine(s, origin, bad)
        for chunk in _chunks(good, 500):
            with unit_of_work(self.sessions) as s:
                bad = [e for c in chunk if (e := self._customer(s, c)) is not None]
                self._quarantine(s, origin, bad)

    @staticmethod
    def _keys(c: crm.CrmCustomer) -> list[tuple[str, str]]:
        return [("email", e) for e in c.emails] + [("phone", p) for p in c.phones] + list(c.handles)

    def _customer(self, s: Session, c: crm.CrmCustomer) -> QuarantineEntry | None:
        keys = self._keys(c)
        by_crm = s.scalar(select(CustomerRow).where(CustomerRow.crm_id == c.customer_id))
        owners: dict[tuple[str, str], CustomerRow] = {}
        rows = s.execute(
            select(IdentityRow.channel, IdentityRow.handle, IdentityRow.customer_id).where(
                IdentityRow.handle.in_({h for _, h in keys})
            )
        ).all()
        for channel, handle, owner_id in rows:
            if (channel, handle) in keys:
                owner_row = s.get(CustomerRow, owner_id)
                assert owner_row is not None
                owners[(channel, handle)] = owner_row
        if by_crm is not None and by_crm.merged_into_id is not None:
            by_crm = surviving(s, by_crm.id)  # however many merges ago
        for key, owner in owners.items():
            if (
                owner.crm_id is not None
                and owner.crm_id != c.customer_id
                and (by_crm is None or owner.id != by_crm.id)
            ):
                return QuarantineEntry(
                    c.line,
                    f"{key[0]} identity {key[1]} already belongs to CRM customer {owner.crm_id}",
                    f"{c.customer_id},{c.name}",
                )
        target = by_crm
        if target is None:
            message_made = [o for o in owners.values() if o.crm_id is None]
            target = message_made[0] if message_made else None
        if target is None:
            target = CustomerRow(display_name=c.name, crm_id=c.customer_id, created_at=self.now)
            s.add(target)
            s.flush()
            self.report.customers_added += 1
        else:
            if target.crm_id is None:
                target.crm_id = c.customer_id
            self.report.customers_updated += 1
        if c.name:
            target.display_name = c.name
        for key, owner in owners.items():
            if owner.id != target.id and owner.merged_into_id is None:
                merge(
                    s,
                    target.id,
                    owner.id,
                    self.actor,
                    f"same {key[0]} in the CRM: {key[1]}",
                    self.now,
                )
                self.report.merged += 1
        for key in keys:
            if key not in owners:
                s.add(
                    IdentityRow(
                        customer_id=target.id,
                        channel=key[0],
                        handle=key[1],
                        display_name=c.name,
                        origin="crm",
                        created_at=self.now,
                    )
                )
                self.report.identities_added += 1
        s.flush()
        return None

    # -- orders, surveys, referrals ---------------------------------------------------------

    def orders(self, origin: str, data: bytes, mapping: Mapping[str, str] | None) -> None:
        for chunk in _chunks(crm.parse_orders(data, mapping), 5000):
            with unit_of_work(self.sessions) as s:
                good = [o for o in chunk if isinstance(o, crm.CrmOrder)]
                bad = [o for o in chunk if isinstance(o, QuarantineEntry)]
                ids = self._crm_ids(s, (o.customer_id for o in good))
                known = {
                    ref: oid
                    for part in _chunks([o.order_id for o in good], 900)
                    for ref, oid in s.execute(
                        select(OrderRow.order_ref, OrderRow.id).where(OrderRow.order_ref.in_(part))
                    )
                }
                new: dict[str, dict[str, Any]] = {}
                stored = 0
                for o in good:
                    cid = ids.get(o.customer_id)
                    if cid is None:
                        bad.append(_unknown(o.line, o.customer_id, o.order_id))
                        continue
                    stored += 1
                    values = {
                        "customer_id": cid,
                        "order_ref": o.order_id,
                        "at": o.day,
                        "amount": o.amount,
                        "margin": o.margin,
                    }
                    if o.order_id in known:  # a re-import updates, never doubles
                        s.execute(
                            update(OrderRow)
                            .where(OrderRow.id == known[o.order_id])
                            .values(**values)
                        )
                    else:
                        new[o.order_id] = values
                if new:
                    s.execute(insert(OrderRow), list(new.values()))
                self.report.orders += stored
                self._quarantine(s, origin, bad)

    def surveys(self, origin: str, data: bytes, mapping: Mapping[str, str] | None) -> None:
        for chunk in _chunks(crm.parse_surveys(data, mapping), 5000):
            with unit_of_work(self.sessions) as s:
                good = [v for v in chunk if isinstance(v, crm.CrmSurvey)]
                bad = [v for v in chunk if isinstance(v, QuarantineEntry)]
                ids = self._crm_ids(s, (v.customer_id for v in good))
                tickets = {
                    t
                    for part in _chunks([v.ticket_id for v in good if v.ticket_id], 900)
                    for t in s.scalars(select(TicketRow.id).where(TicketRow.id.in_(part)))
                }
                rows: list[dict[str, Any]] = []
                for v in good:
                    cid = ids.get(v.customer_id)
                    if cid is None:
                        bad.append(_unknown(v.line, v.customer_id, f"{v.kind} {v.score}"))
                        continue
                    if v.ticket_id is not None and v.ticket_id not in tickets:
                        bad.append(
                            QuarantineEntry(
                                v.line,
                                f"ticket {v.ticket_id} is not in this database",
                                f"{v.customer_id},{v.kind},{v.score},{v.ticket_id}",
                            )
                        )
                        continue
                    exists = s.scalar(
                        select(SurveyRow.id).where(
                            SurveyRow.customer_id == cid,
                            SurveyRow.at == v.at,
                            SurveyRow.kind == v.kind,
                        )
                    )
                    if exists is None:  # a re-import of the same answer adds nothing
                        rows.append(
                            {
                                "customer_id": cid,
                                "ticket_id": v.ticket_id,
                                "kind": v.kind,
                                "score": v.score,
                                "at": v.at,
                                "origin": "crm",
                                "author": self.actor,
                            }
                        )
                if rows:
                    s.execute(insert(SurveyRow), rows)
                self.report.surveys += len(rows)
                self._quarantine(s, origin, bad)

    def referrals(self, origin: str, data: bytes, mapping: Mapping[str, str] | None) -> None:
        for chunk in _chunks(crm.parse_referrals(data, mapping), 5000):
            with unit_of_work(self.sessions) as s:
                good = [r for r in chunk if isinstance(r, crm.CrmReferral)]
                bad = [r for r in chunk if isinstance(r, QuarantineEntry)]
                ids = self._crm_ids(
                    s, [r.referrer_id for r in good] + [r.referred_id for r in good]
                )
                for r in good:
                    referrer = ids.get(r.referrer_id)
                    if referrer is None:
                        bad.append(_unknown(r.line, r.referrer_id, f"referred {r.referred_id}"))
                        continue
                    if r.referrer_id == r.referred_id:
                        bad.append(
                            QuarantineEntry(r.line, "a customer cannot refer themselves", "")
                        )
                        continue
                    row = s.scalar(
                        select(ReferralRow).where(
                            ReferralRow.referrer_id == referrer,
                            ReferralRow.referred_ref == r.referred_id,
                        )
                    )
                    if row is None:
                        s.add(
                            ReferralRow(
                                referrer_id=referrer,
                                referred_id=ids.get(r.referred_id),
                                referred_ref=r.referred_id,
                                at=r.at,
                                converted=r.converted,
                            )
                        )
                    else:
                        row.converted, row.at = r.converted, r.at
                        row.referred_id = ids.get(r.referred_id)
                    self.report.referrals += 1
                self._quarantine(s, origin, bad)


def _unknown(line: int, ref: str, what: str) -> QuarantineEntry:
    return QuarantineEntry(line, f"unknown customer '{ref}': import customers.csv first", what)
