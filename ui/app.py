"""Composition root: builds the core, the scheduler and the main window, and wires them."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from triage.config import REPO_ROOT, database_url, local_user

RESOURCES = REPO_ROOT / "resources"
TRANSLATIONS = RESOURCES / "translations"
STYLE = RESOURCES / "styles" / "app.qss"


def _args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="webcare-triage", description="Webcare Triage desk")
    p.add_argument("--db", help="database URL (default: TRIAGE_DATABASE_URL or the local file)")
    p.add_argument("--screenshot", type=Path, help="render the main window to this PNG and exit")
    p.add_argument("--lang", choices=("en", "nl"), help="interface language")
    p.add_argument("--agent", help="who is working (default: the system user)")
    p.add_argument("--no-demo", action="store_true", help="do not load demo data into an empty db")
    p.add_argument("--ticket", type=int, help="open this ticket first")
    return p.parse_args(argv)


def has_display() -> bool:
    if sys.platform != "linux":
        return True
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def print_queue_instead(url: str, seed: bool) -> int:
    """No screen: say so, and show the top of the queue in the terminal."""
    from triage.domain.errors import TriageError
    from triage.domain.explain import render_reasons
    from triage.services import Triage

    print("No display found (DISPLAY/WAYLAND_DISPLAY not set): the window cannot open here.")
    print("Top of the queue instead; run `python main.py --screenshot queue.png` for a picture.\n")
    try:
        app = Triage.open(url)
    except TriageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        if seed and app.is_empty():
            app.seed_demo()
        for it in app.top(15):
            print(
                f"#{it.id:<5} {it.band.value} {it.priority:>3}  {it.channel:<10} "
                f"{(it.author_name or it.author)[:20]:<20} {' '.join(it.text.split())[:70]}"
            )
            print("       " + " · ".join(render_reasons(it.explanation)))
    finally:
        app.close()
    return 0


def install_translators(app: object, code: str) -> list[object]:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    kept: list[object] = []
    ours = QTranslator()
    if ours.load(str(TRANSLATIONS / f"triage_{code}.qm")):
        app.installTranslator(ours)  # type: ignore[attr-defined]
        kept.append(ours)
    qt = QTranslator()
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)  # type: ignore[attr-defined]
        kept.append(qt)
    return kept


def pick_language(explicit: str | None, saved: str) -> str:
    if explicit:
        return explicit
    if saved in ("en", "nl"):
        return saved
    from PySide6.QtCore import QLocale

    return "nl" if QLocale.system().name().lower().startswith("nl") else "en"


def main(argv: Sequence[str] | None = None) -> int:
    args = _args(argv if argv is not None else sys.argv[1:])
    url = database_url(args.db)
    if args.screenshot and not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if not has_display():
        return print_queue_instead(url, not args.no_demo)

    from PySide6.QtCore import QLocale, QTimer
    from PySide6.QtWidgets import QApplication

    from triage.domain.access import Permission
    from triage.domain.errors import TriageError
    from triage.scheduler.service import SchedulerService
    from triage.services import Triage
    from triage.services.live import TicketFeed
    from ui.bridge import SchedulerBridge
    from ui.responsiveness import settle_for_interaction
    from ui.settings import UiSettings
    from ui.tasks import TaskRunner
    from ui.windows.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("Webcare")
    app.setApplicationName("Webcare Triage")
    settings = UiSettings()
    code = pick_language(args.lang, settings.language())
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if code == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands if code == "nl" else QLocale.Country.UnitedKingdom,
        )
    )
    translators = install_translators(app, code)
    if STYLE.exists():
        app.setStyleSheet(STYLE.read_text(encoding="utf-8"))  # type: ignore[attr-defined]

    try:
        core = Triage.open(url, background_checkpoints=True)  # the scheduler checkpoints
    except TriageError as exc:
        from PySide6.QtWidgets import QMessageBox

        print(f"error: {exc}", file=sys.stderr)
        QMessageBox.critical(None, "Webcare Triage", str(exc))
        return 1
    if not args.no_demo and core.is_empty():
        core.seed_demo()
    tasks = TaskRunner()
    user = core.sign_in(args.agent or local_user())
    if not core.may(Permission.READ_CASES):
        return run_trainer_desk(app, core, tasks, user.name, args.screenshot, translators)
    window = MainWindow(core, tasks, user.name, settings)
    scheduler = SchedulerService(core)
    bridge = SchedulerBridge(scheduler, window)
    bridge.ran.connect(window.on_job_run)
    window.attach_scheduler(scheduler)
    live = window.attach_live(TicketFeed(core.engine))  # other desks' changes, as they happen
    live.start()
    if args.ticket:
        window.open_ticket(args.ticket)

    if args.screenshot:
        target: Path = args.screenshot

        def shoot() -> None:
            window.grab().save(str(target))
            print(f"saved {target}")
            app.quit()  # type: ignore[attr-defined]

        window.resize(1600, 900)
        window.show()
        window.detail_shown.connect(lambda _id: QTimer.singleShot(150, shoot))
        QTimer.singleShot(15_000, shoot)  # an empty queue never shows a detail
    else:
        scheduler.start()
        window.show()
    settle_for_interaction()
    code_ = app.exec()  # type: ignore[attr-defined]
    live.stop()
    scheduler.shutdown()
    tasks.wait()
    core.close()
    del translators
    return int(code_)


def run_trainer_desk(
    app: Any, core: Any, tasks: Any, user: str, screenshot: Path | None, translators: Any
) -> int:
    """A trainer never sees the live queue: the app opens on anonymised case replay."""
    from PySide6.QtCore import QTimer

    from ui.windows.replay_window import ReplayWindow

    window = ReplayWindow(core, tasks, user, None)
    window.resize(1400, 860)
    if screenshot is not None:

        def shoot() -> None:
            window.grab().save(str(screenshot))
            print(f"saved {screenshot}")
            app.quit()

        QTimer.singleShot(2500, shoot)
    window.show()
    code = app.exec()
    tasks.wait()
    core.close()
    del translators
    return int(code)
