"""Shared test set-up: offscreen Qt, and no test touching the user's real files."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from lagdesk.db.database import Database, open_database

#: The offscreen platform cannot pass a window's size limits on; real platforms can. A
#: widget test's window may still be laid out while a later test of the same worker runs.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Data, logs and settings go to the test's own folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("LAGDESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("LAGDESK_SETTINGS_DIR", str(home / "settings"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    return home


@pytest.fixture(autouse=True)
def back_in_english() -> Iterator[None]:
    """A test that switches language (a CLI run with --lang, the language menu) leaves the
    next test in English: messages are checked in English."""
    yield
    from lagdesk import i18n

    if i18n.current_language() != "en":
        i18n.install_language("en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "city.sqlite"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    db = open_database(db_path)
    yield db
    db.close()


@pytest.fixture
def locked_db(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A lagdesk file that another program holds with an exclusive lock."""
    import sqlite3

    from lagdesk.db import database as database_module

    open_database(db_path).close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 50)
    yield db_path
    holder.execute("ROLLBACK")
    holder.close()


@pytest.fixture(scope="session")
def small_demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo database (seed 1), built once per test process; use copies of it."""
    from lagdesk.demo import build_demo

    path = tmp_path_factory.mktemp("small-demo") / "demo.sqlite"
    database = open_database(path)
    try:
        build_demo(database, "small", seed=1)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    return path


@pytest.fixture
def demo_db(small_demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of the small demo database of this test's own, open."""
    import shutil

    path = tmp_path / "demo.sqlite"
    shutil.copy(small_demo_template, path)
    database = open_database(path)
    yield database
    database.close()
