"""Loyalty compute over a synthetic base of the production size (seeded, NumPy only).

Prints one JSON line: customers, orders, resolutions, surveys, referrals, compute_s (best of
--repeat runs), first_s, peak_mb (tracemalloc peak of one compute run, i.e. the memory the
computation itself allocates), rss_mb (process max RSS, base included).
Usage: python benchmarks/loyalty_compute.py --customers 100000 --orders 1000000
"""

from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

# benchmarks/queue.py is named like the standard library's `queue`, which threads and pools
# import: run as a script, this folder comes first on sys.path; look here for nothing.
if _sys.path and _Path(_sys.path[0] or ".").resolve() == _Path(__file__).resolve().parent:
    del _sys.path[0]

import argparse
import json
import resource
import sys
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

# Run as a script, this folder comes first on the path, where queue.py would shadow the standard
# library's queue module (multiprocessing needs it): the repository root takes its place.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from triage.loyalty import LoyaltyBase, compute, days


def synthetic_base(
    n: int, m: int, t: int, s: int, k: int, seed: int = 7, now: float | None = None
) -> LoyaltyBase:
    """A base with skewed activity: a few customers order and contact a lot, most rarely."""
    rng = np.random.default_rng(seed)
    now = days(datetime(2026, 11, 23, tzinfo=UTC)) if now is None else now
    activity = rng.gamma(0.5, 1.0, n)
    p = activity / activity.sum()

    def some(size: int) -> np.ndarray:
        return rng.choice(n, size=size, p=p)

    followers = rng.lognormal(5.0, 2.0, n).astype(np.int64)
    posts = rng.poisson(3.0, n)
    pos = rng.poisson(0.1, n)
    amount = rng.lognormal(3.5, 1.0, m)
    margin = amount * rng.uniform(0.1, 0.5, m)
    margin[rng.random(m) < 0.2] = np.nan
    kind = (rng.random(s) < 0.3).astype(np.int8)
    score = np.where(kind == 0, rng.integers(0, 11, s), rng.integers(1, 8, s)).astype(float)
    referred = rng.integers(0, n, k)
    referred[rng.random(k) < 0.3] = -1
    return LoyaltyBase(
        customer_ids=np.arange(1, n + 1, dtype=np.int64) * 10,
        first_seen_days=now - rng.uniform(0, 6 * 365, n),
        followers=followers,
        posts_90d=posts,
        interactions_90d=rng.poisson(1 + posts * followers * 0.01),
        mean_sentiment_90d=np.where(rng.random(n) < 0.6, np.nan, rng.uniform(0, 100, n)),
        pos_public_mentions_12m=pos,
        max_pos_mention_interactions_12m=np.where(pos > 0, rng.lognormal(2, 1.5, n), np.nan),
        neg_public_mention_interactions_90d=np.where(
            rng.random(n) < 0.05, rng.lognormal(2, 1.5, n), np.nan
        ),
        escalation_cue_90d=rng.random(n) < 0.02,
        order_customer=some(m),
        order_day=now - rng.uniform(0, 4 * 365, m),
        order_amount=amount,
        order_margin=margin,
        survey_customer=some(s),
        survey_day=now - rng.uniform(0, 2 * 365, s),
        survey_kind=kind,
        survey_score=score,
        res_customer=some(t),
        res_day=now - rng.uniform(0, 3 * 365, t),
        res_contacts=1 + rng.poisson(0.8, t),
        res_channel_switches=rng.poisson(0.3, t),
        res_handoffs=rng.poisson(0.4, t),
        res_reopened=rng.random(t) < 0.1,
        res_resolve_seconds=rng.exponential(20 * 3600, t),
        res_sla_seconds=np.full(t, 24 * 3600.0),
        res_recovered=rng.random(t) < 0.3,
        ref_referrer=some(k),
        ref_referred=referred,
        ref_day=now - rng.uniform(0, 3 * 365, k),
        ref_converted=rng.random(k) < 0.6,
        ref_type_one=rng.choice(np.array([0.0, 0.5, 1.0]), k),
        now_day=now,
        brand_mention_interactions_median=12.0,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--resolutions", type=int, default=200_000)
    parser.add_argument("--surveys", type=int, default=50_000)
    parser.add_argument("--referrals", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    base = synthetic_base(
        args.customers, args.orders, args.resolutions, args.surveys, args.referrals
    )
    times = []
    for _ in range(max(1, args.repeat)):
        t0 = time.perf_counter()
        result = compute(base)
        times.append(time.perf_counter() - t0)
    del result
    tracemalloc.start()
    compute(base)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "customers": args.customers,
                "orders": args.orders,
                "resolutions": args.resolutions,
                "surveys": args.surveys,
                "referrals": args.referrals,
                "compute_s": round(min(times), 3),
                "first_s": round(times[0], 3),
                "peak_mb": round(peak / 2**20, 1),
                "rss_mb": round(rss_kb / 1024, 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
