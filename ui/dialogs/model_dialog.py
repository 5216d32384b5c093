"""The team's learned model as a team lead sees it: which is active, trained when, on how many
labels, how it measured against the shipped model, and a way back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from triage.domain.models import ModelView


def _f1(metrics: dict[str, object], head: str, who: str) -> str:
    pair = metrics.get(head)
    if not isinstance(pair, dict) or not isinstance(pair.get(who), dict):
        return "–"
    value = pair[who].get("f1")
    return f"{value:.2f}" if isinstance(value, int | float) else "–"


def _pair(metrics: dict[str, object], head: str) -> str:
    return f"{_f1(metrics, head, 'learned')} / {_f1(metrics, head, 'shipped')}"


class ModelDialog(QDialog):
    def __init__(
        self,
        on_train: Callable[[], None],
        on_roll_back: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Learned model"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Trained"),
                self.tr("Labels"),
                self.tr("Negative F1 (learned / shipped)"),
                self.tr("Complaint F1 (learned / shipped)"),
                self.tr("Used for"),
                self.tr("Active"),
                self.tr("Rolled back"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.can_train = True  # a team lead's decision; agents see the figures
        self.train_button = QPushButton(self.tr("Train now"), self)
        self.roll_back_button = QPushButton(self.tr("Roll back to the previous model"), self)
        self.train_button.clicked.connect(on_train)
        self.roll_back_button.clicked.connect(on_roll_back)
        row.addWidget(self.train_button)
        row.addWidget(self.roll_back_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1000, 380)

    def show_models(self, models: list[ModelView], labels: int) -> None:
        active = next((m for m in models if m.active), None)
        locale = QLocale()
        if active is None:
            text = self.tr("In use: the shipped model. %1 labelled messages so far.")
        else:
            text = self.tr(
                "In use: the team's model from %2 where it measured better (%3), "
                "the shipped model elsewhere. %1 labelled messages so far."
            )
            text = text.replace(
                "%2",
                locale.toString(active.trained_at.astimezone(), QLocale.FormatType.ShortFormat),
            ).replace("%3", ", ".join(self._head(h) for h in active.heads))
        self.summary.setText(text.replace("%1", str(labels)))
        self.roll_back_button.setEnabled(active is not None and self.can_train)
        self.train_button.setEnabled(self.can_train)
        self.table.setRowCount(len(models))
        for r, m in enumerate(models):
            cells = (
                locale.toString(m.trained_at.astimezone(), QLocale.FormatType.ShortFormat),
                str(m.n_labels),
                _pair(m.metrics, "sentiment"),
                _pair(m.metrics, "complaint"),
                ", ".join(self._head(h) for h in m.heads) or self.tr("nothing (not better)"),
                self.tr("yes") if m.active else "",
                (
                    f"{m.retired_by}, "
                    + locale.toString(m.retired_at.astimezone(), QLocale.FormatType.ShortFormat)
                )
                if m.retired_at
                else "",
            )
            for c, value in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _head(self, head: str) -> str:
        return {"sentiment": self.tr("tone"), "complaint": self.tr("complaints")}.get(head, head)

    def show_status(self, text: str) -> None:
        self.status.setText(text)
