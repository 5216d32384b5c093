"""Columnar inputs of the loyalty computation: one NumPy array per fact, for the whole base.

Customers are rows 0..n-1. Every event table points at customers by row index (not by id),
so the computation can group with `bincount` and never looks ids up. Days are float days
since the Unix epoch (UTC); `days()` converts a datetime. Rows dated after `now_day` are
ignored, so a profile can be recomputed as of an earlier day.

`build_base()` builds a base from plain rows keyed by customer id (tests, small callers).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple, TypeAlias

import numpy as np
from numpy.typing import NDArray

FloatArray: TypeAlias = NDArray[np.float64]
IntArray: TypeAlias = NDArray[np.int64]
BoolArray: TypeAlias = NDArray[np.bool_]
CodeArray: TypeAlias = NDArray[np.int8]
FlagArray: TypeAlias = NDArray[np.uint8]
DayLike: TypeAlias = float | datetime

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def days(dt: datetime) -> float:
    """Days since the Unix epoch; a naive datetime is taken as UTC."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return (dt - _EPOCH).total_seconds() / 86400.0


def date_of(day: float) -> str:
    """ISO date (UTC) of a day number, for explanations."""
    return (_EPOCH + timedelta(days=float(day))).date().isoformat()


def _empty_float() -> FloatArray:
    return np.empty(0, dtype=np.float64)


# field -> (dtype, table). Tables must have equal lengths; "customers?" arrays are optional:
# left empty they are filled with NaN (or 0 for incentives) at the table's length.
_SPEC: dict[str, tuple[type[np.generic], str]] = {
    "customer_ids": (np.int64, "customers"),
    "first_seen_days": (np.float64, "customers"),
    "followers": (np.int64, "customers"),
    "posts_90d": (np.int64, "customers"),
    "interactions_90d": (np.int64, "customers"),
    "mean_sentiment_90d": (np.float64, "customers"),
    "pos_public_mentions_12m": (np.int64, "customers"),
    "max_pos_mention_interactions_12m": (np.float64, "customers"),
    "neg_public_mention_interactions_90d": (np.float64, "customers"),
    "escalation_cue_90d": (np.bool_, "customers"),
    "order_customer": (np.int64, "orders"),
    "order_day": (np.float64, "orders"),
    "order_amount": (np.float64, "orders"),
    "order_margin": (np.float64, "orders"),
    "survey_customer": (np.int64, "surveys"),
    "survey_day": (np.float64, "surveys"),
    "survey_kind": (np.int8, "surveys"),
    "survey_score": (np.float64, "surveys"),
    "res_customer": (np.int64, "resolutions"),
    "res_day": (np.float64, "resolutions"),
    "res_contacts": (np.int64, "resolutions"),
    "res_channel_switches": (np.int64, "resolutions"),
    "res_handoffs": (np.int64, "resolutions"),
    "res_reopened": (np.bool_, "resolutions"),
    "res_resolve_seconds": (np.float64, "resolutions"),
    "res_sla_seconds": (np.float64, "resolutions"),
    "res_recovered": (np.bool_, "resolutions"),
    "ref_referrer": (np.int64, "referrals"),
    "ref_referred": (np.int64, "referrals"),
    "ref_day": (np.float64, "referrals"),
    "ref_converted": (np.bool_, "referrals"),
    "ref_type_one": (np.float64, "referrals"),
    "last_pos_mention_day": (np.float64, "customers?"),
    "last_neg_mention_day": (np.float64, "customers?"),
    "last_escalation_cue_day": (np.float64, "customers?"),
    "share_of_wallet": (np.float64, "customers?"),
    "ref_incentive": (np.float64, "referrals?"),
}

SURVEY_NPS = 0
SURVEY_CES = 1


