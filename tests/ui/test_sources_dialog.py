"""The Sources dialog against a real feed server on loopback: add, test, poll, health."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from triage.services.sources import NewSource
from triage.sources.base import SourceKind
from ui.dialogs.source_form import SourceForm

FEED = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Reviews</title>'
    "<item><guid>r1</guid><title>&lt;b&gt;Te laat&lt;/b&gt; bezorgd</title>"
    "<description>Pakket kwam drie dagen te laat.</description></item>"
    "<item><guid>r2</guid><title>Top service</title><description>Snel geholpen.</description>"
    "</item></channel></rss>"
)


@pytest.fixture
def feed_url() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            body = FEED.encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    server.shutdown()
    server.server_close()


def test_add_test_and_poll_a_feed_from_the_dialog(qtbot, triage, make_main_window, feed_url):  # type: ignore[no-untyped-def]
    window = make_main_window()
    dialog = window.sources.open_dialog()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0 and dialog.isVisible())

    dialog.add_button.click()
    form = next(w for w in dialog.findChildren(SourceForm))
    form.name.setText("Reviews")
    form.kind.setCurrentIndex(form.kind.findData("rss"))
    assert not form.secret.isVisible()  # a feed needs no secret
    form.target.setText(feed_url)
    form.keywords.setText("bezorgd, service")
    form.interval.setValue(2)
    form._accept()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.item(0, 1).text() == "Reviews"
    view = triage.sources.get("Reviews")
    assert view.interval_s == 120 and view.keywords == ("bezorgd", "service")

    dialog.table.selectRow(0)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.preview.count() == 2, timeout=10_000)
    texts = [dialog.preview.item(i).text() for i in range(dialog.preview.count())]
    assert any("Te laat bezorgd" in t for t in texts)  # feed markup becomes plain text
    assert triage.stats()["mentions"] == 0  # a test imports nothing

    before = triage.stats()["mentions"]
    dialog.poll_button.click()
    qtbot.waitUntil(lambda: triage.stats()["mentions"] == before + 2, timeout=10_000)
    qtbot.waitUntil(lambda: "2 new" in dialog.table.item(0, 6).text(), timeout=10_000)
    dialog.close()


def test_a_broken_source_turns_red_and_the_status_bar_says_so(qtbot, triage, make_main_window):  # type: ignore[no-untyped-def]
    triage.sources.add(NewSource("Down", SourceKind.RSS, "http://127.0.0.1:9/feed.xml", 60))
    for _ in range(3):
        assert triage.sources.poll("Down", force=True).status == "network"
    window = make_main_window()
    window.refresh()
    qtbot.waitUntil(lambda: window.sources_button.isVisible(), timeout=10_000)
    assert "1" in window.sources_button.text()
    window.sources_button.click()
    dialog = window.sources.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    health = dialog.table.item(0, 0).text()
    assert "Broken" in health or "Kapot" in health
    details = dialog.findChild(QLabel, "sourceDetails")
    assert "127.0.0.1:9" in details.text()  # the server's own words, as plain text
    dialog.close()
