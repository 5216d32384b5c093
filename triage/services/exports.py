"""CSV exports people take elsewhere: spreadsheet-safe (no formulas from customer text)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from triage.domain.customers import Ambassador

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """A cell a spreadsheet shows as text: a leading = + - @ would make it a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def ambassadors_csv(rows: Iterable[Ambassador]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(
        [
            "rank",
            "customer_id",
            "our_id",
            "name",
            "referral_value",
            "loyalty_score",
            "nps",
            "segment",
            "flags",
            "reasons",
        ]
    )
    for n, a in enumerate(rows, start=1):
        w.writerow(
            [
                n,
                safe_cell(a.crm_id or ""),
                a.customer_id,
                safe_cell(a.name),
                f"{a.referral_value:.2f}",
                a.score,
                "" if a.nps is None else a.nps,
                a.segment,
                ";".join(a.flags),
                safe_cell(" | ".join(a.reasons)),
            ]
        )
    return out.getvalue()
