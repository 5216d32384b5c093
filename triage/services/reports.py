"""The dashboard as a report file: one CSV with a section per chart (the PDF is drawn by the UI).

Spreadsheet-safe: every text cell that could start a formula (= + - @) is neutralised with
`safe_cell`; the numbers are ours, written plainly (a negative NPS stays a number).
Times are UTC; shares are percentages; durations are seconds.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import datetime

from triage.domain.dashboards import Bucket, Dashboard
from triage.services.exports import safe_cell

SEGMENT_KEYS = {"": "none"}


def bucket_label(at: datetime, bucket: Bucket) -> str:
    return at.strftime("%Y-%m-%d %H:00" if bucket == "hour" else "%Y-%m-%d")


def _num(value: float | None, digits: int = 1) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def _pct(share: float | None) -> str:
    return "" if share is None else f"{100.0 * share:.1f}"


def _int(value: int | None) -> str:
    return "" if value is None else str(value)


def dashboard_csv(d: Dashboard) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    p = d.period
    labels = [bucket_label(at, p.bucket) for at in d.buckets]

    def section(title: str, header: Iterable[str], rows: Iterable[Iterable[str]]) -> None:
        w.writerow([f"# {title}"])
        w.writerow([safe_cell(h) for h in header])
        w.writerows(rows)
        w.writerow([])

    section(
        "Period",
        ["start_utc", "end_utc", "bucket", "channels"],
        [
            [
                p.first.strftime("%Y-%m-%d %H:%M"),
                p.end.strftime("%Y-%m-%d %H:%M"),
                p.bucket,
                safe_cell(";".join(d.channels) or "all"),
            ]
        ],
    )
    t = d.totals
    section(
        "Totals",
        [
            "inbound",
            "sentiment",
            "opened",
            "response_sla_pct",
            "resolution_sla_pct",
            "nps",
            "nps_margin",
            "nps_n",
            "ces",
            "ces_n",
            "backlog",
            "active_customers",
        ],
        [
            [
                str(t.inbound),
                _num(t.sentiment),
                str(t.opened),
                _pct(t.response_share),
                _pct(t.resolution_share),
                _num(t.nps),
                _num(t.nps_margin),
                str(t.nps_n),
                _num(t.ces, 2),
                str(t.ces_n),
                str(t.backlog),
                str(t.active_customers),
            ]
        ],
    )
    section(
        "Volume (inbound messages)",
        ["bucket", *d.volume_channels, "total"],
        (
            [label, *(str(n) for n in counts), str(sum(counts))]
            for label, counts in zip(labels, d.volume, strict=True)
        ),
    )
    section(
        "Sentiment",
        ["bucket", "mean_inbound_sentiment"],
        ([label, _num(s)] for label, s in zip(labels, d.sentiment, strict=True)),
    )
    section(
        "SLA compliance",
        [
            "bucket",
            "opened",
            "response_met",
            "response_breached",
            "response_pct",
            "resolution_met",
            "resolution_breached",
            "resolution_pct",
        ],
        (
            [
                label,
                str(s.opened),
                str(s.response_met),
                str(s.response_breached),
                _pct(s.response_share),
                str(s.resolution_met),
                str(s.resolution_breached),
                _pct(s.resolution_share),
            ]
            for label, s in zip(labels, d.sla, strict=True)
        ),
    )
    section(
        "Response and resolution time",
        [
            "bucket",
            "first_response_n",
            "first_response_median_s",
            "first_response_p90_s",
            "resolution_n",
            "resolution_median_s",
            "resolution_p90_s",
        ],
        (
            [
                label,
                str(x.response_n),
                _int(x.response_median),
                _int(x.response_p90),
                str(x.resolution_n),
                _int(x.resolution_median),
                _int(x.resolution_p90),
            ]
            for label, x in zip(labels, d.times, strict=True)
        ),
    )
    section(
        "Backlog age",
        ["age", "open_tickets"],
        ([b.key, str(b.tickets)] for b in d.backlog),
    )
    section(
        "NPS and CES",
        ["bucket", "nps", "nps_margin", "nps_n", "promoters_pct", "detractors_pct", "ces", "ces_n"],
        (
            [
                label,
                _num(s.nps),
                _num(s.margin),
                str(s.nps_n),
                _pct(s.promoters),
                _pct(s.detractors),
                _num(s.ces, 2),
                str(s.ces_n),
            ]
            for label, s in zip(labels, d.surveys, strict=True)
        ),
    )
    section(
        "Segment mix",
        ["segment", "customers"],
        ([safe_cell(SEGMENT_KEYS.get(s.segment, s.segment)), str(s.customers)] for s in d.segments),
    )
    return out.getvalue()
