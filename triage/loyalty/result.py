"""The columnar result of `compute()` and one customer's readable profile with its inputs."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

import numpy as np
from numpy.typing import NDArray

from triage.loyalty.advocacy import AdvocacyFigures
from triage.loyalty.codes import (
    Basis,
    CesSource,
    Group,
    GroupRule,
    NpsClass,
    RfmSegment,
    ValueQuadrant,
    flag_labels,
)
from triage.loyalty.effort import EffortFigures
from triage.loyalty.groups import GroupFigures
from triage.loyalty.inputs import (
    CodeArray,
    FlagArray,
    FloatArray,
    IntArray,
    LoyaltyBase,
    date_of,
)
from triage.loyalty.nps import NpsFigures
from triage.loyalty.params import LoyaltyParams
from triage.loyalty.rfm import RetentionTable, RfmFigures
from triage.loyalty.value import ValueFigures


@dataclass(frozen=True, slots=True)
class Parts:
    """The intermediate figures behind the result (for explanations and diagnostics)."""

    nps: NpsFigures
    effort: EffortFigures
    rfm: RfmFigures
    retention: RetentionTable
    value: ValueFigures
    advocacy: AdvocacyFigures
    groups: GroupFigures


@dataclass(frozen=True, slots=True)
class LoyaltyProfile:
    """One customer's figures with readable enums; `inputs` holds every figure's inputs."""

    customer_id: int
    row: int
    group: str
    flags: tuple[str, ...]
    loyalty_score: int
    sat: float | None
    loy: float
    nps_class: str
    nps_latest: float | None
    ces: float | None
    ces_source: str
    effort_n: float | None
    basis: str
    rfm_segment: str
    clv: float | None
    clv_pct: float | None
    crv: float
    crv_pct: float
    value_quadrant: str
    value_pct: float | None
    followers: int
    account_ir: float | None
    inputs: Mapping[str, Mapping[str, Any]]


@dataclass(frozen=True, eq=False)
class LoyaltyResult:
    """Per-customer arrays in the base's row order. Codes: see triage.loyalty.codes."""

    customer_ids: IntArray
    now_day: float
    nps_latest: FloatArray  # 0-10, NaN none
    nps_class: CodeArray  # NpsClass
    ces: FloatArray  # CES 2.0 1-7 (7 easy), NaN none
    ces_source: CodeArray  # CesSource
    effort_n: FloatArray  # 0-1, 1 = very difficult
    basis: CodeArray  # Basis: what R/F/M were measured on
    r_days: FloatArray
    f: IntArray
    m: FloatArray
    r_q: CodeArray  # 1-5, 0 = unranked
    f_q: CodeArray
    m_q: CodeArray
    rfm_segment: CodeArray  # RfmSegment
    clv: FloatArray
    clv_pct: FloatArray  # 0-100
    crv: FloatArray
    crv_pct: FloatArray  # 0-100
    value_quadrant: CodeArray  # ValueQuadrant
    # 0-100, max(clv_pct, crv_pct); NaN unknown. scoring.priority's value_pct is 0-1: /100.
    value_pct: FloatArray
    sat: FloatArray  # 0-1, NaN unknown
    loy: FloatArray  # 0-1
    group: CodeArray  # Group
    flags: FlagArray  # Flag bits
    loyalty_score: IntArray  # 0-100
    followers: IntArray
    account_ir: FloatArray  # %
    parts: Parts
    base: LoyaltyBase
    params: LoyaltyParams

    @property
    def n(self) -> int:
        return int(self.customer_ids.size)

    def has_flag(self, flag: int) -> NDArray[np.bool_]:
        return np.asarray((self.flags & np.uint8(flag)) != 0, dtype=np.bool_)

    def columns(self) -> dict[str, NDArray[Any]]:
        """The per-customer arrays by name (for storing or a data frame)."""
        out: dict[str, NDArray[Any]] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, np.ndarray):
                out[f.name] = value
        return out

    def profile_of(self, customer_id: int) -> LoyaltyProfile:
        return self.profile(self.base.row_of(customer_id))

    def profile(self, i: int) -> LoyaltyProfile:
        """Customer row i, readable, with the inputs of every figure."""
        if not 0 <= i < self.n:
            raise IndexError(i)
        return LoyaltyProfile(
            customer_id=int(self.customer_ids[i]),
            row=i,
            group=Group(int(self.group[i])).label,
            flags=flag_labels(int(self.flags[i])),
            loyalty_score=int(self.loyalty_score[i]),
            sat=_num(self.sat[i]),
            loy=float(self.loy[i]),
            nps_class=NpsClass(int(self.nps_class[i])).label,
            nps_latest=_num(self.nps_latest[i]),
            ces=_num(self.ces[i]),
            ces_source=CesSource(int(self.ces_source[i])).label,
            effort_n=_num(self.effort_n[i]),
            basis=Basis(int(self.basis[i])).label,
            rfm_segment=RfmSegment(int(self.rfm_segment[i])).label,
            clv=_num(self.clv[i]),
            clv_pct=_num(self.clv_pct[i]),
            crv=float(self.crv[i]),
            crv_pct=float(self.crv_pct[i]),
            value_quadrant=ValueQuadrant(int(self.value_quadrant[i])).label,
            value_pct=_num(self.value_pct[i]),
            followers=int(self.followers[i]),
            account_ir=_num(self.account_ir[i]),
            inputs=_inputs(self, i),
        )