@dataclass(frozen=True, eq=False)
class LoyaltyBase:
    """The whole customer base as columns. Arrays are coerced to their dtype on construction.

    Optional per-customer arrays (`last_*_day`, `share_of_wallet`) and `ref_incentive` may be
    left empty: dates then count from the start of their window, SoW is absent and
    incentives are 0.
    """

    # customers [n]
    customer_ids: IntArray
    first_seen_days: FloatArray
    followers: IntArray
    posts_90d: IntArray
    interactions_90d: IntArray
    mean_sentiment_90d: FloatArray  # 0-100, NaN if no messages
    pos_public_mentions_12m: IntArray
    max_pos_mention_interactions_12m: FloatArray  # NaN if none
    neg_public_mention_interactions_90d: FloatArray  # max over the mentions, NaN if none
    escalation_cue_90d: BoolArray  # legal / media / churn / safety cue (E >= 0.5)
    # orders [m]
    order_customer: IntArray
    order_day: FloatArray
    order_amount: FloatArray
    order_margin: FloatArray  # NaN: amount x LoyaltyParams.default_margin_rate (0.30)
    # surveys [s]
    survey_customer: IntArray
    survey_day: FloatArray
    survey_kind: CodeArray  # 0 = NPS (0-10), 1 = CES 2.0 (1-7)
    survey_score: FloatArray
    # resolutions [t]
    res_customer: IntArray
    res_day: FloatArray
    res_contacts: IntArray
    res_channel_switches: IntArray
    res_handoffs: IntArray
    res_reopened: BoolArray
    res_resolve_seconds: FloatArray  # NaN: no waiting term in the OEI
    res_sla_seconds: FloatArray
    res_recovered: BoolArray  # a complaint resolved solved / workaround
    # referrals [k]
    ref_referrer: IntArray
    ref_referred: IntArray  # row index, -1 if not a known customer
    ref_day: FloatArray
    ref_converted: BoolArray
    ref_type_one: FloatArray  # 1 type one, 0 type two, 0.5 (or NaN) unknown
    now_day: float
    brand_mention_interactions_median: float = math.nan  # NaN: params fallback
    platform_ir_median: float = math.nan  # NaN: median account IR of the base
    # optional
    last_pos_mention_day: FloatArray = field(default_factory=_empty_float)
    last_neg_mention_day: FloatArray = field(default_factory=_empty_float)
    last_escalation_cue_day: FloatArray = field(default_factory=_empty_float)
    share_of_wallet: FloatArray = field(default_factory=_empty_float)  # 0-1, NaN if none
    ref_incentive: FloatArray = field(default_factory=_empty_float)

    def __post_init__(self) -> None:
        sizes: dict[str, int] = {}
        for name, (dtype, table) in _SPEC.items():
            arr = np.ascontiguousarray(getattr(self, name), dtype=dtype)
            if arr.ndim != 1:
                raise ValueError(f"{name} must be one-dimensional")
            object.__setattr__(self, name, arr)
            if not table.endswith("?") and sizes.setdefault(table, arr.size) != arr.size:
                raise ValueError(f"{name} has {arr.size} rows, its table {sizes[table]}")
        for name, (_, table) in _SPEC.items():
            if table.endswith("?"):
                want = sizes[table[:-1]]
                arr = getattr(self, name)
                if arr.size == 0 and want:
                    fill = 0.0 if name == "ref_incentive" else math.nan
                    object.__setattr__(self, name, np.full(want, fill))
                elif arr.size != want:
                    raise ValueError(f"{name} has {arr.size} rows, its table {want}")
        object.__setattr__(self, "now_day", float(self.now_day))
        self._check(sizes["customers"])

    def _check(self, n: int) -> None:
        for name in ("order_customer", "survey_customer", "res_customer", "ref_referrer"):
            _check_index(name, getattr(self, name), 0, n)
        _check_index("ref_referred", self.ref_referred, -1, n)
        if np.unique(self.customer_ids).size != n:
            raise ValueError("customer_ids must be unique")
        if np.any((self.survey_kind != SURVEY_NPS) & (self.survey_kind != SURVEY_CES)):
            raise ValueError("survey_kind must be 0 (NPS) or 1 (CES)")
        nps = self.survey_score[self.survey_kind == SURVEY_NPS]
        ces = self.survey_score[self.survey_kind == SURVEY_CES]
        if np.any((nps < 0) | (nps > 10)) or np.any((ces < 1) | (ces > 7)):
            raise ValueError("NPS scores must be 0-10 and CES scores 1-7")
        alpha = self.ref_type_one
        if np.any((alpha < 0) | (alpha > 1)):
            raise ValueError("ref_type_one must be within 0-1 (or NaN)")

    @property
    def n(self) -> int:
        return int(self.customer_ids.size)

    def row_of(self, customer_id: int) -> int:
        """The row index of a customer id (linear scan: for one-off look-ups)."""
        hits = np.flatnonzero(self.customer_ids == customer_id)
        if hits.size == 0:
            raise KeyError(customer_id)
        return int(hits[0])


