"""Vectorised per-customer reductions and base-relative ranks used by every loyalty figure."""

from __future__ import annotations

import numpy as np

from triage.loyalty.inputs import BoolArray, CodeArray, FloatArray, IntArray

# Cut-offs compare with a small tolerance so 0.6 computed as 0.59999999999 still counts as 0.6.
EPS = 1e-9


def ge(x: FloatArray, cut: float) -> BoolArray:
    """x >= cut, tolerant to rounding; NaN is False."""
    return np.asarray(x >= cut - EPS, dtype=np.bool_)


def lt(x: FloatArray, cut: float) -> BoolArray:
    """x < cut, tolerant to rounding; NaN is False."""
    return np.asarray(x < cut - EPS, dtype=np.bool_)


def age_weight(age_days: FloatArray, decay_days: float) -> FloatArray:
    """Survey/ticket age weight exp(-age / decay) (§10.2)."""
    return np.exp(-np.maximum(age_days, 0.0) / decay_days)


def count(group: IntArray, n: int) -> IntArray:
    return np.bincount(group, minlength=n).astype(np.int64)


def total(group: IntArray, weights: FloatArray, n: int) -> FloatArray:
    return np.bincount(group, weights=weights, minlength=n).astype(np.float64)


def group_max(group: IntArray, values: FloatArray, n: int) -> FloatArray:
    """Per-customer maximum; NaN for customers without rows."""
    out = np.full(n, -np.inf)
    np.maximum.at(out, group, values)
    out[np.isneginf(out)] = np.nan
    return out


def group_min(group: IntArray, values: FloatArray, n: int) -> FloatArray:
    out = np.full(n, np.inf)
    np.minimum.at(out, group, values)
    out[np.isposinf(out)] = np.nan
    return out


def ratio(num: FloatArray, den: FloatArray) -> FloatArray:
    """num / den, NaN where den is 0 (no warning)."""
    out = np.full(np.shape(num), np.nan)
    np.divide(num, den, out=out, where=den != 0)
    return out


def latest_row(group: IntArray, key: FloatArray, n: int) -> IntArray:
    """Per customer, the row with the largest key (ties: the later row); -1 if none."""
    out = np.full(n, -1, dtype=np.int64)
    if group.size == 0:
        return out
    order = np.lexsort((np.arange(group.size), key, group))
    g = group[order]
    last = np.ones(g.size, dtype=np.bool_)
    last[:-1] = g[1:] != g[:-1]
    out[g[last]] = order[last]
    return out


def recent_rows(group: IntArray, key: FloatArray, k: int) -> BoolArray:
    """Rows among each customer's k largest keys (ties: the later row first)."""
    keep = np.zeros(group.size, dtype=np.bool_)
    if group.size == 0:
        return keep
    order = np.lexsort((-np.arange(group.size), -key, group))
    g = group[order]
    pos = np.arange(g.size)
    first = np.ones(g.size, dtype=np.bool_)
    first[1:] = g[1:] != g[:-1]
    start = np.maximum.accumulate(np.where(first, pos, 0))
    keep[order] = (pos - start) < k
    return keep


def below(values: FloatArray, pop: BoolArray) -> tuple[IntArray, int]:
    """For every customer, how many members of the population have a strictly smaller value."""
    ref = np.sort(values[pop])
    return np.searchsorted(ref, values, side="left").astype(np.int64), int(ref.size)


def pct_below(values: FloatArray, pop: BoolArray) -> FloatArray:
    """Percentile 0-100 = share of the population strictly below; ties share the lower value.

    The same definition drives the quintiles, so pct 40 is always quintile 3, and the lowest
    value (e.g. a customer without orders, CLV 0) reads 0. NaN outside the population.
    """
    less, size = below(values, pop)
    out = np.full(values.size, np.nan)
    if size:
        out[pop] = 100.0 * less[pop] / size
    return out


def quintile(values: FloatArray, pop: BoolArray) -> CodeArray:
    """1-5 by percentile rank within the population (ties share the lower quintile); 0 outside."""
    less, size = below(values, pop)
    out = np.zeros(values.size, dtype=np.int8)
    if size:
        out[pop] = (1 + (5 * less[pop]) // size).astype(np.int8)
    return out
