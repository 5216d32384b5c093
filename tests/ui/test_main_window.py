"""The agent's desk, clicked through offscreen: open, claim, note, resolve; filters; plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from triage.domain.enums import Band, TicketStatus
from triage.services import QueueQuery, StatusFilter, Triage
from ui.dialogs.action_dialogs import NoteDialog, ResolveDialog
from ui.models.queue_table_model import COL, IdRole


def _seed(triage: Triage, write_jsonl) -> None:  # type: ignore[no-untyped-def]
    triage.import_file(
        write_jsonl(
            "desk.jsonl",
            {
                "external_id": "1",
                "text": "The charger caught fire in my kitchen!",
                "author": "@fire",
                "author_name": "Fien",
            },
            {"external_id": "2", "text": "Where can I find my invoice?", "author": "@calm"},
            {
                "external_id": "3",
                "text": "<b>bold</b> <script>alert(1)</script>",
                "author": "@html",
            },
            {
                "channel": "email",
                "external_id": "4",
                "text": "Mijn factuur klopt niet",
                "author": "fien@example.nl",
            },
        )
    )


def test_queue_shows_worst_first_with_reasons(qtbot, triage, write_jsonl, make_main_window):  # type: ignore[no-untyped-def]
    _seed(triage, write_jsonl)
    window = make_main_window()
    model = window.proxy
    assert model.rowCount() == 4
    top = model.index(0, COL["message"]).data()
    assert top.startswith("The charger caught fire")
    assert model.index(0, COL["priority"]).data() == "P1 · 90"
    assert "safety" in model.index(0, COL["reasons"]).data()
    # the first row is opened on its own
    qtbot.waitUntil(lambda: window.panel.detail is not None)
    assert window.panel.detail.item.text.startswith("The charger")


def test_claim_note_resolve_by_keyboard_and_forms(qtbot, triage, write_jsonl, make_main_window):  # type: ignore[no-untyped-def]
    _seed(triage, write_jsonl)
    window = make_main_window()
    qtbot.waitUntil(lambda: window.panel.detail is not None)
    ticket_id = window.panel.detail.item.id

    with qtbot.waitSignal(window.action_done, timeout=5000) as done:
        qtbot.keyClick(window.table, Qt.Key.Key_C)
    assert done.args == ["claim"]
    qtbot.waitUntil(lambda: window.panel.detail.item.assignee == "sanne")
    assert window.proxy.index(0, COL["assignee"]).data() == "sanne"

    window.panel.note_button.click()
    dialog = window.dialog
    assert isinstance(dialog, NoteDialog)
    dialog.text.setPlainText("Called Fien, technician on the way")
    with qtbot.waitSignal(window.action_done, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: any(e.kind.value == "noted" for e in window.panel.detail.events))

    window.activateWindow()  # the note form had the focus
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.table, Qt.Key.Key_R)
    dialog = window.dialog
    assert isinstance(dialog, ResolveDialog)
    dialog.reason_boxes["product_defect"].setChecked(True)
    dialog.compensation.setCurrentIndex(dialog.compensation.findData("voucher"))
    dialog.amount.setValue(25)
    with qtbot.waitSignal(window.action_done, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    item = triage.item(ticket_id)
    assert item.status is TicketStatus.RESOLVED
    kinds = [e.kind.value for e in triage.ticket(ticket_id).events]
    assert kinds[-3:] == ["claimed", "noted", "resolved"]
    assert triage.ticket(ticket_id).events[-1].payload["compensation_amount"] == 25.0
    # the resolved ticket leaves the "needs action" queue
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 3)


def test_claim_by_someone_else_is_shown_not_crashed(qtbot, triage, write_jsonl, make_main_window):  # type: ignore[no-untyped-def]
    _seed(triage, write_jsonl)
    window = make_main_window()
    qtbot.waitUntil(lambda: window.panel.detail is not None)
    triage.claim(window.panel.detail.item.id, "piet")
    with qtbot.waitSignal(window.action_failed, timeout=5000) as failed:
        window.panel.claim_button.click()
    assert "piet" in failed.args[0]
    assert window.panel.banner.isVisible() or not window.isVisible()
    assert "piet" in window.panel.banner.text()


def test_claim_next_takes_the_best_ticket_nobody_holds(
    qtbot, triage, write_jsonl, make_main_window
):  # type: ignore[no-untyped-def]
    _seed(triage, write_jsonl)
    window = make_main_window()
    qtbot.waitUntil(lambda: window.panel.detail is not None)
    top = [i.id for i in triage.top(3)]
    triage.claim(top[0], "piet")  # the best one is someone else's already
    with qtbot.waitSignal(window.action_done, timeout=5000):
        window.claim_next_action.trigger()
    qtbot.waitUntil(lambda: window.panel.detail.item.id == top[1])
    assert window.panel.detail.item.assignee == "sanne"
    for _ in range(len(triage.top(100)) - 2):  # take every other ticket
        triage.claim_next("piet")
    window.claim_next_action.trigger()
    qtbot.waitUntil(lambda: "Nothing to claim" in window.statusBar().currentMessage())


def test_filters_and_search_narrow_the_queue(qtbot, triage, write_jsonl, make_main_window):  # type: ignore[no-untyped-def]
    _seed(triage, write_jsonl)
    window = make_main_window()
    with qtbot.waitSignal(window.model.loaded, timeout=5000):
        window.filters.channel.setCurrentIndex(window.filters.channel.findData("email"))
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)
    with qtbot.waitSignal(window.model.loaded, timeout=5000):
        window.filters.channel.setCurrentIndex(0)
    with qtbot.waitSignal(window.model.loaded, timeout=5000):
        window.filters.search.setText("invoice")
    assert window.proxy.rowCount() == 1
    assert window.proxy.index(0, COL["message"]).data().startswith("Where can I find")
    with qtbot.waitSignal(window.model.loaded, timeout=5000):
        window.filters.search.setText("")
    with qtbot.waitSignal(window.model.loaded, timeout=5000):
        window.filters.lang.setCurrentIndex(window.filters.lang.findData("nl"))
    assert window.proxy.rowCount() == 1
    with qtbot.waitSignal(window.model.loaded, timeout=5000):
        window.filters.lang.setCurrentIndex(0)
    with qtbot.waitSignal(window.model.loaded, timeout=5000):
        window.filters.mine.setChecked(True)
    assert window.proxy.rowCount() == 0
    assert triage.count(QueueQuery(status=StatusFilter.ALL)) == 4


def test_customer_html_is_shown_as_plain_text(qtbot, triage, write_jsonl, make_main_window):  # type: ignore[no-untyped-def]
    _seed(triage, write_jsonl)
    window = make_main_window()
    row = next(
        r
        for r in range(window.proxy.rowCount())
        if "<script>" in window.proxy.index(r, COL["message"]).data()
    )
    ticket_id = window.proxy.index(row, 0).data(IdRole)
    with qtbot.waitSignal(window.detail_shown, timeout=5000):
        window.open_ticket(ticket_id)
    bubble = window.panel.conversation.bubbles[0]
    assert bubble.body.textFormat() == Qt.TextFormat.PlainText
    assert bubble.body.text() == "<b>bold</b> <script>alert(1)</script>"
    for label in window.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or "<script>" not in label.text()
    # tooltips render rich text on their own: the message's must arrive escaped
    tip = window.proxy.index(row, COL["message"]).data(Qt.ItemDataRole.ToolTipRole)
    assert "<script>" not in tip and "&lt;script&gt;" in tip


def test_customer_history_across_channels(qtbot, triage, write_jsonl, make_main_window):  # type: ignore[no-untyped-def]
    triage.import_file(
        write_jsonl(
            "hist.jsonl",
            {
                "external_id": "h1",
                "text": "Modem broken",
                "author": "@ans",
                "created_at": "2026-11-22T09:00:00Z",
            },
            {
                "external_id": "h2",
                "text": "Modem still broken",
                "author": "@ans",
                "created_at": "2026-11-23T09:00:00Z",
            },
        )
    )
    window = make_main_window()
    qtbot.waitUntil(lambda: window.panel.detail is not None)
    tree = window.panel.customer.tickets
    assert tree.topLevelItemCount() == 2
    assert "1" in window.panel.customer.summary.text()


def test_scheduled_rescore_reaches_the_window(qtbot, triage, write_jsonl, make_main_window):  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from triage.scheduler.service import SchedulerService
    from ui.bridge import SchedulerBridge

    _seed(triage, write_jsonl)
    window = make_main_window()
    before = window.proxy.index(1, COL["priority"]).data()
    scheduler = SchedulerService(triage, rescore_seconds=3600)
    bridge = SchedulerBridge(scheduler, window)
    bridge.ran.connect(window.on_job_run)
    scheduler.start()
    try:
        triage.clock.advance(timedelta(minutes=50))  # type: ignore[attr-defined]
        with qtbot.waitSignal(window.model.loaded, timeout=10_000):
            scheduler.run_now()
    finally:
        scheduler.shutdown()
    assert window.job_text.text().startswith("Re-scored")
    assert window.proxy.index(1, COL["priority"]).data() != before


def test_learned_model_dialog_says_why_it_cannot_train_yet(
    qtbot,
    triage,
    write_jsonl,
    make_main_window,  # type: ignore[no-untyped-def]
):
    from ui.dialogs.model_dialog import ModelDialog

    _seed(triage, write_jsonl)
    window = make_main_window()
    window.show_models()
    dialog = window.dialog
    assert isinstance(dialog, ModelDialog)
    qtbot.waitUntil(lambda: "shipped model" in dialog.summary.text())
    assert not dialog.roll_back_button.isEnabled()
    dialog.train_button.click()
    qtbot.waitUntil(lambda: "at least" in dialog.status.text(), timeout=10_000)
    assert dialog.train_button.isEnabled()


def test_complaint_and_priority_corrections_by_key(
    qtbot,
    triage,
    write_jsonl,
    make_main_window,  # type: ignore[no-untyped-def]
):
    from sqlalchemy import select

    from triage.store.tables import LabelRow

    _seed(triage, write_jsonl)
    window = make_main_window()
    qtbot.waitUntil(lambda: window.panel.detail is not None)
    with qtbot.waitSignal(window.action_done, timeout=5000):
        qtbot.keyClick(window.table, Qt.Key.Key_X, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(window.action_done, timeout=5000):
        qtbot.keyClick(window.table, Qt.Key.Key_Minus)
    with triage.sessions() as s:
        labels = {(r.kind, r.value) for r in s.scalars(select(LabelRow))}
    assert labels == {("complaint", "0"), ("priority", "lower")}


def test_the_queue_paints_band_colours_selection_and_plain_text(  # type: ignore[no-untyped-def]
    qtbot, triage, write_jsonl, make_main_window
):
    """The queue's own cell painter (ui/widgets/queue_delegate.py): the band's background,
    the selection, each cell's text laid out once as plain text, and elided to fit."""
    from PySide6.QtGui import QColor

    from ui.models.queue_table_model import BAND_COLOURS
    from ui.widgets.queue_delegate import QueueDelegate

    _seed(triage, write_jsonl)
    window = make_main_window()
    table = window.table
    delegate = table.itemDelegate()
    assert isinstance(delegate, QueueDelegate)
    qtbot.waitUntil(lambda: window.panel.detail is not None)
    table.clearSelection()
    window.resize(1400, 700)
    image = table.viewport().grab().toImage()

    def pixel_at(row: int, column: int):  # type: ignore[no-untyped-def]
        rect = table.visualRect(window.proxy.index(row, column))
        return QColor(image.pixel(rect.right() - 2, rect.top() + 2))

    # the top ticket is P1 (a fire): its cells carry the band's colour, edge to edge
    assert pixel_at(0, COL["channel"]) == QColor(BAND_COLOURS[Band.P1])
    table.selectRow(0)
    selected = table.viewport().grab().toImage()
    rect = table.visualRect(window.proxy.index(0, COL["channel"]))
    highlight = table.palette().color(table.palette().ColorRole.Highlight)
    assert QColor(selected.pixel(rect.right() - 2, rect.top() + 2)) == highlight

    # every text it laid out is plain text: markup in a message is shown, not read
    laid = {text.text(): text for text in delegate.cells.laid_out_texts()}
    assert all(t.textFormat() == Qt.TextFormat.PlainText for t in laid.values())
    assert any("<b>bold</b>" in shown for shown in laid)
    # a text wider than its column is elided, with the ellipsis
    table.setColumnWidth(COL["message"], 80)
    table.viewport().grab()
    assert any(
        shown.endswith("…") and shown.startswith("The")
        for shown in (t.text() for t in delegate.cells.laid_out_texts())
    )