def _check_index(name: str, arr: IntArray, low: int, n: int) -> None:
    if arr.size and (int(arr.min()) < low or int(arr.max()) >= n):
        raise ValueError(f"{name} must hold row indexes in [{low}, {n})")


# Plain rows for build_base(); plain tuples in the same field order work too.


class CustomerRow(NamedTuple):
    customer_id: int
    first_seen: DayLike = math.nan
    followers: int = 0
    posts_90d: int = 0
    interactions_90d: int = 0
    mean_sentiment_90d: float = math.nan
    pos_public_mentions_12m: int = 0
    max_pos_mention_interactions_12m: float = math.nan
    neg_public_mention_interactions_90d: float = math.nan
    escalation_cue_90d: bool = False
    last_pos_mention: DayLike | None = None
    last_neg_mention: DayLike | None = None
    last_escalation_cue: DayLike | None = None
    share_of_wallet: float = math.nan


class OrderRow(NamedTuple):
    customer_id: int
    day: DayLike
    amount: float
    margin: float = math.nan


class SurveyRow(NamedTuple):
    customer_id: int
    day: DayLike
    kind: str | int  # "nps" / "ces" or 0 / 1
    score: float


class ResolutionRow(NamedTuple):
    customer_id: int
    day: DayLike
    contacts: int = 1
    channel_switches: int = 0
    handoffs: int = 0
    reopened: bool = False
    resolve_seconds: float = math.nan
    sla_seconds: float = math.nan
    recovered: bool = False


class ReferralRow(NamedTuple):
    referrer_id: int
    referred_id: int | None  # None (or an unknown id): not a known customer
    day: DayLike
    converted: bool = True
    type_one: float = 0.5
    incentive: float = 0.0


def _day(value: DayLike | None) -> float:
    if value is None:
        return math.nan
    return days(value) if isinstance(value, datetime) else float(value)


def _kind(value: str | int) -> int:
    if isinstance(value, str):
        return {"nps": SURVEY_NPS, "ces": SURVEY_CES}[value.lower()]
    return int(value)


def _rows(rows: Iterable[Sequence[Any]], kind: type[Any]) -> list[Any]:
    return [r if isinstance(r, kind) else kind._make(r) for r in rows]


