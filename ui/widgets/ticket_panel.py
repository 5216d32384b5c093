"""The open ticket: why it is where it is, the thread, and the customer behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from triage.clock import Clock
from triage.domain.models import TicketDetail
from ui import labels
from ui.widgets.conversation_view import ConversationView, plain_label
from ui.widgets.customer_panel import CustomerPanel


class TicketPanel(QWidget):
    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.detail: TicketDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        head = QWidget(self)
        head.setObjectName("ticketHeader")
        hl = QVBoxLayout(head)
        hl.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        self.score = QLabel(head)
        self.score.setObjectName("scoreBadge")
        self.score.setTextFormat(Qt.TextFormat.PlainText)
        self.title = plain_label("", head, "ticketTitle")
        top.addWidget(self.score)
        top.addWidget(self.title, 1)
        hl.addLayout(top)
        self.reasons = plain_label("", head, "reasonList")
        self.state = plain_label("", head, "ticketState")
        hl.addWidget(self.reasons)
        hl.addWidget(self.state)
        self.story = plain_label("", head, "storyBanner")
        hl.addWidget(self.story)

        buttons = QHBoxLayout()
        self.claim_button = QPushButton(self.tr("Claim (C)"), head)
        self.release_button = QPushButton(self.tr("Release (Esc)"), head)
        self.note_button = QPushButton(self.tr("Note (N)"), head)
        self.escalate_button = QPushButton(self.tr("Escalate (E)"), head)
        self.resolve_button = QPushButton(self.tr("Resolve (R)"), head)
        self.resolve_button.setObjectName("primaryButton")
        for b in (
            self.claim_button,
            self.release_button,
            self.note_button,
            self.escalate_button,
            self.resolve_button,
        ):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the queue
            buttons.addWidget(b)
        buttons.addStretch(1)
        hl.addLayout(buttons)
        self.banner = plain_label("", head, "errorBanner")
        self.banner.hide()
        hl.addWidget(self.banner)
        layout.addWidget(head)

        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.conversation = ConversationView(self.split)
        self.customer = CustomerPanel(self.split)
        self.split.addWidget(self.conversation)
        self.split.addWidget(self.customer)
        self.split.setObjectName("ticketSplit")
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([520, 220])
        self.conversation.setMinimumHeight(200)
        layout.addWidget(self.split, 1)
        self.show_detail(None)

    def show_error(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def show_detail(self, detail: TicketDetail | None) -> None:
        self.detail = detail
        enabled = detail is not None
        for b in (
            self.claim_button,
            self.release_button,
            self.note_button,
            self.escalate_button,
            self.resolve_button,
        ):
            b.setEnabled(enabled)
        if detail is None:
            self.score.setText("")
            self.title.setText(self.tr("Select a ticket in the queue"))
            self.reasons.setText("")
            self.state.setText("")
            self.story.setText("")
            self.story.hide()
            self.conversation.clear()
            self.customer.show_customer(None, None)
            return
        it = detail.item
        self.score.setText(f"{it.band.value} · {it.priority}")
        if self.score.property("band") != it.band.value:  # re-styling costs ~3 ms: on change only
            self.score.setProperty("band", it.band.value)
            self.score.style().unpolish(self.score)
            self.score.style().polish(self.score)
        self.title.setText(f"#{it.id} · {it.channel} · {it.author_name or it.author}")
        self.reasons.setText(labels.reasons_text(it.explanation, "\n"))
        now = self.clock.now()
        bits = [labels.status_label(it.status)]
        if it.assignee:
            bits.append(self.tr("claimed by %1").replace("%1", it.assignee))
        if it.waiting_since:
            bits.append(
                self.tr("waiting %1").replace("%1", labels.waiting_label(it.waiting_since, now))
            )
            bits.append(
                self.tr("reply due: %1").replace("%1", labels.sla_left_label(it.sla_due_at, now))
            )
        if it.escalated:
            bits.append(self.tr("escalated"))
        self.state.setText(" · ".join(bits))
        story = detail.story
        self.story.setText(labels.story_text(story) if story is not None else "")
        self.story.setVisible(story is not None)
        resolved = it.status.value == "resolved"
        self.claim_button.setEnabled(not resolved)
        self.release_button.setEnabled(it.assignee is not None)
        self.escalate_button.setEnabled(not resolved)
        self.resolve_button.setEnabled(not resolved)
        self.conversation.show_thread(detail.messages, detail.events)
        self.customer.show_customer(detail.customer, it.id)
