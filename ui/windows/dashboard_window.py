"""The team lead's dashboards: charts over a period and a live board of the team right now.

Non-modal: `DashboardWindow(triage, tasks, parent).show()`. Every read runs through `tasks.run`
(the GUI thread never waits on the database); a "Loading…" veil covers the charts meanwhile.
The GUI thread only draws what arrived; `timings["apply_ms"]` is how long that took.
Exports: one CSV with a section per chart (triage.services.reports) and a PDF drawn here, an A4
landscape page per chart with its title and the period.

Buckets are UTC hours, days or ISO weeks (the core's); day labels are those UTC dates, hour
labels the local time of the hour. People without the dashboards permission see why instead.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QMargins,
    QMarginsF,
    QObject,
    QPointF,
    QRectF,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from triage.domain.access import Permission
from triage.domain.dashboards import Bucket, Dashboard, LiveBoard, Period
from triage.services import Triage
from triage.services.reports import dashboard_csv
from ui import labels
from ui.tasks import TaskRunner

CHANNEL_COLORS = (
    "#2f6fb2",
    "#ef8f00",
    "#2e7d32",
    "#8e44ad",
    "#c0392b",
    "#16a085",
    "#7f8c8d",
    "#d35400",
    "#5d6d7e",
    "#b7950b",
)
SEGMENT_COLORS = {
    "ambassador": "#2e7d32",
    "passive_loyal": "#2f6fb2",
    "shopper": "#ef8f00",
    "leaver": "#c0392b",
    "": "#a0a8b0",
}
BARS_UP_TO = 62  # more buckets than this: stacked areas instead of bars
X_LABELS = 7  # dates on a time axis
LIVE_REFRESH_MS = 30_000
PRESETS = ("today", "7d", "30d", "year", "custom")
CHART_KEYS = (
    "volume",
    "sentiment",
    "sla",
    "response",
    "resolution",
    "backlog",
    "nps",
    "segments",
)


def _qdt(at: datetime) -> QDateTime:
    """The moment as a local-time QDateTime."""
    return QDateTime.fromMSecsSinceEpoch(round(at.timestamp() * 1000))


def _utc_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def preset_period(preset: str, now: datetime, bucket: Bucket | None = None) -> Period:
    """The period a preset means at `now` (local dates; day buckets are whole UTC days)."""
    today = now.astimezone().date()
    if preset == "today":
        local_midnight = datetime.combine(today, datetime.min.time()).astimezone()
        return Period(local_midnight, now, bucket or "hour")
    days = {"7d": 7, "30d": 30, "year": 365}[preset]
    first = today - timedelta(days=days - 1)
    return Period(_utc_midnight(first), now, bucket or "day")


class ChartCard(QStackedWidget):
    """One chart with its title, or a sentence saying why it has nothing to show."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"chart_{key}")
        self.setMinimumSize(420, 300)
        self.chart = QChart()
        self.chart.setMargins(QMargins(6, 6, 6, 6))
        self.chart.setBackgroundRoundness(0)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        title_font = QFont(self.chart.titleFont())
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 10.0))
        self.chart.setTitleFont(title_font)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.empty = QLabel(self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("chartEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.view)
        self.addWidget(self.empty)
        self.title = ""

    def reset(self, title: str) -> None:
        self.title = title
        self.chart.setTitle(title)
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.legend().setVisible(True)

    def add(self, series: QAbstractSeries, *axes: QAbstractAxis) -> None:
        self.chart.addSeries(series)
        for axis in axes:
            series.attachAxis(axis)

    def axis(self, axis: QAbstractAxis, where: Qt.AlignmentFlag) -> QAbstractAxis:
        self.chart.addAxis(axis, where)
        return axis

    def show_chart(self) -> None:
        self.setCurrentWidget(self.view)

    def show_empty(self, text: str) -> None:
        self.empty.setText(self.title + "\n\n" + text)
        self.setCurrentWidget(self.empty)

    @property
    def has_chart(self) -> bool:
        return self.currentWidget() is self.view

    @property
    def series(self) -> list[QAbstractSeries]:
        return list(self.chart.series())


def _line(
    name: str, points: Sequence[tuple[float, float]], color: str, width: float = 2.0
) -> QLineSeries:
    line = QLineSeries()
    line.setName(name)
    line.replace([QPointF(x, y) for x, y in points])
    line.setPen(QPen(QColor(color), width))
    line.setPointsVisible(len(points) <= 40)
    return line


def _value_axis(lo: float, hi: float, fmt: str = "%d", title: str = "") -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(lo, hi)
    axis.setLabelFormat(fmt)
    axis.setTickCount(6)
    if title:
        axis.setTitleText(title)
    return axis


def _nice_max(value: float) -> float:
    """A round upper bound a little above `value` (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ⁿ)."""
    if value <= 0:
        return 1.0
    target = value * 1.05
    magnitude = float(10 ** (len(str(int(target))) - 1))
    for step in (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0):
        if target <= step * magnitude:
            return step * magnitude
    return 10.0 * magnitude


class _Veil(QObject):
    """Keeps an overlay label covering its parent as the parent resizes."""

    def __init__(self, overlay: QLabel) -> None:
        super().__init__(overlay)
        self.overlay = overlay
        parent = overlay.parentWidget()
        assert parent is not None
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.overlay.setGeometry(watched.rect())
        return False


def _natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that puts "Agent 9" before "Agent 10"."""
    parts = re.split(r"(\d+)", text.lower())
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts if p)


class _SortItem(QTableWidgetItem):
    """A cell that sorts by its value (numbers as numbers), shown as its text."""

    def __init__(self, text: str, key: object) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _SortItem):
            try:
                return bool(self.key < other.key)  # type: ignore[operator]
            except TypeError:
                pass
        return super().__lt__(other)


class DashboardWindow(QDialog):
    loaded = Signal()  # a dashboard is on screen
    live_loaded = Signal()
    failed = Signal(str)

    def __init__(
        self,
        triage: Triage,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        autoload: bool = True,
    ) -> None:
        super().__init__(parent)
        self.triage = triage
        self.tasks = tasks
        self.dashboard: Dashboard | None = None
        self.board: LiveBoard | None = None
        self.timings: dict[str, float] = {}
        self.channels: tuple[str, ...] = ()  # the filter; empty: all
        self.known_channels: list[str] = []
        self._generation = 0
        self._live_busy = False
        self.allowed = triage.may(Permission.DASHBOARDS)
        self.setObjectName("dashboardWindow")
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowTitle(self.tr("Dashboards"))
        self.resize(1280, 860)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(self._build_controls())
        self.banner = QLabel(self)
        self.banner.setObjectName("errorBanner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.summary = QLabel(self)
        self.summary.setObjectName("dashboardSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dashboardTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_charts(), self.tr("Charts"))
        self.tabs.addTab(self._build_live(), self.tr("Live board"))
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bottom.addWidget(self.status, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout.addLayout(bottom)

        self.live_timer = QTimer(self)
        self.live_timer.setInterval(LIVE_REFRESH_MS)
        self.live_timer.timeout.connect(self.refresh_live)
        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(250)
        self._reload_soon.timeout.connect(self.reload)
        self._preset_changed()

        if not self.allowed:
            self._refuse()
        elif autoload:
            self._load_channels()
            self.reload()
            self.refresh_live()
            self.live_timer.start()

    # -- set-up -----------------------------------------------------------------------------

    def _build_controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        self.preset = QComboBox(self)
        self.preset.setObjectName("periodPreset")
        for key, text in (
            ("today", self.tr("Today")),
            ("7d", self.tr("Last 7 days")),
            ("30d", self.tr("Last 30 days")),
            ("year", self.tr("Last year")),
            ("custom", self.tr("Custom…")),
        ):
            self.preset.addItem(text, key)
        self.preset.setCurrentIndex(PRESETS.index("7d"))
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setMaximumDate(QDate.currentDate())
            edit.dateChanged.connect(lambda _d: self._custom_changed())
        self.date_from.setDate(QDate.currentDate().addDays(-13))
        self.date_to.setDate(QDate.currentDate())
        self.bucket = QComboBox(self)
        self.bucket.setObjectName("bucket")
        for key, text in (
            ("hour", self.tr("By hour")),
            ("day", self.tr("By day")),
            ("week", self.tr("By week")),
        ):
            self.bucket.addItem(text, key)
        self.channel_button = QToolButton(self)
        self.channel_button.setObjectName("channelFilter")
        self.channel_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.channel_menu = QMenu(self.channel_button)
        self.channel_button.setMenu(self.channel_menu)
        self._fill_channel_menu()
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.clicked.connect(self._refresh_all)
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.csv_button.clicked.connect(self._ask_csv)
        self.pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.csv_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        period_label = QLabel(self.tr("Period:"), self)
        row.addWidget(period_label)
        row.addWidget(self.preset)
        self.from_label = QLabel(self.tr("from"), self)
        self.to_label = QLabel(self.tr("to"), self)
        row.addWidget(self.from_label)
        row.addWidget(self.date_from)
        row.addWidget(self.to_label)
        row.addWidget(self.date_to)
        row.addWidget(self.bucket)
        row.addWidget(self.channel_button)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.csv_button)
        row.addWidget(self.pdf_button)
        self.preset.currentIndexChanged.connect(lambda _i: self._preset_changed(reload=True))
        self.bucket.currentIndexChanged.connect(lambda _i: self._bucket_changed())
        return row

    def _build_charts(self) -> QWidget:
        self.chart_page = QWidget(self)
        page_layout = QVBoxLayout(self.chart_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self.chart_page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        grid_host = QWidget(scroll)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setSpacing(8)
        self.cards: dict[str, ChartCard] = {}
        for i, key in enumerate(CHART_KEYS):
            card = ChartCard(key, grid_host)
            self.cards[key] = card
            grid.addWidget(card, i // 2, i % 2)
        for r in range((len(CHART_KEYS) + 1) // 2):
            grid.setRowMinimumHeight(r, 320)
        scroll.setWidget(grid_host)
        page_layout.addWidget(scroll)
        self.overlay = QLabel(self.tr("Loading…"), self.chart_page)
        self.overlay.setObjectName("loadingVeil")
        self.overlay.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overlay.setStyleSheet(
            "#loadingVeil { background: rgba(255, 255, 255, 190); color: #34495e;"
            " font-size: 16pt; }"
        )
        self.overlay.hide()
        _Veil(self.overlay)
        return self.chart_page

    def _build_live(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        self.live_status = QLabel(page)
        self.live_status.setTextFormat(Qt.TextFormat.PlainText)
        self.live_status.setWordWrap(True)
        layout.addWidget(self.live_status)
        self.live_table = QTableWidget(0, 7, page)
        self.live_table.setObjectName("liveBoard")
        self.live_table.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Role"),
                self.tr("Claimed now"),
                self.tr("Customer waiting"),
                self.tr("Past first-response target"),
                self.tr("Handled today"),
                self.tr("Avg. handle time today"),
            ]
        )
        self.live_table.verticalHeader().hide()
        self.live_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.live_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.live_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.live_table.setSortingEnabled(True)
        self.live_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.live_table, 1)
        hint = QLabel(self.tr("Refreshes every 30 seconds while this window is open."), page)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        return page

    # -- the period -------------------------------------------------------------------------

    def _preset_changed(self, reload: bool = False) -> None:
        preset = str(self.preset.currentData())
        custom = preset == "custom"
        for w in (self.from_label, self.date_from, self.to_label, self.date_to):
            w.setVisible(custom)
        default = {"today": "hour", "7d": "day", "30d": "day", "year": "day"}.get(preset)
        if default is None:
            default = self._custom_bucket()
        self.bucket.blockSignals(True)
        self.bucket.setCurrentIndex(self.bucket.findData(default))
        self._limit_buckets()
        self.bucket.blockSignals(False)
        if reload:
            self.reload()

    def _custom_bucket(self) -> str:
        days = self.date_from.date().daysTo(self.date_to.date()) + 1
        return "hour" if days <= 2 else "day" if days <= 120 else "week"

    def _limit_buckets(self) -> None:
        """Hours only for a month or less; weeks only for more than two weeks."""
        days = self._span_days()
        model = self.bucket.model()
        for i in range(self.bucket.count()):
            key = self.bucket.itemData(i)
            ok = not (key == "hour" and days > 31) and not (key == "week" and days < 14)
            item = model.item(i)  # type: ignore[attr-defined]
            item.setEnabled(ok)

    def _span_days(self) -> int:
        preset = str(self.preset.currentData())
        if preset == "custom":
            return self.date_from.date().daysTo(self.date_to.date()) + 1
        return {"today": 1, "7d": 7, "30d": 30, "year": 365}[preset]

    def _custom_changed(self) -> None:
        if self.date_to.date() < self.date_from.date():
            self.date_to.setDate(self.date_from.date())
        if self.preset.currentData() == "custom":
            self.bucket.blockSignals(True)
            self.bucket.setCurrentIndex(self.bucket.findData(self._custom_bucket()))
            self._limit_buckets()
            self.bucket.blockSignals(False)
            self._reload_soon.start()

    def _bucket_changed(self) -> None:
        self.reload()

    def period(self, now: datetime | None = None) -> Period:
        at = now or self.triage.clock.now()
        preset = str(self.preset.currentData())
        bucket: Bucket = self.bucket.currentData()
        if preset != "custom":
            return preset_period(preset, at, bucket)
        first = self.date_from.date().toPython()
        last = self.date_to.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        if bucket == "hour":  # whole local days
            start = datetime.combine(first, datetime.min.time()).astimezone()
            end = datetime.combine(last + timedelta(days=1), datetime.min.time()).astimezone()
        else:
            start, end = _utc_midnight(first), _utc_midnight(last + timedelta(days=1))
        return Period(start, min(end, max(at, start + timedelta(hours=1))), bucket)

    # -- channels ---------------------------------------------------------------------------

    def _load_channels(self) -> None:
        def done(found: list[str]) -> None:
            if self._alive():
                self.known_channels = sorted(set(found) | set(self.known_channels))
                self._fill_channel_menu()

        self.tasks.run(self.triage.channels, done, lambda _exc: None)

    def _fill_channel_menu(self) -> None:
        self.channel_menu.clear()
        everything = QAction(self.tr("All channels"), self.channel_menu)
        everything.setCheckable(True)
        everything.setChecked(not self.channels)
        everything.triggered.connect(lambda _c=False: self.set_channels(()))
        self.channel_menu.addAction(everything)
        self.channel_menu.addSeparator()
        for ch in self.known_channels:
            action = QAction(ch, self.channel_menu)  # menu texts are plain text
            action.setCheckable(True)
            action.setChecked(ch in self.channels)
            action.triggered.connect(lambda checked, c=ch: self._toggle_channel(c, checked))
            self.channel_menu.addAction(action)
        if not self.channels:
            self.channel_button.setText(self.tr("All channels"))
        elif len(self.channels) <= 2:
            self.channel_button.setText(", ".join(self.channels))
        else:
            self.channel_button.setText(
                self.tr("%1 channels").replace("%1", str(len(self.channels)))
            )

    def _toggle_channel(self, channel: str, checked: bool) -> None:
        chosen = set(self.channels)
        if checked:
            chosen.add(channel)
        else:
            chosen.discard(channel)
        self.set_channels(tuple(sorted(chosen)))

    def set_channels(self, channels: Sequence[str]) -> None:
        self.channels = tuple(sorted(channels))
        self.known_channels = sorted(set(self.known_channels) | set(self.channels))
        self._fill_channel_menu()
        self.reload()

    # -- loading ----------------------------------------------------------------------------

    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    def _refuse(self) -> None:
        user = self.triage.user
        who = user.display_name or user.name if user is not None else "?"
        role = {
            "agent": self.tr("agent"),
            "lead": self.tr("team lead"),
            "trainer": self.tr("trainer"),
            "admin": self.tr("administrator"),
        }.get(user.role.value if user is not None else "", "")
        text = (
            self.tr(
                "Dashboards and reports are for team leads and administrators. You are signed "
                "in as %1 (%2): ask a team lead or an administrator for access."
            )
            .replace("%1", who)
            .replace("%2", role)
        )
        self.show_error(text)
        for w in (
            self.preset,
            self.date_from,
            self.date_to,
            self.bucket,
            self.channel_button,
            self.refresh_button,
            self.csv_button,
            self.pdf_button,
        ):
            w.setEnabled(False)
        for card in self.cards.values():
            card.reset("")
            card.show_empty(self.tr("Not available with your role."))
        self.live_status.setText(text)

    def show_error(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        if text:
            self.failed.emit(text)

    def _refresh_all(self) -> None:
        self.reload()
        self.refresh_live()

    def reload(self) -> None:
        if not self.allowed:
            return
        try:
            period = self.period()
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self._generation += 1
        generation = self._generation
        channels = self.channels
        self.overlay.setText(self.tr("Loading…"))
        self.overlay.setGeometry(self.chart_page.rect())
        self.overlay.show()
        self.overlay.raise_()
        self.status.setText(self.tr("Loading…"))

        def load() -> Dashboard:
            return self.triage.dashboard(period, channels)

        def done(result: Dashboard) -> None:
            if self._alive() and generation == self._generation:
                self.apply(result)

        def failed(exc: Exception) -> None:
            if self._alive() and generation == self._generation:
                self.overlay.hide()
                self.status.setText("")
                self.show_error(labels.error_text(exc))

        self.tasks.run(load, done, failed)

    def refresh_live(self) -> None:
        if not self.allowed or self._live_busy:
            return
        self._live_busy = True
        now = self.triage.clock.now()
        local_midnight = datetime.combine(now.astimezone().date(), datetime.min.time()).astimezone()

        def done(board: LiveBoard) -> None:
            if self._alive():
                self._live_busy = False
                self.apply_live(board)

        def failed(exc: Exception) -> None:
            if self._alive():
                self._live_busy = False
                self.live_status.setText(labels.error_text(exc))

        self.tasks.run(lambda: self.triage.live_board(now, local_midnight), done, failed)

    # -- drawing ----------------------------------------------------------------------------

    def apply(self, d: Dashboard) -> None:
        """Put a dashboard on screen (GUI thread); measures itself in timings['apply_ms']."""
        t0 = time.perf_counter()
        self.setUpdatesEnabled(False)
        try:
            self.dashboard = d
            self.show_error("")
            if not d.channels:
                self.known_channels = sorted(set(self.known_channels) | set(d.volume_channels))
                self._fill_channel_menu()
            x_labels = self._x_labels(d)
            self._draw_volume(d, x_labels)
            self._draw_sentiment(d, x_labels)
            self._draw_sla(d, x_labels)
            self._draw_times(d, x_labels)
            self._draw_backlog(d)
            self._draw_nps(d, x_labels)
            self._draw_segments(d)
            self.summary.setText(self._summary_text(d))
            self.csv_button.setEnabled(True)
            self.pdf_button.setEnabled(True)
            self.overlay.hide()
        finally:
            self.setUpdatesEnabled(True)
        self.timings["apply_ms"] = (time.perf_counter() - t0) * 1000.0
        self.timings["database_ms"] = d.elapsed_ms
        self.status.setText(
            self.tr("%1 · database %2 ms · drawn in %3 ms")
            .replace("%1", self.period_text(d.period, d.channels))
            .replace("%2", f"{d.elapsed_ms:.0f}")
            .replace("%3", f"{self.timings['apply_ms']:.0f}")
        )
        self.loaded.emit()

    def period_text(self, p: Period, channels: Sequence[str]) -> str:
        locale = QLocale()
        last = p.end - timedelta(microseconds=1)
        if p.bucket == "hour":
            start, end = _qdt(p.first), _qdt(p.end)
            same_day = start.date() == end.date()
            span = (
                locale.toString(start, "d MMM yyyy HH:mm")
                + " – "
                + locale.toString(end, "HH:mm" if same_day else "d MMM yyyy HH:mm")
            )
        else:
            span = (
                locale.toString(QDate(p.first.year, p.first.month, p.first.day), "d MMM yyyy")
                + " – "
                + locale.toString(QDate(last.year, last.month, last.day), "d MMM yyyy")
                + " "
                + self.tr("(UTC days)")
            )
        bucket = {
            "hour": self.tr("by hour"),
            "day": self.tr("by day"),
            "week": self.tr("by week"),
        }[p.bucket]
        which = ", ".join(channels) if channels else self.tr("all channels")
        return f"{span} · {bucket} · {which}"

    def _x_labels(self, d: Dashboard) -> list[str]:
        locale = QLocale()
        multi_day = d.period.bucket == "hour" and (d.buckets[-1] - d.buckets[0]) >= timedelta(
            days=1
        )
        long_span = len(d.buckets) > 1 and (d.buckets[-1] - d.buckets[0]) > timedelta(days=200)
        out = []
        for at in d.buckets:
            if d.period.bucket == "hour":
                local = _qdt(at)
                out.append(locale.toString(local, "d MMM HH:mm" if multi_day else "HH:mm"))
            else:
                day = QDate(at.year, at.month, at.day)
                out.append(locale.toString(day, "MMM yyyy" if long_span else "d MMM"))
        return out

    def _time_axis(self, x_labels: Sequence[str]) -> QCategoryAxis:
        """Bucket i sits at x = i; about seven of them are labelled."""
        axis = QCategoryAxis()
        n = len(x_labels)
        axis.setRange(-0.5, n - 0.5)
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis.setGridLineVisible(False)
        step = max(1, round(n / X_LABELS)) if n > X_LABELS else 1
        seen: set[str] = set()
        for i in range(0, n, step):
            if step > 1 and i > n - 1 - step / 2:
                break  # half a label would hang over the plot's right edge
            if x_labels[i] not in seen:
                seen.add(x_labels[i])
                axis.append(x_labels[i], i)
        return axis

    def _draw_volume(self, d: Dashboard, x_labels: Sequence[str]) -> None:
        card = self.cards["volume"]
        card.reset(self.tr("Inbound messages per channel"))
        total = sum(d.inbound(i) for i in range(len(d.buckets)))
        if not total:
            card.show_empty(self.tr("No inbound messages in this period."))
            return
        x = card.axis(self._time_axis(x_labels), Qt.AlignmentFlag.AlignBottom)
        peak = max(d.inbound(i) for i in range(len(d.buckets)))
        y = card.axis(_value_axis(0, _nice_max(peak)), Qt.AlignmentFlag.AlignLeft)
        colors = {
            ch: CHANNEL_COLORS[i % len(CHANNEL_COLORS)] for i, ch in enumerate(d.volume_channels)
        }
        if len(d.buckets) <= BARS_UP_TO:
            bars = QStackedBarSeries()
            for c, ch in enumerate(d.volume_channels):
                bar_set = QBarSet(ch)
                bar_set.append([float(row[c]) for row in d.volume])
                bar_set.setColor(QColor(colors[ch]))
                bar_set.setBorderColor(QColor(colors[ch]))
                bars.append(bar_set)
            bars.setBarWidth(0.75)
            card.add(bars, x, y)
        else:  # stacked areas: every channel on top of the ones before it
            below = [0.0] * len(d.buckets)
            for c, ch in enumerate(d.volume_channels):
                top = [below[i] + d.volume[i][c] for i in range(len(d.buckets))]
                upper = QLineSeries()
                upper.replace([QPointF(i, v) for i, v in enumerate(top)])
                lower = QLineSeries()
                lower.replace([QPointF(i, v) for i, v in enumerate(below)])
                area = QAreaSeries(upper, lower)
                upper.setParent(area)
                lower.setParent(area)
                area.setName(ch)
                area.setColor(QColor(colors[ch]))
                area.setBorderColor(QColor(colors[ch]).darker(115))
                card.add(area, x, y)
                below = top
        card.show_chart()

    def _draw_sentiment(self, d: Dashboard, x_labels: Sequence[str]) -> None:
        card = self.cards["sentiment"]
        card.reset(self.tr("Tone of inbound messages (mean, 0 negative – 100 positive)"))
        points = [(i, v) for i, v in enumerate(d.sentiment) if v is not None]
        if not points:
            card.show_empty(self.tr("No inbound messages in this period."))
            return
        x = card.axis(self._time_axis(x_labels), Qt.AlignmentFlag.AlignBottom)
        y = card.axis(_value_axis(0, 100), Qt.AlignmentFlag.AlignLeft)
        card.add(_line(self.tr("Mean sentiment"), points, "#2f6fb2"), x, y)
        card.chart.legend().setVisible(False)
        card.show_chart()

    def _draw_sla(self, d: Dashboard, x_labels: Sequence[str]) -> None:
        card = self.cards["sla"]
        card.reset(self.tr("SLA compliance of the tickets opened (%)"))
        card.setToolTip(
            self.tr(
                "First response: replied (or closed) within the ticket's target minutes after it "
                "opened. Resolution: resolved by its resolution due time. A ticket still within "
                "its target at the end of the period does not count yet."
            )
        )
        response = [
            (i, 100 * s) for i, p in enumerate(d.sla) if (s := p.response_share) is not None
        ]
        resolution = [
            (i, 100 * s) for i, p in enumerate(d.sla) if (s := p.resolution_share) is not None
        ]
        if not response and not resolution:
            card.show_empty(self.tr("No ticket in this period has reached a target yet."))
            return
        x = card.axis(self._time_axis(x_labels), Qt.AlignmentFlag.AlignBottom)
        y = card.axis(_value_axis(0, 100, "%d%%"), Qt.AlignmentFlag.AlignLeft)
        if response:
            card.add(_line(self.tr("First response on time"), response, "#2e7d32"), x, y)
        if resolution:
            card.add(_line(self.tr("Resolved on time"), resolution, "#8e44ad"), x, y)
        card.show_chart()

    def _draw_times(self, d: Dashboard, x_labels: Sequence[str]) -> None:
        for key, title, prefix in (
            ("response", self.tr("First response time"), "response"),
            ("resolution", self.tr("Resolution time"), "resolution"),
        ):
            card = self.cards[key]
            card.reset(title)
            medians = [
                (i, float(v))
                for i, t in enumerate(d.times)
                if (v := getattr(t, f"{prefix}_median")) is not None
            ]
            p90s = [
                (i, float(v))
                for i, t in enumerate(d.times)
                if (v := getattr(t, f"{prefix}_p90")) is not None
            ]
            if not medians:
                card.show_empty(self.tr("No ticket opened in this period has one yet."))
                continue
            peak = max(v for _i, v in p90s or medians)
            if peak < 2 * 3600:
                unit, name = 60.0, self.tr("minutes")
            elif peak < 3 * 86400:
                unit, name = 3600.0, self.tr("hours")
            else:
                unit, name = 86400.0, self.tr("days")
            x = card.axis(self._time_axis(x_labels), Qt.AlignmentFlag.AlignBottom)
            y = card.axis(
                _value_axis(
                    0, _nice_max(peak / unit), "%.0f" if peak / unit >= 10 else "%.1f", name
                ),
                Qt.AlignmentFlag.AlignLeft,
            )
            card.add(_line(self.tr("Median"), [(i, v / unit) for i, v in medians], "#2f6fb2"), x, y)
            card.add(
                _line(self.tr("90th percentile"), [(i, v / unit) for i, v in p90s], "#ef8f00"),
                x,
                y,
            )
            card.setToolTip(
                self.tr(
                    "Tickets count in the bucket in which they opened. Exact median and 90th "
                    "percentile. Tickets still waiting for this are not in it yet, so the most "
                    "recent buckets look quicker than they will turn out."
                )
            )
            card.show_chart()

    def _backlog_label(self, key: str) -> str:
        return {
            "lt_1h": self.tr("0–1 h"),
            "1_4h": self.tr("1–4 h"),
            "4_24h": self.tr("4–24 h"),
            "1_3d": self.tr("1–3 days"),
            "gt_3d": self.tr("3+ days"),
        }.get(key, key)

    def _draw_backlog(self, d: Dashboard) -> None:
        card = self.cards["backlog"]
        card.reset(self.tr("Open tickets by age at the end of the period"))
        if not any(b.tickets for b in d.backlog):
            card.show_empty(self.tr("No open tickets at the end of the period."))
            return
        bar_set = QBarSet(self.tr("Open tickets"))
        bar_set.append([float(b.tickets) for b in d.backlog])
        bar_set.setColor(QColor("#c0392b"))
        bars = QBarSeries()
        bars.append(bar_set)
        bars.setLabelsVisible(True)
        bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        bars.setLabelsFormat("@value")
        x = QBarCategoryAxis()
        x.append([self._backlog_label(b.key) for b in d.backlog])
        card.axis(x, Qt.AlignmentFlag.AlignBottom)
        y = card.axis(
            _value_axis(0, _nice_max(max(b.tickets for b in d.backlog) * 1.1)),
            Qt.AlignmentFlag.AlignLeft,
        )
        card.add(bars, x, y)
        card.chart.legend().setVisible(False)
        card.show_chart()

    def _draw_nps(self, d: Dashboard, x_labels: Sequence[str]) -> None:
        card = self.cards["nps"]
        card.reset(self.tr("NPS with its 95% margin, and mean CES"))
        nps = [(i, p.nps, p.margin or 0.0) for i, p in enumerate(d.surveys) if p.nps is not None]
        ces = [(i, p.ces) for i, p in enumerate(d.surveys) if p.ces is not None]
        if not nps and not ces:
            card.show_empty(self.tr("No NPS or CES answers in this period."))
            return
        x = card.axis(self._time_axis(x_labels), Qt.AlignmentFlag.AlignBottom)
        y = card.axis(_value_axis(-100, 100, "%d", self.tr("NPS")), Qt.AlignmentFlag.AlignLeft)
        if isinstance(y, QValueAxis):
            y.setTickCount(5)
        right = card.axis(
            _value_axis(1, 7, "%.0f", self.tr("CES (7 = easy)")), Qt.AlignmentFlag.AlignRight
        )
        if isinstance(right, QValueAxis):
            right.setTickCount(7)
            right.setGridLineVisible(False)
        if nps:
            upper = QLineSeries()
            upper.replace([QPointF(i, min(100.0, v + m)) for i, v, m in nps])
            lower = QLineSeries()
            lower.replace([QPointF(i, max(-100.0, v - m)) for i, v, m in nps])
            band = QAreaSeries(upper, lower)
            upper.setParent(band)
            lower.setParent(band)
            band.setName(self.tr("95% margin"))
            band.setColor(QColor(47, 111, 178, 50))
            band.setBorderColor(QColor(47, 111, 178, 90))
            card.add(band, x, y)
            card.add(_line(self.tr("NPS"), [(i, v) for i, v, _m in nps], "#2f6fb2"), x, y)
        if ces:
            card.add(
                _line(self.tr("Mean CES"), [(i, float(v)) for i, v in ces], "#2e7d32"), x, right
            )
        card.show_chart()

    def _segment_label(self, segment: str) -> str:
        return labels.segment_label(segment) if segment else self.tr("No loyalty profile yet")

    def _draw_segments(self, d: Dashboard) -> None:
        card = self.cards["segments"]
        card.reset(self.tr("Loyalty groups of the customers who wrote"))
        total = sum(s.customers for s in d.segments)
        if not total:
            card.show_empty(self.tr("No customers wrote in this period."))
            return
        pie = QPieSeries()
        locale = QLocale()
        for s in d.segments:
            share = 100.0 * s.customers / total
            text = (
                f"{self._segment_label(s.segment)} · {locale.toString(s.customers)} · {share:.0f}%"
            )
            slice_ = pie.append(text, float(s.customers))
            slice_.setColor(QColor(SEGMENT_COLORS.get(s.segment, "#7f8c8d")))
        pie.setPieSize(0.75)
        card.add(pie)
        card.chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        card.show_chart()

    def _summary_text(self, d: Dashboard) -> str:
        t = d.totals
        locale = QLocale()
        parts = [
            self.tr("%1 inbound messages").replace("%1", locale.toString(t.inbound)),
            self.tr("%1 tickets opened").replace("%1", locale.toString(t.opened)),
        ]
        if t.response_share is not None:
            parts.append(
                self.tr("first response on time %1%").replace("%1", f"{100 * t.response_share:.0f}")
            )
        if t.resolution_share is not None:
            parts.append(
                self.tr("resolved on time %1%").replace("%1", f"{100 * t.resolution_share:.0f}")
            )
        if t.nps is not None:
            parts.append(
                self.tr("NPS %1 ± %2 (n = %3)")
                .replace("%1", f"{t.nps:.0f}")
                .replace("%2", f"{t.nps_margin or 0:.0f}")
                .replace("%3", locale.toString(t.nps_n))
            )
        if t.ces is not None:
            parts.append(self.tr("CES %1").replace("%1", f"{t.ces:.1f}"))
        parts.append(self.tr("%1 open at the end").replace("%1", locale.toString(t.backlog)))
        parts.append(
            self.tr("%1 customers wrote").replace("%1", locale.toString(t.active_customers))
        )
        return " · ".join(parts)

    def apply_live(self, board: LiveBoard) -> None:
        self.board = board
        table = self.live_table
        table.setRowCount(len(board.agents))
        roles = {
            "agent": self.tr("agent"),
            "lead": self.tr("team lead"),
            "trainer": self.tr("trainer"),
            "admin": self.tr("administrator"),
        }
        sorting = table.isSortingEnabled()
        table.setSortingEnabled(False)  # rows move while filled otherwise
        for r, a in enumerate(board.agents):
            avg = a.avg_handle_seconds_today
            cells: tuple[tuple[str, object], ...] = (
                (a.display_name, _natural(a.display_name)),
                (roles.get(a.role, a.role), a.role),
                (str(a.claimed), a.claimed),
                (str(a.waiting), a.waiting),
                (str(a.breached), a.breached),
                (str(a.handled_today), a.handled_today),
                (labels.duration_label(avg / 60.0) if avg is not None else "–", avg or 0.0),
            )
            for c, (text, key) in enumerate(cells):
                item = _SortItem(text, key)  # table items never interpret HTML
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if c == 4 and a.breached:
                    item.setForeground(QBrush(QColor("#c0392b")))
                table.setItem(r, c, item)
        table.setSortingEnabled(sorting)
        locale = QLocale()
        parts = [
            self.tr("%1 customers waiting on a ticket nobody holds").replace(
                "%1", str(board.unclaimed_waiting)
            ),
            self.tr("sources needing attention: %1 of %2")
            .replace("%1", str(board.unhealthy_sources))
            .replace("%2", str(board.sources)),
            self.tr("updated %1").replace("%1", locale.toString(_qdt(board.at).time(), "HH:mm:ss")),
        ]
        self.live_status.setText(" · ".join(parts))
        self.live_loaded.emit()

    # -- exports ----------------------------------------------------------------------------

    def _default_name(self, suffix: str) -> str:
        d = self.dashboard
        if d is None:
            return f"dashboard.{suffix}"
        last = d.period.end - timedelta(microseconds=1)
        return f"dashboard_{d.period.first:%Y-%m-%d}_{last:%Y-%m-%d}.{suffix}"

    def _ask_path(self, suffix: str, caption: str, filter_text: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self, caption, str(Path(folder) / self._default_name(suffix)), filter_text
        )
        if not path:
            return None
        out = Path(path)
        return out if out.suffix else out.with_suffix("." + suffix)

    def _ask_csv(self) -> None:
        path = self._ask_path("csv", self.tr("Export CSV"), self.tr("CSV files (*.csv)"))
        if path is not None:
            self._export(lambda: self.export_csv(path), path)

    def _ask_pdf(self) -> None:
        path = self._ask_path("pdf", self.tr("Export PDF"), self.tr("PDF files (*.pdf)"))
        if path is not None:
            self._export(lambda: self.export_pdf(path), path)

    def _export(self, write: Callable[[], None], path: Path) -> None:
        try:
            write()
        except OSError as exc:
            self.show_error(labels.error_text(exc))
            return
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))

    def export_csv(self, path: Path) -> None:
        if self.dashboard is None:
            return
        path.write_text(dashboard_csv(self.dashboard), encoding="utf-8-sig")  # Excel reads the BOM

    def export_pdf(self, path: Path) -> None:
        """An A4 landscape page per chart, each with its title and the period; vector drawing."""
        d = self.dashboard
        if d is None:
            return
        if self.tabs.currentIndex() != 0:  # the charts need their on-screen geometry
            self.tabs.setCurrentIndex(0)
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
        writer.setResolution(150)
        writer.setCreator("Webcare Triage")
        writer.setTitle(self.tr("Dashboard") + " · " + self.period_text(d.period, d.channels))
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(self.tr("Could not write %1").replace("%1", str(path)))
        try:
            page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
            page.moveTo(0, 0)
            cards = list(self.cards.values())
            for n, card in enumerate(cards):
                if n:
                    writer.newPage()
                body = self._pdf_header(painter, page, card.title or card.key, d, n + 1, len(cards))
                if card.has_chart:
                    self._render_chart(painter, card, body)
                else:
                    painter.setFont(QFont(self.font().family(), 14))
                    painter.setPen(QColor("#66717c"))
                    painter.drawText(body, Qt.AlignmentFlag.AlignCenter, card.empty.text())
        finally:
            painter.end()

    @staticmethod
    def _render_chart(painter: QPainter, card: ChartCard, body: QRectF) -> None:
        """Draw the chart laid out for the page's shape (then give the screen its size back)."""
        view = card.view
        before = view.size()
        width = 900  # layout width: the text comes out at a readable size on A4
        view.resize(width, round(width * body.height() / body.width()))
        try:
            source = view.viewport().rect()
            view.render(painter, body, source, Qt.AspectRatioMode.KeepAspectRatio)
        finally:
            view.resize(before)

    def _pdf_header(
        self, painter: QPainter, page: QRectF, title: str, d: Dashboard, number: int, pages: int
    ) -> QRectF:
        family = self.font().family()
        painter.setPen(QColor("#1f2d3a"))
        painter.setFont(QFont(family, 16, QFont.Weight.Bold))
        head = QRectF(page.left(), page.top(), page.width(), page.height() * 0.07)
        painter.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(QFont(family, 10))
        painter.setPen(QColor("#4a5866"))
        sub = QRectF(page.left(), head.bottom(), page.width(), page.height() * 0.045)
        painter.drawText(
            sub,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.tr("Webcare Triage dashboard") + " · " + self.period_text(d.period, d.channels),
        )
        painter.drawText(
            sub,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.tr("page %1 of %2").replace("%1", str(number)).replace("%2", str(pages)),
        )
        painter.setPen(QPen(QColor("#c8d0d8"), 2))
        painter.drawLine(QPointF(page.left(), sub.bottom()), QPointF(page.right(), sub.bottom()))
        return QRectF(
            page.left(), sub.bottom() + 12, page.width(), page.bottom() - sub.bottom() - 12
        )

    # -- lifecycle ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.overlay.setGeometry(self.chart_page.rect())

    def done(self, result: int) -> None:
        self.live_timer.stop()
        super().done(result)

    def series_points(self, key: str) -> list[int]:
        """How many points (or bars, or slices) each series of a chart holds (tests)."""
        counts = []
        for s in self.cards[key].series:
            if isinstance(s, QLineSeries):
                counts.append(s.count())
            elif isinstance(s, QAreaSeries):
                upper = s.upperSeries()
                counts.append(upper.count() if upper is not None else 0)
            elif isinstance(s, QBarSeries | QStackedBarSeries):
                counts.extend(b.count() for b in s.barSets())
            elif isinstance(s, QPieSeries):
                counts.append(s.count())
        return counts
