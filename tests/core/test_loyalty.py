"""Loyalty profiles (domain.md §10.2): worked examples, the rules, and invariants over the base."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from triage.loyalty import (
    Basis,
    CesSource,
    CustomerRow,
    Flag,
    Group,
    GroupRule,
    LoyaltyParams,
    LoyaltyResult,
    NpsClass,
    OrderRow,
    ReferralRow,
    ResolutionRow,
    RfmSegment,
    SurveyRow,
    ValueQuadrant,
    build_base,
    compute,
    days,
    group_nps,
    war_share,
)
from triage.loyalty.columns import age_weight, pct_below, quintile
from triage.loyalty.effort import ces_from_oei, operational_effort_index
from triage.loyalty.groups import loyalty_axis, satisfaction
from triage.loyalty.value import clv_horizon, clv_infinite

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
HOUR = 3600.0


def ago(d: float) -> datetime:
    return NOW - timedelta(days=d)


def arr(*xs: float) -> np.ndarray:
    return np.array(xs, dtype=np.float64)


def row(res: LoyaltyResult, customer_id: int) -> int:
    return res.base.row_of(customer_id)


def flags_of(res: LoyaltyResult, customer_id: int) -> set[str]:
    return set(res.profile_of(customer_id).flags)


# -- worked examples of domain.md §10.2 ------------------------------------------------------


def test_operational_effort_index_worked_example() -> None:
    # 3 contacts, 1 switch, 1 handoff, not reopened, 30 h against a 24 h SLA.
    oei = operational_effort_index(
        np.array([3]),
        np.array([1]),
        np.array([1]),
        np.array([False]),
        arr(30 * HOUR),
        arr(24 * HOUR),
    )
    assert oei[0] == pytest.approx(0.525)
    assert ces_from_oei(oei)[0] == pytest.approx(3.85)


def test_effort_estimate_from_one_ticket() -> None:
    base = build_base(
        NOW,
        [CustomerRow(1)],
        resolutions=[ResolutionRow(1, ago(3), 3, 1, 1, False, 30 * HOUR, 24 * HOUR)],
    )
    p = compute(base).profile_of(1)
    assert p.ces_source == "estimate"
    assert p.ces == pytest.approx(3.85)
    assert p.effort_n == pytest.approx(0.525)
    assert p.inputs["effort"]["oei"] == [0.525]
    assert not {"easy", "difficult"} & set(p.flags)  # 3.85 is "difficult-ish", not ≤ 3


def test_clv_worked_example() -> None:
    assert clv_horizon(arr(120), arr(0.8), 0.10, 3)[0] == pytest.approx(197, abs=0.5)
    assert clv_infinite(arr(120), arr(0.8), 0.10)[0] == pytest.approx(320)


def test_satisfaction_worked_example() -> None:
    sat, _ = satisfaction(arr(9), arr(1), arr(6), arr(1), arr(60))
    assert sat[0] == pytest.approx(0.82)


def test_loyalty_axis_worked_example() -> None:
    loy = loyalty_axis(
        np.array([4], dtype=np.int8),
        np.array([5], dtype=np.int8),
        np.array([4], dtype=np.int8),
        arr(5.0),
        np.array([Basis.ORDERS], dtype=np.int8),
        LoyaltyParams(),
    )
    assert loy[0] == pytest.approx(0.875)


def test_group_nps_margin_example() -> None:
    # p = 0.40, d = 0.20, n = 150 → +20 ± 12.
    g = group_nps([10] * 60 + [0] * 30 + [7] * 60 + [math.nan])
    assert (g.n, round(g.nps), round(g.margin)) == (150, 20, 12)
    assert math.isnan(group_nps([]).nps)


def five_buyers(
    *,
    target: CustomerRow | None = None,
    surveys: tuple[SurveyRow, ...] = (),
    referrals: tuple[ReferralRow, ...] = (),
    resolutions: tuple[ResolutionRow, ...] = (),
) -> Any:
    """Customer 1 ends up R_q 4, F_q 5, M_q 4 among five buyers (quintile = rank with n = 5)."""
    orders = [OrderRow(1, ago(600 - 100 * k), 1000, 100) for k in range(5)] + [
        OrderRow(1, ago(10), 1000, 100)
    ]
    # id: (orders, last order days ago, margin each)
    for cid, (count, last, each) in {
        2: (2, 5, 500),
        3: (3, 100, 50),
        4: (4, 200, 25),
        5: (5, 300, 10),
    }.items():
        orders += [OrderRow(cid, ago(last + 20 * k), each * 3, each) for k in range(count)]
    customers = [target or CustomerRow(1, ago(5 * 365))] + [
        CustomerRow(c, ago(4 * 365)) for c in (2, 3, 4, 5)
    ]
    return build_base(
        NOW, customers, orders, surveys, resolutions, referrals,
        brand_mention_interactions_median=10,
    )  # fmt: skip


def test_ambassador_and_superpromoter_worked_example() -> None:
    base = five_buyers(
        target=CustomerRow(1, ago(5 * 365), mean_sentiment_90d=60),
        surveys=(SurveyRow(1, NOW, "nps", 9), SurveyRow(1, NOW, "ces", 6)),
        referrals=(ReferralRow(1, 2, ago(300), True, 1.0), ReferralRow(1, 3, ago(200), True, 0.0)),
    )
    res = compute(base)
    p = res.profile_of(1)
    assert (p.inputs["rfm"]["r_q"], p.inputs["rfm"]["f_q"], p.inputs["rfm"]["m_q"]) == (4, 5, 4)
    assert p.rfm_segment == "champions"
    assert p.sat == pytest.approx(0.82)
    assert p.loy == pytest.approx(0.875)
    assert p.group == "ambassador"
    assert "superpromoter" in p.flags
    # LS = .35·.875 + .30·.82 + .20·1 + .15·(1 − 1/6) = .877
    assert p.loyalty_score == 88
    assert p.inputs["nps"] == {
        "latest": 9.0,
        "answered": "2026-11-23",
        "weight": 1.0,
        "class": "promoter",
    }
    json.dumps(p.inputs)  # the UI can ship it as is


# -- ranks ----------------------------------------------------------------------------------


def test_quintile_ties_share_the_lower_quintile() -> None:
    everyone = np.ones(10, dtype=np.bool_)
    q = quintile(arr(1, 1, 1, 2, 3, 4, 5, 6, 7, 8), everyone)
    assert q.tolist() == [1, 1, 1, 2, 3, 3, 4, 4, 5, 5]
    assert quintile(arr(7, 7, 7), np.ones(3, dtype=np.bool_)).tolist() == [1, 1, 1]
    assert pct_below(arr(0, 0, 5, 9), np.ones(4, dtype=np.bool_)).tolist() == [0, 0, 50, 75]


def test_recency_is_reversed_most_recent_is_five() -> None:
    res = compute(five_buyers())
    assert res.r_q[row(res, 2)] == 5  # bought 5 days ago
    assert res.r_q[row(res, 5)] == 1  # 300 days ago
    assert res.r_days[row(res, 2)] == pytest.approx(5)


def test_one_purchase_is_never_frequent() -> None:
    orders = [OrderRow(c, ago(10 * c), 100) for c in range(1, 6)]
    res = compute(build_base(NOW, [CustomerRow(c) for c in range(1, 6)], orders))
    assert res.f_q.tolist() == [1, 1, 1, 1, 1]
    assert res.rfm_segment[row(res, 1)] == RfmSegment.NEW  # most recent, single purchase


def test_missing_margin_uses_the_default_rate() -> None:
    base = build_base(NOW, [CustomerRow(1)], [OrderRow(1, ago(1), 200.0)])
    assert compute(base).m[0] == pytest.approx(200 * LoyaltyParams().default_margin_rate)


# -- NPS and effort -------------------------------------------------------------------------


def test_latest_nps_in_twelve_months() -> None:
    base = build_base(
        NOW,
        [CustomerRow(1), CustomerRow(2)],
        surveys=[
            SurveyRow(1, ago(400), "nps", 3),  # outside the window
            SurveyRow(1, ago(100), "nps", 10),
            SurveyRow(1, ago(20), "nps", 6),
            SurveyRow(2, ago(400), "nps", 10),
        ],
    )
    res = compute(base)
    assert res.nps_latest[0] == 6 and res.nps_class[0] == NpsClass.DETRACTOR
    assert math.isnan(res.nps_latest[1]) and res.nps_class[1] == NpsClass.UNKNOWN
    assert res.profile(0).inputs["nps"]["weight"] == pytest.approx(math.exp(-20 / 180), abs=1e-4)


def test_survey_answers_decay_with_age() -> None:
    assert age_weight(arr(0, 180), 180)[1] == pytest.approx(math.exp(-1))
    base = build_base(
        NOW,
        [CustomerRow(1)],
        surveys=[SurveyRow(1, NOW, "ces", 7), SurveyRow(1, ago(180), "ces", 1)],
        resolutions=[ResolutionRow(1, ago(1), 4, 2, 2, True, 99 * HOUR, HOUR)],  # ignored
    )
    res = compute(base)
    w = math.exp(-1)
    assert res.ces[0] == pytest.approx((7 + w * 1) / (1 + w))
    assert res.ces_source[0] == CesSource.SURVEY
    assert "easy" in flags_of(res, 1)


def test_effort_uses_the_last_five_tickets() -> None:
    hard = [ResolutionRow(1, ago(300 + k), 4, 2, 2, True, 99 * HOUR, HOUR) for k in range(3)]
    easy = [ResolutionRow(1, ago(10 + k), 1) for k in range(5)]
    res = compute(build_base(NOW, [CustomerRow(1)], resolutions=hard + easy))
    assert res.ces[0] == pytest.approx(7.0)
    assert res.profile(0).inputs["effort"]["tickets"] == 5


# -- groups and flags -----------------------------------------------------------------------


def test_lost_buyer_is_a_leaver_even_when_satisfied() -> None:
    # Five one-off buyers; customer 5 bought longest ago, so R_q = F_q = M_q = 1.
    orders = [OrderRow(c, ago(10 * c), 100) for c in range(1, 6)]
    surveys = [SurveyRow(5, ago(5), "nps", 10)]
    res = compute(build_base(NOW, [CustomerRow(c) for c in range(1, 6)], orders, surveys))
    p = res.profile_of(5)
    assert p.rfm_segment == "lost" and p.sat == 1.0
    assert p.group == "leaver"
    assert p.inputs["group"]["rule"] == GroupRule.LOST_OR_HIBERNATING.label


def test_low_loyalty_and_low_satisfaction_make_a_leaver_and_a_cue_a_terrorist() -> None:
    base = build_base(
        NOW,
        [CustomerRow(1, ago(30), mean_sentiment_90d=10, escalation_cue_90d=True)],
        surveys=[SurveyRow(1, ago(2), "nps", 2)],
    )
    p = compute(base).profile(0)
    assert p.loy < 0.6 and p.sat is not None and p.sat < 0.5
    assert p.group == "leaver"
    assert p.inputs["group"]["rule"] == "low_loy_low_sat"
    assert "terrorist" in p.flags


def test_loyal_detractor_is_a_hostage() -> None:
    res = compute(five_buyers(surveys=(SurveyRow(1, ago(1), "nps", 2),)))
    p = res.profile_of(1)
    assert p.loy >= 0.6
    assert p.group == "passive_loyal"
    assert "hostage" in p.flags


def test_loyal_detractor_with_high_satisfaction_is_still_placed() -> None:
    # NPS 6 with CES 7 and glowing messages: Sat ≥ 0.7, but a detractor is no ambassador.
    res = compute(
        five_buyers(
            target=CustomerRow(1, ago(5 * 365), mean_sentiment_90d=100),
            surveys=(SurveyRow(1, NOW, "nps", 6), SurveyRow(1, NOW, "ces", 7)),
        )
    )
    p = res.profile_of(1)
    assert p.sat is not None and p.sat >= 0.7
    assert p.group == "passive_loyal" and "hostage" in p.flags


def both_promoter_and_complainer(cue_days_ago: float, nps_days_ago: float) -> Any:
    return build_base(
        NOW,
        [
            CustomerRow(
                1,
                ago(400),
                pos_public_mentions_12m=1,
                max_pos_mention_interactions_12m=50,
                last_pos_mention=ago(nps_days_ago),
                neg_public_mention_interactions_90d=40,
                escalation_cue_90d=True,
                last_escalation_cue=ago(cue_days_ago),
                last_neg_mention=ago(cue_days_ago),
            ),
            CustomerRow(2),
        ],
        surveys=[SurveyRow(1, ago(nps_days_ago), "nps", 10)],
        brand_mention_interactions_median=10,
    )


@pytest.mark.parametrize(
    ("cue", "nps", "winner"),
    [(5, 30, "anti_promoter"), (60, 2, "superpromoter"), (10, 10, "anti_promoter")],
)
def test_superpromoter_and_anti_promoter_exclude_each_other(
    cue: float, nps: float, winner: str
) -> None:
    flags = flags_of(compute(both_promoter_and_complainer(cue, nps)), 1)
    assert winner in flags
    assert not {"superpromoter", "anti_promoter"} <= flags


def test_anti_promoter_needs_a_loud_negative_mention() -> None:
    base = build_base(
        NOW,
        [
            CustomerRow(1, neg_public_mention_interactions_90d=5),
            CustomerRow(2, neg_public_mention_interactions_90d=15),
        ],
        surveys=[SurveyRow(1, ago(1), "nps", 0), SurveyRow(2, ago(1), "nps", 0)],
        brand_mention_interactions_median=10,
    )
    res = compute(base)
    assert "anti_promoter" not in flags_of(res, 1)
    assert "anti_promoter" in flags_of(res, 2)


def test_followers_with_a_good_interaction_rate_influence() -> None:
    customers = [
        CustomerRow(1, followers=5000, posts_90d=10, interactions_90d=5000),
        CustomerRow(2, followers=5000, posts_90d=10, interactions_90d=50),
        CustomerRow(3, followers=100, posts_90d=10, interactions_90d=100),
    ]
    customers[:2] = [c._replace(pos_public_mentions_12m=1) for c in customers[:2]]
    surveys = [SurveyRow(c, ago(3), "nps", 10) for c in (1, 2)]
    res = compute(build_base(NOW, customers, surveys=surveys))
    assert res.account_ir[0] == pytest.approx(10.0)  # (5000 / 10) / 5000 × 100
    assert "superpromoter" in flags_of(res, 1)
    assert "superpromoter" not in flags_of(res, 2)  # IR 0.1 % is below the median


def test_recovered_complaint_earns_no_loyalty() -> None:
    survey = (SurveyRow(1, ago(5), "ces", 5), SurveyRow(1, ago(5), "nps", 8))
    complaint = ResolutionRow(1, ago(2), 2, 0, 0, False, 10 * HOUR, 24 * HOUR, recovered=True)
    before = compute(five_buyers(surveys=survey))
    after = compute(five_buyers(surveys=survey, resolutions=(complaint,)))
    i = row(before, 1)
    assert after.loyalty_score[i] <= before.loyalty_score[i]
    assert after.group[i] == before.group[i]
    assert "recovered" in flags_of(after, 1) and "recovered" not in flags_of(before, 1)
    # The same ticket unrecovered: every figure is identical, only the flag differs.
    plain = compute(five_buyers(surveys=survey, resolutions=(complaint._replace(recovered=False),)))
    for name, values in after.columns().items():
        if name != "flags":
            np.testing.assert_array_equal(values, plain.columns()[name], err_msg=name)
    assert after.flags[i] == plain.flags[i] | Flag.RECOVERED


# -- customers without orders ---------------------------------------------------------------


def test_empty_base() -> None:
    res = compute(build_base(NOW, []))
    assert res.n == 0
    assert all(v.size == 0 for v in res.columns().values())
    with pytest.raises(IndexError):
        res.profile(0)


def test_customer_with_nothing_at_all() -> None:
    res = compute(build_base(NOW, [CustomerRow(7)]))
    p = res.profile(0)
    assert (p.basis, p.rfm_segment, p.nps_class, p.ces_source) == (
        "none",
        "none",
        "unknown",
        "none",
    )
    assert p.sat is None and p.clv is None and p.value_pct is None  # no orders in the base
    assert p.group == "shopper" and p.flags == ()
    assert 0 <= p.loyalty_score <= 100
    json.dumps(p.inputs)
    # In a base with buyers, a non-buyer is known to be worth 0, not unknown.
    res = compute(build_base(NOW, [CustomerRow(7), CustomerRow(8)], [OrderRow(8, ago(3), 50)]))
    assert (res.clv[0], res.clv_pct[0], res.value_pct[0]) == (0, 0, 0)


def test_non_buyers_are_ranked_on_contacts() -> None:
    # Social care: no orders. Client 1 is in frequent, recent contact; client 4 went quiet.
    res_rows = [ResolutionRow(1, ago(5 + 20 * k)) for k in range(6)]
    res_rows += [ResolutionRow(2, ago(50)), ResolutionRow(3, ago(120)), ResolutionRow(4, ago(500))]
    surveys = [SurveyRow(1, ago(10), "nps", 9)]
    customers = [CustomerRow(c, ago(4 * 365), mean_sentiment_90d=70) for c in (1, 2, 3, 4)]
    res = compute(build_base(NOW, customers, surveys=surveys, resolutions=res_rows))
    p1, p4 = res.profile_of(1), res.profile_of(4)
    assert p1.basis == "contacts" and p1.rfm_segment == "none"
    assert p1.inputs["rfm"]["contacts_24m"] == 7  # six tickets and the survey
    assert p1.group == "ambassador"
    assert p4.group == "shopper"  # quiet but content: not a leaver without an order history


# -- value ----------------------------------------------------------------------------------


def test_crv_counts_type_one_value_and_type_two_acquisition_cost() -> None:
    ac = LoyaltyParams().acquisition_cost
    base = five_buyers(
        referrals=(
            ReferralRow(3, 1, ago(30), True, 1.0),  # type one: the referred CLV
            ReferralRow(3, 2, ago(30), True, 0.0),  # type two: AC saved
            ReferralRow(3, None, ago(30), True, 0.5, incentive=10.0),  # unknown person
            ReferralRow(3, 4, ago(30), False, 1.0),  # not converted
            ReferralRow(3, 5, ago(800), True, 1.0),  # outside 24 months
        )
    )
    res = compute(base)
    fallback = float(np.median(res.clv))
    expected = res.clv[row(res, 1)] + ac + (0.5 * fallback + 0.5 * ac - 10.0)
    assert res.crv[row(res, 3)] == pytest.approx(expected)
    assert res.profile_of(3).inputs["crv"]["converted_referrals"] == 3
    assert res.crv_pct[row(res, 1)] == 0  # no referrals


def test_value_pct_is_the_larger_percentile_and_quadrants() -> None:
    res = compute(five_buyers(referrals=(ReferralRow(5, 1, ago(30), True, 1.0),)))
    i = row(res, 5)
    assert res.value_pct[i] == max(res.clv_pct[i], res.crv_pct[i])
    assert np.array_equal(
        res.value_pct, np.fmax(res.clv_pct, np.where(res.crv > 0, res.crv_pct, np.nan))
    )
    assert res.value_quadrant[row(res, 2)] in (ValueQuadrant.AFFLUENT, ValueQuadrant.CHAMPION)
    assert res.value_quadrant[row(res, 5)] in (ValueQuadrant.MISER, ValueQuadrant.ADVOCATE)


def test_segment_retention_is_a_backtest_shrunk_to_the_defaults() -> None:
    # Four identical buyers 400 days ago (a year ago: tied, so all "lost"); two bought again.
    orders = [OrderRow(c, ago(400), 100) for c in range(1, 5)]
    orders += [OrderRow(c, ago(100), 100) for c in (1, 2)]
    base = build_base(NOW, [CustomerRow(c) for c in range(1, 5)], orders)
    observed = compute(base, LoyaltyParams(retention_prior_weight=0)).parts.retention
    assert observed.rate[RfmSegment.LOST] == pytest.approx(0.5)
    assert (observed.customers[RfmSegment.LOST], observed.retained[RfmSegment.LOST]) == (4, 2)
    shrunk = compute(base).parts.retention
    assert shrunk.rate[RfmSegment.LOST] == pytest.approx((2 + 20 * 0.10) / 24)
    # Without a year of history every segment reads the default table.
    fresh = build_base(NOW, [CustomerRow(1)], [OrderRow(1, ago(3), 10)])
    table = LoyaltyParams().retention_table()
    assert compute(fresh).parts.retention.rate.tolist() == pytest.approx(list(table))


def test_share_of_wallet_blends_into_loyalty() -> None:
    assert war_share(arr(1, 2, 3), arr(3, 3, 3)).tolist() == pytest.approx([0.5, 1 / 3, 1 / 6])
    plain = compute(five_buyers())
    sow = compute(five_buyers(target=CustomerRow(1, ago(5 * 365), share_of_wallet=0.5)))
    i = row(plain, 1)
    assert sow.loy[i] == pytest.approx(0.8 * plain.loy[i] + 0.2 * 0.5)


# -- inputs ---------------------------------------------------------------------------------


def test_days_since_the_epoch() -> None:
    assert days(datetime(1970, 1, 2, 12, tzinfo=UTC)) == 1.5
    assert days(datetime(1970, 1, 2)) == 1.0  # naive is UTC


def test_rows_after_now_are_ignored() -> None:
    later = NOW + timedelta(days=3)
    base = build_base(
        NOW, [CustomerRow(1)], [OrderRow(1, later, 10)], [SurveyRow(1, later, "nps", 0)]
    )
    res = compute(base)
    assert res.basis[0] == Basis.NONE and res.nps_class[0] == NpsClass.UNKNOWN


def test_bad_inputs_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown customer"):
        build_base(NOW, [CustomerRow(1)], [OrderRow(2, NOW, 10)])
    with pytest.raises(ValueError, match="NPS"):
        build_base(NOW, [CustomerRow(1)], surveys=[SurveyRow(1, NOW, "nps", 11)])
    base = build_base(NOW, [CustomerRow(1)], [OrderRow(1, NOW, 10)])
    with pytest.raises(ValueError, match="rows"):
        replace(base, order_amount=np.zeros(2))
    with pytest.raises(ValueError, match="row indexes"):
        replace(base, order_customer=np.array([3]))


# -- invariants -----------------------------------------------------------------------------

DAYS = st.floats(min_value=0, max_value=1500, allow_nan=False)
NPS = st.integers(0, 10)
CES = st.integers(1, 7)


@st.composite
def plain_bases(draw: st.DrawFn) -> dict[str, Any]:
    n = draw(st.integers(1, 7))
    ids = list(range(1, n + 1))
    cid = st.sampled_from(ids)
    customers = [
        CustomerRow(
            c,
            ago(draw(DAYS)),
            followers=draw(st.integers(0, 10_000)),
            posts_90d=draw(st.integers(0, 5)),
            interactions_90d=draw(st.integers(0, 500)),
            mean_sentiment_90d=draw(st.one_of(st.just(math.nan), st.floats(0, 100))),
            pos_public_mentions_12m=draw(st.integers(0, 2)),
            max_pos_mention_interactions_12m=draw(st.sampled_from([math.nan, 5.0, 50.0])),
            neg_public_mention_interactions_90d=draw(st.sampled_from([math.nan, 5.0, 50.0])),
            escalation_cue_90d=draw(st.booleans()),
        )
        for c in ids
    ]
    orders = draw(
        st.lists(
            st.builds(
                lambda c, d, a, m: OrderRow(c, ago(d), a, m),
                cid,
                DAYS,
                st.floats(0, 500),
                st.one_of(st.just(math.nan), st.floats(0, 200)),
            ),
            max_size=25,
        )
    )
    surveys = draw(
        st.lists(
            st.one_of(
                st.builds(lambda c, d, x: SurveyRow(c, ago(d), "nps", x), cid, DAYS, NPS),
                st.builds(lambda c, d, x: SurveyRow(c, ago(d), "ces", x), cid, DAYS, CES),
            ),
            max_size=8,
        )
    )
    resolutions = draw(
        st.lists(
            st.builds(
                lambda c, d, k, s, h, r, t, rec: ResolutionRow(
                    c, ago(d), k, s, h, r, t * HOUR, 24 * HOUR, rec
                ),
                cid, DAYS, st.integers(1, 6), st.integers(0, 3), st.integers(0, 3),
                st.booleans(), st.floats(0, 100), st.booleans(),
            ),
            max_size=10,
        )
    )  # fmt: skip
    referrals = draw(
        st.lists(
            st.builds(
                lambda a, b, d, conv, t: ReferralRow(a, b, ago(d), conv, t),
                cid, st.one_of(st.none(), cid), DAYS, st.booleans(), st.sampled_from([0, 0.5, 1]),
            ),
            max_size=6,
        )
    )  # fmt: skip
    return {
        "customers": customers,
        "orders": orders,
        "surveys": surveys,
        "resolutions": resolutions,
        "referrals": referrals,
        "new_referral": draw(
            st.builds(
                lambda a, b, d, t: ReferralRow(a, b, ago(d), True, t),
                cid, st.one_of(st.none(), cid), st.floats(0, 700), st.sampled_from([0, 0.5, 1]),
            )
        ),
    }  # fmt: skip


def base_of(spec: dict[str, Any], extra_referrals: tuple[ReferralRow, ...] = ()) -> Any:
    return build_base(
        NOW,
        spec["customers"],
        spec["orders"],
        spec["surveys"],
        spec["resolutions"],
        list(spec["referrals"]) + list(extra_referrals),
        brand_mention_interactions_median=10,
    )


def within(x: np.ndarray, low: float, high: float) -> bool:
    x = x[np.isfinite(x)]
    return bool(np.all((x >= low - 1e-9) & (x <= high + 1e-9)))


@settings(max_examples=150, deadline=None)
@given(plain_bases())
def test_figures_stay_in_range_and_referrals_never_lower_crv(spec: dict[str, Any]) -> None:
    res = compute(base_of(spec))
    assert within(res.loyalty_score.astype(float), 0, 100)
    for pct in (res.clv_pct, res.crv_pct, res.value_pct):
        assert within(pct, 0, 100)
    assert not np.isnan(res.crv_pct).any()
    assert within(res.sat, 0, 1) and within(res.loy, 0, 1) and not np.isnan(res.loy).any()
    assert within(res.ces, 1, 7) and within(res.effort_n, 0, 1)
    assert set(res.group.tolist()) <= {int(g) for g in Group}
    assert ((res.r_q > 0) == (res.basis != Basis.NONE)).all()
    assert ((res.rfm_segment != RfmSegment.NONE) == (res.basis == Basis.ORDERS)).all()
    assert not (res.has_flag(Flag.SUPERPROMOTER) & res.has_flag(Flag.ANTI_PROMOTER)).any()
    assert (res.group[res.has_flag(Flag.HOSTAGE)] == Group.PASSIVE_LOYAL).all()
    assert (res.group[res.has_flag(Flag.TERRORIST)] == Group.LEAVER).all()
    for i in range(res.n):
        json.dumps(res.profile(i).inputs)

    more = compute(base_of(spec, (spec["new_referral"],)))
    assert (more.crv >= res.crv - 1e-9).all()
    np.testing.assert_array_equal(more.clv, res.clv)
