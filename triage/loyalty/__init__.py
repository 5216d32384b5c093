"""Loyalty profiles: NPS class, effort, RFM, CLV, referral value and the four groups."""

from triage.loyalty.codes import (
    Basis,
    CesSource,
    Flag,
    Group,
    GroupRule,
    NpsClass,
    RfmSegment,
    ValueQuadrant,
    flag_labels,
)
from triage.loyalty.compute import compute, war_share
from triage.loyalty.inputs import (
    CustomerRow,
    LoyaltyBase,
    OrderRow,
    ReferralRow,
    ResolutionRow,
    SurveyRow,
    build_base,
    days,
)
from triage.loyalty.nps import GroupNps, group_nps
from triage.loyalty.params import LoyaltyParams
from triage.loyalty.result import LoyaltyProfile, LoyaltyResult

__all__ = [
    "Basis",
    "CesSource",
    "CustomerRow",
    "Flag",
    "Group",
    "GroupNps",
    "GroupRule",
    "LoyaltyBase",
    "LoyaltyParams",
    "LoyaltyProfile",
    "LoyaltyResult",
    "NpsClass",
    "OrderRow",
    "ReferralRow",
    "ResolutionRow",
    "RfmSegment",
    "SurveyRow",
    "ValueQuadrant",
    "build_base",
    "compute",
    "days",
    "flag_labels",
    "group_nps",
    "war_share",
]
