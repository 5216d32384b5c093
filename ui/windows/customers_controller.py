"""Wires the customer dialogs (CRM import, ambassadors, link suggestions, the customer window)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from triage.domain.customers import CrmReport
from triage.services import Triage
from triage.services.exports import ambassadors_csv
from ui import labels
from ui.dialogs.crm_dialogs import AmbassadorsDialog, CrmImportDialog, SuggestionsDialog
from ui.tasks import TaskRunner


class CustomersController(QObject):
    changed = Signal()  # customers, links or loyalty changed: the queue may look different
    ticket_requested = Signal(int)

    def __init__(self, triage: Triage, tasks: TaskRunner, agent: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.triage = triage
        self.tasks = tasks
        self.agent = agent
        self.window = parent
        self.open_windows: list[QWidget] = []

    def import_crm(self) -> CrmImportDialog:
        dialog = CrmImportDialog(self.window)

        def start(files: dict[str, Path], mapping: dict[str, str]) -> None:
            def work() -> CrmReport:
                report = self.triage.customers.import_crm(files, self.agent, mapping)
                self.triage.recompute_loyalty()
                return report

            def done(report: CrmReport) -> None:
                dialog.show_report(report)
                self.changed.emit()

            self.tasks.write(work, done, lambda exc: dialog.show_error(labels.error_text(exc)))

        dialog.import_requested.connect(start)
        dialog.open()
        return dialog

    def ambassadors(self) -> AmbassadorsDialog:
        dialog = AmbassadorsDialog(self.window)

        def load(top: int | None = None) -> None:
            n = top or dialog.top.value()
            self.tasks.run(lambda: self.triage.customers.ambassadors(n), dialog.show_rows)

        def export(path: Path) -> None:
            rows = list(dialog.rows)

            def done(_r: object) -> None:
                dialog.show_message(self.tr("Saved %1").replace("%1", str(path)))

            self.tasks.run(
                lambda: path.write_text(ambassadors_csv(rows), encoding="utf-8"),
                done,
                lambda exc: dialog.show_message(labels.error_text(exc)),
            )

        dialog.refresh_requested.connect(load)
        dialog.export_requested.connect(export)
        dialog.customer_requested.connect(self.open_customer)
        load()
        dialog.open()
        return dialog

    def suggestions(self) -> SuggestionsDialog:
        dialog = SuggestionsDialog(self.window)

        def load() -> None:
            def work() -> object:
                self.triage.customers.refresh_suggestions()
                return self.triage.customers.suggestions()

            self.tasks.write(work, dialog.show_rows, lambda e: dialog.show_message(str(e)))

        def decided(_r: object) -> None:
            self.changed.emit()
            load()

        def failed(exc: Exception) -> None:
            dialog.show_message(labels.error_text(exc))

        dialog.confirm_requested.connect(
            lambda sid: self.tasks.write(
                lambda: self.triage.customers.confirm_suggestion(sid, self.agent), decided, failed
            )
        )
        dialog.reject_requested.connect(
            lambda sid: self.tasks.write(
                lambda: self.triage.customers.reject_suggestion(sid, self.agent), decided, failed
            )
        )
        load()
        dialog.open()
        return dialog

    def open_customer(self, customer_id: int) -> QWidget:
        from ui.windows.customer_window import CustomerWindow

        window = CustomerWindow(self.triage, self.tasks, self.agent, customer_id, self.window)
        window.ticket_activated.connect(self.ticket_requested.emit)
        window.changed.connect(self.changed.emit)
        self.open_windows.append(window)
        window.finished.connect(lambda _r: self.open_windows.remove(window))
        window.show()
        return window
