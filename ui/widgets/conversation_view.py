"""The whole thread, oldest first: customers on the left, our replies on the right.

Everything customers wrote is shown as plain text, never as HTML.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from triage.domain.enums import Direction
from triage.domain.models import EventView, MessageView
from ui import labels


def plain_label(text: str, parent: QWidget | None = None, object_name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


class MessageBubble(QFrame):
    def __init__(self, message: MessageView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        inbound = message.direction is Direction.INBOUND
        self.setObjectName("inboundBubble" if inbound else "outboundBubble")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(3)
        when = QLocale().toString(message.created_at.astimezone(), QLocale.FormatType.ShortFormat)
        who = message.author_name or message.author or self.tr("us")
        meta = f"{who} · {message.channel} · {when}"
        if message.cues:
            meta += " · " + ", ".join(labels.cue_label(c) for c in message.cues)
        self.meta = plain_label(meta, self, "bubbleMeta")
        self.body = plain_label(message.text, self, "bubbleText")
        layout.addWidget(self.meta)
        layout.addWidget(self.body)


class ConversationView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._inner = QWidget(self)
        self._layout = QVBoxLayout(self._inner)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.setSpacing(8)
        self._layout.addStretch(1)
        self.setWidget(self._inner)
        self.bubbles: list[MessageBubble] = []

    def clear(self) -> None:
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.bubbles = []

    def show_thread(
        self, messages: tuple[MessageView, ...], events: tuple[EventView, ...] = ()
    ) -> None:
        self.clear()
        notes = [e for e in events if e.kind.value in ("noted", "escalated")]
        timeline: list[tuple[datetime, int, MessageView | EventView]] = [
            *((m.created_at, 0, m) for m in messages),
            *((e.at, 1, e) for e in notes),
        ]
        for _, _, entry in sorted(timeline, key=lambda t: (t[0], t[1])):
            if isinstance(entry, MessageView):
                self._add_message(entry)
            else:
                self._add_note(entry)
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    def _add_message(self, m: MessageView) -> None:
        bubble = MessageBubble(m, self._inner)
        row = QHBoxLayout()
        inbound = m.direction is Direction.INBOUND
        if not inbound:
            row.addStretch(1)
        row.addWidget(bubble, 5)
        if inbound:
            row.addStretch(1)
        self._layout.insertLayout(self._layout.count() - 1, row)
        self.bubbles.append(bubble)

    def _add_note(self, e: EventView) -> None:
        text = str(e.payload.get("text") or e.payload.get("reason") or "")
        prefix = self.tr("Note") if e.kind.value == "noted" else self.tr("Escalated")
        when = QLocale().toString(e.at.astimezone(), QLocale.FormatType.ShortFormat)
        note = plain_label(f"{prefix} · {e.actor} · {when}\n{text}", self._inner, "noteLabel")
        self._layout.insertWidget(self._layout.count() - 1, note)