def build_base(
    now: DayLike,
    customers: Iterable[CustomerRow | Sequence[Any]],
    orders: Iterable[OrderRow | Sequence[Any]] = (),
    surveys: Iterable[SurveyRow | Sequence[Any]] = (),
    resolutions: Iterable[ResolutionRow | Sequence[Any]] = (),
    referrals: Iterable[ReferralRow | Sequence[Any]] = (),
    *,
    brand_mention_interactions_median: float = math.nan,
    platform_ir_median: float = math.nan,
) -> LoyaltyBase:
    """A base from plain rows keyed by customer id; days may be floats or datetimes."""
    cs: list[CustomerRow] = _rows(customers, CustomerRow)
    os_: list[OrderRow] = _rows(orders, OrderRow)
    ss: list[SurveyRow] = _rows(surveys, SurveyRow)
    rs: list[ResolutionRow] = _rows(resolutions, ResolutionRow)
    fs: list[ReferralRow] = _rows(referrals, ReferralRow)
    row = {int(c.customer_id): i for i, c in enumerate(cs)}
    if len(row) != len(cs):
        raise ValueError("duplicate customer ids")

    def at(customer_id: int) -> int:
        try:
            return row[int(customer_id)]
        except KeyError:
            raise ValueError(f"unknown customer id {customer_id}") from None

    return LoyaltyBase(
        customer_ids=np.array([c.customer_id for c in cs], dtype=np.int64),
        first_seen_days=np.array([_day(c.first_seen) for c in cs]),
        followers=np.array([c.followers for c in cs], dtype=np.int64),
        posts_90d=np.array([c.posts_90d for c in cs], dtype=np.int64),
        interactions_90d=np.array([c.interactions_90d for c in cs], dtype=np.int64),
        mean_sentiment_90d=np.array([c.mean_sentiment_90d for c in cs], dtype=np.float64),
        pos_public_mentions_12m=np.array([c.pos_public_mentions_12m for c in cs], dtype=np.int64),
        max_pos_mention_interactions_12m=np.array(
            [c.max_pos_mention_interactions_12m for c in cs], dtype=np.float64
        ),
        neg_public_mention_interactions_90d=np.array(
            [c.neg_public_mention_interactions_90d for c in cs], dtype=np.float64
        ),
        escalation_cue_90d=np.array([c.escalation_cue_90d for c in cs], dtype=np.bool_),
        last_pos_mention_day=np.array([_day(c.last_pos_mention) for c in cs]),
        last_neg_mention_day=np.array([_day(c.last_neg_mention) for c in cs]),
        last_escalation_cue_day=np.array([_day(c.last_escalation_cue) for c in cs]),
        share_of_wallet=np.array([c.share_of_wallet for c in cs], dtype=np.float64),
        order_customer=np.array([at(o.customer_id) for o in os_], dtype=np.int64),
        order_day=np.array([_day(o.day) for o in os_]),
        order_amount=np.array([o.amount for o in os_], dtype=np.float64),
        order_margin=np.array([o.margin for o in os_], dtype=np.float64),
        survey_customer=np.array([at(s.customer_id) for s in ss], dtype=np.int64),
        survey_day=np.array([_day(s.day) for s in ss]),
        survey_kind=np.array([_kind(s.kind) for s in ss], dtype=np.int8),
        survey_score=np.array([s.score for s in ss], dtype=np.float64),
        res_customer=np.array([at(r.customer_id) for r in rs], dtype=np.int64),
        res_day=np.array([_day(r.day) for r in rs]),
        res_contacts=np.array([r.contacts for r in rs], dtype=np.int64),
        res_channel_switches=np.array([r.channel_switches for r in rs], dtype=np.int64),
        res_handoffs=np.array([r.handoffs for r in rs], dtype=np.int64),
        res_reopened=np.array([r.reopened for r in rs], dtype=np.bool_),
        res_resolve_seconds=np.array([r.resolve_seconds for r in rs], dtype=np.float64),
        res_sla_seconds=np.array([r.sla_seconds for r in rs], dtype=np.float64),
        res_recovered=np.array([r.recovered for r in rs], dtype=np.bool_),
        ref_referrer=np.array([at(f.referrer_id) for f in fs], dtype=np.int64),
        ref_referred=np.array(
            [-1 if f.referred_id is None else row.get(int(f.referred_id), -1) for f in fs],
            dtype=np.int64,
        ),
        ref_day=np.array([_day(f.day) for f in fs]),
        ref_converted=np.array([f.converted for f in fs], dtype=np.bool_),
        ref_type_one=np.array([f.type_one for f in fs], dtype=np.float64),
        ref_incentive=np.array([f.incentive for f in fs], dtype=np.float64),
        now_day=_day(now),
        brand_mention_interactions_median=float(brand_mention_interactions_median),
        platform_ir_median=float(platform_ir_median),
    )


def base_fields() -> tuple[str, ...]:
    """The names of the base's fields, in declaration order (for loaders)."""
    return tuple(f.name for f in fields(LoyaltyBase))
