"""How the queue lays out a cell's text (ui/widgets/queue_delegate.py): whole where it fits,
elided with an ellipsis where it does not, never wider than the cell, always plain text."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette

from ui.widgets.queue_delegate import QueueCells

SAMPLES = (
    "Storing in Amsterdam-West",
    "WAVE AVATAR Tête-à-tête",  # kerning pairs
    "office fifty flights",  # ligatures where the font has them
    "👩‍👩‍👧 family emoji 🇳🇱 vlag",
    "<b>bold</b> <script>alert(1)</script>",
    "Één keer, nooit weer: café crème, ruïne, coördinatie",
    "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii",
    "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW",
)


def test_texts_fit_their_cell_whole_or_elided(qapp) -> None:  # type: ignore[no-untyped-def]
    cells = QueueCells(None)  # type: ignore[arg-type]  # laying out asks the model nothing
    font = QFont(qapp.font())
    cells.begin(QPalette(), font)
    metrics = QFontMetrics(font)
    rng = random.Random(5)
    for text in SAMPLES:
        for room in (8, 20, 45, 80, 150, 300, 600, *(rng.randint(5, 400) for _ in range(20))):
            static, width, _height = cells._lay_out(text, room)
            shown = static.text()
            assert static.textFormat() == Qt.TextFormat.PlainText
            assert width <= room + 1, (text, room, shown)
            if shown != text:
                assert shown.endswith("…") or (shown == "" and room < 20), (text, room, shown)
                assert metrics.horizontalAdvance(text) > room - 2  # only what did not fit
            else:
                assert metrics.horizontalAdvance(text) <= room + 1


def test_a_new_font_lays_texts_out_again(qapp) -> None:  # type: ignore[no-untyped-def]
    cells = QueueCells(None)  # type: ignore[arg-type]
    small = QFont(qapp.font())
    small.setPointSize(8)
    cells.begin(QPalette(), small)
    text = "Storing in Amsterdam-West, al twee dagen"
    narrow = cells._lay_out(text, 150)[0].text()
    big = QFont(qapp.font())
    big.setPointSize(16)
    cells.begin(QPalette(), big)
    assert cells.laid_out_texts() == []
    wide = cells._lay_out(text, 150)[0].text()
    assert len(wide) < len(narrow) and wide.endswith("…")
