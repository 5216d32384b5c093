"""§10.2 items 8-9: the satisfaction and loyalty axes, the four groups, flags and the score.

Choices beyond §10.2:
- Sat's survey terms are weighted by their age weight exp(−age/180) before renormalising, so
  an eleven-month-old NPS 10 no longer outvotes last week's angry messages; with fresh answers
  the §10.2 example (NPS 9, CES 6, s̄ 60 → 0.82) is unchanged.
- Loy on the contacts basis (no orders) drops the M term and renormalises; a customer with no
  behaviour at all keeps only the tenure term (R, F, M count as 0). Tenure starts at the
  earliest of first_seen, first order and first contact.
- Lost/hibernating makes a leaver only on the orders basis: in social care a client who stops
  contacting the team has usually stopped needing it, not left.
- Passive loyal also takes loyal detractors whose Sat is ≥ 0.7 (§10.2's rules left them out);
  with Sat unknown, loyal customers are passive loyal and the rest shoppers (behaviour only:
  no evidence of dissatisfaction, and an ambassador needs positive attitude evidence).
- easy (CES ≥ 5) / difficult (≤ 3) read the customer's ces whatever its source; the profile
  shows the source, and a ticket-based "difficult" is exactly what an agent should see.
- The loyalty score renormalises over the terms that exist (Sat or effort may be unknown).
- `recovered` (a complaint resolved solved/workaround in 12 months) is a flag only; it enters
  no formula (§8.4: the recovery paradox lifts satisfaction, not loyalty).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from triage.loyalty.advocacy import AdvocacyFigures
from triage.loyalty.codes import Basis, Flag, Group, GroupRule, NpsClass, RfmSegment
from triage.loyalty.columns import EPS, count, ge, lt, ratio
from triage.loyalty.effort import EffortFigures
from triage.loyalty.inputs import (
    BoolArray,
    CodeArray,
    FlagArray,
    FloatArray,
    IntArray,
    LoyaltyBase,
)
from triage.loyalty.nps import NpsFigures
from triage.loyalty.params import YEAR_DAYS, LoyaltyParams
from triage.loyalty.rfm import RfmFigures
from triage.loyalty.value import ValueFigures


@dataclass(frozen=True, slots=True)
class GroupFigures:
    sat: FloatArray  # 0-1, NaN if no term
    sat_weights: tuple[FloatArray, FloatArray, FloatArray]  # effective NPS, CES, sentiment
    tenure_years: FloatArray
    loy: FloatArray  # 0-1
    group: CodeArray  # Group
    rule: CodeArray  # GroupRule
    recovered_n: IntArray
    flags: FlagArray  # Flag bits
    adv: FloatArray
    score: IntArray  # 0-100


def satisfaction(
    nps: FloatArray,
    nps_weight: FloatArray,
    ces: FloatArray,
    ces_weight: FloatArray,
    sentiment: FloatArray,
    weights: tuple[float, float, float] = (0.5, 0.3, 0.2),
) -> tuple[FloatArray, tuple[FloatArray, FloatArray, FloatArray]]:
    """Sat = Σ w·x / Σ w over the available terms x = nps/10, (ces−1)/6, s̄/100.

    `nps_weight` / `ces_weight` scale the terms' weights (age weights; 1 = fresh)."""
    xs = (nps / 10.0, (ces - 1.0) / 6.0, np.clip(sentiment, 0.0, 100.0) / 100.0)
    scale = (nps_weight, ces_weight, np.ones_like(sentiment))
    ws = tuple(
        np.where(np.isfinite(x) & np.isfinite(s), w * s, 0.0)
        for x, s, w in zip(xs, scale, weights, strict=True)
    )
    num = sum((w * np.nan_to_num(x) for x, w in zip(xs, ws, strict=True)), np.zeros_like(nps))
    sat = ratio(num, ws[0] + ws[1] + ws[2])
    return sat, (ws[0], ws[1], ws[2])


def loyalty_axis(
    r_q: CodeArray,
    f_q: CodeArray,
    m_q: CodeArray,
    tenure_years: FloatArray,
    basis: CodeArray,
    params: LoyaltyParams,
    share_of_wallet: FloatArray | None = None,
) -> FloatArray:
    """Loy = 0.35·(R_q−1)/4 + 0.25·(F_q−1)/4 + 0.15·(M_q−1)/4 + 0.25·min(1, tenure/3)."""
    wr, wf, wm, wt = params.loy_weights
    r, f, m = (np.clip((q.astype(np.float64) - 1.0) / 4.0, 0.0, 1.0) for q in (r_q, f_q, m_q))
    t = np.clip(tenure_years / params.tenure_full_years, 0.0, 1.0)
    loy = np.select(
        [basis == Basis.ORDERS, basis == Basis.CONTACTS],
        [wr * r + wf * f + wm * m + wt * t, (wr * r + wf * f + wt * t) / (wr + wf + wt)],
        wt * t,
    )
    if share_of_wallet is not None:
        sow = np.clip(share_of_wallet, 0.0, 1.0)
        loy = np.where(
            np.isfinite(sow), (1 - params.sow_weight) * loy + params.sow_weight * sow, loy
        )
    return np.asarray(loy, dtype=np.float64)


