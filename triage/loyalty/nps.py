"""§10.2 item 1: the customer's latest NPS answer and class, and group NPS with its margin."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from triage.loyalty.codes import NpsClass
from triage.loyalty.columns import age_weight, latest_row
from triage.loyalty.inputs import SURVEY_NPS, CodeArray, FloatArray, LoyaltyBase
from triage.loyalty.params import LoyaltyParams


@dataclass(frozen=True, slots=True)
class NpsFigures:
    latest: FloatArray  # 0-10, NaN if no answer in 12 months
    day: FloatArray  # when it was answered
    weight: FloatArray  # its age weight exp(-age/180), NaN if none
    cls: CodeArray  # NpsClass


def nps_class(scores: FloatArray) -> CodeArray:
    """Promoter 9-10, passive 7-8, detractor 0-6 (Reichheld), unknown for NaN."""
    return np.select(
        [scores >= 9, scores >= 7, scores >= 0],
        [NpsClass.PROMOTER, NpsClass.PASSIVE, NpsClass.DETRACTOR],
        NpsClass.UNKNOWN,
    ).astype(np.int8)


def latest_nps(base: LoyaltyBase, params: LoyaltyParams) -> NpsFigures:
    age = base.now_day - base.survey_day
    rows = np.flatnonzero(
        (base.survey_kind == SURVEY_NPS)
        & (age >= 0)
        & (age <= params.nps_window_days)
        & np.isfinite(base.survey_score)
    )
    pick = latest_row(base.survey_customer[rows], base.survey_day[rows], base.n)
    has = pick >= 0
    latest = np.full(base.n, np.nan)
    day = np.full(base.n, np.nan)
    latest[has] = base.survey_score[rows[pick[has]]]
    day[has] = base.survey_day[rows[pick[has]]]
    weight = age_weight(base.now_day - day, params.survey_decay_days)
    return NpsFigures(latest=latest, day=day, weight=weight, cls=nps_class(latest))


@dataclass(frozen=True, slots=True)
class GroupNps:
    nps: float  # 100·(p - d), NaN for no answers
    margin: float  # 95% margin of error, in NPS points
    n: int
    promoters: float  # share p
    detractors: float  # share d


def group_nps(scores: ArrayLike) -> GroupNps:
    """NPS of a group with its 95% margin ±1.96·100·√((p + d − (p − d)²)/n); NaNs are skipped.

    Only meaningful for a group (§1.2); report it with n and the margin, never alone.
    """
    s = np.asarray(scores, dtype=np.float64)
    s = s[np.isfinite(s)]
    n = int(s.size)
    if n == 0:
        return GroupNps(math.nan, math.nan, 0, math.nan, math.nan)
    p = float(np.count_nonzero(s >= 9)) / n
    d = float(np.count_nonzero(s <= 6)) / n
    variance = max(0.0, p + d - (p - d) ** 2)
    return GroupNps(100.0 * (p - d), 1.96 * 100.0 * math.sqrt(variance / n), n, p, d)
