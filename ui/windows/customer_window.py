"""One customer on one screen: who they are on every channel, their loyalty figures with the
inputs behind them, and their whole story across channels.

Non-modal: open it with `CustomerWindow(triage, tasks, agent, ref, parent).show()`. All reads go
through `tasks.run` and all writes through `tasks.write`; the GUI thread never touches the
database. Customer text is shown as plain text everywhere.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from triage.domain.customers import (
    CustomerProfile,
    MergeView,
    OrderView,
    ResolutionView,
    SuggestionView,
    SurveyView,
    TimelineEntry,
)
from triage.domain.enums import Outcome, TicketStatus
from triage.services import Triage
from ui import labels
from ui.labels import plain_tooltip, translate
from ui.tasks import TaskRunner
from ui.widgets.conversation_view import plain_label
from ui.widgets.loyalty_view import DASH, FLAG_ORDER, LoyaltyView, flag_tip, num

AnyIndex = QModelIndex | QPersistentModelIndex
TicketRole = Qt.ItemDataRole.UserRole + 1
SEGMENTS = ("ambassador", "passive_loyal", "shopper", "leaver")


def when(at: datetime | None) -> str:
    """A moment in local time; a CRM date (midnight UTC, no time given) as just that date."""
    if at is None:
        return DASH
    locale = QLocale()
    utc = at.astimezone(UTC)
    if (utc.hour, utc.minute, utc.second, utc.microsecond) == (0, 0, 0, 0):
        return locale.toString(QDate(utc.year, utc.month, utc.day), QLocale.FormatType.ShortFormat)
    return locale.toString(at.astimezone(), QLocale.FormatType.ShortFormat)


def one_line(text: str, limit: int = 400) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def kind_label(kind: str) -> str:
    return {
        "message": translate("Labels", "Message"),
        "reply": translate("Labels", "Our reply"),
        "note": translate("Labels", "Note"),
        "resolution": translate("Labels", "Resolution"),
        "survey": translate("Labels", "Survey"),
        "order": translate("Labels", "Order"),
        "merge": translate("Labels", "Merge"),
    }.get(kind, kind)


def moved_label(key: str) -> str:
    return {
        "identities": translate("Labels", "identities"),
        "tickets": translate("Labels", "tickets"),
        "orders": translate("Labels", "orders"),
        "surveys": translate("Labels", "surveys"),
        "referrals_made": translate("Labels", "referrals made"),
        "referrals_received": translate("Labels", "referrals received"),
        "suggestions": translate("Labels", "link suggestions"),
    }.get(key, key)


def resolution_text(text: str) -> str:
    """The timeline's "solved · billing" in the interface language."""
    head, *codes = text.split(" · ")
    try:
        outcome = labels.outcome_label(Outcome(head))
    except ValueError:
        return text
    return " · ".join((outcome, *(labels.reason_code_label(c) for c in codes)))


# -- tables -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[str, ...]
    tip: str = ""  # the full text, for the tooltip of the last column
    ticket: int | None = None
    background: str = ""


KIND_BACKGROUND = {
    "reply": "#eef5fc",
    "note": "#fff8e1",
    "resolution": "#eaf5ea",
    "survey": "#f3effa",
    "order": "#f3f5f7",
    "merge": "#f3f5f7",
}


class RowsModel(QAbstractTableModel):
    """Read-only rows rendered on first sight: a thousand entries cost nothing until shown."""

    def __init__(
        self,
        headers: Sequence[str],
        render: Callable[[Any], Row],
        right: Sequence[int] = (),
        parent: QWidget | None = None,
        tips: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.tips = list(tips)
        self.render = render
        self.right = set(right)
        self.items: list[Any] = []
        self._rows: list[Row | None] = []

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._rows = [None] * len(self.items)
        self.endResetModel()

    def row(self, r: int) -> Row:
        got = self._rows[r]
        if got is None:
            got = self._rows[r] = self.render(self.items[r])
        return got

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.tips):
            return self.tips[section] or None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.row(index.row()), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == len(row.cells) - 1 and row.tip:
                return plain_tooltip(row.tip)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and row.background:
            return QBrush(QColor(row.background))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == TicketRole:
            return row.ticket
        return None


