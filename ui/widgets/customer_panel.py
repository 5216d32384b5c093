"""Who this is: identities on every channel and their other conversations, newest first."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from triage.domain.models import CustomerView
from ui import labels
from ui.widgets.conversation_view import plain_label


class CustomerPanel(QWidget):
    ticket_activated = Signal(int)
    customer_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.name = plain_label("", self, "customerName")
        self.open_button = QPushButton(self.tr("Customer view (U)"), self)
        self.open_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.open_button.clicked.connect(self.customer_requested.emit)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.open_button)
        self.identities = plain_label("", self, "customerIdentities")
        self.summary = plain_label("", self, "customerSummary")
        heading = QLabel(self.tr("Conversations on every channel, newest first"), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setObjectName("sectionHeading")
        self.tickets = QTreeWidget(self)
        self.tickets.setRootIsDecorated(False)
        self.tickets.setHeaderLabels(
            [
                self.tr("Ticket"),
                self.tr("Channel"),
                self.tr("Last activity"),
                self.tr("Status"),
                self.tr("Message"),
            ]
        )
        self.tickets.itemActivated.connect(self._activated)
        layout.addLayout(top)
        for w in (self.identities, self.summary, heading, self.tickets):
            layout.addWidget(w)
        self.show_customer(None, None)

    def show_customer(self, customer: CustomerView | None, current_ticket: int | None) -> None:
        self.tickets.clear()
        self.open_button.setEnabled(customer is not None)
        if customer is None:
            self.name.setText(self.tr("Unknown customer"))
            self.identities.setText("")
            self.summary.setText("")
            return
        self.name.setText(customer.display_name)
        self.identities.setText(
            "  ·  ".join(f"{i.channel}: {i.handle}" for i in customer.identities)
        )
        others = [t for t in customer.tickets if t.id != current_ticket]
        open_count = sum(1 for t in others if t.status.value != "resolved")
        last = next((t.outcome for t in customer.tickets if t.outcome is not None), None)
        parts = [
            self.tr("%n other conversation(s)", "", len(others)),
            self.tr("%n still open", "", open_count),
            self.tr("channels: %1").replace("%1", ", ".join(customer.channels) or "–"),
        ]
        if last is not None:
            parts.append(self.tr("last outcome: %1").replace("%1", labels.outcome_label(last)))
        self.summary.setText(" · ".join(parts))
        locale = QLocale()
        for t in customer.tickets:
            row = QTreeWidgetItem(
                [
                    f"#{t.id}",
                    t.channel,
                    locale.toString(
                        t.last_activity_at.astimezone(), QLocale.FormatType.ShortFormat
                    ),
                    labels.status_label(t.status),
                    " ".join(t.snippet.split())[:120],
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, t.id)
            if t.id == current_ticket:
                font = row.font(0)
                font.setBold(True)
                for col in range(5):
                    row.setFont(col, font)
            self.tickets.addTopLevelItem(row)
        for col in range(4):
            self.tickets.resizeColumnToContents(col)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        ticket_id = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(ticket_id, int):
            self.ticket_activated.emit(ticket_id)
