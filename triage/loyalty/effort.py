"""§10.2 item 2: customer effort on the CES 2.0 scale, from surveys or from ticket operations.

The Operational Effort Index (OEI) of a ticket maps to ces_est = 7 − 6·OEI. A customer's
effort is the age-weighted CES survey mean if they answered one in 12 months, otherwise the
age-weighted ces_est over their last 5 tickets. Choices beyond §10.2: tickets older than the
24-month window are not used, and a ticket without a resolve time or SLA adds no waiting term.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from triage.loyalty.codes import CesSource
from triage.loyalty.columns import age_weight, count, group_max, ratio, recent_rows, total
from triage.loyalty.inputs import (
    SURVEY_CES,
    BoolArray,
    CodeArray,
    FloatArray,
    IntArray,
    LoyaltyBase,
)
from triage.loyalty.params import LoyaltyParams


@dataclass(frozen=True, slots=True)
class EffortFigures:
    oei: FloatArray  # per resolution row
    in_estimate: BoolArray  # per resolution row: one of the customer's tickets behind ces_est
    ces_survey: FloatArray  # per customer: age-weighted CES survey mean, NaN if none
    surveys_n: IntArray
    survey_day: FloatArray  # latest CES answer
    ces_est: FloatArray  # age-weighted mean of 7 - 6·OEI over the last 5 tickets
    tickets_n: IntArray
    ticket_day: FloatArray  # latest ticket used
    ces: FloatArray  # the effort figure, 1-7 (7 = easy), NaN if unknown
    source: CodeArray  # CesSource
    weight: FloatArray  # age weight of the newest input behind ces (for Sat), NaN if none
    effort_n: FloatArray  # (7 - ces)/6, 1 = very difficult


def operational_effort_index(
    contacts: IntArray,
    channel_switches: IntArray,
    handoffs: IntArray,
    reopened: BoolArray,
    resolve_seconds: FloatArray,
    sla_seconds: FloatArray,
) -> FloatArray:
    """OEI ∈ [0, 1] per ticket (§10.2):
    0.3·min(1,(contacts−1)/3) + 0.2·min(1,switches/2) + 0.2·min(1,handoffs/2) + 0.1·reopened
    + 0.2·min(1, ttr/(2·SLA)).
    """
    waiting = np.nan_to_num(ratio(resolve_seconds, 2.0 * sla_seconds), nan=0.0)
    return np.asarray(
        0.3 * np.clip((contacts - 1) / 3.0, 0.0, 1.0)
        + 0.2 * np.clip(channel_switches / 2.0, 0.0, 1.0)
        + 0.2 * np.clip(handoffs / 2.0, 0.0, 1.0)
        + 0.1 * reopened
        + 0.2 * np.clip(waiting, 0.0, 1.0),
        dtype=np.float64,
    )


def ces_from_oei(oei: FloatArray) -> FloatArray:
    return 7.0 - 6.0 * oei


def customer_effort(base: LoyaltyBase, params: LoyaltyParams) -> EffortFigures:
    n, now, decay = base.n, base.now_day, params.survey_decay_days

    # Surveys: age-weighted mean of CES 2.0 answers in the last 12 months.
    age = now - base.survey_day
    rows = np.flatnonzero(
        (base.survey_kind == SURVEY_CES)
        & (age >= 0)
        & (age <= params.nps_window_days)
        & np.isfinite(base.survey_score)
    )
    who = base.survey_customer[rows]
    w = age_weight(age[rows], decay)
    ces_survey = ratio(total(who, w * base.survey_score[rows], n), total(who, w, n))
    surveys_n = count(who, n)
    survey_day = group_max(who, base.survey_day[rows], n)

    # Tickets: OEI per ticket, then the age-weighted mean over each customer's last 5.
    oei = operational_effort_index(
        base.res_contacts,
        base.res_channel_switches,
        base.res_handoffs,
        base.res_reopened,
        base.res_resolve_seconds,
        base.res_sla_seconds,
    )
    t_age = now - base.res_day
    eligible = np.flatnonzero((t_age >= 0) & (t_age <= params.rfm_window_days))
    recent = recent_rows(base.res_customer[eligible], base.res_day[eligible], params.effort_tickets)
    used = eligible[recent]
    in_estimate = np.zeros(base.res_day.size, dtype=np.bool_)
    in_estimate[used] = True
    t_who = base.res_customer[used]
    tw = age_weight(t_age[used], decay)
    ces_est = ratio(total(t_who, tw * ces_from_oei(oei[used]), n), total(t_who, tw, n))
    tickets_n = count(t_who, n)
    ticket_day = group_max(t_who, base.res_day[used], n)

    from_survey = surveys_n > 0
    from_tickets = ~from_survey & (tickets_n > 0)
    ces = np.where(from_survey, ces_survey, np.where(from_tickets, ces_est, np.nan))
    source = np.select(
        [from_survey, from_tickets], [CesSource.SURVEY, CesSource.ESTIMATE], CesSource.NONE
    ).astype(np.int8)
    newest = np.where(from_survey, survey_day, np.where(from_tickets, ticket_day, np.nan))
    return EffortFigures(
        oei=oei,
        in_estimate=in_estimate,
        ces_survey=ces_survey,
        surveys_n=surveys_n,
        survey_day=survey_day,
        ces_est=ces_est,
        tickets_n=tickets_n,
        ticket_day=ticket_day,
        ces=ces,
        source=source,
        weight=age_weight(now - newest, decay),
        effort_n=(7.0 - ces) / 6.0,
    )
