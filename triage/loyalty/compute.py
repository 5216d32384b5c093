"""The loyalty profile of every customer at once (domain.md §10.2 items 1-6, 8-10).

`compute(base)` is pure and vectorised: it reads a LoyaltyBase (columns for the whole base,
since percentiles and quintiles are relative to it) and returns a columnar LoyaltyResult.
Each figure lives in its own module, whose docstring records where it departs from §10.2:

- nps.py      item 1: latest NPS in 12 months and its class; group NPS with its margin.
- effort.py   item 2: CES survey mean or the ticket-based estimate (OEI).
- rfm.py      item 3: R/F/M quintiles, segments, segment retention (backtest + prior).
- value.py    items 4-5, 10: CLV₃, CRV, percentiles, quadrant, value_pct = max of the pcts.
- advocacy.py item 6: superpromoter / anti-promoter, most recent evidence wins.
- groups.py   items 8-9: Sat, Loy, the four groups, flags, loyalty score 0-100.

Item 7 (share of wallet) is used only when the caller supplies `share_of_wallet` (0-1,
e.g. from `war_share`): Loy ← 0.8·Loy + 0.2·SoW.

Departures from §10.2, in short (each module says why):
- segment retention r is a backtest (segment a year ago → bought since), shrunk to a table;
- customers without orders are ranked on contacts (no M, no segment, never "lost");
- Sat weights survey terms by their age weight; LS and Sat renormalise over known terms;
- passive loyal also takes loyal detractors with Sat ≥ 0.7 (a gap in the rules);
- superpromoter via CES needs a CES *survey*; undated evidence dates from its window start,
  ties go to the anti-promoter;
- pct(CRV) ranks referrers only; unknown referred people are valued at the median buyer CLV₃;
- tickets older than 24 months do not count for effort; easy/difficult read either source.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from triage.loyalty.advocacy import advocacy
from triage.loyalty.effort import customer_effort
from triage.loyalty.groups import assign_groups
from triage.loyalty.inputs import FloatArray, LoyaltyBase
from triage.loyalty.nps import latest_nps
from triage.loyalty.params import LoyaltyParams
from triage.loyalty.result import LoyaltyResult, Parts
from triage.loyalty.rfm import customer_rfm, order_value, segment_retention
from triage.loyalty.value import customer_value

_DEFAULT_PARAMS = LoyaltyParams()


def compute(base: LoyaltyBase, params: LoyaltyParams = _DEFAULT_PARAMS) -> LoyaltyResult:
    """Every customer's loyalty figures, as of base.now_day."""
    nps = latest_nps(base, params)
    effort = customer_effort(base, params)
    margin = order_value(base, params)
    rfm = customer_rfm(base, params, margin)
    retention = segment_retention(base, params, margin)
    value = customer_value(base, params, rfm, retention)
    adv = advocacy(base, params, nps, effort, value)
    groups = assign_groups(base, params, nps, effort, rfm, value, adv)
    return LoyaltyResult(
        customer_ids=base.customer_ids,
        now_day=base.now_day,
        nps_latest=nps.latest,
        nps_class=nps.cls,
        ces=effort.ces,
        ces_source=effort.source,
        effort_n=effort.effort_n,
        basis=rfm.basis,
        r_days=rfm.r_days,
        f=rfm.f,
        m=rfm.m,
        r_q=rfm.r_q,
        f_q=rfm.f_q,
        m_q=rfm.m_q,
        rfm_segment=rfm.segment,
        clv=value.clv,
        clv_pct=value.clv_pct,
        crv=value.crv,
        crv_pct=value.crv_pct,
        value_quadrant=value.quadrant,
        value_pct=value.value_pct,
        sat=groups.sat,
        loy=groups.loy,
        group=groups.group,
        flags=groups.flags,
        loyalty_score=groups.score,
        followers=base.followers,
        account_ir=adv.account_ir,
        parts=Parts(
            nps=nps,
            effort=effort,
            rfm=rfm,
            retention=retention,
            value=value,
            advocacy=adv,
            groups=groups,
        ),
        base=base,
        params=params,
    )


def war_share(rank: ArrayLike, n_brands: ArrayLike) -> FloatArray:
    """Wallet Allocation Rule share (1 − rank/(n+1))·(2/n) (§6); average ranks for ties.
    NaN where n < 1. Use it only in repertoire categories (≥ 40% multi-brand users)."""
    r = np.asarray(rank, dtype=np.float64)
    n = np.asarray(n_brands, dtype=np.float64)
    out = np.full(np.broadcast(r, n).shape, np.nan)
    ok = n >= 1
    np.divide(2.0 * (1.0 - r / (n + 1.0)), n, out=out, where=ok)
    return out
