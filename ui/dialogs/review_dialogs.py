"""The team lead's escalation review and the administrator's people list."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from triage.domain.enums import Role
from triage.domain.models import AgentView
from triage.services.escalations import ReviewItem
from ui import labels
from ui.widgets.tables import plain_cell, plain_table


def role_label(role: Role) -> str:
    return {
        Role.AGENT: labels.translate("Labels", "Agent"),
        Role.LEAD: labels.translate("Labels", "Team lead"),
        Role.TRAINER: labels.translate("Labels", "Trainer"),
        Role.ADMIN: labels.translate("Labels", "Administrator"),
    }[role]


def source_label(source: str) -> str:
    return {
        "manual": labels.translate("Labels", "by an agent"),
        "rule:threat": labels.translate("Labels", "rule: legal, media or safety"),
        "rule:sla_breach": labels.translate("Labels", "rule: SLA breached"),
        "rule:high_reach": labels.translate("Labels", "rule: high-reach author"),
        "rule:worsening": labels.translate("Labels", "rule: thread getting worse"),
    }.get(source, source)


class EscalationReview(QDialog):
    """Escalations waiting for a team lead, oldest first, each with who or what raised it."""

    approve_requested = Signal(int, str)
    return_requested = Signal(int, str)
    reassign_requested = Signal(int, str)
    open_requested = Signal(int)

    def __init__(self, people: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("escalationReview")
        self.setWindowTitle(self.tr("Escalations to review"))
        self.resize(1150, 520)
        self.rows: list[ReviewItem] = []
        self.people = people
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Raised by an agent or by a rule. Approve to take it on, reassign it to someone, "
                "or return it to the agent with a note. Double-click opens the ticket."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = plain_table(
            self,
            [
                self.tr("Ticket"),
                self.tr("Priority"),
                self.tr("Raised"),
                self.tr("By"),
                self.tr("Why"),
                self.tr("Assignee"),
                self.tr("Customer"),
                self.tr("Message"),
            ],
        )
        for col, width in enumerate((70, 70, 120, 200, 280, 90, 130)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(self._open)
        self.table.itemSelectionChanged.connect(self._update)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.approve = QPushButton(self.tr("&Approve"), self)
        self.reassign = QPushButton(self.tr("Re&assign…"), self)
        self.give_back = QPushButton(self.tr("&Return with a note…"), self)
        for b in (self.approve, self.reassign, self.give_back):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.approve.clicked.connect(self._approve)
        self.reassign.clicked.connect(self._reassign)
        self.give_back.clicked.connect(self._return)
        self._update()

    def selected(self) -> ReviewItem | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def show_rows(self, rows: list[ReviewItem]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        locale = QLocale()
        for n, it in enumerate(rows):
            raised = _when(locale, it.escalated_at)
            who = it.raised_by if it.source == "manual" else source_label(it.source)
            cells = [
                f"#{it.ticket_id}",
                f"{it.band} · {it.priority}",
                raised,
                who,
                labels.escalation_reason_text(it.reason, it.source),
                it.assignee or "–",
                it.author,
                " ".join(it.snippet.split()),
            ]
            for col, text in enumerate(cells):
                self.table.setItem(n, col, plain_cell(text))
        if rows:
            self.table.selectRow(0)
        self.status.setText(
            self.tr("%n escalation(s) waiting", "", len(rows))
            if rows
            else self.tr("Nothing waiting.")
        )
        self._update()

    def show_message(self, text: str) -> None:
        self.status.setText(text)

    def _update(self) -> None:
        on = self.selected() is not None
        for b in (self.approve, self.reassign, self.give_back):
            b.setEnabled(on)

    def _open(self) -> None:
        it = self.selected()
        if it is not None:
            self.open_requested.emit(it.ticket_id)

    def _approve(self) -> None:
        it = self.selected()
        if it is not None:
            self.approve_requested.emit(it.ticket_id, "")

    def _reassign(self) -> None:
        it = self.selected()
        if it is None or not self.people:
            return
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Reassign"),
            self.tr("Give ticket #%1 to:").replace("%1", str(it.ticket_id)),
            self.people,
            0,
            False,
        )
        if ok and name:
            self.reassign_requested.emit(it.ticket_id, name)

    def _return(self) -> None:
        it = self.selected()
        if it is None:
            return
        note, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Return to the agent"),
            self.tr("Why this is not one for a team lead (the agent reads this):"),
        )
        if ok and note.strip():
            self.return_requested.emit(it.ticket_id, note)


class PeopleDialog(QDialog):
    """Who works on this desk and in which role; only an administrator may change roles."""

    role_requested = Signal(str, str)

    def __init__(self, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleDialog")
        self.setWindowTitle(self.tr("People and roles"))
        self.resize(560, 420)
        self.can_edit = can_edit
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Agents work the queue; team leads also review escalations, SLA policies, "
                "dashboards and the learned model; trainers see anonymised cases only; "
                "administrators manage people and sources."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = plain_table(self, [self.tr("Name"), self.tr("Shown as"), self.tr("Role")])
        self.table.setColumnWidth(0, 140)
        self.table.setColumnWidth(1, 180)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        if not can_edit:
            self.status.setText(self.tr("Only an administrator can change roles."))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def show_people(self, people: list[AgentView]) -> None:
        self.table.setRowCount(len(people))
        for n, p in enumerate(people):
            self.table.setItem(n, 0, plain_cell(p.name))
            self.table.setItem(n, 1, plain_cell(p.display_name))
            box = QComboBox(self.table)
            for role in Role:
                box.addItem(role_label(role), role.value)
            box.setCurrentIndex(box.findData(p.role.value))
            box.setEnabled(self.can_edit)
            box.currentIndexChanged.connect(
                lambda _i, b=box, name=p.name: self.role_requested.emit(name, str(b.currentData()))
            )
            self.table.setCellWidget(n, 2, box)

    def show_message(self, text: str) -> None:
        self.status.setText(text)


def _when(locale: QLocale, at: datetime | None) -> str:
    if at is None:
        return "–"
    return locale.toString(at.astimezone(), QLocale.FormatType.ShortFormat)
