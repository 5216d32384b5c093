"""The program as a user starts it: no display, and the offscreen screenshot mode."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "TRIAGE_DATABASE_URL")
    }
    env["TRIAGE_DATA_DIR"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env.update(extra)
    return env


def test_without_a_display_it_prints_the_queue_instead(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "main.py"],
        cwd=ROOT,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "No display found" in done.stdout
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("#")]
    assert len(lines) >= 10  # the demo was seeded on first start
    assert (tmp_path / "data" / "triage.db").exists()


def test_screenshot_mode_renders_the_main_window(tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    done = subprocess.run(
        [sys.executable, "main.py", "--screenshot", str(target), "--lang", "nl"],
        cwd=ROOT,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(target))
    assert not image.isNull() and image.width() >= 1200 and image.height() >= 700
