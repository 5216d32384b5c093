"""Recompute every customer's loyalty profile and feed its value back into the priority score.

The model needs the whole base (percentiles, quintiles, segment retention), so a recompute is
always a full one: load in aggregate queries, compute in columns, write in bulk. Each profile is
stored as one flat list of figures in a fixed order (cheap to write for 100,000 customers) and
expanded into named sections when one customer is read; the per-ticket effort and per-referral
lines are rebuilt from their own rows at that moment. Changes mark the profiles stale; the
scheduler recomputes stale profiles within a minute and all of them nightly.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from triage.domain.enums import channel_visibility
from triage.loyalty import (
    Basis,
    CesSource,
    Group,
    GroupRule,
    LoyaltyParams,
    LoyaltyResult,
    NpsClass,
    RfmSegment,
    ValueQuadrant,
    compute,
    flag_labels,
)
from triage.loyalty.effort import ces_from_oei, operational_effort_index
from triage.services.loyalty_base import RESOLUTION_SLA, load_base
from triage.store.tables import (
    CustomerRow,
    LoyaltyRow,
    ReferralRow,
    ResolutionRow,
    SettingRow,
    TicketRow,
)

STALE_KEY = "loyalty.stale"
PARAMS_KEY = "loyalty.params"
CHUNK = 5000
FORMAT = 1
Column = Callable[[LoyaltyResult], NDArray[Any]]


def _day(x: float | None) -> str | None:
    if x is None:
        return None
    return (datetime(1970, 1, 1, tzinfo=UTC) + timedelta(days=x)).date().isoformat()


# (section.key, the column, how to show it). Order is the storage format: append only.
FIELDS: tuple[tuple[str, Column, str], ...] = (
    ("nps.latest", lambda r: r.parts.nps.latest, "num"),
    ("nps.answered", lambda r: r.parts.nps.day, "day"),
    ("nps.weight", lambda r: r.parts.nps.weight, "num"),
    ("nps.class", lambda r: r.parts.nps.cls, "nps"),
    ("effort.source", lambda r: r.parts.effort.source, "ces_source"),
    ("effort.ces", lambda r: r.parts.effort.ces, "num"),
    ("effort.effort_n", lambda r: r.parts.effort.effort_n, "num"),
    ("effort.weight", lambda r: r.parts.effort.weight, "num"),
    ("effort.surveys", lambda r: r.parts.effort.surveys_n, "int"),
    ("effort.ces_survey", lambda r: r.parts.effort.ces_survey, "num"),
    ("effort.survey_answered", lambda r: r.parts.effort.survey_day, "day"),
    ("effort.tickets", lambda r: r.parts.effort.tickets_n, "int"),
    ("effort.ces_est", lambda r: r.parts.effort.ces_est, "num"),
    ("rfm.basis", lambda r: r.parts.rfm.basis, "basis"),
    ("rfm.recency_days", lambda r: r.parts.rfm.r_days, "num"),
    ("rfm.last", lambda r: r.parts.rfm.last_day, "day"),
    ("rfm.frequency_24m", lambda r: r.parts.rfm.f, "int"),
    ("rfm.margin_24m", lambda r: r.parts.rfm.m, "num"),
    ("rfm.r_q", lambda r: r.parts.rfm.r_q, "int"),
    ("rfm.f_q", lambda r: r.parts.rfm.f_q, "int"),
    ("rfm.m_q", lambda r: r.parts.rfm.m_q, "int"),
    ("rfm.fm", lambda r: r.parts.rfm.fm, "int"),
    ("rfm.segment", lambda r: r.parts.rfm.segment, "rfm"),
    ("clv.m", lambda r: r.parts.value.m_annual, "num"),
    ("clv.years_active", lambda r: r.parts.value.years_active, "num"),
    ("clv.r", lambda r: r.parts.value.retention, "num"),
    ("clv.value", lambda r: r.parts.value.clv, "num"),
    ("clv.clv_infinite", lambda r: r.parts.value.clv_infinite, "num"),
    ("clv.pct", lambda r: r.parts.value.clv_pct, "num"),
    ("crv.converted", lambda r: r.parts.value.referrals_converted, "int"),
    ("crv.referrals_24m", lambda r: r.parts.value.referrals_made, "int"),
    ("crv.value", lambda r: r.parts.value.crv, "num"),
    ("crv.pct", lambda r: r.parts.value.crv_pct, "num"),
    ("value.clv_pct", lambda r: r.parts.value.clv_pct, "num"),
    ("value.crv_pct", lambda r: r.parts.value.crv_pct, "num"),
    ("value.value_pct", lambda r: r.parts.value.value_pct, "num"),
    ("value.quadrant", lambda r: r.parts.value.quadrant, "quadrant"),
    ("satisfaction.sat", lambda r: r.parts.groups.sat, "num"),
    ("satisfaction.nps_weight", lambda r: r.parts.groups.sat_weights[0], "num"),
    ("satisfaction.ces_weight", lambda r: r.parts.groups.sat_weights[1], "num"),
    ("satisfaction.sentiment_weight", lambda r: r.parts.groups.sat_weights[2], "num"),
    ("satisfaction.mean_sentiment_90d", lambda r: r.base.mean_sentiment_90d, "num"),
    ("loyalty.loy", lambda r: r.parts.groups.loy, "num"),
    ("loyalty.tenure_years", lambda r: r.parts.groups.tenure_years, "num"),
    ("group.group", lambda r: r.parts.groups.group, "group"),
    ("group.rule", lambda r: r.parts.groups.rule, "rule"),
    ("advocacy.enthusiastic", lambda r: r.parts.advocacy.enthusiastic, "bool"),
    ("advocacy.shares", lambda r: r.parts.advocacy.shares, "bool"),
    ("advocacy.influences", lambda r: r.parts.advocacy.influences, "bool"),
    ("advocacy.superpromoter", lambda r: r.parts.advocacy.superpromoter, "bool"),
    ("advocacy.anti_promoter", lambda r: r.parts.advocacy.anti_promoter, "bool"),
    ("advocacy.super_evidence_day", lambda r: r.parts.advocacy.super_day, "day"),
    ("advocacy.anti_evidence_day", lambda r: r.parts.advocacy.anti_day, "day"),
    ("advocacy.escalation_cue_90d", lambda r: r.base.escalation_cue_90d, "bool"),
    ("mentions.positive_12m", lambda r: r.base.pos_public_mentions_12m, "int"),
    (
        "mentions.max_positive_interactions",
        lambda r: r.base.max_pos_mention_interactions_12m,
        "num",
    ),
    (
        "mentions.negative_interactions_90d",
        lambda r: r.base.neg_public_mention_interactions_90d,
        "num",
    ),
    ("influence.followers", lambda r: r.base.followers, "int"),
    ("influence.posts_90d", lambda r: r.base.posts_90d, "int"),
    ("influence.interactions_90d", lambda r: r.base.interactions_90d, "int"),
    ("influence.account_ir", lambda r: r.parts.advocacy.account_ir, "num"),
    ("score.loyalty_score", lambda r: r.parts.groups.score, "int"),
    ("score.adv", lambda r: r.parts.groups.adv, "num"),
    ("recovered.complaints_12m", lambda r: r.parts.groups.recovered_n, "int"),
    ("flags.mask", lambda r: r.flags, "int"),
)
LABELS: dict[str, Callable[[int], str]] = {
    "nps": lambda c: NpsClass(c).label,
    "ces_source": lambda c: CesSource(c).label,
    "basis": lambda c: Basis(c).label,
    "rfm": lambda c: RfmSegment(c).label,
    "quadrant": lambda c: ValueQuadrant(c).label,
    "group": lambda c: Group(c).label,
    "rule": lambda c: GroupRule(c).label,
}


def _column(values: NDArray[Any], how: str) -> list[Any]:
    """A column as JSON-ready Python values: NaN becomes null, floats keep 4 decimals."""
    if how in ("num", "day"):
        arr = np.asarray(values, dtype=np.float64)
        rounded = np.round(arr, 4)
        return [None if v != v else v for v in rounded.tolist()]  # v != v: NaN
    if how == "bool":
        return [1 if v else 0 for v in np.asarray(values, dtype=bool).tolist()]
    return [int(v) for v in np.asarray(values).astype(np.int64).tolist()]


def mark_stale(session: Session, stale: bool = True) -> None:
    row = session.get(SettingRow, STALE_KEY)
    if row is None:
        session.add(SettingRow(key=STALE_KEY, value={"stale": stale}))
    else:
        row.value = {"stale": stale}


def is_stale(session: Session) -> bool:
    row = session.get(SettingRow, STALE_KEY)
    return bool(row.value.get("stale")) if row is not None else False


def _params_row(params: LoyaltyParams, result: LoyaltyResult) -> dict[str, Any]:
    v = result.parts.value
    return {
        "i": params.discount_rate,
        "horizon_years": params.clv_horizon_years,
        "ac": params.acquisition_cost,
        "sat_high": params.sat_high,
        "sat_low": params.sat_low,
        "loy_high": params.loy_high,
        "score_weights": list(params.score_weights),
        "clv_median": _num(v.clv_median),
        "crv_median": _num(v.crv_median),
        "value_rule": "max(clv_pct, crv_pct)",
        "ir_median": _num(result.parts.advocacy.ir_median),
        "mention_median": _num(result.parts.advocacy.mention_median),
    }


def _num(x: float) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else round(float(x), 4)


def recompute(
    session: Session, now: datetime, timings: dict[str, float] | None = None
) -> LoyaltyResult:
    started = time.perf_counter()
    base = load_base(session, now)
    loaded = time.perf_counter()
    result = compute(base)
    computed = time.perf_counter()
    columns = [_column(get(result), how) for _, get, how in FIELDS]
    ids = result.customer_ids.tolist()
    groups = [Group(g).label for g in result.group.tolist()]
    nps = [NpsClass(c).label for c in result.nps_class.tolist()]
    ces = _column(result.ces, "num")
    score = result.loyalty_score.astype(np.int64).tolist()
    clv = [0.0 if v is None else v for v in _column(result.clv, "num")]
    crv = _column(result.crv, "num")
    value = _column(result.value_pct, "num")
    masks = result.flags.astype(np.int64).tolist()
    flag_names = {m: list(flag_labels(m)) for m in set(masks)}
    session.execute(delete(LoyaltyRow))
    rows: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for i, values in enumerate(zip(*columns, strict=True)):
        rows.append(
            {
                "customer_id": ids[i],
                "computed_at": now,
                "segment": groups[i],
                "nps_class": nps[i],
                "ces": ces[i],
                "score": score[i],
                "clv": clv[i],
                "referral_value": crv[i] or 0.0,
                "profile": {"v": FORMAT, "values": list(values)},
            }
        )
        # The priority score reads value as 0-1; unknown stays unknown (its own default).
        pct = value[i]
        updates.append(
            {
                "id": ids[i],
                "value_pct": None if pct is None else round(pct / 100.0, 4),
                "segment": groups[i],
                "flags": flag_names[masks[i]],
            }
        )
        if len(rows) >= CHUNK:
            _flush(session, rows, updates)
    _flush(session, rows, updates)
    params = _params_row(result.params, result)
    row = session.get(SettingRow, PARAMS_KEY)
    if row is None:
        session.add(SettingRow(key=PARAMS_KEY, value=params))
    else:
        row.value = params
    mark_stale(session, False)
    if timings is not None:
        timings.update(
            load_s=loaded - started,
            compute_s=computed - loaded,
            write_s=time.perf_counter() - computed,
        )
    return result


def _flush(session: Session, rows: list[dict[str, Any]], updates: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(LoyaltyRow), rows)
    if updates:
        session.execute(update(CustomerRow), updates)
    rows.clear()
    updates.clear()


# -- reading one profile ----------------------------------------------------------------------


def expand(row: LoyaltyRow, params: dict[str, Any] | None = None) -> dict[str, Any]:
    """The stored list as named sections, with readable labels and the model's constants."""
    values = row.profile.get("values", []) if row.profile.get("v") == FORMAT else []
    out: dict[str, Any] = {}
    for (name, _get, how), value in zip(FIELDS, values, strict=False):
        section, key = name.split(".", 1)
        if how in LABELS and value is not None:
            value = LABELS[how](int(value))
        elif how == "day":
            value = _day(value)
        elif how == "bool":
            value = bool(value)
        out.setdefault(section, {})[key] = value
    mask = int(out.pop("flags", {}).get("mask") or 0)
    p = params or {}
    out.setdefault("clv", {}).update({"i": p.get("i"), "horizon_years": p.get("horizon_years")})
    out.setdefault("crv", {}).update({"ac": p.get("ac")})
    out.setdefault("value", {}).update(
        {
            "rule": p.get("value_rule"),
            "clv_median": p.get("clv_median"),
            "crv_median": p.get("crv_median"),
        }
    )
    out.setdefault("group", {}).update(
        {"sat_high": p.get("sat_high"), "sat_low": p.get("sat_low"), "loy_high": p.get("loy_high")}
    )
    out.setdefault("score", {})["weights"] = p.get("score_weights")
    out.setdefault("influence", {})["ir_median"] = p.get("ir_median")
    nps, effort = out.get("nps", {}), out.get("effort", {})
    return {
        "segment": row.segment,
        "flags": list(flag_labels(mask)),
        "score": row.score,
        "sat": out.get("satisfaction", {}).get("sat"),
        "loy": out.get("loyalty", {}).get("loy"),
        "nps_class": nps.get("class", row.nps_class),
        "nps": nps,
        "ces": {
            "value": effort.get("ces"),
            "source": effort.get("source"),
            "effort_n": effort.get("effort_n"),
        },
        "effort": effort,
        "rfm": out.get("rfm", {}),
        "clv": out.get("clv", {}),
        "crv": out.get("crv", {}),
        "value": out.get("value", {}),
        "value_pct": out.get("value", {}).get("value_pct"),
        "value_quadrant": out.get("value", {}).get("quadrant"),
        "influence": out.get("influence", {}),
        "mentions": out.get("mentions", {}),
        "computed_at": row.computed_at.isoformat(),
        "inputs": {
            k: out.get(k, {})
            for k in ("satisfaction", "loyalty", "group", "advocacy", "score", "recovered")
        },
    }


