"""Wires the Sources dialog to the core: network and database work off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from triage.domain.access import Permission
from triage.domain.sources import SourceView
from triage.scheduler.service import SchedulerService
from triage.services import Triage
from triage.sources import secrets
from ui import labels
from ui.dialogs.source_form import SourceForm
from ui.dialogs.sources_dialog import SourcesDialog
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from triage.services.sources import NewSource


class SourcesController(QObject):
    unhealthy_changed = Signal(int)  # sources needing attention, for the status bar
    items_added = Signal(int)

    def __init__(self, triage: Triage, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.triage = triage
        self.tasks = tasks
        self.window = parent
        self.scheduler: SchedulerService | None = None
        self.dialog: SourcesDialog | None = None

    def attach(self, scheduler: SchedulerService) -> None:
        self.scheduler = scheduler

    # -- status -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.tasks.run(self.triage.sources.all, self._show)

    def _show(self, views: list[SourceView]) -> None:
        self.unhealthy_changed.emit(sum(1 for v in views if v.health.unhealthy))
        if self.dialog is not None:
            self.dialog.show_sources(views)

    def on_poll_done(self, name: str, added: int) -> None:
        if self.dialog is not None:
            self.dialog.polling.discard(name)
        if added:
            self.items_added.emit(added)
        self.refresh()

    # -- the dialog ---------------------------------------------------------------------------

    def open_dialog(self) -> SourcesDialog:
        dialog = SourcesDialog(self.window)
        dialog.can_manage = self.triage.may(Permission.MANAGE_SOURCES)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.add_requested.connect(lambda: self._form(None))
        dialog.edit_requested.connect(self._form)
        dialog.test_requested.connect(self._test)
        dialog.poll_requested.connect(self._poll)
        dialog.toggle_requested.connect(self._toggle)
        dialog.remove_requested.connect(self._remove)
        self.refresh()
        dialog.open()
        return dialog

    def _form(self, view: SourceView | None) -> None:
        name = view.name if view else ""
        form = SourceForm(
            view,
            secrets.keyring_available(),
            secrets.env_name(name or "NAME"),
            self.dialog or self.window,
        )
        form.accepted.connect(lambda: self._save(view, form))
        form.open()

    def _save(self, view: SourceView | None, form: SourceForm) -> None:
        new: NewSource = form.new_source()
        secret = form.secret_text()

        def work() -> SourceView:
            svc = self.triage.sources
            if view is None:
                return svc.add(new, secret or "")
            changes: dict[str, Any] = {
                "name": new.name,
                "target": new.target,
                "settings": dict(new.settings or {}),
                "keywords": list(new.keywords),
                "interval_s": new.interval_s,
                "items_per_poll": new.items_per_poll,
                "enabled": new.enabled,
            }
            return svc.update(view.name, changes, secret)

        def done(saved: SourceView) -> None:
            if self.scheduler is not None:
                self.scheduler.sync_sources()
            if self.dialog is not None:
                self.dialog.show_message(
                    self.tr("Saved %1. It is polled on its schedule.").replace("%1", saved.name)
                )
            self.refresh()

        def failed(exc: Exception) -> None:
            form.show_error(labels.error_text(exc))
            form.open()  # keep what was typed

        self.tasks.write(work, done, failed)

    def _test(self, view: SourceView) -> None:
        if self.dialog is not None:
            self.dialog.show_message(self.tr("Testing %1…").replace("%1", view.name))

        def failed(exc: Exception) -> None:
            if self.dialog is not None:
                self.dialog.show_message(
                    self.tr("Test of %1 failed: %2")
                    .replace("%1", view.name)
                    .replace("%2", labels.error_text(exc))
                )

        self.tasks.run(
            lambda: self.triage.sources.preview(view.name, 5),
            lambda items: self.dialog.show_preview(view.name, items) if self.dialog else None,
            failed,
        )

    def _poll(self, view: SourceView) -> None:
        if self.dialog is not None:
            self.dialog.polling.add(view.name)
            self.dialog.show_sources(self.dialog.views)
        if self.scheduler is not None:
            self.scheduler.poll_now(view.id)  # on the scheduler's thread; reported on finish
            return
        self.tasks.run(
            lambda: self.triage.sources.poll(view.name, force=True),
            lambda outcome: self.on_poll_done(view.name, outcome.added),
            lambda exc: self.on_poll_done(view.name, 0),
        )

    def _toggle(self, view: SourceView) -> None:
        def done(_v: object) -> None:
            if self.scheduler is not None:
                self.scheduler.sync_sources()
            self.refresh()

        self.tasks.write(
            lambda: self.triage.sources.update(view.name, {"enabled": not view.enabled}), done
        )

    def _remove(self, view: SourceView) -> None:
        parent = self.dialog or self.window
        answer = QMessageBox.question(
            parent,
            self.tr("Remove source"),
            self.tr(
                "Remove %1? Messages it brought in stay in the queue; its secret is deleted."
            ).replace("%1", view.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(_r: object) -> None:
            if self.scheduler is not None:
                self.scheduler.sync_sources()
            self.refresh()

        self.tasks.write(lambda: self.triage.sources.remove(view.name), done)
