"""The whole thread, oldest first: customers on the left, our replies on the right.

Everything customers wrote is shown as plain text, never as HTML.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, Qt, QTimer
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
    def __init__(self, inbound: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inbound = inbound
        self.setObjectName("inboundBubble" if inbound else "outboundBubble")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(3)
        self.meta = plain_label("", self, "bubbleMeta")
        self.body = plain_label("", self, "bubbleText")
        layout.addWidget(self.meta)
        layout.addWidget(self.body)

    def show_message(self, message: MessageView) -> None:
        when = QLocale().toString(message.created_at.astimezone(), QLocale.FormatType.ShortFormat)
        who = message.author_name or message.author or self.tr("us")
        meta = f"{who} · {message.channel} · {when}"
        if message.cues:
            meta += " · " + ", ".join(labels.cue_label(c) for c in message.cues)
        self.meta.setText(meta)
        self.body.setText(message.text)


class _Slot(QWidget):
    """One place in the thread: a customer's message (left), ours (right) or a note. Both
    bubbles and the note are made once and shown or hidden: making and styling new widgets for
    every ticket opened was most of the 14 ms it took."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.inbound = MessageBubble(True, self)
        self.outbound = MessageBubble(False, self)
        self.note = plain_label("", self, "noteLabel")
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self.inbound, 5)
        self._row.addStretch(1)  # the side a bubble does not take
        self._row.addWidget(self.outbound, 5)
        self._row.addWidget(self.note, 1)

    def show_entry(
        self, entry: MessageView | EventView, note_text: str = ""
    ) -> MessageBubble | None:
        if isinstance(entry, MessageView):
            inbound = entry.direction is Direction.INBOUND
            bubble, other = (
                (self.inbound, self.outbound) if inbound else (self.outbound, self.inbound)
            )
            bubble.show_message(entry)
            other.hide()
            self.note.hide()
            self._row.setStretch(1, 1)
            bubble.show()
            return bubble
        self.inbound.hide()
        self.outbound.hide()
        self._row.setStretch(1, 0)
        self.note.setText(note_text)
        self.note.show()
        return None


SPARE_SLOTS = 8  # places made ahead: most threads are shorter


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
        self._slots: list[_Slot] = []
        self._spare_timer = QTimer(self)  # the view's own: it goes when the view does
        self._spare_timer.setSingleShot(True)
        self._spare_timer.setInterval(0)
        self._spare_timer.timeout.connect(self._add_spare)
        self.bubbles: list[MessageBubble] = []  # the messages shown, oldest first

    def clear(self) -> None:
        for slot in self._slots:
            slot.hide()
        self.bubbles = []

    def show_thread(
        self, messages: tuple[MessageView, ...], events: tuple[EventView, ...] = ()
    ) -> None:
        notes = [e for e in events if e.kind.value in ("noted", "escalated")]
        timeline: list[tuple[datetime, int, MessageView | EventView]] = [
            *((m.created_at, 0, m) for m in messages),
            *((e.at, 1, e) for e in notes),
        ]
        entries = [entry for _, _, entry in sorted(timeline, key=lambda t: (t[0], t[1]))]
        while len(self._slots) < len(entries):
            self._add_slot()
        self.bubbles = []
        for slot, entry in zip(self._slots, entries, strict=False):
            bubble = slot.show_entry(
                entry, "" if isinstance(entry, MessageView) else self._note_text(entry)
            )
            if bubble is not None:
                self.bubbles.append(bubble)
            slot.show()
        for slot in self._slots[len(entries) :]:
            slot.hide()
        self._inner.layout().activate()
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())
        if len(self._slots) < SPARE_SLOTS:
            self._spare_timer.start()

    def _add_slot(self) -> _Slot:
        slot = _Slot(self._inner)
        slot.hide()
        self._layout.insertWidget(len(self._slots), slot)
        self._slots.append(slot)
        return slot

    def _add_spare(self) -> None:
        """One more slot made ahead, a turn of the event loop at a time (about 1.3 ms each):
        making the bubbles of a longer thread than any before cost its opening 5-6 ms."""
        if len(self._slots) < SPARE_SLOTS:
            self._add_slot()
            self._spare_timer.start()

    def _note_text(self, e: EventView) -> str:
        text = str(e.payload.get("text") or e.payload.get("reason") or "")
        prefix = self.tr("Note") if e.kind.value == "noted" else self.tr("Escalated")
        when = QLocale().toString(e.at.astimezone(), QLocale.FormatType.ShortFormat)
        return f"{prefix} · {e.actor} · {when}\n{text}"