def read(session: Session, customer_id: int) -> dict[str, Any]:
    """One customer's profile with every figure's inputs, or {} before the first recompute."""
    row = session.get(LoyaltyRow, customer_id)
    if row is None:
        return {}
    params_row = session.get(SettingRow, PARAMS_KEY)
    prof = expand(row, dict(params_row.value) if params_row else None)
    prof["effort"].update(_ticket_effort(session, customer_id, row.computed_at))
    prof["crv"]["referrals"] = [
        {"referred": ref, "customer": rid, "day": at.date().isoformat(), "converted": conv}
        for ref, rid, at, conv in session.execute(
            select(
                ReferralRow.referred_ref,
                ReferralRow.referred_id,
                ReferralRow.at,
                ReferralRow.converted,
            )
            .where(ReferralRow.referrer_id == customer_id)
            .order_by(ReferralRow.at.desc())
        )
    ]
    return prof


def _ticket_effort(session: Session, customer_id: int, now: datetime) -> dict[str, Any]:
    """The OEI of each of the customer's resolved tickets, newest first (§10.2 item 2)."""
    rows = session.execute(
        select(
            ResolutionRow.resolved_at,
            ResolutionRow.contacts,
            ResolutionRow.channel_switches,
            ResolutionRow.handoffs,
            ResolutionRow.reopened,
            ResolutionRow.resolve_seconds,
            TicketRow.channel,
        )
        .join(TicketRow, TicketRow.id == ResolutionRow.ticket_id)
        .where(TicketRow.customer_id == customer_id, ResolutionRow.resolved_at <= now)
        .order_by(ResolutionRow.resolved_at.desc())
        .limit(50)
    ).all()
    if not rows:
        return {"oei": [], "ticket_days": []}
    oei = operational_effort_index(
        np.asarray([r[1] for r in rows], dtype=np.int64),
        np.asarray([r[2] for r in rows], dtype=np.int64),
        np.asarray([r[3] for r in rows], dtype=np.int64),
        np.asarray([r[4] > 0 for r in rows], dtype=bool),
        np.asarray([float(r[5]) if r[5] else np.nan for r in rows], dtype=np.float64),
        np.asarray([float(RESOLUTION_SLA[channel_visibility(r[6])]) for r in rows]),
    )
    return {
        "oei": [round(float(x), 4) for x in oei],
        "ces_per_ticket": [round(float(x), 2) for x in ces_from_oei(oei)],
        "ticket_days": [r[0].date().isoformat() for r in rows],
    }
