"""Small forms for the agent's actions: note, escalate, resolve."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from triage.domain.enums import REASON_CODES, Outcome
from triage.domain.models import QueueItem, Resolution
from ui import labels


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    cancel = QCoreApplication.translate("ActionDialogs", "Cancel")
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class NoteDialog(QDialog):
    def __init__(self, ticket_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note on ticket #%1").replace("%1", str(ticket_id)))
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("What happened, what you promised, what comes next"))
        layout.addWidget(self.text)
        self.buttons = _buttons(self, self.tr("Add note"))
        layout.addWidget(self.buttons)
        self.resize(480, 240)

    def note(self) -> str:
        return self.text.toPlainText().strip()


class EscalateDialog(QDialog):
    def __init__(self, ticket_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Escalate ticket #%1").replace("%1", str(ticket_id)))
        form = QFormLayout(self)
        self.kind = QComboBox(self)
        for text in (
            self.tr("Needs a team lead"),
            self.tr("Legal or regulator"),
            self.tr("Press or public exposure"),
            self.tr("Safety"),
            self.tr("Compensation above my limit"),
            self.tr("Other"),
        ):
            self.kind.addItem(text)
        self.detail = QPlainTextEdit(self)
        self.detail.setPlaceholderText(self.tr("Why, in a sentence"))
        form.addRow(self.tr("Reason"), self.kind)
        form.addRow(self.tr("Details"), self.detail)
        self.buttons = _buttons(self, self.tr("Escalate"))
        form.addRow(self.buttons)
        self.resize(460, 220)

    def reason(self) -> str:
        detail = self.detail.toPlainText().strip()
        return f"{self.kind.currentText()}: {detail}" if detail else self.kind.currentText()


class ResolveDialog(QDialog):
    """Outcome, reason codes, compensation and a note; effort figures are filled in."""

    def __init__(self, item: QueueItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve ticket #%1").replace("%1", str(item.id)))
        form = QFormLayout(self)
        self.outcome = QComboBox(self)
        for outcome in Outcome:
            self.outcome.addItem(labels.outcome_label(outcome), outcome.value)
        form.addRow(self.tr("Outcome"), self.outcome)

        codes = QWidget(self)
        grid = QGridLayout(codes)
        grid.setContentsMargins(0, 0, 0, 0)
        self.reason_boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(REASON_CODES):
            box = QCheckBox(labels.reason_code_label(code), codes)
            self.reason_boxes[code] = box
            grid.addWidget(box, i // 3, i % 3)
        form.addRow(self.tr("Reason codes"), codes)

        self.compensation = QComboBox(self)
        self.compensation.addItem(self.tr("None"), "")
        self.compensation.addItem(self.tr("Voucher"), "voucher")
        self.compensation.addItem(self.tr("Refund"), "refund")
        self.compensation.addItem(self.tr("Credit on invoice"), "credit")
        self.amount = QDoubleSpinBox(self)
        self.amount.setPrefix("€ ")
        self.amount.setRange(0, 10_000)
        self.amount.setDecimals(2)
        self.amount.setEnabled(False)
        self.compensation.currentIndexChanged.connect(
            lambda _i: self.amount.setEnabled(bool(self.compensation.currentData()))
        )
        form.addRow(self.tr("Compensation"), self.compensation)
        form.addRow(self.tr("Amount"), self.amount)

        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("What was done (optional)"))
        self.note.setFixedHeight(80)
        form.addRow(self.tr("Note"), self.note)

        effort = QLabel(self)
        effort.setTextFormat(Qt.TextFormat.PlainText)
        effort.setText(
            self.tr("Messages in this conversation: %1 · waiting since: %2")
            .replace("%1", str(item.message_count))
            .replace(
                "%2",
                item.waiting_since.astimezone().strftime("%H:%M") if item.waiting_since else "–",
            )
        )
        effort.setObjectName("hint")
        form.addRow(effort)
        self.buttons = _buttons(self, self.tr("Resolve"))
        form.addRow(self.buttons)
        self.resize(520, 420)

    def resolution(self) -> Resolution:
        return Resolution(
            outcome=Outcome(self.outcome.currentData()),
            reason_codes=tuple(c for c, b in self.reason_boxes.items() if b.isChecked()),
            compensation=str(self.compensation.currentData() or ""),
            compensation_amount=float(self.amount.value()) if self.amount.isEnabled() else 0.0,
            note=self.note.toPlainText().strip(),
        )
