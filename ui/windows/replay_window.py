"""Case replay for trainers: pick a resolved case, then step through it as it happened.

Open it with `ReplayWindow(triage, tasks, user, parent).show()`. First a picker of resolved
cases (anonymised one-line summaries, searchable); then the replay: a timeline of steps, the
conversation so far (the current step last), the case's state at that moment (status, assignee,
priority with its band and parts, escalation, sentiment), step and play controls, annotations
on the current step, a scorecard, and a case pack export as JSON or PDF.

A trainer only ever sees anonymised content: the core refuses them the raw case. A team lead
may switch to real names. All reads go through `tasks.run`, writes through `tasks.write`; every
customer's and agent's text is plain text (inserted as text, never parsed as HTML).
"""

from __future__ import annotations

import html
import json
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QDateTime, QLocale, QMarginsF, QSizeF, Qt, QTime, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QShortcut,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from triage.domain.access import Permission
from triage.domain.enums import Outcome, TicketStatus
from triage.domain.replay import CaseState, Replay, ReplayStep
from triage.services import Triage
from triage.services.replay import CRITERIA, CaseSummary
from ui import labels
from ui.labels import plain_tooltip
from ui.tasks import TaskRunner
from ui.widgets.conversation_view import plain_label

CaseRole = Qt.ItemDataRole.UserRole + 1
DASH = "–"
# Play speeds: factors of "the whole case in one minute"; 0 is one step per second.
SPEEDS = (1, 4, 16, 0)
MIN_DELAY_MS, MAX_DELAY_MS = 80, 15_000
INBOUND, OUTBOUND, WORK, SYSTEM = "in", "out", "work", "system"
KIND_SIDE = {
    "arrived": INBOUND,
    "replied": OUTBOUND,
    "noted": WORK,
    "escalated": WORK,
    "resolved": WORK,
}
BUBBLE = {  # background, current background
    INBOUND: ("#f1f3f5", "#dfe6ee"),
    OUTBOUND: ("#eaf2fb", "#cfe2f7"),
    WORK: ("#fff8e1", "#ffecb3"),
    SYSTEM: ("#ffffff", "#eef1f4"),
}
WORK_BACKGROUND = {"escalated": ("#fdecea", "#f9d2cd"), "resolved": ("#eaf5ea", "#cfe9cf")}


LEGEND_ORDER = ("customer", "staff", "handle", "email", "phone", "address", "postcode", "iban")


def _legend_order(entry: tuple[str, str]) -> tuple[int, str, str]:
    """People first, then what was theirs; within a kind by pseudonym ("Klant A", "Klant B")."""
    pseudonym, kind = entry
    rank = LEGEND_ORDER.index(kind) if kind in LEGEND_ORDER else len(LEGEND_ORDER)
    return rank, kind, f"{len(pseudonym):03d}{pseudonym}"


def _local(at: datetime) -> QDateTime:
    loc = at.astimezone()
    return QDateTime(QDate(loc.year, loc.month, loc.day), QTime(loc.hour, loc.minute, loc.second))


def _when(at: datetime) -> str:
    return str(QLocale().toString(_local(at), QLocale.FormatType.ShortFormat))


def _time(at: datetime) -> str:
    return str(QLocale().toString(_local(at).time(), QLocale.FormatType.ShortFormat))


