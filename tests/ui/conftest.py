"""UI test set-up: every modal dialog replaced by a recorder, a main window on a tmp file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs

from lagdesk.i18n import install_language
from lagdesk.ui.common import dialogs
from lagdesk.ui.shell.main_window import MainWindow
from lagdesk.ui.shell.opening import open_file


@pytest.fixture(autouse=True)
def fake_dialogs(monkeypatch: pytest.MonkeyPatch) -> FakeDialogs:
    fake = FakeDialogs()
    for name in (
        "show_error",
        "show_information",
        "confirm",
        "show_about",
        "show_crash",
        "ask_save_changes",
        "resolve_conflict",
    ):
        monkeypatch.setattr(dialogs, name, getattr(fake, name))
    for name in ("save_file_path", "new_file_path", "open_file_path"):
        monkeypatch.setattr(dialogs, name, fake.choose_path)
    monkeypatch.setattr(dialogs, "open_file_paths", fake.choose_paths)
    monkeypatch.setattr(dialogs, "folder_path", fake.choose_folder)
    return fake


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    """Labels are checked in English whatever the machine's locale."""
    install_language("en")
    yield
    install_language("en")


@pytest.fixture
def city_path(tmp_path: Path) -> Path:
    return tmp_path / "Koszalin.sqlite"


@pytest.fixture
def window(qtbot: QtBot, city_path: Path) -> Iterator[MainWindow]:
    main = MainWindow(open_file(city_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.shutdown()