_GROUP_OF_RULE = np.array(
    [
        Group.LEAVER,
        Group.LEAVER,
        Group.AMBASSADOR,
        Group.PASSIVE_LOYAL,
        Group.PASSIVE_LOYAL,
        Group.SHOPPER,
        Group.SHOPPER,
    ],
    dtype=np.int8,
)


def group_rules(
    sat: FloatArray,
    loy: FloatArray,
    segment: CodeArray,
    detractor: BoolArray,
    params: LoyaltyParams,
) -> CodeArray:
    """GroupRule per customer: the first rule of §10.2 item 8 that matches."""
    known = np.isfinite(sat)
    loyal = ge(loy, params.loy_high)
    return np.select(
        [
            (segment == RfmSegment.LOST) | (segment == RfmSegment.HIBERNATING),
            ~loyal & known & lt(sat, params.sat_low),
            loyal & ge(sat, params.sat_high) & ~detractor,
            loyal & known,
            loyal,
            known,
        ],
        [
            GroupRule.LOST_OR_HIBERNATING,
            GroupRule.LOW_LOY_LOW_SAT,
            GroupRule.LOYAL_AND_SATISFIED,
            GroupRule.LOYAL_NOT_SATISFIED,
            GroupRule.LOYAL_SAT_UNKNOWN,
            GroupRule.NOT_LOYAL_SATISFIED,
        ],
        GroupRule.NOT_LOYAL_SAT_UNKNOWN,
    ).astype(np.int8)


def loyalty_score(
    loy: FloatArray,
    sat: FloatArray,
    adv: FloatArray,
    effort_n: FloatArray,
    weights: tuple[float, float, float, float],
) -> IntArray:
    """LS = round(100·[0.35·Loy + 0.30·Sat + 0.20·Adv + 0.15·(1−effort_n)]), renormalised over
    the terms that exist; half-up rounding."""
    terms = (loy, sat, adv, 1.0 - effort_n)
    num = np.zeros_like(loy)
    den = np.zeros_like(loy)
    for x, w in zip(terms, weights, strict=True):
        ok = np.isfinite(x)
        num += np.where(ok, w * np.nan_to_num(x), 0.0)
        den += np.where(ok, w, 0.0)
    share = np.clip(np.nan_to_num(ratio(num, den)), 0.0, 1.0)
    return np.floor(100.0 * share + 0.5 + EPS).astype(np.int64)


def assign_groups(
    base: LoyaltyBase,
    params: LoyaltyParams,
    nps: NpsFigures,
    effort: EffortFigures,
    rfm: RfmFigures,
    value: ValueFigures,
    adv_figs: AdvocacyFigures,
) -> GroupFigures:
    n, now = base.n, base.now_day
    sat, sat_w = satisfaction(
        nps.latest,
        nps.weight,
        effort.ces,
        effort.weight,
        base.mean_sentiment_90d,
        params.sat_weights,
    )
    tenure = np.nan_to_num(np.maximum(now - rfm.first_day, 0.0) / YEAR_DAYS)
    loy = loyalty_axis(rfm.r_q, rfm.f_q, rfm.m_q, tenure, rfm.basis, params, base.share_of_wallet)
    detractor = nps.cls == NpsClass.DETRACTOR
    rule = group_rules(sat, loy, rfm.segment, detractor, params)
    group = _GROUP_OF_RULE[rule]

    age = now - base.res_day
    recent = base.res_recovered & (age >= 0) & (age <= params.recovered_window_days)
    recovered_n = count(base.res_customer[recent], n)
    hostage = (group == Group.PASSIVE_LOYAL) & (lt(sat, params.sat_low) | detractor)
    terrorist = (group == Group.LEAVER) & (adv_figs.anti_promoter | base.escalation_cue_90d)
    bits: list[tuple[Flag, BoolArray]] = [
        (Flag.SUPERPROMOTER, adv_figs.superpromoter),
        (Flag.ANTI_PROMOTER, adv_figs.anti_promoter),
        (Flag.HOSTAGE, hostage),
        (Flag.TERRORIST, terrorist),
        (Flag.RECOVERED, recovered_n > 0),
        (Flag.EASY, ge(effort.ces, params.ces_easy)),
        (Flag.DIFFICULT, np.asarray(effort.ces <= params.ces_difficult + EPS)),
    ]
    flags = np.zeros(n, dtype=np.uint8)
    for flag, mask in bits:
        flags |= np.where(mask, np.uint8(flag.value), np.uint8(0))

    promoter = (nps.cls == NpsClass.PROMOTER).astype(np.float64)
    adv = np.where(
        adv_figs.superpromoter,
        1.0,
        np.where(adv_figs.anti_promoter, 0.0, 0.5 * value.crv_pct / 100.0 + 0.5 * promoter),
    )
    score = loyalty_score(loy, sat, adv, effort.effort_n, params.score_weights)
    return GroupFigures(
        sat=sat,
        sat_weights=sat_w,
        tenure_years=tenure,
        loy=loy,
        group=group,
        rule=rule,
        recovered_n=recovered_n,
        flags=flags,
        adv=adv,
        score=score,
    )
