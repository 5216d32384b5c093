"""Where things live: the database URL and the data folder (platformdirs)."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

import platformdirs

APP_NAME = "WebcareTriage"
APP_AUTHOR = "Webcare"
DB_ENV = "TRIAGE_DATABASE_URL"
DATA_ENV = "TRIAGE_DATA_DIR"
REPO_ROOT = Path(__file__).resolve().parents[1]
DEMO_FILE = REPO_ROOT / "resources" / "demo" / "mentions.jsonl"


def data_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'triage.db'}"


def database_url(explicit: str | None = None) -> str:
    """--db beats TRIAGE_DATABASE_URL beats the local file in the user data folder."""
    return explicit or os.environ.get(DB_ENV) or default_database_url()


def local_user() -> str:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = "agent"
    return name.strip().lower() or "agent"
