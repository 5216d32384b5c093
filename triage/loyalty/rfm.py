"""§10.2 item 3: recency, frequency and monetary value, their quintiles and the RFM segment.

Quintiles are percentile ranks within the ranked population (ties share the lower quintile;
R is ranked on the last day, so 5 = most recent). One-purchase customers get F_q = 1.
FM = round-half-up((F_q + M_q)/2). R counts from the last order ever, so a customer whose
orders are all older than 24 months is still ranked (F = M = 0) and lands in lost/hibernating.

Customers without orders are ranked on contacts instead (§10.2 item 3 for non-transactional
businesses; most social-care clients never "order"): R = days since the last contact, survey
answer, referral or dated positive mention; F = those events in 24 months; no M and no RFM
segment (`none`). They are ranked among themselves, not against buyers.

Segment retention (for CLV) is measured as a backtest: the customers' segment as of a year
ago, and the share of each segment that bought in the year since. §10.2 / the brief read the
current segment's retention; but the current segment is defined by recency, so that is
circular (today's champions bought recently by definition, today's lost did not). Rates are
shrunk towards the default table with `retention_prior_weight` pseudo-customers, so thin
segments (or a base with less than a year of history) fall back to the table.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from triage.loyalty.codes import Basis, RfmSegment
from triage.loyalty.columns import count, group_max, group_min, quintile, total
from triage.loyalty.inputs import BoolArray, CodeArray, FloatArray, IntArray, LoyaltyBase
from triage.loyalty.params import LoyaltyParams


@dataclass(frozen=True, slots=True)
class RfmFigures:
    basis: CodeArray  # Basis
    last_day: FloatArray  # last order (contacts basis: last contact), NaN if none
    r_days: FloatArray  # days since last_day
    f: IntArray  # orders (contacts) in the 24-month window
    m: FloatArray  # margin in the window; NaN unless the basis is orders
    first_in_window: FloatArray  # first order in the window (CLV's years active)
    first_day: FloatArray  # earliest known day of the customer (tenure)
    r_q: CodeArray  # 1-5, 0 = not ranked
    f_q: CodeArray
    m_q: CodeArray  # 0 unless the basis is orders
    fm: CodeArray
    segment: CodeArray  # RfmSegment


@dataclass(frozen=True, slots=True)
class RetentionTable:
    """12-month retention per RfmSegment code (index), with the evidence behind it."""

    rate: FloatArray
    customers: IntArray  # customers in the segment a year ago
    retained: IntArray  # ... of whom bought in the year since
    default: FloatArray


def order_value(base: LoyaltyBase, params: LoyaltyParams) -> FloatArray:
    """Margin per order; amount × default_margin_rate where the margin is unknown."""
    return np.where(
        np.isfinite(base.order_margin),
        base.order_margin,
        base.order_amount * params.default_margin_rate,
    )


def segments(r_q: CodeArray, f_q: CodeArray, m_q: CodeArray, ranked: BoolArray) -> CodeArray:
    """The first matching rule of §10.2 item 3 (a partition); NONE for unranked customers."""
    r = r_q.astype(np.int64)
    fm = (f_q.astype(np.int64) + m_q + 1) // 2
    seg = np.select(
        [
            (r >= 4) & (fm >= 4),
            (r >= 4) & (f_q == 1),
            r >= 4,
            (r == 3) & (fm >= 4),
            r == 3,
            (r <= 2) & (fm >= 3),
            r == 2,
        ],
        [
            RfmSegment.CHAMPIONS,
            RfmSegment.NEW,
            RfmSegment.POTENTIAL_LOYALIST,
            RfmSegment.LOYAL,
            RfmSegment.NEED_ATTENTION,
            RfmSegment.AT_RISK,
            RfmSegment.HIBERNATING,
        ],
        RfmSegment.LOST,
    )
    return np.where(ranked, seg, RfmSegment.NONE).astype(np.int8)


def _rank(
    last_day: FloatArray, f: IntArray, m: FloatArray | None, pop: BoolArray
) -> tuple[CodeArray, CodeArray, CodeArray]:
    r_q = quintile(last_day, pop)
    f_q = quintile(f.astype(np.float64), pop)
    f_q[pop & (f <= 1)] = 1  # a single purchase is never "frequent"
    m_q = quintile(m, pop) if m is not None else np.zeros(pop.size, dtype=np.int8)
    return r_q, f_q, m_q


def _orders_as_of(
    base: LoyaltyBase, value: FloatArray, as_of: float, window: float
) -> tuple[FloatArray, IntArray, FloatArray, FloatArray]:
    """Last order day (ever), orders and margin in the window, first order in the window."""
    n = base.n
    sel = np.flatnonzero(base.order_day <= as_of)
    who, day = base.order_customer[sel], base.order_day[sel]
    last = group_max(who, day, n)
    win = day >= as_of - window
    f = count(who[win], n)
    m = total(who[win], value[sel][win], n)
    first = group_min(who[win], day[win], n)
    return last, f, m, first


def order_segments_as_of(
    base: LoyaltyBase, value: FloatArray, as_of: float, params: LoyaltyParams
) -> CodeArray:
    last, f, m, _ = _orders_as_of(base, value, as_of, params.rfm_window_days)
    ranked = np.isfinite(last)
    return segments(*_rank(last, f, m, ranked), ranked)


def _contact_events(base: LoyaltyBase) -> tuple[IntArray, FloatArray]:
    dated = np.flatnonzero(np.isfinite(base.last_pos_mention_day))
    who = np.concatenate([base.res_customer, base.survey_customer, base.ref_referrer, dated])
    day = np.concatenate(
        [base.res_day, base.survey_day, base.ref_day, base.last_pos_mention_day[dated]]
    )
    keep = day <= base.now_day
    return who[keep], day[keep]


def customer_rfm(base: LoyaltyBase, params: LoyaltyParams, value: FloatArray) -> RfmFigures:
    n, now, window = base.n, base.now_day, params.rfm_window_days
    o_last, o_f, o_m, first_in_window = _orders_as_of(base, value, now, window)
    buyers = np.isfinite(o_last)
    o_r, o_fq, o_mq = _rank(o_last, o_f, o_m, buyers)

    c_who, c_day = _contact_events(base)
    c_last = group_max(c_who, c_day, n)
    c_f = count(c_who[c_day >= now - window], n)
    contacts = ~buyers & np.isfinite(c_last)
    c_r, c_fq, _ = _rank(c_last, c_f, None, contacts)

    basis = np.select([buyers, contacts], [Basis.ORDERS, Basis.CONTACTS], Basis.NONE)
    last = np.where(buyers, o_last, c_last)
    r_q = np.where(buyers, o_r, c_r).astype(np.int8)
    f_q = np.where(buyers, o_fq, c_fq).astype(np.int8)
    m_q = np.where(buyers, o_mq, 0).astype(np.int8)
    first_order = group_min(
        base.order_customer[base.order_day <= now], base.order_day[base.order_day <= now], n
    )
    first_day = np.fmin(np.fmin(base.first_seen_days, first_order), group_min(c_who, c_day, n))
    return RfmFigures(
        basis=basis.astype(np.int8),
        last_day=last,
        r_days=now - last,
        f=np.where(buyers, o_f, c_f),
        m=np.where(buyers, o_m, np.nan),
        first_in_window=first_in_window,
        first_day=first_day,
        r_q=r_q,
        f_q=f_q,
        m_q=m_q,
        fm=np.where(basis > 0, (f_q.astype(np.int64) + m_q + 1) // 2, 0).astype(np.int8),
        segment=segments(o_r, o_fq, o_mq, buyers),
    )


def segment_retention(
    base: LoyaltyBase, params: LoyaltyParams, value: FloatArray
) -> RetentionTable:
    """Share of each segment (as of a year ago) that bought in the year since, shrunk to the
    default table: rate = (retained + w·default) / (customers + w)."""
    as_of = base.now_day - params.retention_lookback_days
    then = order_segments_as_of(base, value, as_of, params)
    since = (base.order_day > as_of) & (base.order_day <= base.now_day)
    bought = count(base.order_customer[since], base.n) > 0
    size = len(RfmSegment)
    customers = np.bincount(then, minlength=size).astype(np.int64)
    retained = np.bincount(then, weights=bought, minlength=size).astype(np.int64)
    customers[RfmSegment.NONE] = retained[RfmSegment.NONE] = 0
    default = np.asarray(params.retention_table(), dtype=np.float64)
    w = params.retention_prior_weight
    rate = (retained + w * default) / np.maximum(customers + w, 1e-12)
    rate[RfmSegment.NONE] = 0.0
    return RetentionTable(rate=rate, customers=customers, retained=retained, default=default)
