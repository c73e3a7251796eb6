"""Alt+letter mnemonics of the Meetings area: no letter twice among what is on screen.

Qt answers a mnemonic only for visible widgets, and when two visible widgets share a
letter, Alt+letter just moves the focus between them. So for every view on the left and
every tab on the right, the letters of the visible buttons, labels with buddies, tab titles
and group boxes, and the menu bar's titles, must all differ; the same in the attendance
window and on each tab of the meeting editor.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lagdesk.core.meetings import overview as mt
from lagdesk.core.meetings.planning import load_meeting_plan, new_meeting_plan
from lagdesk.db.codes import MeetingType
from lagdesk.db.database import Database
from lagdesk.demo import build_demo
from lagdesk.ui.meetings.attendance_window import AttendanceWindow
from lagdesk.ui.meetings.editor import MeetingEditor
from lagdesk.ui.meetings.page import MeetingsPage
from lagdesk.ui.shell.areas import Area
from lagdesk.ui.shell.main_window import MainWindow

_MNEMONIC = re.compile(r"&(.)")


def mnemonic(text: str) -> str | None:
    """The letter Alt reaches ``text`` by ("&&" is a plain ampersand), lower case."""
    for found in _MNEMONIC.finditer(text):
        if found.group(1) != "&":
            return found.group(1).lower()
    return None


def test_mnemonic_reads_qt_text() -> None:
    assert mnemonic("Add &walk-in") == "w"
    assert mnemonic("Min&utes") == "u"
    assert mnemonic("Save && close") is None
    assert mnemonic("R&&D &budget") == "b"
    assert mnemonic("Delete") is None


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Every mnemonic letter among the visible widgets of ``window`` (not of the windows
    it owns), with what carries it."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str, kind: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            found[letter].append(f"{kind} {text!r}")

    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), "button")
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), "tab")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    add(action.text(), "menu")
    return dict(found)


def duplicates(window: QWidget) -> dict[str, list[str]]:
    return {letter: uses for letter, uses in mnemonics(window).items() if len(uses) > 1}


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def demo_window(window: MainWindow) -> MainWindow:
    """The main window on the small demo, 1400 px wide, showing the Meetings page with
    the demo's testing action event selected (it has attendance, minutes and a photo)."""
    build_demo(window.database, "small", seed=1)
    window.resize(1400, 860)
    window.show_area(Area.MEETINGS)
    page = window.page(Area.MEETINGS)
    assert isinstance(page, MeetingsPage)
    event = next(
        row.id
        for row in mt.meeting_rows(window.database)
        if row.type == MeetingType.TESTING_ACTION_EVENT
    )
    page.select_meeting(event)
    settle()
    return window


def meetings_page(window: MainWindow) -> MeetingsPage:
    page = window.page(Area.MEETINGS)
    assert isinstance(page, MeetingsPage)
    return page


def test_the_menu_bar_keeps_its_letters(demo_window: MainWindow) -> None:
    letters = mnemonics(demo_window)
    for letter, title in (("f", "&File"), ("e", "&Edit"), ("v", "&View"), ("h", "&Help")):
        assert f"menu {title!r}" in letters[letter]


def test_every_view_and_tab_of_the_page_has_distinct_letters(demo_window: MainWindow) -> None:
    page = meetings_page(demo_window)
    assert page.current_meeting_id is not None
    seen: set[tuple[str, str]] = set()
    problems: list[str] = []
    for view in range(page.views.count()):
        page.views.setCurrentIndex(view)
        for tab in range(page.detail_tabs.count()):
            page.detail_tabs.setCurrentIndex(tab)
            settle()
            assert page.views.currentWidget().isVisible()
            assert page.detail_tabs.currentWidget().isVisible()
            where = f"{page.views.tabText(view)} + {page.detail_tabs.tabText(tab)}"
            problems += [f"{where}: {uses}" for uses in duplicates(demo_window).values()]
            seen.add((page.views.tabText(view), page.detail_tabs.tabText(tab)))
    assert not problems, "\n".join(problems)
    assert len(seen) == page.views.count() * page.detail_tabs.count() == 12


