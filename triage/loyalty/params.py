"""The constants of the loyalty model (domain.md §10.2), in one place so calibration can vary them.

Everything here is a [P] proposal except the NPS/CES cut-offs. Money is in the base's
currency (orders' amount and margin).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from triage.loyalty.codes import RfmSegment

YEAR_DAYS = 365.25


def _default_retention() -> Mapping[str, float]:
    # 12-month repurchase probability per RFM segment, used when the base's own history is too
    # thin (see rfm.segment_retention). Ordered like the segments' intent; not from a source.
    return MappingProxyType(
        {
            "champions": 0.85,
            "loyal": 0.80,
            "potential_loyalist": 0.60,
            "need_attention": 0.50,
            "new": 0.45,
            "at_risk": 0.35,
            "hibernating": 0.20,
            "lost": 0.10,
        }
    )


@dataclass(frozen=True, slots=True)
class LoyaltyParams:
    # Windows, in days.
    rfm_window_days: float = 730.0  # 24 months: F, M, referrals, tickets for effort
    nps_window_days: float = 365.0  # 12 months: latest NPS, CES surveys, positive mentions
    social_window_days: float = 90.0  # negative mentions, escalation cues
    recovered_window_days: float = 365.0
    retention_lookback_days: float = 365.0  # segment retention: a year ago -> the year since
    # Survey age weight w = exp(-age / survey_decay_days) (§10.2: exp(-age/180), so the
    # half-life is 180·ln 2 ≈ 125 days).
    survey_decay_days: float = 180.0
    effort_tickets: int = 5  # ces_est over the customer's last 5 tickets
    # Value.
    discount_rate: float = 0.10  # i
    clv_horizon_years: int = 3  # CLV₃ (Hughes)
    acquisition_cost: float = 50.0  # AC
    default_margin_rate: float = 0.30  # margin = amount x 0.30 when an order has none
    default_retention: Mapping[str, float] = field(default_factory=_default_retention)
    retention_prior_weight: float = 20.0  # pseudo-customers of the default in a segment's rate
    # Axes and groups.
    sat_weights: tuple[float, float, float] = (0.5, 0.3, 0.2)  # NPS, CES, sentiment
    loy_weights: tuple[float, float, float, float] = (0.35, 0.25, 0.15, 0.25)  # R, F, M, tenure
    tenure_full_years: float = 3.0
    sow_weight: float = 0.2
    sat_high: float = 0.7
    sat_low: float = 0.5
    loy_high: float = 0.6
    score_weights: tuple[float, float, float, float] = (0.35, 0.30, 0.20, 0.15)  # Loy Sat Adv 1-e
    # Effort flags (CES 2.0 scale).
    ces_easy: float = 5.0
    ces_difficult: float = 3.0
    # Superpromoter / anti-promoter.
    enthusiastic_ces: float = 6.0
    superpromoter_followers: float = 2000.0
    superpromoter_interactions: float = 20.0
    mention_median_fallback: float = 20.0  # when the brand's mention median is unknown

    def __post_init__(self) -> None:
        names = {s.label for s in RfmSegment if s is not RfmSegment.NONE}
        if set(self.default_retention) != names:
            raise ValueError(f"default_retention needs exactly the segments {sorted(names)}")
        if not all(0.0 <= r <= 1.0 for r in self.default_retention.values()):
            raise ValueError("retention rates must be within 0-1")
        if self.discount_rate <= 0 or self.clv_horizon_years < 1 or self.effort_tickets < 1:
            raise ValueError("discount_rate > 0, clv_horizon_years >= 1, effort_tickets >= 1")

    def retention_table(self) -> tuple[float, ...]:
        """Default retention indexed by RfmSegment code (NONE -> 0)."""
        return tuple(
            0.0 if s is RfmSegment.NONE else self.default_retention[s.label] for s in RfmSegment
        )
