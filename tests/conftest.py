"""Shared test set-up: offscreen Qt, and no test touching the user's real files."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from lagdesk.db.database import Database, open_database


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Data, logs and settings go to the test's own folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("LAGDESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("LAGDESK_SETTINGS_DIR", str(home / "settings"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "city.sqlite"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    db = open_database(db_path)
    yield db
    db.close()
