"""The thread in the side panel (ui/widgets/conversation_view.py): oldest first, customers on
the left, our replies on the right, notes between them, all as plain text; opening the next
ticket reuses the widgets instead of making new ones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from triage.domain.enums import Direction, EventKind
from triage.domain.models import EventView, MessageView
from ui.widgets.conversation_view import SPARE_SLOTS, ConversationView

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _message(n: int, direction: Direction, text: str) -> MessageView:
    return MessageView(
        id=n,
        channel="x",
        direction=direction,
        author="@kim" if direction is Direction.INBOUND else "@brand",
        author_name="Kim" if direction is Direction.INBOUND else "",
        text=text,
        created_at=T0 + timedelta(minutes=n),
        lang="nl",
        sentiment=40.0,
        url="",
        cues=(),
    )


def _shown(view: ConversationView) -> list[tuple[str, str]]:
    """What is visible, top to bottom: (kind, text)."""
    found: list[tuple[int, str, str]] = []
    for label in view.findChildren(QLabel):
        if not label.isVisibleTo(view) or label.objectName() == "bubbleMeta":
            continue
        y = label.mapTo(view.widget(), label.rect().topLeft()).y()
        kind = "note" if label.objectName() == "noteLabel" else label.parent().objectName()
        found.append((y, kind, label.text()))
    return [(kind, text) for _, kind, text in sorted(found)]


def test_a_thread_in_order_sides_and_notes_and_the_next_one_reuses_the_widgets(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = ConversationView()
    qtbot.addWidget(view)
    view.resize(500, 700)
    view.show()
    note = EventView(
        EventKind.NOTED, "sanne", T0 + timedelta(minutes=2, seconds=30), {"text": "called"}
    )
    view.show_thread(
        (
            _message(3, Direction.OUTBOUND, "Sorry Kim, we are on it"),
            _message(1, Direction.INBOUND, "<b>Storing</b> again"),
            _message(2, Direction.INBOUND, "Still nothing"),
        ),
        (note,),
    )
    qtbot.waitUntil(lambda: len(_shown(view)) == 4)
    assert _shown(view) == [
        ("inboundBubble", "<b>Storing</b> again"),
        ("inboundBubble", "Still nothing"),
        ("note", _shown(view)[2][1]),
        ("outboundBubble", "Sorry Kim, we are on it"),
    ]
    assert _shown(view)[2][1].startswith("Note · sanne") and _shown(view)[2][1].endswith("called")
    assert [b.body.text() for b in view.bubbles] == [
        "<b>Storing</b> again",
        "Still nothing",
        "Sorry Kim, we are on it",
    ]
    assert all(b.body.textFormat() == Qt.TextFormat.PlainText for b in view.bubbles)
    left = view.bubbles[0].mapTo(view.widget(), view.bubbles[0].rect().topLeft()).x()
    right = view.bubbles[2].mapTo(view.widget(), view.bubbles[2].rect().topLeft()).x()
    assert left < right  # customers left, our reply right

    # places for longer threads are made ahead, a few at a time, once the thread is shown
    qtbot.waitUntil(lambda: len(view._slots) == SPARE_SLOTS)
    made = len(view.findChildren(QLabel))
    longer = tuple(
        _message(n, Direction.INBOUND if n % 2 else Direction.OUTBOUND, f"m{n}")
        for n in range(1, SPARE_SLOTS + 1)
    )
    view.show_thread(longer)
    qtbot.waitUntil(lambda: len(_shown(view)) == SPARE_SLOTS)
    assert [text for _, text in _shown(view)] == [f"m{n}" for n in range(1, SPARE_SLOTS + 1)]
    assert len(view.findChildren(QLabel)) == made  # a thread this long needed nothing new
    view.show_thread((_message(1, Direction.OUTBOUND, "We called you"),))
    qtbot.waitUntil(lambda: len(_shown(view)) == 1)
    assert _shown(view) == [("outboundBubble", "We called you")]
    assert len(view.findChildren(QLabel)) == made  # nothing new made for a shorter thread
    view.clear()
    assert _shown(view) == [] and view.bubbles == []
