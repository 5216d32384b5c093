"""CRM import, the ambassador list and link suggestions: the customer side of the Tools menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from triage.domain.customers import Ambassador, CrmReport, SuggestionView
from ui import labels
from ui.widgets.tables import plain_cell, plain_table

CRM_KINDS = ("customers", "orders", "surveys", "referrals")


class CrmImportDialog(QDialog):
    """Pick the CRM exports; column names from other tools can be mapped onto ours."""

    import_requested = Signal(dict, dict)  # kind -> Path, column -> header

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crmImportDialog")
        self.setWindowTitle(self.tr("Import CRM data"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Customers first: orders, surveys and referrals refer to their customer_id. "
                "Rows that cannot be used are quarantined with the reason; the rest is imported."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.paths: dict[str, QLineEdit] = {}
        names = {
            "customers": self.tr("Customers (customers.csv)"),
            "orders": self.tr("Orders (orders.csv)"),
            "surveys": self.tr("Surveys (surveys.csv)"),
            "referrals": self.tr("Referrals (referrals.csv)"),
        }
        for kind in CRM_KINDS:
            row = QHBoxLayout()
            edit = QLineEdit(self)
            edit.setPlaceholderText(self.tr("not imported"))
            browse = QPushButton(self.tr("Choose…"), self)
            browse.clicked.connect(lambda _c=False, k=kind: self._browse(k))
            row.addWidget(edit, 1)
            row.addWidget(browse)
            form.addRow(names[kind], row)
            self.paths[kind] = edit
        self.mapping = QLineEdit(self)
        self.mapping.setPlaceholderText("customer_id=Klantnummer, email=E-mailadres")
        form.addRow(self.tr("Column names"), self.mapping)
        layout.addLayout(form)
        self.report = QLabel(self)
        self.report.setTextFormat(Qt.TextFormat.PlainText)
        self.report.setWordWrap(True)
        layout.addWidget(self.report)
        self.errors = plain_table(self, [self.tr("File"), self.tr("Line"), self.tr("Reason")])
        self.errors.setVisible(False)
        layout.addWidget(self.errors, 1)
        box = QDialogButtonBox(self)
        self.import_button = box.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        box.addButton(QDialogButtonBox.StandardButton.Close)
        box.accepted.connect(self._start)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def _browse(self, kind: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a CSV file"), str(Path.home()), self.tr("CSV (*.csv *.txt)")
        )
        if path:
            self.paths[kind].setText(path)

    def files(self) -> dict[str, Path]:
        return {k: Path(e.text().strip()) for k, e in self.paths.items() if e.text().strip()}

    def column_mapping(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for pair in self.mapping.text().split(","):
            column, sep, header = pair.partition("=")
            if sep and column.strip() and header.strip():
                out[column.strip()] = header.strip()
        return out

    def _start(self) -> None:
        files = self.files()
        missing = [str(p) for p in files.values() if not p.is_file()]
        if not files:
            self.report.setText(self.tr("Choose at least one file."))
            return
        if missing:
            self.report.setText(self.tr("No such file: %1").replace("%1", ", ".join(missing)))
            return
        self.import_button.setEnabled(False)
        self.report.setText(self.tr("Importing…"))
        self.import_requested.emit(files, self.column_mapping())

    def show_report(self, r: CrmReport) -> None:
        self.import_button.setEnabled(True)
        self.report.setText(
            self.tr(
                "Customers: %1 new, %2 updated, %3 linked by e-mail or handle. "
                "Orders: %4. Surveys: %5. Referrals: %6. Quarantined: %7."
            )
            .replace("%1", str(r.customers_added))
            .replace("%2", str(r.customers_updated))
            .replace("%3", str(r.merged))
            .replace("%4", str(r.orders))
            .replace("%5", str(r.surveys))
            .replace("%6", str(r.referrals))
            .replace("%7", str(r.quarantined))
        )
        self.errors.setRowCount(len(r.errors))
        self.errors.setVisible(bool(r.errors))
        for row, e in enumerate(r.errors):
            self.errors.setItem(row, 0, plain_cell(str(e.get("file", ""))))
            self.errors.setItem(row, 1, plain_cell(str(e.get("line", ""))))
            self.errors.setItem(row, 2, plain_cell(str(e.get("reason", ""))))
        self.errors.resizeColumnToContents(0)

    def show_error(self, text: str) -> None:
        self.import_button.setEnabled(True)
        self.report.setText(text)


class AmbassadorsDialog(QDialog):
    """Customers to invite to the referral programme, with why, exportable as CSV."""

    export_requested = Signal(Path)
    customer_requested = Signal(int)
    refresh_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ambassadorsDialog")
        self.setWindowTitle(self.tr("Ambassadors"))
        self.resize(980, 520)
        self.rows: list[Ambassador] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Customers with the highest referral value and enthusiasm. Detractors, "
                "anti-promoters and leavers are left out."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show the top"), self))
        self.top = QSpinBox(self)
        self.top.setRange(5, 1000)
        self.top.setValue(50)
        self.top.valueChanged.connect(self.refresh_requested.emit)
        top.addWidget(self.top)
        top.addStretch(1)
        layout.addLayout(top)
        self.table = plain_table(
            self,
            [
                self.tr("#"),
                self.tr("Name"),
                self.tr("CRM id"),
                self.tr("Referral value"),
                self.tr("Loyalty score"),
                self.tr("NPS"),
                self.tr("Group"),
                self.tr("Why"),
            ],
        )
        self.table.doubleClicked.connect(self._open)
        for col, width in enumerate((40, 170, 90, 125, 120, 50, 230)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        box = QDialogButtonBox(self)
        export = box.addButton(self.tr("Export CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        export.clicked.connect(self._export)
        box.addButton(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def show_rows(self, rows: list[Ambassador]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for n, a in enumerate(rows):
            flags = ", ".join(labels.flag_label(f) for f in a.flags)
            group = labels.segment_label(a.segment) + (f" ({flags})" if flags else "")
            cells = [
                str(n + 1),
                a.name,
                a.crm_id or "–",
                f"{a.referral_value:,.2f}",
                str(a.score),
                "–" if a.nps is None else str(a.nps),
                group,
                "; ".join(a.reasons),
            ]
            for col, text in enumerate(cells):
                self.table.setItem(n, col, plain_cell(text))
        self.status.setText(self.tr("%n customer(s)", "", len(rows)))

    def _open(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.customer_requested.emit(self.rows[row].customer_id)

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export ambassadors"),
            str(Path.home() / "ambassadors.csv"),
            self.tr("CSV (*.csv)"),
        )
        if path:
            self.export_requested.emit(Path(path))

    def show_message(self, text: str) -> None:
        self.status.setText(text)


class SuggestionsDialog(QDialog):
    """Possible links between a new voice and a known customer: an agent confirms or rejects."""

    confirm_requested = Signal(int)
    reject_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsDialog")
        self.setWindowTitle(self.tr("Link suggestions"))
        self.resize(940, 460)
        self.rows: list[SuggestionView] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These accounts may belong to a known customer. Nothing is linked until you "
                "confirm; a confirmed link is a merge that can be undone in the customer window."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = plain_table(
            self,
            [self.tr("Account"), self.tr("Could be"), self.tr("Likeness"), self.tr("Because")],
        )
        for col, width in enumerate((230, 200, 80)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        box = QDialogButtonBox(self)
        self.confirm = box.addButton(
            self.tr("Same person: link"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.reject_button = box.addButton(
            self.tr("Not the same"), QDialogButtonBox.ButtonRole.ActionRole
        )
        box.addButton(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        self.confirm.clicked.connect(lambda: self._emit(self.confirm_requested))
        self.reject_button.clicked.connect(lambda: self._emit(self.reject_requested))
        layout.addWidget(box)

    def _emit(self, signal: Signal) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            signal.emit(self.rows[row].id)  # type: ignore[attr-defined]

    def show_rows(self, rows: list[SuggestionView]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for n, s in enumerate(rows):
            cells = [
                f"{s.identity_channel}: {s.identity_handle}",
                f"{s.customer_name} (#{s.customer_id})",
                f"{s.score:.0f}%",
                "; ".join(s.reasons),
            ]
            for col, text in enumerate(cells):
                self.table.setItem(n, col, plain_cell(text))
        if rows:
            self.table.selectRow(0)
        self.confirm.setEnabled(bool(rows))
        self.reject_button.setEnabled(bool(rows))
        self.status.setText(
            self.tr("%n suggestion(s) to decide", "", len(rows))
            if rows
            else self.tr("Nothing to decide.")
        )

    def show_message(self, text: str) -> None:
        self.status.setText(text)
