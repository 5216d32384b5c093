"""The agent's desk: the priority queue on the left, the open ticket on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from triage.domain.access import Permission
from triage.domain.errors import StaleTicket
from triage.domain.models import ImportReport, QueueItem, TicketDetail
from triage.domain.sources import PollOutcome
from triage.scheduler.service import RESCORE_JOB, SOURCE_PREFIX, JobRun, SchedulerService
from triage.services import Triage
from triage.services.live import TicketFeed
from ui import labels
from ui.dialogs.action_dialogs import EscalateDialog, NoteDialog, ResolveDialog
from ui.dialogs.quarantine_dialog import QuarantineDialog
from ui.live_updates import LiveStatusLabel, LiveUpdates, QueueFollower
from ui.models.queue_proxy_model import QueueProxyModel
from ui.models.queue_table_model import COL, QueueTableModel
from ui.responsiveness import GATE
from ui.settings import UiSettings
from ui.tasks import TaskRunner
from ui.widgets.filter_bar import FilterBar
from ui.widgets.queue_view import QueueView
from ui.widgets.ticket_panel import TicketPanel
from ui.windows.customers_controller import CustomersController
from ui.windows.lead_controller import LeadController
from ui.windows.sources_controller import SourcesController


class MainWindow(QMainWindow):
    detail_shown = Signal(int)  # a ticket's detail is on screen
    action_done = Signal(str)  # claim / release / note / escalate / resolve finished
    action_failed = Signal(str)
    import_done = Signal(object)

    def __init__(
        self,
        triage: Triage,
        tasks: TaskRunner,
        agent: str,
        settings: UiSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.triage = triage
        self.tasks = tasks
        self.agent = agent
        self.settings = settings
        self.clock = triage.clock
        self.setWindowTitle(self.tr("Webcare Triage"))
        self._wanted_id: int | None = None
        self._pending_open: int | None = None  # the row moved to, its detail not asked yet
        self.dialog: QWidget | None = None  # the form that is open, if any

        self.model = QueueTableModel(triage.count, triage.page, tasks, self.clock, self)
        self.proxy = QueueProxyModel(self.model, self)
        self.filters = FilterBar(self)
        self.table = QueueView(self)
        self.table.setObjectName("queueTable")
        self.table.setModel(self.proxy)
        self.table.use_cells(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            COL["priority"], Qt.SortOrder.DescendingOrder
        )
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for name, width in (
            ("priority", 84),
            ("reasons", 300),
            ("channel", 80),
            ("author", 130),
            ("group", 100),
            ("message", 330),
            ("language", 95),
            ("sentiment", 105),
            ("waiting", 95),
            ("sla", 105),
            ("status", 110),
            ("assignee", 90),
        ):
            self.table.setColumnWidth(COL[name], width)

        self.panel = TicketPanel(self.clock, self)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.setSpacing(0)
        lv.addWidget(self.filters)
        lv.addWidget(self.table, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("mainSplit")
        self.split.addWidget(left)
        self.split.addWidget(self.panel)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.setCentralWidget(self.split)

        self.status_text = QLabel(self)
        self.status_text.setTextFormat(Qt.TextFormat.PlainText)
        self.quarantine_button = QPushButton(self)
        self.quarantine_button.setFlat(True)
        self.quarantine_button.clicked.connect(self.show_quarantine)
        self.job_text = QLabel(self)
        self.job_text.setTextFormat(Qt.TextFormat.PlainText)
        self.sources_button = QPushButton(self)
        self.sources_button.setObjectName("sourcesButton")
        self.sources_button.setFlat(True)
        self.sources_button.setVisible(False)
        self.sources = SourcesController(triage, tasks, self)
        self.customers = CustomersController(triage, tasks, agent, self)
        self.customers.changed.connect(self.refresh)
        self.customers.ticket_requested.connect(self.open_ticket)
        self.lead = LeadController(triage, tasks, agent, self)
        self.lead.changed.connect(self.refresh)
        self.lead.ticket_requested.connect(self.open_ticket)
        self.sources_button.clicked.connect(self.show_sources)
        self.sources.unhealthy_changed.connect(self._show_unhealthy)
        self.sources.items_added.connect(lambda _n: self.model.refresh())
        self.statusBar().addWidget(self.status_text, 1)
        self.statusBar().addPermanentWidget(self.job_text)
        self.statusBar().addPermanentWidget(self.sources_button)
        self.statusBar().addPermanentWidget(self.quarantine_button)
        self.live: LiveUpdates | None = None  # other desks' changes, once attach_live is called
        self.live_status = LiveStatusLabel(self)
        self.live_status.setVisible(False)
        self.statusBar().addPermanentWidget(self.live_status)
        self.follower = QueueFollower(self)

        self._build_actions()
        self._connect()
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(30_000)
        self._clock_timer.timeout.connect(self.model.clock_tick)
        self._clock_timer.start()
        self.settings.restore_window(self)
        self.refresh()

    # -- set-up -------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        keys: str | QKeySequence.StandardKey | None,
        slot: Callable[[], Any],
        menu: QMenu | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(self.tr("&Import messages…"), "Ctrl+O", self.import_dialog, file_menu)
        self._action(self.tr("Import &CRM data…"), None, self.customers.import_crm, file_menu)
        self._action(self.tr("&Quarantined rows…"), None, self.show_quarantine, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("&Quit"), "Ctrl+Q", self.close, file_menu)

        ticket_menu = bar.addMenu(self.tr("&Ticket"))
        self.claim_action = self._action(self.tr("&Claim"), "C", self.claim, ticket_menu)
        self.claim_next_action = self._action(
            self.tr("Claim the ne&xt ticket"), "Shift+C", self.claim_next, ticket_menu
        )
        self.release_action = self._action(self.tr("Re&lease"), "Esc", self.release, ticket_menu)
        self.note_action = self._action(self.tr("Add &note…"), "N", self.add_note, ticket_menu)
        self.escalate_action = self._action(self.tr("&Escalate…"), "E", self.escalate, ticket_menu)
        self.resolve_action = self._action(self.tr("&Resolve…"), "R", self.resolve, ticket_menu)
        self._action(self.tr("Open c&ustomer"), "U", self.open_customer, ticket_menu)
        ticket_menu.addSeparator()
        sentiment = ticket_menu.addMenu(self.tr("Correct &sentiment"))
        for label, value, key in (
            (self.tr("Negative"), "neg", "S"),
            (self.tr("Neutral"), "neu", "Shift+S"),
            (self.tr("Positive"), "pos", "Alt+S"),
        ):
            self._action(label, key, lambda v=value: self.correct_sentiment(v), sentiment)

        for label, value, key in (
            (self.tr("Is a complaint"), True, "X"),
            (self.tr("Not a complaint"), False, "Shift+X"),
        ):
            self._action(label, key, lambda v=value: self.correct_complaint(v), ticket_menu)
        for label, direction, key in (
            (self.tr("Priority too low"), "higher", "+"),
            (self.tr("Priority too high"), "lower", "-"),
        ):
            self._action(label, key, lambda d=direction: self.correct_priority(d), ticket_menu)

        view_menu = bar.addMenu(self.tr("&View"))
        self._action(self.tr("Next ticket"), "J", lambda: self.move(1), view_menu)
        self._action(self.tr("Previous ticket"), "K", lambda: self.move(-1), view_menu)
        self._action(self.tr("Open conversation"), "Return", self.focus_conversation, view_menu)
        self._action(self.tr("Only &mine"), "M", self.filters.mine.toggle, view_menu)
        self._action(self.tr("&Search"), "/", self.focus_search, view_menu)
        self._action(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh, view_menu)
        view_menu.addSeparator()
        lang_menu = view_menu.addMenu(self.tr("Interface &language"))
        self._action("English", None, lambda: self.set_language("en"), lang_menu)
        self._action("Nederlands", None, lambda: self.set_language("nl"), lang_menu)

        tools_menu = bar.addMenu(self.tr("T&ools"))
        self._action(self.tr("&Sources…"), "Ctrl+Shift+S", self.show_sources, tools_menu)
        self._action(self.tr("&Ambassadors…"), None, self.customers.ambassadors, tools_menu)
        self._action(self.tr("Link s&uggestions…"), None, self.customers.suggestions, tools_menu)
        self._action(self.tr("&Learned model…"), None, self.show_models, tools_menu)

        team_menu = bar.addMenu(self.tr("Te&am"))
        self.review_action = self._action(
            self.tr("&Escalations to review…"), "Ctrl+Shift+E", self.lead.open_review, team_menu
        )
        dashboards = self._action(
            self.tr("&Dashboards…"), "Ctrl+Shift+D", self.show_dashboards, team_menu
        )
        dashboards.setVisible(self.triage.may(Permission.DASHBOARDS))
        self._action(self.tr("&SLA policy…"), None, self.show_sla_policy, team_menu)
        replay = self._action(self.tr("Case &replay…"), None, self.show_replay, team_menu)
        replay.setVisible(self.triage.may(Permission.REPLAY))
        self._action(self.tr("&People and roles…"), None, self.lead.open_people, team_menu)
        self.team_menu = team_menu
        self.review_action.setVisible(self.triage.may(Permission.REVIEW))

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts, help_menu)

    def _connect(self) -> None:
        self.filters.changed.connect(self.apply_filters)
        self.model.loaded.connect(self._on_loaded)
        self.model.failed.connect(self._on_failed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        p = self.panel
        p.claim_button.clicked.connect(self.claim)
        p.release_button.clicked.connect(self.release)
        p.note_button.clicked.connect(self.add_note)
        p.escalate_button.clicked.connect(self.escalate)
        p.resolve_button.clicked.connect(self.resolve)
        p.customer.ticket_activated.connect(self.open_ticket)
        p.customer.customer_requested.connect(self.open_customer)
        self.tasks.error.connect(self._on_failed)

    # -- queue --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.refresh()  # first: what the agent is waiting to see
        self.tasks.run(self.triage.channels, self.filters.set_channels)
        self.tasks.run(self.triage.quarantine_count, self._show_quarantine_count)
        self.sources.refresh()

    def apply_filters(self) -> None:
        f = self.filters
        self.proxy.set_filters(
            status=f.status_value(),
            channel=str(f.channel.currentData() or ""),
            lang=str(f.lang.currentData() or ""),
            assignee=self.agent if f.mine.isChecked() else "",
            search=f.search.text(),
        )

    def _on_loaded(self, total: int) -> None:
        self.filters.set_count(total)
        self.status_text.setText(
            self.tr("Signed in as %1 · %2").replace("%1", self.agent).replace("%2", self.triage.url)
        )
        if self.follower.restore():  # reloaded for another desk's change: same ticket, same place
            return
        wanted = self._wanted_id
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row < 0 and total:
            row = 0 if wanted is None or self.current_item() is None else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        elif total == 0:
            self.panel.show_detail(None)

    def attach_scheduler(self, scheduler: SchedulerService) -> None:
        self.sources.attach(scheduler)

    def attach_live(self, feed: TicketFeed) -> LiveUpdates:
        """Follow other desks' changes; the caller starts the feed, closing the window stops it."""
        self.live = LiveUpdates(feed, self)
        self.live.status_changed.connect(self.live_status.show_status)
        self.live.changed.connect(self.live_status.note_change)
        self.live.changed.connect(self.follower.on_change)
        if feed.status is not None:
            self.live_status.show_status(feed.status)
        self.live_status.setVisible(True)
        return self.live

    def on_job_run(self, run: JobRun) -> None:
        """A scheduled job finished (delivered on the GUI thread by the scheduler bridge)."""
        when = QLocale().toString(run.at.astimezone().time(), QLocale.FormatType.ShortFormat)
        if run.job.startswith((SOURCE_PREFIX, "poll-now:")):
            outcome = run.result
            if isinstance(outcome, PollOutcome):
                self.sources.on_poll_done(outcome.name, outcome.added)
                if outcome.added:
                    self.job_text.setText(
                        self.tr("%1: %2 new at %3")
                        .replace("%1", outcome.name)
                        .replace("%2", str(outcome.added))
                        .replace("%3", when)
                    )
                    self.tasks.run(self.triage.quarantine_count, self._show_quarantine_count)
            else:
                self.sources.refresh()
            return
        if run.job == RESCORE_JOB and run.ok:
            self.lead.check_alerts()
        if run.job != RESCORE_JOB:
            if run.ok and run.result is not None:
                self.model.refresh()  # loyalty or links changed what the queue shows
            return
        if run.ok:
            self.job_text.setText(self.tr("Re-scored %1").replace("%1", when))
            self.model.refresh()
        else:
            self.job_text.setText(self.tr("Re-scoring failed at %1").replace("%1", when))
            self.statusBar().showMessage(run.error, 10_000)

    def _show_unhealthy(self, n: int) -> None:
        self.sources_button.setText(self.tr("%n source(s) need attention", "", n))
        self.sources_button.setVisible(n > 0)

    def show_sources(self) -> None:
        self.dialog = self.sources.open_dialog()
        self.dialog.finished.connect(lambda _r: setattr(self, "dialog", None))

    def _show_quarantine_count(self, n: int) -> None:
        self.quarantine_button.setText(self.tr("%n row(s) quarantined", "", n))
        self.quarantine_button.setVisible(n > 0)

    def current_item(self) -> QueueItem | None:
        index = self.table.currentIndex()
        return self.proxy.item_at(index.row()) if index.isValid() else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The highlighted row moves at once; its detail is read once the queue has painted
        (a worker reading it would slow that paint), and only the last of a quick run of moves
        (J held down) is read at all."""
        it = self.proxy.item_at(current.row()) if current.isValid() else None
        if it is not None:
            self._wanted_id = it.id
            if self._pending_open is None:
                self.table.after_paint(self._open_pending)
            self._pending_open = it.id

    def _open_pending(self) -> None:
        ticket_id, self._pending_open = self._pending_open, None
        if ticket_id is not None:
            self.open_ticket(ticket_id)

    def open_ticket(self, ticket_id: int) -> None:
        self._wanted_id = ticket_id
        self._pending_open = None  # asked for by name: this one, not the row moved to before
        self.tasks.run(
            lambda: self.triage.ticket(ticket_id), self._show_detail, self._on_failed, urgent=True
        )

    def _show_detail(self, detail: TicketDetail) -> None:
        if detail.item.id != self._wanted_id:
            return  # the agent has moved on
        self.panel.show_error("")
        self.panel.show_detail(detail)
        self.model.update_item(detail.item)
        self.detail_shown.emit(detail.item.id)

    def move(self, step: int) -> None:
        rows = self.proxy.rowCount()
        if not rows:
            return
        row = max(0, min(rows - 1, self.table.currentIndex().row() + step))
        self.table.setCurrentIndex(self.proxy.index(row, 0))

    def focus_conversation(self) -> None:
        self.panel.conversation.setFocus()

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # -- actions ------------------------------------------------------------------------------

    def _detail_item(self) -> QueueItem | None:
        d = self.panel.detail
        return d.item if d is not None else None

    def _run_action(
        self, name: str, fn: Callable[[], QueueItem], leaves_queue: bool = False
    ) -> None:
        def done(item: QueueItem) -> None:
            self.model.update_item(item)
            if leaves_queue:
                self.model.refresh()
            self.open_ticket(item.id)
            self.statusBar().showMessage(self._done_text(name).replace("%1", str(item.id)), 4000)
            self.action_done.emit(name)

        self.tasks.write(fn, done, self._on_action_failed)

    def _done_text(self, name: str) -> str:
        return {
            "claim": self.tr("Claimed #%1"),
            "release": self.tr("Released #%1"),
            "note": self.tr("Note added to #%1"),
            "escalate": self.tr("Escalated #%1"),
            "resolve": self.tr("Resolved #%1"),
            "sentiment": self.tr("Sentiment of #%1 corrected"),
            "complaint": self.tr("Noted whether #%1 is a complaint"),
            "priority": self.tr("Priority feedback on #%1 noted"),
        }.get(name, "#%1")

    def _on_action_failed(self, exc: Exception) -> None:
        self.panel.show_error(labels.error_text(exc))
        if isinstance(exc, StaleTicket):
            self.open_ticket(exc.ticket_id)
        self.action_failed.emit(labels.error_text(exc))

    def _on_failed(self, exc: object) -> None:
        text = labels.error_text(exc) if isinstance(exc, Exception) else str(exc)
        self.statusBar().showMessage(text, 10_000)
        self.panel.show_error(text)

    def claim(self) -> None:
        it = self._detail_item()
        if it is not None:
            self._run_action("claim", lambda: self.triage.claim(it.id, self.agent, it.version))

    def claim_next(self) -> None:
        """The best ticket nobody holds, claimed and opened: the team's "next" button."""

        def work() -> QueueItem | None:
            ids = self.triage.claim_next(self.agent)
            return self.triage.item(ids[0]) if ids else None

        def done(item: QueueItem | None) -> None:
            if item is None:
                self.statusBar().showMessage(
                    self.tr("Nothing to claim: every waiting ticket is held by someone"), 6000
                )
                return
            self.model.update_item(item)
            self.open_ticket(item.id)
            self.statusBar().showMessage(self.tr("Claimed #%1").replace("%1", str(item.id)), 4000)
            self.action_done.emit("claim")

        self.tasks.write(work, done, self._on_action_failed)

    def release(self) -> None:
        it = self._detail_item()
        if it is not None and it.assignee:
            self._run_action("release", lambda: self.triage.release(it.id, self.agent))

    def add_note(self) -> None:
        it = self._detail_item()
        if it is None:
            return
        dialog = NoteDialog(it.id, self)
        dialog.accepted.connect(
            lambda: (
                dialog.note()
                and self._run_action(
                    "note", lambda: self.triage.note(it.id, self.agent, dialog.note())
                )
            )
        )
        self._open_dialog(dialog)

    def escalate(self) -> None:
        it = self._detail_item()
        if it is None:
            return
        dialog = EscalateDialog(it.id, self)
        dialog.accepted.connect(
            lambda: self._run_action(
                "escalate",
                lambda: self.triage.escalate(it.id, self.agent, dialog.reason(), it.version),
            )
        )
        self._open_dialog(dialog)

    def resolve(self) -> None:
        it = self._detail_item()
        if it is None or it.status.value == "resolved":
            return
        dialog = ResolveDialog(it, self)
        dialog.accepted.connect(
            lambda: self._run_action(
                "resolve",
                lambda: self.triage.resolve(it.id, self.agent, dialog.resolution(), it.version),
                leaves_queue=True,
            )
        )
        self._open_dialog(dialog)

    def open_customer(self) -> None:
        d = self.panel.detail
        if d is not None and d.customer is not None:
            self.customers.open_customer(d.customer.id)

    def correct_sentiment(self, label: str) -> None:
        it = self._detail_item()
        if it is not None:
            self._run_action(
                "sentiment", lambda: self.triage.correct_sentiment(it.id, self.agent, label)
            )

    def correct_complaint(self, is_complaint: bool) -> None:
        it = self._detail_item()
        if it is not None:
            self._run_action(
                "complaint",
                lambda: self.triage.correct_complaint(it.id, self.agent, is_complaint),
            )

    def correct_priority(self, direction: str) -> None:
        it = self._detail_item()
        if it is not None:
            self._run_action(
                "priority", lambda: self.triage.correct_priority(it.id, self.agent, direction)
            )

    def _open_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    # -- import and quarantine ------------------------------------------------------------------

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import messages"),
            str(Path.home()),
            self.tr("Messages (*.jsonl *.ndjson *.json *.csv);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Importing %1…").replace("%1", path.name))

        def done(report: ImportReport) -> None:
            self.statusBar().showMessage(
                self.tr("%1: %2 added, %3 already known, %4 quarantined")
                .replace("%1", path.name)
                .replace("%2", str(report.added))
                .replace("%3", str(report.duplicates))
                .replace("%4", str(report.quarantined)),
                15_000,
            )
            self.refresh()
            self.import_done.emit(report)

        self.tasks.write(lambda: self.triage.import_file(path), done, self._on_failed)

    def show_quarantine(self) -> None:
        dialog = QuarantineDialog(self)
        self.tasks.run(self.triage.quarantine, dialog.show_rows)
        self._open_dialog(dialog)

    def show_models(self) -> None:
        from ui.dialogs.model_dialog import ModelDialog

        def refresh() -> None:
            self.tasks.run(
                lambda: (self.triage.models(), self.triage.label_count()),
                lambda result: dialog.show_models(*result),
            )

        def failed(exc: Exception) -> None:
            dialog.show_status(labels.error_text(exc))
            dialog.train_button.setEnabled(True)

        def train() -> None:
            dialog.train_button.setEnabled(False)
            dialog.show_status(self.tr("Training on the team's labels…"))

            def done(_made: object) -> None:
                dialog.train_button.setEnabled(True)
                dialog.show_status(self.tr("Trained and compared with the shipped model."))
                refresh()

            self.tasks.write(self.triage.train_model, done, failed)

        def roll_back() -> None:
            def done(_back: object) -> None:
                dialog.show_status(self.tr("Rolled back."))
                refresh()

            self.tasks.write(lambda: self.triage.roll_back_model(self.agent), done, failed)

        dialog = ModelDialog(train, roll_back, self)
        dialog.can_train = self.triage.may(Permission.TRAIN)
        refresh()
        self._open_dialog(dialog)

    def show_dashboards(self) -> None:
        from ui.windows.dashboard_window import DashboardWindow

        self.dashboard_window = DashboardWindow(self.triage, self.tasks, parent=self)
        self.dashboard_window.show()

    def show_replay(self) -> None:
        from ui.windows.replay_window import ReplayWindow

        window = ReplayWindow(self.triage, self.tasks, self.agent, self)
        window.show()

    def show_sla_policy(self) -> None:
        from ui.dialogs.sla_policy_dialog import open_sla_policy_dialog

        dialog = open_sla_policy_dialog(self.triage, self.tasks, self)
        dialog.saved.connect(lambda _p: self.refresh())  # re-scored under the new policy
        self._open_dialog(dialog)

    def show_shortcuts(self) -> None:
        from ui.dialogs.shortcuts_dialog import ShortcutsDialog

        self._open_dialog(ShortcutsDialog(self))

    def set_language(self, code: str) -> None:
        self.settings.set_language(code)
        self.statusBar().showMessage(
            self.tr("The interface language changes the next time the app starts."), 8000
        )

    def event(self, event: QEvent) -> bool:
        """The window's repaint (every widget in it, in one pass) closes the paint gate, as the
        queue's own paint does: workers wait at their pause points meanwhile."""
        if event.type() == QEvent.Type.UpdateRequest:
            with GATE.painting():
                return super().event(event)
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.live is not None:
            self.live.stop()
        self.settings.save_window(self)
        super().closeEvent(event)
