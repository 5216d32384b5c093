"""The priority model: components, floors, bands and the stored explanation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from triage.domain.enums import Band, Visibility
from triage.domain.explain import render_reasons
from triage.scoring.priority import PriorityInputs, band_of, reach_value, score

NOW = datetime(2026, 11, 23, 12, tzinfo=UTC)


def test_worked_example_from_the_domain_model() -> None:
    # domain.md §10.1: churn + regulator, 40/60 min, s=18, 3,200 followers, 12 interactions,
    # CLV pct 0.72, 4 contacts with a channel switch → 79 (P2).
    inputs = PriorityInputs(
        cue_points=1.0,
        cue_classes=("churn", "legal"),
        sentiment=18,
        first_sentiment=18,
        followers=3200,
        interactions=12,
        value_pct=0.72,
        contacts=4,
        channel_switch=True,
        waiting_since=NOW - timedelta(minutes=40),
        sla_minutes=60,
    )
    result = score(inputs, NOW)
    assert result.points == {
        "cues": 25,
        "waiting": 17,
        "tone": 13,
        "reach": 7,
        "value": 7,
        "repeat": 10,
    }
    assert result.total == 79 and result.band is Band.P2
    # 20 minutes later the SLA is breached: P1.
    later = score(inputs, NOW + timedelta(minutes=20))
    # Points are rounded per component so the reasons add up to the total shown: 87, not 88.2.
    assert later.total == 87 and later.band is Band.P1


def test_reasons_explain_every_point() -> None:
    inputs = PriorityInputs(
        cue_points=0.5,
        cue_classes=("churn",),
        sentiment=20,
        waiting_since=NOW - timedelta(minutes=30),
        sla_minutes=60,
    )
    result = score(inputs, NOW)
    reasons = render_reasons(result.explanation)
    assert any(r.startswith("churn threat (+13)") for r in reasons)
    assert any(r.startswith("waiting 30/60 min (+13)") for r in reasons)
    assert sum(int(r.rsplit("+", 1)[1].rstrip(")")) for r in reasons) == result.total


def test_safety_floor() -> None:
    result = score(PriorityInputs(cue_points=1.0, cue_classes=("safety",), sentiment=60), NOW)
    assert result.total == 90 and result.floor == "safety" and result.band is Band.P1
    assert render_reasons(result.explanation)[0].startswith("safety issue")


def test_breach_floor() -> None:
    result = score(
        PriorityInputs(sentiment=30, waiting_since=NOW - timedelta(minutes=61), sla_minutes=60), NOW
    )
    assert result.total == 60 and result.floor == "breach"


def test_praise_or_a_neutral_question_past_its_reply_time_is_not_lifted_to_p2() -> None:
    for sentiment in (85, 50):
        result = score(
            PriorityInputs(
                sentiment=sentiment, waiting_since=NOW - timedelta(minutes=90), sla_minutes=60
            ),
            NOW,
        )
        assert result.floor == "" and result.band is Band.P4
        assert result.points["waiting"] == 25


def test_public_threat_floor_needs_reach() -> None:
    base = dict(cue_points=0.6, cue_classes=("media",), sentiment=50)
    small = score(PriorityInputs(**base, followers=50), NOW)  # type: ignore[arg-type]
    big = score(PriorityInputs(**base, followers=200_000, interactions=900), NOW)  # type: ignore[arg-type]
    assert small.floor == "" and big.floor == "public_threat" and big.total >= 75
    private = score(
        PriorityInputs(
            **base,
            followers=200_000,
            interactions=900,  # type: ignore[arg-type]
            visibility=Visibility.PRIVATE,
        ),
        NOW,
    )
    assert private.floor == ""


def test_reach_is_capped_and_log_scaled() -> None:
    assert reach_value(0, 0, Visibility.PUBLIC) == 0
    assert round(reach_value(1_000_000, 0, Visibility.PUBLIC), 2) == 0.6
    assert reach_value(10**9, 10**9, Visibility.PUBLIC) == 1.0
    assert reach_value(10**9, 10**9, Visibility.PRIVATE) == 0.3


def test_bands() -> None:
    assert [band_of(v) for v in (100, 80, 79, 60, 59, 35, 34, 0)] == [
        Band.P1,
        Band.P1,
        Band.P2,
        Band.P2,
        Band.P3,
        Band.P3,
        Band.P4,
        Band.P4,
    ]


@given(
    cue=st.floats(0, 1),
    sentiment=st.floats(0, 100),
    first=st.floats(0, 100),
    followers=st.integers(0, 10**9),
    interactions=st.integers(0, 10**7),
    value=st.none() | st.floats(0, 1),
    contacts=st.integers(1, 50),
    waited=st.none() | st.integers(0, 100_000),
    sla=st.integers(1, 3000),
    classes=st.lists(st.sampled_from(["safety", "legal", "media", "churn", "anger"]), max_size=3),
)
def test_score_is_bounded_and_sums_its_components(
    cue: float,
    sentiment: float,
    first: float,
    followers: int,
    interactions: int,
    value: float | None,
    contacts: int,
    waited: int | None,
    sla: int,
    classes: list[str],
) -> None:
    inputs = PriorityInputs(
        cue_points=cue,
        cue_classes=tuple(classes),
        sentiment=sentiment,
        first_sentiment=first,
        followers=followers,
        interactions=interactions,
        value_pct=value,
        contacts=contacts,
        waiting_since=None if waited is None else NOW - timedelta(minutes=waited),
        sla_minutes=sla,
    )
    result = score(inputs, NOW)
    assert 0 <= result.total <= 100
    assert all(0 <= c.value <= 1 for c in result.components)
    if not result.floor:
        assert result.total == min(100, sum(result.points.values()))
    else:
        assert result.total >= sum(result.points.values()) or result.total == 100
    # waiting longer never lowers the score
    if waited is not None:
        later = score(inputs, NOW + timedelta(minutes=30))
        assert later.total >= result.total


def test_thread_heat_and_calm_follow_up() -> None:
    from triage.scoring.priority import thread_heat

    times = [NOW - timedelta(minutes=m) for m in (50, 20, 5)]
    heat, why = thread_heat(60, 20, times, followups=2, joiners=1)
    assert why == ("angrier", "faster", "longer", "more_people") and heat == 1.0
    assert thread_heat(60, 20, times[:2], 0, 0) == (0.4, ("angrier",))
    # a calm latest message cools the thread, however it went before
    assert thread_heat(60, 55, times, followups=2, joiners=3) == (0.0, ())
    # heat counts with the escalation cues and says why
    hot = score(PriorityInputs(sentiment=20, heat=1.0, heat_why=("angrier", "faster")), NOW)
    cold = score(PriorityInputs(sentiment=20), NOW)
    assert hot.points["cues"] == 10 and cold.points["cues"] == 0
    assert "heating thread (angrier, faster) (+10)" in render_reasons(hot.explanation)


def test_a_positive_review_called_a_complaint_is_not_lifted_by_the_breach_floor() -> None:
    late = NOW - timedelta(minutes=90)
    review = score(
        PriorityInputs(
            cue_points=0.2,
            cue_classes=("complaint",),
            sentiment=80,
            waiting_since=late,
            sla_minutes=60,
        ),
        NOW,
    )
    moan = score(
        PriorityInputs(
            cue_points=0.2,
            cue_classes=("complaint",),
            sentiment=50,
            waiting_since=late,
            sla_minutes=60,
        ),
        NOW,
    )
    assert review.floor == "" and moan.floor == "breach"
