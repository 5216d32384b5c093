"""Add or edit one source: the fields shown follow the kind of source."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from triage.domain.sources import SourceView
from triage.services.sources import NewSource
from triage.sources.base import SourceKind
from ui import labels

# Which setting each optional field edits, per kind; a field no kind uses stays hidden.
FIELDS: dict[str, dict[SourceKind, str]] = {
    "mode": {SourceKind.MASTODON: "mode", SourceKind.BLUESKY: "mode"},
    "hashtag": {SourceKind.MASTODON: "hashtag"},
    "account": {SourceKind.MASTODON: "account"},
    "user": {SourceKind.BLUESKY: "handle", SourceKind.IMAP: "username"},
    "folder": {SourceKind.IMAP: "folder"},
    "channel": {SourceKind.RSS: "channel", SourceKind.FOLDER: "channel"},
}
MODES: dict[SourceKind, tuple[str, ...]] = {
    SourceKind.MASTODON: ("notifications", "hashtag", "search", "account"),
    SourceKind.BLUESKY: ("search", "notifications"),
}
NEEDS_SECRET = (SourceKind.MASTODON, SourceKind.BLUESKY, SourceKind.IMAP)


class SourceForm(QDialog):
    def __init__(
        self,
        view: SourceView | None,
        keyring_ok: bool,
        env_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sourceForm")
        self.view = view
        self.setWindowTitle(self.tr("Edit source") if view else self.tr("Add source"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in SourceKind:
            self.kind.addItem(labels.source_kind_label(kind.value), kind.value)
        self.target = QLineEdit(self)
        self.mode = QComboBox(self)
        self.hashtag = QLineEdit(self)
        self.account = QLineEdit(self)
        self.user = QLineEdit(self)
        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText("INBOX")
        self.channel = QLineEdit(self)
        self.keywords = QLineEdit(self)
        self.keywords.setPlaceholderText(self.tr("e.g. acme, @acme_nl, #acmestoring"))
        self.interval = QSpinBox(self)
        self.interval.setRange(1, 24 * 60)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(5)
        self.per_poll = QSpinBox(self)
        self.per_poll.setRange(1, 1000)
        self.per_poll.setValue(200)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.enabled = QCheckBox(self.tr("Poll on schedule"), self)
        self.enabled.setChecked(True)
        self.secret_note = QLabel(self)
        self.secret_note.setWordWrap(True)
        self.secret_note.setTextFormat(Qt.TextFormat.PlainText)
        if keyring_ok:
            self.secret_note.setText(self.tr("Kept in the system keyring, never in the database."))
        else:
            self.secret_note.setText(
                self.tr(
                    "No system keyring is available, so a secret cannot be saved. Install and "
                    "unlock one (GNOME Keyring or KWallet), or set the environment variable %1 "
                    "before starting the app."
                ).replace("%1", env_name)
            )
            self.secret_note.setObjectName("warning")
            self.secret.setEnabled(False)
        self.rows: dict[str, QWidget] = {}
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Type"), self.kind)
        self.target_label = QLabel(self)
        form.addRow(self.target_label, self.target)
        for key, widget, text in (
            ("mode", self.mode, self.tr("What to follow")),
            ("hashtag", self.hashtag, self.tr("Hashtag")),
            ("account", self.account, self.tr("Account")),
            ("user", self.user, self.tr("User name")),
            ("folder", self.folder, self.tr("Mail folder")),
            ("channel", self.channel, self.tr("Channel name")),
        ):
            form.addRow(text, widget)
            self.rows[key] = widget
        form.addRow(self.tr("Brand keywords"), self.keywords)
        form.addRow(self.tr("Every"), self.interval)
        form.addRow(self.tr("Items per poll"), self.per_poll)
        self.secret_label = QLabel(self.tr("Token or password"), self)
        form.addRow(self.secret_label, self.secret)
        form.addRow("", self.secret_note)
        form.addRow("", self.enabled)
        self.form = form
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self._accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if view is not None:
            self._fill(view)
        self._kind_changed()

    def current_kind(self) -> SourceKind:
        return SourceKind(str(self.kind.currentData()))

    def _fill(self, v: SourceView) -> None:
        self.name.setText(v.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(v.kind)))
        self.kind.setEnabled(False)  # another kind is another source
        self.target.setText(v.target)
        self.keywords.setText(", ".join(v.keywords))
        self.interval.setValue(max(1, v.interval_s // 60))
        self.per_poll.setValue(v.items_per_poll)
        self.enabled.setChecked(v.enabled)
        kind = SourceKind(v.kind)
        for key, widget in self.rows.items():
            setting = FIELDS[key].get(kind)
            if setting and isinstance(widget, QLineEdit):
                widget.setText(str(v.settings.get(setting, "")))
        if v.has_secret:
            self.secret.setPlaceholderText(self.tr("(kept; type to replace)"))

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        for key, widget in self.rows.items():
            visible = kind in FIELDS[key]
            widget.setVisible(visible)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(visible)
        self.mode.clear()
        for mode in MODES.get(kind, ()):
            self.mode.addItem(labels.source_mode_label(mode), mode)
        if self.view is not None and self.view.settings.get("mode"):
            self.mode.setCurrentIndex(max(0, self.mode.findData(self.view.settings["mode"])))
        needs = kind in NEEDS_SECRET
        for widget in (self.secret, self.secret_label, self.secret_note):
            widget.setVisible(needs)
        self.target_label.setText(
            {
                SourceKind.RSS: self.tr("Feed address"),
                SourceKind.MASTODON: self.tr("Instance address"),
                SourceKind.BLUESKY: self.tr("Service address"),
                SourceKind.IMAP: self.tr("Mail server (host:port)"),
                SourceKind.FOLDER: self.tr("Folder"),
            }[kind]
        )
        self.target.setPlaceholderText(
            {
                SourceKind.RSS: "https://www.example.com/reviews.rss",
                SourceKind.MASTODON: "https://mastodon.social",
                SourceKind.BLUESKY: "https://bsky.social",
                SourceKind.IMAP: "imap.example.com:993",
                SourceKind.FOLDER: "/home/care/exports",
            }[kind]
        )

    def _accept(self) -> None:
        if not self.name.text().strip() or not self.target.text().strip():
            self.error.setText(self.tr("A source needs a name and a target."))
            return
        self.accept()

    def new_source(self) -> NewSource:
        kind = self.current_kind()
        settings: dict[str, Any] = dict(self.view.settings) if self.view else {}
        for key, widget in self.rows.items():
            setting = FIELDS[key].get(kind)
            if setting is None:
                continue
            value = (
                str(self.mode.currentData() or "") if widget is self.mode else widget.text().strip()  # type: ignore[attr-defined]
            )
            if value:
                settings[setting] = value
            else:
                settings.pop(setting, None)
        return NewSource(
            name=self.name.text().strip(),
            kind=kind,
            target=self.target.text().strip(),
            interval_s=self.interval.value() * 60,
            keywords=tuple(k.strip() for k in self.keywords.text().split(",") if k.strip()),
            settings=settings,
            items_per_poll=self.per_poll.value(),
            enabled=self.enabled.isChecked(),
        )

    def secret_text(self) -> str | None:
        """The new secret; None when the field was left alone."""
        text = self.secret.text()
        return text if text else None

    def show_error(self, text: str) -> None:
        self.error.setText(text)
