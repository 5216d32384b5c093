"""The team lead's and administrator's tools: escalation review, people, alerts."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from triage.domain.access import Permission
from triage.domain.enums import Role
from triage.services import Triage
from ui import labels
from ui.dialogs.review_dialogs import EscalationReview, PeopleDialog
from ui.notifier import Notifier
from ui.tasks import TaskRunner


class LeadController(QObject):
    changed = Signal()
    ticket_requested = Signal(int)

    def __init__(self, triage: Triage, tasks: TaskRunner, agent: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.triage = triage
        self.tasks = tasks
        self.agent = agent
        self.window = parent
        self.review: EscalationReview | None = None
        self.notifier = Notifier(parent, self._status)
        self.notifier.ticket_requested.connect(self.ticket_requested.emit)
        self._since: datetime = triage.clock.now() - timedelta(minutes=5)

    def _status(self, text: str) -> None:
        bar = getattr(self.window, "statusBar", None)
        if bar is not None:
            bar().showMessage(text, 15_000)

    # -- alerts ------------------------------------------------------------------------------

    def check_alerts(self) -> None:
        """Called after each scheduled re-score; the query runs off the GUI thread."""
        if not self.triage.may(Permission.READ_CASES):
            return
        since = self._since
        self._since = self.triage.clock.now()
        self.tasks.run(lambda: self.triage.alerts(since), self.notifier.offer)

    # -- escalation review -------------------------------------------------------------------

    def open_review(self) -> EscalationReview:
        people = [p.name for p in self.triage.people() if p.role is not Role.TRAINER]
        dialog = EscalationReview(people, self.window)
        self.review = dialog
        dialog.finished.connect(lambda _r: setattr(self, "review", None))

        def load() -> None:
            self.tasks.run(
                self.triage.escalation_queue,
                dialog.show_rows,
                lambda exc: dialog.show_message(labels.error_text(exc)),
            )

        def done(_item: object) -> None:
            self.changed.emit()
            load()

        def failed(exc: Exception) -> None:
            dialog.show_message(labels.error_text(exc))

        dialog.approve_requested.connect(
            lambda tid, note: self.tasks.write(
                lambda: self.triage.approve_escalation(tid, self.agent, note), done, failed
            )
        )
        dialog.return_requested.connect(
            lambda tid, note: self.tasks.write(
                lambda: self.triage.return_escalation(tid, self.agent, note), done, failed
            )
        )
        dialog.reassign_requested.connect(
            lambda tid, who: self.tasks.write(
                lambda: self.triage.reassign(tid, self.agent, who), done, failed
            )
        )
        dialog.open_requested.connect(self.ticket_requested.emit)
        load()
        dialog.open()
        return dialog

    # -- people ------------------------------------------------------------------------------

    def open_people(self) -> PeopleDialog:
        dialog = PeopleDialog(self.triage.may(Permission.MANAGE_PEOPLE), self.window)

        def load() -> None:
            self.tasks.run(self.triage.people, dialog.show_people)

        def change(name: str, role: str) -> None:
            def done(_v: object) -> None:
                dialog.show_message(
                    self.tr("%1 is now: %2").replace("%1", name).replace("%2", role)
                )

            def failed(exc: Exception) -> None:
                dialog.show_message(labels.error_text(exc))
                load()

            self.tasks.write(lambda: self.triage.set_role(name, Role(role)), done, failed)

        dialog.role_requested.connect(change)
        load()
        dialog.open()
        return dialog
