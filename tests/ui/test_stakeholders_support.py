"""Fixtures of the Stakeholders tests: a window on a copy of the small demo, its page.

The demo is built once per test session and copied for every test, so each test still has
its own file. Test modules import the fixtures from here (pytest finds them by name).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from lagdesk.core.stakeholders import register as sh
from lagdesk.db.database import open_database
from lagdesk.demo import build_demo
from lagdesk.ui.shell.areas import Area
from lagdesk.ui.shell.main_window import MainWindow
from lagdesk.ui.shell.opening import open_file
from lagdesk.ui.stakeholders.page import StakeholdersPage


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "Koszalin-demo.sqlite"
    database = open_database(path)
    try:
        build_demo(database, "small", seed=1)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    return path


@pytest.fixture
def demo_window(qtbot: QtBot, tmp_path: Path, demo_template: Path) -> Iterator[MainWindow]:
    path = tmp_path / "Koszalin.sqlite"
    shutil.copyfile(demo_template, path)
    main = MainWindow(open_file(path))
    qtbot.addWidget(main)
    main.resize(1300, 820)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.shutdown()


@pytest.fixture
def page(demo_window: MainWindow) -> StakeholdersPage:
    demo_window.show_area(Area.STAKEHOLDERS)
    found = demo_window.page(Area.STAKEHOLDERS)
    assert isinstance(found, StakeholdersPage)
    return found


@pytest.fixture
def empty_page(window: MainWindow) -> StakeholdersPage:
    """The page on a new, empty file (the ``window`` fixture of conftest)."""
    window.show_area(Area.STAKEHOLDERS)
    found = window.page(Area.STAKEHOLDERS)
    assert isinstance(found, StakeholdersPage)
    return found


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def person_named(page: StakeholdersPage, last_name: str, first_name: str = "") -> sh.PersonRow:
    database = page.people_model._database
    ids = sh.person_ids(database, sh.StakeholderFilter(text=f"{first_name} {last_name}"))
    rows = [
        row
        for row in sh.person_rows(database, ids)
        if row.last_name == last_name and (not first_name or row.first_name == first_name)
    ]
    assert len(rows) == 1, rows
    return rows[0]


def select_people(page: StakeholdersPage, *ids: int) -> None:
    page.tabs.setCurrentWidget(page.people)
    page.people.select_ids(list(ids))


def test_the_fixture_page_lists_the_demo(page: StakeholdersPage) -> None:
    assert page.people_model.rowCount() == 41
    assert page.tabs.currentWidget() is page.people
