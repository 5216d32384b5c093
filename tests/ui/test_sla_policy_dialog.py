"""The SLA policy dialog: a team lead edits and saves a target, the next rescore uses it; agents
see the policy read-only; the form refuses what makes no sense."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, QTime

from triage.domain.enums import Band, Role, Visibility
from triage.scoring.sla_policy import DEFAULT_POLICIES
from triage.services import Triage
from ui.dialogs.sla_policy_dialog import DurationSpinBox, SlaPolicyDialog, open_sla_policy_dialog
from ui.tasks import TaskRunner


def _waiting(triage: Triage, ticket_id: int) -> dict[str, Any]:
    """The waiting reason as the desk shows it now (stored: since when; shown: minutes)."""
    shown = triage.item(ticket_id).explanation
    return next(r["args"] for r in shown if r["key"] == "waiting")  # type: ignore[return-value]


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait()


def test_a_lead_edits_a_target_and_the_next_rescore_uses_it(qtbot, triage, write_jsonl, tasks):  # type: ignore[no-untyped-def]
    triage.import_file(
        write_jsonl(
            "q.jsonl",
            {
                "external_id": "1",
                "text": "Where is my parcel?",
                "created_at": "2026-11-23T08:50:00Z",
            },
        )
    )
    triage.rescore_open()
    (item,) = triage.top(5)
    assert _waiting(triage, item.id) == {"waited": 40, "target": 60}
    band = Band(item.band)
    triage.agent("mark", Role.LEAD)
    triage.sign_in("mark")

    dialog = open_sla_policy_dialog(triage, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isEnabled)
    assert not dialog.read_only_note.isVisible() and dialog.save_button.isVisible()
    spin = dialog.first_response[(Visibility.PUBLIC, band)]
    assert spin.text() == "1 h"
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "45 min")
    spin.interpretText()
    assert spin.value() == 45

    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    assert triage.sla_policies().policy("x", band).first_response_minutes == 45
    assert triage.sla_policy_info().updated_by == "mark"
    assert _waiting(triage, item.id) == {"waited": 40, "target": 45}  # re-scored on save
    triage.clock.advance(timedelta(minutes=10))
    triage.rescore_open()
    assert _waiting(triage, item.id) == {"waited": 50, "target": 45}


def test_an_agent_sees_the_policy_read_only(qtbot, triage, tasks):  # type: ignore[no-untyped-def]
    triage.agent("sanne", Role.AGENT)
    triage.sign_in("sanne")
    dialog = open_sla_policy_dialog(triage, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isEnabled)
    assert dialog.read_only_note.isVisible()
    assert "team lead" in dialog.read_only_note.text()
    assert not dialog.save_button.isVisible()
    assert dialog.cancel_button.text() == "Close"
    spin = dialog.first_response[(Visibility.EMAIL, Band.P1)]
    assert spin.isReadOnly() and spin.text() == "24 h"
    assert not dialog.always_open.isEnabled()
    with qtbot.assertNotEmitted(dialog.save_requested):
        dialog._save()
    assert triage.sla_policies() == DEFAULT_POLICIES


def test_business_hours_and_holidays_round_trip_through_the_form(qtbot):  # type: ignore[no-untyped-def]
    dialog = SlaPolicyDialog(DEFAULT_POLICIES, True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.always_open.isChecked() and not dialog.timezone.isVisible()
    dialog.always_open.setChecked(False)
    assert dialog.timezone.isVisible() and dialog.timezone.currentText() == "Europe/Amsterdam"
    assert dialog.days[5].closed.isChecked()  # an office week to start from
    dialog.days[0].closes.setTime(QTime(18, 0))
    dialog.holiday_date.setDate(QDate(2026, 12, 25))
    dialog.add_holiday_button.click()
    dialog.add_holiday_button.click()  # twice: still one
    dialog.warn_before.setValue(30)
    policy = dialog.policy_from_form()
    assert policy is not None
    assert str(policy.hours.week[0][0]) == "09:00-18:00"
    assert policy.hours.week[5] == ()
    assert [d.isoformat() for d in policy.hours.holidays] == ["2026-12-25"]
    assert policy.warn_before_minutes == 30

    again = SlaPolicyDialog(policy, True)
    qtbot.addWidget(again)
    assert again.policy_from_form() == policy


def test_the_form_names_what_is_wrong(qtbot):  # type: ignore[no-untyped-def]
    dialog = SlaPolicyDialog(DEFAULT_POLICIES, True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resolution[(Visibility.PUBLIC, Band.P2)].setValue(30)
    dialog.always_open.setChecked(False)
    dialog.days[1].opens.setTime(QTime(17, 0))
    dialog.days[1].closes.setTime(QTime(9, 0))
    dialog.timezone.setEditText("Mars/Olympus")
    with qtbot.assertNotEmitted(dialog.save_requested):
        dialog.save_button.click()
    text = dialog.problems.text()
    assert dialog.problems.isVisible()
    assert "Public posts, P2 high: resolving cannot take less time than the first reply." in text
    assert "Tuesday: the closing time must come after the opening time." in text
    assert "Unknown time zone: Mars/Olympus" in text


def test_durations_read_as_people_type_them(qtbot):  # type: ignore[no-untyped-def]
    minutes, hours = DurationSpinBox(1), DurationSpinBox(60)
    qtbot.addWidget(minutes)
    qtbot.addWidget(hours)
    assert minutes.parse("45") == 45 and hours.parse("8") == 480
    assert hours.parse("1 h 30") == 90 and hours.parse("1h30min") == 90
    assert minutes.parse("2 d") == 2880 and minutes.parse("4 u") == 240
    assert minutes.parse("soon") is None and minutes.parse("") is None
    assert [minutes.textFromValue(v) for v in (45, 60, 90, 4320)] == [
        "45 min",
        "1 h",
        "1 h 30 min",
        "72 h",
    ]
