"""Recompute every customer's loyalty profile and feed its value back into the priority score.

The model needs the whole base (percentiles, quintiles, segment retention), so a recompute is
always a full one: load in aggregate queries, compute in columns, write in bulk. Changes mark the
profiles stale; the scheduler recomputes stale profiles within a minute and all of them nightly.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, update
from sqlalchemy.orm import Session

from triage.loyalty import LoyaltyProfile, LoyaltyResult, compute
from triage.services.loyalty_base import load_base
from triage.store.tables import CustomerRow, LoyaltyRow, SettingRow

STALE_KEY = "loyalty.stale"
CHUNK = 5000


def mark_stale(session: Session, stale: bool = True) -> None:
    row = session.get(SettingRow, STALE_KEY)
    if row is None:
        session.add(SettingRow(key=STALE_KEY, value={"stale": stale}))
    else:
        row.value = {"stale": stale}


def is_stale(session: Session) -> bool:
    row = session.get(SettingRow, STALE_KEY)
    return bool(row.value.get("stale")) if row is not None else False


def _clean(value: Any) -> Any:
    """JSON has no NaN: unknown figures are stored as null."""
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def stored_profile(p: LoyaltyProfile, positive_mentions: int) -> dict[str, Any]:
    inputs = p.inputs
    crv_inputs = inputs.get("crv", {})
    cleaned: dict[str, Any] = _clean(
        {
            "segment": p.group,
            "flags": list(p.flags),
            "score": p.loyalty_score,
            "sat": p.sat,
            "loy": p.loy,
            "nps_class": p.nps_class,
            "nps": inputs.get("nps", {}),
            "ces": {"value": p.ces, "source": p.ces_source, "effort_n": p.effort_n},
            "effort": inputs.get("effort", {}),
            "rfm": {**inputs.get("rfm", {}), "segment": p.rfm_segment, "basis": p.basis},
            "clv": {**inputs.get("clv", {}), "value": p.clv, "pct": p.clv_pct},
            "crv": {
                **crv_inputs,
                "value": p.crv,
                "pct": p.crv_pct,
                "converted": crv_inputs.get("converted_referrals", 0),
            },
            "value": inputs.get("value", {}),
            "value_pct": p.value_pct,
            "value_quadrant": p.value_quadrant,
            "influence": {"followers": p.followers, "account_ir": p.account_ir},
            "mentions": {"positive_12m": positive_mentions},
            "inputs": inputs,
        }
    )
    return cleaned


def recompute(session: Session, now: datetime) -> LoyaltyResult:
    base = load_base(session, now)
    result = compute(base)
    session.execute(delete(LoyaltyRow))
    rows: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for i in range(base.n):
        p = result.profile(i)
        prof = stored_profile(p, int(base.pos_public_mentions_12m[i]))
        rows.append(
            {
                "customer_id": p.customer_id,
                "computed_at": now,
                "segment": p.group,
                "nps_class": p.nps_class,
                "ces": prof["ces"]["value"],
                "score": p.loyalty_score,
                "clv": prof["clv"]["value"] or 0.0,
                "referral_value": p.crv,
                "profile": prof,
            }
        )
        # The priority score reads value as 0-1; unknown stays unknown (its own default).
        value = None if p.value_pct is None else round(p.value_pct / 100.0, 4)
        updates.append(
            {"id": p.customer_id, "value_pct": value, "segment": p.group, "flags": list(p.flags)}
        )
        if len(rows) >= CHUNK:
            _flush(session, rows, updates)
    _flush(session, rows, updates)
    mark_stale(session, False)
    return result


def _flush(session: Session, rows: list[dict[str, Any]], updates: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(LoyaltyRow), rows)
    if updates:
        session.execute(update(CustomerRow), updates)
    rows.clear()
    updates.clear()
