"""Two charts of one customer over time: the tone of what they wrote, and how hard we made it.

Sentiment: every inbound message's sentiment (0–100). Effort: per resolved ticket behind the
effort estimate, CES = 7 − 6·OEI (the loyalty profile's `effort.oei` and `ticket_days`), and
every CES survey answer as a point. Empty charts say so in words instead of drawing axes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCharts import (
    QAbstractSeries,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from triage.domain.customers import CustomerProfile, ResolutionView, SurveyView, TimelineEntry

DAY_MS = 86_400_000
SMOOTH_FROM = 40  # from this many messages on, a rolling mean shows the trend
SMOOTH_WINDOW = 10
Point = tuple[float, float]  # (ms since the epoch, value)


def _ms(at: datetime) -> float:
    return at.timestamp() * 1000.0


def sentiment_points(timeline: Iterable[TimelineEntry]) -> list[Point]:
    """Inbound messages with a sentiment, oldest first."""
    return sorted(
        (_ms(e.at), float(e.sentiment))
        for e in timeline
        if e.kind == "message" and e.sentiment is not None
    )


def effort_points(
    loyalty: Mapping[str, Any],
    surveys: Iterable[SurveyView],
    resolutions: Iterable[ResolutionView] = (),
) -> tuple[list[Point], list[Point]]:
    """(estimated CES per ticket from its OEI, CES survey answers), oldest first.

    The profile gives each estimate's day; a resolution on that day gives it its time."""
    effort = loyalty.get("effort")
    effort = effort if isinstance(effort, Mapping) else {}
    oei: Sequence[Any] = effort.get("oei") or []
    days: Sequence[Any] = effort.get("ticket_days") or []
    resolved = sorted((r.resolved_at.astimezone(UTC) for r in resolutions), reverse=True)
    estimates: list[Point] = []
    for value, when in zip(oei, days, strict=False):
        if not isinstance(value, int | float) or not isinstance(when, str):
            continue
        try:
            at = datetime.fromisoformat(when[:10]).replace(hour=12, tzinfo=UTC)
        except ValueError:
            continue
        same_day = next((r for r in resolved if r.date() == at.date()), None)
        if same_day is not None:
            resolved.remove(same_day)
            at = same_day
        estimates.append((_ms(at), max(1.0, min(7.0, 7.0 - 6.0 * float(value)))))
    answers = [(_ms(s.at), float(s.score)) for s in surveys if s.kind == "ces"]
    return sorted(estimates), sorted(answers)


def rolling_mean(points: Sequence[Point], window: int) -> list[Point]:
    """Each point's value replaced by the mean of it and the window − 1 points before it."""
    out: list[Point] = []
    total = 0.0
    for i, (x, y) in enumerate(points):
        total += y
        if i >= window:
            total -= points[i - window][1]
        out.append((x, total / min(i + 1, window)))
    return out


def _points(points: Sequence[Point]) -> list[QPointF]:
    return [QPointF(x, y) for x, y in points]


class _Chart(QStackedWidget):
    """A chart, or a sentence saying why there is none."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = QChart()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.empty = QLabel(empty_text, self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("chartEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.view)
        self.addWidget(self.empty)

    def clear(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)

    def plot(
        self,
        title: str,
        series: list[QAbstractSeries],
        x_range: tuple[float, float] | None,
        y_axis: QValueAxis,
    ) -> None:
        self.clear()
        self.chart.setTitle(title)
        if not series or x_range is None:
            self.setCurrentWidget(self.empty)
            return
        x_axis = QDateTimeAxis()
        lo, hi = x_range
        span = hi - lo
        x_axis.setFormat(
            "d MMM HH:mm" if span < 3 * DAY_MS else "d MMM" if span < 200 * DAY_MS else "MMM yyyy"
        )
        x_axis.setTickCount(6)
        x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(lo)), QDateTime.fromMSecsSinceEpoch(int(hi))
        )
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for s in series:
            self.chart.addSeries(s)
            s.attachAxis(x_axis)
            s.attachAxis(y_axis)
        self.setCurrentWidget(self.view)

    @property
    def series(self) -> list[QAbstractSeries]:
        return list(self.chart.series())


def _value_axis(lo: float, hi: float, anchor: float, step: float) -> QValueAxis:
    """A little room beyond the scale, so points on its ends are drawn whole."""
    axis = QValueAxis()
    axis.setRange(lo, hi)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(anchor)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    return axis


def _x_range(*groups: Sequence[Point]) -> tuple[float, float] | None:
    xs = [x for g in groups for x, _ in g]
    if not xs:
        return None
    lo, hi = min(xs), max(xs)
    pad = max((hi - lo) * 0.03, DAY_MS / 2)
    return lo - pad, hi + pad


class CustomerCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerCharts")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sentiment = _Chart(
            self.tr(
                "No sentiment to show: this customer has no inbound messages with a measured tone."
            ),
            self,
        )
        self.effort = _Chart(
            self.tr(
                "No effort to show: no resolved tickets behind an effort estimate and no CES "
                "answers yet."
            ),
            self,
        )
        layout.addWidget(self.sentiment, 1)
        layout.addWidget(self.effort, 1)

    def show_profile(self, profile: CustomerProfile) -> None:
        self.show_points(
            sentiment_points(profile.timeline),
            *effort_points(profile.loyalty, profile.surveys, profile.resolutions),
        )

    def show_points(
        self, sentiment: list[Point], estimates: list[Point], answers: list[Point]
    ) -> None:
        tone: list[QAbstractSeries] = []
        if sentiment:
            many = len(sentiment) > SMOOTH_FROM
            line = QLineSeries()
            line.setName(self.tr("Sentiment of each message (0 negative – 100 positive)"))
            line.replace(_points(sentiment))
            line.setPointsVisible(not many)
            line.setPen(QPen(QColor("#9dbbdc" if many else "#2f6fb2"), 1 if many else 2))
            tone.append(line)
            if many:
                mean = QLineSeries()
                mean.setName(
                    self.tr("Mean of the last %1 messages").replace("%1", str(SMOOTH_WINDOW))
                )
                mean.replace(_points(rolling_mean(sentiment, SMOOTH_WINDOW)))
                mean.setPen(QPen(QColor("#1f4f82"), 2.5))
                tone.append(mean)
        self.sentiment.plot(
            self.tr("Tone of inbound messages"),
            tone,
            _x_range(sentiment),
            _value_axis(-4, 104, 0, 20),
        )

        series: list[QAbstractSeries] = []
        if estimates:
            est = QLineSeries()
            est.setName(self.tr("Estimated per ticket: CES = 7 − 6·OEI"))
            est.replace(_points(estimates))
            est.setPointsVisible(True)
            est.setPen(QPen(QColor("#ef8f00"), 2))
            series.append(est)
        if answers:
            dots = QScatterSeries()
            dots.setName(self.tr("CES survey answers"))
            dots.replace(_points(answers))
            dots.setMarkerSize(11)
            dots.setColor(QColor("#2e7d32"))
            dots.setBorderColor(QColor("#1b5e20"))
            series.append(dots)
        y = _value_axis(0.6, 7.4, 1, 1)
        y.setTitleText(self.tr("CES (7 = easy)"))
        self.effort.plot(self.tr("Effort per resolution"), series, _x_range(estimates, answers), y)