def test_the_queue_paints_a_screen_in_one_pass_as_the_table_would(  # type: ignore[no-untyped-def]
    qtbot, triage, write_jsonl, make_main_window
):
    """The view's own paint (ui/widgets/queue_view.py): grid lines in the style's colour, the
    columns in the order the agent dragged them to, hidden ones not painted, the delegate
    painting a single cell the same way, and the paint gate closed only while it paints."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from ui.models.queue_table_model import BAND_COLOURS
    from ui.responsiveness import GATE

    _seed(triage, write_jsonl)
    window = make_main_window()
    table = window.table
    window.resize(1400, 700)
    table.clearSelection()
    qtbot.waitUntil(lambda: window.panel.detail is not None)
    image = table.viewport().grab().toImage()
    cells, queue = table._cells, table._queue
    table._cells = None  # Qt's own paint, cell by cell through the delegate
    theirs = table.viewport().grab().toImage()
    table._cells = cells
    rect = table.visualRect(window.proxy.index(0, COL["channel"]))
    below, beside = (rect.center().x(), rect.bottom() + 1), (rect.right() + 1, rect.center().y())
    grid = QColor(theirs.pixel(*below))
    assert grid != QColor(BAND_COLOURS[Band.P1])
    for x, y in (below, beside, (rect.right() - 2, rect.top() + 2), (rect.left(), rect.bottom())):
        assert QColor(image.pixel(x, y)) == QColor(theirs.pixel(x, y))
    assert QColor(image.pixel(rect.right() - 2, rect.top() + 2)) == QColor(BAND_COLOURS[Band.P1])
    assert queue is window.model

    # the agent drags Message to the front and hides Author
    header = table.horizontalHeader()
    header.moveSection(header.visualIndex(COL["message"]), 0)
    table.setColumnHidden(COL["author"], True)
    cells._texts.clear()
    image = table.viewport().grab().toImage()
    first = window.model.item_at(0)
    assert first is not None
    shown = {t.text() for t in cells.laid_out_texts()}
    assert not any((first.author_name or first.author) in text for text in shown)
    message_rect = table.visualRect(window.proxy.index(0, COL["message"]))
    assert message_rect.left() == 0  # where the text is painted from: the front
    assert any(first.text[:10] in text for text in shown)

    # the delegate paints one cell as the view does
    single = QImage(rect.size(), QImage.Format.Format_ARGB32_Premultiplied)
    single.fill(QColor("white"))
    painter = QPainter(single)
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = single.rect()
    table.itemDelegate().paint(painter, option, window.proxy.index(0, COL["channel"]))
    painter.end()
    assert QColor(single.pixel(2, 2)) == QColor(BAND_COLOURS[Band.P1])
    assert GATE.is_open  # closed only while the queue paints


def test_moving_through_the_queue_reads_only_the_ticket_the_agent_stops_at(  # type: ignore[no-untyped-def]
    qtbot, triage, write_jsonl, make_main_window, monkeypatch
):
    """J held down: the highlight moves row by row at once, the detail is read for the last
    row only, and only after the queue has painted."""
    _seed(triage, write_jsonl)
    window = make_main_window()
    window.show()
    qtbot.waitUntil(lambda: window.panel.detail is not None)
    read: list[int] = []
    real = triage.ticket

    def ticket(ticket_id: int):  # type: ignore[no-untyped-def]
        read.append(ticket_id)
        return real(ticket_id)

    monkeypatch.setattr(triage, "ticket", ticket)
    start = window.table.currentIndex().row()
    for _ in range(3):
        window.move(1)
    assert window.table.currentIndex().row() == start + 3  # the highlight is there at once
    assert read == []  # nothing read before the queue painted
    target = window.proxy.item_at(start + 3)
    assert target is not None
    qtbot.waitUntil(
        lambda: window.panel.detail is not None and window.panel.detail.item.id == target.id
    )
    assert read == [target.id]


def test_work_waits_for_the_queue_s_next_paint_or_not_long(qtbot, make_main_window, triage):  # type: ignore[no-untyped-def]
    window = make_main_window()
    table = window.table
    window.show()
    qtbot.waitExposed(window)
    ran: list[str] = []
    table.after_paint(lambda: ran.append("painted"))
    assert ran == []
    table.viewport().repaint()
    qtbot.waitUntil(lambda: ran == ["painted"], timeout=1000)
    window.hide()  # nothing is painted: it runs anyway, soon
    table.after_paint(lambda: ran.append("later"), at_latest_ms=30)
    qtbot.waitUntil(lambda: ran == ["painted", "later"], timeout=1000)


def test_the_window_s_repaint_holds_workers_at_their_pause_points(  # type: ignore[no-untyped-def]
    qtbot, triage, write_jsonl, make_main_window
):
    """Not only the queue: while any part of the window repaints, the paint gate is closed."""
    from PySide6.QtCore import QEvent, QObject

    from ui.responsiveness import GATE

    _seed(triage, write_jsonl)
    window = make_main_window()
    window.show()
    qtbot.waitExposed(window)
    seen: list[bool] = []

    class Watch(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint:
                seen.append(GATE.is_open)
            return False

    watch = Watch()
    window.status_text.installEventFilter(watch)
    window.status_text.setText("Repaint me")
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen and not any(seen)  # painted with the gate closed
    assert GATE.is_open  # and open again after
