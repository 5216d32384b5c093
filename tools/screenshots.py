"""Render the desk's windows offscreen into docs/ (English and Dutch), for the user guide.

Usage: QT_QPA_PLATFORM=offscreen python tools/screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from triage.services import Triage  # noqa: E402
from triage.services.sources import NewSource  # noqa: E402
from triage.sources.base import SourceKind  # noqa: E402
from ui.app import STYLE, install_translators  # noqa: E402
from ui.dialogs.action_dialogs import ResolveDialog  # noqa: E402
from ui.dialogs.model_dialog import ModelDialog  # noqa: E402
from ui.dialogs.quarantine_dialog import QuarantineDialog  # noqa: E402
from ui.dialogs.sla_policy_dialog import open_sla_policy_dialog  # noqa: E402
from ui.settings import UiSettings  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402
from ui.windows.dashboard_window import DashboardWindow  # noqa: E402
from ui.windows.main_window import MainWindow  # noqa: E402
from ui.windows.replay_window import ReplayWindow  # noqa: E402

DOCS = ROOT / "docs"
BAD_ROWS = (
    b'{"channel": "x", "external_id": "q1", "text": "", "created_at": "2026-11-23T08:00:00Z"}\n'
    b'{"channel": "x", "external_id": "q2", "text": "broken\n'
    b'{"channel": "x", "external_id": "q3", "text": "<b>hi</b>", "created_at": "yesterday"}\n'
)


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(widget: QWidget, name: str) -> None:
    widget.grab().save(str(DOCS / name))
    print("saved", DOCS / name)


def main() -> int:
    app = QApplication([])
    app.setStyleSheet(STYLE.read_text(encoding="utf-8"))
    tmp = Path(tempfile.mkdtemp())
    core = Triage.open(f"sqlite:///{tmp / 'shots.db'}")
    core.seed_demo()
    (tmp / "export.jsonl").write_bytes(BAD_ROWS)
    core.import_file(tmp / "export.jsonl")
    core.train_model()  # the demo's resolutions are labels: show a real comparison
    drop = tmp / "drop"
    drop.mkdir()
    core.sources.add(NewSource("Klachten-export", SourceKind.FOLDER, str(drop), 120))
    core.sources.add(
        NewSource(
            "Trustpilot", SourceKind.RSS, "http://127.0.0.1:9/reviews.rss", 300, ("stroomnet",)
        )
    )
    core.sources.add(
        NewSource(
            "#stroomnet",
            SourceKind.MASTODON,
            "https://127.0.0.1:9",
            120,
            settings={"mode": "hashtag", "hashtag": "stroomnet"},
        )
    )
    for name in ("Klachten-export", "Trustpilot", "#stroomnet", "Trustpilot", "Trustpilot"):
        core.sources.poll(name, force=True)  # two refused hosts: amber and red
    customer = core.customers.ambassadors(1)[0].customer_id
    core.escalate(core.top(1)[0].id, "sanne", "customer asks for a manager")
    core.rescore_open()  # rules raise escalations too
    for lang in ("en", "nl"):
        kept = install_translators(app, lang)
        tasks = TaskRunner()
        settings = UiSettings(QSettings(str(tmp / f"{lang}.ini"), QSettings.Format.IniFormat))
        window = MainWindow(core, tasks, "sanne", settings)
        window.resize(1600, 900)
        window.show()
        spin(1500)
        grab(window, f"main-window-{lang}.png")
        detail = window.panel.detail
        if detail is not None:
            dialog = ResolveDialog(detail.item, window)
            dialog.show()
            spin(200)
            grab(dialog, f"resolve-{lang}.png")
            dialog.close()
        models = ModelDialog(lambda: None, lambda: None, window)
        models.show_models(core.models(), core.label_count())
        models.show()
        spin(200)
        grab(models, f"learned-model-{lang}.png")
        models.close()
        quarantine = QuarantineDialog(window)
        quarantine.show_rows(core.quarantine())
        quarantine.show()
        spin(200)
        grab(quarantine, f"quarantine-{lang}.png")
        quarantine.close()
        sources = window.sources.open_dialog()
        spin(800)
        if sources.table.rowCount() > 2:
            sources.table.selectRow(2)
        spin(200)
        grab(sources, f"sources-{lang}.png")
        sources.close()
        ambassadors = window.customers.ambassadors()
        spin(800)
        grab(ambassadors, f"ambassadors-{lang}.png")
        ambassadors.close()
        person = window.customers.open_customer(customer)
        person.resize(1200, 800)
        spin(1200)
        grab(person, f"customer-{lang}.png")
        person.close()
        review = window.lead.open_review()
        spin(800)
        grab(review, f"escalations-{lang}.png")
        review.close()
        sla = open_sla_policy_dialog(core, tasks, window)
        sla.show()
        spin(800)
        grab(sla, f"sla-policy-{lang}.png")
        sla.close()
        board = DashboardWindow(core, tasks, parent=window)
        board.resize(1440, 1000)
        board.show()
        spin(3000)
        grab(board, f"dashboards-{lang}.png")
        board.close()
        replay = ReplayWindow(core, tasks, "sanne", window)
        replay.resize(1240, 780)
        replay.show()
        spin(1500)
        cases = core.cases_for_replay(50)
        if cases:
            replay.open_case(max(cases, key=lambda c: c[4])[0], 3)  # a case with most steps
            spin(1500)
        grab(replay, f"replay-{lang}.png")
        replay.close()
        window.close()
        tasks.wait()
        for t in kept:
            app.removeTranslator(t)  # type: ignore[arg-type]
    core.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
