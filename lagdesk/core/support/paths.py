"""Where lagdesk keeps its files by default."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

DEFAULT_DATABASE_NAME = "lagdesk.sqlite"


def data_dir() -> Path:
    """The platform's user data folder, or LAGDESK_DATA_DIR when set (tests, portable use)."""
    override = os.environ.get("LAGDESK_DATA_DIR")
    return Path(override) if override else user_data_path("lagdesk", appauthor=False)


def default_database_path() -> Path:
    return data_dir() / DEFAULT_DATABASE_NAME


def log_dir() -> Path:
    override = os.environ.get("LAGDESK_DATA_DIR")
    return Path(override) / "logs" if override else user_log_path("lagdesk", appauthor=False)


def resource_path(name: str) -> Path:
    """A file from the project's resources/ folder (icons, logo placeholders)."""
    return Path(__file__).resolve().parents[2] / "resources" / name
