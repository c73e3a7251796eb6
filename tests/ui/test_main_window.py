"""The main window shell: title, sidebar and shortcuts, pages, menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from uihelpers import FakeDialogs

from lagdesk import __version__
from lagdesk.core.support.file_lock import lock_path
from lagdesk.i18n import current_language
from lagdesk.ui.network.page import NetworkPage
from lagdesk.ui.shell import settings
from lagdesk.ui.shell.areas import Area
from lagdesk.ui.shell.main_window import MainWindow
from lagdesk.ui.shell.opening import open_file


def test_title_and_status_bar_name_the_file(window: MainWindow, city_path: Path) -> None:
    assert window.windowTitle() == "Koszalin.sqlite — lagdesk"
    assert Path(window.windowFilePath()) == city_path.resolve()
    assert window.path_label.text() == str(city_path.resolve())


def test_only_the_visible_page_is_built_at_start(window: MainWindow) -> None:
    assert isinstance(window.stack.currentWidget(), NetworkPage)
    assert [area for area in Area if window.page(area) is not None] == [Area.NETWORK]


def test_clicking_the_sidebar_switches_pages(window: MainWindow, qtbot: QtBot) -> None:
    sidebar = window.sidebar
    row = list(Area).index(Area.MEETINGS)
    rect = sidebar.visualRect(sidebar.model().index(row, 0))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.page(Area.MEETINGS)
    assert window.page(Area.STAKEHOLDERS) is None


def test_arrow_keys_move_through_the_sidebar(window: MainWindow, qtbot: QtBot) -> None:
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.sidebar.current_area() is Area.STAKEHOLDERS
    assert window.stack.currentWidget() is window.page(Area.STAKEHOLDERS)


def test_ctrl_number_jumps_to_each_area(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    for number, area in enumerate(Area, start=1):
        assert window.area_actions[area].shortcut() == QKeySequence(f"Ctrl+{number}")
    for area in reversed(Area):
        number = list(Area).index(area) + 1
        qtbot.keyClick(
            window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier
        )
        assert window.sidebar.current_area() is area
        assert window.stack.currentWidget() is window.page(area)


def test_undo_and_redo_use_the_standard_shortcuts(window: MainWindow) -> None:
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert window.files.quit_action.shortcut() == QKeySequence("Ctrl+Q")


def test_about_names_version_and_file(window: MainWindow, fake_dialogs: FakeDialogs) -> None:
    window.show_about()
    (text,) = fake_dialogs.abouts
    assert __version__ in text
    assert "Koszalin.sqlite" in text
    assert "offline" in text.lower()


def test_area_and_geometry_come_back_next_time(
    window: MainWindow, qtbot: QtBot, city_path: Path
) -> None:
    window.show_area(Area.INDICATORS)
    window.resize(780, 500)
    window.close()
    again = MainWindow(open_file(city_path))
    qtbot.addWidget(again)
    assert again.sidebar.current_area() is Area.INDICATORS
    assert again.page(Area.NETWORK) is None
    assert again.size().width() == 780
    again.shutdown()


def test_choosing_a_language_applies_now_and_is_kept_for_the_next_start(
    window: MainWindow, fake_dialogs: FakeDialogs
) -> None:
    window.show_area(Area.MEETINGS)
    old_page = window.page(Area.MEETINGS)
    polish = next(
        action for action in window.findChildren(type(window.undo_action)) if action.data() == "pl"
    )
    polish.trigger()
    assert settings.app_settings().value(settings.LANGUAGE) == "pl"
    assert current_language() == "pl"
    assert fake_dialogs.informations == []  # no restart needed
    # The same area, on a page built again; the language menu shows the choice.
    assert window.sidebar.current_area() is Area.MEETINGS
    assert window.page(Area.MEETINGS) is not old_page
    checked = [a.data() for a in window.findChildren(type(window.undo_action)) if a.isChecked()]
    assert "pl" in checked
    assert len(window.menuBar().actions()) == 4  # File, Edit, View, Help: not doubled


def test_quit_closes_the_window_and_releases_the_file(window: MainWindow, city_path: Path) -> None:
    assert lock_path(city_path.resolve()).exists()
    window.files.quit_action.trigger()
    assert not window.isVisible()
    assert not lock_path(city_path.resolve()).exists()
    again = open_file(city_path)  # no "already open" once the window is gone
    again.close()


def test_closing_waits_for_work_running_in_any_pool(window: MainWindow) -> None:
    import threading
    import time

    from PySide6.QtCore import QRunnable, QThreadPool

    finished = threading.Event()

    class SlowWork(QRunnable):
        def run(self) -> None:
            time.sleep(0.3)
            finished.set()

    window.show_area(Area.STAKEHOLDERS)
    pool = QThreadPool(window.page(Area.STAKEHOLDERS))
    pool.start(SlowWork())
    window.shutdown()
    assert finished.is_set()
