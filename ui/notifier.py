"""Desktop notifications for new top-priority tickets and replies about to be late.

Rate-limited: at most one notification a few minutes, summarising what arrived meanwhile, and
never twice for the same ticket and reason. Without a system tray (a bare window manager,
offscreen) the same text goes to the status bar.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QSystemTrayIcon, QWidget

from triage.services.alerts import Alert

MIN_GAP_S = 180.0  # seconds between two notifications


class Notifier(QObject):
    shown = Signal(str, str)  # title, text: what was (or would have been) shown
    ticket_requested = Signal(int)

    def __init__(
        self,
        parent: QWidget,
        status: Callable[[str], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.status = status
        self.clock = clock
        self.seen: set[tuple[str, int]] = set()
        self.last_shown: float | None = None
        self.pending: list[Alert] = []
        self.since: datetime | None = None
        self.tray: QSystemTrayIcon | None = None
        self._first: int | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = parent.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(QIcon(icon), parent)
            self.tray.setToolTip(self.tr("Webcare Triage"))
            self.tray.messageClicked.connect(self._clicked)
            self.tray.show()

    def offer(self, found: list[Alert]) -> None:
        """New alerts from the core; shows them now or folds them into the next summary."""
        fresh = [a for a in found if (a.kind, a.ticket_id) not in self.seen]
        for a in fresh:
            self.seen.add((a.kind, a.ticket_id))
        self.pending.extend(fresh)
        if not self.pending:
            return
        now = self.clock()
        if self.last_shown is not None and now - self.last_shown < MIN_GAP_S:
            return
        self.last_shown = now
        title, text = self._summary(self.pending)
        self._first = self.pending[0].ticket_id
        self.pending = []
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 8000)
        self.status(f"{title}: {text}")
        self.shown.emit(title, text)

    def _summary(self, items: list[Alert]) -> tuple[str, str]:
        top = [a for a in items if a.kind == "top_priority"]
        late = [a for a in items if a.kind == "breach_soon"]
        if len(items) == 1:
            a = items[0]
            if a.kind == "top_priority":
                return (
                    self.tr("New top-priority ticket"),
                    self.tr("#%1 on %2 from %3 (priority %4)")
                    .replace("%1", str(a.ticket_id))
                    .replace("%2", a.channel)
                    .replace("%3", a.author)
                    .replace("%4", str(a.priority)),
                )
            return (
                self.tr("Reply due soon"),
                self.tr("#%1 on %2: reply due in %3 min")
                .replace("%1", str(a.ticket_id))
                .replace("%2", a.channel)
                .replace("%3", str(a.minutes_left if a.minutes_left is not None else 0)),
            )
        parts = []
        if top:
            parts.append(self.tr("%n new top-priority ticket(s)", "", len(top)))
        if late:
            parts.append(self.tr("%n reply(ies) due within 10 minutes", "", len(late)))
        return self.tr("Needs attention"), " · ".join(parts)

    def _clicked(self) -> None:
        if self._first is not None:
            self.ticket_requested.emit(self._first)
