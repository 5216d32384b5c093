"""A team lead's tools in the desk: escalation review, people and roles, rate-limited alerts."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from triage.domain.enums import Role
from triage.services.alerts import Alert
from ui.notifier import MIN_GAP_S, Notifier


def test_lead_reviews_an_escalation_from_the_team_menu(
    qtbot, triage, write_jsonl, make_main_window
):  # type: ignore[no-untyped-def]
    triage.import_file(
        write_jsonl(
            "q.jsonl",
            {
                "external_id": "1",
                "text": "I want to speak to a manager about <b>this</b>",
                "author": "@a",
            },
            {"external_id": "2", "text": "Where is my parcel?", "author": "@b"},
        )
    )
    triage.agent("mark", Role.LEAD)
    first = triage.top(1)[0].id
    triage.escalate(first, "sanne", "asks for a manager")
    triage.sign_in("mark")
    window = make_main_window("mark")
    assert window.review_action.isVisible()
    dialog = window.lead.open_review()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    texts = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert "asks for a manager" in texts and "sanne" in texts
    assert any("<b>this</b>" in t for t in texts)  # shown as written
    dialog.approve_requested.emit(first, "")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=10_000)
    assert [e.kind.value for e in triage.ticket(first).events][-1] == "escalation_approved"
    dialog.close()


def test_agents_do_not_see_the_review_and_cannot_change_roles(qtbot, triage, make_main_window):  # type: ignore[no-untyped-def]
    triage.agent("admin", Role.ADMIN)
    triage.sign_in("sanne")
    window = make_main_window("sanne")
    assert not window.review_action.isVisible()
    people = window.lead.open_people()
    qtbot.waitUntil(lambda: people.table.rowCount() >= 2, timeout=10_000)
    boxes = [people.table.cellWidget(r, 2) for r in range(people.table.rowCount())]
    assert all(isinstance(b, QComboBox) and not b.isEnabled() for b in boxes)
    assert "administrator" in people.status.text()
    people.close()


def test_alerts_are_rate_limited_and_never_repeated(qtbot) -> None:  # type: ignore[no-untyped-def]
    host = QWidget()
    qtbot.addWidget(host)
    now = [1000.0]
    status: list[str] = []
    notifier = Notifier(host, status.append, clock=lambda: now[0])
    shown: list[tuple[str, str]] = []
    notifier.shown.connect(lambda title, text: shown.append((title, text)))
    p1 = Alert("top_priority", 7, 92, "x", "Bram")
    notifier.offer([p1])
    assert len(shown) == 1 and "#7" in shown[0][1]
    notifier.offer([p1])  # the same ticket again: nothing new
    late = Alert("breach_soon", 9, 60, "email", "Ann", minutes_left=6)
    notifier.offer([late, Alert("top_priority", 8, 90, "x", "Kim")])
    assert len(shown) == 1  # too soon after the last one: folded into the next
    now[0] += MIN_GAP_S + 1
    notifier.offer([])
    assert len(shown) == 2
    assert "1" in shown[1][1] and "10" in shown[1][1]  # one ticket and one reply due, summarised
    assert status and status[-1].startswith(shown[-1][0])


def test_rule_reasons_are_reworded_and_agents_words_kept(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.labels import escalation_reason_text

    rule = "legal, media or safety cue: legal, media; first reply overdue by 38 min; odd part"
    assert escalation_reason_text(rule, "rule:threat") == (
        "legal, media or safety cue: legal threat, media threat; "
        "first reply overdue by 38 min; odd part"
    )
    assert escalation_reason_text("first reply overdue by 5 min", "manual") == (
        "first reply overdue by 5 min"  # an agent's own words are never rewritten
    )
