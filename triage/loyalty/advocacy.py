"""§10.2 item 6: superpromoter and anti-promoter (Vogelaar's enthusiastic + shares + influences).

- Enthusiastic: NPS promoter; without an NPS answer, a CES 2.0 *survey* ≥ 6 with a positive
  public mention (an effortless ticket is no evidence of enthusiasm).
- Shares: a positive public mention in 12 months or a referral in 24 months.
- Influences: a converted referral in 24 months, or ≥ 2,000 followers with account IR ≥ the
  platform median (the base's median when none is given), or a positive mention with ≥ 20
  interactions.
- Anti-promoter: detractor or an escalation cue in 90 days, and a negative public mention with
  interactions ≥ the brand's median (params fallback when unknown).
- Both: the most recent evidence wins. Undated evidence counts from the start of its window
  (12 months for positive mentions, 90 days for negative ones and cues); an exact tie goes to
  the anti-promoter, the costlier one to miss in triage.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from triage.loyalty.codes import CesSource, NpsClass
from triage.loyalty.columns import ge, ratio
from triage.loyalty.effort import EffortFigures
from triage.loyalty.inputs import BoolArray, FloatArray, IntArray, LoyaltyBase
from triage.loyalty.nps import NpsFigures
from triage.loyalty.params import LoyaltyParams
from triage.loyalty.value import ValueFigures


@dataclass(frozen=True, slots=True)
class AdvocacyFigures:
    account_ir: FloatArray  # (interactions / posts) / followers × 100, NaN without posts
    ir_median: float
    mention_median: float
    enthusiastic: BoolArray
    shares: BoolArray
    influences: BoolArray
    anti_evidence: BoolArray  # qualifies as anti-promoter before the exclusivity rule
    super_day: FloatArray  # newest superpromoter evidence, NaN if none
    anti_day: FloatArray
    superpromoter: BoolArray
    anti_promoter: BoolArray


def account_ir(followers: IntArray, posts: IntArray, interactions: IntArray) -> FloatArray:
    """Account interaction rate in % (§5.3, CrowdTangle/quintly): per post, per follower."""
    per_post = ratio(interactions.astype(np.float64), posts.astype(np.float64))
    return ratio(100.0 * per_post, followers.astype(np.float64))


def _newest(*days: FloatArray) -> FloatArray:
    out = days[0]
    for d in days[1:]:
        out = np.fmax(out, d)
    return out


def advocacy(
    base: LoyaltyBase,
    params: LoyaltyParams,
    nps: NpsFigures,
    effort: EffortFigures,
    value: ValueFigures,
) -> AdvocacyFigures:
    now, nan = base.now_day, np.nan
    promoter = nps.cls == NpsClass.PROMOTER
    detractor = nps.cls == NpsClass.DETRACTOR
    positive = base.pos_public_mentions_12m >= 1
    via_ces = (
        (nps.cls == NpsClass.UNKNOWN)
        & (effort.source == CesSource.SURVEY)
        & ge(effort.ces, params.enthusiastic_ces)
        & positive
    )
    enthusiastic = promoter | via_ces
    shares = positive | (value.referrals_made >= 1)

    ir = account_ir(base.followers, base.posts_90d, base.interactions_90d)
    known_ir = ir[np.isfinite(ir)]
    ir_median = base.platform_ir_median
    if not np.isfinite(ir_median):
        ir_median = float(np.median(known_ir)) if known_ir.size else nan
    reach = (base.followers >= params.superpromoter_followers) & ge(ir, ir_median)
    loud_praise = ge(base.max_pos_mention_interactions_12m, params.superpromoter_interactions)
    influences = (value.referrals_converted >= 1) | reach | loud_praise
    super_evidence = enthusiastic & shares & influences

    mention_median = base.brand_mention_interactions_median
    if not np.isfinite(mention_median):
        mention_median = params.mention_median_fallback
    loud_complaint = ge(base.neg_public_mention_interactions_90d, mention_median)
    anti_evidence = (detractor | base.escalation_cue_90d) & loud_complaint

    social_start = now - params.social_window_days
    super_day = _newest(
        np.where(promoter, nps.day, nan),
        np.where(via_ces, effort.survey_day, nan),
        np.where(positive, np.fmax(base.last_pos_mention_day, now - params.nps_window_days), nan),
        value.last_referral_day,
    )
    anti_day = _newest(
        np.where(detractor, nps.day, nan),
        np.where(loud_complaint, np.fmax(base.last_neg_mention_day, social_start), nan),
        np.where(base.escalation_cue_90d, np.fmax(base.last_escalation_cue_day, social_start), nan),
    )
    newer = np.nan_to_num(super_day, nan=-np.inf) > np.nan_to_num(anti_day, nan=-np.inf)
    superpromoter = super_evidence & (~anti_evidence | newer)
    return AdvocacyFigures(
        account_ir=ir,
        ir_median=float(ir_median),
        mention_median=float(mention_median),
        enthusiastic=enthusiastic,
        shares=shares,
        influences=influences,
        anti_evidence=anti_evidence,
        super_day=super_day,
        anti_day=anti_day,
        superpromoter=superpromoter,
        anti_promoter=anti_evidence & ~superpromoter,
    )
