"""The customer desk: profiles, merges, link suggestions, CRM imports, surveys, ambassadors."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from triage.clock import Clock
from triage.domain.access import Permission
from triage.domain.customers import (
    Ambassador,
    CrmReport,
    CustomerProfile,
    Story,
    SuggestionView,
)
from triage.domain.enums import EventKind
from triage.domain.errors import InvalidAction, NotFound
from triage.ingest import crm
from triage.services import customers, linking, merging
from triage.services import loyalty as loyalty_service
from triage.services.crm_import import CrmImporter
from triage.store.db import unit_of_work
from triage.store.tables import (
    CustomerRow,
    EventRow,
    IdentityRow,
    LinkSuggestionRow,
    LoyaltyRow,
)

CRM_KINDS = ("customers", "orders", "surveys", "referrals")


class CustomerService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        changed: Callable[[set[int] | None], None] | None = None,
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        # Told which customers changed (None: many), so loyalty can be recomputed.
        self.changed = changed or (lambda _ids: None)
        # The facade's gate: (permission, acting agent or None for the signed-in person).
        self.check: Callable[[Permission, str | None], None] = _open_gate

    # -- reading ----------------------------------------------------------------------------

    def find(self, ref: str) -> int:
        self.check(Permission.READ_CASES, None)
        with self.sessions() as s:
            return customers.find(s, ref).id

    def profile(self, ref: str | int) -> CustomerProfile:
        self.check(Permission.READ_CASES, None)
        with self.sessions() as s:
            cid = ref if isinstance(ref, int) else customers.find(s, ref).id
            return customers.profile(s, cid)

    def story(self, ticket_id: int) -> Story | None:
        self.check(Permission.READ_CASES, None)
        with self.sessions() as s:
            return customers.story(s, ticket_id)

    def ambassadors(self, top: int = 50) -> list[Ambassador]:
        self.check(Permission.READ_CASES, None)
        with self.sessions() as s:
            rows = s.execute(
                select(LoyaltyRow, CustomerRow)
                .join(CustomerRow, CustomerRow.id == LoyaltyRow.customer_id)
                .where(CustomerRow.merged_into_id.is_(None))
                .order_by(LoyaltyRow.referral_value.desc(), LoyaltyRow.score.desc())
            )
            ranked: list[tuple[float, Ambassador]] = []
            for loyalty, c in rows:
                prof = loyalty_service.expand(loyalty)
                flags = tuple(str(f) for f in prof.get("flags", []))
                fervour = enthusiasm(prof)
                if fervour is None or not (loyalty.referral_value > 0 or fervour >= 1.0):
                    continue
                if "anti_promoter" in flags or loyalty.segment == "leaver":
                    continue  # a referral programme invites the enthusiastic only
                crv_pct = float(prof.get("crv", {}).get("pct") or 0.0) / 100.0
                rank = 0.6 * crv_pct + 0.4 * fervour + (0.2 if "superpromoter" in flags else 0.0)
                latest = prof.get("nps", {}).get("latest")
                ranked.append(
                    (
                        rank,
                        Ambassador(
                            customer_id=c.id,
                            crm_id=c.crm_id,
                            name=c.display_name,
                            referral_value=round(loyalty.referral_value, 2),
                            score=loyalty.score,
                            nps=None if latest is None else int(latest),
                            segment=loyalty.segment,
                            flags=flags,
                            reasons=tuple(ambassador_reasons(prof)),
                        ),
                    )
                )
            ranked.sort(key=lambda r: (-r[0], -r[1].referral_value, r[1].customer_id))
            return [a for _, a in ranked[:top]]

    # -- merging ----------------------------------------------------------------------------

    def merge(self, kept: str, merged: str, actor: str, reason: str = "") -> tuple[int, int]:
        self.check(Permission.WORK, actor)
        with unit_of_work(self.sessions) as s:
            a = customers.find(s, kept)
            b = customers.find(s, merged)
            row = merging.merge(s, a.id, b.id, actor, reason or "merged by hand", self.clock.now())
            result = (row.kept_id, row.id)
            s.query(LoyaltyRow).filter(LoyaltyRow.customer_id == b.id).delete()
        self.changed({result[0]})
        return result

    def unmerge(self, merge_id: int, actor: str) -> tuple[int, int]:
        self.check(Permission.WORK, actor)
        with unit_of_work(self.sessions) as s:
            row = merging.unmerge(s, merge_id, actor, self.clock.now())
            result = (row.kept_id, row.merged_id)
        self.changed(set(result))
        return result

    # -- link suggestions -------------------------------------------------------------------

    def suggestions(self, limit: int = 200) -> list[SuggestionView]:
        self.check(Permission.READ_CASES, None)
        with self.sessions() as s:
            return linking.open_list(s, limit)

    def refresh_suggestions(self) -> int:
        with unit_of_work(self.sessions) as s:
            return linking.refresh(s, self.clock.now())

    def confirm_suggestion(self, suggestion_id: int, actor: str) -> tuple[int, int]:
        self.check(Permission.WORK, actor)
        with unit_of_work(self.sessions) as s:
            sug = s.get(LinkSuggestionRow, suggestion_id)
            if sug is None:
                raise NotFound("suggestion", suggestion_id)
            if sug.status != "open":
                raise InvalidAction(f"suggestion {suggestion_id} was already {sug.status}")
            ident = s.get(IdentityRow, sug.identity_id)
            assert ident is not None
            reasons = "; ".join(str(r) for r in sug.reasons)
            row = merging.merge(
                s,
                sug.customer_id,
                ident.customer_id,
                actor,
                f"confirmed suggestion: {reasons}",
                self.clock.now(),
            )
            sug.status, sug.decided_by, sug.decided_at = "confirmed", actor, self.clock.now()
            result = (row.kept_id, row.id)
        self.changed({result[0]})
        return result

    def reject_suggestion(self, suggestion_id: int, actor: str) -> None:
        self.check(Permission.WORK, actor)
        with unit_of_work(self.sessions) as s:
            sug = s.get(LinkSuggestionRow, suggestion_id)
            if sug is None:
                raise NotFound("suggestion", suggestion_id)
            if sug.status != "open":
                raise InvalidAction(f"suggestion {suggestion_id} was already {sug.status}")
            now = self.clock.now()
            sug.status, sug.decided_by, sug.decided_at = "rejected", actor, now
            s.add(
                EventRow(
                    customer_id=sug.customer_id,
                    kind=EventKind.LINK_REJECTED.value,
                    actor=actor,
                    at=now,
                    payload={"suggestion_id": sug.id, "identity_id": sug.identity_id},
                )
            )

    # -- recording --------------------------------------------------------------------------

    def record_survey(self, ticket_id: int, kind: str, score: int, actor: str) -> None:
        self.check(Permission.WORK, actor)
        with unit_of_work(self.sessions) as s:
            row = customers.record_survey(s, ticket_id, kind, score, actor, self.clock.now())
            cid = row.customer_id
        self.changed({cid})

    def import_crm(
        self,
        files: Mapping[str, Path],
        actor: str,
        mapping: Mapping[str, str] | None = None,
        now: datetime | None = None,
    ) -> CrmReport:
        self.check(Permission.IMPORT, None)
        unknown = set(files) - set(CRM_KINDS)
        if unknown:
            raise InvalidAction(f"unknown CRM file kind: {', '.join(sorted(unknown))}")
        mappings = mappings_per_kind(mapping)
        importer = CrmImporter(self.sessions, actor, now or self.clock.now())
        for kind in CRM_KINDS:  # customers first: the others refer to them
            path = files.get(kind)
            if path is not None:
                getattr(importer, kind)(path.name, path.read_bytes(), mappings[kind])
        self.changed(None)
        return importer.report


def enthusiasm(profile: Mapping[str, Any]) -> float | None:
    """How keen a customer is, 0-1; None for detractors, who are not asked to recommend us."""
    nps_class = profile.get("nps_class")
    if nps_class == "detractor":
        return None
    if nps_class == "promoter" or "superpromoter" in profile.get("flags", []):
        return 1.0
    if nps_class == "passive":
        return 0.5
    positive = profile.get("mentions", {}).get("positive_12m") or 0
    return 0.5 if positive else 0.25


def mappings_per_kind(mapping: Mapping[str, str] | None) -> dict[str, dict[str, str]]:
    """One mapping serves every file: each file gets the columns its own form has.

    A column no CRM form knows is a typo and refused before anything is imported."""
    wanted = {k.strip().lower(): v.strip() for k, v in (mapping or {}).items()}
    known = {c for kind in CRM_KINDS for c in crm.FORMS[kind].columns}
    unknown = sorted(set(wanted) - known)
    if unknown:
        raise InvalidAction(
            f"unknown column {unknown[0]!r} in the mapping; use {', '.join(sorted(known))}"
        )
    empty = sorted(k for k, v in wanted.items() if not v)
    if empty:
        raise InvalidAction(f"the mapping of {empty[0]!r} names an empty column")
    return {
        kind: {k: v for k, v in wanted.items() if k in crm.FORMS[kind].columns}
        for kind in CRM_KINDS
    }


def ambassador_reasons(profile: Mapping[str, object]) -> list[str]:
    """Why a customer is on the ambassador list, in plain words built from the profile."""
    out: list[str] = []
    flags = profile.get("flags", [])
    assert isinstance(flags, list)
    if "superpromoter" in flags:
        out.append("superpromoter: enthusiastic, shares and influences")
    crv = profile.get("crv", {})
    if isinstance(crv, dict):
        converted = crv.get("converted", 0)
        if converted:
            value = float(crv.get("value") or 0.0)
            out.append(f"{converted} converted referral(s) worth {value:.2f}")
    nps = profile.get("nps", {})
    if isinstance(nps, dict) and nps.get("latest") is not None:
        out.append(f"NPS {int(nps['latest'])} ({profile.get('nps_class', '')})")
    influence = profile.get("influence", {})
    if isinstance(influence, dict) and influence.get("followers"):
        out.append(f"{influence['followers']} followers")
    mentions = profile.get("mentions", {})
    if isinstance(mentions, dict) and mentions.get("positive_12m"):
        out.append(f"{mentions['positive_12m']} positive public mention(s) in 12 months")
    return out


def _open_gate(_permission: Permission, _agent: str | None = None) -> None:
    """Until the facade hands over its gate, everything is the system's own work."""
