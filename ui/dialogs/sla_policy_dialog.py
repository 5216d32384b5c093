"""The team's SLA policy: reply and resolution targets per kind of channel and priority band,
business hours per weekday, holidays, and when to warn before a target is missed.

Team leads and administrators edit it; everyone else sees it read-only, with the reason.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from triage.domain.access import Permission
from triage.domain.enums import Band, Visibility
from triage.scoring.sla_policy import (
    BANDS,
    CHANNEL_KINDS,
    DEFAULT_POLICIES,
    MAX_TARGET_MINUTES,
    MAX_WARN_MINUTES,
    MINUTES_PER_DAY,
    OFFICE_WEEK,
    BusinessHours,
    Interval,
    PolicyError,
    PolicySet,
    SlaPolicy,
    format_hhmm,
)
from ui import labels

if TYPE_CHECKING:
    from triage.services import Triage
    from triage.services.policies import PolicyInfo
    from ui.tasks import TaskRunner

_TOKEN = re.compile(r"(\d+)\s*([^\d\s]*)")


class DurationSpinBox(QSpinBox):
    """A duration in minutes shown as "45 min", "4 h" or "1 h 30 min". Typed text may use
    min, h (u) and d; a bare number is in the box's own unit (minutes or hours)."""

    def __init__(self, unit_minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit_minutes = unit_minutes
        self.setRange(1, MAX_TARGET_MINUTES)
        self.setSingleStep(unit_minutes if unit_minutes > 1 else 5)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setAccelerated(True)
        self.setMinimumWidth(110)

    def _units(self) -> dict[str, int]:
        words = {"m": 1, "min": 1, "h": 60, "u": 60, "uur": 60, "d": MINUTES_PER_DAY}
        words[self.tr("min").lower()] = 1
        words[self.tr("h").lower()] = 60
        words[self.tr("d").lower()] = MINUTES_PER_DAY
        return words

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt's name
        hours, minutes = divmod(value, 60)
        if hours == 0:
            return self.tr("%1 min").replace("%1", str(minutes))
        if minutes == 0:
            return self.tr("%1 h").replace("%1", str(hours))
        return self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(minutes))

    def parse(self, text: str) -> int | None:
        clean = text.strip().lower()
        if not clean:
            return None
        units = self._units()
        total, pos, tokens = 0, 0, list(_TOKEN.finditer(clean))
        if not tokens:
            return None
        for i, m in enumerate(tokens):
            if clean[pos : m.start()].strip():
                return None
            pos = m.end()
            word = m.group(2)
            if word:
                if word not in units:
                    return None
                total += int(m.group(1)) * units[word]
            else:  # a bare number: the box's unit alone, minutes after another part
                total += int(m.group(1)) * (self.unit_minutes if i == 0 else 1)
        if clean[pos:].strip():
            return None
        return total

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's name
        value = self.parse(text)
        return self.value() if value is None else value

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        value = self.parse(text)
        if value is not None and self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        if all(c.isalnum() or c.isspace() for c in text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos


class _DayRow:
    """One weekday: closed, or open from–until. Split hours (a lunch break) set elsewhere are
    kept as long as this row is not changed."""

    def __init__(self, name: str, parent: QWidget) -> None:
        self.label = QLabel(name, parent)
        self.closed = QCheckBox(parent)
        self.opens = QTimeEdit(parent)
        self.closes = QTimeEdit(parent)
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
            edit.setMinimumWidth(80)
        self.note = QLabel(parent)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.kept: tuple[Interval, ...] | None = None
        self.closed.toggled.connect(self._closed_changed)

    def _closed_changed(self, closed: bool) -> None:
        self.opens.setEnabled(not closed)  # read-only people still read the times
        self.closes.setEnabled(not closed)

    def show(self, intervals: tuple[Interval, ...], split_note: str) -> None:
        self.closed.setChecked(not intervals)
        first, last = (intervals[0], intervals[-1]) if intervals else (Interval(540, 1020),) * 2
        self.opens.setTime(_qtime(first.open))
        self.closes.setTime(_qtime(last.close))
        self.kept = intervals if len(intervals) > 1 else None
        self.note.setText(split_note if self.kept else "")
        self._closed_changed(self.closed.isChecked())

    def intervals(self) -> tuple[Interval, ...] | str:
        """The day's opening intervals, or "order" when it closes before it opens."""
        if self.closed.isChecked():
            return ()
        opens, closes = _minutes(self.opens.time()), _minutes(self.closes.time()) or MINUTES_PER_DAY
        if self.kept and (opens, closes) == (self.kept[0].open, self.kept[-1].close):
            return self.kept
        if closes <= opens:
            return "order"
        return (Interval(opens, closes),)

    def set_editable(self, editable: bool) -> None:
        self.closed.setEnabled(editable)
        for edit in (self.opens, self.closes):
            edit.setReadOnly(not editable)
        self._closed_changed(self.closed.isChecked())


def _qtime(minutes: int) -> QTime:
    return QTime(0, 0) if minutes >= MINUTES_PER_DAY else QTime(minutes // 60, minutes % 60)


def _minutes(t: QTime) -> int:
    return t.hour() * 60 + t.minute()


class SlaPolicyDialog(QDialog):
    """Shows a policy set and hands back a validated one through `save_requested`."""

    save_requested = Signal(object)  # PolicySet
    saved = Signal(object)  # PolicySet, once stored (see `show_saved`)

    def __init__(
        self,
        policies: PolicySet = DEFAULT_POLICIES,
        can_edit: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("slaPolicyDialog")
        self.setWindowTitle(self.tr("SLA policy"))
        self.can_edit = can_edit
        self.current = policies
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "How soon the team answers and resolves, per kind of channel and priority band. "
                "Time counts in business hours only; while we wait on the customer, the "
                "resolution clock stands still."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.read_only_note = QLabel(
            self.tr(
                "You can look at the policy but not change it: that is up to a team lead or an "
                "administrator."
            ),
            self,
        )
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.read_only_note.setMargin(6)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self._targets_box())
        layout.addWidget(self._hours_box(), 1)
        warn = QHBoxLayout()
        warn_label = QLabel(self.tr("Warn before a target is missed:"), self)
        self.warn_before = QSpinBox(self)
        self.warn_before.setRange(0, MAX_WARN_MINUTES)
        self.warn_before.setSingleStep(5)
        self.warn_before.setSuffix(self.tr(" min"))
        self.warn_before.setSpecialValueText(self.tr("never"))
        self.warn_before.setMinimumWidth(110)
        warn_label.setBuddy(self.warn_before)
        warn.addWidget(warn_label)
        warn.addWidget(self.warn_before)
        warn.addStretch(1)
        self.updated = QLabel(self)
        self.updated.setTextFormat(Qt.TextFormat.PlainText)
        warn.addWidget(self.updated)
        layout.addLayout(warn)
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("QLabel#problems { color: #b3261e; }")
        self.problems.hide()
        layout.addWidget(self.problems)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.defaults_button = self.buttons.addButton(
            self.tr("&Defaults"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.defaults_button.setToolTip(
            self.tr("Fill in the standard targets, around the clock (nothing is saved yet)")
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.clicked.connect(self._save)
        self.defaults_button.clicked.connect(lambda: self._fill(DEFAULT_POLICIES))
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill(policies)
        self.set_can_edit(can_edit)

    # -- building -------------------------------------------------------------------------------

    def _kind_label(self, kind: Visibility) -> str:
        return {
            Visibility.PUBLIC: self.tr("Public posts"),
            Visibility.PRIVATE: self.tr("Private messages"),
            Visibility.EMAIL: self.tr("E-mail and web forms"),
        }[kind]

    def _band_label(self, band: Band) -> str:
        return {
            Band.P1: self.tr("P1 critical"),
            Band.P2: self.tr("P2 high"),
            Band.P3: self.tr("P3 medium"),
            Band.P4: self.tr("P4 low"),
        }[band]

    def _day_names(self) -> tuple[str, ...]:
        return (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )

    def _targets_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Targets"), self)
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(10)
        self.first_response: dict[tuple[Visibility, Band], DurationSpinBox] = {}
        self.resolution: dict[tuple[Visibility, Band], DurationSpinBox] = {}
        for k, kind in enumerate(CHANNEL_KINDS):
            col = 1 + 2 * k
            head = QLabel(f"<b>{self._kind_label(kind)}</b>", box)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, 0, col, 1, 2)
            for offset, text in enumerate((self.tr("First reply"), self.tr("Resolved"))):
                sub = QLabel(text, box)
                sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
                grid.addWidget(sub, 1, col + offset)
        for b, band in enumerate(BANDS):
            grid.addWidget(QLabel(self._band_label(band), box), 2 + b, 0)
            for k, kind in enumerate(CHANNEL_KINDS):
                first = DurationSpinBox(1, box)
                resolved = DurationSpinBox(60, box)
                name = f"{self._kind_label(kind)}, {self._band_label(band)}"
                first.setAccessibleName(self.tr("First reply: %1").replace("%1", name))
                resolved.setAccessibleName(self.tr("Resolved: %1").replace("%1", name))
                self.first_response[(kind, band)] = first
                self.resolution[(kind, band)] = resolved
                grid.addWidget(first, 2 + b, 1 + 2 * k)
                grid.addWidget(resolved, 2 + b, 2 + 2 * k)
        self.targets_hint = QLabel(box)
        self.targets_hint.setWordWrap(True)
        grid.addWidget(self.targets_hint, 6, 0, 1, 7)
        return box

    def _hours_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Business hours and holidays"), self)
        outer = QVBoxLayout(box)
        self.always_open = QCheckBox(self.tr("Open around the clock (24/7, no holidays)"), box)
        self.always_open.toggled.connect(self._always_open_changed)
        outer.addWidget(self.always_open)
        # Page 0: opening hours and holidays; page 1: what 24/7 means. The stack keeps its size.
        self.hours_stack = QStackedWidget(box)
        page = QWidget(self.hours_stack)
        columns = QHBoxLayout(page)
        columns.setContentsMargins(0, 0, 0, 0)
        week = QWidget(page)
        grid = QGridLayout(week)
        grid.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(week, 3)
        columns.addWidget(self._holidays_box(page), 2)
        self.hours_stack.addWidget(page)
        self.around_note = QLabel(self.hours_stack)
        self.around_note.setWordWrap(True)
        self.around_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.hours_stack.addWidget(self.around_note)
        outer.addWidget(self.hours_stack, 1)
        zone_label = QLabel(self.tr("Time zone:"), week)
        self.timezone = QComboBox(week)
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.addItems(sorted(available_timezones()))
        self.timezone.setMinimumWidth(200)
        zone_label.setBuddy(self.timezone)
        grid.addWidget(zone_label, 1, 0)
        grid.addWidget(self.timezone, 1, 1, 1, 4)
        for col, text in enumerate(
            (self.tr("Day"), self.tr("Closed"), self.tr("Opens"), self.tr("Closes"))
        ):
            head = QLabel(f"<i>{text}</i>", week)
            grid.addWidget(head, 2, col)
        self.days: list[_DayRow] = []
        for i, name in enumerate(self._day_names()):
            row = _DayRow(name, week)
            row.closes.setToolTip(self.tr("00:00 means midnight at the end of the day"))
            row.closed.setAccessibleName(self.tr("%1 closed").replace("%1", name))
            row.opens.setAccessibleName(self.tr("%1 opens").replace("%1", name))
            row.closes.setAccessibleName(self.tr("%1 closes").replace("%1", name))
            for col, widget in enumerate((row.label, row.closed, row.opens, row.closes, row.note)):
                grid.addWidget(widget, 3 + i, col)
            self.days.append(row)
        grid.setColumnStretch(4, 1)
        grid.setRowStretch(10, 1)
        return box

    def _holidays_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Holidays (closed all day)"), parent)
        layout = QVBoxLayout(box)
        self.holidays = QListWidget(box)
        self.holidays.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        layout.addWidget(self.holidays, 1)
        row = QHBoxLayout()
        self.holiday_date = QDateEdit(box)
        self.holiday_date.setCalendarPopup(True)
        self.holiday_date.setDisplayFormat("yyyy-MM-dd")
        self.holiday_date.setDate(QDate.currentDate())
        self.holiday_date.setAccessibleName(self.tr("Holiday date"))
        self.add_holiday_button = QPushButton(self.tr("&Add"), box)
        self.remove_holiday_button = QPushButton(self.tr("&Remove"), box)
        self.add_holiday_button.clicked.connect(self._add_holiday)
        self.remove_holiday_button.clicked.connect(self._remove_holidays)
        row.addWidget(self.holiday_date, 1)
        row.addWidget(self.add_holiday_button)
        row.addWidget(self.remove_holiday_button)
        layout.addLayout(row)
        return box

    # -- showing ---------------------------------------------------------------------------------

    def _fill(self, policies: PolicySet) -> None:
        for key, spin in self.first_response.items():
            spin.setValue(policies.targets[key].first_response_minutes)
        for key, spin in self.resolution.items():
            spin.setValue(policies.targets[key].resolution_minutes)
        hours = policies.hours
        index = self.timezone.findText(hours.timezone)
        if index >= 0:
            self.timezone.setCurrentIndex(index)
        else:
            self.timezone.setEditText(hours.timezone)
        # Round the clock shows an office week to start from when the box is unticked.
        week = OFFICE_WEEK if hours.always_open else hours.week
        for row, intervals in zip(self.days, week, strict=True):
            split = ", ".join(f"{format_hhmm(i.open)}–{format_hhmm(i.close)}" for i in intervals)
            row.show(intervals, self.tr("split: %1").replace("%1", split))
        self.holidays.clear()
        for day in sorted(hours.holidays):
            self._holiday_item(day)
        self.always_open.setChecked(hours.always_open)
        self._always_open_changed(hours.always_open)
        self.warn_before.setValue(policies.warn_before_minutes)
        self.problems.hide()

    def show_policies(self, info: PolicyInfo) -> None:
        """The stored policy set and who set it, as the facade's `sla_policy_info` returns it."""
        self.current = info.policies
        self._fill(info.policies)
        if info.updated_by and info.updated_at is not None:
            local = QDateTime.fromSecsSinceEpoch(int(info.updated_at.timestamp()))
            when = QLocale().toString(local, QLocale.FormatType.ShortFormat)
            self.updated.setText(
                self.tr("Set by %1 on %2").replace("%1", info.updated_by).replace("%2", when)
            )
        else:
            self.updated.setText(self.tr("Standard targets: nobody has changed them yet"))

    def set_can_edit(self, can_edit: bool) -> None:
        self.can_edit = can_edit
        self.read_only_note.setVisible(not can_edit)
        for spin in [*self.first_response.values(), *self.resolution.values(), self.warn_before]:
            spin.setReadOnly(not can_edit)
            spin.setButtonSymbols(
                QAbstractSpinBox.ButtonSymbols.UpDownArrows
                if can_edit
                else QAbstractSpinBox.ButtonSymbols.NoButtons
            )
        for row in self.days:
            row.set_editable(can_edit)
        self.always_open.setEnabled(can_edit)
        self._always_open_changed(self.always_open.isChecked())
        for widget in (self.add_holiday_button, self.remove_holiday_button, self.holiday_date):
            widget.setVisible(can_edit)
        self.save_button.setVisible(can_edit)
        self.defaults_button.setVisible(can_edit)
        self.cancel_button.setText(self.tr("Cancel") if can_edit else self.tr("Close"))
        bands = self.tr("A ticket takes the target of its band.")
        around = self.tr(
            "Every minute of every day counts towards the targets, weekends and holidays included."
        )
        if can_edit:
            typing = self.tr(
                "A more urgent band should not have a longer target. Type 45 min, 4 h or "
                "1 h 30 min."
            )
            bands = f"{bands} {typing}"
            around += " " + self.tr(
                "Untick the box to set opening hours, a time zone and holidays."
            )
        self.targets_hint.setText(bands)
        self.around_note.setText(around)

    def _always_open_changed(self, always: bool) -> None:
        self.hours_stack.setCurrentIndex(1 if always else 0)
        self.timezone.setEnabled(self.can_edit)
        for row in self.days:
            row.set_editable(self.can_edit)

    def _holiday_item(self, day: date) -> None:
        text = QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
        self.holidays.addItem(item)

    def holiday_dates(self) -> list[date]:
        return sorted(
            date.fromisoformat(str(self.holidays.item(i).data(Qt.ItemDataRole.UserRole)))
            for i in range(self.holidays.count())
        )

    def _add_holiday(self) -> None:
        q = self.holiday_date.date()
        day = date(q.year(), q.month(), q.day())
        days = self.holiday_dates()
        if day not in days:
            days.append(day)
        self.holidays.clear()
        for d in sorted(days):
            self._holiday_item(d)
        for i in range(self.holidays.count()):
            if self.holidays.item(i).data(Qt.ItemDataRole.UserRole) == day.isoformat():
                self.holidays.setCurrentRow(i)

    def _remove_holidays(self) -> None:
        for item in self.holidays.selectedItems():
            self.holidays.takeItem(self.holidays.row(item))

    # -- reading back ------------------------------------------------------------------------------

    def policy_from_form(self) -> PolicySet | None:
        """The policy set the form describes, or None with every problem shown."""
        problems: list[str] = []
        targets: dict[tuple[Visibility, Band], SlaPolicy] = {}
        for key, first in self.first_response.items():
            policy = SlaPolicy(first.value(), self.resolution[key].value())
            if policy.resolution_minutes < policy.first_response_minutes:
                problems.append(
                    self.tr("%1, %2: resolving cannot take less time than the first reply.")
                    .replace("%1", self._kind_label(key[0]))
                    .replace("%2", self._band_label(key[1]))
                )
            targets[key] = policy
        zone = self.timezone.currentText().strip()
        if self.always_open.isChecked():
            hours: BusinessHours | None = BusinessHours.around_the_clock(zone or "UTC")
        else:
            week: list[tuple[Interval, ...]] = []
            for name, row in zip(self._day_names(), self.days, strict=True):
                got = row.intervals()
                if isinstance(got, str):
                    problems.append(
                        self.tr("%1: the closing time must come after the opening time.").replace(
                            "%1", name
                        )
                    )
                    got = ()
                week.append(got)
            if not any(week) and not problems:
                problems.append(self.tr("Open at least one day a week, or tick 24/7."))
            if zone not in available_timezones():
                problems.append(self.tr("Unknown time zone: %1").replace("%1", zone or "–"))
            hours = None
            if not problems:
                try:
                    hours = BusinessHours(zone, tuple(week), frozenset(self.holiday_dates()))
                except PolicyError as exc:
                    problems.extend(exc.problems)
        if problems or hours is None:
            self.show_problems(problems)
            return None
        try:
            return PolicySet(targets, hours, self.warn_before.value())
        except PolicyError as exc:  # the core's own words for anything the form did not catch
            self.show_problems(list(exc.problems))
            return None

    def show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(f"• {p}" for p in problems))
        self.problems.setVisible(bool(problems))

    def _save(self) -> None:
        if not self.can_edit:
            return
        policies = self.policy_from_form()
        if policies is None:
            return
        self.problems.hide()
        self.save_button.setEnabled(False)
        self.show_status(self.tr("Saving…"))
        self.save_requested.emit(policies)

    # -- after the save ----------------------------------------------------------------------------

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self.save_button.setEnabled(True)
        self.show_status("")
        self.show_problems([text])

    def show_saved(self, policies: PolicySet) -> None:
        self.current = policies
        self.saved.emit(policies)
        self.accept()


def open_sla_policy_dialog(
    triage: Triage,
    tasks: TaskRunner,
    parent: QWidget | None = None,
) -> SlaPolicyDialog:
    """The dialog wired to the facade: loads the stored policy, saves through the write lane.
    Connect `saved` to refresh the queue (it has been re-scored under the new policy)."""
    dialog = SlaPolicyDialog(DEFAULT_POLICIES, triage.may(Permission.EDIT_POLICY), parent)
    dialog.setEnabled(False)  # until the stored policy is in

    def loaded(info: PolicyInfo) -> None:
        dialog.show_policies(info)
        dialog.setEnabled(True)

    def failed(exc: Exception) -> None:
        dialog.setEnabled(True)
        dialog.show_error(labels.error_text(exc))

    def save(policies: object) -> None:
        assert isinstance(policies, PolicySet)
        tasks.write(lambda: triage.set_sla_policies(policies), dialog.show_saved, failed)

    dialog.save_requested.connect(save)
    tasks.run(triage.sla_policy_info, loaded, failed)
    return dialog