def _num(x: Any, digits: int | None = None) -> float | None:
    v = float(x)
    if math.isnan(v):
        return None
    return round(v, digits) if digits is not None else v


def _r(x: Any) -> float | None:
    return _num(x, 4)


def _date(day: Any) -> str | None:
    v = float(day)
    return None if math.isnan(v) else date_of(v)


def _inputs(res: LoyaltyResult, i: int) -> dict[str, dict[str, Any]]:
    p, b, prm = res.parts, res.base, res.params
    e, rf, v, a, g = p.effort, p.rfm, p.value, p.advocacy, p.groups
    buyer = int(rf.basis[i]) == Basis.ORDERS

    tickets = np.flatnonzero((b.res_customer == i) & e.in_estimate)
    tickets = tickets[np.argsort(-b.res_day[tickets], kind="stable")]
    refs = np.flatnonzero((b.ref_referrer == i) & np.isfinite(v.ref_value))
    seg = int(rf.segment[i])
    sat_w = g.sat_weights
    return {
        "nps": {
            "latest": _num(p.nps.latest[i]),
            "answered": _date(p.nps.day[i]),
            "weight": _r(p.nps.weight[i]),
            "class": NpsClass(int(p.nps.cls[i])).label,
        },
        "effort": {
            "source": CesSource(int(e.source[i])).label,
            "ces": _r(e.ces[i]),
            "effort_n": _r(e.effort_n[i]),
            "weight": _r(e.weight[i]),
            "surveys": int(e.surveys_n[i]),
            "ces_survey": _r(e.ces_survey[i]),
            "survey_answered": _date(e.survey_day[i]),
            "tickets": int(e.tickets_n[i]),
            "ces_est": _r(e.ces_est[i]),
            "oei": [_r(e.oei[t]) for t in tickets],
            "ticket_days": [_date(b.res_day[t]) for t in tickets],
        },
        "rfm": {
            "basis": Basis(int(rf.basis[i])).label,
            "recency_days": _r(rf.r_days[i]),
            "last": _date(rf.last_day[i]),
            ("orders_24m" if buyer else "contacts_24m"): int(rf.f[i]),
            "margin_24m": _r(rf.m[i]),
            "r_q": int(rf.r_q[i]),
            "f_q": int(rf.f_q[i]),
            "m_q": int(rf.m_q[i]),
            "fm": int(rf.fm[i]),
            "segment": RfmSegment(seg).label,
        },
        "clv": {
            "m": _r(v.m_annual[i]),
            "years_active": _r(v.years_active[i]),
            "r": _r(v.retention[i]),
            "r_segment_customers": int(p.retention.customers[seg]) if buyer else None,
            "r_segment_retained": int(p.retention.retained[seg]) if buyer else None,
            "r_default": float(p.retention.default[seg]) if buyer else None,
            "i": prm.discount_rate,
            "horizon_years": prm.clv_horizon_years,
            "clv": _r(v.clv[i]),
            "clv_infinite": _r(v.clv_infinite[i]),
            "pct": _r(v.clv_pct[i]),
        },
        "crv": {
            "converted_referrals": int(v.referrals_converted[i]),
            "referrals_24m": int(v.referrals_made[i]),
            "ac": prm.acquisition_cost,
            "clv_fallback": _r(v.clv_fallback),
            "referrals": [
                {
                    "referred": None
                    if b.ref_referred[j] < 0
                    else int(b.customer_ids[b.ref_referred[j]]),
                    "day": _date(b.ref_day[j]),
                    "type_one": _r(np.nan_to_num(b.ref_type_one[j], nan=0.5)),
                    "incentive": _r(b.ref_incentive[j]),
                    "value": _r(v.ref_value[j]),
                }
                for j in refs
            ],
            "crv": _r(v.crv[i]),
            "pct": _r(v.crv_pct[i]),
        },
        "value": {
            "clv_pct": _r(v.clv_pct[i]),
            "crv_pct": _r(v.crv_pct[i]),
            "value_pct": _r(v.value_pct[i]),
            "rule": "max(clv_pct, crv_pct)",
            "quadrant": ValueQuadrant(int(v.quadrant[i])).label,
            "clv_median": _r(v.clv_median),
            "crv_median": _r(v.crv_median),
        },
        "satisfaction": {
            "sat": _r(g.sat[i]),
            "nps_term": _r(p.nps.latest[i] / 10.0),
            "nps_weight": _r(sat_w[0][i]),
            "ces_term": _r((e.ces[i] - 1.0) / 6.0),
            "ces_weight": _r(sat_w[1][i]),
            "sentiment_term": _r(b.mean_sentiment_90d[i] / 100.0),
            "sentiment_weight": _r(sat_w[2][i]),
        },
        "loyalty": {
            "loy": _r(g.loy[i]),
            "basis": Basis(int(rf.basis[i])).label,
            "r_q": int(rf.r_q[i]),
            "f_q": int(rf.f_q[i]),
            "m_q": int(rf.m_q[i]),
            "tenure_years": _r(g.tenure_years[i]),
            "share_of_wallet": _r(b.share_of_wallet[i]),
        },
        "group": {
            "group": Group(int(g.group[i])).label,
            "rule": GroupRule(int(g.rule[i])).label,
            "sat_high": prm.sat_high,
            "sat_low": prm.sat_low,
            "loy_high": prm.loy_high,
        },
        "advocacy": {
            "enthusiastic": bool(a.enthusiastic[i]),
            "shares": bool(a.shares[i]),
            "influences": bool(a.influences[i]),
            "superpromoter": bool(a.superpromoter[i]),
            "anti_evidence": bool(a.anti_evidence[i]),
            "anti_promoter": bool(a.anti_promoter[i]),
            "super_evidence_day": _date(a.super_day[i]),
            "anti_evidence_day": _date(a.anti_day[i]),
            "pos_mentions_12m": int(b.pos_public_mentions_12m[i]),
            "max_pos_mention_interactions": _r(b.max_pos_mention_interactions_12m[i]),
            "neg_mention_interactions": _r(b.neg_public_mention_interactions_90d[i]),
            "mention_median": a.mention_median,
            "escalation_cue_90d": bool(b.escalation_cue_90d[i]),
        },
        "influence": {
            "followers": int(b.followers[i]),
            "posts_90d": int(b.posts_90d[i]),
            "interactions_90d": int(b.interactions_90d[i]),
            "account_ir": _r(a.account_ir[i]),
            "ir_median": _num(a.ir_median, 4),
        },
        "score": {
            "loyalty_score": int(g.score[i]),
            "loy": _r(g.loy[i]),
            "sat": _r(g.sat[i]),
            "adv": _r(g.adv[i]),
            "effort_n": _r(e.effort_n[i]),
            "weights": list(prm.score_weights),
        },
        "recovered": {"complaints_12m": int(g.recovered_n[i])},
    }