class ReplayWindow(QDialog):
    cases_loaded = Signal()  # the picker's list is on screen
    replay_loaded = Signal()  # a case is on screen
    step_shown = Signal(int)
    saved = Signal(str)  # "annotation" or "scorecard", once the case is reloaded with it
    failed = Signal(str)

    def __init__(
        self, triage: Triage, tasks: TaskRunner, user: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.triage = triage
        self.tasks = tasks
        self.user = user
        self.cases: list[CaseSummary] = []
        self.replay: Replay | None = None
        self.current = -1
        self.timings: list[float] = []  # ms per step render, for the benchmark
        self.may_read_raw = triage.may(Permission.READ_CASES)
        self._generation = 0
        self._spans: list[tuple[int, int]] = []  # each shown step's place in the conversation
        self._texts: list[tuple[str, str]] = []  # each step's heading and body
        self._playing = False
        self.setObjectName("replayWindow")
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowTitle(self.tr("Case replay"))
        self.resize(1240, 780)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_picker())
        self.pages.addWidget(self._build_replay())
        layout.addWidget(self.pages, 1)
        bottom = QHBoxLayout()
        self.status = plain_label("", self, "hint")
        self.status.setWordWrap(False)
        bottom.addWidget(self.status, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout.addLayout(bottom)

        self.play_timer = QTimer(self)
        self.play_timer.setSingleShot(True)
        self.play_timer.timeout.connect(self._tick)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(300)
        self.search_timer.timeout.connect(self.load_cases)
        for keys, slot in (
            ("Alt+Left", self.step_back),
            ("Alt+Right", self.step_forward),
            ("Ctrl+Space", self.toggle_play),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        self.load_cases()

    # -- the picker ----------------------------------------------------------------------------

    def _build_picker(self) -> QWidget:
        page = QWidget(self)
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Resolved cases, anonymised: names, handles, addresses, numbers and links are "
                "replaced by pseudonyms. Pick a case to replay it step by step."
            ),
            page,
        )
        intro.setWordWrap(True)
        v.addWidget(intro)
        row = QHBoxLayout()
        self.search = QLineEdit(page)
        self.search.setObjectName("replaySearch")
        self.search.setPlaceholderText(self.tr("Search the summaries, channel or outcome…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        row.addWidget(self.search, 1)
        self.open_button = QPushButton(self.tr("&Replay"), page)
        self.open_button.setDefault(True)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_selected)
        row.addWidget(self.open_button)
        v.addLayout(row)
        self.table = QTableWidget(0, 6, page)
        self.table.setObjectName("replayCases")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Channel"),
                self.tr("Resolved"),
                self.tr("Outcome"),
                self.tr("Steps"),
                self.tr("First message"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((70, 90, 130, 130, 75)):
            self.table.setColumnWidth(col, width)
        self.table.itemSelectionChanged.connect(
            lambda: self.open_button.setEnabled(bool(self.table.selectedItems()))
        )
        self.table.doubleClicked.connect(lambda _i: self._open_selected())
        v.addWidget(self.table, 1)
        return page

    def load_cases(self) -> None:
        search = self.search.text()
        self._generation += 1
        generation = self._generation

        def done(rows: list[CaseSummary]) -> None:
            if self._alive() and generation == self._generation:
                self.show_cases(rows)

        self.status.setText(self.tr("Loading cases…"))
        self.tasks.run(lambda: self.triage.cases_for_replay(300, search), done, self._failed)

    def show_cases(self, rows: list[CaseSummary]) -> None:
        self.cases = list(rows)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for r, case in enumerate(rows):
            outcome = self._outcome(case.outcome) if case.outcome else DASH
            cells = (
                f"#{case.ticket_id}",
                case.channel,
                _when(case.resolved_at) if case.resolved_at else DASH,
                outcome,
                str(case.steps),
                case.summary,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(CaseRole, case.ticket_id)
                if c == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if c == 5:
                    item.setToolTip(plain_tooltip(case.summary))
                self.table.setItem(r, c, item)
        if rows:
            self.table.selectRow(0)
        self.status.setText(
            self.tr("Resolved cases: %1").replace("%1", str(len(rows)))
            if rows
            else self.tr("No resolved cases match.")
        )
        self.cases_loaded.emit()

    def _open_selected(self) -> None:
        items = self.table.selectedItems()
        if items:
            self.open_case(int(items[0].data(CaseRole)))

    # -- the replay ----------------------------------------------------------------------------

    def _build_replay(self) -> QWidget:
        page = QWidget(self)
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("◀ Cases"), page)
        self.back_button.setToolTip(self.tr("Back to the list of cases"))
        self.back_button.clicked.connect(self.show_picker)
        top.addWidget(self.back_button)
        self.title = plain_label("", page, "replayTitle")
        self.title.setWordWrap(False)
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        top.addWidget(self.title, 1)
        self.real_names = QCheckBox(self.tr("Show real names"), page)
        self.real_names.setToolTip(
            self.tr("Only for people who may read customers' messages; trainers never see this")
        )
        self.real_names.setVisible(self.may_read_raw)
        self.real_names.toggled.connect(lambda _on: self.reload())
        top.addWidget(self.real_names)
        self.json_button = QPushButton(self.tr("Export &JSON…"), page)
        self.json_button.clicked.connect(self._ask_json)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), page)
        self.pdf_button.clicked.connect(self._ask_pdf)
        top.addWidget(self.json_button)
        top.addWidget(self.pdf_button)
        v.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal, page)
        split.setChildrenCollapsible(False)
        self.timeline = QListWidget(split)
        self.timeline.setObjectName("replayTimeline")
        self.timeline.setUniformItemSizes(True)
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.setMinimumWidth(220)
        self.timeline.currentRowChanged.connect(self._timeline_moved)
        middle = QWidget(split)
        mv = QVBoxLayout(middle)
        mv.setContentsMargins(0, 0, 0, 0)
        self.conversation = QTextEdit(middle)
        self.conversation.setObjectName("replayConversation")
        self.conversation.setReadOnly(True)
        self.conversation.setAcceptRichText(False)
        self.conversation.setUndoRedoEnabled(False)
        self.conversation.document().setDocumentMargin(10)
        mv.addWidget(self.conversation, 1)
        mv.addLayout(self._build_controls(middle))
        right = QWidget(split)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self._build_state(right))
        self.tabs = QTabWidget(right)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_annotations(), self.tr("Annotations"))
        self.tabs.addTab(self._build_scorecard(), self.tr("Scorecard"))
        self.tabs.addTab(self._build_legend(), self.tr("Pseudonyms"))
        rv.addWidget(self.tabs, 1)
        for w in (self.timeline, middle, right):
            split.addWidget(w)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 0)
        split.setSizes([290, 560, 390])
        v.addWidget(split, 1)
        return page

    def _build_controls(self, parent: QWidget) -> QVBoxLayout:
        box = QVBoxLayout()
        track = QHBoxLayout()
        row = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ Back"), parent)
        self.prev_button.setToolTip(self.tr("One step back (Alt+Left)"))
        self.prev_button.clicked.connect(self.step_back)
        self.next_button = QPushButton(self.tr("Forward ▶"), parent)
        self.next_button.setToolTip(self.tr("One step forward (Alt+Right)"))
        self.next_button.clicked.connect(self.step_forward)
        self.play_button = QPushButton(self.tr("Play"), parent)
        self.play_button.setToolTip(self.tr("Play or pause (Ctrl+Space)"))
        self.play_button.clicked.connect(self.toggle_play)
        self.speed = QComboBox(parent)
        self.speed.addItems(
            [
                self.tr("1× (the case in a minute)"),
                self.tr("4×"),
                self.tr("16×"),
                self.tr("One step per second"),
            ]
        )
        self.speed.setToolTip(
            self.tr("Real time between the steps, compressed so that the case plays in a minute")
        )
        self.slider = QSlider(Qt.Orientation.Horizontal, parent)
        self.slider.setObjectName("replaySlider")
        self.slider.setMinimum(0)
        self.slider.valueChanged.connect(self.show_step)
        self.position = plain_label("", parent, "replayPosition")
        self.position.setWordWrap(False)
        track.addWidget(self.slider, 1)
        track.addWidget(self.position)
        for w in (self.prev_button, self.next_button, self.play_button, self.speed):
            row.addWidget(w)
        row.addStretch(1)
        box.addLayout(track)
        box.addLayout(row)
        return box

    def _build_state(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("At this moment"), parent)
        box.setObjectName("replayState")
        box.setStyleSheet('QLabel[changed="true"] { color: #1f5fa8; font-weight: 600; }')
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.state_labels: dict[str, QLabel] = {}
        for key, caption in (
            ("status", self.tr("Status")),
            ("assignee", self.tr("Assignee")),
            ("priority", self.tr("Priority")),
            ("components", self.tr("Made of")),
            ("escalated", self.tr("Escalated")),
            ("sentiment", self.tr("Sentiment")),
        ):
            label = plain_label(DASH, box, f"state_{key}")
            label.setProperty("changed", False)
            self.state_labels[key] = label
            form.addRow(caption, label)
        self.changed_hint = plain_label("", box, "hint")
        self.changed_hint.setStyleSheet("color: #56616b;")
        form.addRow(self.changed_hint)
        return box

    def _build_annotations(self) -> QWidget:
        page = QWidget(self)
        v = QVBoxLayout(page)
        self.annotation_list = QListWidget(page)
        self.annotation_list.setObjectName("replayAnnotations")
        self.annotation_list.setWordWrap(True)
        v.addWidget(self.annotation_list, 1)
        self.annotation_edit = QPlainTextEdit(page)
        self.annotation_edit.setObjectName("replayAnnotationEdit")
        self.annotation_edit.setPlaceholderText(self.tr("A note on this step, for the training…"))
        self.annotation_edit.setMaximumHeight(90)
        self.annotation_edit.textChanged.connect(self._update_buttons)
        v.addWidget(self.annotation_edit)
        self.annotate_button = QPushButton(self.tr("&Add annotation"), page)
        self.annotate_button.clicked.connect(self.add_annotation)
        v.addWidget(self.annotate_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _build_scorecard(self) -> QWidget:
        page = QWidget(self)
        v = QVBoxLayout(page)
        form = QFormLayout()
        hint = QLabel(self.tr("Score how the case was handled: 1 (poor) to 5 (excellent)."), page)
        hint.setWordWrap(True)
        v.addWidget(hint)
        self.score_boxes: dict[str, QSpinBox] = {}
        names = self._criteria()
        for criterion in CRITERIA:
            box = QSpinBox(page)
            box.setObjectName(f"score_{criterion}")
            box.setRange(0, 5)
            box.setSpecialValueText(DASH)  # 0: not scored yet
            box.setMaximumWidth(90)
            box.setToolTip(self.tr("1 (poor) to 5 (excellent)"))
            box.valueChanged.connect(self._update_buttons)
            self.score_boxes[criterion] = box
            form.addRow(names[criterion], box)
        v.addLayout(form)
        self.comment_edit = QPlainTextEdit(page)
        self.comment_edit.setObjectName("replayComment")
        self.comment_edit.setPlaceholderText(self.tr("What went well, what could be better…"))
        self.comment_edit.setMaximumHeight(80)
        v.addWidget(self.comment_edit)
        self.score_button = QPushButton(self.tr("&Save scorecard"), page)
        self.score_button.clicked.connect(self.save_scorecard)
        v.addWidget(self.score_button, 0, Qt.AlignmentFlag.AlignRight)
        self.scorecard_list = QListWidget(page)
        self.scorecard_list.setObjectName("replayScorecards")
        self.scorecard_list.setWordWrap(True)
        v.addWidget(self.scorecard_list, 1)
        return page

    def _build_legend(self) -> QWidget:
        page = QWidget(self)
        v = QVBoxLayout(page)
        hint = QLabel(self.tr("What each pseudonym stands for. The originals are not shown."), page)
        hint.setWordWrap(True)
        v.addWidget(hint)
        self.legend_list = QListWidget(page)
        self.legend_list.setObjectName("replayLegend")
        v.addWidget(self.legend_list, 1)
        return page

    # -- loading -------------------------------------------------------------------------------

    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    def _failed(self, exc: Exception) -> None:
        if not self._alive():
            return
        text = labels.error_text(exc)
        self.status.setText(text)
        self.failed.emit(text)

    @property
    def anonymise(self) -> bool:
        return not (self.may_read_raw and self.real_names.isChecked())

    def open_case(self, ticket_id: int, step: int = 0) -> None:
        self.stop()
        self._load(ticket_id, step)

    def reload(self) -> None:
        if self.replay is not None:
            self._load(self.replay.ticket_id, max(0, self.current))

    def _load(self, ticket_id: int, step: int) -> None:
        self._generation += 1
        generation = self._generation
        anonymise = self.anonymise

        def done(replay: Replay) -> None:
            if self._alive() and generation == self._generation:
                self.show_replay(replay, step)

        self.status.setText(self.tr("Loading case #%1…").replace("%1", str(ticket_id)))
        self.tasks.run(lambda: self.triage.replay(ticket_id, anonymise), done, self._failed)

    def show_picker(self) -> None:
        self.stop()
        self.pages.setCurrentIndex(0)
        self.setWindowTitle(self.tr("Case replay"))
        self.load_cases()

    def show_replay(self, replay: Replay, step: int = 0) -> None:
        """Put a case on screen at a step (kept when the same case is reloaded)."""
        self.replay = replay
        self.pages.setCurrentIndex(1)
        title = self.tr("Case #%1 · %2").replace("%1", str(replay.ticket_id))
        title = title.replace("%2", replay.channel)
        if replay.outcome:
            title += " · " + self._outcome(replay.outcome)
        if replay.anonymised:
            title += " · " + self.tr("anonymised")
        self.title.setText(title)
        self.setWindowTitle(self.tr("Case replay: #%1").replace("%1", str(replay.ticket_id)))
        self.timeline.blockSignals(True)
        self.timeline.clear()
        for s in replay.steps:
            text = f"{_time(s.at)} · {self._kind(s.kind)}"
            if s.actor and s.kind not in ("scored",):
                text += f" · {s.actor}"
            item = QListWidgetItem(text)
            item.setToolTip(plain_tooltip(f"{_when(s.at)}\n{self._body(s)}"))
            if s.annotations:
                item.setText(text + " ✎")
            self.timeline.addItem(item)
        self.timeline.blockSignals(False)
        self.legend_list.clear()
        for pseudonym, kind in sorted(replay.legend.items(), key=_legend_order):
            self.legend_list.addItem(f"{pseudonym} — {self._legend_kind(kind)}")
        if not replay.legend:
            self.legend_list.addItem(self.tr("Not anonymised: real names are shown."))
        self.scorecard_list.clear()
        names = self._criteria()
        for card in replay.scorecards:
            scores = ", ".join(f"{names.get(k, k)} {v}" for k, v in card.scores.items())
            line = f"{card.author} · {_when(card.at)}\n{scores}"
            if card.comment:
                line += "\n" + card.comment
            self.scorecard_list.addItem(line)
        self.conversation.clear()
        self._spans = []
        self._texts = [self._step_texts(s) for s in replay.steps]
        self.current = -1
        self.slider.blockSignals(True)
        self.slider.setMaximum(max(0, len(replay.steps) - 1))
        self.slider.blockSignals(False)
        if replay.steps:
            self.show_step(min(step, len(replay.steps) - 1))
        self._update_buttons()
        self.status.setText(
            self.tr("%1 steps from %2 to %3")
            .replace("%1", str(len(replay.steps)))
            .replace("%2", _when(replay.opened_at))
            .replace("%3", _when(replay.resolved_at) if replay.resolved_at else DASH)
        )
        self.replay_loaded.emit()

    # -- stepping ------------------------------------------------------------------------------

    def show_step(self, index: int) -> None:
        """Everything on screen as it was right after step `index`."""
        replay = self.replay
        if replay is None or not replay.steps:
            return
        index = max(0, min(index, len(replay.steps) - 1))
        if index == self.current:
            return
        t0 = time.perf_counter()
        self._render_conversation(index)
        self.current = index
        step = replay.steps[index]
        for widget, value in ((self.timeline, index), (self.slider, index)):
            widget.blockSignals(True)
            if isinstance(widget, QListWidget):
                widget.setCurrentRow(value)
            else:
                widget.setValue(value)
            widget.blockSignals(False)
        # What this step changed, whichever way the trainer came to it.
        self._show_state(step.state, replay.steps[index - 1].state if index > 0 else None)
        self.annotation_list.clear()
        for a in step.annotations:
            self.annotation_list.addItem(f"{a.author} · {_when(a.at)}\n{a.text}")
        self.position.setText(
            self.tr("Step %1 of %2 · %3")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(replay.steps)))
            .replace("%3", _when(step.at))
        )
        self._update_buttons()
        self.timings.append((time.perf_counter() - t0) * 1000.0)
        self.step_shown.emit(index)

    def step_forward(self) -> None:
        if self.replay is not None and self.current < len(self.replay.steps) - 1:
            self.show_step(self.current + 1)

    def step_back(self) -> None:
        if self.replay is not None and self.current > 0:
            self.show_step(self.current - 1)

    def _timeline_moved(self, row: int) -> None:
        if row >= 0:
            self.show_step(row)

    def toggle_play(self) -> None:
        if self._playing:
            self.stop()
            return
        if self.replay is None or not self.replay.steps:
            return
        if self.current >= len(self.replay.steps) - 1:
            self.show_step(0)
        self._playing = True
        self.play_button.setText(self.tr("Pause"))
        self.play_timer.start(self.delay_ms(self.current))

    def stop(self) -> None:
        self._playing = False
        self.play_timer.stop()
        self.play_button.setText(self.tr("Play"))

    def delay_ms(self, index: int) -> int:
        """How long step `index` stays before the next at the chosen speed."""
        replay = self.replay
        factor = SPEEDS[max(0, self.speed.currentIndex())]
        if replay is None or index + 1 >= len(replay.steps):
            return 1000
        steps = replay.steps
        total = (steps[-1].at - steps[0].at).total_seconds()
        if factor == 0 or total <= 0:
            return 1000
        gap = (steps[index + 1].at - steps[index].at).total_seconds()
        ms = gap / total * 60_000 / factor
        return int(max(MIN_DELAY_MS, min(MAX_DELAY_MS, ms)))

    def _tick(self) -> None:
        if not self._playing or self.replay is None:
            return
        self.step_forward()
        if self.current >= len(self.replay.steps) - 1:
            self.stop()
        else:
            self.play_timer.start(self.delay_ms(self.current))

    # -- rendering -----------------------------------------------------------------------------

    def _side(self, step: ReplayStep) -> str:
        return KIND_SIDE.get(step.kind, SYSTEM)

    def _colours(self, step: ReplayStep) -> tuple[str, str]:
        return WORK_BACKGROUND.get(step.kind) or BUBBLE[self._side(step)]

    def _render_conversation(self, index: int) -> None:
        """The conversation up to step `index`: appended or cut back, never rebuilt."""
        assert self.replay is not None
        doc = self.conversation.document()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()  # one layout for the whole change, however far the jump
        if self.current >= 0 and self.current < len(self._spans):
            self._paint(cursor, self.current, current=False)
        if index < len(self._spans):
            cut = self._spans[index + 1][0] if index + 1 < len(self._spans) else None
            if cut is not None:
                cursor.setPosition(max(0, cut - 1))
                cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
                del self._spans[index + 1 :]
        else:
            for i in range(len(self._spans), index + 1):
                self._append(cursor, self.replay.steps[i], first=i == 0)
        self._paint(cursor, index, current=True)
        cursor.endEditBlock()
        bar = self.conversation.verticalScrollBar()
        start = self._spans[index][0]
        cursor.setPosition(start)
        self.conversation.setTextCursor(cursor)
        self.conversation.ensureCursorVisible()
        bar.setValue(bar.maximum())

    def _step_texts(self, step: ReplayStep) -> tuple[str, str]:
        """A step's heading and body in the conversation, made once per case."""
        who = f"{step.actor} · " if step.actor and self._side(step) != SYSTEM else ""
        return f"{_time(step.at)} · {who}{self._kind(step.kind)}", self._body(step)

    def _block_format(self, step: ReplayStep, current: bool) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        side = self._side(step)
        fmt.setBackground(QBrush(QColor(self._colours(step)[1 if current else 0])))
        fmt.setLeftMargin(90 if side == OUTBOUND else 0)
        fmt.setRightMargin(90 if side == INBOUND else 0)
        if side == SYSTEM:
            fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        return fmt

    def _append(self, cursor: QTextCursor, step: ReplayStep, first: bool) -> None:
        cursor.movePosition(QTextCursor.MoveOperation.End)
        start = cursor.position()
        fmt = self._block_format(step, current=False)
        spacer = QTextBlockFormat()
        spacer.setTopMargin(2)
        if first:
            cursor.setBlockFormat(fmt)
        else:
            cursor.insertBlock(spacer, QTextCharFormat())  # a gap between bubbles
            cursor.insertBlock(fmt)
            start = cursor.position() - 1
        meta = QTextCharFormat()
        meta.setForeground(QBrush(QColor("#56616b")))
        meta.setFontPointSize(max(7.0, self.font().pointSizeF() - 1))
        head, body = self._texts[step.index]
        cursor.insertText(head, meta)
        if body:
            text = QTextCharFormat()
            if self._side(step) == SYSTEM:
                text.setForeground(QBrush(QColor("#56616b")))
                text.setFontItalic(True)
            cursor.insertBlock(fmt, text)
            cursor.insertText(body, text)  # plain text, never parsed as HTML
        self._spans.append((start, cursor.position()))

    def _paint(self, cursor: QTextCursor, index: int, current: bool) -> None:
        assert self.replay is not None
        start, end = self._spans[index]
        cursor.setPosition(start + (0 if index == 0 else 1))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeBlockFormat(self._block_format(self.replay.steps[index], current))

    def _show_state(self, state: CaseState, before: CaseState | None) -> None:
        values = {
            "status": self._status(state.status),
            "assignee": state.assignee or DASH,
            "priority": f"{state.band} · {state.priority}" if state.band else self.tr("not scored"),
            "components": self._components(state.components) if state.band else DASH,
            "escalated": self.tr("yes") if state.escalated else self.tr("no"),
            "sentiment": (
                f"{labels.sentiment_label(state.sentiment)} ({state.sentiment:.0f})"
                if state.sentiment is not None
                else DASH
            ),
        }
        changed: list[str] = []
        if before is not None:
            pairs = {
                "status": (before.status, state.status),
                "assignee": (before.assignee, state.assignee),
                "priority": ((before.band, before.priority), (state.band, state.priority)),
                "components": (before.components, state.components),
                "escalated": (before.escalated, state.escalated),
                "sentiment": (before.sentiment, state.sentiment),
            }
            changed = [k for k, (a, b) in pairs.items() if a != b]
        for key, label in self.state_labels.items():
            label.setText(values[key])
            now = key in changed
            if label.property("changed") != now:
                label.setProperty("changed", now)
                label.style().unpolish(label)
                label.style().polish(label)
        self.changed_hint.setText(
            self.tr("Changed by this step: shown in blue.") if changed else ""
        )

    # -- words -----------------------------------------------------------------------------

    def _kind(self, kind: str) -> str:
        return {
            "arrived": self.tr("Message"),
            "replied": self.tr("Our reply"),
            "claimed": self.tr("Claimed"),
            "released": self.tr("Released"),
            "noted": self.tr("Note"),
            "escalated": self.tr("Escalated"),
            "resolved": self.tr("Resolved"),
            "reopened": self.tr("Reopened"),
            "scored": self.tr("Priority scored"),
            "sentiment_corrected": self.tr("Sentiment corrected"),
            "complaint_corrected": self.tr("Complaint corrected"),
            "priority_corrected": self.tr("Priority corrected"),
            "survey_recorded": self.tr("Survey recorded"),
        }.get(kind, kind)

    def _body(self, step: ReplayStep) -> str:
        """What a step says, in the interface language; the case's own words as they were."""
        k, text = step.kind, step.text
        if k == "claimed":
            return self.tr("Claimed by %1").replace("%1", step.actor)
        if k == "released":
            return self.tr("Released by %1").replace("%1", step.actor)
        if k == "scored":
            return (
                self.tr("Priority now %1 (%2)")
                .replace("%1", step.state.band or DASH)
                .replace("%2", str(step.state.priority))
            )
        if k == "reopened":
            return self.tr("Reopened by a new message")
        if k == "escalated":
            return self.tr("Reason: %1").replace("%1", text) if text else ""
        if k == "resolved":
            head, _, note = text.partition("\n")
            parts = head.split(" · ") if head else []
            shown = [self._outcome(parts[0])] if parts else []
            shown += [labels.reason_code_label(p) for p in parts[1:]]
            out = " · ".join(shown)
            return f"{out}\n{note}" if note else out
        if k == "priority_corrected":
            return {
                "higher": self.tr("Priority should be higher"),
                "lower": self.tr("Priority should be lower"),
            }.get(text, text)
        if k == "sentiment_corrected":
            value = {"neg": 15.0, "neu": 50.0, "pos": 85.0}.get(text)
            label = labels.sentiment_label(value) if value is not None else text
            return self.tr("Sentiment corrected to %1").replace("%1", label)
        if k == "complaint_corrected":
            return (
                self.tr("Marked as a complaint")
                if text == "complaint"
                else self.tr("Marked as no complaint")
            )
        return text

    def _outcome(self, outcome: str) -> str:
        try:
            return labels.outcome_label(Outcome(outcome))
        except ValueError:
            return outcome

    def _status(self, status: str) -> str:
        try:
            return labels.status_label(TicketStatus(status))
        except ValueError:
            return status

    def _components(self, parts: dict[str, int]) -> str:
        names = {
            "cues": self.tr("escalation cues"),
            "waiting": self.tr("waiting time"),
            "tone": self.tr("tone"),
            "reach": self.tr("reach"),
            "value": self.tr("customer value"),
            "repeat": self.tr("repeat contact"),
        }
        shown = [(names.get(k, k), v) for k, v in parts.items() if v]
        shown.sort(key=lambda kv: -kv[1])
        return "\n".join(f"{name} +{points}" for name, points in shown) or DASH

    def _criteria(self) -> dict[str, str]:
        return {
            "empathy": self.tr("Empathy"),
            "accuracy": self.tr("Accuracy"),
            "speed": self.tr("Speed"),
            "ownership": self.tr("Ownership"),
            "tone": self.tr("Tone"),
        }

    def _legend_kind(self, kind: str) -> str:
        return {
            "customer": self.tr("a customer"),
            "staff": self.tr("one of us (an agent or our account)"),
            "handle": self.tr("a customer's handle"),
            "email": self.tr("an e-mail address"),
            "phone": self.tr("a phone number"),
            "address": self.tr("a street address"),
            "postcode": self.tr("a postcode"),
            "iban": self.tr("a bank account (IBAN)"),
            "number": self.tr("an order, customer or account number"),
            "link": self.tr("a personal link"),
        }.get(kind, kind)

    # -- trainers' work ------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        ready = self.replay is not None and self.current >= 0
        steps = len(self.replay.steps) if self.replay is not None else 0
        self.prev_button.setEnabled(ready and self.current > 0)
        self.next_button.setEnabled(ready and self.current < steps - 1)
        self.play_button.setEnabled(ready and steps > 1)
        self.annotate_button.setEnabled(ready and bool(self.annotation_edit.toPlainText().strip()))
        self.score_button.setEnabled(
            self.replay is not None and all(b.value() > 0 for b in self.score_boxes.values())
        )
        for b in (self.json_button, self.pdf_button):
            b.setEnabled(self.replay is not None)

    def _write(self, what: str, fn: Callable[[], Any], after: Callable[[], None]) -> None:
        replay = self.replay
        if replay is None:
            return
        step = max(0, self.current)

        def done(_result: Any) -> None:
            if not self._alive():
                return
            after()
            self._generation += 1
            generation = self._generation
            anonymise = self.anonymise

            def shown(fresh: Replay) -> None:
                if self._alive() and generation == self._generation:
                    self.show_replay(fresh, step)
                    self.saved.emit(what)

            self.tasks.run(
                lambda: self.triage.replay(replay.ticket_id, anonymise), shown, self._failed
            )

        self.tasks.write(fn, done, self._failed)

    def add_annotation(self) -> None:
        text = self.annotation_edit.toPlainText().strip()
        if self.replay is None or self.current < 0 or not text:
            return
        ticket, step, user = self.replay.ticket_id, self.current, self.user
        self.annotate_button.setEnabled(False)
        self._write(
            "annotation",
            lambda: self.triage.annotate(ticket, step, text, user),
            self.annotation_edit.clear,
        )

    def save_scorecard(self) -> None:
        if self.replay is None:
            return
        scores = {c: b.value() for c, b in self.score_boxes.items()}
        if not all(scores.values()):
            return
        comment = self.comment_edit.toPlainText().strip()
        ticket, user = self.replay.ticket_id, self.user

        def clear() -> None:
            for b in self.score_boxes.values():
                b.setValue(0)
            self.comment_edit.clear()

        self.score_button.setEnabled(False)
        self._write(
            "scorecard", lambda: self.triage.score_case(ticket, scores, comment, user), clear
        )

    # -- export --------------------------------------------------------------------------------

    def _default_name(self, suffix: str) -> str:
        ticket = self.replay.ticket_id if self.replay is not None else 0
        return str(Path.home() / f"case-{ticket}{suffix}")

    def _ask_json(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export case pack"), self._default_name(".json"), self.tr("JSON (*.json)")
        )
        if path:
            self._export(lambda: self.export_json(Path(path)), path)

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export case pack"), self._default_name(".pdf"), self.tr("PDF (*.pdf)")
        )
        if path:
            self._export(lambda: self.export_pdf(Path(path)), path)

    def _export(self, fn: Callable[[], None], path: str) -> None:
        try:
            fn()
        except OSError as exc:
            self._failed(exc)
            return
        self.status.setText(self.tr("Saved %1").replace("%1", path))

    def export_json(self, path: Path) -> None:
        """The case pack as shown: the replay with its annotations and scorecards."""
        if self.replay is None:
            return
        path.write_text(
            json.dumps(self.replay.as_json(), ensure_ascii=False, indent=2), encoding="utf-8"
        )

    def pack_html(self) -> str:
        """The case pack as a printable page; every text from the case escaped as plain text."""
        r = self.replay
        assert r is not None

        def e(text: str) -> str:
            return html.escape(text).replace("\n", "<br>")

        title = self.title.text()
        out = [
            "<html><body style='font-family: sans-serif; font-size: 9pt;'>",
            f"<h2>{e(title)}</h2>",
            "<p>"
            + e(
                self.tr("Opened %1 · resolved %2 · %3 steps")
                .replace("%1", _when(r.opened_at))
                .replace("%2", _when(r.resolved_at) if r.resolved_at else DASH)
                .replace("%3", str(len(r.steps)))
            )
            + "</p>",
        ]
        if r.legend:
            heading = self.tr("Pseudonyms")
            out.append(f"<h3>{e(heading)}</h3><p>")
            out.append(
                "<br>".join(
                    e(f"{p} — {self._legend_kind(k)}")
                    for p, k in sorted(r.legend.items(), key=_legend_order)
                )
            )
            out.append("</p>")
        heading = self.tr("Steps")
        out.append(f"<h3>{e(heading)}</h3>")
        out.append("<table width='100%' cellspacing='0' cellpadding='4' border='1'>")
        for s in r.steps:
            st = s.state
            state = " · ".join(
                (
                    self._status(st.status),
                    f"{st.band} {st.priority}" if st.band else self.tr("not scored"),
                    st.assignee or DASH,
                    self.tr("escalated") if st.escalated else "",
                )
            ).strip(" ·")
            cell = f"<b>{e(self._kind(s.kind))}</b> · {e(s.actor)}<br>{e(self._body(s))}"
            for a in s.annotations:
                cell += f"<br><i>✎ {e(a.author)}: {e(a.text)}</i>"
            bg = self._colours(s)[0]
            out.append(
                f"<tr style='background-color: {bg};'><td width='16%'>{e(_when(s.at))}</td>"
                f"<td>{cell}</td><td width='24%'>{e(state)}</td></tr>"
            )
        out.append("</table>")
        if r.scorecards:
            heading = self.tr("Scorecards")
            out.append(f"<h3>{e(heading)}</h3>")
            names = self._criteria()
            for card in r.scorecards:
                scores = ", ".join(f"{names.get(k, k)} {v}" for k, v in card.scores.items())
                out.append(f"<p><b>{e(card.author)}</b> · {e(_when(card.at))}<br>{e(scores)}")
                if card.comment:
                    out.append(f"<br>{e(card.comment)}")
                out.append("</p>")
        out.append("</body></html>")
        return "".join(out)

    def export_pdf(self, path: Path) -> None:
        if self.replay is None:
            return
        writer = QPdfWriter(str(path))
        writer.setTitle(self.title.text())
        writer.setCreator("Webcare Triage")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        writer.setResolution(150)
        doc = QTextDocument()
        doc.setDefaultFont(QFont(self.font().family(), 9))
        doc.setHtml(self.pack_html())
        layout = writer.pageLayout()
        rect = layout.paintRectPixels(writer.resolution())
        doc.setPageSize(QSizeF(rect.width(), rect.height()))
        doc.print_(writer)
        if not path.exists():
            raise OSError(self.tr("The PDF could not be written"))