def test_the_participation_view_shows_both_tables_without_clashes(
    demo_window: MainWindow,
) -> None:
    page = meetings_page(demo_window)
    page.views.setCurrentWidget(page.views.participation)
    for table in range(page.views.participation.tables.count()):
        page.views.participation.tables.setCurrentIndex(table)
        for tab in range(page.detail_tabs.count()):
            page.detail_tabs.setCurrentIndex(tab)
            settle()
            assert not duplicates(demo_window)


def test_the_letters_of_the_page_reach_their_targets(demo_window: MainWindow, qtbot: QtBot) -> None:
    """A few letters checked by pressing them: tabs switch, labels give their buddy focus."""
    page = meetings_page(demo_window)
    page.views.table.setFocus()
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(page.views.table, Qt.Key.Key_I, alt)
    assert page.detail_tabs.currentWidget() is page.files
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, alt)
    assert page.detail_tabs.currentWidget() is page.attendance
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, alt)
    assert page.views.currentWidget() is page.views.month
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, alt)
    assert QApplication.focusWidget() is page.filters.from_date.edit
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, alt)
    assert page.detail_tabs.currentWidget() is page.overview


# --- the attendance window and the meeting editor ------------------------------------------


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")
def test_the_attendance_window_has_distinct_letters(demo_window: MainWindow) -> None:
    page = meetings_page(demo_window)
    page.attendance_mode()
    attendance = page.attendance_window
    assert isinstance(attendance, AttendanceWindow)
    settle()
    assert attendance.isVisible()
    letters = mnemonics(attendance)
    # The walk-in form and the anonymous grid have their letters in a window of their own.
    assert set(letters) >= {"a", "g", "t", "w", "o"}
    assert not duplicates(attendance)
    attendance.close()


def editors(database: Database) -> Iterator[MeetingEditor]:
    event = next(
        row.id for row in mt.meeting_rows(database) if row.type == MeetingType.TESTING_ACTION_EVENT
    )
    for plan in (
        load_meeting_plan(database, event),
        new_meeting_plan(database, today=date(2025, 9, 1)),
    ):
        yield MeetingEditor(database, plan, None)


def test_each_tab_of_the_meeting_editor_has_distinct_letters(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    problems: list[str] = []
    for editor in editors(demo_window.database):
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        for tab in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(tab)
            settle()
            where = editor.tabs.tabText(tab)
            assert mnemonics(editor)  # the tab titles at least
            problems += [f"{where}: {uses}" for uses in duplicates(editor).values()]
        editor.close()
    assert not problems, "\n".join(problems)


def test_tab_follows_the_page_from_the_search_box(demo_window: MainWindow, qtbot: QtBot) -> None:
    """The search box is on the title's line now: Tab goes from it to the filters, and on
    from the last filter to the buttons, in the order they are seen. (Inside a date box Tab
    first walks its day, month and year, as everywhere in Qt.)"""
    page = meetings_page(demo_window)
    page.focus_search()
    qtbot.keyClick(page.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.filters.type_combo
    qtbot.keyClick(page.filters.type_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.filters.from_date.edit
    page.filters.group_combo.setFocus()
    for widget in (page.clear_button, page.new_button, page.edit_button):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget


def test_buttons_without_a_letter_say_their_key_in_the_tooltip(demo_window: MainWindow) -> None:
    page = meetings_page(demo_window)
    assert mnemonic(page.edit_button.text()) is None
    assert "(Enter in the list)" in page.edit_button.toolTip()
    assert mnemonic(page.delete_button.text()) is None
    assert "(Delete in the list)" in page.delete_button.toolTip()
    assert "(F11)" in page.attendance_mode_button.toolTip()
    assert "(Ctrl+F)" in page.search.toolTip()
    assert "(Ctrl+Shift+S)" in page.files.save_button.toolTip()
    assert "(Ctrl+Up)" in page.minutes.up_button.toolTip()
