"""§10.2 items 4-5: CLV, CRV, their percentiles, the value quadrant and the value triage reads.

- CLV₃ = Σ_{t=1..3} m·r^t/(1+i)^t with m = margin in 24 months / max(1, years active in the
  window) and r = the customer's RFM segment retention (rfm.segment_retention). Customers
  without orders have CLV 0 when the base has orders, NaN (unknown) when it has none.
- CRV = Σ over converted referrals in 24 months of α·CLV₃(referred) + (1−α)·AC − incentive.
  A referred person who is not a known buyer is valued at the median CLV₃ of the base's
  buyers (AC when there are none): their own CLV is not observable yet. Self-referrals are
  ignored.
- pct(CLV) ranks the whole base; pct(CRV) ranks the customers with a converted referral (0 for
  the others), which is how a referrer can sit at the 10th percentile (§10.1's example).
- value_pct = max(pct CLV, pct CRV) as §10.1 reads it: Kumar et al. 2007 found high CLV does
  not predict high CRV, so a mean would halve an Advocate's or an Affluent's value; the max
  keeps either kind of value. NaN (unknown, triage's default) only when the base has no orders
  and the customer made no converted referral.
- Quadrant: high CLV = buyer with CLV ≥ the buyers' median; high CRV = CRV > the referrers'
  median and > 0 (§10.2; a zero or negative CRV is never "high").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from triage.loyalty.codes import Basis
from triage.loyalty.columns import count, group_max, pct_below, total
from triage.loyalty.inputs import CodeArray, FloatArray, IntArray, LoyaltyBase
from triage.loyalty.params import YEAR_DAYS, LoyaltyParams
from triage.loyalty.rfm import RetentionTable, RfmFigures


@dataclass(frozen=True, slots=True)
class ValueFigures:
    years_active: FloatArray
    m_annual: FloatArray
    retention: FloatArray  # r of the customer's segment, NaN for non-buyers
    clv: FloatArray
    clv_infinite: FloatArray  # the m·r/(1+i−r) check
    clv_pct: FloatArray
    referrals_made: IntArray  # in 24 months, converted or not
    referrals_converted: IntArray
    last_referral_day: FloatArray
    ref_value: FloatArray  # per referral row: its CRV contribution, NaN if not counted
    crv: FloatArray
    crv_pct: FloatArray
    quadrant: CodeArray  # ValueQuadrant: [high CLV] + 2·[high CRV]
    value_pct: FloatArray
    clv_fallback: float  # CLV₃ used for referred people who are not known buyers
    clv_median: float
    crv_median: float


def clv_horizon(m: FloatArray, r: FloatArray, i: float, years: int) -> FloatArray:
    """Σ_{t=1..years} m·r^t/(1+i)^t (Gupta & Lehmann with a finite horizon)."""
    q = r / (1.0 + i)
    factor = np.zeros_like(q)
    term = np.ones_like(q)
    for _ in range(years):
        term = term * q
        factor = factor + term
    return m * factor


def clv_infinite(m: FloatArray, r: FloatArray, i: float) -> FloatArray:
    return m * r / (1.0 + i - r)


def _median(x: FloatArray) -> float:
    return float(np.median(x)) if x.size else float("nan")


def customer_value(
    base: LoyaltyBase, params: LoyaltyParams, rfm: RfmFigures, retention: RetentionTable
) -> ValueFigures:
    n, now, i = base.n, base.now_day, params.discount_rate
    buyers = rfm.basis == Basis.ORDERS
    any_orders = bool(buyers.any())
    none_value = 0.0 if any_orders else np.nan

    years = np.fmax((now - rfm.first_in_window) / YEAR_DAYS, 1.0)
    m_annual = np.where(buyers, np.nan_to_num(rfm.m) / years, none_value)
    r = np.where(buyers, retention.rate[rfm.segment], np.nan)
    clv = np.where(buyers, clv_horizon(m_annual, r, i, params.clv_horizon_years), none_value)
    clv_inf = np.where(buyers, clv_infinite(m_annual, r, i), none_value)
    everyone = np.ones(n, dtype=np.bool_)
    clv_pct = pct_below(clv, everyone) if any_orders else np.full(n, np.nan)
    clv_median = _median(clv[buyers])

    age = now - base.ref_day
    in_window = (
        (age >= 0) & (age <= params.rfm_window_days) & (base.ref_referred != base.ref_referrer)
    )
    made = count(base.ref_referrer[in_window], n)
    last_ref = group_max(base.ref_referrer[in_window], base.ref_day[in_window], n)
    rows = np.flatnonzero(in_window & base.ref_converted)
    referred = base.ref_referred[rows]
    safe = np.maximum(referred, 0)
    known = (referred >= 0) & buyers[safe]
    fallback = clv_median if any_orders else params.acquisition_cost
    clv_j = np.where(known, clv[safe], fallback)
    alpha = np.nan_to_num(base.ref_type_one[rows], nan=0.5)
    val = alpha * clv_j + (1.0 - alpha) * params.acquisition_cost - base.ref_incentive[rows]
    ref_value = np.full(base.ref_day.size, np.nan)
    ref_value[rows] = val
    referrer = base.ref_referrer[rows]
    crv = total(referrer, val, n)
    converted = count(referrer, n)
    referrers = converted > 0
    crv_pct = np.where(referrers, pct_below(crv, referrers), 0.0)
    crv_median = _median(crv[referrers])

    high_clv = buyers & (clv >= clv_median)
    high_crv = referrers & (crv > crv_median) & (crv > 0)
    quadrant = (high_clv.astype(np.int8) + 2 * high_crv.astype(np.int8)).astype(np.int8)
    value_pct = np.fmax(clv_pct, np.where(referrers, crv_pct, np.nan))
    return ValueFigures(
        years_active=np.where(buyers, years, np.nan),
        m_annual=m_annual,
        retention=r,
        clv=clv,
        clv_infinite=clv_inf,
        clv_pct=clv_pct,
        referrals_made=made,
        referrals_converted=converted,
        last_referral_day=last_ref,
        ref_value=ref_value,
        crv=crv,
        crv_pct=crv_pct,
        quadrant=quadrant,
        value_pct=value_pct,
        clv_fallback=float(fallback),
        clv_median=clv_median,
        crv_median=crv_median,
    )
