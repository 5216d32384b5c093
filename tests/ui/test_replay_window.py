"""The replay window over the demo desk plus one scripted case full of personal data, offscreen:
a trainer picks a case, steps through it, annotates and scores it, and never sees a name."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select

from triage.analysis.analyzer import MessageAnalyzer
from triage.clock import FixedClock
from triage.domain.enums import Outcome
from triage.domain.models import Resolution
from triage.services import Triage
from triage.store.tables import AnnotationRow, MentionRow, ScorecardRow, TicketRow
from ui.tasks import TaskRunner
from ui.windows.replay_window import ReplayWindow

DEMO_NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # the `clock` fixture's NOW
START = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)

CASE = [
    {
        "channel": "facebook",
        "external_id": "fb-replay-1",
        "author": "@jvdberg",
        "author_name": "Johan van den Berg",
        "lang": "nl",
        "created_at": "2026-11-23T07:00:00Z",
        "text": "Mijn factuur klopt niet en niemand belt terug! Ik woon op de Dorpsstraat 12a, "
        "1234 AB Utrecht. Klantnummer 3344556. Bel me op 06-12345678 of mail "
        "johan.vdberg@gmail.com. IBAN NL91 ABNA 0417 1643 00.",
    },
    {
        "channel": "facebook",
        "external_id": "fb-replay-2",
        "in_reply_to": "fb-replay-1",
        "author": "@jvdberg",
        "author_name": "Johan van den Berg",
        "lang": "nl",
        "created_at": "2026-11-23T07:03:00Z",
        "text": "Mijn vrouw Anneke van den Berg heeft ook al gebeld. Zie "
        "https://www.facebook.com/johan.vandenberg/posts/1901234567890",
    },
]
REPLY = {
    "channel": "facebook",
    "external_id": "fb-replay-3",
    "in_reply_to": "fb-replay-2",
    "author": "@StroomnetHelp",
    "author_name": "Stroomnet Klantenservice",
    "direction": "out",
    "lang": "nl",
    "created_at": "2026-11-23T07:30:00Z",
    "text": "Hoi Johan, we storten het bedrag terug op NL91ABNA0417164300. ^Sanne",
}
SEEDED = (
    "Johan",
    "van den Berg",
    "jvdberg",
    "Anneke",
    "Dorpsstraat",
    "12a",
    "1234 AB",
    "3344556",
    "06-12345678",
    "johan.vdberg@gmail.com",
    "NL91",
    "ABNA",
    "0417",
    "1901234567890",
    "77881234",
    "Sanne",
    "sanne",
    "fatima",
    "Fatima",
)


def _jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    return path


@pytest.fixture(scope="session")
def replay_db(
    template_db: Path, tmp_path_factory: pytest.TempPathFactory, analyzer: MessageAnalyzer
) -> tuple[Path, int]:
    """The demo desk plus one scripted case, resolved: imports, claim, note, escalation,
    a reply signed by the agent, and the resolution."""
    folder = tmp_path_factory.mktemp("replay")
    path = folder / "replay.db"
    shutil.copyfile(template_db, path)
    clock = FixedClock(DEMO_NOW)
    core = Triage.open(f"sqlite:///{path}", clock=clock, analyzer=analyzer)
    core.seed_demo()
    clock.set(START + timedelta(minutes=4))
    assert core.import_file(_jsonl(folder / "case.jsonl", CASE)).added == 2
    with core.sessions() as s:
        ticket = int(
            s.scalars(
                select(MentionRow.ticket_id).where(MentionRow.external_id == "fb-replay-1")
            ).one()
        )
    clock.set(START + timedelta(minutes=10))
    core.claim(ticket, "sanne")
    clock.set(START + timedelta(minutes=12))
    core.note(ticket, "sanne", "Johan belde: bestelling 77881234 ontbreekt, Dorpsstraat 12a.")
    clock.set(START + timedelta(minutes=15))
    core.escalate(ticket, "sanne", "Johan van den Berg dreigt met een advocaat (06-12345678)")
    clock.set(START + timedelta(minutes=31))
    assert core.import_file(_jsonl(folder / "reply.jsonl", [REPLY])).added == 1
    clock.set(START + timedelta(minutes=40))
    core.resolve(
        ticket,
        "sanne",
        Resolution(Outcome.SOLVED, ("billing",), note="Terugbetaald aan Johan, 06-12345678"),
    )
    core.close()
    return path, ticket


@pytest.fixture
def desk(
    replay_db: tuple[Path, int], tmp_path: Path, clock: FixedClock, analyzer: MessageAnalyzer
) -> Iterator[Triage]:
    target = tmp_path / "replay.db"
    shutil.copyfile(replay_db[0], target)
    core = Triage.open(f"sqlite:///{target}", clock=clock, analyzer=analyzer)
    yield core
    core.close()


@pytest.fixture
def window(qtbot, desk: Triage) -> Iterator[ReplayWindow]:  # type: ignore[no-untyped-def]
    desk.sign_in("fatima")  # a trainer in the demo
    tasks = TaskRunner()
    win = ReplayWindow(desk, tasks, "fatima")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.cases_loaded, timeout=20_000):
        win.show()
    yield win
    win.stop()
    tasks.wait()


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person could read in the window: labels, buttons, fields, lists, tables,
    tabs, tooltips and the conversation."""
    out = [root.windowTitle(), root.toolTip()]
    for w in root.findChildren(QWidget):
        out.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            out.append(w.text())
        if isinstance(w, QTextEdit | QPlainTextEdit):
            out.append(w.toPlainText())
        if isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QTabWidget):
            out.extend(w.tabText(i) for i in range(w.count()))
        if isinstance(w, QComboBox):
            out.extend(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                item = w.item(i)
                out.extend((item.text(), item.toolTip()))
        if isinstance(w, QTableWidget):
            for r in range(w.rowCount()):
                for c in range(w.columnCount()):
                    item = w.item(r, c)
                    if item is not None:
                        out.extend((item.text(), item.toolTip()))
    return [t for t in out if t]


def leaks(root: QWidget, seeded: tuple[str, ...] | set[str]) -> list[str]:
    texts = visible_texts(root)
    return sorted({s for s in seeded for t in texts if s in t})


def open_case(qtbot, win: ReplayWindow, ticket: int) -> None:  # type: ignore[no-untyped-def]
    rows = [r for r in range(win.table.rowCount()) if win.table.item(r, 0).text() == f"#{ticket}"]
    assert rows, f"case {ticket} is not in the picker"
    win.table.selectRow(rows[0])
    with qtbot.waitSignal(win.replay_loaded, timeout=10_000):
        qtbot.mouseClick(win.open_button, Qt.MouseButton.LeftButton)


def test_trainer_steps_through_a_case_and_sees_no_personal_data(  # type: ignore[no-untyped-def]
    qtbot, window: ReplayWindow, desk: Triage, replay_db: tuple[Path, int]
):
    win, ticket = window, replay_db[1]
    assert not win.real_names.isVisibleTo(win)  # a trainer cannot switch to real names
    # The picker: anonymised summaries only, searchable by what they show.
    assert win.table.rowCount() > 100
    assert leaks(win, SEEDED) == []
    with qtbot.waitSignal(win.cases_loaded, timeout=10_000):
        qtbot.keyClicks(win.search, "factuur klopt niet")
    assert [win.table.item(r, 0).text() for r in range(win.table.rowCount())] == [f"#{ticket}"]
    assert win.table.item(0, 5).text().startswith("Klant A: Mijn factuur klopt niet")
    open_case(qtbot, win, ticket)
    replay = win.replay
    assert replay is not None and replay.anonymised and replay.ticket_id == ticket
    kinds = [s.kind for s in replay.steps]
    assert kinds == ["arrived", "arrived", "claimed", "noted", "escalated", "replied", "resolved"]
    assert win.current == 0 and win.timeline.count() == 7 and win.slider.maximum() == 6
    state = win.state_labels
    assert state["status"].text() == "New" and state["priority"].text() == "not scored"
    # Forward: the state panel follows the case as it was.
    for _ in range(2):
        qtbot.mouseClick(win.next_button, Qt.MouseButton.LeftButton)
    assert win.current == 2 and win.timeline.currentRow() == 2 and win.slider.value() == 2
    assert state["status"].text() == "Open" and state["assignee"].text() == "Medewerker A"
    assert state["priority"].text().startswith("P")
    win.show_step(4)
    assert state["escalated"].text() == "yes"
    assert "Reason: Klant A dreigt met een advocaat (06-XXXXXXXX)" in (
        win.conversation.toPlainText()
    )
    qtbot.mouseClick(win.next_button, Qt.MouseButton.LeftButton)
    assert state["status"].text() == "Waiting on customer"
    assert win.conversation.toPlainText().rstrip().endswith("^Medewerker A")
    # Back: the conversation is cut back and the state is the earlier one again.
    qtbot.mouseClick(win.prev_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(win.prev_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(win.prev_button, Qt.MouseButton.LeftButton)
    assert win.current == 2 and state["escalated"].text() == "no"
    assert "Reason:" not in win.conversation.toPlainText()
    assert "Medewerker B" not in win.conversation.toPlainText()  # the reply is not there yet
    win.slider.setValue(6)
    assert state["status"].text() == "Resolved" and state["assignee"].text() == "–"
    assert "Solved · Billing" in win.conversation.toPlainText()
    # Everything shown at the end of the case, in every tab: no personal data at all.
    for tab in range(win.tabs.count()):
        win.tabs.setCurrentIndex(tab)
        assert leaks(win, SEEDED) == []
    assert "Klant A — a customer" in [
        win.legend_list.item(i).text() for i in range(win.legend_list.count())
    ]


def test_annotation_and_scorecard_are_saved(  # type: ignore[no-untyped-def]
    qtbot, window: ReplayWindow, desk: Triage, replay_db: tuple[Path, int], tmp_path: Path
):
    win, ticket = window, replay_db[1]
    open_case(qtbot, win, ticket)
    win.show_step(3)
    assert not win.annotate_button.isEnabled()
    qtbot.keyClicks(win.annotation_edit, "Goede notitie, maar noem geen klantnummers.")
    with qtbot.waitSignal(win.saved, timeout=10_000) as saved:
        qtbot.mouseClick(win.annotate_button, Qt.MouseButton.LeftButton)
    assert saved.args == ["annotation"]
    assert win.current == 3 and win.annotation_list.count() == 1
    assert "Goede notitie" in win.annotation_list.item(0).text()
    assert win.annotation_list.item(0).text().startswith("Medewerker")  # the trainer, too
    assert win.timeline.item(3).text().endswith("✎")
    win.tabs.setCurrentIndex(1)
    assert not win.score_button.isEnabled()  # every criterion needs a score first
    for box, value in zip(win.score_boxes.values(), (4, 5, 3, 4, 5), strict=True):
        box.setValue(value)
    win.comment_edit.setPlainText("Snel en vriendelijk; eigenaarschap kan beter.")
    with qtbot.waitSignal(win.saved, timeout=10_000) as saved:
        qtbot.mouseClick(win.score_button, Qt.MouseButton.LeftButton)
    assert saved.args == ["scorecard"]
    assert win.scorecard_list.count() == 1
    assert "Empathy 4" in win.scorecard_list.item(0).text()
    assert all(b.value() == 0 for b in win.score_boxes.values())
    with desk.sessions() as s:
        note = s.scalars(select(AnnotationRow)).one()
        card = s.scalars(select(ScorecardRow)).one()
    assert (note.ticket_id, note.step, note.author) == (ticket, 3, "fatima")
    assert card.scores == {"empathy": 4, "accuracy": 5, "speed": 3, "ownership": 4, "tone": 5}
    assert leaks(win, SEEDED) == []
    # The case pack: JSON as shown, and a PDF of it.
    win.export_json(tmp_path / "pack.json")
    pack = json.loads((tmp_path / "pack.json").read_text(encoding="utf-8"))
    assert pack["anonymised"] and pack["scorecards"][0]["scores"]["speed"] == 3
    assert pack["steps"][3]["annotations"][0]["text"].startswith("Goede notitie")
    assert not [s for s in SEEDED if s in json.dumps(pack, ensure_ascii=False)]
    win.export_pdf(tmp_path / "pack.pdf")
    assert (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(tmp_path / "pack.pdf"), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "Klant A" in text and "Scorecards" in text
        assert not [s for s in SEEDED if s in text]


def test_no_demo_author_appears_anywhere(  # type: ignore[no-untyped-def]
    qtbot, window: ReplayWindow, desk: Triage
):
    """Every customer of the demo desk, by full name and handle: not in the picker, nor in
    any case opened."""
    with desk.sessions() as s:
        rows = s.execute(
            select(MentionRow.author_handle, MentionRow.author_name).where(
                MentionRow.direction == "in"
            )
        ).all()
    seeded = {h.lstrip("@") for h, _ in rows if len(h) > 4}
    seeded |= {n for _, n in rows if len(n.split()) >= 2}
    assert len(seeded) > 100
    assert leaks(window, seeded) == []
    for row in (0, 5, 10):
        open_case(qtbot, window, int(window.table.item(row, 0).text().lstrip("#")))
        window.show_step(len(window.replay.steps) - 1)  # type: ignore[union-attr]
        assert leaks(window, seeded) == []
        window.show_picker()
        qtbot.waitSignal(window.cases_loaded, timeout=10_000).wait()


def test_untrusted_text_stays_plain_text(qtbot, window: ReplayWindow):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.cases_loaded, timeout=10_000):
        qtbot.keyClicks(window.search, "rare tekst")
    assert window.table.rowCount() == 1
    open_case(qtbot, window, int(window.table.item(0, 0).text().lstrip("#")))
    shown = window.conversation.toPlainText()
    assert "<b>help</b> <script>alert(1)</script>" in shown
    assert "<b>" in window.pack_html().replace("&lt;b&gt;", "<b>")  # escaped in the pack…
    assert "<script>" not in window.pack_html()  # …never live markup


def test_play_steps_forward_and_pauses(qtbot, window: ReplayWindow, replay_db):  # type: ignore[no-untyped-def]
    open_case(qtbot, window, replay_db[1])
    window.speed.setCurrentIndex(2)  # 16×: the 40-minute case in under 4 seconds
    assert 80 <= window.delay_ms(0) <= 1_000
    window.speed.setCurrentIndex(3)  # one step per second
    assert window.delay_ms(0) == 1000
    window.speed.setCurrentIndex(2)
    with qtbot.waitSignal(window.step_shown, timeout=5_000) as shown:
        qtbot.mouseClick(window.play_button, Qt.MouseButton.LeftButton)
    assert shown.args == [1] and window.play_button.text() == "Pause"
    qtbot.mouseClick(window.play_button, Qt.MouseButton.LeftButton)
    assert window.play_button.text() == "Play" and not window.play_timer.isActive()


def test_a_team_lead_may_switch_to_real_names(qtbot, desk: Triage, replay_db):  # type: ignore[no-untyped-def]
    desk.sign_in("mark")  # a team lead in the demo
    tasks = TaskRunner()
    win = ReplayWindow(desk, tasks, "mark")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.cases_loaded, timeout=20_000):
        win.show()
    open_case(qtbot, win, replay_db[1])
    assert win.real_names.isVisibleTo(win) and win.replay.anonymised  # type: ignore[union-attr]
    with qtbot.waitSignal(win.replay_loaded, timeout=10_000):
        win.real_names.setChecked(True)
    assert not win.replay.anonymised  # type: ignore[union-attr]
    assert "Johan van den Berg" in win.conversation.toPlainText()
    tasks.wait()


def test_ticket_without_resolution_is_not_offered(window: ReplayWindow, desk: Triage) -> None:
    with desk.sessions() as s:
        open_ids = set(s.scalars(select(TicketRow.id).where(TicketRow.status != "resolved")))
    shown = {
        int(window.table.item(r, 0).text().lstrip("#")) for r in range(window.table.rowCount())
    }
    assert open_ids and not (open_ids & shown)
