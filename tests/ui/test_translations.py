"""Every string a user reads goes through tr(), and both languages ship complete."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations"


def _sources(ts: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts)
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in tree.iter("context")
        for msg in ctx.iter("message")
    }


def test_shipped_dutch_file_is_complete_and_current(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [
            str(lupdate if lupdate.exists() else shutil.which("pyside6-lupdate")),
            *files,
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    shipped = TS / "triage_nl.ts"
    assert _sources(fresh) <= _sources(shipped), "run `make translations`"
    unfinished = [
        m.findtext("source")
        for m in ET.parse(shipped).iter("message")
        if (m.find("translation") is not None and m.find("translation").get("type") == "unfinished")
    ]  # type: ignore[union-attr]
    assert unfinished == []


def test_compiled_translations_load_and_translate(qtbot) -> None:  # type: ignore[no-untyped-def]
    nl = QTranslator()
    assert nl.load(str(TS / "triage_nl.qm"))
    QCoreApplication.installTranslator(nl)
    try:
        assert QCoreApplication.translate("Labels", "Waiting on customer") == "Wacht op klant"
        assert QCoreApplication.translate("FilterBar", "%n ticket(s)", "", 3) == "3 tickets"
        assert QCoreApplication.translate("FilterBar", "%n ticket(s)", "", 1) == "1 ticket"
    finally:
        QCoreApplication.removeTranslator(nl)
    en = QTranslator()
    assert en.load(str(TS / "triage_en.qm"))
    QCoreApplication.installTranslator(en)
    try:
        assert QCoreApplication.translate("FilterBar", "%n ticket(s)", "", 1) == "1 ticket"
    finally:
        QCoreApplication.removeTranslator(en)


def test_every_priority_reason_reads_in_dutch(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.labels import reason_text

    nl = QTranslator()
    assert nl.load(str(TS / "triage_nl.qm"))
    QCoreApplication.installTranslator(nl)
    try:
        for target, business in ((60, False), (60, True), (240, False), (240, True)):
            args = {"waited": 179, "target": target, "business": business}
            text = reason_text({"key": "waiting", "points": 25, "args": args})
            assert text.startswith("wacht "), text
    finally:
        QCoreApplication.removeTranslator(nl)