def make_table(model: QAbstractTableModel, widths: Sequence[int], parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setAlternatingRowColors(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    for col, width in enumerate(widths):
        view.setColumnWidth(col, width)
    return view


def plain_item(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)  # table items never interpret HTML
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tip:
        item.setToolTip(plain_tooltip(tip))
    return item


def _button_cell(
    parent: QWidget, texts: Sequence[str], orientation: Qt.Orientation
) -> tuple[QWidget, list[QPushButton]]:
    """Buttons for a table cell, with a little room around them."""
    box = QWidget(parent)
    layout: QHBoxLayout | QVBoxLayout = (
        QVBoxLayout(box) if orientation == Qt.Orientation.Vertical else QHBoxLayout(box)
    )
    layout.setContentsMargins(6, 4, 6, 4)
    layout.setSpacing(4)
    buttons = [QPushButton(text, box) for text in texts]
    for b in buttons:
        layout.addWidget(b)
    layout.addStretch(1)
    return box, buttons


# -- the survey form ----------------------------------------------------------------------------


class SurveyDialog(QDialog):
    """Record the NPS or CES a customer gave on one of their resolved tickets."""

    def __init__(self, profile: CustomerProfile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surveyDialog")
        self.setWindowTitle(self.tr("Record NPS or CES"))
        layout = QVBoxLayout(self)
        intro = plain_label(
            self.tr(
                "Record the score the customer gave you for a resolved ticket. NPS: how likely "
                "they are to recommend us, 0–10. CES: how easy it was, 1–7."
            ),
            self,
        )
        layout.addWidget(intro)
        form = QFormLayout()
        self.ticket = QComboBox(self)
        resolved = [
            t
            for t in profile.view.tickets
            if profile.ticket_statuses.get(t.id, t.status) is TicketStatus.RESOLVED
        ]
        for t in resolved:
            self.ticket.addItem(  # combo box items are plain text
                f"#{t.id} · {t.channel} · {when(t.last_activity_at)} · {one_line(t.snippet, 60)}",
                t.id,
            )
        self.ticket.setMinimumWidth(420)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("NPS (0–10)"), "nps")
        self.kind.addItem(self.tr("CES (1–7)"), "ces")
        self.score = QSpinBox(self)
        self.kind.currentIndexChanged.connect(self._limit)
        form.addRow(self.tr("Ticket"), self.ticket)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Score"), self.score)
        layout.addLayout(form)
        self.hint = plain_label("", self, "hint")
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if not resolved:
            self.hint.setText(
                self.tr(
                    "This customer has no resolved ticket yet: ask for a score after solving one."
                )
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._limit()

    def _limit(self) -> None:
        if self.kind.currentData() == "ces":
            self.score.setRange(1, 7)
            self.score.setValue(5)
        else:
            self.score.setRange(0, 10)
            self.score.setValue(8)

    def answer(self) -> tuple[int, str, int] | None:
        ticket = self.ticket.currentData()
        if not isinstance(ticket, int):
            return None
        return ticket, str(self.kind.currentData()), self.score.value()


# -- the window ---------------------------------------------------------------------------------


class CustomerWindow(QDialog):
    ticket_activated = Signal(int)
    changed = Signal()  # after a merge, unmerge, survey or suggestion decision
    loaded = Signal()  # a profile is on screen
    failed = Signal(str)

    TABS = ("timeline", "orders", "surveys", "resolutions", "merges", "suggestions", "charts")

    def __init__(
        self,
        triage: Triage,
        tasks: TaskRunner,
        agent: str,
        customer_ref: str | int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.triage = triage
        self.tasks = tasks
        self.agent = agent
        self.ref: str | int = customer_ref
        self.profile: CustomerProfile | None = None
        self.dialog: SurveyDialog | None = None
        self.timings: dict[str, float] = {}
        self._generation = 0
        self._busy = False
        self._filled: set[str] = set()
        self.setObjectName("customerWindow")
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowTitle(self.tr("Customer"))
        self.resize(1100, 750)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(0)
        layout.addWidget(self._build_header())
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("customerSplit")
        self.split.setChildrenCollapsible(False)
        self.loyalty = LoyaltyView(self.split)
        self.loyalty.setMinimumWidth(300)
        self.tabs = QTabWidget(self.split)
        self.tabs.setObjectName("customerTabs")
        self.tabs.setDocumentMode(True)
        self._build_tabs()
        self.split.addWidget(self.loyalty)
        self.split.addWidget(self.tabs)
        self.split.setStretchFactor(0, 0)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([345, 755])
        layout.addWidget(self.split, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(10, 6, 10, 0)
        self.status = plain_label("", self, "hint")
        self.status.setWordWrap(False)
        bottom.addWidget(self.status, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.tabs.currentChanged.connect(lambda _i: self._fill_current())
        self.reload()

    # -- set-up -------------------------------------------------------------------------------

    def _build_header(self) -> QWidget:
        head = QWidget(self)
        head.setObjectName("customerHeader")
        hl = QVBoxLayout(head)
        hl.setContentsMargins(12, 10, 12, 8)
        hl.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.name = plain_label(self.tr("Loading…"), head, "customerTitle")
        self.name.setWordWrap(False)
        self.badge = QLabel(head)
        self.badge.setObjectName("segmentBadge")
        self.badge.setTextFormat(Qt.TextFormat.PlainText)
        self.badge.hide()
        self.chips = QHBoxLayout()
        self.chips.setSpacing(4)
        self.chip_labels: list[QLabel] = []
        self.survey_button = QPushButton(self.tr("Record NPS/CES…"), head)
        self.survey_button.clicked.connect(self.record_survey)
        self.refresh_button = QPushButton(self.tr("Refresh"), head)
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.name)
        top.addWidget(self.badge)
        top.addLayout(self.chips)
        top.addStretch(1)
        top.addWidget(self.survey_button)
        top.addWidget(self.refresh_button)
        hl.addLayout(top)
        self.ids = plain_label("", head, "customerIds")
        self.identities = plain_label("", head, "customerIdentities")
        hl.addWidget(self.ids)
        hl.addWidget(self.identities)
        self.banner = plain_label("", head, "errorBanner")
        self.banner.hide()
        hl.addWidget(self.banner)
        return head

    def _build_tabs(self) -> None:
        self.timeline_model = RowsModel(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Channel"),
                self.tr("Ticket"),
                self.tr("Tone"),
                self.tr("Text"),
            ],
            self._timeline_row,
            right=(3, 4),
            parent=self,
        )
        self.timeline = make_table(self.timeline_model, (130, 95, 80, 62, 50), self)
        self.timeline.setObjectName("timelineTable")
        self.timeline.doubleClicked.connect(self._activate)

        self.orders_model = RowsModel(
            [self.tr("Date"), self.tr("Amount"), self.tr("Margin"), self.tr("Order")],
            self._order_row,
            right=(1, 2),
            parent=self,
        )
        orders_page = QWidget(self)
        ol = QVBoxLayout(orders_page)
        ol.setContentsMargins(0, 0, 0, 0)
        self.orders = make_table(self.orders_model, (130, 110, 110), orders_page)
        self.orders_summary = plain_label("", orders_page, "hint")
        self.orders_summary.setContentsMargins(8, 4, 8, 4)
        ol.addWidget(self.orders_summary)
        ol.addWidget(self.orders, 1)

        self.surveys_model = RowsModel(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Score"),
                self.tr("Ticket"),
                self.tr("Recorded by"),
            ],
            self._survey_row,
            right=(2, 3),
            parent=self,
        )
        self.surveys = make_table(self.surveys_model, (130, 70, 70, 70), self)
        self.surveys.doubleClicked.connect(self._activate)

        self.resolutions_model = RowsModel(
            [
                self.tr("Resolved"),
                self.tr("Ticket"),
                self.tr("Channel"),
                self.tr("Outcome"),
                self.tr("Reasons"),
                self.tr("Contacts"),
                self.tr("Switches"),
                self.tr("Hand-offs"),
                self.tr("Note"),
            ],
            self._resolution_row,
            right=(1, 5, 6, 7),
            parent=self,
            tips=(
                "",
                "",
                "",
                "",
                "",
                self.tr("Messages from the customer before it was resolved"),
                self.tr("Times the customer had to switch channel"),
                self.tr("Times the ticket was handed to someone else"),
            ),
        )
        self.resolutions = make_table(
            self.resolutions_model, (128, 58, 70, 120, 100, 78, 78, 78), self
        )
        self.resolutions.doubleClicked.connect(self._activate)

        merges_page = QWidget(self)
        ml = QVBoxLayout(merges_page)
        ml.setContentsMargins(0, 0, 0, 0)
        self.merges_hint = plain_label(
            self.tr(
                "Every merge of this customer with another, and what it moved. Undoing a merge "
                "puts back exactly what it moved."
            ),
            merges_page,
            "hint",
        )
        self.merges_hint.setContentsMargins(8, 4, 8, 4)
        self.merges = QTableWidget(0, 6, merges_page)
        self.merges.setObjectName("mergesTable")
        self.merges.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Merge"),
                self.tr("Reason"),
                self.tr("Moved"),
                self.tr("Undo"),
            ]
        )
        self._setup_widget_table(self.merges, (125, 70, 150, 0, 150, 115), stretch=3)
        self.merges_status = plain_label("", merges_page, "error")
        self.merges_status.setContentsMargins(8, 4, 8, 4)
        self.merges_status.hide()
        ml.addWidget(self.merges_hint)
        ml.addWidget(self.merges, 1)
        ml.addWidget(self.merges_status)

        sug_page = QWidget(self)
        sl = QVBoxLayout(sug_page)
        sl.setContentsMargins(0, 0, 0, 0)
        self.suggestions_hint = plain_label(
            self.tr(
                "Identities that may belong to the same person. Confirming merges the two "
                "customers (it can be undone on the Merges tab)."
            ),
            sug_page,
            "hint",
        )
        self.suggestions_hint.setContentsMargins(8, 4, 8, 4)
        self.suggestions = QTableWidget(0, 5, sug_page)
        self.suggestions.setObjectName("suggestionsTable")
        self.suggestions.setHorizontalHeaderLabels(
            [
                self.tr("Identity"),
                self.tr("Suggested customer"),
                self.tr("Score"),
                self.tr("Why"),
                self.tr("Decision"),
            ]
        )
        self._setup_widget_table(self.suggestions, (160, 165, 50, 0, 100), stretch=3)
        sl.addWidget(self.suggestions_hint)
        sl.addWidget(self.suggestions, 1)

        self.charts_page = QWidget(self)
        self.charts_layout = QVBoxLayout(self.charts_page)
        self.charts_layout.setContentsMargins(0, 0, 0, 0)
        self.charts: Any = None  # CustomerCharts, built when the tab is first opened

        self.pages: dict[str, QWidget] = {
            "timeline": self.timeline,
            "orders": orders_page,
            "surveys": self.surveys,
            "resolutions": self.resolutions,
            "merges": merges_page,
            "suggestions": sug_page,
            "charts": self.charts_page,
        }
        for key in self.TABS:
            self.tabs.addTab(self.pages[key], self._tab_title(key, None))

    def _setup_widget_table(self, table: QTableWidget, widths: Sequence[int], stretch: int) -> None:
        """Fixed widths, one column taking the rest: the buttons at the end stay in sight."""
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setWordWrap(True)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        for col, width in enumerate(widths):
            if col == stretch:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            else:
                table.setColumnWidth(col, width)
        header.sectionResized.connect(lambda *_a: table.resizeRowsToContents())

    def _tab_title(self, key: str, count: int | None) -> str:
        title = {
            "timeline": self.tr("Timeline"),
            "orders": self.tr("Orders"),
            "surveys": self.tr("Surveys"),
            "resolutions": self.tr("Resolutions"),
            "merges": self.tr("Merges"),
            "suggestions": self.tr("Suggestions"),
            "charts": self.tr("Charts"),
        }[key]
        return title if not count else f"{title} ({count})"

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        ref = self.ref

        def load() -> tuple[CustomerProfile, float]:
            t0 = time.perf_counter()
            profile = self.triage.customers.profile(ref)
            return profile, (time.perf_counter() - t0) * 1000.0

        def done(result: tuple[CustomerProfile, float]) -> None:
            if self._alive() and generation == self._generation:
                self.timings["load_ms"] = result[1]
                self.show_profile(result[0])

        self.refresh_button.setEnabled(False)
        self.tasks.run(load, done, self._load_failed)

    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    def _load_failed(self, exc: Exception) -> None:
        if not self._alive():
            return
        self.refresh_button.setEnabled(True)
        if self.profile is None:
            self.name.setText(self.tr("Customer not shown"))
        self.show_error(labels.error_text(exc))

    def show_error(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        if text:
            self.failed.emit(text)

    def show_profile(self, profile: CustomerProfile) -> None:
        t0 = time.perf_counter()
        self.setUpdatesEnabled(False)
        try:
            self.profile = profile
            self.ref = profile.view.id  # merged ids lead on; keep showing who is on screen
            self._show_header(profile)
            self.loyalty.show_loyalty(profile.loyalty, profile.flags)
            counts = {
                "timeline": len(profile.timeline),
                "orders": len(profile.orders),
                "surveys": len(profile.surveys),
                "resolutions": len(profile.resolutions),
                "merges": len(profile.merges),
                "suggestions": len(profile.suggestions),
                "charts": None,
            }
            for i, key in enumerate(self.TABS):
                self.tabs.setTabText(i, self._tab_title(key, counts[key]))
            self._filled.clear()
            self._fill_current()
            self.refresh_button.setEnabled(True)
            self.survey_button.setEnabled(not self._busy)
        finally:
            self.setUpdatesEnabled(True)
        self.timings["render_ms"] = (time.perf_counter() - t0) * 1000.0
        self.loaded.emit()

    def _show_header(self, p: CustomerProfile) -> None:
        name = p.view.display_name or self.tr("(no name)")
        self.name.setText(name)
        self.setWindowTitle(self.tr("Customer: %1").replace("%1", name))
        segment = p.segment or str(p.loyalty.get("segment") or "")
        self.badge.setText(labels.segment_label(segment))
        self.badge.setProperty("segment", segment if segment in SEGMENTS else "")
        self.badge.setToolTip(plain_tooltip(self.tr("Loyalty group")))
        self.badge.setVisible(bool(segment))
        self.badge.style().unpolish(self.badge)
        self.badge.style().polish(self.badge)
        for chip in self.chip_labels:
            self.chips.removeWidget(chip)
            chip.deleteLater()
        self.chip_labels = []
        flags = [f for f in FLAG_ORDER if f in p.flags] + [
            f for f in p.flags if f not in FLAG_ORDER
        ]
        for flag in flags:
            chip = QLabel(labels.flag_label(flag), self.badge.parentWidget())
            chip.setTextFormat(Qt.TextFormat.PlainText)
            chip.setObjectName("flagChip")
            chip.setProperty("flag", flag)
            chip.setToolTip(plain_tooltip(flag_tip(flag)))
            self.chips.addWidget(chip)
            self.chip_labels.append(chip)
        ids = [
            self.tr("CRM id: %1").replace("%1", p.crm_id or DASH),
            self.tr("our id: %1").replace("%1", str(p.view.id)),
        ]
        open_n = sum(1 for t in p.view.tickets if t.status is not TicketStatus.RESOLVED)
        ids.append(
            self.tr("%1 tickets, %2 open")
            .replace("%1", str(len(p.view.tickets)))
            .replace("%2", str(open_n))
        )
        if p.referrals_made:
            ids.append(
                self.tr("%1 referrals, %2 converted")
                .replace("%1", str(p.referrals_made))
                .replace("%2", str(p.referrals_converted))
            )
        self.ids.setText("  ·  ".join(ids))
        idents = "  ·  ".join(f"{i.channel}: {i.handle}" for i in p.view.identities)
        self.identities.setText(
            self.tr("Identities: %1").replace("%1", idents or DASH)
            if idents
            else self.tr("No identities on any channel")
        )
        self.identities.setToolTip(
            plain_tooltip(
                "\n".join(
                    f"{i.channel}: {i.handle} ({i.display_name})"
                    if i.display_name
                    else f"{i.channel}: {i.handle}"
                    for i in p.view.identities
                )
            )
        )

    # -- tabs, filled when first shown ---------------------------------------------------------

    def _fill_current(self) -> None:
        index = self.tabs.currentIndex()
        if self.profile is None or index < 0:
            return
        key = self.TABS[index]
        if key in self._filled:
            return
        self._filled.add(key)
        p = self.profile
        if key == "timeline":
            self.timeline_model.set_items(p.timeline)
            self.timeline.scrollToBottom()
        elif key == "orders":
            self.orders_model.set_items(p.orders)
            total = sum(o.amount for o in p.orders)
            margin = sum(o.margin for o in p.orders if o.margin is not None)
            self.orders_summary.setText(
                self.tr("%1 orders · amount %2 · margin %3")
                .replace("%1", str(len(p.orders)))
                .replace("%2", num(total))
                .replace("%3", num(margin))
                if p.orders
                else self.tr("No orders from the CRM.")
            )
        elif key == "surveys":
            self.surveys_model.set_items(p.surveys)
        elif key == "resolutions":
            self.resolutions_model.set_items(p.resolutions)
        elif key == "merges":
            self._fill_merges(p.merges)
        elif key == "suggestions":
            self._fill_suggestions(p.suggestions)
        elif key == "charts":
            if self.charts is None:
                from ui.widgets.customer_charts import CustomerCharts

                self.charts = CustomerCharts(self.charts_page)
                self.charts_layout.addWidget(self.charts)
            self.charts.show_profile(p)

    def fill_all(self) -> None:
        """Fill every tab now (tests and screenshots)."""
        current = self.tabs.currentIndex()
        for i in range(self.tabs.count()):
            self.tabs.setCurrentIndex(i)
        self.tabs.setCurrentIndex(current)

    def _timeline_row(self, e: TimelineEntry) -> Row:
        text = resolution_text(e.text) if e.kind == "resolution" else e.text
        return Row(
            (
                when(e.at),
                kind_label(e.kind),
                e.channel or DASH,
                f"#{e.ticket_id}" if e.ticket_id else "",
                str(round(e.sentiment)) if e.sentiment is not None else "",
                one_line(text),
            ),
            tip=text,
            ticket=e.ticket_id,
            background=KIND_BACKGROUND.get(e.kind, ""),
        )

    def _order_row(self, o: OrderView) -> Row:
        return Row((when(o.at), num(o.amount), num(o.margin), o.order_ref), tip=o.order_ref)

    def _survey_row(self, s: SurveyView) -> Row:
        origin = {"agent": self.tr("an agent"), "crm": self.tr("the CRM")}.get(s.origin, s.origin)
        return Row(
            (
                when(s.at),
                s.kind.upper(),
                str(s.score),
                f"#{s.ticket_id}" if s.ticket_id else "",
                origin,
            ),
            ticket=s.ticket_id,
        )

    def _resolution_row(self, r: ResolutionView) -> Row:
        return Row(
            (
                when(r.resolved_at),
                f"#{r.ticket_id}",
                r.channel,
                labels.outcome_label(r.outcome),
                ", ".join(labels.reason_code_label(c) for c in r.reason_codes) or DASH,
                str(r.contacts),
                str(r.channel_switches),
                str(r.handoffs),
                one_line(r.note),
            ),
            tip=r.note,
            ticket=r.ticket_id,
        )

    def _activate(self, index: QModelIndex) -> None:
        ticket = index.data(TicketRole)
        if isinstance(ticket, int) and ticket:
            self.ticket_activated.emit(ticket)

    def _fill_merges(self, merges: tuple[MergeView, ...]) -> None:
        t = self.merges
        t.setRowCount(len(merges))
        cid = self.profile.view.id if self.profile else 0
        for row, m in enumerate(merges):
            moved = ", ".join(f"{moved_label(k)}: {n}" for k, n in m.moved.items()) or DASH
            other = m.merged_id if m.kept_id == cid else m.kept_id
            what = (
                self.tr("customer %1 merged into this one").replace("%1", str(other))
                if m.kept_id == cid
                else self.tr("this customer merged into %1").replace("%1", str(other))
            )
            cells = (when(m.at), m.actor, what, m.reason, moved)
            for col, text in enumerate(cells):
                t.setItem(row, col, plain_item(text, text if col == 3 else ""))
            if m.undone_at is not None:
                t.setItem(row, 5, plain_item(self.tr("undone %1").replace("%1", when(m.undone_at))))
                t.removeCellWidget(row, 5)
            else:
                t.setItem(row, 5, plain_item(""))
                box, (button,) = _button_cell(t, (self.tr("Undo merge"),), Qt.Orientation.Vertical)
                button.setObjectName("undoMergeButton")
                button.setEnabled(not self._busy)
                button.clicked.connect(lambda _c=False, mid=m.id: self.undo_merge(mid))
                t.setCellWidget(row, 5, box)
        t.resizeRowsToContents()

    def _fill_suggestions(self, suggestions: tuple[SuggestionView, ...]) -> None:
        t = self.suggestions
        t.setRowCount(len(suggestions))
        for row, s in enumerate(suggestions):
            identity = f"{s.identity_channel}: {s.identity_handle} (#{s.identity_customer_id})"
            target = f"{s.customer_name} (#{s.customer_id})"
            why = "\n".join(s.reasons)
            cells = (identity, target, num(s.score, 0), why)
            for col, text in enumerate(cells):
                t.setItem(row, col, plain_item(text, text if col in (0, 1, 3) else ""))
            box, (confirm, reject) = _button_cell(
                t, (self.tr("Confirm"), self.tr("Reject")), Qt.Orientation.Vertical
            )
            confirm.setObjectName("confirmSuggestion")
            reject.setObjectName("rejectSuggestion")
            for b in (confirm, reject):
                b.setEnabled(not self._busy)
            confirm.clicked.connect(lambda _c=False, sid=s.id: self.confirm_suggestion(sid))
            reject.clicked.connect(lambda _c=False, sid=s.id: self.reject_suggestion(sid))
            t.setCellWidget(row, 4, box)
        t.resizeRowsToContents()

    # -- writes -------------------------------------------------------------------------------

    def _write(self, fn: Callable[[], Any], done_text: str) -> None:
        self._set_busy(True)
        self.show_error("")
        self.merges_status.hide()

        def done(_result: object) -> None:
            if not self._alive():
                return
            self._set_busy(False)
            self.status.setText(done_text)
            self.reload()
            self.changed.emit()

        def failed(exc: Exception) -> None:
            if not self._alive():
                return
            self._set_busy(False)
            text = labels.error_text(exc)
            self.show_error(text)
            self.status.setText(text)
            if self.tabs.currentIndex() == self.TABS.index("merges"):
                self.merges_status.setText(text)
                self.merges_status.show()
            self.reload()

        self.tasks.write(fn, done, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.survey_button.setEnabled(not busy and self.profile is not None)
        for table in (self.merges, self.suggestions):
            for button in table.findChildren(QPushButton):
                button.setEnabled(not busy)

    def _recompute(self) -> None:
        """Merges and surveys change loyalty: recompute now instead of within a minute."""
        self.triage.recompute_loyalty_if_stale()

    def undo_merge(self, merge_id: int) -> None:
        def work() -> None:
            self.triage.customers.unmerge(merge_id, self.agent)
            self._recompute()

        self._write(work, self.tr("Merge %1 undone.").replace("%1", str(merge_id)))

    def confirm_suggestion(self, suggestion_id: int) -> None:
        def work() -> None:
            self.triage.customers.confirm_suggestion(suggestion_id, self.agent)
            self._recompute()

        self._write(work, self.tr("Suggestion confirmed: the customers are merged."))

    def reject_suggestion(self, suggestion_id: int) -> None:
        self._write(
            lambda: self.triage.customers.reject_suggestion(suggestion_id, self.agent),
            self.tr("Suggestion rejected."),
        )

    def record_survey(self) -> None:
        if self.profile is None:
            return
        dialog = SurveyDialog(self.profile, self)
        self.dialog = dialog

        def accepted() -> None:
            answer = dialog.answer()
            if answer is None:
                return
            ticket, kind, score = answer

            def work() -> None:
                self.triage.customers.record_survey(ticket, kind, score, self.agent)
                self.triage.recompute_loyalty()

            self._write(
                work,
                self.tr("%1 %2 recorded for ticket #%3.")
                .replace("%1", kind.upper())
                .replace("%2", str(score))
                .replace("%3", str(ticket)),
            )

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fill_current()
