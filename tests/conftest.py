"""Shared fixtures: a migrated template database copied per test, a fixed clock, tmp data dirs."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

if os.environ.get("TRIAGE_BLOCK_QT"):
    # The core suite must pass with Qt unavailable: any import of PySide6 or ui fails loudly.
    import importlib.abc

    class _BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):  # type: ignore[no-untyped-def]
            if name.split(".")[0] in ("PySide6", "ui", "pytestqt"):
                raise ImportError(f"{name} is blocked in the Qt-free core suite")
            return None

    sys.meta_path.insert(0, _BlockQt())

from triage.analysis.analyzer import MessageAnalyzer
from triage.clock import FixedClock
from triage.services import Triage
from triage.store.db import make_engine, migrate

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("TRIAGE_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)
    engine.dispose()
    return path


@pytest.fixture
def db_url(template_db: Path, tmp_path: Path) -> str:
    target = tmp_path / "triage.db"
    shutil.copyfile(template_db, target)
    return f"sqlite:///{target}"


@pytest.fixture(scope="session")
def analyzer() -> MessageAnalyzer:
    return MessageAnalyzer()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def triage(db_url: str, clock: FixedClock, analyzer: MessageAnalyzer) -> Iterator[Triage]:
    app = Triage.open(db_url, clock=clock, analyzer=analyzer)
    yield app
    app.close()


def jsonl_line(**fields: object) -> str:
    import json

    base: dict[str, object] = {
        "channel": "x",
        "author": "@someone",
        "author_name": "Some One",
        "followers": 10,
        "created_at": "2026-11-23T09:00:00Z",
        "url": "",
        "in_reply_to": "",
    }
    base.update(fields)
    return json.dumps(base, ensure_ascii=False)


@pytest.fixture
def write_jsonl(tmp_path: Path):  # type: ignore[no-untyped-def]
    def write(name: str, *rows: dict[str, object]) -> Path:
        path = tmp_path / name
        path.write_text("\n".join(jsonl_line(**r) for r in rows) + "\n", encoding="utf-8")
        return path

    return write


from pg import pg_url  # noqa: E402,F401  (tests/pg.py)
